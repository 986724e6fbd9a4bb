"""Notices to the police (DOMAIN.md §3.2–3.3): the life cycle of one notice, the police's
answers, the chains (what may follow what) and the deadlines, which always run from the
police's receipt (the 送达回证 date). The kinds themselves — names, basis, periods — are in
`supervision_kinds` (re-exported here).

Life cycle of a notice (values are stored: never rename them)::

    drafted → approved → served ─→ replied ──→ complied / partly / refused ─→ escalated → closed
                                 ├→ complied / partly / refused            ↗
                                 └→ (reply period over, no answer: shown "overdue") → escalated

An oral correction (口头纠正) has no document: it is logged as served on the day it was given.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .deadlines import PeriodEnd, period_end
from .holidays import HolidayCalendar
from .supervision import SupervisionSettings
from .supervision_kinds import (NEEDS_CHIEF, SPECS, STARTING_KINDS, NoticeKind,  # noqa: F401
                                NoticeSpec, spec)

__all__ = ["NoticeKind", "NoticeSpec", "SPECS", "spec", "NoticeState", "ALLOWED_TRANSITIONS",
           "InvalidTransition", "check_transition", "OVERDUE", "shown_state", "PoliceAnswer",
           "ANSWERS", "ANSWER_STATE", "answers_for", "Assessment", "Decision", "DueKind",
           "Period", "reply_period", "answer_period", "police_deadline", "own_deadline",
           "basis_text", "STARTING_KINDS", "follow_ups", "NoticeFacts", "parent_state_after",
           "may_report_up", "NEEDS_CHIEF"]


class NoticeState(str, Enum):
    DRAFTED = "drafted"  # 拟稿
    APPROVED = "approved"  # 已审批
    SERVED = "served"  # 已送达 (reply due from the 送达回证 date)
    REPLIED = "replied"  # 已回复 (an explanation, a 复议 / 复查 request, a progress report)
    COMPLIED = "complied"  # 已纠正 / 已立案 / 已撤案 / 已采纳
    PARTLY = "partly"  # 部分纠正 / 部分采纳
    REFUSED = "refused"  # 拒不纠正 / 不采纳
    ESCALATED = "escalated"  # 已升级 (next notice in the chain, or reported to the upper office)
    CLOSED = "closed"  # 已结束


# Shown, not stored: a served notice whose reply period ran out without an answer (逾期未回复).
OVERDUE = "overdue"

_K = NoticeKind
_S = NoticeState
_ANSWERED = frozenset({_S.COMPLIED, _S.PARTLY, _S.REFUSED})
ALLOWED_TRANSITIONS = {
    _S.DRAFTED: frozenset({_S.APPROVED, _S.CLOSED}),
    _S.APPROVED: frozenset({_S.SERVED, _S.CLOSED}),
    _S.SERVED: frozenset({_S.REPLIED, _S.ESCALATED, _S.CLOSED} | _ANSWERED),
    _S.REPLIED: frozenset({_S.ESCALATED, _S.CLOSED} | _ANSWERED),
    _S.COMPLIED: frozenset({_S.CLOSED}),
    _S.PARTLY: frozenset({_S.ESCALATED, _S.CLOSED, _S.COMPLIED}),
    _S.REFUSED: frozenset({_S.ESCALATED, _S.CLOSED, _S.COMPLIED}),
    _S.ESCALATED: frozenset({_S.COMPLIED, _S.CLOSED}),
    _S.CLOSED: frozenset(),
}


class InvalidTransition(ValueError):
    code = "invalid_transition"

    def __init__(self, old: NoticeState, new: NoticeState) -> None:
        super().__init__(f"a notice cannot go from {old.value} to {new.value}")
        self.old, self.new = old, new


def check_transition(old: NoticeState | str, new: NoticeState | str) -> None:
    old_s, new_s = NoticeState(old), NoticeState(new)
    if new_s not in ALLOWED_TRANSITIONS[old_s]:
        raise InvalidTransition(old_s, new_s)


class DueKind(str, Enum):
    REPLY = "reply"  # the police's answer to a served notice
    TELL_VICTIM = "tell_victim"  # explanation accepted: tell the victim / agency (10 days)
    DECISION = "decision"  # our decision on a 复议 (RPR 565) or 复查 (RPR 554) request
    UPPER_REVIEW = "upper_review"  # the upper office's 复核 decision (RPR 565)
    PROGRESS = "progress"  # filed under supervision: 3 months on, urge progress (RPR 564 ¶3)


def shown_state(state: str, due_kind: str, due_date: date | None, today: date) -> str:
    """逾期未回复 is read from the dates: the due day itself is still in time."""
    if state == _S.SERVED.value and due_kind == DueKind.REPLY.value and due_date \
            and due_date < today:
        return OVERDUE
    return state


class PoliceAnswer(str, Enum):
    EXPLANATION = "explanation"  # 说明理由
    FILED = "filed"  # 已立案
    WITHDRAWN = "withdrawn"  # 已撤销案件
    CORRECTED = "corrected"  # 已纠正 / 采纳
    PARTLY = "partly"  # 部分纠正 / 部分采纳
    REFUSED = "refused"  # 拒不立案 / 不撤案 / 不纠正 / 不采纳
    RECONSIDERATION = "reconsideration"  # 要求复议 (of a 通知撤销案件书, RPR 565)
    UPPER_REVIEW = "upper_review"  # 提请复核 at the upper procuratorate (RPR 565)
    RE_EXAMINATION = "re_examination"  # 要求复查 (of a 纠正违法通知书, RPR 554)
    PROGRESS_REPORT = "progress_report"  # 侦查进展情况


_A = PoliceAnswer
ANSWERS = {
    _K.EXPLAIN_NON_FILING: (_A.EXPLANATION, _A.FILED),
    _K.EXPLAIN_OVERDUE_FILING: (_A.EXPLANATION, _A.FILED),
    _K.EXPLAIN_FILING: (_A.EXPLANATION, _A.WITHDRAWN),
    _K.NOTICE_TO_FILE: (_A.FILED, _A.REFUSED),
    _K.NOTICE_TO_WITHDRAW: (_A.WITHDRAWN, _A.RECONSIDERATION, _A.UPPER_REVIEW, _A.REFUSED),
    _K.CORRECTION: (_A.CORRECTED, _A.PARTLY, _A.REFUSED, _A.RE_EXAMINATION),
    _K.SUGGESTION: (_A.CORRECTED, _A.PARTLY, _A.REFUSED),
    _K.PROGRESS_URGE: (_A.PROGRESS_REPORT,),
    _K.ORAL_CORRECTION: (_A.CORRECTED, _A.REFUSED),
    _K.NON_FILING_OPINION: (),
    _K.FILING_OPINION: (),
}
ANSWER_STATE = {
    _A.EXPLANATION: _S.REPLIED, _A.FILED: _S.COMPLIED, _A.WITHDRAWN: _S.COMPLIED,
    _A.CORRECTED: _S.COMPLIED, _A.PARTLY: _S.PARTLY, _A.REFUSED: _S.REFUSED,
    _A.RECONSIDERATION: _S.REPLIED, _A.UPPER_REVIEW: _S.REPLIED, _A.RE_EXAMINATION: _S.REPLIED,
    _A.PROGRESS_REPORT: _S.REPLIED,
}


def answers_for(kind: NoticeKind | str) -> tuple[PoliceAnswer, ...]:
    return ANSWERS[NoticeKind(kind)]


class Assessment(str, Enum):  # of a police explanation (RPR 561)
    ACCEPTED = "accepted"  # 理由成立
    REJECTED = "rejected"  # 理由不成立


class Decision(str, Enum):  # on a 复议 / 复核 / 复查 request
    UPHELD = "upheld"  # 维持原通知
    WITHDRAWN = "withdrawn"  # 撤销原通知 (the notice was wrong)


@dataclass(frozen=True)
class Period:
    days: int | None = None
    months: int | None = None

    def zh(self) -> str:
        return f"{self.days}日" if self.days else f"{self.months}个月"

    def en(self) -> str:
        return f"{self.days} days" if self.days else f"{self.months} months"


def reply_period(kind: NoticeKind | str, settings: SupervisionSettings,
                 own_days: int | None = None) -> Period | None:
    """The police's period for answering a served notice; None when none runs. A 纠正违法通知书
    sets its own (`own_days`), the setting being the default."""
    name = spec(kind).reply_setting
    if name is None:
        return None
    if NoticeKind(kind) is _K.CORRECTION and own_days:
        return Period(days=own_days)
    value = getattr(settings, name)
    return Period(months=value) if name.endswith("_months") else Period(days=value)


def answer_period(answer: PoliceAnswer | str, settings: SupervisionSettings
                  ) -> tuple[DueKind, Period] | None:
    """The decision a police answer asks of a procuratorate, and its period."""
    a = PoliceAnswer(answer)
    if a is _A.RECONSIDERATION:
        return DueKind.DECISION, Period(days=settings.reconsideration_days)
    if a is _A.RE_EXAMINATION:
        return DueKind.DECISION, Period(days=settings.re_examination_days)
    if a is _A.UPPER_REVIEW:
        return DueKind.UPPER_REVIEW, Period(days=settings.upper_review_days)
    return None


def _end(start: date, period: Period, extend: bool, calendar) -> PeriodEnd:
    # period_end's in_custody switch is exactly "no holiday extension"
    return period_end(start, days=period.days, months=period.months, in_custody=not extend,
                      calendar=calendar)


def police_deadline(start: date, period: Period, settings: SupervisionSettings, *,
                    calendar: HolidayCalendar | None = None) -> PeriodEnd:
    """A police period from its start (the receipt); CPL 105's extension per the setting."""
    return _end(start, period, settings.holiday_extension, calendar)


