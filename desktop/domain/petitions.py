"""Petitions (涉检信访 / 控告申诉), DOMAIN.md §4: what a petition is, its life cycle, who owns
it (首办责任), and the "群众信访件件有回复" deadlines with their basis. Risk grading is in
`petition_risk.py`.

Life cycle (values are stored: never rename them)::

    registered → procedural_replied → in_handling → result_replied → closed
         │               │                 │
         └───────────────┴─────────────────┴→ transferred (转送 to the competent body) → closed

* registered: received, nothing told to the petitioner yet; the 7-day reply runs.
* procedural_replied: told within 7 days whether it is accepted, what is missing, or where it
  went [S SPP 2019]; the 3-month reply runs.
* in_handling: a reply on the process was given (过程答复); monthly follow-ups run.
* result_replied: the result was given (结果答复); nothing runs until closure.
* transferred: sent on to the body competent for it (转送/转办 outside this procuratorate); the
  3-month commitment is for matters within the procuratorate's competence, so nothing runs.
* closed: 息诉罢访 (the petitioner accepts and stops), or closed otherwise (see Closure).

Deadlines [S SPP work report 2019; 2023 focus on monthly replies; unit ambiguous, §4.2]:
* procedural reply within 7 days of receipt, counted as calendar days with CPL 105's holiday
  extension (a petition is not a custody period, DOMAIN §5.3) or as working days (weekends and
  statutory holidays skipped, make-up working days counted) — `PetitionSettings.reply_unit`;
* a reply on the process or the result within 3 months of receipt (holiday extension applies);
* while open after that, a follow-up reply each further month, on the monthly anniversaries of
  receipt (4, 5, … months), each extended over holidays.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .deadlines import MAX_HOLIDAY_RUN, DeadlineError, PeriodEnd, period_end
from .holidays import HolidayCalendar, default_calendar

__all__ = ["Channel", "PetitionType", "PetitionStatus", "ReplyKind", "ReplyWay", "WorkKind",
           "Closure", "DayUnit", "OPEN_STATUSES", "ALLOWED_TRANSITIONS", "InvalidTransition",
           "check_transition", "PetitionSettings", "DueKind", "PetitionDue", "BASIS",
           "basis_text", "procedural_due", "result_due", "follow_up_due", "working_days_end",
           "next_due", "status_after_reply", "MAX_FOLLOW_UPS"]


class Channel(str, Enum):  # 信访渠道
    LETTER = "letter"  # 来信
    VISIT = "visit"  # 来访
    ONLINE = "online"  # 网上信访
    HOTLINE_12309 = "12309"  # 12309 检察服务中心 (phone, platform)


class PetitionType(str, Enum):  # 信访类型 (DOMAIN §4.5)
    ACCUSATION = "accusation"  # 控告: against wrongdoing
    REPORT = "report"  # 举报: a crime reported
    APPEAL = "appeal"  # 申诉: against a decision
    SUGGESTION = "suggestion"  # 建议/意见
    ENQUIRY = "enquiry"  # 咨询


class PetitionStatus(str, Enum):
    REGISTERED = "registered"  # 已登记
    PROCEDURAL_REPLIED = "procedural_replied"  # 已程序性回复
    IN_HANDLING = "in_handling"  # 办理中 (过程答复 given)
    RESULT_REPLIED = "result_replied"  # 已答复结果
    TRANSFERRED = "transferred"  # 已转送 (to the competent body)
    CLOSED = "closed"  # 已办结


class ReplyKind(str, Enum):
    PROCEDURAL = "procedural"  # 程序性回复: accepted or not, missing material, forwarded where
    PROGRESS = "progress"  # 过程答复 (and the monthly follow-ups)
    RESULT = "result"  # 结果答复


class ReplyWay(str, Enum):  # 答复方式
    WRITTEN = "written"  # 书面
    IN_PERSON = "in_person"  # 当面
    PHONE = "phone"  # 电话
    ONLINE = "online"  # 网上 / 短信


class WorkKind(str, Enum):  # work done on the petition (DOMAIN §4.4)
    REPLY = "reply"  # 答复 (way + content)
    EXPLANATION = "explanation"  # 释法说理
    COUNSELLING = "counselling"  # 心理疏导
    RECONCILIATION = "reconciliation"  # 矛盾化解 / 和解
    JUDICIAL_AID = "judicial_aid"  # 司法救助
    PUBLIC_HEARING = "public_hearing"  # 公开听证


class Closure(str, Enum):  # 办结方式
    SETTLED = "settled"  # 息诉罢访
    CONCLUDED = "concluded"  # 依法办结, the petitioner not satisfied
    TERMINATED = "terminated"  # 依法终结 (信访终结)
    WITHDRAWN = "withdrawn"  # 信访人撤回
    FORWARDED = "forwarded"  # 转送有关机关后办结


class DayUnit(str, Enum):  # the 7 days (§4.2: "7日" or "7个工作日")
    CALENDAR = "calendar"
    WORKING = "working"


_S = PetitionStatus
OPEN_STATUSES = frozenset({_S.REGISTERED, _S.PROCEDURAL_REPLIED, _S.IN_HANDLING,
                           _S.RESULT_REPLIED, _S.TRANSFERRED})
ALLOWED_TRANSITIONS = {
    _S.REGISTERED: frozenset({_S.PROCEDURAL_REPLIED, _S.IN_HANDLING, _S.RESULT_REPLIED,
                              _S.TRANSFERRED, _S.CLOSED}),
    _S.PROCEDURAL_REPLIED: frozenset({_S.IN_HANDLING, _S.RESULT_REPLIED, _S.TRANSFERRED,
                                      _S.CLOSED}),
    _S.IN_HANDLING: frozenset({_S.RESULT_REPLIED, _S.TRANSFERRED, _S.CLOSED}),
    _S.RESULT_REPLIED: frozenset({_S.CLOSED}),
    _S.TRANSFERRED: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}


class InvalidTransition(ValueError):
    code = "invalid_transition"

    def __init__(self, old: PetitionStatus, new: PetitionStatus) -> None:
        super().__init__(f"a petition cannot go from {old.value} to {new.value}")
        self.old, self.new = old, new


def check_transition(old: PetitionStatus | str, new: PetitionStatus | str) -> None:
    old_s, new_s = PetitionStatus(old), PetitionStatus(new)
    if old_s != new_s and new_s not in ALLOWED_TRANSITIONS[old_s]:
        raise InvalidTransition(old_s, new_s)


def status_after_reply(current: PetitionStatus | str, kind: ReplyKind | str) -> PetitionStatus:
    """Where a reply of `kind` takes the petition. A reply never moves it backwards: a
    procedural reply after a progress reply leaves it in handling."""
    current, kind = PetitionStatus(current), ReplyKind(kind)
    if current not in (_S.REGISTERED, _S.PROCEDURAL_REPLIED, _S.IN_HANDLING):
        raise InvalidTransition(current, _S.RESULT_REPLIED if kind is ReplyKind.RESULT
                                else _S.IN_HANDLING)
    if kind is ReplyKind.RESULT:
        return _S.RESULT_REPLIED
    if kind is ReplyKind.PROGRESS:
        return _S.IN_HANDLING
    return _S.PROCEDURAL_REPLIED if current is _S.REGISTERED else current


@dataclass(frozen=True)
class PetitionSettings:
    """The office's choices where the practice differs by province (kept in app_meta)."""

    reply_unit: DayUnit = DayUnit.CALENDAR
    procedural_days: int = 7
    result_months: int = 3

    def __post_init__(self) -> None:
        object.__setattr__(self, "reply_unit", DayUnit(self.reply_unit))
        if not isinstance(self.procedural_days, int) or not 1 <= self.procedural_days <= 30:
            raise ValueError("procedural_days must be a whole number from 1 to 30")
        if not isinstance(self.result_months, int) or not 1 <= self.result_months <= 12:
            raise ValueError("result_months must be a whole number from 1 to 12")


