"""Keeps `request_index` (one narrow row per arrest request, with its FTS5 shadow) in step with
the records it is derived from. Called by store.capture inside the writing transaction, by the
sync import for the requests a package touched, and by the migration that created the index,
so the list can never show a stale line.

The rows are derived in Python (domain/request_summary decides the status) and written all at
once: on SQLite one INSERT … SELECT over a JSON array, because the FTS5 triggers on the table
flush the full-text index at the end of every statement — one statement per request cost
about 0.2 ms a row (2,100 requests of a sync package: 0.46 s), one statement for all of them a
sixth of that."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Date, bindparam, text

from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.request_summary import ReviewLine, summarize
from desktop.domain.text import normalize_search_text, spaced_characters


CHARGE_NAMES_CACHE = "zhenjian.charge_names"

_COLUMNS = ("request_id", "police_case_no", "suspects", "charges", "detained", "juvenile",
            "received_date", "due_date", "status", "officer_id", "search_text", "search_chars")
_REQUEST_COLUMNS = ("SELECT id, police_case_no, request_no, received_date, officer_id, "
                    "charge_codes, deleted_at FROM arrest_requests ")
_REVIEW_COLUMNS = ("SELECT v.request_id, v.status, v.due_date, v.detained, v.juvenile, p.name, "
                   "p.id_number FROM arrest_reviews v JOIN persons p ON p.id = v.person_id ")
_REVIEW_ORDER = " AND v.deleted_at IS NULL ORDER BY v.request_id, v.position"

# Named parameters, so the same statements run on SQLite and on PostgreSQL (an upper office).
# Dates are bound as dates: SQLAlchemy writes them as SQLite's ISO text or as PostgreSQL dates.
_REQUESTS = text(_REQUEST_COLUMNS + "WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True))
_REVIEWS = text(_REVIEW_COLUMNS + "WHERE v.request_id IN :ids" + _REVIEW_ORDER).bindparams(
    bindparam("ids", expanding=True))
_DELETE = text("DELETE FROM request_index WHERE request_id IN :ids").bindparams(
    bindparam("ids", expanding=True))
_SET = ", ".join(f"{c}=excluded.{c}" for c in _COLUMNS[1:])
_UPSERT = text(
    f"INSERT INTO request_index ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _COLUMNS)}) "
    f"ON CONFLICT (request_id) DO UPDATE SET {_SET}"
).bindparams(bindparam("received_date", type_=Date), bindparam("due_date", type_=Date))

# SQLite: the ids and the rows travel as one JSON array each (no limit on bound variables).
_IDS = "(SELECT value FROM json_each(?))"
_SQLITE_REQUESTS = _REQUEST_COLUMNS + "WHERE id IN " + _IDS
_SQLITE_REVIEWS = _REVIEW_COLUMNS + "WHERE v.request_id IN " + _IDS + _REVIEW_ORDER
_SQLITE_DELETE = "DELETE FROM request_index WHERE request_id IN " + _IDS
# A row already as derived is left alone: an update would only churn the full-text index.
_ELEMENTS = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(_COLUMNS)))
_SQLITE_UPSERT = (
    f"INSERT INTO request_index ({', '.join(_COLUMNS)}) SELECT {_ELEMENTS} "
    f"FROM json_each(?) WHERE true "
    f"ON CONFLICT (request_id) DO UPDATE SET {_SET} "
    f"WHERE ({', '.join('request_index.' + c for c in _COLUMNS[1:])}) "
    f"IS NOT ({', '.join('excluded.' + c for c in _COLUMNS[1:])})")

_STATUS = {s.value: s for s in ReviewStatus}
_CHUNK = 500  # ids per statement where they are bound one by one (PostgreSQL)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def refresh(conn, request_ids: Iterable[str]) -> None:
    """Rebuild the index rows of these requests. `conn` is a SQLAlchemy Connection."""
    ids = list(dict.fromkeys(request_ids))
    if not ids:
        return
    names = _charge_names(conn)
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        chunks = [ids]
        fetch = lambda sql, chunk: raw.execute(sql, (json.dumps(chunk),))  # noqa: E731
        sqls = (_SQLITE_REQUESTS, _SQLITE_REVIEWS)
    else:
        chunks = [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
        fetch = lambda sql, chunk: conn.execute(sql, {"ids": chunk})  # noqa: E731
        sqls = (_REQUESTS, _REVIEWS)
    rows, gone = [], []
    for chunk in chunks:
        reviews: dict[str, list] = {}
        for row in fetch(sqls[1], chunk):
            reviews.setdefault(row[0], []).append(row)
        for req in fetch(sqls[0], chunk).fetchall():
            if req[6] is not None:  # tombstoned: off the list
                gone.append(req[0])
            else:
                rows.append(_derive(req, reviews.get(req[0], ()), names))
    _write(conn, rows, gone)


def _derive(req, lines, charge_names: dict[str, str]) -> tuple:
    """One index row (in the order of _COLUMNS) from a request and its reviews' lines."""
    request_id, case_no, request_no, received, officer_id, codes, _deleted = req
    summary = summarize([ReviewLine(_STATUS[r[1]], _as_date(r[2])) for r in lines])
    names = "、".join(r[5] for r in lines)
    charges = "、".join(charge_names.get(c, c) for c in (codes or "").split(",") if c)
    id_numbers = " ".join(r[6] for r in lines if r[6])
    search = normalize_search_text(" ".join([case_no, request_no, names, id_numbers, charges]))
    return (request_id, case_no, names, charges, int(any(r[3] for r in lines)),
            int(any(r[4] for r in lines)), _as_date(received), summary.due_date,
            summary.status.value, officer_id, search, spaced_characters(search))


def _write(conn, rows: list[tuple], gone: list[str]) -> None:
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if gone:
            raw.execute(_SQLITE_DELETE, (json.dumps(gone),))
        if rows:
            raw.execute(_SQLITE_UPSERT, (json.dumps(
                [r[:6] + (r[6].isoformat(), r[7] and r[7].isoformat()) + r[8:] for r in rows],
                ensure_ascii=False),))
        return
    for i in range(0, len(gone), _CHUNK):
        conn.execute(_DELETE, {"ids": gone[i:i + _CHUNK]})
    if rows:
        conn.execute(_UPSERT, [dict(zip(_COLUMNS, r)) for r in rows])


def rebuild_all(conn) -> None:
    """Derive every row again (after an upgrade that changed the index's shape)."""
    conn.execute(text("DELETE FROM request_index"))
    ids = [row[0] for row in conn.execute(text("SELECT id FROM arrest_requests"))]
    refresh(conn, ids)
    if conn.dialect.name == "sqlite":  # the FTS5 shadows exist only there (migration 0002)
        for fts in ("request_fts", "request_chars_fts"):
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _charge_names(conn) -> dict[str, str]:
    # Cached per connection: the catalogue changes only through catalogue.load_charges,
    # which drops this cache.
    names = conn.info.get(CHARGE_NAMES_CACHE)
    if names is None:
        names = dict(conn.execute(text("SELECT code, name FROM charges")).fetchall())
        if names:
            conn.info[CHARGE_NAMES_CACHE] = names
    return names
