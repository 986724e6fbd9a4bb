"""SQLAlchemy engine and sessions for writes. Every transaction starts with BEGIN IMMEDIATE,
so the audit chain's head is read under the write lock and two writers cannot fork it."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

import desktop.store.capture  # noqa: F401  (registers the change-capture hooks)
from desktop.store.sqlite import apply_pragmas


def make_engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event issue BEGIN
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_session(engine, *, unit_code: str, user_name: str) -> Session:
    session = Session(engine, expire_on_commit=False)
    session.info["unit_code"] = unit_code
    session.info["user_name"] = user_name
    return session
