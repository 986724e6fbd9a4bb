"""The audit page's reads (审计日志): the whole chain, filtered and paged in SQL, one record's
history, and the chain's state walked with progress.

The chain may hold millions of entries and `audit_log` has only its primary key and the
`row_id` index, so the page never counts or sorts the table: pages go newest first along the
primary key (keyset: `id < last id seen`), a date range becomes an id range found by binary
search on the primary key (ids and times rise together: entries are written under the write
lock), and the remaining filters (user, action, table, text) are conditions the walk along
the key tests. A filter that matches few entries still walks the table once; that is the
price of adding no index to a table every write appends to.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.store.audit import ChainFault, verify_chain

# The actions an entry can carry: record changes (store/capture.py), packages received
# (sync_receive) and sensitive reads (sensitive_reads).
ACTIONS = ("insert", "update", "delete", "import", "read", "export", "print")


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None  # UTC days, as stored
    date_to: date | None = None  # inclusive
    user: str = ""
    action: str = ""
    table: str = ""
    text: str = ""  # in the record id or the detail (a full ID number finds its entries)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    user_name: str
    action: str
    table_name: str
    row_id: str
    version: int
    detail: str  # JSON text as stored

    def detail_dict(self) -> dict:
        try:
            value = json.loads(self.detail)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def _first_id_at_or_after(conn, at: str) -> int | None:
    """The smallest id whose time is ≥ `at`, by binary search along the primary key."""
    # two queries: SQLite answers min() or max() alone from the key, both at once by a scan
    low = conn.execute("SELECT min(id) FROM audit_log").fetchone()[0]
    if low is None:
        return None
    lo, hi = low, conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] + 1
    while lo < hi:
        mid = (lo + hi) // 2
        row = conn.execute("SELECT id, at FROM audit_log WHERE id >= ? ORDER BY id LIMIT 1",
                           (mid,)).fetchone()
        if row is None or row[1] >= at:
            hi = mid
        else:
            lo = row[0] + 1
    return lo


def _where(conn, f: AuditFilter) -> tuple[list[str], list]:
    clauses, params = [], []
    if f.date_from is not None:
        first = _first_id_at_or_after(conn, f.date_from.isoformat())
        clauses.append("id >= ?")
        params.append(first if first is not None else 0)
    if f.date_to is not None:
        after = _first_id_at_or_after(conn, (f.date_to + timedelta(days=1)).isoformat())
        clauses.append("id < ?")
        params.append(after if after is not None else 0)
    for column, value in (("user_name", f.user), ("action", f.action), ("table_name", f.table)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.text.strip():
        text = f.text.strip()
        clauses.append("(instr(row_id, ?) > 0 OR instr(detail, ?) > 0 OR instr(user_name, ?) > 0)")
        params.extend([text] * 3)
    return clauses, params


class AuditQuery:
    """A filter turned into SQL once (the date range's binary searches included), then asked
    for page after page."""

    def __init__(self, conn, f: AuditFilter):
        self.filter = f
        self._clauses, self._params = _where(conn, f)

    def page(self, conn, *, before: int | None = None, limit: int = 200) -> list[int]:
        """Up to `limit` matching ids, newest first, older than `before` (the last id of the
        page before: keyset paging, no OFFSET)."""
        clauses, params = list(self._clauses), list(self._params)
        if before is not None:
            clauses.append("id < ?")
            params.append(before)
        where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
        return [r[0] for r in conn.execute(
            f"SELECT id FROM audit_log {where}ORDER BY id DESC LIMIT ?", (*params, limit))]


def page_ids(conn, f: AuditFilter, *, before: int | None = None, limit: int = 200) -> list[int]:
    return AuditQuery(conn, f).page(conn, before=before, limit=limit)


def fetch_rows(conn, ids: list[int]) -> dict[int, AuditRow]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: AuditRow(*r) for r in conn.execute(
        "SELECT id, at, user_name, action, table_name, row_id, version, detail "
        f"FROM audit_log WHERE id IN ({marks})", ids)}


def latest_id(conn) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def user_names(conn) -> list[str]:
    """The names an entry can carry: the office's accounts (every unit's at an upper office)
    and "system" — read from `users`, not by scanning the chain."""
    names = {r[0] for r in conn.execute("SELECT username FROM users")}
    return sorted(names | {"system"})


def table_names(conn) -> list[str]:
    """The record tables an entry can name: the synced tables with an outbox, and the
    package and document tables of the non-record entries."""
    tables = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%unit_code%' "
        "AND sql LIKE '%version%' AND name NOT LIKE 'sync_%'")}
    return sorted(tables | {"sync_packages", "issued_documents"})


def record_history(conn, row_id: str) -> list[AuditRow]:
    """Every entry of one record (by its id), oldest first: along the `row_id` index."""
    return [AuditRow(*r) for r in conn.execute(
        "SELECT id, at, user_name, action, table_name, row_id, version, detail "
        "FROM audit_log WHERE row_id = ? ORDER BY id", (row_id,))]


def request_of(conn, table: str, row_id: str) -> str | None:
    """The arrest-review request a record belongs to, so the page can open its detail."""
    if table == "arrest_requests":
        row = conn.execute("SELECT id FROM arrest_requests WHERE id = ?", (row_id,)).fetchone()
    elif table == "arrest_reviews":
        row = conn.execute("SELECT request_id FROM arrest_reviews WHERE id = ?",
                           (row_id,)).fetchone()
    elif table == "persons":
        row = conn.execute("SELECT request_id FROM arrest_reviews WHERE person_id = ? "
                           "ORDER BY created_at DESC LIMIT 1", (row_id,)).fetchone()
    else:
        return None
    return row[0] if row else None


# -- the chain's state ---------------------------------------------------------------------
@dataclass(frozen=True)
class ChainState:
    entries: int  # walked
    total: int  # the newest id when the walk began
    fault: ChainFault | None  # the first broken link
    finished: bool  # False when stopped by the user

    @property
    def intact(self) -> bool:
        return self.finished and self.fault is None


def chain_state(path, progress: Callable[[int, int], bool] | None = None) -> ChainState:
    """Walk the whole chain on a connection of its own (a worker thread may call this);
    `progress(done, total)` returning False stops the walk."""
    from desktop.store.sqlite import connect

    conn = connect(path, readonly=True)
    try:
        total = latest_id(conn)
        stopped = []

        def step(done: int) -> bool:
            if progress is not None and progress(done, total) is False:
                stopped.append(True)
                return False
            return True

        count, faults = verify_chain(conn, progress=step)
        return ChainState(count, total, faults[0] if faults else None, not stopped)
    finally:
        conn.close()
