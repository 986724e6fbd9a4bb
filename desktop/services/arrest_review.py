"""The review workspace of one suspect (审查): interrogations and hearings, counsel's opinions,
social danger, the checklist flags and the arrest-review hearing, each saved in one
transaction (the checks they feed are read by `review_facts.workspace_checks`).

The first thing recorded on a review that is still `received` moves it to `under_review`.
Change capture (outbox, audit, list index) is the store's hook; nothing here does it by hand."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain import review_rules as rules
from desktop.domain.arrest_review import InvalidTransition, ReviewStatus, check_transition
from desktop.domain.review_decision import ReviewFacts
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.review_facts import CHECKLIST_FLAGS, arguments_json, load_facts

@dataclass
class ChecklistInput:
    """Flags the officer sets on a review (审查要点); unset ones stay False."""

    flags: dict[str, bool] = field(default_factory=dict)
    legal_aid_notified_on: date | None = None


@dataclass
class InterrogationInput:
    kind: str  # rules.InterrogationKind value
    held_on: date | None
    staff: list[str] = field(default_factory=list)
    place: str = ""
    returned_on: date | None = None
    female_prosecutor_present: bool = False
    adult_present: str = ""
    adult_name: str = ""
    note: str = ""


@dataclass
class CounselInput:
    counsel_name: str
    heard_on: date | None
    method: str  # rules.CounselMethod value
    arguments: list[rules.CounselArgument] = field(default_factory=list)
    summary: str = ""


@dataclass
class DangerInput:
    """The five circumstances as ticked now: circumstance value → (facts, evidence). A
    circumstance not in the map is unticked."""

    ticked: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class HearingInput:
    held_on: date | None
    place: str
    chair: str
    members: str = ""
    participants: str = ""
    opinions: str = ""
    outcome: str = ""


def _fail(field_name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(field_name, code, message, params)])


def _problems(problems: list[rules.Problem], prefix: str = "") -> list[FieldError]:
    return [FieldError(prefix + p.field, p.code, f"{p.field}: {p.code}",
                       {"basis": p.basis} if p.basis else {}) for p in problems]


def load_review(session, review_id: str):
    from desktop.store.models import ArrestReview

    review = session.get(ArrestReview, review_id)
    if review is None or review.deleted_at is not None:
        raise NotFound(f"review {review_id}")
    return review


def start_work(review) -> None:
    """Move a `received` review to `under_review`; a decided one takes no more records."""
    if review.status == ReviewStatus.RECEIVED.value:
        set_status(review, ReviewStatus.UNDER_REVIEW)
    elif review.status not in (ReviewStatus.UNDER_REVIEW.value,
                               ReviewStatus.PENDING_APPROVAL.value):
        _fail("status", "review.closed", "the review is already decided or withdrawn")


def set_status(review, new: ReviewStatus) -> None:
    try:
        check_transition(review.status, new)
    except InvalidTransition as exc:
        _fail("status", exc.code, str(exc), old=exc.old.value, new=exc.new.value)
    review.status = new.value


def checklist_row(session, review_id: str):
    from sqlalchemy import select

    from desktop.store.review_models import ReviewChecklist

    return session.scalars(select(ReviewChecklist).where(
        ReviewChecklist.review_id == review_id)).first()


def save_checklist(office: Office, review_id: str, data: ChecklistInput, *, today: date) -> None:
    from desktop.store.review_models import ReviewChecklist

    unknown = set(data.flags) - set(CHECKLIST_FLAGS)
    if unknown:
        _fail("flags", "invalid", f"unknown flags {sorted(unknown)}")
    if data.legal_aid_notified_on and data.legal_aid_notified_on > today:
        _fail("legal_aid_notified_on", "date.future", "the date is in the future")
    with office.transaction(permissions.REVIEW_WORK) as session:
        review = load_review(session, review_id)
        start_work(review)
        row = checklist_row(session, review_id)
        if row is None:
            row = ReviewChecklist(review_id=review_id, **{n: False for n in CHECKLIST_FLAGS})
            session.add(row)
        for name, value in data.flags.items():
            setattr(row, name, bool(value))
        row.legal_aid_notified_on = data.legal_aid_notified_on


def _interrogation_record(d: InterrogationInput) -> rules.InterrogationRecord:
    return rules.InterrogationRecord(
        kind=rules.InterrogationKind(d.kind), held_on=d.held_on, staff=tuple(d.staff),
        place=d.place, returned_on=d.returned_on,
        female_prosecutor_present=d.female_prosecutor_present, adult_present=d.adult_present)


def add_interrogation(office: Office, review_id: str, data: InterrogationInput, *,
                      today: date) -> str:
    """Record an interrogation, an in-person hearing or a served 意见书; returns its id."""
    from desktop.store.review_models import ReviewInterrogation

    if data.kind not in {k.value for k in rules.InterrogationKind}:
        _fail("kind", "invalid", f"unknown kind {data.kind}")
    errors = _problems(rules.interrogation_problems(_interrogation_record(data), today=today))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REVIEW_WORK) as session:
        review = load_review(session, review_id)
        start_work(review)
        row = ReviewInterrogation(
            review_id=review_id, kind=data.kind, held_on=data.held_on,
            staff="、".join(s.strip() for s in data.staff if s.strip()), place=data.place.strip(),
            returned_on=data.returned_on,
            female_prosecutor_present=data.female_prosecutor_present,
            adult_present=data.adult_present, adult_name=data.adult_name.strip(),
            note=data.note.strip())
        session.add(row)
        session.flush()
        return row.id


def record_form_returned(office: Office, interrogation_id: str, returned_on: date, *,
                         today: date) -> None:
    """The suspect returned the filled-in 听取犯罪嫌疑人意见书."""
    from desktop.store.review_models import ReviewInterrogation

    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(ReviewInterrogation, interrogation_id)
        if row is None or row.kind != rules.InterrogationKind.OPINION_FORM.value:
            raise NotFound(f"opinion form {interrogation_id}")
        start_work(load_review(session, row.review_id))
        record = rules.InterrogationRecord(rules.InterrogationKind.OPINION_FORM, row.held_on,
                                           returned_on=returned_on)
        errors = _problems(rules.interrogation_problems(record, today=today))
        if errors:
            raise ValidationFailed(errors)
        row.returned_on = returned_on


def _validate_counsel(data: CounselInput, today: date) -> list[FieldError]:
    errors = []
    if not data.counsel_name.strip():
        errors.append(FieldError("counsel_name", "required", "the counsel's name is required"))
    if data.heard_on is None:
        errors.append(FieldError("heard_on", "required", "the date is required"))
    elif data.heard_on > today:
        errors.append(FieldError("heard_on", "date.future", "the date is in the future"))
    if data.method not in {m.value for m in rules.CounselMethod}:
        errors.append(FieldError("method", "invalid", f"unknown method {data.method}"))
    errors += _problems(rules.counsel_problems(data.arguments, for_decision=False))
    return errors


def add_counsel_opinion(office: Office, review_id: str, data: CounselInput, *,
                        today: date) -> str:
    from desktop.store.review_models import CounselOpinion

    errors = _validate_counsel(data, today)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REVIEW_WORK) as session:
        start_work(load_review(session, review_id))
        row = CounselOpinion(review_id=review_id, counsel_name=data.counsel_name.strip(),
                             heard_on=data.heard_on, method=data.method,
                             arguments=arguments_json(data.arguments),
                             summary=data.summary.strip())
        session.add(row)
        session.flush()
        return row.id


def assess_counsel_arguments(office: Office, opinion_id: str,
                             arguments: list[rules.CounselArgument]) -> None:
    """Record whether each argument was adopted, and why (RPR 261 ¶4)."""
    from desktop.store.review_models import CounselOpinion

    errors = _problems(rules.counsel_problems(arguments, for_decision=False))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(CounselOpinion, opinion_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(f"counsel opinion {opinion_id}")
        start_work(load_review(session, row.review_id))
        row.arguments = arguments_json(arguments)


def save_social_danger(office: Office, review_id: str, data: DangerInput) -> None:
    """Set the ticked circumstances: new ones inserted, changed ones updated, unticked ones
    tombstoned (and revived when ticked again)."""
    from datetime import datetime, timezone

    from sqlalchemy import select

    from desktop.store.review_models import SocialDangerFinding

    errors: list[FieldError] = []
    for value, (facts, evidence) in data.ticked.items():
        try:
            circumstance = rules.SocialDanger(value)
        except ValueError:
            errors.append(FieldError(f"dangers.{value}", "invalid", f"unknown {value}"))
            continue
        errors += _problems(rules.danger_problems(
            rules.DangerFinding(circumstance, facts, evidence)), prefix=f"dangers.{value}.")
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REVIEW_WORK) as session:
        start_work(load_review(session, review_id))
        rows = {r.circumstance: r for r in session.scalars(select(SocialDangerFinding).where(
            SocialDangerFinding.review_id == review_id))}
        for value, (facts, evidence) in data.ticked.items():
            row = rows.get(value)
            if row is None:
                session.add(SocialDangerFinding(review_id=review_id, circumstance=value,
                                                facts=facts.strip(), evidence=evidence.strip()))
            else:
                row.facts, row.evidence, row.deleted_at = facts.strip(), evidence.strip(), None
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for value, row in rows.items():
            if value not in data.ticked and row.deleted_at is None:
                row.deleted_at = now


def add_hearing(office: Office, review_id: str, data: HearingInput, *, today: date) -> str:
    """Record an arrest-review hearing (审查逮捕听证)."""
    from desktop.store.review_models import ReviewHearing

    errors = []
    if data.held_on is None:
        errors.append(FieldError("held_on", "required", "the date is required"))
    elif data.held_on > today:
        errors.append(FieldError("held_on", "date.future", "the date is in the future"))
    for name in ("place", "chair"):
        if not getattr(data, name).strip():
            errors.append(FieldError(name, "required", f"{name} is required"))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REVIEW_WORK) as session:
        start_work(load_review(session, review_id))
        row = ReviewHearing(review_id=review_id, held_on=data.held_on, place=data.place.strip(),
                            chair=data.chair.strip(), members=data.members.strip(),
                            participants=data.participants.strip(),
                            opinions=data.opinions.strip(), outcome=data.outcome.strip())
        session.add(row)
        session.flush()
        return row.id


_REMOVABLE = {"interrogation": "ReviewInterrogation", "counsel_opinion": "CounselOpinion",
              "hearing": "ReviewHearing"}


def remove_record(office: Office, kind: str, record_id: str) -> None:
    """Tombstone a record entered by mistake (an interrogation, counsel opinion or hearing),
    while the review is still open; the audit log keeps what it said."""
    from datetime import datetime, timezone

    from desktop.store import review_models

    if kind not in _REMOVABLE:
        _fail("kind", "invalid", f"unknown kind {kind}")
    with office.transaction(permissions.REVIEW_WORK) as session:
        row = session.get(getattr(review_models, _REMOVABLE[kind]), record_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(f"{kind} {record_id}")
        review = load_review(session, row.review_id)
        if review.status == ReviewStatus.PENDING_APPROVAL.value:
            _fail("status", "review.pending_approval", "send the proposal back first")
        start_work(review)
        row.deleted_at = datetime.now(timezone.utc).replace(tzinfo=None)


def review_facts(session, review_id: str) -> ReviewFacts:
    """The facts of a review inside a write transaction (pending changes flushed first)."""
    session.flush()
    facts = load_facts(session.connection().exec_driver_sql, review_id)
    if facts is None:
        raise NotFound(f"review {review_id}")
    return facts
