"""The decision on one suspect and its approval (批准逮捕 / 不批准逮捕, 审批), DOMAIN.md §1.3.

The officer proposes (承办检察官提出意见), an approver approves or sends it back. A refusal
because there is no crime (or a CPL 16 bar) or the evidence is insufficient needs the chief
procurator (检察长, RPR 285 ¶3). An office with a single approver-officer may approve its own
proposals; that is recorded as self-approval.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .review_rules import (
    BASIS,
    Check,
    CounselArgument,
    DangerFinding,
    InterrogationFlags,
    InterrogationRecord,
    JuvenileFacts,
    MandatoryArrestFlags,
    Problem,
    counsel_problems,
    danger_problems,
    interrogation_check,
    juvenile_checks,
    mandatory_arrest_reasons,
)

__all__ = [
    "DecisionKind", "ArrestGround", "NonArrestGround", "JuvenileRefusalSituation",
    "ProposalState", "ROLE_APPROVER", "ROLE_CHIEF", "requires_chief", "ApprovalVerdict",
    "approval_verdict", "ReviewFacts", "Proposal", "decision_checks", "decision_problems",
    "parse_roles", "late", "describe_checks",
]

ROLE_APPROVER = "approver"  # 部门负责人 / 检察官 with authority to approve (RPR 4)
ROLE_CHIEF = "chief"  # 检察长


class DecisionKind(str, Enum):
    APPROVE = "approve"  # 批准逮捕
    REFUSE = "refuse"  # 不批准逮捕


class ArrestGround(str, Enum):
    SOCIAL_DANGER = "social_danger"  # CPL 81 ¶1: 有社会危险性
    MANDATORY_TEN_YEARS = "mandatory_ten_years"  # CPL 81 ¶3: 可能判处十年以上
    MANDATORY_PRIOR_CRIME = "mandatory_prior_crime"  # CPL 81 ¶3: 曾经故意犯罪
    MANDATORY_IDENTITY_UNKNOWN = "mandatory_identity_unknown"  # CPL 81 ¶3: 身份不明
    BAIL_VIOLATION = "bail_violation"  # CPL 81 ¶4: 违反取保候审、监视居住规定


class NonArrestGround(str, Enum):
    NO_CRIME = "no_crime"  # 不构成犯罪 / 法定不捕 (RPR 139, CPL 16)
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"  # 证据不足 / 存疑不捕
    NO_SOCIAL_DANGER = "no_social_danger"  # 无社会危险性 / 相对不捕 (RPR 140)


class JuvenileRefusalSituation(str, Enum):
    """RPR 463: a juvenile suspect of a more serious offence may be refused arrest."""

    FIRST_OFFENCE = "first_offence"  # 初次犯罪、过失犯罪
    PREPARATION_OR_ATTEMPT = "preparation_or_attempt"  # 犯罪预备、中止、未遂
    EXCESSIVE_DEFENCE = "excessive_defence"  # 防卫过当、避险过当
    SURRENDER_OR_MERIT = "surrender_or_merit"  # 自首或者立功
    RESTITUTION = "restitution"  # 真诚认罪悔罪，积极退赃、赔偿，取得谅解
    NOT_PRINCIPAL = "not_principal"  # 共同犯罪中的从犯、胁从犯
    AGED_14_16_OR_STUDENT = "aged_14_16_or_student"  # 已满十四周岁不满十六周岁或者系在校学生
    OTHER = "other"  # 其他可以不批准逮捕的情形
    MINOR_WITH_GUARDIANSHIP = "minor_with_guardianship"  # 罪行较轻，具备有效监护条件 (应当不捕)


class ProposalState(str, Enum):
    # Values are stored: never rename them.
    PROPOSED = "proposed"  # 待审批
    APPROVED = "approved"  # 已审批 (the decision is made)
    SENT_BACK = "sent_back"  # 退回


def requires_chief(kind: DecisionKind, ground: str | None) -> bool:
    """RPR 285 ¶3: refusal for no crime or insufficient evidence is the chief's decision."""
    return kind == DecisionKind.REFUSE and ground in (
        NonArrestGround.NO_CRIME.value, NonArrestGround.INSUFFICIENT_EVIDENCE.value)


def parse_roles(text: str) -> frozenset[str]:
    return frozenset(r.strip() for r in (text or "").split(",") if r.strip())


@dataclass(frozen=True)
class ApprovalVerdict:
    allowed: bool
    code: str  # why not, or "ok" / "ok.self_approved"
    self_approved: bool = False


