"""Workload (工作量) read queries: per officer and per head, and the case load per officer
month by month (issue 7; definitions in desktop/domain/workload.py).

Plain SQL on the reader, one GROUP BY per register; tombstoned records never count. What is
overdue is what the dashboard says is overdue (`services.dashboard.due_items`): the registers
keep their own deadlines, and this module does not compute them a second time. At an upper
office the registers hold the units' records too: with `unit_code=None` each unit's officers
get their rows, each naming its unit; a unit code limits everything to that unit.

The period is `first`..`last`, both days included (the statistics' Period type will carry it
when the two modules meet)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import workload as w
from desktop.services import dashboard
from desktop.services import portable_sql as sql
from desktop.services.arrest_queries import OPEN_REVIEW_STATUSES

OFFICER_ROLE = "officer"
# Who an item of each register belongs to: its table and the column naming the officer.
OWNER_COLUMNS = (("arrest_requests", "officer_id"), ("custody_reviews", "officer_id"),
                 ("supervision_matters", "officer_id"), ("petitions", "handler_id"),
                 ("cooperation_entries", "officer_id"))


@dataclass
class OfficerWorkload:
    unit_code: str
    user_id: str
    name: str
    is_officer: bool  # an active account with the officer role: counted in the head count
    handled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(w.HANDLED_KEYS, 0))
    open: int = 0
    overdue: int = 0
    decision_days: float = 0  # sums behind the averages, so units can be averaged right
    replies_days: float = 0

    @property
    def handled_total(self) -> int:
        return sum(self.handled.values())

    @property
    def avg_days_decision(self) -> float | None:
        return w.average_days(self.decision_days, self.handled["arrest_decided"])

    @property
    def avg_days_first_reply(self) -> float | None:
        return w.average_days(self.replies_days, self.handled["petitions_answered"])


@dataclass(frozen=True)
class UnitWorkload:
    """One unit's totals and its figures per head (人均)."""
    unit_code: str
    officers: int
    handled: int
    open: int
    overdue: int
    avg_days_decision: float | None
    avg_days_first_reply: float | None

    @property
    def handled_per_head(self) -> float | None:
        return w.per_head(self.handled, self.officers)

    @property
    def open_per_head(self) -> float | None:
        return w.per_head(self.open, self.officers)

    @property
    def overdue_per_head(self) -> float | None:
        return w.per_head(self.overdue, self.officers)


@dataclass(frozen=True)
class Workload:
    officers: list[OfficerWorkload]
    units: list[UnitWorkload]


def _unit(alias: str, unit_code: str | None) -> str:
    """The unit condition, written only when one unit is asked for (PostgreSQL cannot type
    a bare `:unit IS NULL`)."""
    return "" if unit_code is None else f" AND {alias}.unit_code = :unit"


# Arrest reviews, one pass over the suspects for both figures (the table is the largest and
# has no index on the decision day): decided in the period, with the days from receipt, and
# open now. Per officer and unit: (decided, days, open).
_OPEN_MARKS = ", ".join(f":open{i}" for i in range(len(OPEN_REVIEW_STATUSES)))
_DECIDED = "v.decided_on BETWEEN :first AND :last"


def arrest_sql(conn, unit_code: str | None) -> str:
    return (
        "SELECT q.officer_id, q.unit_code, "
        f"count(*) FILTER (WHERE {_DECIDED}), "
        f"sum({sql.days_between(conn, 'v.decided_on', 'q.received_date')}) "
        f"FILTER (WHERE {_DECIDED}), "
        f"count(*) FILTER (WHERE v.status IN ({_OPEN_MARKS})) "
        "FROM arrest_reviews v JOIN arrest_requests q ON q.id = v.request_id "
        "WHERE v.deleted_at IS NULL AND q.deleted_at IS NULL "
        f"AND ({_DECIDED} OR v.status IN ({_OPEN_MARKS}))"
        + _unit("q", unit_code) + " GROUP BY 1, 2")


