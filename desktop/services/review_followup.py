"""After the decision (DOMAIN §1.7–1.9): the police's receipt, 复议 and 复核, the omitted
suspect of RPR 288 and re-submission after supplementary investigation. One transaction each;
every deadline comes from domain.review_deadlines."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import permissions
from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.review_deadlines import Step, receipt_deadline, step_deadline
from desktop.domain.review_decision import ROLE_CHIEF, DecisionKind, parse_roles
from desktop.services.arrest_register import (
    RegistrationInput,
    insert_request,
    validate_registration,
)
from desktop.services.arrest_review import load_review
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.review_decisions import require_decision

RECONSIDERATION = "reconsideration"  # 复议
UPPER_REVIEW = "upper_review"  # 复核
OUTCOMES = ("upheld", "changed")  # 维持 / 变更


def _fail(field_name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(field_name, code, message, params)])


def _not_future(field_name: str, value: date | None, today: date) -> None:
    if value is None:
        _fail(field_name, "required", f"{field_name} is required")
    if value > today:
        _fail(field_name, "date.future", f"{field_name} is in the future")


# -- receipts -----------------------------------------------------------------------------
def record_receipt(office: Office, receipt_id: str, *, received_on: date, executed: bool,
                   executed_on: date | None = None, not_executed_reason: str = "",
                   today: date) -> None:
    """The police's receipt: executed (with the day), or not executed with the reason."""
    from desktop.store.review_models import ExecutionReceipt

    _not_future("received_on", received_on, today)
    if executed:
        _not_future("executed_on", executed_on, today)
    elif not not_executed_reason.strip():
        _fail("not_executed_reason", "required", "say why it was not executed")
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(ExecutionReceipt, receipt_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(f"receipt {receipt_id}")
        if executed and executed_on < row.served_on:
            _fail("executed_on", "date.before_served", "executed before the decision was served")
        row.executed, row.received_on = executed, received_on
        row.executed_on = executed_on if executed else None
        row.not_executed_reason = "" if executed else not_executed_reason.strip()
        if executed and row.step == Step.RECEIPT.value:
            row.due_date = receipt_deadline(approved=True, served_on=row.served_on,
                                            executed_on=executed_on).due


def record_served(office: Office, receipt_id: str, served_on: date, *, today: date) -> None:
    """Correct the day the decision reached the police; the receipt's due date follows."""
    from desktop.store.review_models import ExecutionReceipt

    _not_future("served_on", served_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(ExecutionReceipt, receipt_id)
        if row is None or row.received_on is not None:
            raise NotFound(f"open receipt {receipt_id}")
        row.served_on = served_on
        row.due_date = receipt_deadline(approved=row.step == Step.RECEIPT.value,
                                        served_on=served_on).due
        decision = _decision_row(session, row.decision_id)
        if decision.withdrawal_due is not None:  # RPR 287 counts from the same receipt
            decision.withdrawal_due = step_deadline(Step.WITHDRAWAL_FOLLOW_UP, served_on).due


def _decision_row(session, decision_id: str):
    from desktop.store.review_models import ReviewDecision

    return session.get(ReviewDecision, decision_id)


def record_police_withdrawal(office: Office, review_id: str, *, withdrawn_on: date,
                             today: date) -> None:
    """The police withdrew the case or ended the investigation of this suspect after a
    refusal for no crime (RPR 287); the 15-day follow-up closes."""
    _not_future("withdrawn_on", withdrawn_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        decision = require_decision(session, review_id, DecisionKind.REFUSE)
        if decision.withdrawal_due is None:
            _fail("ground", "withdrawal.not_no_crime",
                  "only a refusal for no crime asks the police to withdraw")
        decision.withdrawn_on = withdrawn_on


# -- 复议 and 复核 --------------------------------------------------------------------------
@dataclass
class ReconsiderationInput:
    decision_received_on: date  # the police received the refusal (or the 复议 decision)
    requested_on: date  # the request and file reached the deciding office
    grounds: str = ""


def _open(session, review_id: str, kind: str):
    from sqlalchemy import select

    from desktop.store.review_models import Reconsideration

    return session.scalars(select(Reconsideration).where(
        Reconsideration.review_id == review_id, Reconsideration.kind == kind,
        Reconsideration.deleted_at.is_(None))).all()


def _add_request(session, review_id, kind, data, request_step, decision_step):
    from desktop.store.review_models import Reconsideration

    if data.requested_on < data.decision_received_on:
        _fail("requested_on", "date.before_received", "requested before the decision arrived")
    limit = step_deadline(request_step, data.decision_received_on)
    row = Reconsideration(
        review_id=review_id, kind=kind, decision_received_on=data.decision_received_on,
        requested_on=data.requested_on, request_late=data.requested_on > limit.due,
        due_date=step_deadline(decision_step, data.requested_on).due,
        grounds=data.grounds.strip(), decided_by="", outcome="", reasons="")
    session.add(row)
    session.flush()
    return row.id


def request_reconsideration(office: Office, review_id: str, data: ReconsiderationInput, *,
                            today: date) -> str:
    """The police ask this office to reconsider a refusal (要求复议). A request later than
    5 days is recorded and flagged (`request_late`)."""
    _not_future("requested_on", data.requested_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        review = load_review(session, review_id)
        if review.status != ReviewStatus.REFUSED.value:
            _fail("status", "reconsideration.not_refused", "only a refusal can be reconsidered")
        if _open(session, review_id, RECONSIDERATION):
            _fail("review", "reconsideration.exists", "this refusal is already reconsidered")
        return _add_request(session, review_id, RECONSIDERATION, data,
                            Step.RECONSIDERATION_REQUEST, Step.RECONSIDERATION_DECISION)


def _chief(session, user_id: str, basis: str):
    from desktop.store.models import User

    chief = session.get(User, user_id) if user_id else None
    if chief is None or ROLE_CHIEF not in parse_roles(chief.roles):
        _fail("chief_approved_by", "approval.chief_required",
              f"the chief procurator approves this ({basis})")
    return chief


def decide_reconsideration(office: Office, reconsideration_id: str, *, outcome: str,
                           reasons: str, chief_approved_by: str, today: date) -> None:
    """The 复议 decision: reviewed by an officer other than the one who proposed the refusal
    (另行指派) and decided by the chief procurator (RPR 290). Reasons are required when the
    refusal is upheld (RPR 291 ¶2)."""
    from desktop.store.review_models import Reconsideration

    if outcome not in OUTCOMES:
        _fail("outcome", "invalid", f"unknown outcome {outcome}")
    if outcome == "upheld" and not reasons.strip():
        _fail("reasons", "required", "an upheld refusal states its reasons")
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(Reconsideration, reconsideration_id)
        if row is None or row.kind != RECONSIDERATION or row.decided_on is not None:
            raise NotFound(f"open reconsideration {reconsideration_id}")
        decision = require_decision(session, row.review_id, DecisionKind.REFUSE)
        if office.user_id == decision.proposed_by:
            _fail("decider", "reconsideration.same_officer",
                  "the officer who handled the refusal may not decide its reconsideration")
        row.chief_approved_by = _chief(session, chief_approved_by, "RPR 290").id
        row.decider_id, row.decided_on = office.user_id, today
        row.outcome, row.reasons = outcome, reasons.strip()
        if outcome == "changed":
            _open_execution(session, row.review_id, decision.id, today)


def _open_execution(session, review_id: str, decision_id: str, served_on: date) -> None:
    """A refusal changed on 复议 or 复核 becomes an arrest to execute: the review now shows as
    approved (the list and the statistics follow), and its receipt is tracked like any
    approval's. The refusal itself stays in its decision record, the change in this one."""
    from desktop.domain.arrest_review import check_transition
    from desktop.store.review_models import ExecutionReceipt

    review = load_review(session, review_id)
    check_transition(review.status, ReviewStatus.APPROVED)
    review.status = ReviewStatus.APPROVED.value

    deadline = receipt_deadline(approved=True, served_on=served_on)
    session.add(ExecutionReceipt(review_id=review_id, decision_id=decision_id,
                                 step=deadline.step.value, served_on=served_on,
                                 due_date=deadline.due, not_executed_reason=""))


def request_upper_review(office: Office, review_id: str, data: ReconsiderationInput, *,
                         today: date) -> str:
    """The police ask the upper office to review (提请复核) an upheld 复议; recorded here, the
    upper office decides (the sync issue carries it up)."""
    _not_future("requested_on", data.requested_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        load_review(session, review_id)
        upheld = [r for r in _open(session, review_id, RECONSIDERATION) if r.outcome == "upheld"]
        if not upheld:
            _fail("review", "upper_review.no_upheld_reconsideration",
                  "复核 follows a reconsideration that upheld the refusal")
        if _open(session, review_id, UPPER_REVIEW):
            _fail("review", "upper_review.exists", "复核 is already recorded")
        return _add_request(session, review_id, UPPER_REVIEW, data,
                            Step.UPPER_REVIEW_REQUEST, Step.UPPER_REVIEW_DECISION)


def record_upper_review_answer(office: Office, upper_review_id: str, *, decided_on: date,
                               decided_by: str, outcome: str, reasons: str = "",
                               today: date) -> None:
    from desktop.store.review_models import Reconsideration

    _not_future("decided_on", decided_on, today)
    if outcome not in OUTCOMES:
        _fail("outcome", "invalid", f"unknown outcome {outcome}")
    if not decided_by.strip():
        _fail("decided_by", "required", "name the upper office")
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(Reconsideration, upper_review_id)
        if row is None or row.kind != UPPER_REVIEW or row.decided_on is not None:
            raise NotFound(f"open upper review {upper_review_id}")
        answer_upper_review(session, row, decided_on=decided_on, decided_by=decided_by,
                            outcome=outcome, reasons=reasons)


def answer_upper_review(session, row, *, decided_on: date, decided_by: str, outcome: str,
                        reasons: str) -> None:
    """The upper office's 复核 answer on the unit's open request `row`, inside the caller's
    transaction: typed in by the officer, or arrived with the upper office's decision in an
    acknowledgement (services/upper_receive.py). A changed refusal opens the execution."""
    row.decided_on, row.decided_by = decided_on, decided_by.strip()
    row.outcome, row.reasons = outcome, reasons.strip()
    if outcome == "changed":
        decision = require_decision(session, row.review_id, DecisionKind.REFUSE)
        _open_execution(session, row.review_id, decision.id, decided_on)


# -- RPR 288: a suspect the police left out -----------------------------------------------
@dataclass
class OmittedSuspectInput:
    suspect_name: str
    reasons: str
    chief_approved_by: str  # user id of the chief procurator who approved the demand
    demanded_on: date
    id_number: str = ""


def demand_arrest_request(office: Office, request_id: str, data: OmittedSuspectInput, *,
                          today: date) -> str:
    """Require the police to request the arrest of an omitted suspect (要求公安机关提请批准逮捕),
    with the chief procurator's approval; returns the demand's id."""
    from desktop.store.models import ArrestRequest
    from desktop.store.review_models import OmittedSuspectDemand

    errors = [FieldError(n, "required", f"{n} is required")
              for n in ("suspect_name", "reasons") if not getattr(data, n).strip()]
    if errors:
        raise ValidationFailed(errors)
    _not_future("demanded_on", data.demanded_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        if session.get(ArrestRequest, request_id) is None:
            raise NotFound(f"request {request_id}")
        chief = _chief(session, data.chief_approved_by, "RPR 288")
        row = OmittedSuspectDemand(
            request_id=request_id, suspect_name=data.suspect_name.strip(),
            id_number=data.id_number.strip(), reasons=data.reasons.strip(),
            chief_approved_by=chief.id, demanded_on=data.demanded_on,
            due_date=step_deadline(Step.OMITTED_FOLLOW_UP, data.demanded_on).due,
            police_answer="", police_reasons="")
        session.add(row)
        session.flush()
        return row.id


def record_police_answer(office: Office, demand_id: str, *, answer: str, answered_on: date,
                         reasons: str = "", new_request_id: str | None = None,
                         today: date) -> None:
    """The police will request (their new request linked when it comes) or decline."""
    from desktop.store.models import ArrestRequest
    from desktop.store.review_models import OmittedSuspectDemand

    if answer not in ("will_request", "declined"):
        _fail("answer", "invalid", f"unknown answer {answer}")
    _not_future("answered_on", answered_on, today)
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(OmittedSuspectDemand, demand_id)
        if row is None:
            raise NotFound(f"demand {demand_id}")
        row.police_answer, row.answered_on = answer, answered_on
        row.police_reasons = reasons.strip()
        if new_request_id:
            if session.get(ArrestRequest, new_request_id) is None:
                raise NotFound(f"request {new_request_id}")
            row.new_request_id = new_request_id


def record_direct_decision(office: Office, demand_id: str, *, decided_on: date,
                           today: date) -> None:
    """The procuratorate decides arrest itself (逮捕决定书) when the police decline, or do not
    answer by the follow-up day."""
    from desktop.store.review_models import OmittedSuspectDemand

    _not_future("decided_on", decided_on, today)
    with office.transaction(permissions.APPROVE) as session:  # the 检察长's decision
        row = session.get(OmittedSuspectDemand, demand_id)
        if row is None:
            raise NotFound(f"demand {demand_id}")
        silent = row.police_answer == "" and decided_on > row.due_date
        if row.police_answer != "declined" and not silent:
            _fail("police_answer", "omitted.police_not_declined",
                  "decide directly only when the police decline or do not answer")
        row.direct_decision_on = decided_on


# -- re-submission ------------------------------------------------------------------------
def register_resubmission(office: Office, previous_request_id: str, data: RegistrationInput,
                          *, today: date) -> str:
    """A new request after supplementary investigation (补充侦查后重新提请), linked to the
    refused one; the police do not ask for reconsideration in that case (RPR 292)."""
    from desktop.store.models import ArrestRequest
    from desktop.store.review_models import RequestLink

    errors = validate_registration(office, data, today=today)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REGISTER_REQUEST) as session:
        previous = session.get(ArrestRequest, previous_request_id)
        if previous is None or previous.deleted_at is not None:
            raise NotFound(f"request {previous_request_id}")
        if not any(r.status == ReviewStatus.REFUSED.value for r in previous.reviews):
            _fail("previous_request_id", "resubmission.not_refused",
                  "only a refused request is re-submitted")
        new_id = insert_request(session, data, today=today)
        session.add(RequestLink(request_id=new_id, previous_request_id=previous_request_id,
                                reason="resubmission"))
        session.flush()
        return new_id
