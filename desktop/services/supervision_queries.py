"""Read queries of the supervision register: plain SQL through the office's sqlite3
connection. The list pages like the arrest-review list (a count, pages of matter ids, rows in
blocks); a matter's detail carries its notices, what may follow each, the timeline and the
legal basis of every running deadline; `supervision_due_items` feeds the dashboard."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision_notices import DueKind, NoticeKind, NoticeState
from desktop.domain.text import normalize_search_text
from desktop.services.arrest_queries import AuditEntry, DueItem
from desktop.services.supervision_steps import facts_of
from desktop.services.unit_scope import unit_name_sql

KIND = "supervision"  # the dashboard's kind for supervision deadlines


@dataclass(frozen=True)
class SupervisionFilter:
    status: str = ""  # "open" | "closed" | "" (the matter)
    state: str = ""  # the current notice's state, or "overdue" (shown state)
    kind: str = ""  # the current notice's kind
    agency_id: str = ""
    overdue_only: bool = False  # a deadline of the matter has passed
    search: str = ""
    unit_code: str | None = None  # 单位: at an upper office, one unit's matters only


def _d(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _where(f: SupervisionFilter, today: date) -> tuple[str, list]:
    clauses, params = ["m.deleted_at IS NULL"], []
    if f.status:
        clauses.append("m.status = ?")
        params.append(f.status)
    if f.state == rules.OVERDUE:
        clauses += ["m.current_state = 'served'", "m.due_kind = 'reply'", "m.due_date < ?"]
        params.append(today.isoformat())
    elif f.state:
        clauses.append("m.current_state = ?")
        params.append(f.state)
    if f.kind:
        clauses.append("m.current_kind = ?")
        params.append(f.kind)
    if f.agency_id:
        clauses.append("m.police_agency_id = ?")
        params.append(f.agency_id)
    if f.unit_code:
        clauses.append("m.unit_code = ?")
        params.append(f.unit_code)
    if f.overdue_only:
        clauses.append("m.due_date < ?")
        params.append(today.isoformat())
    text = normalize_search_text(f.search)
    if len(text) >= 3:
        clauses.append("m.id IN (SELECT matter_id FROM supervision_fts "
                       "WHERE supervision_fts MATCH ?)")
        params.append('"' + text.replace('"', '""') + '"')
    elif text:
        # one or two characters (a Chinese name): a scan of 20,000 rows takes a few ms
        clauses.append("instr(m.search_text, ?) > 0")
        params.append(text)
    return " AND ".join(clauses), params


def count_matters(conn, f: SupervisionFilter = SupervisionFilter(), *, today: date) -> int:
    where, params = _where(f, today)
    return conn.execute(f"SELECT count(*) FROM supervision_matters m WHERE {where}",
                        params).fetchone()[0]


def list_page(conn, f: SupervisionFilter = SupervisionFilter(), *, today: date,
              offset: int = 0, limit: int = 200) -> list[str]:
    """Matter ids: running deadlines first, earliest first; then the rest, newest first."""
    where, params = _where(f, today)
    return [r[0] for r in conn.execute(
        f"SELECT m.id FROM supervision_matters m WHERE {where} "
        "ORDER BY m.due_date IS NULL, m.due_date, m.opened_on DESC, m.id LIMIT ? OFFSET ?",
        [*params, limit, offset])]


@dataclass(frozen=True)
class MatterRow:
    matter_id: str
    opened_on: date
    source: str
    area: str
    agency: str
    police_case_no: str
    party_name: str
    subject_name: str
    summary: str
    tags: str
    current_kind: str
    current_state: str  # shown: "overdue" when the reply period ran out
    due_kind: str
    due_date: date | None
    status: str
    officer_name: str
    unit_code: str = ""
    unit_name: str = ""


_ROW_SQL = (
    "SELECT m.id, m.opened_on, m.source, m.area, g.name, m.police_case_no, m.party_name, "
    "m.subject_name, m.summary, m.tags, m.current_kind, m.current_state, m.due_kind, "
    "m.due_date, m.status, u.display_name, m.unit_code, "
    f"{unit_name_sql('m')} FROM supervision_matters m "
    "LEFT JOIN police_agencies g ON g.id = m.police_agency_id "
    "LEFT JOIN users u ON u.id = m.officer_id")


def _row(r, today: date) -> MatterRow:
    due = _d(r[13])
    return MatterRow(r[0], _d(r[1]), r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8], r[9],
                     r[10], rules.shown_state(r[11], r[12], due, today), r[12], due, r[14],
                     r[15] or "", r[16], r[17])


def fetch_rows(conn, ids: list[str], *, today: date) -> dict[str, MatterRow]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: _row(r, today) for r in conn.execute(
        f"{_ROW_SQL} WHERE m.id IN ({marks})", ids)}


def matter_row(conn, matter_id: str, *, today: date) -> MatterRow | None:
    return fetch_rows(conn, [matter_id], today=today).get(matter_id)


@dataclass(frozen=True)
class AnswerRow:
    id: str
    kind: str
    received_on: date
    content: str
    late: bool
    decision_due: date | None
    decided_on: date | None
    decision: str
    decision_reasons: str


@dataclass(frozen=True)
class NoticeRow:
    id: str
    parent_id: str
    kind: str
    state: str  # stored
    shown_state: str  # "overdue" while a reply is late
    addressee: str
    content: str
    illegality_codes: str
    drafted_on: date
    approved_on: date | None
    approver: str
    served_on: date | None
    period_days: int | None
    period_months: int | None
    holiday_extension: bool
    due_kind: str
    due_start: date | None
    due_days: int | None
    due_months: int | None
    raw_end: date | None
    due_date: date | None
    answer: str
    case_filed_on: date | None
    assessment: str
    assessed_on: date | None
    assessment_reasons: str
    escalated_on: date | None
    reported_up: bool
    escalation_note: str
    closed_on: date | None
    note: str
    answers: list[AnswerRow] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # numbers issued for it
    follow_ups: tuple[str, ...] = ()  # NoticeKind values that may follow now
    may_report_up: bool = False
    objection_pending: bool = False

    def basis(self, *, english: bool = False) -> str:
        """The running deadline's legal basis, with what CPL 105 did to it."""
        if not self.due_kind or self.due_date is None:
            return ""
        from desktop.domain.deadlines import PeriodEnd

        period = rules.Period(self.due_days, self.due_months)
        end = PeriodEnd(raw=self.raw_end or self.due_date, due=self.due_date,
                        calendar_complete=True)
        return rules.basis_text(self.due_kind, self.kind, period, end,
                                extension_applied=self.holiday_extension, english=english)


