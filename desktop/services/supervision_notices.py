"""The notices of a supervision matter, step by step (DOMAIN.md §3.2–3.3): draft, approve,
serve (the police's period starts from the 送达回证 date), the police's answers, our assessment
of an explanation, our decision on a 复议 / 复查 request (and the upper office's 复核), the next
notice of the chain, the report to the upper office, closing; and oral corrections, logged.
Each public function is one transaction; the domain says what may happen when."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision import MatterStatus
from desktop.domain.supervision_illegality import join_codes
from desktop.domain.supervision_notices import (Assessment, Decision, DueKind, NoticeFacts,
                                                NoticeKind, NoticeState, PoliceAnswer)
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.supervision_register import check_date, load_matter
from desktop.services.supervision_settings import read_settings

_EXPLAIN = (NoticeKind.EXPLAIN_NON_FILING, NoticeKind.EXPLAIN_FILING,
            NoticeKind.EXPLAIN_OVERDUE_FILING)


@dataclass
class DraftInput:
    kind: str  # NoticeKind value
    drafted_on: date
    content: str  # facts, reasons, what is asked
    parent_id: str = ""  # the notice this one follows in its chain
    addressee: str = ""  # default: the police agency, or the victim for an opinion
    illegality_codes: list[str] = field(default_factory=list)  # 纠正违法: RPR 567 codes
    period_days: int | None = None  # 纠正违法: the period the notice sets


@dataclass
class AnswerInput:
    kind: str  # PoliceAnswer value
    received_on: date
    content: str = ""
    case_filed_on: date | None = None  # for "filed": the police's filing date


def _fail(name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(name, code, message, params)])


def _load(session, notice_id: str):
    from desktop.store.supervision_models import SupervisionNotice

    notice = session.get(SupervisionNotice, notice_id)
    if notice is None or notice.deleted_at is not None:
        raise NotFound(f"supervision notice {notice_id}")
    return notice


def _answers(session, notice_id: str) -> list:
    from sqlalchemy import select

    from desktop.store.supervision_models import SupervisionAnswer

    return list(session.scalars(select(SupervisionAnswer).where(
        SupervisionAnswer.notice_id == notice_id, SupervisionAnswer.deleted_at.is_(None))
        .order_by(SupervisionAnswer.received_on, SupervisionAnswer.created_at)))


def facts_of(kind, state, due_kind, due_date, answer, assessment, pending: bool,
             today: date) -> NoticeFacts:
    """The chain rules' view of a notice (also used by the read queries)."""
    running = state in (NoticeState.SERVED.value, NoticeState.REPLIED.value)
    return NoticeFacts(
        kind=NoticeKind(kind), state=NoticeState(state),
        answer=PoliceAnswer(answer) if answer else None,
        assessment=Assessment(assessment) if assessment else None,
        reply_overdue=running and due_kind == DueKind.REPLY.value and due_date is not None
        and due_date < today,
        objection_pending=pending,
        progress_due_passed=due_kind == DueKind.PROGRESS.value and due_date is not None
        and due_date < today)


def _facts(session, notice, today: date) -> NoticeFacts:
    pending = any(a.decision_due is not None and not a.decision
                  for a in _answers(session, notice.id))
    return facts_of(notice.kind, notice.state, notice.due_kind, notice.due_date, notice.answer,
                    notice.assessment, pending, today)


def _move(notice, new: NoticeState) -> None:
    try:
        rules.check_transition(notice.state, new)
    except rules.InvalidTransition as exc:
        _fail("state", "supervision.invalid_transition", str(exc), old=exc.old.value,
              new=exc.new.value)
    notice.state = new.value


