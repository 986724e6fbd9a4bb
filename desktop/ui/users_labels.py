"""Words of accounts and access in the user's language (context "AccountLabels"): the roles,
the actions a refusal names, the log-in refusals and the services' error codes."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import permissions as p


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountLabels", text)


ROLES = {
    p.OFFICER: QT_TRANSLATE_NOOP("AccountLabels", "Officer (承办检察官)"),
    p.APPROVER: QT_TRANSLATE_NOOP("AccountLabels", "Approver (部门负责人)"),
    p.CHIEF: QT_TRANSLATE_NOOP("AccountLabels", "Chief procurator (检察长)"),
    p.CLERK: QT_TRANSLATE_NOOP("AccountLabels", "Clerk (内勤)"),
    p.ADMIN: QT_TRANSLATE_NOOP("AccountLabels", "Administrator"),
    p.UPPER_OFFICER: QT_TRANSLATE_NOOP("AccountLabels", "Upper-office officer (上级院承办人)"),
    p.UPPER_LEADER: QT_TRANSLATE_NOOP("AccountLabels", "Upper-office approver (上级院审批人)"),
}
# "Your account may not …" — what the refused action was about
ACTIONS = {
    p.REGISTER_REQUEST: QT_TRANSLATE_NOOP("AccountLabels", "register requests"),
    p.REVIEW_WORK: QT_TRANSLATE_NOOP("AccountLabels", "do the review work on a case"),
    p.APPROVE: QT_TRANSLATE_NOOP("AccountLabels", "approve decisions"),
    p.CUSTODY_REVIEW: QT_TRANSLATE_NOOP("AccountLabels", "work on custody reviews"),
    p.SUPERVISION: QT_TRANSLATE_NOOP("AccountLabels", "work on supervision matters"),
    p.PETITIONS: QT_TRANSLATE_NOOP("AccountLabels", "work on petitions"),
    p.COOPERATION: QT_TRANSLATE_NOOP("AccountLabels", "write in the cooperation log"),
    p.ISSUE_DOCUMENTS: QT_TRANSLATE_NOOP("AccountLabels", "issue or void documents"),
    p.SETTINGS: QT_TRANSLATE_NOOP("AccountLabels", "change the office's settings"),
    p.SYNC: QT_TRANSLATE_NOOP("AccountLabels", "exchange sync packages"),
    p.SYNC_SETUP: QT_TRANSLATE_NOOP("AccountLabels", "set up keys and sync partners"),
    p.UPPER_INSTRUCTIONS: QT_TRANSLATE_NOOP("AccountLabels",
                                            "write comments and directives to units"),
    p.UPPER_REVIEW: QT_TRANSLATE_NOOP("AccountLabels", "record 复核 decisions"),
    p.PUBLISH_CALENDAR: QT_TRANSLATE_NOOP("AccountLabels", "publish holiday schedules"),
    p.MANAGE_USERS: QT_TRANSLATE_NOOP("AccountLabels", "manage user accounts"),
    p.BACKUP: QT_TRANSLATE_NOOP("AccountLabels", "back up the database"),
    p.RESTORE: QT_TRANSLATE_NOOP("AccountLabels", "restore a backup"),
    p.READ_AUDIT: QT_TRANSLATE_NOOP("AccountLabels", "open, save or print records"),
    p.OWN_PASSWORD: QT_TRANSLATE_NOOP("AccountLabels", "change its password"),
    p.DEMO: QT_TRANSLATE_NOOP("AccountLabels", "create practice data"),
}
_BY_CODE = {
    "username.format": QT_TRANSLATE_NOOP("AccountLabels",
                                         "A user name has 2 to 32 characters and no spaces"),
    "username.taken": QT_TRANSLATE_NOOP("AccountLabels", "This user name is already taken"),
    "required": QT_TRANSLATE_NOOP("AccountLabels", "Required"),
    "too_long": QT_TRANSLATE_NOOP("AccountLabels", "At most {max} characters"),
    "roles.none": QT_TRANSLATE_NOOP("AccountLabels", "Give the account at least one role"),
    "roles.last_admin": QT_TRANSLATE_NOOP(
        "AccountLabels", "The office must keep at least one active administrator"),
    "user.self": QT_TRANSLATE_NOOP("AccountLabels", "You cannot deactivate your own account"),
    "password.short": QT_TRANSLATE_NOOP("AccountLabels",
                                        "The password needs at least {min} characters"),
    "password.wrong": QT_TRANSLATE_NOOP("AccountLabels", "The present password is not right"),
    "password.mismatch": QT_TRANSLATE_NOOP("AccountLabels", "The two passwords differ"),
    "login.several_users": QT_TRANSLATE_NOOP(
        "AccountLabels", "Log-in stays on while the office has {count} active accounts"),
    "idle.range": QT_TRANSLATE_NOOP("AccountLabels", "0 to {max} minutes"),
}


def role_name(role: str) -> str:
    source = ROLES.get(role)
    return _t(source) if source else role


def roles_text(roles) -> str:
    separator = QCoreApplication.translate("AccountLabels", ", ", "between role names")
    return separator.join(role_name(r) for r in p.ALL_ROLES if r in roles)


def error_message(error) -> str:
    """For a services.errors.FieldError of services.accounts."""
    source = _BY_CODE.get(error.code)
    if source is None:
        return error.message
    text = _t(source)
    for key, value in (error.params or {}).items():
        text = text.replace("{" + key + "}", str(value))
    return text


def denied_text(exc) -> str:
    """您的账户无权… — for a services.errors.PermissionDenied."""
    source = ACTIONS.get(exc.action)
    what = _t(source) if source else exc.action
    return QCoreApplication.translate(
        "AccountLabels", "Your account may not %1. Ask an administrator for the role that "
        "allows it.").replace("%1", what)


def login_refused_text(exc, *, unlocking: bool = False) -> str:
    """For a services.accounts.LoginRefused (`unlocking`: on the lock screen, where only the
    password was asked)."""
    if exc.code == "locked":
        return QCoreApplication.translate(
            "AccountLabels", "This account is locked after too many wrong passwords. Try "
            "again in %n minute(s), or ask an administrator to reset the password.", "",
            exc.minutes_left)
    if unlocking:
        return QCoreApplication.translate(
            "AccountLabels", "Wrong password. %n attempt(s) left before the account is "
            "locked.", "", exc.attempts_left)
    return QCoreApplication.translate(
        "AccountLabels", "Wrong user name or password. %n attempt(s) left before the account "
        "is locked.", "", exc.attempts_left)


def install_denial_handler() -> None:
    """Word a refused action for the user wherever one reaches the event loop (a button a
    view left enabled): a warning, not a traceback. Every other exception goes on."""
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.services.errors import PermissionDenied

    previous = sys.excepthook
    if getattr(previous, "words_refusals", False):
        return

    def hook(kind, value, traceback) -> None:
        if isinstance(value, PermissionDenied):
            QMessageBox.warning(QApplication.activeWindow(),
                                QCoreApplication.translate("AccountLabels", "Not allowed"),
                                denied_text(value))
            return
        previous(kind, value, traceback)

    hook.words_refusals = True
    sys.excepthook = hook
