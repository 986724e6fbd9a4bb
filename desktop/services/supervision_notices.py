"""The notices of a supervision matter, step by step (DOMAIN.md §3.2–3.3): draft (a chain's
first notice or the next one), approve, serve (the police's period starts from the 送达回证
date), report to the upper office, close; and oral corrections, logged. The police's answers
and what they ask of us are in `supervision_answers`, offered here too. Each public function
is one transaction; the domain says what may happen when."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain import supervision_notices as rules
from desktop.domain.supervision import MatterStatus
from desktop.domain.supervision_illegality import join_codes
from desktop.domain.supervision_notices import DueKind, NoticeKind, NoticeState
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office
# The answers live in their own module; imported here so that one module offers every step.
from desktop.services.supervision_answers import (AnswerInput, assess_explanation,  # noqa: F401
                                                  decide_objection, record_answer)
from desktop.services.supervision_register import check_date, load_matter
from desktop.services.supervision_settings import read_settings
from desktop.services.supervision_steps import (agency_name, facts, fail, finish, load_notice,
                                                move, set_due)


@dataclass
class DraftInput:
    kind: str  # NoticeKind value
    drafted_on: date
    content: str  # facts, reasons, what is asked
    parent_id: str = ""  # the notice this one follows in its chain
    addressee: str = ""  # default: the police agency, or the victim for an opinion
    illegality_codes: list[str] = field(default_factory=list)  # 纠正违法: RPR 567 codes
    period_days: int | None = None  # 纠正违法: the period the notice sets


# -- drafting ------------------------------------------------------------------------------
def draft_notice(office: Office, matter_id: str, data: DraftInput, *, today: date) -> str:
    """Draft a notice: a matter's first one, or the next of a chain (`parent_id`). Returns its
    id. The notice it follows escalates (or, for an opinion to the victim, closes)."""
    from desktop.store.supervision_models import SupervisionNotice

    settings = read_settings(office.reader)
    with office.transaction(permissions.SUPERVISION) as session:
        matter = load_matter(session, matter_id)
        errors: list[FieldError] = []
        if matter.status != MatterStatus.OPEN.value:
            fail("status", "supervision.matter_closed", "the matter is closed")
        try:
            kind = NoticeKind(data.kind)
        except ValueError:
            fail("kind", "required", "choose the kind of notice")
        if kind is NoticeKind.ORAL_CORRECTION:
            fail("kind", "supervision.oral_is_logged", "oral corrections are logged")
        parent = None
        if data.parent_id:
            parent = load_notice(session, data.parent_id)
            if parent.matter_id != matter_id:
                fail("parent_id", "supervision.other_matter", "the notice is of another matter")
            if kind not in rules.follow_ups(facts(session, parent, today)):
                fail("kind", "supervision.not_next", f"{kind.value} cannot follow now",
                      kind=kind.value, parent=parent.kind)
        elif kind not in rules.STARTING_KINDS:
            fail("kind", "supervision.needs_parent", f"{kind.value} only follows a notice",
                  kind=kind.value)
        spec = rules.spec(kind)
        check_date(errors, "drafted_on", data.drafted_on, today, not_before=matter.opened_on)
        if not data.content.strip():
            errors.append(FieldError("content", "required", "give the facts and reasons"))
        addressee = data.addressee.strip() or (agency_name(session, matter) if spec.to_police
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
                set_due(notice, DueKind.TELL_VICTIM, parent.assessed_on,
                         rules.Period(days=settings.tell_victim_days), police=False)
            if after is not None:
                move(parent, after)
                if after is NoticeState.ESCALATED:
                    parent.escalated_on = data.drafted_on
                else:
                    parent.closed_on = data.drafted_on
            set_due(parent, None)
        finish(session, notice)
        return notice.id


def log_oral_correction(office: Office, matter_id: str, *, given_on: date, content: str,
                        illegality_codes: list[str] = (), addressee: str = "",
                        today: date) -> str:
    """口头纠正 (RPR 552, minor illegality): logged as given on the day, no document, no
    period; the police's correction (or refusal) may be recorded as an answer."""
    from desktop.store.supervision_models import SupervisionNotice

    with office.transaction(permissions.SUPERVISION) as session:
        matter = load_matter(session, matter_id)
        if matter.status != MatterStatus.OPEN.value:
            fail("status", "supervision.matter_closed", "the matter is closed")
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
            addressee=addressee.strip() or agency_name(session, matter),
            content=content.strip(), illegality_codes=codes, drafted_on=given_on,
            approved_on=given_on, approver="", served_on=given_on, holiday_extension=True,
            due_kind="", answer="", assessment="", assessment_reasons="", reported_up=False,
            escalation_note="", note="")
        session.add(notice)
        finish(session, notice)
        return notice.id


