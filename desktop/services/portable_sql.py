"""Read SQL that runs on both readers: SQLite's (sqlite3) and an upper office's PostgreSQL one
(store/postgres.Reader, `?` placeholders only). The statistics and workload statements are
written once with named parameters (`:s`, `:unit`) and the few expressions the two dialects
spell differently come from here, so an upper office on PostgreSQL computes the same figures.

Kept small on purpose: booleans are compared, never added (`count(*) FILTER (WHERE …)` works
on both, SQLite ≥ 3.30), dates are ISO text on SQLite and `date` on PostgreSQL, so text
parameters compare with both, and a parameter never stands alone where PostgreSQL cannot
infer its type (`:unit IS NULL`): optional conditions are left out of the text instead."""
from __future__ import annotations

import re
from datetime import date

_NAMED = re.compile(r"('[^']*'|\"[^\"]*\")|(?<![:\w]):([A-Za-z_]\w*)")


def dialect(conn) -> str:
    """"postgresql" for store.postgres.Reader, "sqlite" for a sqlite3 connection."""
    return getattr(conn, "dialect", "sqlite")


def positional(sql: str, params: dict) -> tuple[str, list]:
    """`:name` placeholders (outside quoted text) as `?`, with the values in their order."""
    values: list = []

    def swap(match: re.Match) -> str:
        if match.group(1):
            return match.group(1)
        values.append(params[match.group(2)])
        return "?"

    return _NAMED.sub(swap, sql), values


def execute(conn, sql: str, params: dict):
    """Run a statement with named parameters on either reader."""
    text, values = positional(sql, params)
    return conn.execute(text, values)


def days_between(conn, later: str, earlier: str) -> str:
    """Days from `earlier` to `later` (two date columns) as a number."""
    if dialect(conn) == "postgresql":
        return f"({later} - {earlier})"
    return f"(julianday({later}) - julianday({earlier}))"


def month_of(conn, column: str) -> str:
    """A date column's month as 'YYYY-MM' text."""
    if dialect(conn) == "postgresql":
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def day_of(conn, column: str) -> str:
    """A date or timestamp column's day as 'YYYY-MM-DD' text."""
    if dialect(conn) == "postgresql":
        return f"to_char({column}, 'YYYY-MM-DD')"
    return f"substr({column}, 1, 10)"


def date_literal(conn, day: date) -> str:
    """A date written into the statement (computed by the program, never user text)."""
    if dialect(conn) == "postgresql":
        return f"DATE '{day.isoformat()}'"
    return f"'{day.isoformat()}'"


def fixed_join(conn) -> str:
    """A join that keeps its left table outermost: SQLite's CROSS JOIN (its planner would
    otherwise drive a period's rows from the larger, unfiltered table); a plain JOIN on
    PostgreSQL, whose planner needs no hint."""
    return "JOIN" if dialect(conn) == "postgresql" else "CROSS JOIN"
