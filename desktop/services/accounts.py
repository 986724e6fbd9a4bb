"""Accounts of this office: log-in with lock-out, the users and their roles, passwords, and the
office's log-in policy (one account that opens straight away, or a log-in for everyone).

The policy lives in `app_meta`: `login_required` ("1": ask every time; absent or "0": the
office of one opens as its one account) and `idle_lock_minutes` (the window locks after that
long without input while log-in is on; "0" never). Failed attempts are counted in
`account_locks` (local, not synced), so a lock-out survives a restart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from desktop.domain import permissions
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office

LOGIN_REQUIRED_KEY = "login_required"
IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 240
MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 15  # how long it stays locked
MIN_PASSWORD_LENGTH = 6  # as at set-up
_USERNAME = re.compile(r"^[^\s\x00-\x1f\x7f]{2,32}$")  # any letters (汉字 too), no blanks

_UPSERT_META = ("INSERT INTO app_meta (key, value) VALUES (:key, :value) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


class LoginRefused(Exception):
    """A log-in that did not succeed. `code`: "wrong" (unknown user, inactive account or
    wrong password — not told apart, so names cannot be guessed), "locked" (too many wrong
    passwords; `locked_until` in UTC). `attempts_left` before the lock, on "wrong"."""

    def __init__(self, code: str, *, attempts_left: int = 0,
                 locked_until: datetime | None = None, now: datetime | None = None):
        super().__init__(code)
        self.code = code
        self.attempts_left = attempts_left
        self.locked_until = locked_until
        self.now = now

    @property
    def minutes_left(self) -> int:
        """Whole minutes until the lock ends, rounded up (at least 1 while locked)."""
        if self.locked_until is None or self.now is None:
            return 0
        seconds = (self.locked_until - self.now).total_seconds()
        return max(1, -(-int(seconds) // 60))


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    roles: frozenset[str]
    password: str


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _meta_upsert(session, key: str, value: str) -> None:
    from sqlalchemy import text

    session.execute(text(_UPSERT_META), {"key": key, "value": value})


# -- the policy ------------------------------------------------------------------------------
def login_required(conn) -> bool:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?",
                       (LOGIN_REQUIRED_KEY,)).fetchone()
    return bool(row) and row[0] == "1"


def idle_lock_minutes(conn) -> int:
    """Minutes without input before the window locks (0: never). Only while log-in is on: an
    office of one has no password to ask for."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (IDLE_LOCK_KEY,)).fetchone()
    try:
        return max(0, int(row[0])) if row else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_login_required(office: Office, on: bool) -> None:
    """Switch the log-in on or off. Off only for an office of one: with several active
    accounts nobody could tell who is at the keyboard."""
    with office.transaction(permissions.SETTINGS) as session:
        if not on:
            users = _active_count(session, office.unit_code)
            if users > 1:
                raise ValidationFailed([FieldError(
                    "login_required", "login.several_users",
                    "log-in stays on while the office has more than one active account",
                    {"count": users})])
        _meta_upsert(session, LOGIN_REQUIRED_KEY, "1" if on else "0")


def set_idle_lock_minutes(office: Office, minutes: int) -> None:
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationFailed([FieldError("idle_lock_minutes", "idle.range",
                                           f"0 to {MAX_IDLE_MINUTES} minutes",
                                           {"max": MAX_IDLE_MINUTES})])
    with office.transaction(permissions.SETTINGS) as session:
        _meta_upsert(session, IDLE_LOCK_KEY, str(minutes))


# -- log-in ----------------------------------------------------------------------------------
def log_in(office: Office, username: str, password: str, *,
           now: datetime | None = None) -> Office:
    """The open office with `username` at the keyboard, when the password is right and the
    account is neither inactive nor locked. Only this office's own accounts (an upper office
    also holds its units' users). Raises LoginRefused; a wrong password counts towards the
    lock-out, a right one clears the count."""
    from desktop.security.passwords import verify_password

    now = now or _utcnow()
    row = office.reader.execute(
        "SELECT id, username, display_name, roles, password_hash FROM users "
        "WHERE username = ? AND unit_code = ? AND active AND deleted_at IS NULL",
        (username.strip(), office.unit_code)).fetchone()
    if row is None:
        verify_password(password, _DUMMY_HASH)  # the same time as for a real account
        _audit_failure(office, "", username)
        raise LoginRefused("wrong", attempts_left=MAX_FAILURES)
    user_id = row[0]
    until = _locked_until(office.reader, user_id)
    if until is not None and until > now:
        _audit_failure(office, user_id, username, locked=True)
        raise LoginRefused("locked", locked_until=until, now=now)
    if not row[4] or not verify_password(password, row[4]):
        failures, until = _count_failure(office, user_id, username, now)
        if until is not None:
            raise LoginRefused("locked", locked_until=until, now=now)
        raise LoginRefused("wrong", attempts_left=MAX_FAILURES - failures)
    user = office.as_user(user_id, row[1], row[2], permissions.parse_roles(row[3]))
    # who sat down at the keyboard is part of "who did what" (DOMAIN §9): one entry, in the
    # name of the user who logged in, with the failure count cleared in the same step
    with user.transaction(permissions.LOG_IN) as session:
        session.execute(_text("UPDATE account_locks SET failures = 0, locked_until = NULL "
                              "WHERE user_id = :id AND (failures > 0 OR locked_until IS NOT "
                              "NULL)"), {"id": user_id})
        _audit(session, "login", user_id, {"username": row[1]})
    return user


