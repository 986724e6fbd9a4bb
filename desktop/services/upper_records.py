"""The upper office's own records about its units (上级院意见、督办、复核决定、节假日安排更新):
written here only, each in one transaction; store.capture queues them in the unit's down
sequence, so they travel in the unit's next acknowledgement. Errors carry codes the UI words
(ui/upper_labels.py)."""
from __future__ import annotations

import json
from datetime import date

from desktop.domain import permissions
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office

# The unit's records an instruction may be about; the UI opens each on its own page.
SUBJECT_TABLES = ("arrest_requests", "arrest_reviews", "supervision_matters", "petitions",
                  "custody_reviews", "cooperation_entries")


def _fail(field_name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(field_name, code, message, params)])


def _upper_only(office: Office) -> None:
    if office.meta("mode") != "upper":
        _fail("office", "upper.not_upper_office", "only an upper office writes these records")


def _subject_unit(session, table: str, record_id: str) -> str | None:
    """The unit that owns one of its records here, or None when there is no such record."""
    from sqlalchemy import text

    if table not in SUBJECT_TABLES:  # never a table name from outside the list
        return None
    row = session.execute(text(f'SELECT unit_code FROM "{table}" WHERE id = :id '
                               "AND deleted_at IS NULL"), {"id": record_id}).fetchone()
    return row[0] if row else None


# -- comments and 督办 ----------------------------------------------------------------------
def issue_instruction(office: Office, *, subject_table: str, subject_id: str, kind: str,
                      text: str, due_date: date | None = None, today: date) -> str:
    """A comment (意见) or a 督办 directive with its reply deadline on one of a unit's records;
    returns its id. The unit sees it once the acknowledgement arrives."""
    from desktop.store.upper_models import INSTRUCTION_KINDS, UpperInstruction

    _upper_only(office)
    errors = []
    if kind not in INSTRUCTION_KINDS:
        errors.append(FieldError("kind", "invalid", f"unknown kind {kind}"))
    if not text.strip():
        errors.append(FieldError("text", "required", "write the comment or directive"))
    if kind == "directive":
        if due_date is None:
            errors.append(FieldError("due_date", "required", "a directive sets a reply date"))
        elif due_date <= today:
            errors.append(FieldError("due_date", "upper.due_not_after_today",
                                     "the reply date comes after today"))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.UPPER_INSTRUCTIONS) as session:
        unit = _subject_unit(session, subject_table, subject_id)
        if unit is None:
            raise NotFound(f"{subject_table} {subject_id}")
        if unit == office.unit_code:
            _fail("subject", "upper.own_record", "instructions go to a unit's records")
        row = UpperInstruction(
            for_unit=unit, subject_table=subject_table, subject_id=subject_id, kind=kind,
            text=text.strip(), due_date=due_date if kind == "directive" else None,
            issued_by=office.user_id, issuer_name=office.display_name, issued_on=today)
        session.add(row)
        session.flush()
        return row.id


def close_directive(office: Office, instruction_id: str, *, closed_on: date,
                    today: date) -> None:
    """The unit has answered the 督办: it leaves the unit's dashboard (and goes down again)."""
    from desktop.store.upper_models import UpperInstruction

    _upper_only(office)
    if closed_on > today:
        _fail("closed_on", "date.future", "closed_on is in the future")
    with office.transaction(permissions.UPPER_INSTRUCTIONS) as session:
        row = session.get(UpperInstruction, instruction_id)
        if row is None or row.deleted_at is not None or row.kind != "directive" \
                or row.closed_on is not None or row.unit_code != office.unit_code:
            raise NotFound(f"open directive {instruction_id}")
        if closed_on < row.issued_on:
            _fail("closed_on", "upper.closed_before_issued", "closed before it was issued")
        row.closed_on = closed_on