class DueKind(str, Enum):  # stored in the petition row (due_kind)
    PROCEDURAL = "procedural"
    RESULT = "result"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class PetitionDue:
    kind: DueKind
    end: PeriodEnd
    number: int = 0  # the n-th monthly follow-up (1, 2, …); 0 otherwise

    @property
    def due(self) -> date:
        return self.end.due


BASIS = {
    DueKind.PROCEDURAL: (
        "最高人民检察院“群众信访件件有回复”制度：收到信访件后{days}{unit}内告知信访人程序性信息"
        "（是否受理、需补充的材料、转送去向）",
        "SPP “every petition answered” commitment [secondary source]: within {days} {unit} of "
        "receipt, tell the petitioner whether it is accepted, what is missing or where it went"),
    DueKind.RESULT: (
        "最高人民检察院“群众信访件件有回复”制度：属于检察机关管辖的，{months}个月内答复办理过程或者结果",
        "SPP “every petition answered” commitment [secondary source]: for matters within the "
        "procuratorate's competence, reply on the process or the result within {months} months"),
    DueKind.FOLLOW_UP: (
        "最高人民检察院“群众信访件件有回复”制度：{months}个月内未办结的，每月答复一次办理进展",
        "SPP “every petition answered” commitment [secondary source]: unfinished after "
        "{months} months, tell the petitioner the progress every month"),
}
_HOLIDAY_ZH = "期间的最后一日为节假日的，以节假日后的第一日为期满日期（参照《刑事诉讼法》第一百零五条）"
_HOLIDAY_EN = "a last day on a holiday moves to the next working day (CPL Art. 105 by analogy)"
_WORKING_ZH = "按工作日计算，节假日不计入（本院设置）"
_WORKING_EN = "counted in working days, holidays not counted (this office's setting)"