def handled_sql(conn, unit_code: str | None) -> dict[str, str]:
    """Items handled in the period by the other registers: officer, unit, count, sum of
    days."""
    def unit(alias: str) -> str:
        return _unit(alias, unit_code)

    return {
        "custody_decided":
            "SELECT c.officer_id, c.unit_code, count(*), 0 FROM custody_reviews c "
            "WHERE c.deleted_at IS NULL AND c.decided_on BETWEEN :first AND :last "
            + unit("c") + " GROUP BY 1, 2",
        "supervision_notices":
            "SELECT m.officer_id, m.unit_code, count(*), 0 FROM supervision_notices n "
            "JOIN supervision_matters m ON m.id = n.matter_id "
            "WHERE n.deleted_at IS NULL AND m.deleted_at IS NULL "
            "AND n.served_on BETWEEN :first AND :last " + unit("m") + " GROUP BY 1, 2",
        "supervision_closed":
            "SELECT m.officer_id, m.unit_code, count(*), 0 FROM supervision_matters m "
            "WHERE m.deleted_at IS NULL AND m.closed_on BETWEEN :first AND :last "
            + unit("m") + " GROUP BY 1, 2",
        # the first reply of each petition, credited to whoever gave it
        "petitions_answered":
            "SELECT f.officer_id, p.unit_code, count(*), "
            f"sum({sql.days_between(conn, 'f.done_on', 'p.received_on')}) "
            "FROM (SELECT petition_id, officer_id, done_on, row_number() OVER ("
            "  PARTITION BY petition_id ORDER BY done_on, created_at) AS nth "
            "  FROM petition_work WHERE kind = 'reply' AND deleted_at IS NULL) f "
            "JOIN petitions p ON p.id = f.petition_id "
            "WHERE f.nth = 1 AND p.deleted_at IS NULL AND f.done_on BETWEEN :first AND :last "
            + unit("p") + " GROUP BY 1, 2",
        "cooperation_entries":
            "SELECT e.officer_id, e.unit_code, count(*), 0 FROM cooperation_entries e "
            "WHERE e.deleted_at IS NULL AND e.occurred_on BETWEEN :first AND :last "
            + unit("e") + " GROUP BY 1, 2",
    }


def open_sql(unit_code: str | None) -> tuple[str, ...]:
    """Items open now, per officer: one SELECT per register, added up."""
    unit = "" if unit_code is None else " AND unit_code = :unit"
    return (
        "SELECT officer_id, count(*) FROM custody_reviews WHERE deleted_at IS NULL "
        f"AND closed_on IS NULL AND status <> 'closed'{unit} GROUP BY 1",
        "SELECT officer_id, count(*) FROM supervision_matters WHERE deleted_at IS NULL "
        f"AND status = 'open'{unit} GROUP BY 1",
        "SELECT handler_id, count(*) FROM petitions WHERE deleted_at IS NULL "
        f"AND status NOT IN ('closed', 'transferred'){unit} GROUP BY 1",
        "SELECT officer_id, count(*) FROM cooperation_entries WHERE deleted_at IS NULL "
        f"AND due_on IS NOT NULL AND done_on IS NULL{unit} GROUP BY 1",
    )


def _is_officer(roles: str, active) -> bool:
    return bool(active) and OFFICER_ROLE in {r.strip() for r in (roles or "").split(",")}


def officer_workload(conn, first: date, last: date, *, today: date,
                     unit_code: str | None = None) -> Workload:
    """Per officer: items handled in [first, last] by register, open now, overdue now, the
    average days to an arrest decision and to a petition's first reply; and per unit the
    totals and the figures per head. Rows: every active officer account, and any other
    account that has a figure (a deactivated officer's past work still counts). A grassroots
    office passes its own code: its database may hold a few of the upper office's accounts
    (with the records that came down), which would otherwise get rows of their own."""
    w.check_period(first, last)
    rows: dict[str, OfficerWorkload] = {}
    users = {r[0]: r for r in sql.execute(
        conn, "SELECT id, unit_code, display_name, roles, active FROM users "
        "WHERE deleted_at IS NULL" + _unit("users", unit_code), {"unit": unit_code})}

    def row(user_id: str, unit: str | None = None) -> OfficerWorkload | None:
        if user_id not in rows:
            user = users.get(user_id)
            if user is None and unit is None:
                return None  # an item whose officer is not in this unit's users
            rows[user_id] = OfficerWorkload(
                unit_code=user[1] if user else unit, user_id=user_id,
                name=user[2] if user else "", is_officer=bool(user and _is_officer(*user[3:])))
        return rows[user_id]

    for user_id, user in users.items():
        if _is_officer(*user[3:]):
            row(user_id)
    params = {"first": first.isoformat(), "last": last.isoformat(), "unit": unit_code,
              **{f"open{i}": s for i, s in enumerate(OPEN_REVIEW_STATUSES)}}
    for officer, unit, decided, days, open_ in sql.execute(conn, arrest_sql(conn, unit_code),
                                                           params):
        r = row(officer, unit)
        r.handled["arrest_decided"] += decided or 0
        r.decision_days += days or 0
        r.open += open_ or 0
    for key, text in handled_sql(conn, unit_code).items():
        for officer, unit, count, days in sql.execute(conn, text, params):
            r = row(officer, unit)
            r.handled[key] += count
            if key == "petitions_answered":
                r.replies_days += days or 0
    for text in open_sql(unit_code):
        for officer, count in sql.execute(conn, text, params):
            if (r := row(officer)) is not None:
                r.open += count
    for officer, count in overdue_by_officer(conn, today=today, unit_code=unit_code).items():
        if (r := row(officer)) is not None:
            r.overdue += count
    officers = sorted(rows.values(), key=lambda r: (r.unit_code, not r.is_officer, r.name))
    return Workload(officers, _units(officers))


