"""The statistics indicators of a period (DOMAIN.md §7), computed with plain SQL on the reader.

Each register is read by one statement (services/statistics_sql.py): per indicator a
condition "this record counts for it in the period", the figure an aggregate filtered by it
(`count(*) FILTER (WHERE …)`, all of a register's figures in one pass), and `records_behind`
lists the ids of the rows where the same condition holds — so a figure and its list cannot
disagree. The statements run on SQLite and on an upper office's PostgreSQL
(services/portable_sql.py). The names, units and definitions are
data in domain/indicators.py. Tombstoned records (deleted_at) never count. `unit_code=None`
counts every unit in the database (at the upper office: all its units).

Decisions are counted as they were first made, on their decision date: a refusal changed on
复议 stays a refusal of its period and the change counts as 复议改变 on the 复议 date, so an
already reported period does not move. Where a review has no decision record (imported or
demonstration data) its status stands in for the decision.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain.indicators import (
    BY_KEY,
    INDICATORS,
    NonArrestDenominator,
    Period,
    rate,
)
from desktop.services import portable_sql as sql
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.statistics_sql import REGISTER_OF, REGISTERS, REPLY_DEADLINES, Register

DENOMINATOR_KEY = "statistics.non_arrest_denominator"  # app_meta: this office's 不捕率 choice
_NEVER = "9999-12-31"


@dataclass(frozen=True)
class Figure:
    key: str
    value: int | float | None  # None: not recorded by the program, or a rate over nothing
    juvenile: int | None = None  # 未成年人 sub-count (a count, never a list)
    numerator: int | None = None  # rates: both numbers are shown with the rate
    denominator: int | None = None
    denominator_keys: tuple[str, ...] = ()


@dataclass
class Report:
    period: Period
    unit_code: str | None
    non_arrest_denominator: NonArrestDenominator
    figures: dict[str, Figure] = field(default_factory=dict)

    def value(self, key: str):
        return self.figures[key].value

    def to_json(self) -> dict:
        rows = []
        for ind in INDICATORS:
            f = self.figures[ind.key]
            row = {"key": ind.key, "group": ind.group.value, "name": ind.name_zh,
                   "name_en": ind.name_en, "unit": ind.unit.value, "value": f.value,
                   "definition": ind.definition, "recorded": ind.recorded}
            if ind.juvenile_subcount:
                row["juvenile"] = f.juvenile
            if ind.is_rate:
                row.update(numerator=f.numerator, denominator=f.denominator,
                           numerator_key=ind.numerator, denominator_keys=list(f.denominator_keys))
            rows.append(row)
        return {"period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat(),
                           "kind": self.period.kind, "label": self.period.label},
                "unit_code": self.unit_code,
                "non_arrest_denominator": self.non_arrest_denominator.value,
                "indicators": rows}


# -- the statements (services/statistics_sql.py) ----------------------------------------------
def _sql(conn, register: Register, unit_code: str | None, tombstoned: bool) -> str:
    """The register's FROM … WHERE … for this database and question."""
    text = register.rows
    if "{unit:" in text:
        cond = "" if unit_code is None else r"AND \1.unit_code = :unit"
        text = re.sub(r"\{unit:(\w+)\}", cond, text)
    return text.format(
        join=sql.fixed_join(conn),
        live_requests=("AND r.request_id NOT IN (SELECT id FROM arrest_requests "
                       "WHERE deleted_at IS NOT NULL)") if tombstoned else "")


@functools.lru_cache(maxsize=4096)
def _reply_deadlines(received: str, settings, calendar) -> dict[str, str]:
    """The last days of a petition's procedural and 3-month replies, by the rule its
    deadlines use (domain/petitions.py, the office's calendar- or working-day setting).
    Cached per holiday calendar: a year of days costs 30 ms to compute."""
    from desktop.domain import petitions as rules

    day = date.fromisoformat(received[:10])
    return {"procedural": rules.procedural_due(day, settings, calendar).due.isoformat(),
            "result": rules.result_due(day, settings, calendar).due.isoformat()}


def _replied_in_time(conn, register: Register, text: str, params: dict
                     ) -> dict[str, list[tuple[str, str]]]:
    """Per reply key, (petition id, day received) of the petitions replied by the deadline."""
    from desktop.domain.holidays import default_calendar
    from desktop.services.petition_settings import read_settings

    settings, calendar = read_settings(conn), default_calendar()
    received = register.flags["petitions.received"]
    rows = sql.execute(conn, f"SELECT p.id, p.received_on, p.first_reply, p.first_answer {text} "
                             f"AND {received} AND p.first_reply IS NOT NULL", params).fetchall()
    found: dict[str, list[tuple[str, str]]] = {k: [] for k in REPLY_DEADLINES}
    for pid, day, first_reply, first_answer in rows:
        due = _reply_deadlines(day, settings, calendar)
        replies = {"first_reply": first_reply, "first_answer": first_answer}
        for key, (column, deadline) in REPLY_DEADLINES.items():
            if replies[column] is not None and replies[column][:10] <= due[deadline]:
                found[key].append((pid, day[:10]))
    return found


def _has_tombstoned_requests(conn, register: Register) -> bool:
    """Whether a tombstoned request's reviews must be left out: checked once, so the common
    case (none) costs no test per review."""
    if "{live_requests}" not in register.rows:
        return False
    return conn.execute("SELECT 1 FROM arrest_requests WHERE deleted_at IS NOT NULL "
                        "LIMIT 1").fetchone() is not None


def _filtered(aggregate: str, condition: str) -> str:
    return f"{aggregate} FILTER (WHERE {condition})" if condition else aggregate


