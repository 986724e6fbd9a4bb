"""The outcome columns of an imported petition register (答复日期, 答复方式, 办结日期, 办结方式),
issue 9: recorded through the petition service's own reply and closure code
(petition_work.add_reply / close_in) in the import's transaction, so an office importing
its history sees no false overdue petitions and next month's file records the replies and
closures of last month's open ones ("updated").

A reply date is a 结果答复 (the reply that ends the handling; 答复方式 written when the
register does not say); its content and the closure's note say the record was imported.
Import reason codes (FieldError.code, English text in the message):
  import.reply_date_missing   "a reply way without the reply's date"
  import.closure_date_missing "a closure needs its date"
  import.closure_missing      "a closing date without how it closed"
  import.closed_before_reply  "closed before the reply"
  import.petition_transferred "the petition was forwarded in the program"
  import.closure_differs      "the program has another closure recorded"
plus the petition service's own petition.closure_not_now (息诉罢访, 依法办结 and 信访终结
need a result reply first), petition.before_received and date.future."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.import_values import (CLOSURES, EMPTY_WORDS, REPLY_WAYS, ValueProblem,
                                          half_width, parse_choice)
from desktop.domain.petitions import PetitionStatus, ReplyKind, ReplyWay
from desktop.services.register_import_rows import RowCheck

REPLIED_ON, WAY, CLOSED_ON, CLOSURE = "replied_on", "reply_way", "closed_on", "closure"
REPLY, CLOSE = "reply", "close"
IMPORTED_NOTE = "（据既有登记导入）"
_OPEN = (PetitionStatus.REGISTERED.value, PetitionStatus.PROCEDURAL_REPLIED.value,
         PetitionStatus.IN_HANDLING.value)


@dataclass
class PetitionOutcome:
    """The reply and/or closure to record on a registered petition ("updated" row)."""
    petition_id: str
    values: dict
    steps: list[str] = field(default_factory=list)


def read_outcome(check: RowCheck, *, today: date) -> None:
    v = check.values
    for key, words in ((WAY, REPLY_WAYS), (CLOSURE, CLOSURES)):
        if key not in v:
            continue
        text = "".join(half_width(str(v[key])).split())
        if text in EMPTY_WORDS:
            del v[key]
            continue
        got = parse_choice(text, words)
        if isinstance(got, ValueProblem):
            del v[key]
            check.refuse(key, got.code, got.message, **got.params)
        elif got is not None:
            v[key] = got
    replied, closed, received = v.get(REPLIED_ON), v.get(CLOSED_ON), v.get("received_on")
    if v.get(WAY) and replied is None:
        check.refuse(REPLIED_ON, "import.reply_date_missing",
                     "a reply way without the reply's date")
    if v.get(CLOSURE) and closed is None and not _has(check, CLOSED_ON):
        check.refuse(CLOSED_ON, "import.closure_date_missing", "a closure needs its date")
    if closed is not None and not v.get(CLOSURE) and not _has(check, CLOSURE):
        check.refuse(CLOSURE, "import.closure_missing", "a closing date without how it closed")
    for key, day in ((REPLIED_ON, replied), (CLOSED_ON, closed)):
        if day is not None and day > today:
            check.refuse(key, "date.future", f"{key} is in the future")
        elif day is not None and received is not None and day < received:
            check.refuse(key, "petition.before_received",
                         f"{key} is before the petition was received", date=received.isoformat())
    if replied and closed and closed < replied:
        check.refuse(CLOSED_ON, "import.closed_before_reply", "closed before the reply")


def _has(check: RowCheck, key: str) -> bool:
    return any(r.field == key for r in check.reasons)


def steps(check: RowCheck, status: str | None, closure: str | None) -> list[str] | None:
    """What the row records on a petition in `status` (None: a new one): [reply, close],
    either, or nothing; None when the row contradicts the program (refused)."""
    from desktop.services.petition_work import closures_for

    v = check.values
    status = status or PetitionStatus.REGISTERED.value
    todo: list[str] = []
    if v.get(REPLIED_ON):
        if status in _OPEN:
            todo.append(REPLY)
            status = PetitionStatus.RESULT_REPLIED.value
        elif status == PetitionStatus.TRANSFERRED.value:
            check.refuse(REPLIED_ON, "import.petition_transferred",
                         "the petition was forwarded in the program")
            return None
    if v.get(CLOSURE):
        if status == PetitionStatus.CLOSED.value:
            if closure != v[CLOSURE]:
                check.refuse(CLOSURE, "import.closure_differs",
                             "the program has another closure recorded", recorded=closure or "")
                return None
        elif v[CLOSURE] not in closures_for(status):
            check.refuse(CLOSURE, "petition.closure_not_now", "not possible in this state",
                         status=status)
            return None
        else:
            todo.append(CLOSE)
    return todo


def record(session, office, petition, values: dict, todo: list[str], *, today: date) -> None:
    """The row's reply and closure through the petition service, in the import's
    transaction."""
    from desktop.services.petition_settings import read_settings
    from desktop.services.petition_work import ClosureInput, ReplyInput, add_reply, close_in

    if REPLY in todo:
        add_reply(session, office, petition, ReplyInput(
            done_on=values[REPLIED_ON], reply_kind=ReplyKind.RESULT.value,
            way=values.get(WAY, ReplyWay.WRITTEN.value), content=IMPORTED_NOTE),
            read_settings(office.reader), today=today)
    if CLOSE in todo:
        close_in(petition, ClosureInput(closure=values[CLOSURE], closed_on=values[CLOSED_ON],
                                        note=IMPORTED_NOTE), today=today)


def record_outcome(session, office, item: PetitionOutcome, *, today: date) -> str:
    from desktop.services.petition_work import _load

    petition = _load(session, item.petition_id)
    record(session, office, petition, item.values, item.steps, today=today)
    return petition.id
