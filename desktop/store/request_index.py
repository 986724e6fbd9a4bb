"""Keeps `request_index` (one narrow row per arrest request, with its FTS5 shadow) in step with
the records it is derived from. Called by store.capture inside the writing transaction, and by
the migration that created the index, so the list can never show a stale line."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.request_summary import ReviewLine, summarize
from desktop.domain.text import normalize_search_text, spaced_characters


CHARGE_NAMES_CACHE = "zhenjian.charge_names"


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def refresh(conn, request_ids: Iterable[str]) -> None:
    """Rebuild the index rows of these requests. `conn` is a SQLAlchemy Connection."""
    ids = list(dict.fromkeys(request_ids))
    for start in range(0, len(ids), 500):
        _refresh_chunk(conn, ids[start:start + 500])


def rebuild_all(conn) -> None:
    """Derive every row again (after an upgrade that changed the index's shape)."""
    conn.exec_driver_sql("DELETE FROM request_index")
    ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM arrest_requests")]
    refresh(conn, ids)
    for fts in ("request_fts", "request_chars_fts"):
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _charge_names(conn) -> dict[str, str]:
    # Cached per connection: the catalogue changes only through catalogue.load_charges,
    # which drops this cache.
    names = conn.info.get(CHARGE_NAMES_CACHE)
    if names is None:
        names = dict(conn.exec_driver_sql("SELECT code, name FROM charges").fetchall())
        if names:
            conn.info[CHARGE_NAMES_CACHE] = names
    return names


def _refresh_chunk(conn, ids: list[str]) -> None:
    marks = ",".join("?" * len(ids))
    requests = conn.exec_driver_sql(
        "SELECT id, police_case_no, request_no, received_date, officer_id, charge_codes, "
        f"deleted_at FROM arrest_requests WHERE id IN ({marks})", tuple(ids)
    ).fetchall()
    reviews: dict[str, list] = {}
    for row in conn.exec_driver_sql(
        "SELECT v.request_id, v.status, v.due_date, v.detained, v.juvenile, p.name, p.id_number "
        "FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
        f"WHERE v.request_id IN ({marks}) AND v.deleted_at IS NULL "
        "ORDER BY v.request_id, v.position", tuple(ids)
    ):
        reviews.setdefault(row[0], []).append(row)
    charge_names = _charge_names(conn)
    for req in requests:
        request_id, case_no, request_no, received, officer_id, codes, deleted_at = req
        if deleted_at is not None:
            conn.exec_driver_sql("DELETE FROM request_index WHERE request_id = ?", (request_id,))
            continue
        lines = reviews.get(request_id, [])
        summary = summarize(
            [ReviewLine(ReviewStatus(r[1]), _as_date(r[2])) for r in lines]
        )
        names = "、".join(r[5] for r in lines)
        charges = "、".join(charge_names.get(c, c) for c in (codes or "").split(",") if c)
        id_numbers = " ".join(r[6] for r in lines if r[6])
        search = normalize_search_text(" ".join([case_no, request_no, names, id_numbers, charges]))
        conn.exec_driver_sql(
            "INSERT INTO request_index (request_id, police_case_no, suspects, charges, detained, "
            "juvenile, received_date, due_date, status, officer_id, search_text, search_chars) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(request_id) DO UPDATE SET "
            "police_case_no=excluded.police_case_no, suspects=excluded.suspects, "
            "charges=excluded.charges, detained=excluded.detained, juvenile=excluded.juvenile, "
            "received_date=excluded.received_date, due_date=excluded.due_date, "
            "status=excluded.status, officer_id=excluded.officer_id, "
            "search_text=excluded.search_text, search_chars=excluded.search_chars",
            (
                request_id, case_no, names, charges,
                int(any(r[3] for r in lines)), int(any(r[4] for r in lines)),
                str(received)[:10],
                summary.due_date.isoformat() if summary.due_date else None,
                summary.status.value, officer_id, search, spaced_characters(search),
            ),
        )