# -- 复核 -----------------------------------------------------------------------------------
def decide_upper_review(office: Office, reconsideration_id: str, *, outcome: str,
                        reasons: str, chief_approved_by: str, today: date) -> str:
    """The 复核决定 on a unit's police request for review (RPR 291): approved by this office's
    chief procurator; reasons are required when the refusal is upheld (RPR 291 ¶2). At the
    unit it is recorded as the answer of its open 复核, and a changed refusal becomes an
    arrest to execute there (services/upper_receive.py). Returns the decision's id."""
    from desktop.domain.review_decision import ROLE_CHIEF, parse_roles
    from desktop.services.review_followup import OUTCOMES, UPPER_REVIEW
    from desktop.store.models import User
    from desktop.store.review_models import Reconsideration
    from desktop.store.upper_models import UpperReviewDecision

    _upper_only(office)
    if outcome not in OUTCOMES:
        _fail("outcome", "invalid", f"unknown outcome {outcome}")
    if outcome == "upheld" and not reasons.strip():
        _fail("reasons", "required", "an upheld refusal states its reasons")
    with office.transaction(permissions.UPPER_REVIEW) as session:
        row = session.get(Reconsideration, reconsideration_id)
        if row is None or row.deleted_at is not None or row.kind != UPPER_REVIEW \
                or row.unit_code == office.unit_code:
            raise NotFound(f"a unit's 复核 request {reconsideration_id}")
        if row.decided_on is not None or session.query(UpperReviewDecision).filter(
                UpperReviewDecision.reconsideration_id == row.id,
                UpperReviewDecision.deleted_at.is_(None)).first() is not None:
            _fail("reconsideration", "upper.review_decided", "this 复核 is already decided")
        chief = session.get(User, chief_approved_by) if chief_approved_by else None
        if chief is None or chief.unit_code != office.unit_code \
                or ROLE_CHIEF not in parse_roles(chief.roles):
            _fail("chief_approved_by", "approval.chief_required",
                  "the chief procurator approves this (RPR 291)")
        decision = UpperReviewDecision(
            for_unit=row.unit_code, reconsideration_id=row.id, outcome=outcome,
            reasons=reasons.strip(), decided_on=today, decided_by=office.unit_name,
            decider_id=office.user_id, chief_approved_by=chief.id,
            chief_name=chief.display_name)
        session.add(decision)
        session.flush()
        return decision.id


# -- holiday calendar ----------------------------------------------------------------------
def publish_calendar_update(office: Office, year: int, json_text: str, *, today: date,
                            for_unit: str = "") -> str:
    """Publish one year's holiday schedule from a file in the override format
    (resources/holidays.json) to every unit (`for_unit` "") or one. A year published again
    replaces the earlier schedule (same record, new version). Returns the record's id."""
    from desktop.domain.holidays import parse_override_json
    from desktop.store.sync_models import SyncPeer
    from desktop.store.upper_models import CalendarUpdate

    _upper_only(office)
    try:
        parse_override_json(json_text)
    except ValueError as exc:
        _fail("file", "calendar.invalid", str(exc), problem=str(exc))
    entry = json.loads(json_text)["years"].get(f"{year:04d}")
    if entry is None:
        _fail("year", "calendar.year_missing", f"the file has no schedule for {year}",
              year=year)
    if year < today.year:
        _fail("year", "calendar.past_year", f"{year} is over", year=year)
    text = json.dumps({"format": 1, "years": {f"{year:04d}": entry}}, ensure_ascii=False,
                      sort_keys=True)
    with office.transaction(permissions.PUBLISH_CALENDAR) as session:
        if for_unit:
            peer = session.get(SyncPeer, for_unit)
            if peer is None or peer.role != "grassroots":
                _fail("for_unit", "calendar.unknown_unit", f"{for_unit} is not registered")
        row = session.query(CalendarUpdate).filter(
            CalendarUpdate.year == year, CalendarUpdate.for_unit == for_unit,
            CalendarUpdate.unit_code == office.unit_code,
            CalendarUpdate.deleted_at.is_(None)).first()
        if row is None:
            row = CalendarUpdate(for_unit=for_unit, year=year)
            session.add(row)
        elif row.override_json == text:
            return row.id  # the same schedule again: nothing to send
        row.override_json, row.source = text, str(entry.get("source") or "")
        row.published_on = today
        session.flush()
        return row.id


def years_in(json_text: str) -> list[int]:
    """The years a valid override file defines (the settings page publishes each)."""
    from desktop.domain.holidays import parse_override_json

    try:
        return sorted(parse_override_json(json_text))
    except ValueError as exc:
        _fail("file", "calendar.invalid", str(exc), problem=str(exc))