_NOTICE_COLUMNS = (
    "id", "parent_id", "kind", "state", "addressee", "content", "illegality_codes",
    "drafted_on", "approved_on", "approver", "served_on", "period_days", "period_months",
    "holiday_extension", "due_kind", "due_start", "due_days", "due_months", "raw_end",
    "due_date", "answer", "case_filed_on", "assessment", "assessed_on", "assessment_reasons",
    "escalated_on", "reported_up", "escalation_note", "closed_on", "note")
_NOTICE_SQL = (f"SELECT {', '.join(_NOTICE_COLUMNS)} FROM supervision_notices "
               "WHERE deleted_at IS NULL")
_DATES = {"drafted_on", "approved_on", "served_on", "due_start", "raw_end", "due_date",
          "case_filed_on", "assessed_on", "escalated_on", "closed_on"}


def _notice(conn, r, today: date) -> NoticeRow:
    v = dict(zip(_NOTICE_COLUMNS, r))
    for name in _DATES:
        v[name] = _d(v[name])
    v["parent_id"] = v["parent_id"] or ""
    v["holiday_extension"], v["reported_up"] = bool(v["holiday_extension"]), \
        bool(v["reported_up"])
    answers = [AnswerRow(a[0], a[1], _d(a[2]), a[3], bool(a[4]), _d(a[5]), _d(a[6]), a[7],
                         a[8]) for a in conn.execute(
        "SELECT id, kind, received_on, content, late, decision_due, decided_on, decision, "
        "decision_reasons FROM supervision_answers WHERE notice_id = ? AND deleted_at IS NULL "
        "ORDER BY received_on, created_at", (v["id"],))]
    documents = [x[0] for x in conn.execute(
        "SELECT number FROM issued_documents WHERE subject_table = 'supervision_notices' "
        "AND subject_id = ? AND voided_at IS NULL AND deleted_at IS NULL ORDER BY issued_on",
        (v["id"],))]
    pending = any(a.decision_due is not None and not a.decision for a in answers)
    facts = facts_of(v["kind"], v["state"], v["due_kind"], v["due_date"], v["answer"],
                     v["assessment"], pending, today)
    return NoticeRow(
        **v, shown_state=rules.shown_state(v["state"], v["due_kind"], v["due_date"], today),
        answers=answers, documents=documents,
        follow_ups=tuple(k.value for k in rules.follow_ups(facts)),
        may_report_up=rules.may_report_up(facts), objection_pending=pending)


def notice_row(conn, notice_id: str, *, today: date) -> NoticeRow | None:
    r = conn.execute(_NOTICE_SQL + " AND id = ?", (notice_id,)).fetchone()
    return _notice(conn, r, today) if r else None


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    event: str  # opened, drafted, approved, served, due, answer, assessed, decision_due,
    #             decided, escalated, reported_up, closed, matter_closed
    notice_kind: str
    value: str  # the answer, assessment or decision code; the approver; the document number
    text: str  # free text recorded with it
    notice_id: str = ""