def _aggregates(register: Register, key: str, juvenile: bool) -> list[str]:
    """The value expression of a key over the register's rows, and its juvenile sub-count."""
    flag = register.flags[key]
    if key in register.cases:
        agg = f"count(DISTINCT {register.case})"
    elif key in register.sums:
        agg = f"sum({register.sums[key]})"
    else:
        agg = "count(*)"
    exprs = [_filtered(agg, flag)]
    if juvenile:
        # the juvenile test first: it is false for most rows, so the rest is rarely evaluated
        both = f"{register.juvenile} AND ({flag})" if flag else register.juvenile
        exprs.append(_filtered(agg, both))
    return exprs


def _params(conn, period: Period, unit_code: str | None, today: date | None) -> dict:
    from desktop.services.petition_settings import read_levels

    end = period.end if today is None else min(period.end, today)
    return {"s": period.start.isoformat(), "e": period.end.isoformat(),
            "asof": today.isoformat() if today else _NEVER, "unit": unit_code,
            "high": read_levels(conn).codes[0], "open_end": end.isoformat()}


def _counts(conn, register: Register, params: dict, unit_code: str | None
            ) -> dict[str, tuple[int, int]]:
    """(value, juvenile sub-count) of every key of the register, in one statement."""
    keys = [k for k in register.flags if k not in REPLY_DEADLINES]
    juveniles = [BY_KEY[k].juvenile_subcount for k in keys]
    exprs = [e for k, j in zip(keys, juveniles) for e in _aggregates(register, k, j)]
    text = _sql(conn, register, unit_code, _has_tombstoned_requests(conn, register))
    row = sql.execute(conn, f"SELECT {', '.join(exprs)} {text}", params).fetchone()
    counts, i = {}, 0
    for key, juvenile in zip(keys, juveniles):
        counts[key] = (int(row[i] or 0), int(row[i + 1] or 0) if juvenile else 0)
        i += 2 if juvenile else 1
    if any(k in REPLY_DEADLINES for k in register.flags):
        for key, rows in _replied_in_time(conn, register, text, params).items():
            counts[key] = (len(rows), 0)
    return counts



def read_denominator(conn) -> NonArrestDenominator:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (DENOMINATOR_KEY,)).fetchone()
    try:
        return NonArrestDenominator(row[0]) if row else NonArrestDenominator.CONCLUDED
    except ValueError:
        return NonArrestDenominator.CONCLUDED


def save_denominator(office, choice: str) -> None:
    """The office's choice of the 不捕率 denominator (an administrator's setting)."""
    from sqlalchemy import text

    if choice not in {c.value for c in NonArrestDenominator}:
        raise ValidationFailed([FieldError("non_arrest_denominator", "required",
                                           "concluded or decided")])
    with office.transaction(permissions.SETTINGS) as session:
        session.execute(text(  # an upsert both SQLite and PostgreSQL know
            "INSERT INTO app_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value"), {"k": DENOMINATOR_KEY, "v": choice})


def indicators(conn, period: Period, *, unit_code: str | None = None, today: date | None = None,
               denominator: NonArrestDenominator | str | None = None) -> Report:
    """Every indicator of domain.indicators for `period`. `today` (the report's day) decides
    which receipts still missing are overdue and caps the day high-risk petitions are open on;
    without it, every missing receipt due in the period counts as overdue."""
    choice = NonArrestDenominator(denominator) if denominator else read_denominator(conn)
    params = _params(conn, period, unit_code, today)
    counts: dict[str, tuple[int, int]] = {}
    for register in REGISTERS:
        counts.update(_counts(conn, register, params, unit_code))
    report = Report(period, unit_code, choice)
    for ind in INDICATORS:
        if not ind.recorded:
            report.figures[ind.key] = Figure(ind.key, None)
        elif ind.is_rate:
            dkeys = _denominator_keys(ind.key, ind.denominator, choice)
            num = counts[ind.numerator][0]
            den = sum(counts[k][0] for k in dkeys)
            report.figures[ind.key] = Figure(ind.key, rate(num, den), numerator=num,
                                             denominator=den, denominator_keys=dkeys)
        else:
            value, juvenile = counts[ind.key]
            report.figures[ind.key] = Figure(
                ind.key, value, juvenile if ind.juvenile_subcount else None)
    return report


def _denominator_keys(key: str, default: str, choice: NonArrestDenominator) -> tuple[str, ...]:
    if key == "arrest.non_arrest_rate" and choice is NonArrestDenominator.DECIDED:
        return ("arrest.approved", "arrest.refused")
    return (default,)


def records_behind(conn, period: Period, key: str, *, unit_code: str | None = None,
                   today: date | None = None) -> list[str]:
    """The ids of the records a figure counts, for the page to list when it is clicked:
    requests for a 件 of requests, matters for 监督立案/撤案, otherwise the counted records
    themselves (reviews, notices, petitions…). A rate lists its numerator's records."""
    ind = BY_KEY[key]
    if ind.is_rate:
        key = ind.numerator
    if not ind.recorded:
        return []
    register = REGISTER_OF[key]
    text = _sql(conn, register, unit_code, _has_tombstoned_requests(conn, register))
    if key in REPLY_DEADLINES:
        params = _params(conn, period, unit_code, today)
        return sorted(pid for pid, _ in _replied_in_time(conn, register, text, params)[key])
    column = register.case if key in register.cases else register.id
    flag = register.flags[key]
    rows = sql.execute(conn, f"SELECT DISTINCT {column} {text}"
                             + (f" AND ({flag})" if flag else "") + " ORDER BY 1",
                       _params(conn, period, unit_code, today))
    return [r[0] for r in rows]
