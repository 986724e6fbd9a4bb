"""The cooperation log of the investigation-supervision and cooperation office
(侦查监督与协作配合办公室), DOMAIN.md §3.4: what the office records besides the formal notices.

Under the 2021 SPP–MPS opinion the office, usually sited in the police 执法办案管理中心 with a
resident prosecutor, consults with the police on cases, takes part early in major cases,
receives the police's information on cases filed, withdrawn and coercive measures taken,
supervises cases jointly with the police's legal department (联合督办), holds joint meetings
and follows up rectification. The opinion's full text was not available [S]; the kinds below
are the practices reported under it, the fields what a register of them needs [M].

Two kinds are tracked until done and carry a due date: a joint 督办 item and a rectification
follow-up. Every other kind records an event that has happened, so its date is not later than
today. Values are stored: never rename them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

__all__ = ["EntryKind", "ConsultationType", "CoerciveMeasure", "TRACKED_KINDS",
           "SUBTYPES", "FIELDS", "REQUIRED", "MAX_LENGTHS", "EntryFacts", "Problem",
           "fields_of", "is_tracked", "validate_entry", "validate_completion", "is_overdue"]


class EntryKind(str, Enum):
    CONSULTATION = "consultation"  # 会商: 捕前会商, 重大疑难案件会商, 立案会商
    EARLY_INVOLVEMENT = "early_involvement"  # 提前介入 / 适时介入 in a major case
    POLICE_FILING = "police_filing"  # 公安机关立案信息 received
    POLICE_WITHDRAWAL = "police_withdrawal"  # 公安机关撤案信息 received
    COERCIVE_MEASURE = "coercive_measure"  # 强制措施信息 received, with the measure
    JOINT_SUPERVISION = "joint_supervision"  # 联合督办, tracked until done
    JOINT_MEETING = "joint_meeting"  # 联席会议
    RECTIFICATION = "rectification"  # 整改跟踪: following up a rectification, tracked


class ConsultationType(str, Enum):
    PRE_ARREST = "pre_arrest"  # 捕前会商
    MAJOR_DIFFICULT = "major_difficult"  # 重大疑难复杂案件会商
    FILING = "filing"  # 立案会商: the police hear the procuratorate's view on filing


class CoerciveMeasure(str, Enum):
    """The measure the police report (CPL chapter 6), or its end."""

    SUMMONS = "summons"  # 拘传
    BAIL = "bail"  # 取保候审
    RESIDENTIAL_SURVEILLANCE = "residential_surveillance"  # 监视居住
    DESIGNATED_RESIDENCE = "designated_residence"  # 指定居所监视居住
    DETENTION = "detention"  # 刑事拘留
    ARREST = "arrest"  # 执行逮捕
    CHANGED = "changed"  # 变更强制措施
    RELEASED = "released"  # 解除强制措施 / 释放


_K = EntryKind
TRACKED_KINDS = frozenset({_K.JOINT_SUPERVISION, _K.RECTIFICATION})
SUBTYPES: dict[EntryKind, type[Enum]] = {_K.CONSULTATION: ConsultationType,
                                         _K.COERCIVE_MEASURE: CoerciveMeasure}

# The fields each kind shows and stores (beside kind, date, agency, summary and officer, which
# every entry has). A field a kind does not use is stored empty.
_CASE = ("case_ref", "request_id")
FIELDS: dict[EntryKind, tuple[str, ...]] = {
    _K.CONSULTATION: ("subtype", *_CASE, "participants", "outcome"),
    _K.EARLY_INVOLVEMENT: (*_CASE, "participants", "outcome"),
    _K.POLICE_FILING: (*_CASE, "person_name"),
    _K.POLICE_WITHDRAWAL: (*_CASE, "person_name"),
    _K.COERCIVE_MEASURE: ("subtype", *_CASE, "person_name"),
    _K.JOINT_SUPERVISION: (*_CASE, "participants", "due_on", "done_on", "outcome"),
    _K.JOINT_MEETING: ("participants", "outcome"),
    _K.RECTIFICATION: (*_CASE, "due_on", "done_on", "outcome"),
}
# Beyond the date, the agency and the summary, which every kind needs.
REQUIRED: dict[EntryKind, tuple[str, ...]] = {
    _K.CONSULTATION: ("subtype",),
    _K.EARLY_INVOLVEMENT: ("case_ref",),
    _K.POLICE_FILING: ("case_ref",),
    _K.POLICE_WITHDRAWAL: ("case_ref",),
    _K.COERCIVE_MEASURE: ("subtype", "case_ref", "person_name"),
    _K.JOINT_SUPERVISION: ("case_ref", "due_on"),
    _K.JOINT_MEETING: ("participants",),
    _K.RECTIFICATION: ("due_on",),
}
MAX_LENGTHS = {"case_ref": 100, "person_name": 64, "participants": 500, "summary": 2000,
               "outcome": 2000}


def fields_of(kind: EntryKind | str) -> tuple[str, ...]:
    return FIELDS[EntryKind(kind)]


def is_tracked(kind: EntryKind | str) -> bool:
    return EntryKind(kind) in TRACKED_KINDS


@dataclass(frozen=True)
class EntryFacts:
    """What the officer entered, as the rules see it (texts already stripped)."""

    kind: str
    occurred_on: date | None
    police_agency_id: str = ""
    summary: str = ""
    subtype: str = ""
    case_ref: str = ""
    request_id: str = ""
    person_name: str = ""
    participants: str = ""
    outcome: str = ""
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # "required", "date.future", "cooperation.*"
    params: dict | None = None


def validate_entry(facts: EntryFacts, *, today: date) -> list[Problem]:
    """Every problem of an entry, field by field; empty when it can be saved. Fields the kind
    does not use are not judged (the services store them empty)."""
    try:
        kind = EntryKind(facts.kind)
    except ValueError:
        return [Problem("kind", "required")]
    used = set(FIELDS[kind])
    problems: list[Problem] = []
    if facts.occurred_on is None:
        problems.append(Problem("occurred_on", "required"))
    elif facts.occurred_on > today:
        # Every entry records something that happened (a 督办 item: the day it was agreed).
        problems.append(Problem("occurred_on", "date.future"))
    if not facts.police_agency_id:
        problems.append(Problem("police_agency", "required"))
    if not facts.summary:
        problems.append(Problem("summary", "required"))
    for name in REQUIRED[kind]:
        if name == "subtype":
            continue
        if not getattr(facts, name):
            problems.append(Problem(name, "required"))
    if "subtype" in used:
        allowed = {m.value for m in SUBTYPES[kind]}
        if facts.subtype not in allowed:
            problems.append(Problem("subtype", "required"))
    for name, limit in MAX_LENGTHS.items():
        if name in used or name == "summary":
            if len(getattr(facts, name)) > limit:
                problems.append(Problem(name, "cooperation.too_long", {"limit": limit}))
    if "due_on" in used and facts.due_on is not None and facts.occurred_on is not None \
            and facts.due_on <= facts.occurred_on:
        problems.append(Problem("due_on", "cooperation.due_not_after",
                                {"date": facts.occurred_on}))
    if "done_on" in used and facts.done_on is not None:
        problems.extend(_done_problems(facts.done_on, facts.occurred_on, today))
    return problems


def _done_problems(done_on: date, occurred_on: date | None, today: date) -> list[Problem]:
    if done_on > today:
        return [Problem("done_on", "date.future")]
    if occurred_on is not None and done_on < occurred_on:
        return [Problem("done_on", "cooperation.done_before", {"date": occurred_on})]
    return []


def validate_completion(kind: EntryKind | str, occurred_on: date, done_on: date | None,
                        already_done: date | None, *, today: date) -> list[Problem]:
    """Marking a tracked item done: only a 督办 item or a rectification follow-up, once, on a
    day between its entry and today."""
    if not is_tracked(kind):
        return [Problem("done_on", "cooperation.not_tracked")]
    if already_done is not None:
        return [Problem("done_on", "cooperation.already_done", {"date": already_done})]
    if done_on is None:
        return [Problem("done_on", "required")]
    return _done_problems(done_on, occurred_on, today)


def is_overdue(kind: EntryKind | str, due_on: date | None, done_on: date | None,
               today: date) -> bool:
    """A tracked item still open after its due day."""
    return is_tracked(kind) and due_on is not None and done_on is None and due_on < today
