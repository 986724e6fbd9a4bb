"""Indicators month by month (the statistics page's trends, 月度趋势): one grouped statement
per register and date column (GROUP BY month) over the whole span, instead of a full report
per month — the same conditions as services/statistics (statistics_sql.py), so each month's
value equals that month's report. Only keys dated by one column can be split by month
(`Register.dated`); a rate is computed per month from its numerator and denominator."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop.domain.indicators import BY_KEY, NonArrestDenominator, Period, rate
from desktop.services import portable_sql as sql
from desktop.services import statistics as st
from desktop.services.statistics_sql import REGISTER_OF, REPLY_DEADLINES


def months_of(first_month: Period, last_month: Period) -> list[Period]:
    """Every calendar month from the month of one to the month of the other, oldest first."""
    y, m = first_month.start.year, first_month.start.month
    months = []
    while (y, m) <= (last_month.start.year, last_month.start.month):
        months.append(Period.month(y, m))
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return months


def monthly(conn, months: list[Period], keys: tuple[str, ...], *, today: date | None = None,
            unit_code: str | None = None,
            denominator: NonArrestDenominator | str | None = None
            ) -> dict[str, list[int | float | None]]:
    """{key: a value per month of `months` (consecutive calendar months)}; a rate over
    nothing is None, as in a report."""
    choice = NonArrestDenominator(denominator) if denominator else st.read_denominator(conn)
    wanted: dict[str, tuple[str, ...]] = {}  # rate key → its denominator keys
    counted: set[str] = set()
    for key in keys:
        ind = BY_KEY[key]
        if ind.is_rate:
            wanted[key] = st._denominator_keys(key, ind.denominator, choice)
            counted |= {ind.numerator, *wanted[key]}
        else:
            counted.add(key)
    labels = [f"{p.start:%Y-%m}" for p in months]
    span = Period.custom(months[0].start, months[-1].end)
    by_month = _counts_by_month(conn, span, counted, today, unit_code)
    series: dict[str, list[int | float | None]] = {}
    for key in keys:
        ind = BY_KEY[key]
        if ind.is_rate:
            series[key] = [rate(by_month[ind.numerator].get(m, 0),
                                sum(by_month[k].get(m, 0) for k in wanted[key]))
                           for m in labels]
        else:
            series[key] = [by_month[key].get(m, 0) for m in labels]
    return series


def _counts_by_month(conn, span: Period, keys: set[str], today: date | None,
                     unit_code: str | None) -> dict[str, dict[str, int]]:
    """{key: {"YYYY-MM": value}} for keys dated by one column, one statement per register
    and date column."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(keys):
        register = REGISTER_OF[key]
        if key not in register.dated:
            raise ValueError(f"{key} has no single date to split it by month")
        groups[register.name, register.dated[key]].append(key)
    params = st._params(conn, span, unit_code, today)
    found: dict[str, dict[str, int]] = {k: {} for k in keys}
    for (name, column), group in groups.items():
        register = REGISTER_OF[group[0]]
        text = st._sql(conn, register, unit_code, st._has_tombstoned_requests(conn, register))
        in_sql = [k for k in group if k not in REPLY_DEADLINES]
        if in_sql:
            exprs = [st._aggregates(register, k, False)[0] for k in in_sql]
            rows = sql.execute(conn, f"SELECT {sql.month_of(conn, column)} AS month, "
                                     f"{', '.join(exprs)} {text} GROUP BY 1", params)
            for month, *values in rows:
                for key, value in zip(in_sql, values):
                    found[key][month] = int(value or 0)
        if len(in_sql) < len(group):
            replied = st._replied_in_time(conn, register, text, params)
            for key in group:
                for _pid, day in replied.get(key, ()):
                    found[key][day[:7]] = found[key].get(day[:7], 0) + 1
    return found
