"""Writing the cooperation log of the investigation-supervision and cooperation office
(侦查监督与协作配合办公室): add, edit, complete a tracked item (联合督办 / 整改跟踪), remove (a
tombstone), and keep the office record. Each public function validates with the domain rules
and writes in one transaction; change capture writes the outbox and the audit chain. Errors are
`ValidationFailed` with coded `FieldError`s the UI shows at the field; nothing is written then.
"""
from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields
from datetime import date, datetime, timezone

from desktop.domain import permissions
from desktop.domain import cooperation as rules
from desktop.domain.cooperation import EntryFacts
from desktop.domain.text import normalize_search_text
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.text_checks import MULTILINE, check_texts

_MESSAGES = {
    "required": "{field} is required",
    "date.future": "{field} is later than today",
    "cooperation.too_long": "{field} is longer than {limit} characters",
    "cooperation.due_not_after": "the due date must come after the entry date {date}",
    "cooperation.done_before": "{field} is before the entry date {date}",
    "cooperation.not_tracked": "only a joint supervision item or a rectification follow-up "
                               "is completed",
    "cooperation.already_done": "the item was done on {date}",
}


@dataclass
class EntryInput:
    kind: str  # domain EntryKind value
    occurred_on: date | None
    police_agency_id: str
    summary: str
    subtype: str = ""  # ConsultationType or CoerciveMeasure value, by kind
    case_ref: str = ""  # police case number or the case's name
    request_case_no: str = ""  # links the entry to the arrest request with this case number
    person_name: str = ""
    participants: str = ""
    outcome: str = ""
    due_on: date | None = None
    done_on: date | None = None
    officer_id: str = ""  # "" for the signed-in user


@dataclass
class OfficeRecordInput:
    name: str = ""
    site: str = ""
    resident_prosecutor: str = ""
    police_liaison: str = ""
    established_on: date | None = None
    duty_roster: str = ""


def _error(problem: rules.Problem) -> FieldError:
    params = dict(problem.params or {})
    text = _MESSAGES.get(problem.code, problem.code)
    message = text.format(field=problem.field.replace("_", " "),
                          **{k: (v.isoformat() if hasattr(v, "isoformat") else v)
                             for k, v in params.items()})
    return FieldError(problem.field, problem.code, message, params)


def _clean(data: EntryInput) -> EntryInput:
    """Texts stripped; fields the kind does not use emptied, so a kind changed in the dialog
    leaves nothing of the old kind behind."""
    values = {f.name: getattr(data, f.name) for f in dc_fields(EntryInput)}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    try:
        used = set(rules.fields_of(values["kind"]))
    except ValueError:
        return EntryInput(**values)
    for name in ("subtype", "case_ref", "person_name", "participants", "outcome"):
        if name not in used:
            values[name] = ""
    if "request_id" not in used:
        values["request_case_no"] = ""
    for name in ("due_on", "done_on"):
        if name not in used:
            values[name] = None
    return EntryInput(**values)


def _resolve(conn, data: EntryInput, errors: list[FieldError], unit_code: str
             ) -> tuple[str | None, str]:
    """(the linked request's id, the agency's name), checking both and the officer."""
    agency = ""
    if data.police_agency_id:
        row = conn.execute("SELECT name FROM police_agencies WHERE id = ? AND deleted_at IS "
                           "NULL", (data.police_agency_id,)).fetchone()
        if row is None:
            errors.append(FieldError("police_agency", "required",
                                     "choose the police agency from the list"))
        else:
            agency = row[0]
    request_id = None
    if data.request_case_no:
        row = conn.execute("SELECT id FROM arrest_requests WHERE police_case_no = ? AND "
                           "deleted_at IS NULL ORDER BY received_date DESC LIMIT 1",
                           (data.request_case_no,)).fetchone()
        if row is None:
            errors.append(FieldError("request_case_no", "cooperation.no_request",
                                     f"no arrest request has case number "
                                     f"{data.request_case_no}",
                                     {"case_no": data.request_case_no}))
        else:
            request_id = row[0]
    # this office's own staff: an upper office also holds its units' users
    if data.officer_id and conn.execute("SELECT 1 FROM users WHERE id = ? AND active AND "
                                        "deleted_at IS NULL AND unit_code = ?",
                                        (data.officer_id, unit_code)).fetchone() is None:
        errors.append(FieldError("officer", "required", "choose the officer"))
    return request_id, agency


def _validated(office: Office, data: EntryInput, today: date) -> tuple[EntryInput, str | None,
                                                                       str]:
    data = _clean(data)
    errors: list[FieldError] = []
    check_texts(errors, [("summary", data.summary, MULTILINE),
                         ("participants", data.participants, MULTILINE),
                         ("outcome", data.outcome, MULTILINE), ("case_ref", data.case_ref, 100),
                         ("request_case_no", data.request_case_no, 64),
                         ("person_name", data.person_name, 64)])
    if errors:  # the rules below would stumble over what cannot be stored
        raise ValidationFailed(errors)
    request_id, agency = _resolve(office.reader, data, errors, office.unit_code)
    facts = EntryFacts(
        kind=data.kind, occurred_on=data.occurred_on, police_agency_id=data.police_agency_id,
        summary=data.summary, subtype=data.subtype, case_ref=data.case_ref,
        request_id=request_id or data.request_case_no, person_name=data.person_name,
        participants=data.participants, outcome=data.outcome, due_on=data.due_on,
        done_on=data.done_on)
    errors += [_error(p) for p in rules.validate_entry(facts, today=today)]
    if errors:
        raise ValidationFailed(errors)
    return data, request_id, agency


