"""Keeps `request_index` (one narrow row per arrest request, with its FTS5 shadow) in step with
the records it is derived from. Called by store.capture inside the writing transaction, and by
the migration that created the index, so the list can never show a stale line."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Date, bindparam, text

from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.request_summary import ReviewLine, summarize
from desktop.domain.text import normalize_search_text, spaced_characters


CHARGE_NAMES_CACHE = "zhenjian.charge_names"

# Named parameters, so the same statements run on SQLite and on PostgreSQL (an upper office).
# Dates are bound as dates: SQLAlchemy writes them as SQLite's ISO text or as PostgreSQL dates.
_REQUESTS = text(
    "SELECT id, police_case_no, request_no, received_date, officer_id, charge_codes, "
    "deleted_at FROM arrest_requests WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_REVIEWS = text(
    "SELECT v.request_id, v.status, v.due_date, v.detained, v.juvenile, p.name, p.id_number "
    "FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
    "WHERE v.request_id IN :ids AND v.deleted_at IS NULL "
    "ORDER BY v.request_id, v.position"
).bindparams(bindparam("ids", expanding=True))
_DELETE = text("DELETE FROM request_index WHERE request_id = :request_id")
_UPSERT = text(
    "INSERT INTO request_index (request_id, police_case_no, suspects, charges, detained, "
    "juvenile, received_date, due_date, status, officer_id, search_text, search_chars) "
    "VALUES (:request_id, :police_case_no, :suspects, :charges, :detained, :juvenile, "
    ":received_date, :due_date, :status, :officer_id, :search_text, :search_chars) "
    "ON CONFLICT (request_id) DO UPDATE SET "
    "police_case_no=excluded.police_case_no, suspects=excluded.suspects, "
    "charges=excluded.charges, detained=excluded.detained, juvenile=excluded.juvenile, "
    "received_date=excluded.received_date, due_date=excluded.due_date, "
    "status=excluded.status, officer_id=excluded.officer_id, "
    "search_text=excluded.search_text, search_chars=excluded.search_chars"
).bindparams(bindparam("received_date", type_=Date), bindparam("due_date", type_=Date))


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def refresh(conn, request_ids: Iterable[str]) -> None:
    """Rebuild the index rows of these requests. `conn` is a SQLAlchemy Connection."""
    ids = list(dict.fromkeys(request_ids))
    for start in range(0, len(ids), 500):
        _refresh_chunk(conn, ids[start:start + 500])


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


def _refresh_chunk(conn, ids: list[str]) -> None:
    requests = conn.execute(_REQUESTS, {"ids": ids}).fetchall()
    reviews: dict[str, list] = {}
    for row in conn.execute(_REVIEWS, {"ids": ids}):
        reviews.setdefault(row[0], []).append(row)
    charge_names = _charge_names(conn)
    for req in requests:
        request_id, case_no, request_no, received, officer_id, codes, deleted_at = req
        if deleted_at is not None:
            conn.execute(_DELETE, {"request_id": request_id})
            continue
        lines = reviews.get(request_id, [])
        summary = summarize(
            [ReviewLine(ReviewStatus(r[1]), _as_date(r[2])) for r in lines]
        )
        names = "、".join(r[5] for r in lines)
        charges = "、".join(charge_names.get(c, c) for c in (codes or "").split(",") if c)
        id_numbers = " ".join(r[6] for r in lines if r[6])
        search = normalize_search_text(" ".join([case_no, request_no, names, id_numbers, charges]))
        conn.execute(_UPSERT, {
            "request_id": request_id, "police_case_no": case_no, "suspects": names,
            "charges": charges, "detained": int(any(r[3] for r in lines)),
            "juvenile": int(any(r[4] for r in lines)), "received_date": _as_date(received),
            "due_date": summary.due_date, "status": summary.status.value,
            "officer_id": officer_id, "search_text": search,
            "search_chars": spaced_characters(search),
        })
