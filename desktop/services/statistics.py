"""The statistics indicators of a period (DOMAIN.md §7), computed with plain SQL on the reader.

Each register is read by one statement that yields a row per record with a 0/1 column per
indicator ("does this record count for it in the period"); the figures are aggregates over
those columns, and `records_behind` lists the ids of the rows whose column is 1 — the same
statement, so a figure and its list cannot disagree. The names, units and definitions are
data in domain/indicators.py. Tombstoned records (deleted_at) never count. `unit_code=None`
counts every unit in the database (at the upper office: all its units).

Decisions are counted as they were first made, on their decision date: a refusal changed on
复议 stays a refusal of its period and the change counts as 复议改变 on the 复议 date, so an
already reported period does not move. Where a review has no decision record (imported or
demonstration data) its status stands in for the decision.
"""
from __future__ import annotations

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
from desktop.services.errors import FieldError, ValidationFailed

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


# -- the statements ----------------------------------------------------------------------------
# Every statement yields: id (the record), case_id (what a 件 counts: a request, a matter), juv
# (0/1) and one column per indicator key. Parameters: :s, :e (the period), :asof, :unit.
# {unit} is replaced by a fixed condition on the statement's main table, never by user text.

_IN = "BETWEEN :s AND :e"

# Two statements, not one: driving each from the date it filters on reads half the rows, and a
# flat select (no subquery) keeps SQLite from evaluating the shared CASE once per column.
_RECEIVED = f"""
SELECT r.id AS id, q.id AS case_id, r.juvenile AS juv,
  1 AS "arrest.received_persons", 1 AS "arrest.received_cases"
FROM arrest_requests q JOIN arrest_reviews r ON r.request_id = q.id
WHERE q.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:q}} AND q.received_date {_IN}"""

# A tombstoned request's reviews are left out through the (short) list of tombstoned requests
# rather than a join per review: a third less time on a year of 70,000 reviews.
# d: the approved decision record, if any. Without one (imported or demonstration data) the
# review's status stands for the decision and the ground is "not recorded".
_CONCLUDED = f"""
SELECT r.id AS id, r.request_id AS case_id, r.juvenile AS juv,
  1 AS "arrest.concluded_persons", 1 AS "arrest.concluded_cases",
  coalesce(d.kind = 'approve', r.status = 'approved') AS "arrest.approved",
  coalesce(d.kind = 'refuse', r.status = 'refused') AS "arrest.refused",
  d.kind = 'refuse' AND d.ground = 'no_crime' AS "arrest.refused_no_crime",
  d.kind = 'refuse' AND d.ground = 'insufficient_evidence'
    AS "arrest.refused_insufficient_evidence",
  d.kind = 'refuse' AND d.ground = 'no_social_danger' AS "arrest.refused_no_social_danger",
  d.id IS NULL AND r.status = 'refused' AS "arrest.refused_ground_unrecorded",
  d.id IS NULL AND r.status = 'withdrawn' AS "arrest.withdrawn"
FROM arrest_reviews r
LEFT JOIN review_decisions d
  ON d.review_id = r.id AND d.state = 'approved' AND d.deleted_at IS NULL
WHERE r.deleted_at IS NULL {{unit:r}} AND r.decided_on {_IN}
  AND r.status IN ('approved', 'refused', 'withdrawn')
  AND r.request_id NOT IN (SELECT id FROM arrest_requests WHERE deleted_at IS NOT NULL)"""

_RECONSIDERATIONS = f"""
SELECT c.id AS id, c.id AS case_id, r.juvenile AS juv,
  c.kind = 'reconsideration' AND c.requested_on {_IN} AS "arrest.reconsideration_requests",
  c.kind = 'reconsideration' AND c.outcome = 'changed' AND c.decided_on {_IN}
    AS "arrest.reconsideration_changed",
  c.kind = 'upper_review' AND c.requested_on {_IN} AS "arrest.upper_review_requests",
  c.kind = 'upper_review' AND c.outcome = 'changed' AND c.decided_on {_IN}
    AS "arrest.upper_review_changed"
FROM reconsiderations c JOIN arrest_reviews r ON r.id = c.review_id
WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:c}}
  AND (c.requested_on {_IN} OR c.decided_on {_IN})"""

