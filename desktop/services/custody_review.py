"""Custody-necessity review (羁押必要性审查) use cases: each public function validates with the
domain rules and writes in one transaction; change capture writes the outbox and the audit
chain. Errors are `ValidationFailed` with coded `FieldError`s the UI shows at the field.

start → (checklist) → recommend | decide not to → reply | escalate → result notice → close
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import permissions
from desktop.domain import custody_review as rules
from desktop.domain.custody_factors import FACTORS_BY_CODE
from desktop.domain.custody_review import (CustodyStatus, Measure, ReplyOutcome, StartSource,
                                           Applicant, Stage)
from desktop.services.custody_settings import read_settings
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office


@dataclass
class StartInput:
    arrest_review_id: str
    source: str  # StartSource value
    started_on: date  # filed on own motion, or the application/suggestion received
    stage: str = Stage.INVESTIGATION.value
    applicant_kind: str = ""  # Applicant value, for an application
    applicant_name: str = ""
    grounds: str = ""
    evidence: str = ""
    note: str = ""


@dataclass
class RecommendationInput:
    measure: str  # Measure value
    addressee: str  # 办案机关
    served_on: date
    reasons: str
    document_no: str = ""


@dataclass
class ReplyInput:
    received_on: date
    outcome: str  # ReplyOutcome value
    measure_taken: str = ""  # Measure value, or "" when custody continues
    content: str = ""


@dataclass
class EscalationInput:
    issued_on: date
    method: str = "纠正违法通知书"
    content: str = ""
    document_no: str = ""


@dataclass
class NoticeInput:
    notified_on: date
    recipient: str
    content: str = ""
    document_no: str = ""


def _fail(field_name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(field_name, code, message, params)])


def _check_date(errors, field_name, value, today, *, not_before=None, label=""):
    if value is None:
        errors.append(FieldError(field_name, "required", f"{field_name} is required"))
    elif value > today:
        errors.append(FieldError(field_name, "date.future", f"{field_name} is in the future"))
    elif not_before is not None and value < not_before:
        errors.append(FieldError(field_name, "custody.date_too_early",
                                 f"{field_name} is before {label}", {"date": not_before}))


def _enum_ok(enum, value) -> bool:
    return value in {m.value for m in enum}


def _load(session, review_id: str):
    from desktop.store.custody_models import CustodyReview

    review = session.get(CustodyReview, review_id)
    if review is None or review.deleted_at is not None:
        raise NotFound(f"custody review {review_id}")
    return review


def _move(review, new: CustodyStatus) -> None:
    try:
        rules.check_transition(review.status, new)
    except rules.InvalidTransition as exc:
        _fail("status", "custody.invalid_transition", str(exc), old=exc.old.value,
              new=exc.new.value)
    review.status = new.value


def _set_due(review, rule: rules.DeadlineRule | None, start: date | None, settings) -> None:
    if rule is None:
        review.due_kind, review.raw_end, review.due_date = "", None, None
        return
    end = rules.deadline(rule, start, settings)
    review.due_kind, review.raw_end, review.due_date = rule.code, end.raw, end.due
    review.in_custody_period = rules.is_custody_period(rule, settings)


def _latest_recommendation(session, review_id: str):
    from sqlalchemy import select

    from desktop.store.custody_models import CustodyRecommendation

    return session.scalars(select(CustodyRecommendation).where(
        CustodyRecommendation.review_id == review_id,
        CustodyRecommendation.deleted_at.is_(None))
        .order_by(CustodyRecommendation.served_on.desc(),
                  CustodyRecommendation.created_at.desc())).first()


# -- start ---------------------------------------------------------------------------------
def start_review(office: Office, data: StartInput, *, today: date) -> str:
    """Register a review of an arrested suspect; returns its id. Only a suspect whose arrest
    was approved (status "approved" with a decision date) can be reviewed."""
    conn = office.reader
    errors: list[FieldError] = []
    arrest = conn.execute(
        "SELECT status, decided_on, request_id, person_id FROM arrest_reviews "
        "WHERE id = ? AND deleted_at IS NULL", (data.arrest_review_id,)).fetchone()
    decided = None
    if arrest is None:
        errors.append(FieldError("arrest_review", "required", "choose the arrested suspect"))
    elif arrest[0] != "approved" or not arrest[1]:
        errors.append(FieldError("arrest_review", "custody.not_arrested",
                                 "this suspect's arrest was not approved"))
    else:
        decided = date.fromisoformat(arrest[1])
        if conn.execute("SELECT 1 FROM custody_reviews WHERE arrest_review_id = ? AND "
                        "status != 'closed' AND deleted_at IS NULL",
                        (data.arrest_review_id,)).fetchone():
            errors.append(FieldError("arrest_review", "custody.already_open",
                                     "a review of this suspect is still open"))
    if not _enum_ok(StartSource, data.source):
        errors.append(FieldError("source", "required", "choose how the review started"))
    if not _enum_ok(Stage, data.stage):
        errors.append(FieldError("stage", "required", "choose the stage"))
    _check_date(errors, "started_on", data.started_on, today, not_before=decided,
                label="the arrest")
    if data.source == StartSource.APPLICATION.value:
        if not _enum_ok(Applicant, data.applicant_kind):
            errors.append(FieldError("applicant_kind", "required", "who applied?"))
        if not data.applicant_name.strip():
            errors.append(FieldError("applicant_name", "required", "the applicant's name"))
    if data.source in (StartSource.APPLICATION.value, StartSource.DETENTION_CENTRE.value) \
            and not data.grounds.strip():
        errors.append(FieldError("grounds", "required", "the grounds given"))
    if errors:
        raise ValidationFailed(errors)
    settings = read_settings(conn)
    from desktop.store.custody_models import CustodyReview

    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = CustodyReview(
            arrest_review_id=data.arrest_review_id, request_id=arrest[2], person_id=arrest[3],
            officer_id=office.user_id, source=data.source, stage=data.stage,
            started_on=data.started_on, applicant_kind=data.applicant_kind
            if data.source == StartSource.APPLICATION.value else "",
            applicant_name=data.applicant_name.strip()
            if data.source == StartSource.APPLICATION.value else "",
            grounds=data.grounds.strip(), evidence=data.evidence.strip(),
            status=CustodyStatus.REGISTERED.value, note=data.note.strip(),
            in_custody_period=settings.custody_periods)
        if data.source == StartSource.APPLICATION.value:
            _set_due(review, rules.decision_rule(data.stage), data.started_on, settings)
        session.add(review)
        session.flush()
        return review.id


# -- review ----------------------------------------------------------------------------------
def record_checklist(office: Office, review_id: str, answers: dict[str, tuple[bool, str]],
                     *, today: date) -> None:
    """Save the factor checklist ({code: (present, facts)}); the case is then under review."""
    unknown = [code for code in answers if code not in FACTORS_BY_CODE]
    if unknown:
        _fail("checklist", "custody.unknown_factor", f"unknown factors {unknown}",
              codes=",".join(unknown))
    from sqlalchemy import select

    from desktop.store.custody_models import CustodyChecklistAnswer

    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        if review.status not in (CustodyStatus.REGISTERED.value,
                                 CustodyStatus.UNDER_REVIEW.value):
            _fail("checklist", "custody.decided", "the review is already decided")
        existing = {a.factor_code: a for a in session.scalars(select(CustodyChecklistAnswer)
                    .where(CustodyChecklistAnswer.review_id == review_id))}
        for code, (present, facts) in answers.items():
            answer = existing.get(code)
            if answer is None:
                if not present and not facts.strip():
                    continue
                session.add(CustodyChecklistAnswer(review_id=review_id, factor_code=code,
                                                   present=bool(present), facts=facts.strip()))
            else:
                answer.present, answer.facts = bool(present), facts.strip()
        _move(review, CustodyStatus.UNDER_REVIEW)


def recommend(office: Office, review_id: str, data: RecommendationInput, *, today: date) -> str:
    """Record the 释放或者变更强制措施建议书 served; the 10-day reply starts. Returns its id."""
    from desktop.store.custody_models import CustodyRecommendation

    settings = read_settings(office.reader)
    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        errors: list[FieldError] = []
        if not _enum_ok(Measure, data.measure):
            errors.append(FieldError("measure", "required", "choose the measure recommended"))
        if not data.addressee.strip():
            errors.append(FieldError("addressee", "required", "to whom is it addressed?"))
        if not data.reasons.strip():
            errors.append(FieldError("reasons", "required", "give the reasons"))
        _check_date(errors, "served_on", data.served_on, today, not_before=review.started_on,
                    label="the start of the review")
        if errors:
            raise ValidationFailed(errors)
        _move(review, CustodyStatus.RECOMMENDED)
        end = rules.deadline(rules.REPLY, data.served_on, settings)
        rec = CustodyRecommendation(
            review_id=review_id, measure=data.measure, addressee=data.addressee.strip(),
            served_on=data.served_on, reply_days=settings.reply_days, reply_raw_end=end.raw,
            reply_due=end.due, in_custody_period=settings.custody_periods,
            reasons=data.reasons.strip(), document_no=data.document_no.strip())
        session.add(rec)
        review.decision, review.decided_on = "recommend", data.served_on
        review.reasons = data.reasons.strip()
        _set_due(review, rules.REPLY, data.served_on, settings)
        session.flush()
        return rec.id


def decide_not_to_recommend(office: Office, review_id: str, *, decided_on: date, reasons: str,
                            today: date) -> None:
    """Custody is still needed: no recommendation. An applicant is then owed the reasons."""
    settings = read_settings(office.reader)
    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        errors: list[FieldError] = []
        if not reasons.strip():
            errors.append(FieldError("reasons", "required", "give the reasons"))
        _check_date(errors, "decided_on", decided_on, today, not_before=review.started_on,
                    label="the start of the review")
        if errors:
            raise ValidationFailed(errors)
        _move(review, CustodyStatus.NOT_RECOMMENDED)
        review.decision, review.decided_on, review.reasons = "not_recommend", decided_on, \
            reasons.strip()
        _set_due(review, rules.NOTICE if rules.needs_result_notice(review.source) else None,
                 decided_on, settings)


def record_reply(office: Office, review_id: str, data: ReplyInput, *, today: date) -> str:
    """The body's reply to the recommendation (adopted, not adopted, partly)."""
    from desktop.store.custody_models import CustodyReply

    settings = read_settings(office.reader)
    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        rec = _latest_recommendation(session, review_id)
        if rec is None:
            _fail("status", "custody.no_recommendation", "no recommendation was made")
        errors: list[FieldError] = []
        if not _enum_ok(ReplyOutcome, data.outcome):
            errors.append(FieldError("outcome", "required", "choose the outcome"))
        if data.measure_taken and not _enum_ok(Measure, data.measure_taken):
            errors.append(FieldError("measure_taken", "required", "unknown measure"))
        _check_date(errors, "received_on", data.received_on, today, not_before=rec.served_on,
                    label="the recommendation was served")
        if errors:
            raise ValidationFailed(errors)
        _move(review, CustodyStatus.REPLIED)
        reply = CustodyReply(recommendation_id=rec.id, received_on=data.received_on,
                             outcome=data.outcome, measure_taken=data.measure_taken,
                             content=data.content.strip(), late=data.received_on > rec.reply_due)
        session.add(reply)
        _set_due(review, rules.NOTICE if rules.needs_result_notice(review.source) else None,
                 data.received_on, settings)
        session.flush()
        return reply.id


