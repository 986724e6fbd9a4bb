"""Post-arrest custody-necessity review (羁押必要性审查), DOMAIN.md §2: who starts it, its life
cycle, and its time limits with their legal basis.

Life cycle (values are stored: never rename them)::

    registered → under_review → recommended ─→ replied ───────────→ closed
                             │               └→ no_reply → escalated → (replied) → closed
                             └→ not_recommended ─────────────────────→ closed

Time limits (all configurable through `CustodySettings`, DOMAIN.md §5.3 and open question 5):
* decision on an application: 10 days from receipt in the investigation and trial stages,
  3 days in the prosecution stage [S 2023 rules Art. 19];
* the body's reply to a recommendation: 10 days from service [V CPL 95, RPR 581];
* after no reply the procuratorate issues a correction (纠正) [V RPR 581] — due at once;
* the written result to an applicant [V RPR 582]: the rule names no number of days; the
  default of 3 days after the outcome is known is a working assumption [M].
Whether these are custody periods (no holiday extension, CPL 105 ¶4) is an open question; the
person is in custody, so the default is "yes": the period ends on its calendar day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .deadlines import PeriodEnd, period_end
from .holidays import HolidayCalendar

__all__ = ["StartSource", "Applicant", "Stage", "Measure", "ReplyOutcome", "CustodyStatus",
           "OPEN_STATUSES", "ALLOWED_TRANSITIONS", "InvalidTransition", "check_transition",
           "CustodySettings", "DeadlineRule", "DECISION", "DECISION_PROSECUTION", "REPLY",
           "ESCALATION", "NOTICE", "RULES", "deadline", "basis_text", "decision_rule",
           "is_custody_period", "needs_result_notice"]


class StartSource(str, Enum):
    OWN_MOTION = "own_motion"  # 依职权
    APPLICATION = "application"  # 依申请
    DETENTION_CENTRE = "detention_centre"  # 看守所建议


class Applicant(str, Enum):  # RPR 574: who may apply
    SUSPECT = "suspect"  # 犯罪嫌疑人、被告人本人
    LEGAL_REPRESENTATIVE = "legal_representative"  # 法定代理人
    CLOSE_RELATIVE = "close_relative"  # 近亲属
    DEFENDER = "defender"  # 辩护人


class Stage(str, Enum):
    INVESTIGATION = "investigation"  # 侦查阶段 (most reviews here: after arrest approval)
    PROSECUTION = "prosecution"  # 审查起诉阶段 (the procuratorate decides itself, RPR 575)
    TRIAL = "trial"  # 审判阶段


class Measure(str, Enum):  # what the 释放或者变更强制措施建议书 asks for
    RELEASE = "release"  # 释放
    BAIL = "bail"  # 取保候审
    RESIDENTIAL_SURVEILLANCE = "residential_surveillance"  # 监视居住


class ReplyOutcome(str, Enum):
    ADOPTED = "adopted"  # 采纳
    NOT_ADOPTED = "not_adopted"  # 不采纳
    PARTLY = "partly"  # 部分采纳


class CustodyStatus(str, Enum):
    REGISTERED = "registered"  # 已立案
    UNDER_REVIEW = "under_review"  # 审查中
    RECOMMENDED = "recommended"  # 已提出建议, waiting for the reply
    NOT_RECOMMENDED = "not_recommended"  # 决定不提出建议 (custody still needed)
    REPLIED = "replied"  # 已回复
    NO_REPLY = "no_reply"  # 逾期未回复
    ESCALATED = "escalated"  # 已纠正
    CLOSED = "closed"  # 已结案


_S = CustodyStatus
OPEN_STATUSES = frozenset(s for s in CustodyStatus if s is not _S.CLOSED)
ALLOWED_TRANSITIONS = {
    _S.REGISTERED: frozenset({_S.UNDER_REVIEW, _S.RECOMMENDED, _S.NOT_RECOMMENDED, _S.CLOSED}),
    _S.UNDER_REVIEW: frozenset({_S.RECOMMENDED, _S.NOT_RECOMMENDED, _S.CLOSED}),
    _S.RECOMMENDED: frozenset({_S.REPLIED, _S.NO_REPLY, _S.ESCALATED}),
    _S.NO_REPLY: frozenset({_S.ESCALATED, _S.REPLIED}),
    _S.ESCALATED: frozenset({_S.REPLIED, _S.CLOSED}),
    _S.REPLIED: frozenset({_S.CLOSED}),
    _S.NOT_RECOMMENDED: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}


class InvalidTransition(ValueError):
    code = "invalid_transition"

    def __init__(self, old: CustodyStatus, new: CustodyStatus) -> None:
        super().__init__(f"a custody review cannot go from {old.value} to {new.value}")
        self.old, self.new = old, new


def check_transition(old: CustodyStatus | str, new: CustodyStatus | str) -> None:
    old_s, new_s = CustodyStatus(old), CustodyStatus(new)
    if old_s != new_s and new_s not in ALLOWED_TRANSITIONS[old_s]:
        raise InvalidTransition(old_s, new_s)


@dataclass(frozen=True)
class CustodySettings:
    """The office's choices where the law is unsettled (kept in app_meta by the services)."""

    decision_days: int = 10  # application, investigation/trial stage [S 2023 Art. 19]
    prosecution_decision_days: int = 3  # application, prosecution stage [S]
    reply_days: int = 10  # RPR 581 [V]
    notice_days: int = 3  # RPR 582 gives no number [M]
    custody_periods: bool = True  # True: no holiday extension (the person is in custody)

    def __post_init__(self) -> None:
        for name in ("decision_days", "prosecution_decision_days", "reply_days", "notice_days"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 1 <= value <= 60:
                raise ValueError(f"{name} must be a whole number of days from 1 to 60")


@dataclass(frozen=True)
class DeadlineRule:
    code: str  # stored in the case row (due_kind); the UI translates by it
    basis: str
    basis_en: str


_CUSTODY = "犯罪嫌疑人在押期间，期间至期满之日为止，不因节假日而延长（《刑事诉讼法》第一百零五条；本院设置）"
_HOLIDAY = "期间的最后一日为节假日的，以节假日后的第一日为期满日期（《刑事诉讼法》第一百零五条）"

DECISION = DeadlineRule(
    "decision",
    "《人民检察院 公安机关羁押必要性审查、评估工作规定》第十九条：侦查、审判阶段收到羁押必要性审查申请后，"
    "应当在{days}日以内决定是否提出释放或者变更强制措施的建议",
    "2023 custody-review rules Art. 19 [secondary source]: on an application in the "
    "investigation or trial stage, decide within {days} days whether to recommend release or a "
    "change of measure")
DECISION_PROSECUTION = DeadlineRule(
    "decision_prosecution",
    "《人民检察院 公安机关羁押必要性审查、评估工作规定》第十九条：审查起诉阶段收到申请后，"
    "应当在{days}日以内作出是否释放或者变更强制措施的决定",
    "2023 custody-review rules Art. 19 [secondary source]: on an application in the "
    "prosecution stage, decide within {days} days whether to release or change the measure")
REPLY = DeadlineRule(
    "reply",
    "《刑事诉讼法》第九十五条、《人民检察院刑事诉讼规则》第五百八十一条：有关机关应当在{days}日以内"
    "将处理情况通知人民检察院",
    "CPL Art. 95, RPR Art. 581: the body concerned shall tell the procuratorate within "
    "{days} days how it dealt with the recommendation")
ESCALATION = DeadlineRule(
    "escalation",
    "《人民检察院刑事诉讼规则》第五百八十一条：有关机关{days}日以内未回复处理情况的，人民检察院应当"
    "提出纠正意见",
    "RPR Art. 581: where no reply comes within {days} days, the procuratorate shall call "
    "for correction")
NOTICE = DeadlineRule(
    "notice",
    "《人民检察院刑事诉讼规则》第五百八十二条：对依申请审查的案件，应当将审查结果书面告知申请人"
    "（期限{days}日为本院设置）",
    "RPR Art. 582: the applicant is told the result in writing (the {days}-day period is "
    "this office's setting; the rule names none)")
RULES = {r.code: r for r in (DECISION, DECISION_PROSECUTION, REPLY, ESCALATION, NOTICE)}


def decision_rule(stage: Stage | str) -> DeadlineRule:
    return DECISION_PROSECUTION if Stage(stage) is Stage.PROSECUTION else DECISION


def _days(rule: DeadlineRule, settings: CustodySettings) -> int:
    return {"decision": settings.decision_days,
            "decision_prosecution": settings.prosecution_decision_days,
            "reply": settings.reply_days, "escalation": settings.reply_days,
            "notice": settings.notice_days}[rule.code]


def is_custody_period(rule: DeadlineRule, settings: CustodySettings) -> bool:
    """The notice to the applicant is the office's own duty, not the person's custody: it
    follows CPL 105's holiday rule; the others follow the setting."""
    return settings.custody_periods and rule.code != "notice"


def deadline(rule: DeadlineRule, start: date, settings: CustodySettings, *,
             calendar: HolidayCalendar | None = None) -> PeriodEnd:
    """End of `rule`'s period counted from `start` (the start day is not counted)."""
    return period_end(start, days=_days(rule, settings),
                      in_custody=is_custody_period(rule, settings), calendar=calendar)


def basis_text(rule: DeadlineRule, settings: CustodySettings, *, english: bool = False) -> str:
    """The legal basis with the configured number of days and the holiday rule applied."""
    text = (rule.basis_en if english else rule.basis).format(days=_days(rule, settings))
    if english:
        tail = ("; in custody, not extended over holidays (CPL Art. 105, this office's setting)"
                if is_custody_period(rule, settings)
                else "; a last day on a holiday moves to the next working day (CPL Art. 105)")
        return text + tail
    return text + "；" + (_CUSTODY if is_custody_period(rule, settings) else _HOLIDAY)


def needs_result_notice(source: StartSource | str) -> bool:
    """RPR 582: only an applicant is owed a written result."""
    return StartSource(source) is StartSource.APPLICATION