def overdue_by_officer(conn, *, today: date, unit_code: str | None = None) -> dict[str, int]:
    """How many of each officer's items are past their due date today, as the dashboard
    lists them (its items carry the record or the request they belong to)."""
    items = [i for i in dashboard.due_items(conn, today=today, within_days=0,
                                            unit_code=unit_code)
             if i.due_date < today]
    ids = sorted(({i.record_id for i in items} | {i.request_id for i in items}) - {""})
    owner: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        for table, column in OWNER_COLUMNS:
            owner.update(conn.execute(
                f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", part).fetchall())
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        officer = owner.get(item.record_id) or owner.get(item.request_id)
        if officer:
            counts[officer] += 1
    return dict(counts)


def _units(officers: list[OfficerWorkload]) -> list[UnitWorkload]:
    by_unit: dict[str, list[OfficerWorkload]] = defaultdict(list)
    for r in officers:
        by_unit[r.unit_code].append(r)
    units = []
    for code, rs in sorted(by_unit.items()):
        decided = sum(r.handled["arrest_decided"] for r in rs)
        answered = sum(r.handled["petitions_answered"] for r in rs)
        units.append(UnitWorkload(
            unit_code=code, officers=sum(r.is_officer for r in rs),
            handled=sum(r.handled_total for r in rs), open=sum(r.open for r in rs),
            overdue=sum(r.overdue for r in rs),
            avg_days_decision=w.average_days(sum(r.decision_days for r in rs), decided),
            avg_days_first_reply=w.average_days(sum(r.replies_days for r in rs), answered)))
    return units


# -- the case load over time (案件负担) ---------------------------------------------------------
@dataclass(frozen=True)
class MonthLoad:
    unit_code: str
    month: str  # "2026-03"
    requests: int  # 受理 件
    suspects: int  # 受理 人
    officers: int  # officers active in the month

    @property
    def requests_per_officer(self) -> float | None:
        return w.per_head(self.requests, self.officers)

    @property
    def suspects_per_officer(self) -> float | None:
        return w.per_head(self.suspects, self.officers)


def office_load(conn, first: date, last: date, *, unit_code: str | None = None
                ) -> list[MonthLoad]:
    """Per unit and month of [first, last]: requests received, their suspects, the officers
    active and the load per officer (definitions: domain.workload, "officers_active"). Every
    month of the period has its row for every unit that has officers or requests."""
    w.check_period(first, last)
    months = w.months_between(first, last)
    params = {"first": first.isoformat(), "last": last.isoformat(), "unit": unit_code}
    received: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    handlers: dict[tuple[str, str], set[str]] = defaultdict(set)
    # the month first: grouped by the unit first, SQLite reads the requests in the order of
    # their unit index (a random access per row, a fifth slower than scanning the table)
    for month, unit, officer, requests, suspects in sql.execute(
            conn, f"SELECT {sql.month_of(conn, 'q.received_date')}, q.unit_code, q.officer_id, "
            "count(*), sum((SELECT count(*) FROM arrest_reviews v WHERE v.request_id = q.id "
            "     AND v.deleted_at IS NULL)) "
            "FROM arrest_requests q WHERE q.deleted_at IS NULL "
            "AND q.received_date BETWEEN :first AND :last " + _unit("q", unit_code) +
            " GROUP BY 1, 2, 3", params):
        received[unit, month][0] += requests
        received[unit, month][1] += suspects or 0
        handlers[unit, month].add(officer)
    accounts: dict[str, list[tuple[str, str]]] = defaultdict(list)  # unit → (id, created)
    for user_id, unit, created, roles, active in sql.execute(
            conn, f"SELECT id, unit_code, {sql.day_of(conn, 'created_at')}, roles, active "
            "FROM users WHERE deleted_at IS NULL" + _unit("users", unit_code), params):
        if _is_officer(roles, active):
            accounts[unit].append((user_id, created))
    units = sorted(set(accounts) | {unit for unit, _ in received})
    loads = []
    for unit in units:
        for month in months:
            end = w.month_of(month.first).last.isoformat()
            active = {uid for uid, created in accounts[unit] if created <= end}
            active |= handlers[unit, month.key]
            requests, suspects = received[unit, month.key]
            loads.append(MonthLoad(unit, month.key, requests, suspects, len(active)))
    return loads