# A receipt is overdue when it came after its due date, or has not come and the due date has
# passed on the report's day (:asof; without one, any receipt still missing).
_RECEIPTS = f"""
SELECT e.id AS id, e.id AS case_id, r.juvenile AS juv,
  (e.received_on IS NULL AND e.due_date < :asof) OR e.received_on > e.due_date
    AS "arrest.receipts_overdue"
FROM execution_receipts e JOIN arrest_reviews r ON r.id = e.review_id
WHERE e.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:e}} AND e.due_date {_IN}"""

_OMITTED = f"""
SELECT o.id AS id, o.id AS case_id, 0 AS juv,
  o.demanded_on {_IN} AS "arrest.omitted_demanded",
  o.direct_decision_on {_IN} AS "arrest.omitted_decided"
FROM omitted_suspect_demands o
WHERE o.deleted_at IS NULL {{unit:o}} AND (o.demanded_on {_IN} OR o.direct_decision_on {_IN})"""

_CUSTODY = f"""
SELECT id, case_id, juv,
  started AS "custody.reviews",
  started AND source = 'own_motion' AS "custody.reviews_own_motion",
  started AND source = 'application' AS "custody.reviews_application",
  started AND source = 'detention_centre' AS "custody.reviews_detention_centre",
  recommended AS "custody.recommended",
  adopted AS "custody.adopted"
FROM (
  SELECT cr.id AS id, cr.id AS case_id, coalesce(r.juvenile, 0) AS juv, cr.source AS source,
    cr.started_on {_IN} AS started,
    EXISTS (SELECT 1 FROM custody_recommendations m WHERE m.review_id = cr.id
            AND m.deleted_at IS NULL AND m.served_on {_IN}) AS recommended,
    EXISTS (SELECT 1 FROM custody_recommendations m
            JOIN custody_replies y ON y.recommendation_id = m.id AND y.deleted_at IS NULL
            WHERE m.review_id = cr.id AND m.deleted_at IS NULL AND m.served_on {_IN}
              AND y.outcome IN ('adopted', 'partly')) AS adopted
  FROM custody_reviews cr LEFT JOIN arrest_reviews r ON r.id = cr.arrest_review_id
  WHERE cr.deleted_at IS NULL {{unit:cr}}
)"""

_ASKING = ("'explain_non_filing', 'explain_overdue_filing', 'explain_filing', 'notice_to_file', "
           "'notice_to_withdraw', 'correction', 'suggestion'")  # notices the police must act on

_NOTICES = f"""
SELECT id, case_id, juv,
  kind IN ('explain_non_filing', 'explain_overdue_filing') AS "supervision.explain_non_filing",
  kind = 'notice_to_file' AS "supervision.notice_to_file",
  kind = 'explain_filing' AS "supervision.explain_filing",
  kind = 'notice_to_withdraw' AS "supervision.notice_to_withdraw",
  kind = 'oral_correction' AS "supervision.oral_correction",
  kind = 'correction' AS "supervision.correction",
  kind = 'correction' AND complied AS "supervision.correction_complied",
  kind = 'suggestion' AS "supervision.suggestion",
  kind = 'suggestion' AND complied AS "supervision.suggestion_adopted",
  kind IN ({_ASKING}) AS "supervision.notices_issued",
  kind IN ({_ASKING}) AND complied AS "supervision.notices_complied"
FROM (
  SELECT n.id AS id, n.matter_id AS case_id, n.kind AS kind,
    instr('|' || m.tags || '|', '|juvenile|') > 0 AS juv,
    n.state IN ('complied', 'partly') OR EXISTS (
      SELECT 1 FROM supervision_answers a WHERE a.notice_id = n.id AND a.deleted_at IS NULL
        AND a.kind IN ('filed', 'withdrawn', 'corrected', 'partly')) AS complied
  FROM supervision_notices n JOIN supervision_matters m ON m.id = n.matter_id
  WHERE n.deleted_at IS NULL AND m.deleted_at IS NULL {{unit:n}} AND n.served_on {_IN}
)"""