def own_deadline(start: date, period: Period, *,
                 calendar: HolidayCalendar | None = None) -> PeriodEnd:
    """The procuratorate's own periods (telling the victim, deciding 复议 / 复查) are ordinary
    procedural periods: a last day on a holiday moves on (CPL 105)."""
    return _end(start, period, True, calendar)


_DUE_BASIS = {
    DueKind.TELL_VICTIM: (
        "《人民检察院刑事诉讼规则》第五百六十一条第二款：认为公安机关不立案或者立案理由成立的，应"
        "当在{period}以内将审查结论书面告知被害人或者控告人、移送机关",
        "RPR Art. 561 ¶2: tell the victim, complainant or transferring agency in writing "
        "within {period}"),
    DueKind.UPPER_REVIEW: (
        "《人民检察院刑事诉讼规则》第五百六十五条：上级人民检察院应当在收到提请复核意见书后{perio"
        "d}以内作出复核决定",
        "RPR Art. 565: the upper procuratorate decides the 复核 within {period} of receipt"),
    DueKind.PROGRESS: (
        "《人民检察院刑事诉讼规则》第五百六十四条第三款：公安机关在立案后{period}以内未侦查终结的"
        "，人民检察院可以向公安机关发出立案监督案件催办函",
        "RPR Art. 564 ¶3: not concluded within {period} of filing: urge progress"),
}
_DECISION_BASIS = {
    _K.NOTICE_TO_WITHDRAW: (
        "《人民检察院刑事诉讼规则》第五百六十五条：公安机关要求复议的，人民检察院应当在{period}以"
        "内作出复议决定",
        "RPR Art. 565: decide the 复议 within {period}"),
    _K.CORRECTION: (
        "《人民检察院刑事诉讼规则》第五百五十四条：被监督单位要求复查的，人民检察院应当在{period}"
        "以内进行复查",
        "RPR Art. 554: re-examine within {period} of the request"),
}


