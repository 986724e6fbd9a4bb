"""Work on a registered petition: replies, the other work (释法说理, counselling, reconciliation,
judicial aid, public hearings), forwarding to the competent body, a change of handler with its
reason, a new risk grading, attachments added later, and closure. Each public function is one
transaction; the running deadline kept on the petition row is recomputed from the replies
(domain.petitions.next_due) whenever they change."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain import petitions as rules
from desktop.domain.petition_risk import Trigger, join_triggers
from desktop.domain.petitions import Closure, PetitionStatus, ReplyKind, ReplyWay, WorkKind
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.petition_register import (AttachmentInput, check_attachment,
                                                store_attachment)
from desktop.services.petition_settings import read_levels, read_settings


@dataclass
class ReplyInput:
    done_on: date
    reply_kind: str  # ReplyKind value
    way: str  # ReplyWay value
    content: str
    participants: str = ""
    outcome: str = ""


@dataclass
class WorkInput:
    kind: str  # WorkKind value other than "reply"
    done_on: date
    content: str
    participants: str = ""
    outcome: str = ""


@dataclass
class ForwardInput:
    forwarded_on: date
    forwarded_to: str  # the competent body (转送/转办 to)
    way: str = ReplyWay.WRITTEN.value  # how the petitioner was told where it went
    note: str = ""


@dataclass
class ClosureInput:
    closure: str  # Closure value
    closed_on: date
    note: str = ""


@dataclass
class RiskInput:
    level: str
    triggers: list[str] = field(default_factory=list)


def _fail(field_name: str, code: str, message: str, **params):
    raise ValidationFailed([FieldError(field_name, code, message, params)])


def _enum_ok(enum, value) -> bool:
    return value in {m.value for m in enum}


def _check_date(errors, name, value, today, received):
    if value is None:
        errors.append(FieldError(name, "required", f"{name} is required"))
    elif value > today:
        errors.append(FieldError(name, "date.future", f"{name} is in the future"))
    elif value < received:
        errors.append(FieldError(name, "petition.before_received",
                                 f"{name} is before the petition was received",
                                 {"date": received}))


def _load(session, petition_id: str):
    from desktop.store.petition_models import Petition

    petition = session.get(Petition, petition_id)
    if petition is None or petition.deleted_at is not None:
        raise NotFound(f"petition {petition_id}")
    return petition


def _require_open(petition) -> None:
    if petition.status == PetitionStatus.CLOSED.value:
        _fail("status", "petition.closed", "the petition is closed")


def _move(petition, new: PetitionStatus) -> None:
    try:
        rules.check_transition(petition.status, new)
    except rules.InvalidTransition as exc:
        _fail("status", "petition.invalid_transition", str(exc), old=exc.old.value,
              new=exc.new.value)
    petition.status = new.value


def _replies(session, petition_id: str) -> list[tuple[date, str]]:
    rows = session.connection().exec_driver_sql(
        "SELECT done_on, reply_kind FROM petition_work WHERE petition_id = ? AND kind = ? "
        "AND deleted_at IS NULL", (petition_id, WorkKind.REPLY.value)).fetchall()
    return [(date.fromisoformat(d), k) for d, k in rows]


def _set_due(session, petition, settings, new_reply: tuple[date, str] | None = None) -> None:
    """Recompute the running deadline from the stored replies and the one being added (read
    before the flush, so the petition's row changes once per transaction)."""
    replies = _replies(session, petition.id) + ([new_reply] if new_reply else [])
    due = rules.next_due(petition.status, petition.received_on, replies, settings)
    if due is None:
        petition.due_kind, petition.raw_end, petition.due_date = "", None, None
    else:
        petition.due_kind, petition.raw_end, petition.due_date = \
            due.kind.value, due.end.raw, due.due


def _add_work(session, petition_id: str, office: Office, **values):
    from desktop.store.petition_models import PetitionWork

    values = {"reply_kind": "", "way": "", "participants": "", "outcome": "", **values}
    work = PetitionWork(petition_id=petition_id, officer_id=office.user_id, **values)
    session.add(work)
    return work


# -- replies and work ------------------------------------------------------------------------
def record_reply(office: Office, petition_id: str, data: ReplyInput, *, today: date) -> str:
    """A reply given to the petitioner (程序性 / 过程 / 结果): moves the petition on and
    recomputes the running deadline. Returns the work entry's id."""
    settings = read_settings(office.reader)
    with office.transaction(permissions.PETITIONS) as session:
        work = add_reply(session, office, _load(session, petition_id), data, settings,
                         today=today)
        session.flush()
        return work.id


def add_reply(session, office: Office, petition, data: ReplyInput, settings, *, today: date):
    """`record_reply` in the caller's transaction (a register import records the replies
    of the petitions it brings in); returns the unflushed work entry."""
    petition_id = petition.id
    _require_open(petition)
    errors: list[FieldError] = []
    if not _enum_ok(ReplyKind, data.reply_kind):
        errors.append(FieldError("reply_kind", "required", "which reply is it?"))
    if not _enum_ok(ReplyWay, data.way):
        errors.append(FieldError("way", "required", "how was it given?"))
    if not data.content.strip():
        errors.append(FieldError("content", "required", "what was the petitioner told?"))
    _check_date(errors, "done_on", data.done_on, today, petition.received_on)
    if errors:
        raise ValidationFailed(errors)
    try:
        new = rules.status_after_reply(petition.status, data.reply_kind)
    except rules.InvalidTransition as exc:
        _fail("status", "petition.no_reply_now", str(exc), status=petition.status)
    _move(petition, new)
    work = _add_work(session, petition_id, office, kind=WorkKind.REPLY.value,
                     done_on=data.done_on, reply_kind=data.reply_kind, way=data.way,
                     content=data.content.strip(), participants=data.participants.strip(),
                     outcome=data.outcome.strip())
    _set_due(session, petition, settings, (data.done_on, data.reply_kind))
    return work


def record_work(office: Office, petition_id: str, data: WorkInput, *, today: date) -> str:
    """释法说理, counselling, reconciliation, judicial aid or a public hearing, with who took
    part and the outcome. Recorded on an open petition or after its result (息诉 work often
    follows the reply); not on a closed one."""
    with office.transaction(permissions.PETITIONS) as session:
        petition = _load(session, petition_id)
        _require_open(petition)
        errors: list[FieldError] = []
        if not _enum_ok(WorkKind, data.kind) or data.kind == WorkKind.REPLY.value:
            errors.append(FieldError("kind", "required", "which kind of work?"))
        if not data.content.strip():
            errors.append(FieldError("content", "required", "what was done?"))
        _check_date(errors, "done_on", data.done_on, today, petition.received_on)
        if errors:
            raise ValidationFailed(errors)
        work = _add_work(session, petition_id, office, kind=data.kind, done_on=data.done_on,
                         content=data.content.strip(), participants=data.participants.strip(),
                         outcome=data.outcome.strip())
        session.flush()
        return work.id


def forward(office: Office, petition_id: str, data: ForwardInput, *, today: date) -> str:
    """转送 / 转办: the matter belongs to another body. The petitioner is told where it went
    (that is the procedural reply); no 3-month reply runs here afterwards."""
    with office.transaction(permissions.PETITIONS) as session:
        petition = _load(session, petition_id)
        _require_open(petition)
        errors: list[FieldError] = []
        if not data.forwarded_to.strip():
            errors.append(FieldError("forwarded_to", "required", "to which body?"))
        if not _enum_ok(ReplyWay, data.way):
            errors.append(FieldError("way", "required", "how was the petitioner told?"))
        _check_date(errors, "forwarded_on", data.forwarded_on, today, petition.received_on)
        if errors:
            raise ValidationFailed(errors)
        _move(petition, PetitionStatus.TRANSFERRED)
        petition.forwarded_to = data.forwarded_to.strip()
        text = f"转送{petition.forwarded_to}处理"
        work = _add_work(session, petition_id, office, kind=WorkKind.REPLY.value,
                         done_on=data.forwarded_on, reply_kind=ReplyKind.PROCEDURAL.value,
                         way=data.way, content=text, outcome=data.note.strip())
        _set_due(session, petition, read_settings(office.reader))
        session.flush()
        return work.id


def transfer_handler(office: Office, petition_id: str, *, to_handler_id: str, reason: str,
                     transferred_on: date, today: date) -> str:
    """Hand the petition to another officer, with the reason (首办责任: the first handler
    stays on record; only the current handler changes). Returns the transfer's id."""
    from desktop.store.petition_models import HandlerTransfer

    with office.transaction(permissions.PETITIONS) as session:
        petition = _load(session, petition_id)
        _require_open(petition)
        errors: list[FieldError] = []
        known = session.connection().exec_driver_sql(
            "SELECT 1 FROM users WHERE id = ? AND active AND deleted_at IS NULL "
            "AND unit_code = ?", (to_handler_id or "", office.unit_code)).fetchone()
        if not known:
            errors.append(FieldError("to_handler", "required", "choose the new handler"))
        elif to_handler_id == petition.handler_id:
            errors.append(FieldError("to_handler", "petition.same_handler",
                                     "this officer handles it already"))
        if not reason.strip():
            errors.append(FieldError("reason", "petition.reason_required",
                                     "a transfer needs its reason"))
        _check_date(errors, "transferred_on", transferred_on, today, petition.received_on)
        if errors:
            raise ValidationFailed(errors)
        transfer = HandlerTransfer(petition_id=petition_id, from_handler_id=petition.handler_id,
                                   to_handler_id=to_handler_id, reason=reason.strip(),
                                   transferred_on=transferred_on)
        session.add(transfer)
        petition.handler_id = to_handler_id
        session.flush()
        return transfer.id


def change_risk(office: Office, petition_id: str, data: RiskInput, *, today: date) -> None:
    """A new risk grading with the triggers that explain it (the audit log keeps the old)."""
    levels = read_levels(office.reader)
    with office.transaction(permissions.PETITIONS) as session:
        petition = _load(session, petition_id)
        _require_open(petition)
        errors: list[FieldError] = []
        if data.level not in levels.codes:
            errors.append(FieldError("risk_level", "petition.level_unknown",
                                     "not one of the office's risk levels"))
        if any(not _enum_ok(Trigger, t) for t in data.triggers):
            errors.append(FieldError("risk_triggers", "petition.trigger_unknown",
                                     "unknown risk trigger"))
        if errors:
            raise ValidationFailed(errors)
        petition.risk_level = data.level
        petition.risk_triggers = join_triggers(data.triggers)


def add_attachments(office: Office, petition_id: str, items: list[AttachmentInput]) -> list[str]:
    """Attach more files (a later letter, a receipt of judicial aid)."""
    errors: list[FieldError] = []
    for i, item in enumerate(items):
        check_attachment(errors, "attachments", i, item)
    if not items:
        errors.append(FieldError("attachments", "required", "choose a file"))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.PETITIONS) as session:
        _load(session, petition_id)
        ids = [store_attachment(session, petition_id, item) for item in items]
        session.flush()
        return ids