# -- approval and service ------------------------------------------------------------------
def approve_notice(office: Office, notice_id: str, *, approved_on: date, approver: str,
                   today: date) -> None:
    """审批: the chief procurator for 通知立案, 通知撤销案件 and 纠正违法 (rules.NEEDS_CHIEF)."""
    with office.transaction(permissions.APPROVE) as session:
        notice = load_notice(session, notice_id)
        move(notice, NoticeState.APPROVED)
        errors: list[FieldError] = []
        check_date(errors, "approved_on", approved_on, today, not_before=notice.drafted_on)
        if not approver.strip():
            errors.append(FieldError("approver", "required", "who approved it?"))
        if errors:
            raise ValidationFailed(errors)
        notice.approved_on, notice.approver = approved_on, approver.strip()
        finish(session, notice)


def serve_notice(office: Office, notice_id: str, *, served_on: date, today: date) -> None:
    """送达: the date on the 送达回证. The police's period runs from it. An opinion to the
    victim ends with its service."""
    settings = read_settings(office.reader)
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        move(notice, NoticeState.SERVED)
        errors: list[FieldError] = []
        check_date(errors, "served_on", served_on, today, not_before=notice.approved_on)
        if errors:
            raise ValidationFailed(errors)
        notice.served_on = served_on
        period = rules.reply_period(notice.kind, settings, notice.period_days)
        if period is not None:
            set_due(notice, DueKind.REPLY, served_on, period, settings=settings)
        else:
            set_due(notice, None)
        if not rules.spec(notice.kind).to_police:
            move(notice, NoticeState.CLOSED)
            notice.closed_on = served_on
        finish(session, notice)


# -- escalation and closing ------------------------------------------------------------------
def report_up(office: Office, notice_id: str, *, reported_on: date, note: str,
              today: date) -> None:
    """报告上一级人民检察院 (RPR 553, 554, 564): the notice was not complied with."""
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        if not rules.may_report_up(facts(session, notice, today)):
            fail("state", "supervision.cannot_report_up",
                  "only a 纠正违法 or 检察建议 not complied with is reported up")
        errors: list[FieldError] = []
        check_date(errors, "reported_on", reported_on, today, not_before=notice.served_on)
        if not note.strip():
            errors.append(FieldError("note", "required", "what was reported"))
        if errors:
            raise ValidationFailed(errors)
        move(notice, NoticeState.ESCALATED)
        notice.escalated_on, notice.reported_up = reported_on, True
        notice.escalation_note = note.strip()
        set_due(notice, None)
        finish(session, notice)


def close_notice(office: Office, notice_id: str, *, closed_on: date, note: str,
                 today: date) -> None:
    """End a notice. One closed before any answer (a draft dropped, a notice no longer
    needed) must say why."""
    with office.transaction(permissions.SUPERVISION) as session:
        notice = load_notice(session, notice_id)
        before = notice.state
        move(notice, NoticeState.CLOSED)
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
        set_due(notice, None)
        finish(session, notice)
