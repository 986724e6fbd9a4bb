"""The police's answers to a supervision notice and what they ask of the procuratorate: record
an answer (a 复议 / 复核 / 复查 request starts the period of the decision it asks for; a filing
under a 通知立案书 starts the 3-month tracker), assess an explanation (RPR 561), decide a
request (RPR 554, 565). One transaction each."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import permissions
from desktop.domain import supervision_notices as rules
from desktop.domain.supervision_notices import (Assessment, Decision, DueKind, NoticeKind,
                                                NoticeState, PoliceAnswer)
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office
from desktop.services.supervision_register import check_date
from desktop.services.supervision_settings import read_settings
from desktop.services.supervision_steps import (answers_of, fail, finish, load_notice, move,
                                                set_due)

_EXPLAIN = (NoticeKind.EXPLAIN_NON_FILING, NoticeKind.EXPLAIN_FILING,
            NoticeKind.EXPLAIN_OVERDUE_FILING)


@dataclass
class AnswerInput:
    kind: str  # PoliceAnswer value
    received_on: date
    content: str = ""
    case_filed_on: date | None = None  # for "filed": the police's filing date


def record_answer(office: Office, notice_id: str, data: AnswerInput, *, today: date) -> str:
    """An answer of the police; returns its id. A 复议 / 复核 / 复查 request starts the period
    for the decision it asks for; a filing under a 通知立案书 starts the 3-month tracker."""
    from desktop.store.supervision_models import SupervisionAnswer

    settings = read_settings(office.reader)
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        try:
            answer = PoliceAnswer(data.kind)
        except ValueError:
            fail("kind", "required", "choose the answer")
        if answer not in rules.answers_for(notice.kind):
            fail("kind", "supervision.answer_not_for_kind", f"{answer.value} does not answer "
                  f"{notice.kind}", answer=answer.value, kind=notice.kind)
        if notice.served_on is None:
            fail("state", "supervision.not_served", "the notice has not been served")
        if any(a.decision_due is not None and not a.decision
               for a in answers_of(session, notice_id)) and answer is not PoliceAnswer.UPPER_REVIEW:
            fail("kind", "supervision.objection_pending",
                  "a 复议 / 复查 request is waiting for its decision")
        new = rules.ANSWER_STATE[answer]
        if new.value != notice.state or new is not NoticeState.REPLIED:
            # replied → replied is a further answer (复核 after 复议, another progress
            # report); any other state is reached once
            move(notice, new)
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
            set_due(notice, due_kind, data.received_on, period, police=False)
            record.decision_due = notice.due_date
        elif answer is PoliceAnswer.FILED:
            notice.case_filed_on = data.case_filed_on
            if notice.kind == NoticeKind.NOTICE_TO_FILE.value:
                set_due(notice, DueKind.PROGRESS, data.case_filed_on,
                         rules.Period(months=settings.progress_months), settings=settings)
            else:
                set_due(notice, None)
        else:
            set_due(notice, None)
        finish(session, notice)
        return record.id


def assess_explanation(office: Office, notice_id: str, *, assessed_on: date, accepted: bool,
                       reasons: str, today: date) -> None:
    """Our view of the police's explanation (RPR 561): accepted — the victim is told within
    10 days (the opinion notice); rejected — 通知立案 / 通知撤销案件 may follow."""
    settings = read_settings(office.reader)
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        if NoticeKind(notice.kind) not in _EXPLAIN:
            fail("kind", "supervision.not_an_explanation", "only explanations are assessed")
        if notice.answer != PoliceAnswer.EXPLANATION.value or \
                notice.state != NoticeState.REPLIED.value:
            fail("state", "supervision.no_explanation", "no explanation to assess")
        if notice.assessment:
            fail("state", "supervision.already_assessed", "already assessed")
        errors: list[FieldError] = []
        check_date(errors, "assessed_on", assessed_on, today, not_before=notice.replied_on)
        if not reasons.strip():
            errors.append(FieldError("reasons", "required", "give the reasons"))
        if errors:
            raise ValidationFailed(errors)
        notice.assessment = (Assessment.ACCEPTED if accepted else Assessment.REJECTED).value
        notice.assessed_on, notice.assessment_reasons = assessed_on, reasons.strip()
        if accepted:
            set_due(notice, DueKind.TELL_VICTIM, assessed_on,
                     rules.Period(days=settings.tell_victim_days), police=False)
        else:
            set_due(notice, None)
        finish(session, notice)


def decide_objection(office: Office, notice_id: str, *, decided_on: date, upheld: bool,
                     reasons: str, today: date) -> None:
    """The decision on the pending 复议 / 复核 / 复查: the notice upheld — the police must
    comply (a withdrawal notice gives them the period again; an upheld 纠正违法 is reported
    up, RPR 554) — or withdrawn as wrong, which closes it."""
    settings = read_settings(office.reader)
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        pending = [a for a in answers_of(session, notice_id)
                   if a.decision_due is not None and not a.decision]
        if not pending:
            fail("state", "supervision.no_objection", "no request waits for a decision")
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
            move(notice, NoticeState.CLOSED)
            notice.closed_on = decided_on
            set_due(notice, None)
        elif notice.kind == NoticeKind.NOTICE_TO_WITHDRAW.value:
            set_due(notice, DueKind.REPLY, decided_on,
                     rules.Period(days=settings.withdrawal_days), settings=settings)
        else:
            move(notice, NoticeState.REFUSED)
            set_due(notice, None)
        finish(session, notice)
