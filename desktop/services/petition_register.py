"""Registering a petition (信访登记), DOMAIN.md §4.4: validation with the domain rules, then one
transaction that writes the petition, its petitioners and attachments; change capture writes
the outbox and the audit chain. The first handler (首办责任人) is set here and never changes
(petition_work.transfer_handler changes only the current handler, with a reason).

`repeat_candidates` is the read that suggests earlier petitions of the same people, by ID
number (certain) or by name (to check), so a repeat petition is linked to the ones before.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain import petitions as rules
from desktop.domain.idnumber import InvalidIdNumber, parse_id_number
from desktop.domain.petition_risk import Trigger, join_triggers, suggested_level
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office
from desktop.services.petition_settings import read_levels, read_settings
from desktop.services.text_checks import MULTILINE, check_texts

# One attachment: a scanned letter or a photo is well below this; a video is not for the
# register (keep it on the file server and name it in the summary).
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_PHONE = re.compile(r"^[0-9+\-() ]{5,24}$")


@dataclass
class PetitionerInput:
    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    work_unit: str = ""


@dataclass
class AttachmentInput:
    file_name: str
    content: bytes


@dataclass
class PetitionInput:
    received_on: date
    channel: str  # domain.petitions.Channel value
    petition_type: str  # PetitionType value
    summary: str
    petitioners: list[PetitionerInput]
    concerns_procuratorate: bool = True  # 涉检
    petitioner_count: int | None = None  # None: as many as listed
    collective: bool = False
    related_case: str = ""
    request_id: str | None = None  # the arrest request it concerns, if registered here
    repeat_of_id: str | None = None  # the earlier petition it repeats
    first_handler_id: str = ""  # "" → the registering officer
    risk_level: str = ""  # "" → the level suggested by the triggers
    risk_triggers: list[str] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)


def _enum_ok(enum, value) -> bool:
    return value in {m.value for m in enum}


def check_attachment(errors: list[FieldError], name: str, index: int, item: AttachmentInput
                     ) -> None:
    if not item.file_name.strip():
        errors.append(FieldError(f"{name}[{index}]", "required", "the file has no name"))
    elif len(item.content) > MAX_ATTACHMENT_BYTES:
        errors.append(FieldError(
            f"{name}[{index}]", "petition.attachment_too_large",
            f"{item.file_name} is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB",
            {"name": item.file_name, "limit": MAX_ATTACHMENT_BYTES // (1024 * 1024),
             "size": round(len(item.content) / (1024 * 1024), 1)}))
    elif not item.content:
        errors.append(FieldError(f"{name}[{index}]", "petition.attachment_empty",
                                 f"{item.file_name} is empty", {"name": item.file_name}))


def validate(conn, data: PetitionInput, *, today: date, unit_code: str | None = None
             ) -> tuple[list[FieldError], list[str]]:
    """Every problem of `data` (nothing written) and the normalised ID numbers."""
    errors: list[FieldError] = []
    check_texts(errors, [("summary", data.summary, MULTILINE),
                         ("related_case", data.related_case, 200)]
                + [(f"petitioners[{i}].{name}", getattr(p, name), length)
                   for i, p in enumerate(data.petitioners)
                   for name, length in (("name", 64), ("phone", 32), ("address", 200),
                                        ("work_unit", 100))]
                + [(f"attachments[{i}].file_name", a.file_name, 255)
                   for i, a in enumerate(data.attachments)])
    if data.received_on is None:
        errors.append(FieldError("received_on", "required", "the date received"))
    elif data.received_on > today:
        errors.append(FieldError("received_on", "date.future", "received after today"))
    if not _enum_ok(rules.Channel, data.channel):
        errors.append(FieldError("channel", "required", "choose the channel"))
    if not _enum_ok(rules.PetitionType, data.petition_type):
        errors.append(FieldError("petition_type", "required", "choose the type"))
    if not data.summary.strip():
        errors.append(FieldError("summary", "required", "what does the petition ask?"))
    numbers: list[str] = []
    if not data.petitioners:
        errors.append(FieldError("petitioners", "required", "add at least one petitioner"))
    for i, p in enumerate(data.petitioners):
        at = f"petitioners[{i}]"
        if not p.name.strip():
            errors.append(FieldError(f"{at}.name", "petition.name_required",
                                     "the petitioner's name (匿名 for an anonymous letter)"))
        number = ""
        if p.id_number.strip():
            try:
                number = parse_id_number(p.id_number, today=today).number
            except InvalidIdNumber as exc:
                errors.append(FieldError(f"{at}.id_number", f"id_number.{exc.code}", str(exc)))
            else:
                if number in numbers:
                    errors.append(FieldError(f"{at}.id_number", "petition.id_duplicate",
                                             "two petitioners with one ID number"))
        numbers.append(number)
        if p.phone.strip() and not _PHONE.match(p.phone.strip()):
            errors.append(FieldError(f"{at}.phone", "petition.phone",
                                     "a phone number has digits only"))
    count = data.petitioner_count
    if count is not None and (count < 1 or count < len(data.petitioners) or count > 9999):
        errors.append(FieldError("petitioner_count", "petition.count",
                                 "at least as many people as are listed",
                                 {"listed": len(data.petitioners)}))
    if data.collective and (count or len(data.petitioners)) < 2:
        errors.append(FieldError("collective", "petition.collective_alone",
                                 "a collective petition has more than one petitioner"))
    if data.request_id and not conn.execute(
            "SELECT 1 FROM arrest_requests WHERE id = ? AND deleted_at IS NULL",
            (data.request_id,)).fetchone():
        errors.append(FieldError("request", "petition.request_unknown", "no such request"))
    if data.repeat_of_id:
        earlier = conn.execute("SELECT received_on FROM petitions WHERE id = ? AND "
                               "deleted_at IS NULL", (data.repeat_of_id,)).fetchone()
        if earlier is None:
            errors.append(FieldError("repeat_of", "petition.repeat_unknown",
                                     "no such earlier petition"))
        elif data.received_on is not None and date.fromisoformat(earlier[0]) > \
                data.received_on:
            errors.append(FieldError("repeat_of", "petition.repeat_later",
                                     "the petition it repeats came later"))
    handler = data.first_handler_id
    # this office's own staff (`unit_code`): an upper office also holds its units' users
    if handler and not conn.execute("SELECT 1 FROM users WHERE id = ? AND active AND "
                                    "deleted_at IS NULL AND (? IS NULL OR unit_code = ?)",
                                    (handler, unit_code, unit_code)).fetchone():
        errors.append(FieldError("first_handler", "required", "choose the first handler"))
    levels = read_levels(conn)
    if data.risk_level and data.risk_level not in levels.codes:
        errors.append(FieldError("risk_level", "petition.level_unknown",
                                 "not one of the office's risk levels"))
    if any(not _enum_ok(Trigger, t) for t in data.risk_triggers):
        errors.append(FieldError("risk_triggers", "petition.trigger_unknown",
                                 "unknown risk trigger"))
    for i, item in enumerate(data.attachments):
        check_attachment(errors, "attachments", i, item)
    return errors, numbers


def register_petition(office: Office, data: PetitionInput, *, today: date) -> str:
    """Register a petition; returns its id. The 7-day procedural reply starts running."""
    conn = office.reader
    errors, numbers = validate(conn, data, today=today, unit_code=office.unit_code)
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.PETITIONS) as session:
        return insert_petition(session, conn, data, numbers,
                               handler_id=data.first_handler_id or office.user_id)


def insert_petition(session, conn, data: PetitionInput, numbers: list[str], *,
                    handler_id: str) -> str:
    """Writes a validated petition (`numbers` from `validate`) into an open session (a
    transaction of permissions.PETITIONS); returns its id."""
    settings = read_settings(conn)
    levels = read_levels(conn)
    due = rules.next_due(rules.PetitionStatus.REGISTERED, data.received_on, [], settings)
    handler = handler_id
    triggers = join_triggers(data.risk_triggers)
    from desktop.store.petition_models import Petition, Petitioner

    petition = Petition(
        received_on=data.received_on, channel=data.channel,
        petition_type=data.petition_type,
        concerns_procuratorate=bool(data.concerns_procuratorate),
        petitioner_count=data.petitioner_count or len(data.petitioners),
        collective=bool(data.collective), related_case=data.related_case.strip(),
        request_id=data.request_id or None, repeat_of_id=data.repeat_of_id or None,
        summary=data.summary.strip(), first_handler_id=handler, handler_id=handler,
        risk_level=data.risk_level or suggested_level(data.risk_triggers, levels),
        risk_triggers=triggers, status=rules.PetitionStatus.REGISTERED.value,
        due_kind=due.kind.value, raw_end=due.end.raw, due_date=due.due,
        forwarded_to="", closure="", closed_on=None, closure_note="")
    session.add(petition)
    for i, (p, number) in enumerate(zip(data.petitioners, numbers)):
        session.add(Petitioner(petition_id=petition.id, position=i, name=p.name.strip(),
                               id_number=number, phone=p.phone.strip(),
                               address=p.address.strip(), work_unit=p.work_unit.strip()))
    for item in data.attachments:
        store_attachment(session, petition.id, item)
    session.flush()  # the search index follows in the same flush (store/capture.py)
    return petition.id


def store_attachment(session, petition_id: str, item: AttachmentInput) -> str:
    """The attachment record, and its bytes once per SHA-256 (in the caller's transaction)."""
    from desktop.store.petition_models import PetitionAttachment, PetitionFile

    digest = hashlib.sha256(item.content).hexdigest()
    pending = session.info.setdefault("petition_files", set())  # added, not yet flushed
    if digest not in pending and session.get(PetitionFile, digest) is None:
        session.add(PetitionFile(sha256=digest, size=len(item.content), content=item.content))
        pending.add(digest)
    record = PetitionAttachment(petition_id=petition_id, file_name=item.file_name.strip(),
                                size=len(item.content), sha256=digest)
    session.add(record)
    return record.id


@dataclass(frozen=True)
class RepeatCandidate:
    petition_id: str
    received_on: date
    petitioner_name: str
    summary: str
    status: str
    by_id_number: bool  # True: the same ID number (certain); False: the same name only


def repeat_candidates(conn, people: list[tuple[str, str]], *, exclude_id: str = "",
                      limit: int = 10) -> list[RepeatCandidate]:
    """Earlier petitions of these (name, ID number) people, newest first: matches by ID number
    first, then by name where no ID number was given or matched."""
    numbers, names = [], []
    for name, number in people:
        try:
            numbers.append(parse_id_number(number).number if number.strip() else "")
        except InvalidIdNumber:
            numbers.append("")
        names.append(name.strip())
    found: dict[str, RepeatCandidate] = {}
    sql = ("SELECT p.id, p.received_on, r.name, p.summary, p.status FROM petitioners r "
           "JOIN petitions p ON p.id = r.petition_id WHERE r.deleted_at IS NULL "
           "AND p.deleted_at IS NULL AND p.id != ? AND {} ORDER BY p.received_on DESC "
           "LIMIT ?")
    for number in (n for n in numbers if n):
        for r in conn.execute(sql.format("r.id_number = ?"), (exclude_id, number, limit)):
            found.setdefault(r[0], RepeatCandidate(r[0], date.fromisoformat(r[1]), r[2],
                                                   r[3], r[4], True))
    for name in (n for n in names if len(n) >= 2 and n != "匿名"):
        for r in conn.execute(sql.format("r.name = ?"), (exclude_id, name, limit)):
            found.setdefault(r[0], RepeatCandidate(r[0], date.fromisoformat(r[1]), r[2],
                                                   r[3], r[4], False))
    ranked = sorted(found.values(), key=lambda c: (not c.by_id_number, -c.received_on.toordinal()))
    return ranked[:limit]