def basis_text(due_kind: DueKind | str, kind: NoticeKind | str, period: Period,
               end: PeriodEnd, *, extension_applied: bool, english: bool = False) -> str:
    """The deadline's legal basis with its period, and what CPL 105 did to it: whether the
    holiday extension applied (the office's setting for police periods) and whether it moved
    the day."""
    due_kind, kind = DueKind(due_kind), NoticeKind(kind)
    if due_kind is DueKind.REPLY:
        s = spec(kind)
        zh, en = s.reply_basis_zh, s.reply_basis_en
    elif due_kind is DueKind.DECISION:
        zh, en = _DECISION_BASIS.get(kind, _DECISION_BASIS[_K.CORRECTION])
    else:
        zh, en = _DUE_BASIS[due_kind]
    text = (en if english else zh).format(period=period.en() if english else period.zh())
    if english:
        if not extension_applied:
            return text + "; not extended over holidays (this office's setting)"
        if end.extended:
            return text + (f"; the last day, {end.raw.isoformat()}, is a holiday: extended to "
                           f"{end.due.isoformat()} (CPL Art. 105)")
        return text + "; a last day on a holiday would move to the next working day (CPL Art. 105)"
    if not extension_applied:
        return text + "；期间不因节假日顺延（本院设置）"
    if end.extended:
        return text + (f"；期满日{end.raw.year}年{end.raw.month}月{end.raw.day}日为节假日，"
                       f"顺延至{end.due.year}年{end.due.month}月{end.due.day}日"
                       "（《中华人民共和国刑事诉讼法》第一百零五条）")
    return text + "；期间的最后一日为节假日的，以节假日后的第一日为期满日期（《中华人民共和国刑事诉讼法》第一百零五条）"


