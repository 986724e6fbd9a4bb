"""The statistics indicators reported upward (统计口径, DOMAIN.md §7), as data in one place.

Each indicator says what it counts and which date puts a record in the period, in the Chinese
text shown next to the figure; rates name their numerator and denominator so the page shows
both. The services compute the figures (services/statistics.py); the page, the spreadsheet and
the upper office's per-unit view read the names and definitions from here. An indicator the
program cannot compute from what it records says so (`recorded=False`) instead of showing a
number. Pure: no clock, no database.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import Enum

__all__ = [
    "Unit", "Group", "Indicator", "INDICATORS", "BY_KEY", "indicator", "Period",
    "NonArrestDenominator", "rate", "STALE_AFTER_DAYS", "is_stale",
]


class Unit(str, Enum):
    CASES = "件"
    PERSONS = "人"
    TIMES = "件次"
    PERCENT = "%"


class Group(str, Enum):
    ARREST_REVIEW = "审查逮捕"
    CUSTODY_REVIEW = "羁押必要性审查"
    CASE_FILING = "立案监督"
    INVESTIGATION = "侦查活动监督"
    PETITIONS = "涉检信访"
    HEARINGS = "听证"


class NonArrestDenominator(str, Enum):
    """Which persons 不捕率 divides by (DOMAIN §7: the SPP figure's denominator is larger than
    approved + refused, so the office chooses; the figure always shows both numbers)."""

    CONCLUDED = "concluded"  # 审结人数: 批准 + 不批准 + 其他结案 (police withdrew the request)
    DECIDED = "decided"  # 批准 + 不批准 only


@dataclass(frozen=True)
class Indicator:
    key: str
    name_zh: str  # the 统计口径 name
    name_en: str  # English source text; the UI translates it with QT_TRANSLATE_NOOP / tr
    unit: Unit
    group: Group
    definition: str  # Chinese, shown next to the figure: what is counted, which date counts
    numerator: str = ""  # rates: the keys divided
    denominator: str = ""
    juvenile_subcount: bool = False  # a 未成年人 sub-count column (counts only, never lists)
    recorded: bool = True  # False: the program does not record what this needs

    @property
    def is_rate(self) -> bool:
        return bool(self.numerator)


_A, _C, _F, _I, _P, _H = (Group.ARREST_REVIEW, Group.CUSTODY_REVIEW, Group.CASE_FILING,
                          Group.INVESTIGATION, Group.PETITIONS, Group.HEARINGS)
_DECIDED = "以审批通过之日（决定日期）计入期间；复议、复核改变决定的，原决定仍按原决定日期和原决定计入，改变另计入“复议改变”“复核改变”。"
_COHORT = "以送达日期计入期间；是否已纠正、采纳以制作报表时已登记的公安机关回复为准。"

INDICATORS: tuple[Indicator, ...] = (
    # -- 审查逮捕 ------------------------------------------------------------------------------
    Indicator("arrest.received_cases", "受理审查逮捕（件）", "Arrest requests received (cases)",
              Unit.CASES, _A, "期间内受理的提请批准逮捕书件数，以受理日期计入期间。"),
    Indicator("arrest.received_persons", "受理审查逮捕（人）", "Arrest requests received (persons)",
              Unit.PERSONS, _A, "期间内受理的提请批准逮捕书所列犯罪嫌疑人人数，以受理日期计入期间。",
              juvenile_subcount=True),
    Indicator("arrest.concluded_cases", "审结（件）", "Concluded (cases)", Unit.CASES, _A,
              "期间内有犯罪嫌疑人审结的提请批准逮捕案件件数（批准、不批准或公安机关撤回提请），以决定日期计入期间。"),
    Indicator("arrest.concluded_persons", "审结（人）", "Concluded (persons)", Unit.PERSONS, _A,
              "期间内审结的犯罪嫌疑人人数：批准逮捕 + 不批准逮捕 + 其他结案（公安机关撤回提请）。"
              + _DECIDED, juvenile_subcount=True),
    Indicator("arrest.approved", "批准逮捕（人）", "Arrest approved (persons)", Unit.PERSONS, _A,
              "期间内决定批准逮捕的人数。" + _DECIDED + "依第二百八十八条直接决定逮捕的另见“追捕”。",
              juvenile_subcount=True),
    Indicator("arrest.refused", "不批准逮捕（人）", "Arrest refused (persons)", Unit.PERSONS, _A,
              "期间内决定不批准逮捕的人数。" + _DECIDED, juvenile_subcount=True),
    Indicator("arrest.refused_no_crime", "不批准逮捕：不构成犯罪（人）",
              "Refused: no crime (persons)", Unit.PERSONS, _A,
              "不批准逮捕中理由为不构成犯罪（含刑事诉讼法第十六条情形，法定不捕）的人数。" + _DECIDED,
              juvenile_subcount=True),
    Indicator("arrest.refused_insufficient_evidence", "不批准逮捕：证据不足（人）",
              "Refused: insufficient evidence (persons)", Unit.PERSONS, _A,
              "不批准逮捕中理由为证据不足（存疑不捕）的人数。" + _DECIDED, juvenile_subcount=True),
    Indicator("arrest.refused_no_social_danger", "不批准逮捕：无社会危险性（人）",
              "Refused: no social danger (persons)", Unit.PERSONS, _A,
              "不批准逮捕中理由为无社会危险性（相对不捕）的人数。" + _DECIDED, juvenile_subcount=True),
    Indicator("arrest.refused_ground_unrecorded", "不批准逮捕：理由未登记（人）",
              "Refused: ground not recorded (persons)", Unit.PERSONS, _A,
              "不批准逮捕但程序中没有审批记录（如导入或演示数据）、无法区分理由的人数。",
              juvenile_subcount=True),
    Indicator("arrest.withdrawn", "其他结案：撤回提请（人）", "Request withdrawn (persons)",
              Unit.PERSONS, _A, "公安机关撤回提请批准逮捕的人数，以结案日期计入期间。",
              juvenile_subcount=True),
    Indicator("arrest.non_arrest_rate", "不捕率", "Non-arrest rate", Unit.PERCENT, _A,
              "不批准逮捕人数 ÷ 分母人数。分母按本院设置：审结人数（批准 + 不批准 + 其他结案）"
              "或批准 + 不批准人数；分子、分母同时显示。",
              numerator="arrest.refused", denominator="arrest.concluded_persons"),
    Indicator("arrest.reconsideration_requests", "不捕复议（件）",
              "Reconsideration requests (复议)", Unit.CASES, _A,
              "公安机关对不批准逮捕要求复议的件数（每名犯罪嫌疑人一件），以收到复议请求之日计入期间。"),
    Indicator("arrest.reconsideration_changed", "复议改变（件）",
              "Changed on reconsideration", Unit.CASES, _A,
              "复议决定撤销原不批准逮捕决定、改为批准逮捕的件数，以复议决定日期计入期间。"),
    Indicator("arrest.upper_review_requests", "不捕复核（件）", "Upper review requests (复核)",
              Unit.CASES, _A, "公安机关提请上一级人民检察院复核的件数，以提请复核之日计入期间。"),
    Indicator("arrest.upper_review_changed", "复核改变（件）", "Changed on upper review",
              Unit.CASES, _A, "上一级人民检察院复核改变原决定的件数，以复核决定日期计入期间。"),
    Indicator("arrest.receipts_overdue", "执行回执逾期（件）", "Execution receipts overdue",
              Unit.CASES, _A,
              "应收回执日期在期间内、公安机关未在期限内送回执行回执的件数（逾期后送回的、"
              "至报表日仍未送回的均计入）。"),
    Indicator("arrest.omitted_demanded", "追捕：要求提请批准逮捕（人）",
              "Omitted suspects: police required to request arrest", Unit.PERSONS, _A,
              "依《人民检察院刑事诉讼规则》第二百八十八条要求公安机关提请批准逮捕的遗漏犯罪嫌疑人人数，以要求日期计入期间。"),
    Indicator("arrest.omitted_decided", "追捕：直接决定逮捕（人）",
              "Omitted suspects: arrest decided directly", Unit.PERSONS, _A,
              "公安机关不提请或理由不成立、本院直接作出逮捕决定的人数，以逮捕决定日期计入期间。"),
    # -- 羁押必要性审查 ------------------------------------------------------------------------
    Indicator("custody.reviews", "羁押必要性审查：受理/审查（人）", "Custody reviews (persons)",
              Unit.PERSONS, _C, "期间内立案审查的人数（依职权、依申请、看守所建议），以立案或收到申请之日计入期间。",
              juvenile_subcount=True),
    Indicator("custody.reviews_own_motion", "其中：依职权（人）", "of which: own motion",
              Unit.PERSONS, _C, "受理/审查人数中依职权启动的人数。"),
    Indicator("custody.reviews_application", "其中：依申请（人）", "of which: on application",
              Unit.PERSONS, _C, "受理/审查人数中依犯罪嫌疑人、法定代理人、近亲属、辩护人申请启动的人数。"),
    Indicator("custody.reviews_detention_centre", "其中：看守所建议（人）",
              "of which: detention centre's suggestion", Unit.PERSONS, _C,
              "受理/审查人数中依看守所建议启动的人数。"),
    Indicator("custody.recommended", "提出释放或变更强制措施建议（人）",
              "Release or change recommended (persons)", Unit.PERSONS, _C,
              "期间内送达释放或者变更强制措施建议书的人数，以建议书送达日期计入期间。", juvenile_subcount=True),
    Indicator("custody.adopted", "建议被采纳（人）", "Recommendation adopted (persons)",
              Unit.PERSONS, _C, "上述建议中办案机关回复采纳或部分采纳的人数。" + _COHORT,
              juvenile_subcount=True),
    Indicator("custody.adoption_rate", "采纳率", "Adoption rate", Unit.PERCENT, _C,
              "建议被采纳人数 ÷ 提出建议人数（同一期间送达的建议）。",
              numerator="custody.adopted", denominator="custody.recommended"),
    # -- 立案监督 ------------------------------------------------------------------------------
    Indicator("supervision.explain_non_filing", "要求说明不立案理由（件）",
              "Explanation of non-filing required", Unit.CASES, _F,
              "期间内送达要求说明不立案理由通知书（含逾期不作立案决定的）的件数，以送达日期计入期间。"),
    Indicator("supervision.notice_to_file", "通知立案（件）", "Notices to file a case", Unit.CASES, _F,
              "期间内送达通知立案书的件数，以送达日期计入期间。"),
    Indicator("supervision.filed", "监督立案（件）", "Cases filed under supervision", Unit.CASES, _F,
              "公安机关在要求说明不立案理由或通知立案后立案的监督事项件数，以收到立案答复之日计入期间。"),
    Indicator("supervision.explain_filing", "要求说明立案理由（件）",
              "Explanation of filing required", Unit.CASES, _F,
              "期间内送达要求说明立案理由通知书的件数，以送达日期计入期间。"),
    Indicator("supervision.notice_to_withdraw", "通知撤案（件）", "Notices to withdraw a case",
              Unit.CASES, _F, "期间内送达通知撤销案件书的件数，以送达日期计入期间。"),
    Indicator("supervision.withdrawn", "监督撤案（件）", "Cases withdrawn under supervision",
              Unit.CASES, _F,
              "公安机关在要求说明立案理由或通知撤案后撤销案件的监督事项件数，以收到撤案答复之日计入期间。"),
    # -- 侦查活动监督 --------------------------------------------------------------------------
    Indicator("supervision.oral_correction", "口头纠正（件次）", "Oral corrections", Unit.TIMES, _I,
              "期间内登记的口头纠正次数，以纠正日期计入期间。"),
    Indicator("supervision.correction", "书面纠正：纠正违法通知书（件）",
              "Correction notices issued", Unit.CASES, _I,
              "期间内送达纠正违法通知书的件数，以送达日期计入期间。"),
    Indicator("supervision.correction_complied", "已纠正（件）", "Corrections complied with",
              Unit.CASES, _I, "上述纠正违法通知书中公安机关回复已纠正或部分纠正的件数。" + _COHORT),
    Indicator("supervision.correction_rate", "纠正率", "Correction rate", Unit.PERCENT, _I,
              "已纠正件数 ÷ 纠正违法通知书件数（同一期间送达）。",
              numerator="supervision.correction_complied", denominator="supervision.correction"),
    Indicator("supervision.suggestion", "检察建议（件）", "Procuratorial suggestions issued",
              Unit.CASES, _I, "期间内送达检察建议书的件数，以送达日期计入期间。"),
    Indicator("supervision.suggestion_adopted", "检察建议采纳（件）", "Suggestions adopted",
              Unit.CASES, _I, "上述检察建议中公安机关回复采纳或部分采纳的件数。" + _COHORT),
    Indicator("supervision.suggestion_rate", "检察建议采纳率", "Suggestion adoption rate",
              Unit.PERCENT, _I, "检察建议采纳件数 ÷ 检察建议件数（同一期间送达）。",
              numerator="supervision.suggestion_adopted", denominator="supervision.suggestion"),
    Indicator("supervision.notices_issued", "监督文书合计（件）", "Supervision notices issued",
              Unit.CASES, _I, "期间内送达的要求公安机关作为的监督文书件数：要求说明不立案理由、要求说明立案理由、"
              "通知立案、通知撤销案件、纠正违法通知书、检察建议书（不含口头纠正、告知被害人的审查"
              "意见通知书和催办函），以送达日期计入期间。"),
    Indicator("supervision.notices_complied", "公安机关已落实（件）", "Notices complied with",
              Unit.CASES, _I,
              "上述通知书中公安机关回复已立案、已撤案、已纠正或采纳（含部分）的件数。" + _COHORT),
    Indicator("supervision.compliance_rate", "监督落实率", "Compliance rate", Unit.PERCENT, _I,
              "公安机关已落实件数 ÷ 监督文书合计件数（同一期间送达）。",
              numerator="supervision.notices_complied", denominator="supervision.notices_issued"),
    # -- 涉检信访 ------------------------------------------------------------------------------
    Indicator("petitions.received", "受理信访（件）", "Petitions received (cases)", Unit.CASES, _P,
              "期间内登记受理的信访件数，以受理日期计入期间。"),
    Indicator("petitions.received_persons", "受理信访（人）", "Petitions received (persons)",
              Unit.PERSONS, _P, "期间内受理信访件所登记的信访人数合计（集体访按登记人数）。"),
    Indicator("petitions.channel_letter", "其中：来信（件）", "of which: letters", Unit.CASES, _P,
              "受理信访中渠道为来信的件数。"),
    Indicator("petitions.channel_visit", "其中：来访（件）", "of which: visits", Unit.CASES, _P,
              "受理信访中渠道为来访的件数。"),
    Indicator("petitions.channel_online", "其中：网上信访（件）", "of which: online", Unit.CASES, _P,
              "受理信访中渠道为网上信访的件数。"),
    Indicator("petitions.channel_12309", "其中：12309（件）", "of which: 12309", Unit.CASES, _P,
              "受理信访中渠道为12309检察服务中心（电话、平台）的件数。"),
    Indicator("petitions.type_accusation", "其中：控告（件）", "of which: accusations", Unit.CASES, _P,
              "受理信访中类型为控告的件数。"),
    Indicator("petitions.type_report", "其中：举报（件）", "of which: reports", Unit.CASES, _P,
              "受理信访中类型为举报的件数。"),
    Indicator("petitions.type_appeal", "其中：申诉（件）", "of which: appeals", Unit.CASES, _P,
              "受理信访中类型为申诉的件数。"),
    Indicator("petitions.type_suggestion", "其中：建议（件）", "of which: suggestions", Unit.CASES, _P,
              "受理信访中类型为建议、意见的件数。"),
    Indicator("petitions.type_enquiry", "其中：咨询（件）", "of which: enquiries", Unit.CASES, _P,
              "受理信访中类型为咨询的件数。"),
    Indicator("petitions.replied_7_days", "7日内程序性回复（件）", "Replied within 7 days",
              Unit.CASES, _P,
              "期间内受理的信访件中，在程序性答复期限内作出答复的件数。期限与信访件的答复期限同一规则："
              "按本院设置以日历日或工作日计算；按日历日的，第7日为节假日的顺延至节假日后第一个工作日。"),
    Indicator("petitions.reply_rate_7_days", "7日内程序性回复率", "7-day reply rate",
              Unit.PERCENT, _P, "7日内程序性回复件数 ÷ 期间内受理信访件数。",
              numerator="petitions.replied_7_days", denominator="petitions.received"),
    Indicator("petitions.replied_3_months", "3个月内过程或结果答复（件）",
              "Progress or result reply within 3 months", Unit.CASES, _P,
              "期间内受理的信访件中，自受理之日起3个月内（期限最后一日为节假日的顺延，与信访件的答复期限同一规则）"
              "作出办理过程答复或结果答复的件数。"),
    Indicator("petitions.reply_rate_3_months", "3个月内办理过程或结果答复率",
              "3-month reply rate", Unit.PERCENT, _P,
              "3个月内过程或结果答复件数 ÷ 期间内受理信访件数。",
              numerator="petitions.replied_3_months", denominator="petitions.received"),
    Indicator("petitions.repeat", "重复信访（件）", "Repeat petitions", Unit.CASES, _P,
              "期间内受理、登记为重复信访的件数。"),
    Indicator("petitions.settled", "息诉罢访（件）", "Settled (息诉罢访)", Unit.CASES, _P,
              "期间内以息诉罢访办结的件数，以办结日期计入期间。"),
    Indicator("petitions.open_high_risk", "未办结高风险信访（件）", "Open high-risk petitions",
              Unit.CASES, _P, "期间末日（或报表日，取早者）仍未办结、风险等级为最高一级的信访件数。"),
    Indicator("petitions.to_higher_levels", "越级信访（件）", "Petitions to higher levels",
              Unit.CASES, _P, "程序不登记信访人向上级机关信访的情况，不能统计。", recorded=False),
    # -- 听证 ----------------------------------------------------------------------------------
    Indicator("hearings.arrest_review", "审查逮捕听证（次）", "Arrest-review hearings held",
              Unit.TIMES, _H, "期间内举行的审查逮捕听证次数，以听证日期计入期间。",
              juvenile_subcount=True),
    Indicator("hearings.petitions", "信访公开听证（次）", "Public hearings on petitions",
              Unit.TIMES, _H, "期间内登记的信访公开听证次数，以听证日期计入期间。"),
    Indicator("hearings.custody", "羁押听证（次）", "Custody hearings held", Unit.TIMES, _H,
              "程序不单独登记羁押必要性审查听证，不能统计。", recorded=False),
)

BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}


def indicator(key: str) -> Indicator:
    return BY_KEY[key]


def rate(numerator: int, denominator: int) -> float | None:
    """A percentage to one decimal place; None when nothing was there to divide by."""
    if not denominator:
        return None
    return round(100.0 * numerator / denominator, 1)


@dataclass(frozen=True)
class Period:
    """A reporting period: first and last day, both included (统计期间)."""

    start: date
    end: date
    kind: str = "custom"  # month | quarter | year | custom

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter {quarter}")
        first = 3 * quarter - 2
        return cls(date(year, first, 1), cls.month(year, first + 2).end, "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(start, end, "custom")

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @property
    def label(self) -> str:
        """The Chinese label of a report heading (统计期间)."""
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        if self.kind == "quarter":
            return f"{self.start.year}年第{(self.start.month + 2) // 3}季度"
        if self.kind == "year":
            return f"{self.start.year}年"
        return f"{self.start:%Y年%m月%d日}至{self.end:%Y年%m月%d日}"


# 数据时效: at an upper office, a unit whose last package is older than this is marked, so
# that its zeros are not read as an idle unit (its figures may only be missing).
STALE_AFTER_DAYS = 7


def is_stale(last_package: date | None, today: date) -> bool:
    """Whether a unit's figures may be incomplete on `today`: no package ever, or the last
    one received more than STALE_AFTER_DAYS calendar days before (counted in days, like every
    other period of the program, so the mark does not change during a working day)."""
    return last_package is None or (today - last_package).days > STALE_AFTER_DAYS