@dataclass(frozen=True)
class MatterDetail:
    row: MatterRow
    request_case_no: str
    person_name: str
    closed_on: date | None
    result: str
    notices: list[NoticeRow]
    timeline: list[TimelineEvent]

    def notice(self, notice_id: str) -> NoticeRow | None:
        return next((n for n in self.notices if n.id == notice_id), None)


def _timeline(row: MatterRow, notices: list[NoticeRow], closed_on, result) -> list:
    ev = [TimelineEvent(row.opened_on, "opened", "", row.source, row.summary)]
    for n in notices:
        add = ev.append
        add(TimelineEvent(n.drafted_on, "drafted", n.kind, "", n.content, n.id))
        if n.kind == NoticeKind.ORAL_CORRECTION.value:
            ev.pop()
            add(TimelineEvent(n.drafted_on, "oral", n.kind, "", n.content, n.id))
        elif n.approved_on:
            add(TimelineEvent(n.approved_on, "approved", n.kind, n.approver, "", n.id))
        if n.served_on and n.kind != NoticeKind.ORAL_CORRECTION.value:
            add(TimelineEvent(n.served_on, "served", n.kind, ", ".join(n.documents),
                              n.addressee, n.id))
        for a in n.answers:
            add(TimelineEvent(a.received_on, "answer", n.kind, a.kind, a.content, n.id))
            if a.decided_on:
                add(TimelineEvent(a.decided_on, "decided", n.kind, a.decision,
                                  a.decision_reasons, n.id))
        if n.assessed_on:
            add(TimelineEvent(n.assessed_on, "assessed", n.kind, n.assessment,
                              n.assessment_reasons, n.id))
        if n.escalated_on:
            add(TimelineEvent(n.escalated_on, "reported_up" if n.reported_up else "escalated",
                              n.kind, "", n.escalation_note, n.id))
        if n.closed_on:
            add(TimelineEvent(n.closed_on, "closed", n.kind, "", n.note, n.id))
        if n.due_kind and n.due_date and n.state != NoticeState.CLOSED.value:
            add(TimelineEvent(n.due_date, "due", n.kind, n.due_kind, "", n.id))
    if closed_on:
        ev.append(TimelineEvent(closed_on, "matter_closed", "", "", result))
    order = {e: i for i, e in enumerate(
        ("opened", "drafted", "oral", "approved", "served", "answer", "decided", "assessed",
         "escalated", "reported_up", "closed", "due", "matter_closed"))}
    return sorted(ev, key=lambda e: (e.day, order[e.event]))


def matter_detail(conn, matter_id: str, *, today: date) -> MatterDetail | None:
    row = matter_row(conn, matter_id, today=today)
    if row is None:
        return None
    extra = conn.execute(
        "SELECT q.police_case_no, p.name, m.closed_on, m.result FROM supervision_matters m "
        "LEFT JOIN arrest_requests q ON q.id = m.request_id "
        "LEFT JOIN persons p ON p.id = m.person_id WHERE m.id = ?", (matter_id,)).fetchone()
    notices = [_notice(conn, r, today) for r in conn.execute(
        _NOTICE_SQL + " AND matter_id = ? ORDER BY drafted_on, created_at, id", (matter_id,))]
    closed_on = _d(extra[2])
    return MatterDetail(row, extra[0] or "", extra[1] or "", closed_on, extra[3], notices,
                        _timeline(row, notices, closed_on, extra[3]))


def supervision_due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Every running supervision deadline overdue or due by today + within_days, earliest
    first: police replies, telling the victim, our 复议 / 复查 decisions, the upper office's
    复核, the 3-month progress check. `detail` is "<due kind>:<notice kind>", which the
    dashboard names in the user's language; `basis` is the Chinese legal basis."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    items = []
    for r in conn.execute(
            "SELECT n.id, n.matter_id, n.kind, n.due_kind, n.due_date, n.due_start, n.raw_end, "
            "n.due_days, n.due_months, n.holiday_extension, m.police_case_no, "
            "m.party_name, m.subject_name, g.name "
            "FROM supervision_notices n JOIN supervision_matters m ON m.id = n.matter_id "
            "LEFT JOIN police_agencies g ON g.id = m.police_agency_id "
            "WHERE n.deleted_at IS NULL AND n.due_date IS NOT NULL AND n.due_date <= ? "
            "AND n.state != 'closed' AND m.status = 'open' AND m.deleted_at IS NULL "
            "ORDER BY n.due_date, n.id", (horizon,)):
        names = "、".join(x for x in (r[11], r[12]) if x)
        title = "  ".join(x for x in (r[13] or "", r[10], names) if x)
        items.append(DueItem(KIND, r[1], title, f"{r[3]}:{r[2]}", date.fromisoformat(r[4]),
                             _basis(r), r[1]))
    return items


