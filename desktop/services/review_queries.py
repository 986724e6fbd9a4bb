"""Read queries over the review workflow (plain sqlite3 on `Office.reader`): the open steps
after a decision for the dashboard, and the timeline of one request."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.arrest_review import (
    LIMIT_DETAINED,
    LIMIT_MAJOR_COMPLEX,
    LIMIT_NOT_DETAINED,
)
from desktop.domain.review_deadlines import STEP_BASIS, Step

LIMIT_BASIS = {lim.code: lim.basis for lim in (LIMIT_DETAINED, LIMIT_NOT_DETAINED,
                                              LIMIT_MAJOR_COMPLEX)}

# Chinese labels of the steps (the UI translates by kind; these are for titles and exports).
STEP_LABELS_ZH = {
    "received": "受理提请批准逮捕",
    "review_due": "审查逮捕期限",
    "interrogation": "讯问犯罪嫌疑人",
    "hearing": "听取犯罪嫌疑人意见",
    "opinion_form": "送达听取犯罪嫌疑人意见书",
    "counsel_opinion": "听取辩护律师意见",
    "review_hearing": "审查逮捕听证",
    "proposed": "提出审查意见",
    "sent_back": "退回审查",
    "decided": "作出决定",
    Step.RECEIPT.value: "执行回执",
    Step.RELEASE_RECEIPT.value: "释放回执",
    Step.RECONSIDERATION_DECISION.value: "复议决定",
    Step.UPPER_REVIEW_DECISION.value: "复核决定（上一级院）",
    Step.OMITTED_FOLLOW_UP.value: "要求提请批准逮捕的答复",
    Step.WITHDRAWAL_FOLLOW_UP.value: "撤销案件或者终止侦查",
    "direct_decision": "直接作出逮捕决定",
    "resubmitted_from": "补充侦查后重新提请（原提请）",
    "resubmitted_as": "补充侦查后重新提请（新提请）",
}


def _d(value) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


@dataclass(frozen=True)
class OpenStep:
    kind: str  # a review_deadlines.Step value
    record_id: str  # the step's own record
    request_id: str
    police_case_no: str
    suspect: str
    due_date: date
    basis: str


_OPEN_STEPS = (
    # (name, SQL giving: record id, step kind, request id, suspect, due date, case no)
    ("receipt",
     "SELECT x.id, x.step, v.request_id, p.name, x.due_date, r.police_case_no "
     "FROM execution_receipts x JOIN arrest_reviews v ON v.id = x.review_id "
     "JOIN persons p ON p.id = v.person_id JOIN arrest_requests r ON r.id = v.request_id "
     "WHERE x.received_on IS NULL AND x.deleted_at IS NULL AND x.due_date <= ?"),
    ("reconsideration",
     "SELECT x.id, CASE x.kind WHEN 'reconsideration' THEN 'reconsideration_decision' "
     "ELSE 'upper_review_decision' END, v.request_id, p.name, x.due_date, r.police_case_no "
     "FROM reconsiderations x JOIN arrest_reviews v ON v.id = x.review_id "
     "JOIN persons p ON p.id = v.person_id JOIN arrest_requests r ON r.id = v.request_id "
     "WHERE x.decided_on IS NULL AND x.deleted_at IS NULL AND x.due_date <= ?"),
    ("omitted",
     "SELECT x.id, 'omitted_follow_up', x.request_id, x.suspect_name, x.due_date, "
     "r.police_case_no FROM omitted_suspect_demands x "
     "JOIN arrest_requests r ON r.id = x.request_id WHERE x.deleted_at IS NULL AND x.direct_decision_on IS "
     "NULL AND x.new_request_id IS NULL AND x.police_answer IN ('', 'declined') "
     "AND x.due_date <= ?"),
    ("withdrawal",
     "SELECT x.id, 'withdrawal_follow_up', v.request_id, p.name, x.withdrawal_due, "
     "r.police_case_no FROM review_decisions x JOIN arrest_reviews v ON v.id = x.review_id "
     "JOIN persons p ON p.id = v.person_id JOIN arrest_requests r ON r.id = v.request_id "
     "WHERE x.state = 'approved' AND x.deleted_at IS NULL AND x.withdrawn_on IS NULL "
     "AND NOT EXISTS (SELECT 1 FROM reconsiderations c WHERE c.review_id = x.review_id "
     "AND c.deleted_at IS NULL) AND x.withdrawal_due <= ?"),
)


def open_steps(conn, *, until: date) -> list[OpenStep]:
    """Every open step after a decision whose deadline is on or before `until`."""
    out = []
    for _, sql in _OPEN_STEPS:
        for rid, kind, request_id, suspect, due, case_no in conn.execute(
                sql, (until.isoformat(),)):
            out.append(OpenStep(kind, rid, request_id, case_no, suspect, _d(due),
                                STEP_BASIS[Step(kind)]))
    return sorted(out, key=lambda s: (s.due_date, s.kind, s.record_id))


@dataclass(frozen=True)
class TimelineStep:
    kind: str  # see STEP_LABELS_ZH
    label: str  # Chinese
    review_id: str | None
    suspect: str
    on: date | None  # when it happened (None: not yet)
    due: date | None  # its deadline, if it has one
    basis: str
    detail: str = ""

    @property
    def done(self) -> bool:
        return self.on is not None


def _step(kind, review_id, suspect, on, due=None, basis="", detail="") -> TimelineStep:
    return TimelineStep(kind, STEP_LABELS_ZH.get(kind, kind), review_id, suspect, _d(on),
                        _d(due), basis, detail)


def timeline(conn, request_id: str) -> list[TimelineStep]:
    """Every step of a request with its date and deadline, oldest first; open steps (no date
    yet) sort by their deadline."""
    req = conn.execute("SELECT received_date FROM arrest_requests WHERE id = ?",
                       (request_id,)).fetchone()
    if req is None:
        return []
    steps = [_step("received", None, "", req[0])]
    reviews = conn.execute(
        "SELECT v.id, p.name, v.due_date, v.limit_code, v.decided_on, v.status "
        "FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
        "WHERE v.request_id = ? AND v.deleted_at IS NULL ORDER BY v.position",
        (request_id,)).fetchall()
    for rid, name, due, limit_code, decided_on, status in reviews:
        steps += _review_steps(conn, rid, name)
        steps.append(_step("review_due", rid, name, decided_on, due,
                           LIMIT_BASIS.get(limit_code, ""), status))
    for row in conn.execute(
            "SELECT demanded_on, due_date, suspect_name, police_answer, answered_on, "
            "direct_decision_on FROM omitted_suspect_demands WHERE request_id = ? "
            "AND deleted_at IS NULL", (request_id,)):
        steps.append(_step(Step.OMITTED_FOLLOW_UP.value, None, row[2], row[4], row[1],
                           STEP_BASIS[Step.OMITTED_FOLLOW_UP], row[3] or "pending"))
        if row[5]:
            steps.append(_step("direct_decision", None, row[2], row[5]))
    for (prev, on) in conn.execute(
            "SELECT l.previous_request_id, r.received_date FROM request_links l "
            "JOIN arrest_requests r ON r.id = l.request_id WHERE l.request_id = ?",
            (request_id,)):
        steps.append(_step("resubmitted_from", None, "", on, detail=prev))
    for (new, on) in conn.execute(
            "SELECT l.request_id, r.received_date FROM request_links l "
            "JOIN arrest_requests r ON r.id = l.request_id WHERE l.previous_request_id = ?",
            (request_id,)):
        steps.append(_step("resubmitted_as", None, "", on, detail=new))
    return sorted(steps, key=lambda s: ((s.on or s.due or date.max), s.on is None))


def _review_steps(conn, review_id: str, name: str) -> list[TimelineStep]:
    out = []
    for kind, held_on, returned_on in conn.execute(
            "SELECT kind, held_on, returned_on FROM review_interrogations WHERE review_id = ? "
            "AND deleted_at IS NULL", (review_id,)):
        out.append(_step(kind, review_id, name, held_on,
                         detail=f"returned {returned_on}" if returned_on else ""))
    for heard_on, counsel in conn.execute(
            "SELECT heard_on, counsel_name FROM counsel_opinions WHERE review_id = ? "
            "AND deleted_at IS NULL", (review_id,)):
        out.append(_step("counsel_opinion", review_id, name, heard_on, detail=counsel))
    for (held_on,) in conn.execute("SELECT held_on FROM review_hearings WHERE review_id = ? "
                                   "AND deleted_at IS NULL", (review_id,)):
        out.append(_step("review_hearing", review_id, name, held_on))
    for kind, ground, state, proposed_on, approved_on, self_approved, late in conn.execute(
            "SELECT kind, ground, state, proposed_on, approved_on, self_approved, late "
            "FROM review_decisions WHERE review_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at", (review_id,)):
        out.append(_step("proposed", review_id, name, proposed_on, detail=f"{kind}:{ground}"))
        if state == "sent_back":
            out.append(_step("sent_back", review_id, name, approved_on))
        elif state == "approved":
            flags = ",".join(f for f, on in (("self_approved", self_approved),
                                              ("late", late)) if on)
            out.append(_step("decided", review_id, name, approved_on,
                             detail=f"{kind}:{ground}" + (f" [{flags}]" if flags else "")))
    for due, withdrawn_on in conn.execute(
            "SELECT withdrawal_due, withdrawn_on FROM review_decisions WHERE review_id = ? "
            "AND state = 'approved' AND withdrawal_due IS NOT NULL AND deleted_at IS NULL",
            (review_id,)):
        out.append(_step(Step.WITHDRAWAL_FOLLOW_UP.value, review_id, name, withdrawn_on, due,
                         STEP_BASIS[Step.WITHDRAWAL_FOLLOW_UP]))
    for step, due, received_on, executed in conn.execute(
            "SELECT step, due_date, received_on, executed FROM execution_receipts "
            "WHERE review_id = ? AND deleted_at IS NULL", (review_id,)):
        detail = "" if executed is None else ("executed" if executed else "not_executed")
        out.append(_step(step, review_id, name, received_on, due, STEP_BASIS[Step(step)],
                         detail))
    for kind, requested_on, due, decided_on, outcome, late in conn.execute(
            "SELECT kind, requested_on, due_date, decided_on, outcome, request_late "
            "FROM reconsiderations WHERE review_id = ? AND deleted_at IS NULL", (review_id,)):
        step = Step.RECONSIDERATION_DECISION if kind == "reconsideration" \
            else Step.UPPER_REVIEW_DECISION
        detail = outcome + (" [request_late]" if late else "")
        out.append(_step(step.value, review_id, name, decided_on, due, STEP_BASIS[step],
                         detail))
    return out