def _search_text(data: EntryInput, agency: str) -> str:
    words = (agency, data.case_ref, data.request_case_no, data.person_name, data.participants,
             data.summary, data.outcome)
    return normalize_search_text(" ".join(w for w in words if w))


def _fill(entry, data: EntryInput, request_id: str | None, agency: str) -> None:
    entry.kind, entry.subtype = data.kind, data.subtype
    entry.occurred_on, entry.police_agency_id = data.occurred_on, data.police_agency_id
    entry.request_id, entry.case_ref = request_id, data.case_ref
    entry.person_name, entry.participants = data.person_name, data.participants
    entry.summary, entry.outcome = data.summary, data.outcome
    entry.due_on, entry.done_on = data.due_on, data.done_on
    entry.search_text = _search_text(data, agency)


def _load(session, entry_id: str):
    from desktop.store.cooperation_models import CooperationEntry

    entry = session.get(CooperationEntry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise NotFound(f"cooperation entry {entry_id}")
    return entry


# -- entries ---------------------------------------------------------------------------------
def add_entry(office: Office, data: EntryInput, *, today: date) -> str:
    """Log one entry; returns its id."""
    data, request_id, agency = _validated(office, data, today)
    from desktop.store.cooperation_models import CooperationEntry

    with office.transaction(permissions.COOPERATION) as session:
        entry = CooperationEntry(officer_id=data.officer_id or office.user_id)
        _fill(entry, data, request_id, agency)
        session.add(entry)
        return entry.id


def edit_entry(office: Office, entry_id: str, data: EntryInput, *, today: date) -> None:
    """Replace what the entry says (its kind too); the audit log keeps the old values."""
    data, request_id, agency = _validated(office, data, today)
    with office.transaction(permissions.COOPERATION) as session:
        entry = _load(session, entry_id)
        _fill(entry, data, request_id, agency)
        if data.officer_id:
            entry.officer_id = data.officer_id


def complete_item(office: Office, entry_id: str, done_on: date | None, outcome: str = "", *,
                  today: date) -> None:
    """Mark a joint 督办 item or a rectification follow-up done (办结) on `done_on`, with what
    came of it (added to the outcome already written)."""
    outcome = outcome.strip()
    with office.transaction(permissions.COOPERATION) as session:
        entry = _load(session, entry_id)
        problems = rules.validate_completion(entry.kind, entry.occurred_on, done_on,
                                             entry.done_on, today=today)
        combined = f"{entry.outcome}\n{outcome}" if entry.outcome and outcome \
            else (outcome or entry.outcome)
        limit = rules.MAX_LENGTHS["outcome"]
        if len(combined) > limit:
            problems.append(rules.Problem("outcome", "cooperation.too_long", {"limit": limit}))
        if problems:
            raise ValidationFailed([_error(p) for p in problems])
        entry.done_on = done_on
        if outcome:
            entry.outcome = combined
            entry.search_text = normalize_search_text(f"{entry.search_text} {outcome}")


def remove_entry(office: Office, entry_id: str) -> None:
    """Remove an entry made by mistake: a tombstone, so the removal syncs and stays audited."""
    with office.transaction(permissions.COOPERATION) as session:
        entry = _load(session, entry_id)
        entry.deleted_at = datetime.now(timezone.utc).replace(tzinfo=None)


# -- the office record ---------------------------------------------------------------------
_OFFICE_LIMITS = {"name": 100, "site": 200, "resident_prosecutor": 64, "police_liaison": 100,
                  "duty_roster": 4000}


def save_office_record(office: Office, data: OfficeRecordInput, *, today: date) -> str:
    """Create or update this unit's office record (one per unit); returns its id."""
    values = {f.name: getattr(data, f.name) for f in dc_fields(OfficeRecordInput)}
    errors = []
    for name, limit in _OFFICE_LIMITS.items():
        values[name] = (values[name] or "").strip()
        if len(values[name]) > limit:
            errors.append(_error(rules.Problem(name, "cooperation.too_long", {"limit": limit})))
    if not values["site"]:
        errors.append(_error(rules.Problem("site", "required")))
    if values["established_on"] is not None and values["established_on"] > today:
        errors.append(_error(rules.Problem("established_on", "date.future")))
    if errors:
        raise ValidationFailed(errors)
    from sqlalchemy import select

    from desktop.store.cooperation_models import CooperationOffice

    with office.transaction(permissions.COOPERATION) as session:
        record = session.scalars(select(CooperationOffice).where(
            CooperationOffice.unit_code == office.unit_code,
            CooperationOffice.deleted_at.is_(None))).first()
        if record is None:
            record = CooperationOffice()
            session.add(record)
        for name, value in values.items():
            setattr(record, name, value)
        return record.id
