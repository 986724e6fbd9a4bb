"""The petition list's search text (`petition_search`, indexed by the trigram FTS5 table
`petition_fts` on SQLite): derived from a petition and its petitioners, refreshed by the change
capture (store/capture.py) in the flush that changes them, and rebuildable from the records
alone.

As store/request_index does, the rows are read and written for all the petitions at once
(a sync package touches thousands): on SQLite one statement over a JSON array, so the FTS5
triggers flush the full-text index once, not once per petition."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import bindparam, text

from desktop.domain.text import normalize_search_text

_PETITION_COLUMNS = "SELECT id, related_case, summary, forwarded_to, deleted_at FROM petitions "
_PEOPLE_COLUMNS = ("SELECT petition_id, name, id_number, phone, work_unit FROM petitioners "
                   "WHERE deleted_at IS NULL AND petition_id IN ")
_ORDER = " ORDER BY petition_id, position"
_PETITIONS = text(_PETITION_COLUMNS + "WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True))
_PEOPLE = text(_PEOPLE_COLUMNS + ":ids" + _ORDER).bindparams(bindparam("ids", expanding=True))
_DELETE = text("DELETE FROM petition_search WHERE petition_id IN :ids").bindparams(
    bindparam("ids", expanding=True))
_UPSERT = text(
    "INSERT INTO petition_search (petition_id, search_text) VALUES (:id, :text) "
    "ON CONFLICT (petition_id) DO UPDATE SET search_text = excluded.search_text "
    "WHERE petition_search.search_text != excluded.search_text")

_IDS = "(SELECT value FROM json_each(?))"
_SQLITE_PETITIONS = _PETITION_COLUMNS + "WHERE id IN " + _IDS
_SQLITE_PEOPLE = _PEOPLE_COLUMNS + _IDS + _ORDER
_SQLITE_DELETE = "DELETE FROM petition_search WHERE petition_id IN " + _IDS
_SQLITE_UPSERT = (
    "INSERT INTO petition_search (petition_id, search_text) "
    "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?) "
    "WHERE true ON CONFLICT (petition_id) DO UPDATE SET search_text = excluded.search_text "
    "WHERE petition_search.search_text != excluded.search_text")
_CHUNK = 500  # ids per statement where they are bound one by one (PostgreSQL)


def _text(parts: Iterable[str]) -> str:
    # A newline between fields: a trigram never spans two of them.
    return normalize_search_text("\n".join(p for p in parts if p))


def refresh(conn, petition_ids: Iterable[str]) -> None:
    """Derive the rows of these petitions again. `conn` is a SQLAlchemy Connection."""
    ids = list(dict.fromkeys(petition_ids))
    if not ids:
        return
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        raw = conn.connection.driver_connection
        chunks = [ids]
        fetch = lambda sql, chunk: raw.execute(sql, (json.dumps(chunk),))  # noqa: E731
        sqls = (_SQLITE_PETITIONS, _SQLITE_PEOPLE)
    else:
        chunks = [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
        fetch = lambda sql, chunk: conn.execute(sql, {"ids": chunk})  # noqa: E731
        sqls = (_PETITIONS, _PEOPLE)
    rows, gone = [], []
    for chunk in chunks:
        people: dict[str, list[str]] = {}
        for p in fetch(sqls[1], chunk):
            people.setdefault(p[0], []).append(" ".join(x for x in p[1:] if x))
        found = set()
        for row in fetch(sqls[0], chunk).fetchall():
            found.add(row[0])
            if row[4] is not None:
                gone.append(row[0])
            else:
                rows.append((row[0], _text([*people.get(row[0], ()), row[1], row[2], row[3]])))
        gone += [i for i in chunk if i not in found]  # no such petition: no row either
    if sqlite:
        if gone:
            raw.execute(_SQLITE_DELETE, (json.dumps(gone),))
        if rows:
            raw.execute(_SQLITE_UPSERT, (json.dumps(rows, ensure_ascii=False),))
        return
    for i in range(0, len(gone), _CHUNK):
        conn.execute(_DELETE, {"ids": gone[i:i + _CHUNK]})
    if rows:
        conn.execute(_UPSERT, [{"id": i, "text": t} for i, t in rows])


def rebuild_all(conn) -> None:
    conn.execute(text("DELETE FROM petition_search"))
    refresh(conn, [r[0] for r in conn.execute(text("SELECT id FROM petitions"))])
    if conn.dialect.name == "sqlite":  # the FTS5 shadow exists only there (migration 0008)
        conn.exec_driver_sql("INSERT INTO petition_fts(petition_fts) VALUES ('rebuild')")