def escalate(office: Office, review_id: str, data: EscalationInput, *, today: date) -> str:
    """纠正 (RPR 581): only once the reply period has run out without a reply."""
    from desktop.store.custody_models import CustodyEscalation

    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        rec = _latest_recommendation(session, review_id)
        if rec is None:
            _fail("status", "custody.no_recommendation", "no recommendation was made")
        errors: list[FieldError] = []
        _check_date(errors, "issued_on", data.issued_on, today)
        if not errors and data.issued_on <= rec.reply_due:
            errors.append(FieldError("issued_on", "custody.reply_not_overdue",
                                     "the reply period has not run out yet",
                                     {"date": rec.reply_due}))
        if errors:
            raise ValidationFailed(errors)
        _move(review, CustodyStatus.ESCALATED)
        esc = CustodyEscalation(recommendation_id=rec.id, issued_on=data.issued_on,
                                method=data.method.strip(), content=data.content.strip(),
                                document_no=data.document_no.strip())
        session.add(esc)
        _set_due(review, None, None, None)
        session.flush()
        return esc.id


def record_result_notice(office: Office, review_id: str, data: NoticeInput, *,
                         today: date) -> str:
    """羁押必要性审查结果通知书 (RPR 582), for a review started on an application."""
    from desktop.store.custody_models import CustodyResultNotice

    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        if not rules.needs_result_notice(review.source):
            _fail("status", "custody.no_applicant", "only an applicant is notified")
        if review.status not in (CustodyStatus.NOT_RECOMMENDED.value,
                                 CustodyStatus.REPLIED.value, CustodyStatus.ESCALATED.value):
            _fail("status", "custody.no_outcome_yet", "the outcome is not known yet")
        errors: list[FieldError] = []
        if not data.recipient.strip():
            errors.append(FieldError("recipient", "required", "who is notified?"))
        _check_date(errors, "notified_on", data.notified_on, today,
                    not_before=review.decided_on, label="the decision")
        if errors:
            raise ValidationFailed(errors)
        notice = CustodyResultNotice(review_id=review_id, notified_on=data.notified_on,
                                     recipient=data.recipient.strip(),
                                     content=data.content.strip(),
                                     document_no=data.document_no.strip())
        session.add(notice)
        if review.due_kind == rules.NOTICE.code:
            _set_due(review, None, None, None)
        session.flush()
        return notice.id