def _set_due(notice, due_kind: DueKind | None, start: date | None = None,
             period: rules.Period | None = None, *, police: bool = True, settings=None) -> None:
    if due_kind is None:
        notice.due_kind, notice.due_start, notice.raw_end, notice.due_date = "", None, None, None
        notice.due_days = notice.due_months = None
        return
    if police:
        end = rules.police_deadline(start, period, settings)
        notice.holiday_extension = settings.holiday_extension
    else:
        end = rules.own_deadline(start, period)
        notice.holiday_extension = True
    notice.due_kind, notice.due_start = due_kind.value, start
    notice.raw_end, notice.due_date = end.raw, end.due
    notice.due_days, notice.due_months = period.days, period.months
    if due_kind is DueKind.REPLY:
        notice.period_days, notice.period_months = period.days, period.months


def _finish(session, notice) -> None:
    from desktop.services.supervision_state import refresh_matter

    refresh_matter(session, load_matter(session, notice.matter_id))


def _agency_name(session, matter) -> str:
    return session.connection().exec_driver_sql(
        "SELECT name FROM police_agencies WHERE id = ?", (matter.police_agency_id,)).scalar() or ""


# -- drafting ------------------------------------------------------------------------------
def draft_notice(office: Office, matter_id: str, data: DraftInput, *, today: date) -> str:
    """Draft a notice: a matter's first one, or the next of a chain (`parent_id`). Returns its
    id. The notice it follows escalates (or, for an opinion to the victim, closes)."""
    from desktop.store.supervision_models import SupervisionNotice

    settings = read_settings(office.reader)
    with office.transaction() as session:
        matter = load_matter(session, matter_id)
        errors: list[FieldError] = []
        if matter.status != MatterStatus.OPEN.value:
            _fail("status", "supervision.matter_closed", "the matter is closed")
        try:
            kind = NoticeKind(data.kind)
        except ValueError:
            _fail("kind", "required", "choose the kind of notice")
        if kind is NoticeKind.ORAL_CORRECTION:
            _fail("kind", "supervision.oral_is_logged", "oral corrections are logged")
        parent = None
        if data.parent_id:
            parent = _load(session, data.parent_id)
            if parent.matter_id != matter_id:
                _fail("parent_id", "supervision.other_matter", "the notice is of another matter")
            if kind not in rules.follow_ups(_facts(session, parent, today)):
                _fail("kind", "supervision.not_next", f"{kind.value} cannot follow now",
                      kind=kind.value, parent=parent.kind)
        elif kind not in rules.STARTING_KINDS:
            _fail("kind", "supervision.needs_parent", f"{kind.value} only follows a notice",
                  kind=kind.value)
        spec = rules.spec(kind)
        check_date(errors, "drafted_on", data.drafted_on, today, not_before=matter.opened_on)
        if not data.content.strip():
            errors.append(FieldError("content", "required", "give the facts and reasons"))
        addressee = data.addressee.strip() or (_agency_name(session, matter) if spec.to_police
                                               else matter.party_name)
        if not addressee:
            errors.append(FieldError("addressee", "required", "to whom is it addressed?"))
        codes = ""
        if kind is NoticeKind.CORRECTION:
            try:
                codes = join_codes(data.illegality_codes)
            except ValueError:
                codes = ""
            if not codes:
                errors.append(FieldError("illegality_codes", "supervision.no_illegality",
                                         "name at least one kind of illegality (RPR 567)"))
            days = data.period_days or settings.correction_days
            if not isinstance(days, int) or not 1 <= days <= 90:
                errors.append(FieldError("period_days", "supervision.days_range",
                                         "a number of days from 1 to 90"))
        if errors:
            raise ValidationFailed(errors)
        notice = SupervisionNotice(
            matter_id=matter_id, parent_id=parent.id if parent else None, kind=kind.value,
            state=NoticeState.DRAFTED.value, addressee=addressee, content=data.content.strip(),
            illegality_codes=codes, drafted_on=data.drafted_on, approver="",
            holiday_extension=settings.holiday_extension, due_kind="", answer="",
            assessment="", assessment_reasons="", reported_up=False, escalation_note="",
            note="", period_days=(data.period_days or settings.correction_days)
            if kind is NoticeKind.CORRECTION else None)
        session.add(notice)
        if parent is not None:
            after = rules.parent_state_after(kind)
            if kind in (NoticeKind.NON_FILING_OPINION, NoticeKind.FILING_OPINION):
                # the 10 days to tell the victim move from the explanation to this notice
                _set_due(notice, DueKind.TELL_VICTIM, parent.assessed_on,
                         rules.Period(days=settings.tell_victim_days), police=False)
            if after is not None:
                _move(parent, after)
                if after is NoticeState.ESCALATED:
                    parent.escalated_on = data.drafted_on
                else:
                    parent.closed_on = data.drafted_on
            _set_due(parent, None)
        _finish(session, notice)
        return notice.id


