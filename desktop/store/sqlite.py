"""Plain sqlite3 access for the start-up path and the read queries.

SQLAlchemy and Alembic cost about a second to import on the offices' machines, so opening the
main window reads through the standard library; the ORM is loaded only for writes and upgrades.
Every connection, plain or through SQLAlchemy, gets the same pragmas from `apply_pragmas`.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database the program cannot use; `code` lets the UI say why in the user's language."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


# SQLite's primary result codes (sqlite3.h) for a write the disk refuses.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def write_refusal(exc: BaseException) -> DatabaseError | None:
    """The typed error for a write the disk refused — "disk_full" (the disk, a quota, or the
    page limit) or "read_only" (a read-only file, folder or medium) — or None for any other
    error. Takes a sqlite3 error or SQLAlchemy's wrapper of one. Nothing of the refused
    transaction was committed: SQLite rolls it back whole."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return DatabaseError("disk_full", f"the disk holding the database is full: {orig}")
    if primary == _SQLITE_READONLY or (primary == _SQLITE_CANTOPEN and "read" in str(orig)):
        return DatabaseError("read_only", f"the database cannot be written: {orig}")
    return None


def apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. a read-only medium; keep going but say so in the log
        import logging

        logging.getLogger(__name__).warning("journal_mode is %s, not WAL", mode)
    # Legal records: a committed transaction survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the project's pragmas; rows as sqlite3.Row."""
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        apply_pragmas(conn)
    conn.row_factory = sqlite3.Row
    return conn


def read_revision(path: Path | str) -> str | None:
    """The Alembic revision stamped in the file, or None for an empty or new file.

    Raises DatabaseError('not_a_database') for a file that is not SQLite at all.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not_a_database", f"{path} is not a Zhenjian database: {exc}",
                            path=str(path)) from exc