def basis_text(kind: DueKind | str, settings: PetitionSettings, *,
               english: bool = False) -> str:
    """The basis of a petition deadline, with the office's numbers and day-count rule."""
    kind = DueKind(kind)
    zh, en = BASIS[kind]
    working = kind is DueKind.PROCEDURAL and settings.reply_unit is DayUnit.WORKING
    if english:
        unit = "working days" if working else "days"
        text = en.format(days=settings.procedural_days, unit=unit,
                         months=settings.result_months)
        return f"{text}; {_WORKING_EN if working else _HOLIDAY_EN}"
    unit = "个工作日" if working else "日"
    text = zh.format(days=settings.procedural_days, unit=unit, months=settings.result_months)
    return f"{text}；{_WORKING_ZH if working else _HOLIDAY_ZH}"


def working_days_end(start: date, days: int, calendar: HolidayCalendar | None = None
                     ) -> PeriodEnd:
    """The `days`-th working day after `start` (the start day is not counted; weekends and
    statutory holidays are skipped, make-up working days count)."""
    if days < 1:
        raise DeadlineError("period_spec", f"days must be at least 1, not {days}")
    cal = calendar if calendar is not None else default_calendar()
    day, counted, skipped = start, 0, 0
    while counted < days:
        day += timedelta(days=1)
        if cal.is_holiday(day):
            skipped += 1
            if skipped > MAX_HOLIDAY_RUN + days * 3:
                raise DeadlineError("no_working_day", "no working days found; check the "
                                    "holiday override data")
            continue
        counted += 1
    complete = all(cal.covers(y) for y in range(start.year, day.year + 1))
    return PeriodEnd(raw=day, due=day, calendar_complete=complete)


def procedural_due(received: date, settings: PetitionSettings,
                   calendar: HolidayCalendar | None = None) -> PeriodEnd:
    if settings.reply_unit is DayUnit.WORKING:
        return working_days_end(received, settings.procedural_days, calendar)
    return period_end(received, days=settings.procedural_days, calendar=calendar)


def result_due(received: date, settings: PetitionSettings,
               calendar: HolidayCalendar | None = None) -> PeriodEnd:
    return period_end(received, months=settings.result_months, calendar=calendar)


def follow_up_due(received: date, number: int, settings: PetitionSettings,
                  calendar: HolidayCalendar | None = None) -> PeriodEnd:
    """The `number`-th monthly follow-up (1 = one month after the result period ends)."""
    if number < 1:
        raise ValueError(f"follow-up numbers start at 1, not {number}")
    return period_end(received, months=settings.result_months + number, calendar=calendar)


# A petition open for years is a data problem, not a schedule to walk day by day.
MAX_FOLLOW_UPS = 120


def next_due(status: PetitionStatus | str, received: date, replies: list[tuple[date, str]],
             settings: PetitionSettings, calendar: HolidayCalendar | None = None
             ) -> PetitionDue | None:
    """The deadline running now, from the replies given so far ((date, ReplyKind value)).

    * No reply yet: the procedural reply (any reply answers it: a result given on the spot
      is also the procedural reply).
    * Then the result period: a progress or result reply answers it, early or late. Each
      later process/result reply answers the next point of the monthly schedule still ahead of
      both the point it answers and the reply itself, so a late reply does not leave an old
      point owing nor several points fall due at once.
    * Nothing runs once the result is given, the petition forwarded, or closed.
    """
    status = PetitionStatus(status)
    if status in (_S.RESULT_REPLIED, _S.TRANSFERRED, _S.CLOSED):
        return None
    ordered = sorted(replies)
    if not ordered:
        return PetitionDue(DueKind.PROCEDURAL, procedural_due(received, settings, calendar))
    substantive = [d for d, kind in ordered if kind in (ReplyKind.PROGRESS.value,
                                                        ReplyKind.RESULT.value)]
    number = 0  # 0: the result period; n: the n-th follow-up
    point = result_due(received, settings, calendar)
    for replied in substantive:
        # this reply answers `point`; the next is the first later point after both
        floor = max(replied, point.due)
        while True:
            number += 1
            if number > MAX_FOLLOW_UPS:
                raise DeadlineError("period_spec", "a petition open for more than ten years")
            point = follow_up_due(received, number, settings, calendar)
            if point.due > floor:
                break
    kind = DueKind.RESULT if number == 0 else DueKind.FOLLOW_UP
    return PetitionDue(kind, point, number)
