"""Read queries for custody-necessity reviews: plain SQL through the office's sqlite3
connection. A unit has tens of such cases a year, so the list is read whole and the UI filters
it further with a proxy model (STYLE habit 3: short lists)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain.custody_review import CustodyStatus
from desktop.services.arrest_queries import DueItem
from desktop.services.unit_scope import unit_name_sql

KIND = "custody_review"


@dataclass(frozen=True)
class CustodyFilter:
    open_only: bool = False
    overdue_only: bool = False
    source: str | None = None  # a StartSource value
    unit_code: str | None = None  # 单位: at an upper office, one unit's reviews only


@dataclass(frozen=True)
class CustodyRow:
    review_id: str
    police_case_no: str
    person_name: str
    source: str
    stage: str
    started_on: date
    status: str  # stored status
    shown_status: str  # "no_reply" while a recommendation's reply is overdue
    due_kind: str
    due_date: date | None
    officer_name: str
    unit_code: str = ""
    unit_name: str = ""


def _d(value) -> date | None:
    return date.fromisoformat(value) if value else None


def shown_status(status: str, due_kind: str, due_date: date | None, today: date) -> str:
    """No reply (逾期未回复) is read from the dates, not stored: a recommendation whose reply
    period ran out shows as such until the reply or the correction is recorded."""
    if status == CustodyStatus.RECOMMENDED.value and due_kind == "reply" and due_date \
            and due_date < today:
        return CustodyStatus.NO_REPLY.value
    return status


_SELECT = (
    "SELECT c.id, r.police_case_no, p.name, c.source, c.stage, c.started_on, c.status, "
    "c.due_kind, c.due_date, u.display_name, c.unit_code, "
    f"{unit_name_sql('c')} FROM custody_reviews c "
    "JOIN arrest_requests r ON r.id = c.request_id JOIN persons p ON p.id = c.person_id "
    "LEFT JOIN users u ON u.id = c.officer_id WHERE c.deleted_at IS NULL")


def _row(r, today: date) -> CustodyRow:
    due = _d(r[8])
    return CustodyRow(r[0], r[1], r[2], r[3], r[4], _d(r[5]), r[6],
                      shown_status(r[6], r[7], due, today), r[7], due, r[9] or "", r[10],
                      r[11])


def list_reviews(conn, f: CustodyFilter = CustodyFilter(), *, today: date) -> list[CustodyRow]:
    """Running deadlines first, earliest first; then the rest, newest first."""
    sql, params = _SELECT, []
    if f.open_only:
        sql += " AND c.status != ?"
        params.append(CustodyStatus.CLOSED.value)
    if f.overdue_only:
        sql += " AND c.due_date < ?"
        params.append(today.isoformat())
    if f.source:
        sql += " AND c.source = ?"
        params.append(f.source)
    if f.unit_code:
        sql += " AND c.unit_code = ?"
        params.append(f.unit_code)
    sql += " ORDER BY c.due_date IS NULL, c.due_date, c.started_on DESC, c.id"
    return [_row(r, today) for r in conn.execute(sql, params)]


def review_row(conn, review_id: str, *, today: date) -> CustodyRow | None:
    r = conn.execute(_SELECT + " AND c.id = ?", (review_id,)).fetchone()
    return _row(r, today) if r else None


def custody_due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Open custody-review deadlines overdue or due by today + within_days, earliest first.
    `detail` is the deadline's code (decision, decision_prosecution, reply, notice): the
    dashboard names it in the user's language."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    return [
        DueItem(kind=KIND, record_id=r[0], title=f"{r[1]}  {r[2]}", detail=r[3],
                due_date=date.fromisoformat(r[4]))
        for r in conn.execute(
            "SELECT c.id, q.police_case_no, p.name, c.due_kind, c.due_date "
            "FROM custody_reviews c JOIN arrest_requests q ON q.id = c.request_id "
            "JOIN persons p ON p.id = c.person_id WHERE c.deleted_at IS NULL "
            "AND c.status != 'closed' AND c.due_date IS NOT NULL AND c.due_date <= ? "
            "ORDER BY c.due_date, c.id", (horizon,))
    ]


@dataclass(frozen=True)
class ArrestedSuspect:
    arrest_review_id: str
    person_name: str
    police_case_no: str
    decided_on: date
    police_agency: str
    has_open_review: bool


def arrested_suspects(conn) -> list[ArrestedSuspect]:
    """Suspects whose arrest was approved: the ones a review can be started for."""
    return [ArrestedSuspect(r[0], r[1], r[2], _d(r[3]), r[4] or "", bool(r[5])) for r in
            conn.execute(
                "SELECT a.id, p.name, q.police_case_no, a.decided_on, g.name, "
                "EXISTS (SELECT 1 FROM custody_reviews c WHERE c.arrest_review_id = a.id "
                "        AND c.status != 'closed' AND c.deleted_at IS NULL) "
                "FROM arrest_reviews a JOIN persons p ON p.id = a.person_id "
                "JOIN arrest_requests q ON q.id = a.request_id "
                "LEFT JOIN police_agencies g ON g.id = q.police_agency_id "
                "WHERE a.status = 'approved' AND a.decided_on IS NOT NULL "
                "AND a.deleted_at IS NULL ORDER BY a.decided_on DESC, p.name")]


@dataclass(frozen=True)
class Recommendation:
    id: str
    measure: str
    addressee: str
    served_on: date
    reply_raw_end: date
    reply_due: date
    in_custody_period: bool
    reasons: str
    document_no: str
    replies: list = field(default_factory=list)  # (received_on, outcome, measure, content, late)
    escalations: list = field(default_factory=list)  # (issued_on, method, content, doc no)


@dataclass(frozen=True)
class CustodyDetail:
    row: CustodyRow
    applicant_kind: str
    applicant_name: str
    grounds: str
    evidence: str
    decision: str
    decided_on: date | None
    reasons: str
    raw_end: date | None
    in_custody_period: bool
    closed_on: date | None
    note: str
    police_agency: str
    answers: dict  # factor code -> (present, facts)
    recommendations: list[Recommendation]
    notices: list  # (notified_on, recipient, content, document_no)


def review_detail(conn, review_id: str, *, today: date) -> CustodyDetail | None:
    row = review_row(conn, review_id, today=today)
    if row is None:
        return None
    c = conn.execute(
        "SELECT c.applicant_kind, c.applicant_name, c.grounds, c.evidence, c.decision, "
        "c.decided_on, c.reasons, c.raw_end, c.in_custody_period, c.closed_on, c.note, g.name "
        "FROM custody_reviews c JOIN arrest_requests q ON q.id = c.request_id "
        "LEFT JOIN police_agencies g ON g.id = q.police_agency_id WHERE c.id = ?",
        (review_id,)).fetchone()
    answers = {r[0]: (bool(r[1]), r[2]) for r in conn.execute(
        "SELECT factor_code, present, facts FROM custody_checklist_answers "
        "WHERE review_id = ? AND deleted_at IS NULL", (review_id,))}
    recs = []
    for r in conn.execute(
            "SELECT id, measure, addressee, served_on, reply_raw_end, reply_due, "
            "in_custody_period, reasons, document_no FROM custody_recommendations "
            "WHERE review_id = ? AND deleted_at IS NULL ORDER BY served_on, created_at",
            (review_id,)):
        replies = [(_d(x[0]), x[1], x[2], x[3], bool(x[4])) for x in conn.execute(
            "SELECT received_on, outcome, measure_taken, content, late FROM custody_replies "
            "WHERE recommendation_id = ? AND deleted_at IS NULL ORDER BY received_on", (r[0],))]
        escalations = [(_d(x[0]), x[1], x[2], x[3]) for x in conn.execute(
            "SELECT issued_on, method, content, document_no FROM custody_escalations "
            "WHERE recommendation_id = ? AND deleted_at IS NULL ORDER BY issued_on", (r[0],))]
        recs.append(Recommendation(r[0], r[1], r[2], _d(r[3]), _d(r[4]), _d(r[5]), bool(r[6]),
                                   r[7], r[8], replies, escalations))
    notices = [(_d(x[0]), x[1], x[2], x[3]) for x in conn.execute(
        "SELECT notified_on, recipient, content, document_no FROM custody_result_notices "
        "WHERE review_id = ? AND deleted_at IS NULL ORDER BY notified_on", (review_id,))]
    return CustodyDetail(row, c[0], c[1], c[2], c[3], c[4], _d(c[5]), c[6], _d(c[7]),
                         bool(c[8]), _d(c[9]), c[10], c[11] or "", answers, recs, notices)
