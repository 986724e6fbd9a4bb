"""The monthly trends of the statistics page, computed without Qt (the worker thread runs
them): the last 12 calendar months up to a day, from services.statistics_series — one
grouped statement per register over the 12 months, with the conditions the reports use, so a
chart and the table cannot disagree."""
from __future__ import annotations

from datetime import date

from desktop.domain.indicators import Period
from desktop.services import statistics_series

CHARTS = (  # one chart each: its series' indicator keys
    ("arrest.received_persons",),
    ("arrest.non_arrest_rate",),
    ("supervision.notices_issued", "supervision.notices_complied"),
    ("petitions.received",),
)
TREND_KEYS = tuple(k for keys in CHARTS for k in keys)


def last_months(end: date, count: int = 12) -> list[Period]:
    """The `count` calendar months ending with the month of `end`, oldest first."""
    y, m = end.year, end.month
    months = []
    for _ in range(count):
        months.append(Period.month(y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return months[::-1]


def monthly(conn, end: date, today: date, keys: tuple[str, ...]
            ) -> tuple[list[str], dict[str, list[float]]]:
    """("2026-01"… labels, {key: a value per month}); a rate over nothing counts as 0."""
    months = last_months(end)
    series = statistics_series.monthly(conn, months, keys, today=today)
    values = {k: [v or 0 for v in series[k]] for k in keys}
    return [f"{p.start:%Y-%m}" for p in months], values