_SUPERVISED = f"""
SELECT a.id AS id, n.matter_id AS case_id, instr('|' || m.tags || '|', '|juvenile|') > 0 AS juv,
  a.kind = 'filed' AND n.kind IN ('explain_non_filing', 'explain_overdue_filing',
                                  'notice_to_file') AS "supervision.filed",
  a.kind = 'withdrawn' AND n.kind IN ('explain_filing', 'notice_to_withdraw')
    AS "supervision.withdrawn"
FROM supervision_answers a
JOIN supervision_notices n ON n.id = a.notice_id
JOIN supervision_matters m ON m.id = n.matter_id
WHERE a.deleted_at IS NULL AND n.deleted_at IS NULL AND m.deleted_at IS NULL {{unit:a}}
  AND a.received_on {_IN} AND a.kind IN ('filed', 'withdrawn')"""

_PETITIONS = f"""
SELECT id, case_id, 0 AS juv, persons,
  received AS "petitions.received",
  received AS "petitions.received_persons",
  received AND channel = 'letter' AS "petitions.channel_letter",
  received AND channel = 'visit' AS "petitions.channel_visit",
  received AND channel = 'online' AS "petitions.channel_online",
  received AND channel = '12309' AS "petitions.channel_12309",
  received AND petition_type = 'accusation' AS "petitions.type_accusation",
  received AND petition_type = 'report' AS "petitions.type_report",
  received AND petition_type = 'appeal' AS "petitions.type_appeal",
  received AND petition_type = 'suggestion' AS "petitions.type_suggestion",
  received AND petition_type = 'enquiry' AS "petitions.type_enquiry",
  received AND first_reply <= date(received_on, '+7 days') AS "petitions.replied_7_days",
  received AND first_answer <= date(received_on, '+3 months') AS "petitions.replied_3_months",
  received AND repeat_of_id IS NOT NULL AS "petitions.repeat",
  closure = 'settled' AND closed_on {_IN} AS "petitions.settled",
  risk_level = :high AND received_on <= :open_end
    AND (closed_on IS NULL OR closed_on > :open_end) AS "petitions.open_high_risk"
FROM (
  SELECT p.id AS id, p.id AS case_id, p.petitioner_count AS persons, p.received_on,
    p.received_on {_IN} AS received, p.channel, p.petition_type, p.repeat_of_id,
    p.closure, p.closed_on, p.risk_level,
    (SELECT min(w.done_on) FROM petition_work w WHERE w.petition_id = p.id
       AND w.kind = 'reply' AND w.deleted_at IS NULL) AS first_reply,
    (SELECT min(w.done_on) FROM petition_work w WHERE w.petition_id = p.id
       AND w.kind = 'reply' AND w.reply_kind IN ('progress', 'result')
       AND w.deleted_at IS NULL) AS first_answer
  FROM petitions p
  WHERE p.deleted_at IS NULL {{unit:p}}
    AND (p.received_on {_IN} OR p.closed_on {_IN}
         OR (p.risk_level = :high AND p.received_on <= :open_end
             AND (p.closed_on IS NULL OR p.closed_on > :open_end)))
)"""

_HEARINGS = f"""
SELECT h.id AS id, h.id AS case_id, r.juvenile AS juv, 1 AS "hearings.arrest_review",
  0 AS "hearings.petitions"
FROM review_hearings h JOIN arrest_reviews r ON r.id = h.review_id
WHERE h.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:h}} AND h.held_on {_IN}
UNION ALL
SELECT w.id, w.id, 0, 0, 1
FROM petition_work w JOIN petitions p ON p.id = w.petition_id
WHERE w.deleted_at IS NULL AND p.deleted_at IS NULL {{unit:w}} AND w.kind = 'public_hearing'
  AND w.done_on {_IN}"""

# key -> how the figure aggregates its column: rows, distinct cases, or a sum of a column
_CASES = {"arrest.received_cases", "arrest.concluded_cases", "supervision.filed",
          "supervision.withdrawn"}
_SUMS = {"petitions.received_persons": "persons"}

