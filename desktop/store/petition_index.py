"""The petition list's search text (`petition_search`, indexed by the trigram FTS5 table
`petition_fts` on SQLite): derived from a petition and its petitioners, refreshed by the change
capture (store/capture.py) in the flush that changes them, and rebuildable from the records
alone."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text

from desktop.domain.text import normalize_search_text

_PETITION = text("SELECT related_case, summary, forwarded_to, deleted_at FROM petitions "
                 "WHERE id = :id")
_PEOPLE = text("SELECT name, id_number, phone, work_unit FROM petitioners "
               "WHERE petition_id = :id AND deleted_at IS NULL ORDER BY position")
_DELETE = text("DELETE FROM petition_search WHERE petition_id = :id")
_UPSERT = text(
    "INSERT INTO petition_search (petition_id, search_text) VALUES (:id, :text) "
    "ON CONFLICT (petition_id) DO UPDATE SET search_text = excluded.search_text "
    "WHERE petition_search.search_text != excluded.search_text")


def _text(parts: Iterable[str]) -> str:
    # A newline between fields: a trigram never spans two of them.
    return normalize_search_text("\n".join(p for p in parts if p))


def refresh(conn, petition_ids: Iterable[str]) -> None:
    """Derive the rows of these petitions again. `conn` is a SQLAlchemy Connection."""
    for petition_id in dict.fromkeys(petition_ids):
        row = conn.execute(_PETITION, {"id": petition_id}).fetchone()
        if row is None or row[3] is not None:
            conn.execute(_DELETE, {"id": petition_id})
            continue
        people = conn.execute(_PEOPLE, {"id": petition_id}).fetchall()
        text_ = _text([*(" ".join(x for x in p if x) for p in people), row[0], row[1], row[2]])
        conn.execute(_UPSERT, {"id": petition_id, "text": text_})


def rebuild_all(conn) -> None:
    conn.execute(text("DELETE FROM petition_search"))
    refresh(conn, [r[0] for r in conn.execute(text("SELECT id FROM petitions"))])
    if conn.dialect.name == "sqlite":  # the FTS5 shadow exists only there (migration 0008)
        conn.exec_driver_sql("INSERT INTO petition_fts(petition_fts) VALUES ('rebuild')")
