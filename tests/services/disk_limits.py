"""Simulated disk trouble for the write path: a full disk (SQLite's page limit on every
writing connection, `PRAGMA max_page_count`) and a read-only database (a file without write
permission, or — as root, whom permissions do not stop — `PRAGMA query_only`, which SQLite
refuses with the same SQLITE_READONLY)."""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager


@contextmanager
def full_disk(office):
    """Every write connection may not grow the file by one page while inside."""
    from sqlalchemy import event

    engine = office.db.engine()
    pages = office.reader.execute("PRAGMA page_count").fetchone()[0]

    def limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", limit)
        engine.dispose()  # "space freed": new connections without the limit


@contextmanager
def read_only(office):
    from sqlalchemy import event

    engine = office.db.engine()
    path = office.db.path
    mode = path.stat().st_mode
    as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False

    def query_only(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only = 1")

    if as_root:
        event.listen(engine, "connect", query_only)
    else:
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    engine.dispose()
    try:
        yield
    finally:
        if as_root:
            event.remove(engine, "connect", query_only)
        else:
            path.chmod(mode)
        engine.dispose()