STATEMENTS: tuple[str, ...] = (_RECEIVED, _CONCLUDED, _RECONSIDERATIONS, _RECEIPTS, _OMITTED,
                               _CUSTODY, _NOTICES, _SUPERVISED, _PETITIONS, _HEARINGS)


def _keys_of(statement: str) -> list[str]:
    import re

    return re.findall(r'AS "([a-z0-9_.]+)"', statement)


_STATEMENT_OF: dict[str, str] = {k: s for s in STATEMENTS for k in _keys_of(s)}


def _sql(statement: str, unit_code: str | None) -> str:
    import re

    cond = "" if unit_code is None else r"AND \1.unit_code = :unit"
    return re.sub(r"\{unit:(\w+)\}", cond, statement)


def _aggregate(key: str) -> tuple[str, str]:
    """The value and juvenile sub-count expressions of one key over its statement's rows."""
    col = f'"{key}"'
    if not BY_KEY[key].juvenile_subcount:  # no sub-count asked: do not compute one
        value, _ = _aggregate_with_juvenile(key, col)
        return value, "0"
    return _aggregate_with_juvenile(key, col)


def _aggregate_with_juvenile(key: str, col: str) -> tuple[str, str]:
    if key in _CASES:
        return (f"count(DISTINCT CASE WHEN {col} THEN case_id END)",
                f"count(DISTINCT CASE WHEN {col} AND juv THEN case_id END)")
    if key in _SUMS:
        return (f"coalesce(sum(CASE WHEN {col} THEN {_SUMS[key]} END), 0)",
                f"coalesce(sum(CASE WHEN {col} AND juv THEN {_SUMS[key]} END), 0)")
    # a flag may be NULL (no decision record): sum() skips it, as it should
    return f"coalesce(sum({col}), 0)", f"coalesce(sum({col} AND juv), 0)"


def _params(conn, period: Period, unit_code: str | None, today: date | None) -> dict:
    from desktop.services.petition_settings import read_levels

    end = period.end if today is None else min(period.end, today)
    return {"s": period.start.isoformat(), "e": period.end.isoformat(),
            "asof": today.isoformat() if today else _NEVER, "unit": unit_code,
            "high": read_levels(conn).codes[0], "open_end": end.isoformat()}


def read_denominator(conn) -> NonArrestDenominator:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (DENOMINATOR_KEY,)).fetchone()
    try:
        return NonArrestDenominator(row[0]) if row else NonArrestDenominator.CONCLUDED
    except ValueError:
        return NonArrestDenominator.CONCLUDED


def save_denominator(office, choice: str) -> None:
    """The office's choice of the 不捕率 denominator (an administrator's setting)."""
    if choice not in {c.value for c in NonArrestDenominator}:
        raise ValidationFailed([FieldError("non_arrest_denominator", "required",
                                           "concluded or decided")])
    with office.transaction(permissions.SETTINGS) as session:
        session.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", (DENOMINATOR_KEY, choice))


def indicators(conn, period: Period, *, unit_code: str | None = None, today: date | None = None,
               denominator: NonArrestDenominator | str | None = None) -> Report:
    """Every indicator of domain.indicators for `period`. `today` (the report's day) decides
    which receipts still missing are overdue and caps the day high-risk petitions are open on;
    without it, every missing receipt due in the period counts as overdue."""
    choice = NonArrestDenominator(denominator) if denominator else read_denominator(conn)
    params = _params(conn, period, unit_code, today)
    counts: dict[str, tuple[int, int]] = {}
    for statement in STATEMENTS:
        keys = _keys_of(statement)
        exprs = [e for k in keys for e in _aggregate(k)]
        row = conn.execute(f"SELECT {', '.join(exprs)} FROM ({_sql(statement, unit_code)})",
                           params).fetchone()
        for i, key in enumerate(keys):
            counts[key] = (int(row[2 * i]), int(row[2 * i + 1]))
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
    statement = _sql(_STATEMENT_OF[key], unit_code)
    column = "case_id" if key in _CASES else "id"
    rows = conn.execute(f'SELECT DISTINCT {column} FROM ({statement}) WHERE "{key}" '
                        f"ORDER BY {column}", _params(conn, period, unit_code, today))
    return [r[0] for r in rows]
