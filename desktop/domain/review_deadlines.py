"""Deadlines of the steps after a decision (DOMAIN.md §1.7–1.9), each with its legal basis.

Every period runs from an event day that is not counted (CPL 105) through
`deadlines.period_end`. Custody (no holiday extension) applies where the person is held:
after an arrest is executed. After a refusal the suspect is to be released at once, so the
later periods of the refusal are ordinary ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from types import MappingProxyType

from .deadlines import PeriodEnd, period_end
from .holidays import HolidayCalendar

__all__ = ["Step", "StepDeadline", "STEP_BASIS", "step_deadline", "receipt_deadline",
           "OMITTED_FOLLOW_UP_DAYS"]


class Step(str, Enum):
    # Values are stored and used as dashboard kinds: never rename them.
    RECEIPT = "receipt"  # 执行回执 (after an approval: 3 days after execution)
    RELEASE_RECEIPT = "release_receipt"  # 释放回执 (after a refusal: 3 days)
    RECONSIDERATION_REQUEST = "reconsideration_request"  # 要求复议 (police, 5 days)
    RECONSIDERATION_DECISION = "reconsideration_decision"  # 复议决定 (7 days)
    UPPER_REVIEW_REQUEST = "upper_review_request"  # 提请复核 (police, 5 days)
    UPPER_REVIEW_DECISION = "upper_review_decision"  # 复核决定 (upper office, 15 days)
    OMITTED_FOLLOW_UP = "omitted_follow_up"  # 要求提请批准逮捕: follow-up of the police answer
    WITHDRAWAL_FOLLOW_UP = "withdrawal_follow_up"  # 撤销案件/终止侦查 after a no-crime refusal


# No rule fixes the police's time to answer an RPR 288 demand; the follow-up is a reminder.
OMITTED_FOLLOW_UP_DAYS = 7

_CPL105_CUSTODY = "；犯罪嫌疑人在押，期满日不因节假日顺延（《刑事诉讼法》第一百零五条）"
_CPL105_HOLIDAY = "；期间最后一日为节假日的，以节假日后的第一日为期满日期（《刑事诉讼法》第一百零五条）"

STEP_BASIS = MappingProxyType({
    Step.RECEIPT: "《公安机关办理刑事案件程序规定》第一百四十二条、《人民检察院刑事诉讼规则》第二百八十六条："
                  "公安机关执行逮捕后三日以内将执行回执送达作出批准决定的人民检察院；未能执行的，"
                  "应当将回执送达并写明未能执行的原因",
    Step.RELEASE_RECEIPT: "《刑事诉讼法》第九十一条第三款、《人民检察院刑事诉讼规则》第二百八十六条："
                          "对不批准逮捕的，公安机关应当立即释放犯罪嫌疑人，并在收到不批准逮捕决定书后"
                          "三日以内将执行回执送达人民检察院",
    Step.RECONSIDERATION_REQUEST: "《公安机关办理刑事案件程序规定》第一百四十一条第一款：公安机关认为"
                                  "不批准逮捕决定有错误的，可以在收到不批准逮捕决定书后五日以内要求复议",
    Step.RECONSIDERATION_DECISION: "《人民检察院刑事诉讼规则》第二百九十条：人民检察院应当另行指派检察官"
                                   "或者检察官办案组进行审查，在收到要求复议意见书和案卷材料后七日以内"
                                   "作出是否变更的决定",
    Step.UPPER_REVIEW_REQUEST: "《公安机关办理刑事案件程序规定》第一百四十一条第二款：意见不被接受的，"
                               "可以在收到复议决定书后五日以内提请上一级人民检察院复核",
    Step.UPPER_REVIEW_DECISION: "《人民检察院刑事诉讼规则》第二百九十一条：上一级人民检察院应当在收到"
                                "提请复核意见书和案卷材料后十五日以内作出是否变更的决定",
    Step.OMITTED_FOLLOW_UP: "《人民检察院刑事诉讼规则》第二百八十八条：应当要求公安机关提请批准逮捕；"
                            "公安机关不提请的，人民检察院可以直接作出逮捕决定。答复期限无明文规定，"
                            f"本程序于发出后{OMITTED_FOLLOW_UP_DAYS}日提示跟进",
    Step.WITHDRAWAL_FOLLOW_UP: "《人民检察院刑事诉讼规则》第二百八十七条：因不构成犯罪或者具有《刑事诉讼法》"
                               "第十六条规定情形不批准逮捕的，应当同时通知公安机关撤销案件或者终止侦查；"
                               "公安机关在收到不批准逮捕决定书后超过十五日未要求复议、提请复核，"
                               "也不撤销案件或者终止侦查的，人民检察院应当发出纠正违法通知书",
})

# (days, in custody?) of each step.
_PERIODS = MappingProxyType({
    Step.RECEIPT: (3, True),
    Step.RELEASE_RECEIPT: (3, False),
    Step.RECONSIDERATION_REQUEST: (5, False),
    Step.RECONSIDERATION_DECISION: (7, False),
    Step.UPPER_REVIEW_REQUEST: (5, False),
    Step.UPPER_REVIEW_DECISION: (15, False),
    Step.OMITTED_FOLLOW_UP: (OMITTED_FOLLOW_UP_DAYS, False),
    Step.WITHDRAWAL_FOLLOW_UP: (15, False),
})


@dataclass(frozen=True)
class StepDeadline:
    step: Step
    start: date  # the event the period runs from (not counted)
    end: PeriodEnd
    in_custody: bool
    basis: str

    @property
    def due(self) -> date:
        return self.end.due


def step_deadline(step: Step | str, start: date, *, in_custody: bool | None = None,
                  calendar: HolidayCalendar | None = None) -> StepDeadline:
    """Deadline of `step` counted from `start`. `in_custody` overrides the step's default
    (e.g. a suspect still held on another ground)."""
    s = Step(step)
    days, custody = _PERIODS[s]
    if in_custody is not None:
        custody = in_custody
    end = period_end(start, days=days, in_custody=custody, calendar=calendar)
    basis = STEP_BASIS[s] + (_CPL105_CUSTODY if custody else _CPL105_HOLIDAY)
    return StepDeadline(s, start, end, custody, basis)


def receipt_deadline(*, approved: bool, served_on: date, executed_on: date | None = None,
                     calendar: HolidayCalendar | None = None) -> StepDeadline:
    """The receipt the police owe after a decision.

    Approval: 3 days after execution; until the execution day is known the police are taken
    to have executed at once (立即执行), on the day the decision was served. Refusal: 3 days
    after receiving the decision."""
    if approved:
        return step_deadline(Step.RECEIPT, executed_on or served_on, calendar=calendar)
    return step_deadline(Step.RELEASE_RECEIPT, served_on, calendar=calendar)