def log_oral_correction(office: Office, matter_id: str, *, given_on: date, content: str,
                        illegality_codes: list[str] = (), addressee: str = "",
                        today: date) -> str:
    """口头纠正 (RPR 552, minor illegality): logged as given on the day, no document, no
    period; the police's correction (or refusal) may be recorded as an answer."""
    from desktop.store.supervision_models import SupervisionNotice

    with office.transaction() as session:
        matter = load_matter(session, matter_id)
        if matter.status != MatterStatus.OPEN.value:
            _fail("status", "supervision.matter_closed", "the matter is closed")
        errors: list[FieldError] = []
        check_date(errors, "given_on", given_on, today, not_before=matter.opened_on)
        if not content.strip():
            errors.append(FieldError("content", "required", "what was said, to whom"))
        try:
            codes = join_codes(list(illegality_codes))
        except ValueError:
            codes = ""
            errors.append(FieldError("illegality_codes", "supervision.no_illegality",
                                     "unknown kind of illegality"))
        if errors:
            raise ValidationFailed(errors)
        notice = SupervisionNotice(
            matter_id=matter_id, kind=NoticeKind.ORAL_CORRECTION.value,
            state=NoticeState.SERVED.value,
            addressee=addressee.strip() or _agency_name(session, matter),
            content=content.strip(), illegality_codes=codes, drafted_on=given_on,
            approved_on=given_on, approver="", served_on=given_on, holiday_extension=True,
            due_kind="", answer="", assessment="", assessment_reasons="", reported_up=False,
            escalation_note="", note="")
        session.add(notice)
        _finish(session, notice)
        return notice.id


# -- approval and service ------------------------------------------------------------------
def approve_notice(office: Office, notice_id: str, *, approved_on: date, approver: str,
                   today: date) -> None:
    """审批: the chief procurator for 通知立案, 通知撤销案件 and 纠正违法 (rules.NEEDS_CHIEF)."""
    with office.transaction() as session:
        notice = _load(session, notice_id)
        _move(notice, NoticeState.APPROVED)
        errors: list[FieldError] = []
        check_date(errors, "approved_on", approved_on, today, not_before=notice.drafted_on)
        if not approver.strip():
            errors.append(FieldError("approver", "required", "who approved it?"))
        if errors:
            raise ValidationFailed(errors)
        notice.approved_on, notice.approver = approved_on, approver.strip()
        _finish(session, notice)


def serve_notice(office: Office, notice_id: str, *, served_on: date, today: date) -> None:
    """送达: the date on the 送达回证. The police's period runs from it. An opinion to the
    victim ends with its service."""
    settings = read_settings(office.reader)
    with office.transaction() as session:
        notice = _load(session, notice_id)
        _move(notice, NoticeState.SERVED)
        errors: list[FieldError] = []
        check_date(errors, "served_on", served_on, today, not_before=notice.approved_on)
        if errors:
            raise ValidationFailed(errors)
        notice.served_on = served_on
        period = rules.reply_period(notice.kind, settings, notice.period_days)
        if period is not None:
            _set_due(notice, DueKind.REPLY, served_on, period, settings=settings)
        else:
            _set_due(notice, None)
        if not rules.spec(notice.kind).to_police:
            _move(notice, NoticeState.CLOSED)
            notice.closed_on = served_on
        _finish(session, notice)


