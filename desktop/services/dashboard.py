"""The dashboard's list: every running deadline of every register that is overdue or falls
due within a few days, earliest first. Each register answers for its own items (a
`*_due_items(conn, *, today, within_days)` read query returning `DueItem`s); this module only
gathers them, so the page asks one question and the benchmark times the same one.

At an upper office the registers hold its units' records too: each item carries the unit
that owns it (单位), and the page may ask for one unit's items only."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.services import (arrest_queries, cooperation_queries, custody_queries,
                              petition_queries, supervision_queries, upper_queries)
from desktop.services.arrest_queries import DueItem

SOURCES = (arrest_queries.due_items, custody_queries.custody_due_items,
           supervision_queries.supervision_due_items, petition_queries.petition_due_items,
           cooperation_queries.cooperation_due_items,
           upper_queries.directive_due_items)  # the upper office's 督办 to this office
# The records a due item names (its record_id, or the request of a later review step).
# Ids are UUIDv7, unique across tables, so one lookup per table finds each owner.
OWNER_TABLES = ("arrest_requests", "custody_reviews", "supervision_matters", "petitions",
                "cooperation_entries")


def due_items(conn, *, today: date, within_days: int = 3, unit_code: str | None = None,
              own_code: str = "") -> list[DueItem]:
    """Every register's due items, earliest first, each with its owning unit (`own_code`
    for an item whose record is not found above); only unit `unit_code`'s when given. The
    items are few (days, not years, of deadlines), so the unit is chosen here, not in SQL."""
    items: list[DueItem] = []
    for source in SOURCES:
        items += source(conn, today=today, within_days=within_days)
    items.sort(key=lambda item: item.due_date)  # stable: each register keeps its order
    owners = _owners(conn, {i.record_id for i in items} | {i.request_id for i in items})
    items = [replace(i, unit_code=owners.get(i.record_id) or owners.get(i.request_id)
                     or own_code) for i in items]
    if unit_code:
        items = [i for i in items if i.unit_code == unit_code]
    return items


def _owners(conn, ids: set[str]) -> dict[str, str]:
    ids.discard("")
    owners: dict[str, str] = {}
    chunk = sorted(ids)
    for start in range(0, len(chunk), 500):
        part = chunk[start:start + 500]
        marks = ",".join("?" * len(part))
        for table in OWNER_TABLES:
            owners.update(conn.execute(
                f"SELECT id, unit_code FROM {table} WHERE id IN ({marks})", part).fetchall())
    return owners
