"""Registering a police request for approval of arrest (受理提请批准逮捕): validation with the
domain rules, then one transaction that writes the request, its suspects and one review per
suspect with its statutory deadline."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain import permissions
from desktop.domain.ages import is_juvenile, offence_reference_date
from desktop.domain.arrest_review import ReviewStatus, review_deadline
from desktop.domain.idnumber import InvalidIdNumber, parse_id_number
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office
from desktop.services.text_checks import MULTILINE, check_texts

# CPL Art. 91: the police may hold a detained suspect at most 30 days before asking for arrest.
MAX_DETENTION_BEFORE_REQUEST = timedelta(days=30)


@dataclass
class SuspectInput:
    name: str
    id_number: str = ""
    detained: bool = True
    detained_since: date | None = None
    confessed: bool = False  # 认罪认罚
    counsel: str = ""
    offence_date: date | None = None
    birth_date: date | None = None  # when there is no ID number (e.g. a foreigner)
    sex: str | None = None


@dataclass
class RegistrationInput:
    police_agency_id: str
    police_case_no: str
    request_no: str
    request_date: date
    received_date: date
    officer_id: str
    charge_codes: list[str]
    suspects: list[SuspectInput] = field(default_factory=list)
    major_complex: bool = False
    note: str = ""
    # A police agency not yet in the list, added with the request (police_agency_id empty).
    new_police_agency: str = ""


def _plain(name: str) -> str:
    """A name as compared: no spaces (某 某 and 某某 are one person), the middle dot of
    minority names in one form."""
    return "".join(name.split()).replace("•", "·").replace("．", "·")


def _err(errors, field_name, error_code, message, **params):
    errors.append(FieldError(field_name, error_code, message, params))


def validate_registration(office: Office, data: RegistrationInput, *, today: date) -> list:
    errors: list[FieldError] = []
    conn = office.reader
    # typed text first: control characters, lone surrogates, longer than the columns hold
    check_texts(errors, [("police_case_no", data.police_case_no, 64),
                         ("request_no", data.request_no, 64), ("note", data.note, MULTILINE),
                         ("police_agency", data.new_police_agency, 100)]
                + [(f"suspects[{i}].{name}", getattr(s, name), length)
                   for i, s in enumerate(data.suspects)
                   for name, length in (("name", 64), ("counsel", 200))])
    if not data.police_case_no.strip():
        _err(errors, "police_case_no", "required", "police case number is required")
    new_agency = data.new_police_agency.strip()
    if new_agency and not data.police_agency_id:
        if len(new_agency) < 2:
            _err(errors, "police_agency", "agency.name_short", "the agency's name is too short")
        elif conn.execute("SELECT 1 FROM police_agencies WHERE name = ? AND deleted_at IS NULL",
                          (new_agency,)).fetchone():
            _err(errors, "police_agency", "agency.exists", "that police agency already exists")
    elif not conn.execute("SELECT 1 FROM police_agencies WHERE id = ? AND deleted_at IS NULL",
                          (data.police_agency_id,)).fetchone():
        _err(errors, "police_agency", "required", "choose the police agency")
    # this office's own staff (an upper office also holds its units' users, synced)
    if not conn.execute("SELECT 1 FROM users WHERE id = ? AND active AND unit_code = ?",
                        (data.officer_id, office.unit_code)).fetchone():
        _err(errors, "officer", "required", "choose the officer in charge")
    if data.request_date > today:
        _err(errors, "request_date", "date.future", "the request date is in the future")
    if data.received_date > today:
        _err(errors, "received_date", "date.future", "the received date is in the future")
    if data.received_date < data.request_date:
        _err(errors, "received_date", "date.before_request",
             "the request was received before it was written")
    if not data.charge_codes:
        _err(errors, "charges", "required", "pick at least one charge")
    else:
        marks = ",".join("?" * len(data.charge_codes))
        known = {r[0] for r in conn.execute(
            f"SELECT code FROM charges WHERE code IN ({marks})", tuple(data.charge_codes))}
        for code in data.charge_codes:
            if code not in known:
                _err(errors, "charges", "charge.unknown", f"unknown charge {code}", code=code)
    if not data.suspects:
        _err(errors, "suspects", "required", "add at least one suspect")
    seen_ids: dict[str, int] = {}
    for i, s in enumerate(data.suspects):
        prefix = f"suspects[{i}]"
        if not s.name.strip():
            _err(errors, f"{prefix}.name", "required", "the suspect's name is required")
        if s.id_number.strip():
            try:
                parsed = parse_id_number(s.id_number, today=today)
            except InvalidIdNumber as exc:
                _err(errors, f"{prefix}.id_number", f"id_number.{exc.code}", str(exc))
            else:
                if parsed.number in seen_ids:
                    _err(errors, f"{prefix}.id_number", "id_number.duplicate",
                         "the same ID number appears twice in this request")
                seen_ids[parsed.number] = i
                # The number names a person already on file: the request joins that person,
                # so a different typed name is a typo in one of the two, never silently kept.
                known = conn.execute("SELECT name FROM persons WHERE id_number = ? AND "
                                     "deleted_at IS NULL", (parsed.number,)).fetchone()
                if known and s.name.strip() and _plain(known[0]) != _plain(s.name):
                    _err(errors, f"{prefix}.id_number", "id_number.other_name",
                         f"this ID number is on file for {known[0]}", name=known[0])
        if s.detained:
            if s.detained_since is None:
                _err(errors, f"{prefix}.detained_since", "required",
                     "enter the date of detention")
            elif s.detained_since > data.received_date:
                _err(errors, f"{prefix}.detained_since", "date.after_received",
                     "detention cannot start after the request was received")
            elif data.received_date - s.detained_since > MAX_DETENTION_BEFORE_REQUEST:
                _err(errors, f"{prefix}.detained_since", "date.detention_too_long",
                     "detained more than 30 days before the request (CPL Art. 91)")
        if s.offence_date and s.offence_date > today:
            _err(errors, f"{prefix}.offence_date", "date.future", "the offence date is in the future")
    return errors


def insert_request(session, data: RegistrationInput, *, today: date,
                   persons: dict | None = None) -> str:
    """Writes a validated registration into an open session; returns the request id.
    `persons` ({ID number: Person}, optional) is a batch's cache of the people on file and
    those it added, so a register import asks the database once, not once per suspect."""
    return add_request(session, data, today=today, persons=persons).id


def add_request(session, data: RegistrationInput, *, today: date, persons: dict | None = None):
    """`insert_request`, returning the unflushed request itself: its `.reviews` are the
    suspects' reviews in order (a register import records their decisions next)."""
    from sqlalchemy import select

    from desktop.store.models import ArrestRequest, ArrestReview, Person, PoliceAgency

    request = ArrestRequest(
        police_agency_id=data.police_agency_id, police_case_no=data.police_case_no.strip(),
        request_no=data.request_no.strip(), request_date=data.request_date,
        received_date=data.received_date, major_complex=data.major_complex,
        officer_id=data.officer_id, charge_codes=",".join(data.charge_codes),
        note=data.note.strip(),
    )
    if not data.police_agency_id and data.new_police_agency.strip():
        request.police_agency = PoliceAgency(name=data.new_police_agency.strip())
    session.add(request)
    for position, s in enumerate(data.suspects):
        birth, sex, number = s.birth_date, s.sex, None
        if s.id_number.strip():
            parsed = parse_id_number(s.id_number, today=today)
            birth, sex, number = parsed.birth_date, parsed.sex, parsed.number
        person = None
        if number and persons is not None:
            person = persons.get(number)
        elif number:
            # No autoflush: flushing here would capture a half-built request (no suspects yet)
            # and then rewrite it; one flush at the end records the whole registration.
            with session.no_autoflush:
                person = session.scalars(select(Person).where(
                    Person.id_number == number, Person.deleted_at.is_(None))).first()
        if person is None:
            person = Person(name=s.name.strip(), id_number=number, birth_date=birth, sex=sex)
            session.add(person)
            if number and persons is not None:
                persons[number] = person
        limit, end = review_deadline(data.received_date, detained=s.detained,
                                     major_complex=data.major_complex)
        session.add(ArrestReview(
            request=request, person=person, position=position, detained=s.detained,
            detained_since=s.detained_since if s.detained else None, confessed=s.confessed,
            counsel=s.counsel.strip(), offence_date=s.offence_date,
            juvenile=bool(birth and is_juvenile(birth, offence_reference_date(
                offence_date=s.offence_date, detained_since=s.detained_since,
                request_date=data.request_date))),
            status=ReviewStatus.RECEIVED.value, limit_code=limit.code, raw_end=end.raw,
            due_date=end.due, extended=end.extended,
        ))
    return request


def register_request(office: Office, data: RegistrationInput, *, today: date) -> str:
    errors = validate_registration(office, data, today=today)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.REGISTER_REQUEST) as session:
        return insert_request(session, data, today=today)