# -- the police's answers --------------------------------------------------------------------
def record_answer(office: Office, notice_id: str, data: AnswerInput, *, today: date) -> str:
    """An answer of the police; returns its id. A 复议 / 复核 / 复查 request starts the period
    for the decision it asks for; a filing under a 通知立案书 starts the 3-month tracker."""
    from desktop.store.supervision_models import SupervisionAnswer

    settings = read_settings(office.reader)
    with office.transaction() as session:
        notice = _load(session, notice_id)
        try:
            answer = PoliceAnswer(data.kind)
        except ValueError:
            _fail("kind", "required", "choose the answer")
        if answer not in rules.answers_for(notice.kind):
            _fail("kind", "supervision.answer_not_for_kind", f"{answer.value} does not answer "
                  f"{notice.kind}", answer=answer.value, kind=notice.kind)
        if notice.served_on is None:
            _fail("state", "supervision.not_served", "the notice has not been served")
        if any(a.decision_due is not None and not a.decision
               for a in _answers(session, notice_id)) and answer is not PoliceAnswer.UPPER_REVIEW:
            _fail("kind", "supervision.objection_pending",
                  "a 复议 / 复查 request is waiting for its decision")
        new = rules.ANSWER_STATE[answer]
        if new.value != notice.state or new is not NoticeState.REPLIED:
            # replied → replied is a further answer (复核 after 复议, another progress
            # report); any other state is reached once
            _move(notice, new)
        errors: list[FieldError] = []
        check_date(errors, "received_on", data.received_on, today, not_before=notice.served_on)
        if answer is PoliceAnswer.FILED:
            check_date(errors, "case_filed_on", data.case_filed_on, today)
            if data.case_filed_on and data.received_on and data.case_filed_on > data.received_on:
                errors.append(FieldError("case_filed_on", "supervision.filed_after_answer",
                                         "filed after the answer came?"))
        if errors:
            raise ValidationFailed(errors)
        late = notice.due_kind == DueKind.REPLY.value and notice.due_date is not None \
            and data.received_on > notice.due_date
        record = SupervisionAnswer(notice_id=notice_id, kind=answer.value,
                                   received_on=data.received_on, content=data.content.strip(),
                                   late=late, decision="", decision_reasons="")
        session.add(record)
        notice.answer, notice.replied_on = answer.value, data.received_on
        asked = rules.answer_period(answer, settings)
        if asked is not None:
            due_kind, period = asked
            _set_due(notice, due_kind, data.received_on, period, police=False)
            record.decision_due = notice.due_date
        elif answer is PoliceAnswer.FILED:
            notice.case_filed_on = data.case_filed_on
            if notice.kind == NoticeKind.NOTICE_TO_FILE.value:
                _set_due(notice, DueKind.PROGRESS, data.case_filed_on,
                         rules.Period(months=settings.progress_months), settings=settings)
            else:
                _set_due(notice, None)
        else:
            _set_due(notice, None)
        _finish(session, notice)
        return record.id


def assess_explanation(office: Office, notice_id: str, *, assessed_on: date, accepted: bool,
                       reasons: str, today: date) -> None:
    """Our view of the police's explanation (RPR 561): accepted — the victim is told within
    10 days (the opinion notice); rejected — 通知立案 / 通知撤销案件 may follow."""
    settings = read_settings(office.reader)
    with office.transaction() as session:
        notice = _load(session, notice_id)
        if NoticeKind(notice.kind) not in _EXPLAIN:
            _fail("kind", "supervision.not_an_explanation", "only explanations are assessed")
        if notice.answer != PoliceAnswer.EXPLANATION.value or \
                notice.state != NoticeState.REPLIED.value:
            _fail("state", "supervision.no_explanation", "no explanation to assess")
        if notice.assessment:
            _fail("state", "supervision.already_assessed", "already assessed")
        errors: list[FieldError] = []
        check_date(errors, "assessed_on", assessed_on, today, not_before=notice.replied_on)
        if not reasons.strip():
            errors.append(FieldError("reasons", "required", "give the reasons"))
        if errors:
            raise ValidationFailed(errors)
        notice.assessment = (Assessment.ACCEPTED if accepted else Assessment.REJECTED).value
        notice.assessed_on, notice.assessment_reasons = assessed_on, reasons.strip()
        if accepted:
            _set_due(notice, DueKind.TELL_VICTIM, assessed_on,
                     rules.Period(days=settings.tell_victim_days), police=False)
        else:
            _set_due(notice, None)
        _finish(session, notice)