@dataclass(frozen=True)
class NoticeFacts:
    """What the chain rules look at in one notice."""

    kind: NoticeKind
    state: NoticeState
    answer: PoliceAnswer | None = None  # the latest police answer
    assessment: Assessment | None = None
    reply_overdue: bool = False  # served, reply period over, no answer
    objection_pending: bool = False  # a 复议 / 复核 / 复查 not yet decided
    progress_due_passed: bool = False  # filed under supervision ≥ 3 months ago


def follow_ups(n: NoticeFacts) -> tuple[NoticeKind, ...]:
    """The notices that may follow `n` in its chain now (DOMAIN.md §3.2):

    * 要求说明不立案理由 → accepted: 不立案理由审查意见通知书; rejected or no explanation in
      time: 通知立案书 (逾期不作立案决定: also 纠正违法, RPR 562);
    * 要求说明立案理由 → accepted: 立案理由审查意见通知书; rejected or no answer: 通知撤销案件书;
    * 通知立案 → filed and 3 months without conclusion: 催办函; refused or 15 days gone: 纠正违法;
    * 通知撤销案件 → refused, or 15 days gone without 复议 / 复核: 纠正违法;
    * 口头纠正 → not corrected: 纠正违法 (the next step of RPR 552's ladder).
    A notice drafted, closed or already escalated has no follow-up."""
    if n.state in (_S.DRAFTED, _S.APPROVED, _S.CLOSED, _S.ESCALATED):
        return ()
    k = n.kind
    if k in (_K.EXPLAIN_NON_FILING, _K.EXPLAIN_OVERDUE_FILING):
        if n.answer is _A.FILED:
            return ()
        if n.assessment is Assessment.ACCEPTED:
            return (_K.NON_FILING_OPINION,)
        if n.assessment is Assessment.REJECTED:
            return (_K.NOTICE_TO_FILE,)
        if n.reply_overdue:
            return ((_K.NOTICE_TO_FILE, _K.CORRECTION) if k is _K.EXPLAIN_OVERDUE_FILING
                    else (_K.NOTICE_TO_FILE,))
        return ()
    if k is _K.EXPLAIN_FILING:
        if n.answer is _A.WITHDRAWN:
            return ()
        if n.assessment is Assessment.ACCEPTED:
            return (_K.FILING_OPINION,)
        if n.assessment is Assessment.REJECTED or n.reply_overdue:
            return (_K.NOTICE_TO_WITHDRAW,)
        return ()
    if k is _K.NOTICE_TO_FILE:
        if n.state is _S.COMPLIED:
            return (_K.PROGRESS_URGE,) if n.progress_due_passed else ()
        if n.state is _S.REFUSED or n.reply_overdue:
            return (_K.CORRECTION,)
        return ()
    if k is _K.NOTICE_TO_WITHDRAW:
        if n.objection_pending or n.state is _S.COMPLIED:
            return ()
        if n.state is _S.REFUSED or n.reply_overdue:
            return (_K.CORRECTION,)
        return ()
    if k is _K.ORAL_CORRECTION and n.state is _S.REFUSED:
        return (_K.CORRECTION,)
    return ()


def parent_state_after(follow: NoticeKind | str) -> NoticeState | None:
    """What drafting `follow` does to the notice it follows: an opinion to the victim ends the
    chain (closed); a 催办函 leaves the complied 通知立案 as it is; the rest escalate."""
    f = NoticeKind(follow)
    if f in (_K.NON_FILING_OPINION, _K.FILING_OPINION):
        return _S.CLOSED
    if f is _K.PROGRESS_URGE:
        return None
    return _S.ESCALATED


def may_report_up(n: NoticeFacts) -> bool:
    """Report to the upper procuratorate (RPR 553, 554, 564): a 纠正违法通知书 not complied with
    — refused, partly, no reply in time, or upheld on 复查 — and likewise a 检察建议."""
    if n.kind not in (_K.CORRECTION, _K.SUGGESTION) or n.objection_pending:
        return False
    return n.state in (_S.REFUSED, _S.PARTLY) or n.reply_overdue
