"""Helpers the supervision write services share (not for the UI): loading a notice, its
answers, the chain rules' view of it, a checked state change, setting or clearing the running
deadline, and refreshing the matter's repeated fields at the end of a write."""
from __future__ import annotations

from datetime import date

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision_notices import (Assessment, DueKind, NoticeFacts, NoticeKind,
                                                NoticeState, PoliceAnswer)
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.supervision_register import load_matter


def fail(name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(name, code, message, params)])


def load_notice(session, notice_id: str):
    from desktop.store.supervision_models import SupervisionNotice

    notice = session.get(SupervisionNotice, notice_id)
    if notice is None or notice.deleted_at is not None:
        raise NotFound(f"supervision notice {notice_id}")
    return notice


def answers_of(session, notice_id: str) -> list:
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


def facts(session, notice, today: date) -> NoticeFacts:
    pending = any(a.decision_due is not None and not a.decision
                  for a in answers_of(session, notice.id))
    return facts_of(notice.kind, notice.state, notice.due_kind, notice.due_date, notice.answer,
                    notice.assessment, pending, today)


def move(notice, new: NoticeState) -> None:
    try:
        rules.check_transition(notice.state, new)
    except rules.InvalidTransition as exc:
        fail("state", "supervision.invalid_transition", str(exc), old=exc.old.value,
              new=exc.new.value)
    notice.state = new.value


def set_due(notice, due_kind: DueKind | None, start: date | None = None,
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


def finish(session, notice) -> None:
    from desktop.services.supervision_state import refresh_matter

    refresh_matter(session, load_matter(session, notice.matter_id))


def agency_name(session, matter) -> str:
    return session.connection().exec_driver_sql(
        "SELECT name FROM police_agencies WHERE id = ?", (matter.police_agency_id,)).scalar() or ""
