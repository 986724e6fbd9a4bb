"""The open office: a database file, this unit and the user at the keyboard. Every service
takes an Office; reads go through one plain sqlite3 connection, writes through `transaction()`,
one transaction per use case, with change capture and audit done by the store."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.database import Database
from desktop.store.sqlite import DatabaseError


@dataclass
class Office:
    db: Database
    unit_code: str
    unit_name: str
    user_id: str
    username: str
    display_name: str
    _reader: sqlite3.Connection | None = field(default=None, repr=False)

    @property
    def reader(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = self.db.read_connection()
        return self._reader

    @contextmanager
    def transaction(self):
        session = self.db.session(unit_code=self.unit_code, user_name=self.username)
        try:
            with session.begin():
                yield session
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


def open_office(path: Path | str, *, username: str | None = None) -> Office:
    """Open an existing database, upgrading it first if it is older. Raises DatabaseError."""
    db = Database(path)
    state = db.check_openable()
    if state == "empty":
        raise DatabaseError("empty", f"{path} holds no Zhenjian database yet", path=str(path))
    if state == "older":
        db.upgrade_if_needed()
    conn = db.read_connection()
    meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    unit_code = meta.get("self_unit_code", "")
    unit = conn.execute("SELECT name FROM units WHERE code = ?", (unit_code,)).fetchone()
    username = username or meta.get("default_user")
    user = conn.execute(
        "SELECT id, username, display_name FROM users WHERE username = ? AND active "
        "AND deleted_at IS NULL", (username,)).fetchone()
    if user is None:
        user = conn.execute("SELECT id, username, display_name FROM users WHERE active AND "
                            "deleted_at IS NULL ORDER BY created_at LIMIT 1").fetchone()
    if user is None or unit is None:
        conn.close()
        raise DatabaseError("incomplete", f"{path} has no unit or no user set up", path=str(path))
    return Office(db=db, unit_code=unit_code, unit_name=unit[0], user_id=user[0],
                  username=user[1], display_name=user[2], _reader=conn)
