"""Who may do what: the roles of an office's staff and the actions each role may take.

Every writing use case names one action (`Office.transaction(action)`), and the services refuse
it when the user at the keyboard holds none of the roles listed here — the check lives in the
services, not only in the UI (DOMAIN.md §9: least-privilege access, PIPL 51).

Roles are those of the office where the account lives (DOMAIN.md §1.3, §9):
承办检察官 proposes and does the case work, 审批人 (部门负责人) and 检察长 approve, 内勤 registers
what arrives and issues documents, the administrator manages accounts and settings. An upper
office (上级院) comments, supervises (督办) and decides 复核 on its units' records. The domain
rules that need a particular person (a refusal for no crime approved by the 检察长, RPR 285 ¶3)
stay in their own modules; this table only says who may enter a kind of change at all.
"""
from __future__ import annotations

from collections.abc import Collection

# -- roles -----------------------------------------------------------------------------------
OFFICER = "officer"  # 承办检察官: the case work, proposals, notices
APPROVER = "approver"  # 审批人 (部门负责人, or a 检察官 with authority to approve, RPR 4)
CHIEF = "chief"  # 检察长 (at an upper office: its own 检察长, who approves 复核 decisions)
CLERK = "clerk"  # 内勤: registration of what arrives, documents, petitions, sync by USB
ADMIN = "admin"  # 管理员: accounts, settings, keys and sync partners
UPPER_OFFICER = "upper_officer"  # 上级院承办人: comments, 督办 and 复核 on units' records
UPPER_LEADER = "upper_leader"  # 上级院审批人 (部门负责人): the same, and the holiday schedules

GRASSROOTS_ROLES = (OFFICER, APPROVER, CHIEF, CLERK, ADMIN)
UPPER_ROLES = (UPPER_OFFICER, UPPER_LEADER)
ALL_ROLES = GRASSROOTS_ROLES + UPPER_ROLES

# The one account of an office of one (single-account set-up) holds everything that office
# needs to work alone. Not the 检察长: the approvals that need the chief procurator by law keep
# asking for a chief's account, as they always did.
SINGLE_ACCOUNT_ROLES = {
    "grassroots": (OFFICER, APPROVER, CLERK, ADMIN),
    # an upper office also keeps its own cases and answers its own users
    "upper": (OFFICER, APPROVER, CLERK, ADMIN, UPPER_OFFICER, UPPER_LEADER),
}

# -- actions ---------------------------------------------------------------------------------
REGISTER_REQUEST = "register_request"  # 受理登记 of a 提请批准逮捕书 (or its resubmission)
REVIEW_WORK = "review_work"  # 审查: checklist, interrogation, counsel, hearings, proposal, follow-up
APPROVE = "approve"  # 审批: approve or send back a proposal or a notice
ASSIGN_OFFICER = "assign_officer"  # 承办人变更: give an open request to another 承办检察官
CUSTODY_REVIEW = "custody_review"  # 羁押必要性审查
SUPERVISION = "supervision"  # 立案监督 / 侦查活动监督: matters, notices, answers
PETITIONS = "petitions"  # 信访: registration and the work on a petition
COOPERATION = "cooperation"  # 侦查监督与协作配合 log entries
ISSUE_DOCUMENTS = "issue_documents"  # 文书: issue and void numbered documents
SETTINGS = "settings"  # the office's settings (periods, department code, log-in policy)
SYNC = "sync"  # make and receive packages with the upper office / the units
SYNC_SETUP = "sync_setup"  # the office's keys, the sync partners and their addresses
UPPER_INSTRUCTIONS = "upper_instructions"  # 上级院 comments and 督办, closing a 督办
UPPER_REVIEW = "upper_review"  # 上级院 复核 decisions
PUBLISH_CALENDAR = "publish_calendar"  # holiday schedules for the units
MANAGE_USERS = "manage_users"  # add, deactivate, give roles, reset passwords
OWN_PASSWORD = "own_password"  # every account may change its own password
DEMO = "demo"  # fill a practice database with made-up cases
BACKUP = "backup"  # an encrypted backup (automatic at start and daily, or "Back up now")
RESTORE = "restore"  # replace the database with a backup
READ_AUDIT = "read_audit"  # the audit entry of a sensitive read, an export or a print (留痕)
LOG_IN = "log_in"  # count a failed log-in, clear the count: whoever sits at the keyboard

# Actions that need no role: they happen before anyone is known to be at the keyboard.
OPEN_ACTIONS = frozenset({LOG_IN})

EVERYONE = frozenset(ALL_ROLES)

ALLOWED: dict[str, frozenset[str]] = {
    REGISTER_REQUEST: frozenset({OFFICER, CLERK}),
    REVIEW_WORK: frozenset({OFFICER}),
    APPROVE: frozenset({APPROVER, CHIEF}),
    # who hands out the cases (部门负责人, 检察长) reassigns them; the administrator too, for
    # an officer who has left
    ASSIGN_OFFICER: frozenset({APPROVER, CHIEF, ADMIN}),
    CUSTODY_REVIEW: frozenset({OFFICER}),
    SUPERVISION: frozenset({OFFICER}),
    PETITIONS: frozenset({OFFICER, CLERK}),
    COOPERATION: frozenset({OFFICER, CLERK}),
    ISSUE_DOCUMENTS: frozenset({OFFICER, CLERK}),
    SETTINGS: frozenset({ADMIN}),
    # Moving changes already recorded (each checked when it was made): whoever is logged in
    # keeps the office's sync going, the background push included.
    SYNC: EVERYONE,
    SYNC_SETUP: frozenset({ADMIN}),
    UPPER_INSTRUCTIONS: frozenset({UPPER_OFFICER, UPPER_LEADER}),
    UPPER_REVIEW: frozenset({UPPER_OFFICER, UPPER_LEADER}),
    PUBLISH_CALENDAR: frozenset({UPPER_LEADER, ADMIN}),
    MANAGE_USERS: frozenset({ADMIN}),
    OWN_PASSWORD: EVERYONE,
    DEMO: frozenset({ADMIN}),
    # Automatic backups run as whoever is logged in; restoring replaces everyone's work.
    BACKUP: EVERYONE,
    RESTORE: frozenset({ADMIN}),
    # whoever may open, save or print a record leaves the trace of having done so
    READ_AUDIT: EVERYONE,
}

ACTIONS = tuple(ALLOWED)


def parse_roles(text: str | None) -> frozenset[str]:
    """The roles column ("officer,approver") as a set; unknown names are kept out."""
    return frozenset(r.strip() for r in (text or "").split(",") if r.strip() in ALL_ROLES)


def format_roles(roles: Collection[str]) -> str:
    """The roles column for a set of roles, in the table's order."""
    return ",".join(r for r in ALL_ROLES if r in roles)


def may(roles: Collection[str], action: str) -> bool:
    """True when someone holding `roles` may take `action`. An unknown action is refused:
    a misspelt name must never open a door."""
    if action in OPEN_ACTIONS:
        return True
    allowed = ALLOWED.get(action)
    return allowed is not None and bool(allowed & set(roles))


def roles_for(action: str) -> frozenset[str]:
    return ALLOWED.get(action, frozenset())
