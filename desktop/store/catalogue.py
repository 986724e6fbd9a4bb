"""Loads the reference catalogues shipped under resources/ into a database."""
from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import text

from desktop.paths import resources_dir

# Named parameters: the same statement on SQLite and on PostgreSQL.
_UPSERT = text(
    "INSERT INTO charges (code, name, article, chapter, section) "
    "VALUES (:code, :name, :article, :chapter, :section) "
    "ON CONFLICT (code) DO UPDATE SET name=excluded.name, article=excluded.article, "
    "chapter=excluded.chapter, section=excluded.section")


def charges_csv() -> Path:
    return resources_dir() / "catalogue" / "charges.csv"


def read_charges(path: Path | None = None) -> list[dict]:
    with open(path or charges_csv(), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_charges(conn, rows: list[dict] | None = None) -> int:
    """Upsert the catalogue (codes are stable ids; a renamed charge keeps its code).
    `conn` is a SQLAlchemy Connection inside the caller's transaction."""
    from desktop.store.request_index import CHARGE_NAMES_CACHE

    rows = rows if rows is not None else read_charges()
    conn.info.pop(CHARGE_NAMES_CACHE, None)
    if rows:
        conn.execute(_UPSERT, [{k: r[k] for k in ("code", "name", "article", "chapter",
                                                  "section")} for r in rows])
    return len(rows)
