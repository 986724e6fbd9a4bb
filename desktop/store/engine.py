"""SQLAlchemy engine and sessions for writes. Every writing transaction first takes the
database's one write lock, so the audit chain's head is read under it and two writers cannot
fork the chain: on SQLite `BEGIN IMMEDIATE`; on PostgreSQL (an upper office) a
transaction-scoped advisory lock, held until commit or rollback."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

import desktop.store.capture  # noqa: F401  (registers the change-capture hooks)
from desktop.store.sqlite import apply_pragmas

# Any fixed 64-bit number: the advisory lock is per database, and only this program takes it.
WRITE_LOCK_KEY = 0x7A68656E6A69616E  # "zhenjian"


def make_engine(target: Path | str):
    """An engine for a SQLite file (a path) or a `postgresql+psycopg://` URL."""
    if isinstance(target, str) and target.startswith("postgresql"):
        return _postgres_engine(target)
    return _sqlite_engine(Path(target))


def _sqlite_engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event issue BEGIN
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: str):
    # READ COMMITTED (the default) under the lock: every statement after the lock sees what the
    # previous writer committed, so the chain's head read in store/capture.py is the real one.
    # Serialising whole writing transactions, as SQLite does, costs an upper office nothing
    # (a few writers) and never aborts a transaction the way SERIALIZABLE would.
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

    return engine


def make_session(engine, *, unit_code: str, user_name: str) -> Session:
    session = Session(engine, expire_on_commit=False)
    session.info["unit_code"] = unit_code
    session.info["user_name"] = user_name
    return session
