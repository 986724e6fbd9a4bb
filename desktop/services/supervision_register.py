"""Opening and closing a supervision matter (监督事项): each public function validates and
writes in one transaction; change capture writes the outbox and the audit chain. Errors are
`ValidationFailed` with coded `FieldError`s that the UI shows at the field."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain.supervision import (Area, MatterSource, MatterStatus, check_tags,
                                        join_tags)
from desktop.domain.supervision_notices import NoticeState
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.supervision_settings import read_settings
from desktop.services.text_checks import MULTILINE, check_texts


@dataclass
class MatterInput:
    source: str  # MatterSource value
    area: str  # Area value
    police_agency_id: str
    opened_on: date
    summary: str
    police_case_no: str = ""
    party_name: str = ""  # victim / complainant / transferring agency
    subject_name: str = ""  # the person the matter concerns
    tags: list[str] = field(default_factory=list)
    request_id: str = ""  # an arrest request it came from, if any
    person_id: str = ""  # a registered person, if any


def _values(enum) -> set[str]:
    return {m.value for m in enum}


def check_date(errors: list, name: str, value, today: date, *, not_before=None) -> None:
    if value is None:
        errors.append(FieldError(name, "required", f"{name} is required"))
    elif value > today:
        errors.append(FieldError(name, "date.future", f"{name} is in the future"))
    elif not_before is not None and value < not_before:
        errors.append(FieldError(name, "supervision.date_too_early",
                                 f"{name} is before {not_before}", {"date": not_before}))


def open_matter(office: Office, data: MatterInput, *, today: date) -> str:
    """Register a supervision matter; returns its id."""
    errors = validate_matter(office.reader, data, today=today)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.SUPERVISION) as session:
        return insert_matter(session, office.reader, data, officer_id=office.user_id)


def validate_matter(conn, data: MatterInput, *, today: date) -> list[FieldError]:
    """Every problem of `data`, nothing written (also used by the register import)."""
    errors: list[FieldError] = []
    check_texts(errors, [("summary", data.summary, MULTILINE)]
                # their length is checked below ("supervision.too_long"), as stored: stripped
                + [(name, getattr(data, name).strip(), 10**6)
                   for name in ("police_case_no", "party_name", "subject_name")])
    if data.source not in _values(MatterSource):
        errors.append(FieldError("source", "required", "choose where the matter came from"))
    if data.area not in _values(Area):
        errors.append(FieldError("area", "required", "choose the kind of supervision"))
    if not data.police_agency_id or not conn.execute(
            "SELECT 1 FROM police_agencies WHERE id = ? AND deleted_at IS NULL",
            (data.police_agency_id,)).fetchone():
        errors.append(FieldError("police_agency_id", "required", "choose the police agency"))
    check_date(errors, "opened_on", data.opened_on, today)
    if not data.summary.strip():
        errors.append(FieldError("summary", "required", "say what the matter is about"))
    if len(data.police_case_no.strip()) > 64:
        errors.append(FieldError("police_case_no", "supervision.too_long", "too long"))
    for name in ("party_name", "subject_name"):
        if len(getattr(data, name).strip()) > 64:
            errors.append(FieldError(name, "supervision.too_long", "too long"))
    unknown = check_tags(data.tags, read_settings(conn).extra_tags)
    if unknown:
        errors.append(FieldError("tags", "supervision.unknown_tag", "unknown tag",
                                 {"tag": unknown[0]}))
    if data.request_id and not conn.execute(
            "SELECT 1 FROM arrest_requests WHERE id = ? AND deleted_at IS NULL",
            (data.request_id,)).fetchone():
        errors.append(FieldError("request_id", "supervision.no_request",
                                 "no such arrest request"))
    if data.person_id and not conn.execute(
            "SELECT 1 FROM persons WHERE id = ? AND deleted_at IS NULL",
            (data.person_id,)).fetchone():
        errors.append(FieldError("person_id", "supervision.no_person", "no such person"))
    if data.source == MatterSource.ARREST_REVIEW.value and not data.request_id:
        errors.append(FieldError("request_id", "supervision.request_needed",
                                 "a matter found during arrest review names its request"))
    return errors


def insert_matter(session, conn, data: MatterInput, *, officer_id: str) -> str:
    """Writes a validated matter into an open session (a transaction of
    permissions.SUPERVISION); returns its id."""
    from desktop.services.supervision_state import search_text
    from desktop.store.supervision_models import SupervisionMatter

    agency = conn.execute("SELECT name FROM police_agencies WHERE id = ?",
                          (data.police_agency_id,)).fetchone()[0]
    matter = SupervisionMatter(
        source=data.source, area=data.area, police_agency_id=data.police_agency_id,
        request_id=data.request_id or None, person_id=data.person_id or None,
        officer_id=officer_id, opened_on=data.opened_on,
        police_case_no=data.police_case_no.strip(), party_name=data.party_name.strip(),
        subject_name=data.subject_name.strip(), tags=join_tags(data.tags),
        summary=data.summary.strip(), status=MatterStatus.OPEN.value, current_kind="",
        current_state="", due_kind="", result="", search_text="")
    matter.search_text = search_text(matter, agency)  # one insert, one audit entry
    session.add(matter)
    return matter.id


def load_matter(session, matter_id: str):
    from desktop.store.supervision_models import SupervisionMatter

    matter = session.get(SupervisionMatter, matter_id)
    if matter is None or matter.deleted_at is not None:
        raise NotFound(f"supervision matter {matter_id}")
    return matter


def close_matter(office: Office, matter_id: str, *, closed_on: date, result: str,
                 today: date) -> None:
    """办结: every notice must be closed, complied with or escalated first (nothing left that
    the police still owe), and the result is said in words."""
    from desktop.services.supervision_state import notices_of, refresh_matter

    with office.transaction(permissions.SUPERVISION) as session:
        matter = load_matter(session, matter_id)
        errors: list[FieldError] = []
        if matter.status == MatterStatus.CLOSED.value:
            errors.append(FieldError("status", "supervision.matter_closed",
                                     "the matter is already closed"))
        check_date(errors, "closed_on", closed_on, today, not_before=matter.opened_on)
        if not result.strip():
            errors.append(FieldError("result", "required", "say how the matter ended"))
        waiting = [n for n in notices_of(session, matter_id) if n.state in (
            NoticeState.DRAFTED.value, NoticeState.APPROVED.value, NoticeState.SERVED.value,
            NoticeState.REPLIED.value)]
        if waiting:
            errors.append(FieldError("status", "supervision.notices_open",
                                     "a notice is still running", {"count": len(waiting)}))
        if errors:
            raise ValidationFailed(errors)
        matter.status, matter.closed_on = MatterStatus.CLOSED.value, closed_on
        matter.result = result.strip()
        refresh_matter(session, matter)