# Which closures fit which state: 息诉罢访 and 办结 after the result is given; 终结 after it
# too (the procedure ran its course); a forwarded petition closes as forwarded; the
# petitioner may withdraw at any time.
_CLOSURES_FROM = {
    Closure.SETTLED: {PetitionStatus.RESULT_REPLIED},
    Closure.CONCLUDED: {PetitionStatus.RESULT_REPLIED},
    Closure.TERMINATED: {PetitionStatus.RESULT_REPLIED},
    Closure.FORWARDED: {PetitionStatus.TRANSFERRED},
    Closure.WITHDRAWN: {PetitionStatus.REGISTERED, PetitionStatus.PROCEDURAL_REPLIED,
                        PetitionStatus.IN_HANDLING, PetitionStatus.RESULT_REPLIED,
                        PetitionStatus.TRANSFERRED},
}
_NOTE_NEEDED = {Closure.CONCLUDED, Closure.TERMINATED, Closure.WITHDRAWN}


def closures_for(status: str) -> list[str]:
    """The closures a petition in `status` can take (the dialog offers only these)."""
    return [c.value for c, allowed in _CLOSURES_FROM.items()
            if status in {s.value for s in allowed}]


def close_petition(office: Office, petition_id: str, data: ClosureInput, *,
                   today: date) -> None:
    with office.transaction(permissions.PETITIONS) as session:
        close_in(_load(session, petition_id), data, today=today)


def close_in(petition, data: ClosureInput, *, today: date) -> None:
    """`close_petition` in the caller's transaction (a register import closes the petitions
    its register shows 办结)."""
    _require_open(petition)
    errors: list[FieldError] = []
    if not _enum_ok(Closure, data.closure):
        errors.append(FieldError("closure", "required", "how does it close?"))
    elif data.closure not in closures_for(petition.status):
        errors.append(FieldError("closure", "petition.closure_not_now",
                                 "not possible in this state",
                                 {"status": petition.status}))
    elif Closure(data.closure) in _NOTE_NEEDED and not data.note.strip():
        errors.append(FieldError("note", "petition.note_required", "say why"))
    _check_date(errors, "closed_on", data.closed_on, today, petition.received_on)
    if errors:
        raise ValidationFailed(errors)
    _move(petition, PetitionStatus.CLOSED)
    petition.closure, petition.closed_on = data.closure, data.closed_on
    petition.closure_note = data.note.strip()
    petition.due_kind, petition.raw_end, petition.due_date = "", None, None
