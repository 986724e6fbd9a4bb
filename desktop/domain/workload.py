"""Workload figures (工作量): what each officer handled, has open and has overdue, and the
office's case load per officer month by month — the figure the upper office reads when it
decides staffing (DOMAIN.md §7, the "workload" row; issue 7).

The definitions are data, in one place, so the program can show each one next to its figure
and the report sent upward says what was counted. No official definition sheet exists for
these (DOMAIN.md §7: "plausible definitions to confirm"); each text says exactly what the
services count, so a reader can disagree with a definition rather than with a number.
Juveniles appear in none of these figures except as part of a count (DOMAIN.md §9).

Pure: no database, no clock; `today` and the period come from the caller.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Figure:
    key: str
    name_zh: str
    name_en: str  # English source text; the UI translates it like every other string
    unit: str  # 件 / 人 / 天 / 件/人 — how the number is read
    definition: str  # Chinese, shown next to the figure and printed with the report


# -- per officer (承办人) -----------------------------------------------------------------------
# The registers an officer's handled items come from, in the order the report lists them.
HANDLED_KEYS = ("arrest_decided", "custody_decided", "supervision_notices",
                "supervision_closed", "petitions_answered", "cooperation_entries")

FIGURES: tuple[Figure, ...] = (
    Figure("arrest_decided", "审查逮捕审结", "Arrest reviews decided", "人",
           "期间内作出决定（批准、不批准或其他终结）的犯罪嫌疑人数，按提请案件的承办人计；"
           "一案多人按人计。"),
    Figure("custody_decided", "羁押必要性审查审结", "Custody reviews decided", "人",
           "期间内作出审查决定（提出或不提出释放、变更建议）的羁押必要性审查，按承办人计。"),
    Figure("supervision_notices", "监督文书送达", "Supervision notices served", "件",
           "期间内送达公安机关的监督通知书（含要求说明理由、通知立案/撤案、纠正违法、"
           "检察建议等），按监督事项的承办人计。"),
    Figure("supervision_closed", "监督事项办结", "Supervision matters closed", "件",
           "期间内办结的立案监督、侦查活动监督事项，按承办人计。"),
    Figure("petitions_answered", "信访首次答复", "Petitions answered", "件",
           "首次答复（程序性、过程或结果答复中最早的一次）落在期间内的信访件，"
           "按作出该次答复的人计。"),
    Figure("cooperation_entries", "协作配合登记", "Cooperation log entries", "件",
           "期间内发生的侦查监督与协作配合事项（会商、提前介入、通报、联合督办等），"
           "按登记的承办人计。"),
    Figure("handled", "办理合计", "Items handled", "件",
           "以上六项之和。各项按各自口径计（审查逮捕、羁押审查按人，其余按件）；"
           "同一监督事项的通知书送达与办结分别计入。"),
    Figure("open", "在办", "Items open", "件",
           "统计时点尚未办结的：未决的审查逮捕（按人）、未结案的羁押必要性审查、"
           "办理中的监督事项、未办结且未转送的信访件、有期限尚未完成的协作配合事项。"),
    Figure("overdue", "逾期", "Items overdue", "件",
           "统计时点已过期限仍未完成的事项数，与工作台的期限提醒同一来源"
           "（各登记簿自己的期限规则，不另行推算）；按该事项所属记录的承办人计。"),
    Figure("avg_days_decision", "平均审结天数", "Average days to decision", "天",
           "期间内审结的审查逮捕，自受理之日至决定之日的自然日数的平均数（按人）。"),
    Figure("avg_days_first_reply", "平均首次答复天数", "Average days to first reply", "天",
           "期间内首次答复的信访件，自收到之日至首次答复之日的自然日数的平均数。"),
    # -- per head (人均) and over time -----------------------------------------------------
    Figure("officers", "承办人数", "Officers", "人",
           "具有承办检察官角色、现为启用状态的账户数。账户停用日期未记录，"
           "已停用的账户不计入人数（其办理的事项仍计入各项合计）。"),
    Figure("handled_per_head", "人均办理", "Items handled per officer", "件/人",
           "办理合计 ÷ 承办人数。"),
    Figure("open_per_head", "人均在办", "Items open per officer", "件/人",
           "在办 ÷ 承办人数。"),
    Figure("overdue_per_head", "人均逾期", "Items overdue per officer", "件/人",
           "逾期 ÷ 承办人数。"),
    Figure("requests_received", "受理审查逮捕", "Arrest requests received", "件",
           "当月受理（受理日期在当月）的提请批准逮捕书件数。"),
    Figure("suspects_received", "受理审查逮捕人数", "Suspects in requests received", "人",
           "当月受理的提请批准逮捕书中的犯罪嫌疑人数。"),
    Figure("officers_active", "当月在岗承办人", "Officers active in the month", "人",
           "当月在岗的承办人：账户创建不晚于月末且现为启用状态、具有承办检察官角色的账户，"
           "以及当月受理的提请案件的承办人（账户晚于案件建立时以案件为准）。"
           "账户停用日期未记录，故现已停用的账户只在其承办了当月案件的月份计入。"),
    Figure("requests_per_officer", "人均受理（件/人）", "Requests per officer", "件/人",
           "当月受理件数 ÷ 当月在岗承办人数，即上级院核定编制时参考的案件负担。"),
    Figure("suspects_per_officer", "人均受理人数", "Suspects per officer", "人/人",
           "当月受理人数 ÷ 当月在岗承办人数。"),
)

BY_KEY = {f.key: f for f in FIGURES}


def figure(key: str) -> Figure:
    return BY_KEY[key]


# -- arithmetic, kept here so every page and export rounds alike ---------------------------
def average_days(total_days: float, count: int) -> float | None:
    """The mean of `count` durations summing to `total_days`, to one decimal; None for none
    (an officer who decided nothing has no average, not an average of 0)."""
    if count <= 0:
        return None
    return round(total_days / count, 1)


def per_head(total: int | float, heads: int) -> float | None:
    """A total divided by the head count given, to one decimal; None without heads (a unit
    with no officer account is shown as such, not as an infinite load)."""
    if heads <= 0:
        return None
    return round(total / heads, 1)


def days_between(start: date, end: date) -> int:
    """Calendar days from `start` to `end` (the day of receipt is day 0)."""
    return (end - start).days


@dataclass(frozen=True)
class Month:
    first: date
    last: date

    @property
    def key(self) -> str:  # "2026-03", the form SQL's substr(date, 1, 7) gives
        return self.first.isoformat()[:7]


def month_of(day: date) -> Month:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Month(first, following - timedelta(days=1))


def months_between(first: date, last: date) -> list[Month]:
    """The calendar months touching [first, last], each clipped to the period, in order."""
    if last < first:
        return []
    months: list[Month] = []
    day = first
    while day <= last:
        month = month_of(day)
        months.append(Month(max(month.first, first), min(month.last, last)))
        day = month.last + timedelta(days=1)
    return months


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