def decide_objection(office: Office, notice_id: str, *, decided_on: date, upheld: bool,
                     reasons: str, today: date) -> None:
    """The decision on the pending 复议 / 复核 / 复查: the notice upheld — the police must
    comply (a withdrawal notice gives them the period again; an upheld 纠正违法 is reported
    up, RPR 554) — or withdrawn as wrong, which closes it."""
    settings = read_settings(office.reader)
    with office.transaction() as session:
        notice = _load(session, notice_id)
        pending = [a for a in _answers(session, notice_id)
                   if a.decision_due is not None and not a.decision]
        if not pending:
            _fail("state", "supervision.no_objection", "no request waits for a decision")
        answer = pending[-1]
        errors: list[FieldError] = []
        check_date(errors, "decided_on", decided_on, today, not_before=answer.received_on)
        if not reasons.strip():
            errors.append(FieldError("reasons", "required", "give the reasons"))
        if errors:
            raise ValidationFailed(errors)
        answer.decided_on, answer.decision_reasons = decided_on, reasons.strip()
        answer.decision = (Decision.UPHELD if upheld else Decision.WITHDRAWN).value
        if not upheld:
            _move(notice, NoticeState.CLOSED)
            notice.closed_on = decided_on
            _set_due(notice, None)
        elif notice.kind == NoticeKind.NOTICE_TO_WITHDRAW.value:
            _set_due(notice, DueKind.REPLY, decided_on,
                     rules.Period(days=settings.withdrawal_days), settings=settings)
        else:
            _move(notice, NoticeState.REFUSED)
            _set_due(notice, None)
        _finish(session, notice)


# -- escalation and closing ------------------------------------------------------------------
def report_up(office: Office, notice_id: str, *, reported_on: date, note: str,
              today: date) -> None:
    """报告上一级人民检察院 (RPR 553, 554, 564): the notice was not complied with."""
    with office.transaction() as session:
        notice = _load(session, notice_id)
        if not rules.may_report_up(_facts(session, notice, today)):
            _fail("state", "supervision.cannot_report_up",
                  "only a 纠正违法 or 检察建议 not complied with is reported up")
        errors: list[FieldError] = []
        check_date(errors, "reported_on", reported_on, today, not_before=notice.served_on)
        if not note.strip():
            errors.append(FieldError("note", "required", "what was reported"))
        if errors:
            raise ValidationFailed(errors)
        _move(notice, NoticeState.ESCALATED)
        notice.escalated_on, notice.reported_up = reported_on, True
        notice.escalation_note = note.strip()
        _set_due(notice, None)
        _finish(session, notice)


def close_notice(office: Office, notice_id: str, *, closed_on: date, note: str,
                 today: date) -> None:
    """End a notice. One closed before any answer (a draft dropped, a notice no longer
    needed) must say why."""
    with office.transaction() as session:
        notice = _load(session, notice_id)
        before = notice.state
        _move(notice, NoticeState.CLOSED)
        errors: list[FieldError] = []
        check_date(errors, "closed_on", closed_on, today, not_before=notice.drafted_on)
        if before in (NoticeState.DRAFTED.value, NoticeState.APPROVED.value,
                      NoticeState.SERVED.value) and not note.strip():
            errors.append(FieldError("note", "required", "say why it closes unanswered"))
        if errors:
            raise ValidationFailed(errors)
        notice.closed_on = closed_on
        if note.strip():
            notice.note = (notice.note + "\n" + note.strip()).strip()
        _set_due(notice, None)
        _finish(session, notice)
