"""The dashboard's list: every running deadline of every register that is overdue or falls
due within a few days, earliest first. Each register answers for its own items (a
`*_due_items(conn, *, today, within_days)` read query returning `DueItem`s); this module only
gathers them, so the page asks one question and the benchmark times the same one."""
from __future__ import annotations

from datetime import date

from desktop.services import (arrest_queries, cooperation_queries, custody_queries,
                              petition_queries, supervision_queries, upper_queries)
from desktop.services.arrest_queries import DueItem

SOURCES = (arrest_queries.due_items, custody_queries.custody_due_items,
           supervision_queries.supervision_due_items, petition_queries.petition_due_items,
           cooperation_queries.cooperation_due_items,
           upper_queries.directive_due_items)  # the upper office's 督办 to this office


def due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    items: list[DueItem] = []
    for source in SOURCES:
        items += source(conn, today=today, within_days=within_days)
    items.sort(key=lambda item: item.due_date)  # stable: each register keeps its order
    return items