def _audit(session, action: str, user_id: str, detail: dict) -> None:
    from desktop.store.capture import audit_entry

    audit_entry(session, action=action, table="users", row_id=user_id, detail=detail)


def _audit_failure(office: Office, user_id: str, username: str, *,
                   locked: bool = False) -> None:
    """A refused log-in for an unknown name or a locked account (a wrong password is audited
    with its count, in `_count_failure`)."""
    with office.transaction(permissions.LOG_IN) as session:
        _audit(session, "login_failed", user_id,
               {"username": username.strip()[:64], "locked": locked})


def unlock(office: Office, password: str, *, now: datetime | None = None) -> Office:
    """The locked window's question: the password of the user already at the keyboard.
    Wrong answers count towards the lock-out like any log-in."""
    return log_in(office, office.username, password, now=now)


def _text(sql: str):
    from sqlalchemy import text

    return text(sql)


def _locked_until(conn, user_id: str) -> datetime | None:
    row = conn.execute("SELECT locked_until FROM account_locks WHERE user_id = ?",
                       (user_id,)).fetchone()
    if not row or row[0] is None:
        return None
    value = row[0]
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _count_failure(office: Office, user_id: str, username: str,
                   now: datetime) -> tuple[int, datetime | None]:
    """Add one wrong password; the fifth in a row locks the account for LOCK_MINUTES. A lock
    that has run out starts the count again."""
    from desktop.store.account_models import AccountLock

    with office.transaction(permissions.LOG_IN) as session:
        lock = session.get(AccountLock, user_id)
        if lock is None:
            lock = AccountLock(user_id=user_id, failures=0)
            session.add(lock)
        if lock.locked_until is not None and lock.locked_until <= now:
            lock.failures, lock.locked_until = 0, None
        lock.failures = (lock.failures or 0) + 1
        lock.last_failure = now
        if lock.failures >= MAX_FAILURES:
            lock.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        _audit(session, "login_failed", user_id,
               {"username": username.strip()[:64], "failures": lock.failures,
                "locked": lock.locked_until is not None})
        return lock.failures, lock.locked_until


# A real scrypt hash of a random password: an unknown user name costs the same time.
_DUMMY_HASH = ("scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$"
               "l6yX3m8kq7cQm0mXxq3r0m3X9o8P1n2b3v4c5x6z7a8=")


# -- the users -------------------------------------------------------------------------------
def list_users(conn, unit_code: str) -> list[UserRow]:
    """This office's accounts, active first, by name."""
    rows = conn.execute(
        "SELECT u.id, u.username, u.display_name, u.roles, u.active, l.locked_until "
        "FROM users u LEFT JOIN account_locks l ON l.user_id = u.id "
        "WHERE u.unit_code = ? AND u.deleted_at IS NULL "
        "ORDER BY u.active DESC, u.display_name, u.username", (unit_code,)).fetchall()
    out = []
    for uid, username, display, roles, active, until in rows:
        if until is not None and not isinstance(until, datetime):
            until = datetime.fromisoformat(str(until))
        out.append(UserRow(uid, username, display, permissions.parse_roles(roles),
                           bool(active), until))
    return out


def valid_username(username: str) -> bool:
    return bool(_USERNAME.match(username.strip()))