def approval_verdict(*, approver_id: str, approver_roles: Collection[str], proposer_id: str,
                     kind: DecisionKind, ground: str | None,
                     single_officer: bool) -> ApprovalVerdict:
    """May this user approve this proposal?

    Role rules always apply (a chief-only refusal needs a user with the chief role, even in a
    one-officer office: the program cannot stand in for the chief procurator). Approving one's
    own proposal is allowed only where the office is configured for a single approver-officer.
    """
    roles = set(approver_roles)
    if requires_chief(kind, ground):
        if ROLE_CHIEF not in roles:
            return ApprovalVerdict(False, "approval.chief_required")
    elif not roles & {ROLE_APPROVER, ROLE_CHIEF}:
        return ApprovalVerdict(False, "approval.not_approver")
    if approver_id == proposer_id:
        if not single_officer:
            return ApprovalVerdict(False, "approval.own_proposal")
        return ApprovalVerdict(True, "ok.self_approved", self_approved=True)
    return ApprovalVerdict(True, "ok")


@dataclass(frozen=True)
class ReviewFacts:
    """Everything recorded on one review that the decision rules look at."""

    detained: bool
    juvenile: bool
    female: bool
    has_counsel: bool
    flags: InterrogationFlags
    interrogations: tuple[InterrogationRecord, ...] = ()
    counsel_arguments: tuple[CounselArgument, ...] = ()
    dangers: tuple[DangerFinding, ...] = ()
    mandatory: MandatoryArrestFlags = field(default_factory=MandatoryArrestFlags)
    legal_aid_notified: bool = False
    social_report: bool = False
    age_uncertain: bool = False


@dataclass(frozen=True)
class Proposal:
    kind: DecisionKind
    ground: str  # an ArrestGround value for approval, a NonArrestGround value for refusal
    reasoning: str
    juvenile_situations: tuple[JuvenileRefusalSituation, ...] = ()


def decision_checks(facts: ReviewFacts) -> list[Check]:
    """Checks shown in the workspace, whatever the decision will be."""
    checks = [interrogation_check(facts.flags, detained=facts.detained,
                                  records=facts.interrogations)]
    assessed = not counsel_problems(facts.counsel_arguments, for_decision=True)
    checks.append(Check("counsel.assessed", assessed, BASIS["rpr261_4"],
                        required=bool(facts.counsel_arguments)))
    if facts.juvenile:
        checks.extend(juvenile_checks(JuvenileFacts(
            female=facts.female, has_counsel=facts.has_counsel,
            legal_aid_notified=facts.legal_aid_notified, social_report=facts.social_report,
            age_uncertain=facts.age_uncertain, interrogations=facts.interrogations)))
    return checks


def _ground_valid(p: Proposal) -> bool:
    enum = ArrestGround if p.kind == DecisionKind.APPROVE else NonArrestGround
    return p.ground in {g.value for g in enum}


def decision_problems(facts: ReviewFacts, p: Proposal) -> list[Problem]:
    """Why this proposal cannot be made yet (empty: it can). Late decisions are allowed; the
    service flags them."""
    out: list[Problem] = []
    if not _ground_valid(p):
        out.append(Problem("ground", "decision.ground_invalid"))
        return out
    if not p.reasoning.strip():
        out.append(Problem("reasoning", "required"))
    for check in decision_checks(facts):
        if check.required and not check.satisfied:
            out.append(Problem("checks", check.code, check.basis))
    if p.kind == DecisionKind.APPROVE:
        if p.ground == ArrestGround.SOCIAL_DANGER.value:
            if not facts.dangers:
                out.append(Problem("dangers", "decision.no_danger_ticked", BASIS["cpl81_1"]))
            for d in facts.dangers:
                for problem in danger_problems(d):
                    out.append(Problem(f"dangers.{d.circumstance.value}.{problem.field}",
                                       problem.code, problem.basis))
        elif p.ground not in mandatory_arrest_reasons(facts.mandatory):
            basis = BASIS["cpl81_4"] if p.ground == ArrestGround.BAIL_VIOLATION.value \
                else BASIS["cpl81_3"]
            out.append(Problem("ground", "decision.mandatory_test_not_met", basis))
        if facts.juvenile and facts.age_uncertain:
            out.append(Problem("kind", "juvenile.age_unknown", BASIS["rpr464"]))
    elif p.juvenile_situations and not facts.juvenile:
        out.append(Problem("juvenile_situations", "decision.not_juvenile"))
    return out


def late(decided_on: date, due_date: date) -> bool:
    """Deciding after the deadline is recorded, never refused (the suspect must not be held
    for want of a form); the flag makes it visible."""
    return decided_on > due_date


def describe_checks(checks: Sequence[Check]) -> list[tuple[str, bool, str]]:
    """(code, satisfied, basis) triples, the shape the brief of the UI asks for."""
    return [(c.code, c.satisfied, c.basis) for c in checks]