def close_review(office: Office, review_id: str, *, closed_on: date, note: str = "",
                 today: date) -> None:
    """Close the case. An applicant must have had the written result first; a case closed
    before any decision (e.g. the application withdrawn) needs a note saying why."""
    with office.transaction(permissions.CUSTODY_REVIEW) as session:
        review = _load(session, review_id)
        _move(review, CustodyStatus.CLOSED)  # refused before anything else is looked at
        errors: list[FieldError] = []
        _check_date(errors, "closed_on", closed_on, today, not_before=review.started_on,
                    label="the start of the review")
        undecided = not review.decision
        if undecided and not note.strip():
            errors.append(FieldError("note", "required", "say why the case closes undecided"))
        if not undecided and rules.needs_result_notice(review.source) and not \
                session.connection().exec_driver_sql(
                    "SELECT 1 FROM custody_result_notices WHERE review_id = ? AND "
                    "deleted_at IS NULL", (review_id,)).fetchone():
            errors.append(FieldError("status", "custody.notice_missing",
                                     "the applicant has not been told the result"))
        if errors:
            raise ValidationFailed(errors)  # the session rolls the status back
        review.closed_on = closed_on
        if note.strip():
            review.note = (review.note + "\n" + note.strip()).strip()
        _set_due(review, None, None, None)
