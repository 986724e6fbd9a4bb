"""The open office: a database file, this unit and the user at the keyboard. Every service
takes an Office; reads go through one plain sqlite3 connection, writes through `transaction(action)`,
one transaction per use case, with change capture and audit done by the store."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.domain import permissions
from desktop.services.errors import PermissionDenied
from desktop.store.database import Database
from desktop.store.instance_lock import InstanceLock
from desktop.store.sqlite import DatabaseError, write_refusal


@dataclass
class Office:
    db: Database
    unit_code: str
    unit_name: str
    user_id: str
    username: str
    display_name: str
    roles: frozenset[str] = frozenset()  # of the user at the keyboard (domain/permissions)
    upgrade_backup: Path | None = None  # the copy made before an automatic upgrade, if any
    _reader: sqlite3.Connection | None = field(default=None, repr=False)

    @property
    def reader(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = self.db.read_connection()
        return self._reader

    def may(self, action: str) -> bool:
        """Whether the user at the keyboard may take `action` (for the UI to hide what would
        be refused anyway)."""
        return permissions.may(self.roles, action)

    def require(self, action: str) -> None:
        if not permissions.may(self.roles, action):
            raise PermissionDenied(action, self.username)

    def as_user(self, user_id: str, username: str, display_name: str,
                roles: frozenset[str]) -> "Office":
        """The same open database with another user at the keyboard (after a log-in)."""
        return replace(self, user_id=user_id, username=username, display_name=display_name,
                       roles=frozenset(roles), upgrade_backup=self.upgrade_backup)

    @contextmanager
    def transaction(self, action: str):
        """One writing transaction of the use case `action` (domain/permissions): refused
        with PermissionDenied before anything is opened when the user may not take it. Every
        write of the services passes here (tests/services/test_permissions.py walks them)."""
        self.require(action)
        session = self.db.session(unit_code=self.unit_code, user_name=self.username)
        try:
            with session.begin():
                yield session
        except Exception as exc:
            # A full disk or a read-only file: a typed error the UI puts into words
            # (ui/db_messages.py); the transaction was rolled back whole.
            refusal = write_refusal(exc)
            if refusal is None:
                raise
            refusal.details["path"] = self.db.label
            raise refusal from exc
        finally:
            session.close()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.reader.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.db.dispose()


def claim_database(path: Path | str) -> InstanceLock:
    """Hold `path` for this program until the returned lock is released; a second copy of the
    program on the same file gets DatabaseError("in_use")."""
    lock = InstanceLock(path)
    lock.acquire()
    return lock


def needs_upgrade(path: Path | str) -> bool:
    """True when the file was written by an older version and opening it will upgrade it
    (a backup copy first): slow for a big file, so the UI shows progress. Raises DatabaseError
    for a file from a newer version or not a database at all."""
    return Database(path).check_openable() == "older"


def open_office(path: Path | str, *, username: str | None = None) -> Office:
    """Open an existing database (a SQLite file, or an upper office's PostgreSQL URL),
    upgrading it first if it is older. Raises DatabaseError."""
    db = Database(path)
    state = db.check_openable()
    if state == "empty":
        raise DatabaseError("empty", f"{db.label} holds no Zhenjian database yet",
                            path=db.label)
    backup = db.upgrade_if_needed() if state == "older" else None
    db.dispose()
    conn = db.read_connection()
    meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    unit_code = meta.get("self_unit_code", "")
    unit = conn.execute("SELECT name FROM units WHERE code = ?", (unit_code,)).fetchone()
    username = username or meta.get("default_user")
    # Only this office's own accounts: an upper office also holds its units' users (synced),
    # and a user name is unique within one unit only.
    user = conn.execute(
        "SELECT id, username, display_name, roles FROM users WHERE username = ? "
        "AND unit_code = ? AND active AND deleted_at IS NULL", (username, unit_code)).fetchone()
    if user is None:
        user = conn.execute("SELECT id, username, display_name, roles FROM users WHERE active AND "
                            "unit_code = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
                            (unit_code,)).fetchone()
    if user is None or unit is None:
        conn.close()
        raise DatabaseError("incomplete", f"{db.label} has no unit or no user set up",
                            path=db.label)
    return Office(db=db, unit_code=unit_code, unit_name=unit[0], user_id=user[0],
                  username=user[1], display_name=user[2],
                  roles=permissions.parse_roles(user[3]), upgrade_backup=backup, _reader=conn)


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    abbr: str
    upper_name: str


def unit_info(conn, unit_code: str) -> UnitInfo:
    row = conn.execute("SELECT code, name, abbr, parent_code FROM units WHERE code = ?",
                       (unit_code,)).fetchone()
    if row is None:
        return UnitInfo(unit_code, "", "", "")
    upper = conn.execute(
        "SELECT name FROM units WHERE level = 'upper' AND (code = ? OR ? IS NULL) "
        "AND deleted_at IS NULL ORDER BY created_at LIMIT 1", (row[3], row[3])).fetchone()
    return UnitInfo(row[0], row[1], row[2] or "", upper[0] if upper else "")