def _validate(username: str | None, display_name: str | None, roles, password: str | None
              ) -> list[FieldError]:
    errors = []
    if username is not None and not _USERNAME.match(username.strip()):
        errors.append(FieldError("username", "username.format",
                                 "user name: 2–32 characters without spaces"))
    if display_name is not None and not display_name.strip():
        errors.append(FieldError("display_name", "required", "the name is required"))
    if display_name is not None and len(display_name.strip()) > 64:
        errors.append(FieldError("display_name", "too_long", "at most 64 characters",
                                 {"max": 64}))
    if roles is not None and not permissions.parse_roles(",".join(roles)):
        errors.append(FieldError("roles", "roles.none", "give the account at least one role"))
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        errors.append(FieldError("password", "password.short",
                                 f"password must have at least {MIN_PASSWORD_LENGTH} "
                                 "characters", {"min": MIN_PASSWORD_LENGTH}))
    return errors


def _active_count(session, unit_code: str) -> int:
    return session.execute(_text(
        "SELECT COUNT(*) FROM users WHERE unit_code = :unit AND active "
        "AND deleted_at IS NULL"), {"unit": unit_code}).scalar()


def _admins_left(session, unit_code: str, without: str) -> int:
    rows = session.execute(_text(
        "SELECT roles FROM users WHERE unit_code = :unit AND active AND deleted_at IS NULL "
        "AND id <> :id"), {"unit": unit_code, "id": without}).all()
    return sum(1 for (roles,) in rows if permissions.ADMIN in permissions.parse_roles(roles))


def add_user(office: Office, new: NewUser) -> str:
    """A new account of this office; its id. A second account switches the log-in on:
    from now on everyone says who they are."""
    from desktop.security.passwords import hash_password
    from desktop.store.models import User

    errors = _validate(new.username, new.display_name, new.roles, new.password)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.MANAGE_USERS) as session:
        taken = session.execute(_text(
            "SELECT 1 FROM users WHERE unit_code = :unit AND username = :name"),
            {"unit": office.unit_code, "name": new.username.strip()}).first()
        if taken:
            raise ValidationFailed([FieldError("username", "username.taken",
                                               "this user name is taken")])
        user = User(username=new.username.strip(), display_name=new.display_name.strip(),
                    password_hash=hash_password(new.password),
                    roles=permissions.format_roles(new.roles), active=True)
        session.add(user)
        session.flush()
        if _active_count(session, office.unit_code) > 1:
            _meta_upsert(session, LOGIN_REQUIRED_KEY, "1")
        return user.id


def _own_user(session, office: Office, user_id: str):
    from desktop.store.models import User

    user = session.get(User, user_id)
    if user is None or user.unit_code != office.unit_code or user.deleted_at is not None:
        raise NotFound(user_id)
    return user


def set_roles(office: Office, user_id: str, roles) -> None:
    errors = _validate(None, None, roles, None)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.MANAGE_USERS) as session:
        user = _own_user(session, office, user_id)
        new = permissions.parse_roles(",".join(roles))
        if permissions.ADMIN not in new and user.active \
                and not _admins_left(session, office.unit_code, user_id):
            raise ValidationFailed([FieldError("roles", "roles.last_admin",
                                               "the office keeps at least one administrator")])
        user.roles = permissions.format_roles(new)


def set_active(office: Office, user_id: str, active: bool) -> None:
    """Deactivate an account (it can no longer log in; its name stays on its records) or
    make it active again. Never one's own, never the last administrator."""
    with office.transaction(permissions.MANAGE_USERS) as session:
        user = _own_user(session, office, user_id)
        if not active:
            if user_id == office.user_id:
                raise ValidationFailed([FieldError("active", "user.self",
                                                   "you cannot deactivate your own account")])
            if permissions.ADMIN in permissions.parse_roles(user.roles) \
                    and not _admins_left(session, office.unit_code, user_id):
                raise ValidationFailed([FieldError(
                    "active", "roles.last_admin", "the office keeps at least one administrator")])
        user.active = active


def reset_password(office: Office, user_id: str, new_password: str) -> None:
    """An administrator sets a new password (the user forgot theirs); a lock-out ends."""
    from desktop.security.passwords import hash_password

    errors = _validate(None, None, None, new_password)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.MANAGE_USERS) as session:
        user = _own_user(session, office, user_id)
        user.password_hash = hash_password(new_password)
        session.execute(_text("DELETE FROM account_locks WHERE user_id = :id"), {"id": user_id})


def change_own_password(office: Office, old_password: str, new_password: str) -> None:
    """Every user may change their own password, knowing the old one."""
    from desktop.security.passwords import hash_password, verify_password

    errors = _validate(None, None, None, new_password)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.OWN_PASSWORD) as session:
        user = _own_user(session, office, office.user_id)
        if not user.password_hash or not verify_password(old_password, user.password_hash):
            raise ValidationFailed([FieldError("old_password", "password.wrong",
                                               "the present password is not right")])
        user.password_hash = hash_password(new_password)