def _basis(r) -> str:
    return _basis_of(r[3], r[2], r[7], r[8], r[6] or r[4], r[4], bool(r[9]))


@lru_cache(maxsize=4096)
def _basis_of(due_kind, kind, days, months, raw, due, extension) -> str:
    """Many deadlines share their basis text (same kind, period and days): build each once."""
    from desktop.domain.deadlines import PeriodEnd

    end = PeriodEnd(raw=date.fromisoformat(raw), due=date.fromisoformat(due),
                    calendar_complete=True)
    return rules.basis_text(due_kind, kind, rules.Period(days, months), end,
                            extension_applied=extension)


def audit_history(conn, matter_id: str) -> list[AuditEntry]:
    """The audit entries of a matter, its notices and their answers, oldest first."""
    ids = [matter_id]
    notice_ids = [r[0] for r in conn.execute(
        "SELECT id FROM supervision_notices WHERE matter_id = ?", (matter_id,))]
    ids += notice_ids
    if notice_ids:
        marks = ",".join("?" * len(notice_ids))
        ids += [r[0] for r in conn.execute(
            f"SELECT id FROM supervision_answers WHERE notice_id IN ({marks})", notice_ids)]
    marks = ",".join("?" * len(ids))
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(
        "SELECT at, user_name, action, table_name, version, detail FROM audit_log "
        f"WHERE row_id IN ({marks}) ORDER BY id", ids)]


def matter_choices(conn, unit_code: str | None = None) -> dict:
    """What the new-matter dialog offers: police agencies and recent arrest requests, of unit
    `unit_code` (this office's, for a new matter; every unit's when None, for a filter)."""
    agencies = [tuple(r) for r in conn.execute(
        "SELECT id, name FROM police_agencies WHERE deleted_at IS NULL "
        "AND (? IS NULL OR unit_code = ?) ORDER BY name", (unit_code, unit_code))]
    requests = [tuple(r) for r in conn.execute(
        "SELECT id, police_case_no FROM arrest_requests WHERE deleted_at IS NULL "
        "AND (? IS NULL OR unit_code = ?) ORDER BY received_date DESC LIMIT 200",
        (unit_code, unit_code))]
    return {"agencies": agencies, "requests": requests}


def request_persons(conn, request_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the suspects of an arrest request, for linking a matter."""
    if not request_id:
        return []
    return [tuple(r) for r in conn.execute(
        "SELECT p.id, p.name FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
        "WHERE v.request_id = ? AND v.deleted_at IS NULL ORDER BY v.position", (request_id,))]


def start_from_arrest_review(conn, review_id: str) -> dict | None:
    """What a matter opened from an arrest review starts with (illegality found while
    reviewing, CPL 100): the request, its police agency and case number, the suspect."""
    row = conn.execute(
        "SELECT q.id, q.police_agency_id, q.police_case_no, p.id, p.name "
        "FROM arrest_reviews v JOIN arrest_requests q ON q.id = v.request_id "
        "JOIN persons p ON p.id = v.person_id WHERE v.id = ? AND v.deleted_at IS NULL",
        (review_id,)).fetchone()
    if row is None:
        return None
    return {"source": "arrest_review", "area": "investigation", "request_id": row[0],
            "request_label": row[2], "police_agency_id": row[1], "police_case_no": row[2],
            "person_id": row[3], "subject_name": row[4]}


def start_from_petition(conn, petition_id: str) -> dict | None:
    """What a matter opened from a petition starts with (a complaint that the police did not
    file a case, forwarded by 控告申诉检察, RPR 558): the petitioner as the complaining party,
    the petition's summary, its arrest request and that request's police agency if linked."""
    row = conn.execute(
        "SELECT p.summary, p.request_id, q.police_agency_id, q.police_case_no, "
        "(SELECT name FROM petitioners r WHERE r.petition_id = p.id AND r.deleted_at IS NULL "
        " ORDER BY r.position LIMIT 1) FROM petitions p "
        "LEFT JOIN arrest_requests q ON q.id = p.request_id "
        "WHERE p.id = ? AND p.deleted_at IS NULL", (petition_id,)).fetchone()
    if row is None:
        return None
    start = {"source": "petition", "area": "case_filing", "party_name": row[4] or "",
             "summary": row[0]}
    if row[1]:
        start.update(request_id=row[1], request_label=row[3], police_agency_id=row[2],
                     police_case_no=row[3])
    return start
