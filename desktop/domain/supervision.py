"""Supervision of the police (立案监督、侦查活动监督), DOMAIN.md §3: the supervision matter
(监督事项) — where it came from, which area of supervision it belongs to, its special-work
tags — and the office's settings for the police's reply periods.

The notices of a matter, their life cycle, the chains and the deadlines are in
`supervision_notices`; the sixteen kinds of illegality of RPR 567 in `supervision_illegality`.
Stored values (enum values, tag codes) are never renamed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = ["MatterSource", "Area", "MatterStatus", "SpecialTag", "TAG_NAMES_ZH",
           "SupervisionSettings", "split_tags", "join_tags", "check_tags", "TAG_SEPARATOR"]


class MatterSource(str, Enum):
    OWN_FINDING = "own_finding"  # 本院发现 (依职权)
    VICTIM_COMPLAINT = "victim_complaint"  # 被害人控告 / 申诉 (RPR 557)
    PETITION = "petition"  # 来信来访 (forwarded by 控告申诉检察, RPR 558)
    ARREST_REVIEW = "arrest_review"  # 审查逮捕中发现 (CPL 100)
    AGENCY_TRANSFER = "agency_transfer"  # 行政执法机关移送 / 建议 (两法衔接, RPR 557 ¶3)


class Area(str, Enum):
    CASE_FILING = "case_filing"  # 立案监督 (CPL 113; RPR 557–566)
    INVESTIGATION = "investigation"  # 侦查活动监督 (RPR 567 ff.)


class MatterStatus(str, Enum):
    OPEN = "open"  # 办理中
    CLOSED = "closed"  # 已办结


class SpecialTag(str, Enum):
    """The special-work tags every office has; offices add their own (`extra_tags`)."""

    ORGANISED_CRIME = "organised_crime"  # 扫黑除恶
    ADMIN_LINK = "admin_link"  # 两法衔接 (administrative enforcement ↔ criminal justice)
    JUVENILE = "juvenile"  # 未成年人
    ENTERPRISE = "enterprise"  # 涉企


TAG_NAMES_ZH = {
    SpecialTag.ORGANISED_CRIME.value: "扫黑除恶",
    SpecialTag.ADMIN_LINK.value: "两法衔接",
    SpecialTag.JUVENILE.value: "未成年人",
    SpecialTag.ENTERPRISE.value: "涉企",
}
# Tags are stored in one text column, joined by this character (no office tag may hold it).
TAG_SEPARATOR = "|"


def split_tags(stored: str) -> list[str]:
    return [t for t in (stored or "").split(TAG_SEPARATOR) if t]


def join_tags(tags) -> str:
    """Built-in tags in their fixed order first, then the office's own in the order given;
    duplicates dropped."""
    builtin = [t.value for t in SpecialTag if t.value in tags]
    extra = []
    for t in tags:
        if t not in TAG_NAMES_ZH and t not in extra:
            extra.append(t)
    return TAG_SEPARATOR.join(builtin + extra)


def check_tags(tags, extra_tags) -> list[str]:
    """The tags that are neither built in nor among the office's own (empty when all known)."""
    known = set(TAG_NAMES_ZH) | set(extra_tags)
    return [t for t in tags if t not in known]


@dataclass(frozen=True)
class SupervisionSettings:
    """The office's periods (kept in app_meta by the services). The statutory ones are here
    too, so that a changed rule needs no new program, but only the ones the law leaves open
    are offered in the settings dialog: the 纠正违法 reply period (the notice sets it, RPR 553),
    the 检察建议 reply period (2 months is the usual reading [M]), whether CPL 105's holiday
    extension applies to police reply periods (DOMAIN.md §5.3 [M]) and the extra tags."""

    explanation_days: int = 7  # 说明理由: RPR 560, PSR 182 ¶1
    filing_days: int = 15  # 通知立案 → 立案: RPR 563, PSR 182 ¶2
    withdrawal_days: int = 15  # 通知撤销案件 → 撤销 or 复议: RPR 564 ¶2
    tell_victim_days: int = 10  # 理由成立 → 告知被害人/移送机关: RPR 561 ¶2
    progress_months: int = 3  # 立案后三个月未侦查终结 → 催办: RPR 564 ¶3
    correction_days: int = 15  # 纠正违法通知书: period set in the notice (RPR 553) [M default]
    suggestion_months: int = 2  # 检察建议书 [M]
    reconsideration_days: int = 7  # 复议: RPR 565
    upper_review_days: int = 15  # 复核 by the upper procuratorate: RPR 565
    re_examination_days: int = 7  # 复查 of a 纠正违法通知书: RPR 554
    holiday_extension: bool = True  # CPL 105 applied to police reply periods [M]
    extra_tags: tuple[str, ...] = field(default_factory=tuple)

    DAY_FIELDS = ("explanation_days", "filing_days", "withdrawal_days", "tell_victim_days",
                  "correction_days", "reconsideration_days", "upper_review_days",
                  "re_examination_days")
    MONTH_FIELDS = ("progress_months", "suggestion_months")

    def __post_init__(self) -> None:
        for name in self.DAY_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 90:
                raise ValueError(f"{name} must be a whole number of days from 1 to 90")
        for name in self.MONTH_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12:
                raise ValueError(f"{name} must be a whole number of months from 1 to 12")
        for tag in self.extra_tags:
            if not tag.strip() or TAG_SEPARATOR in tag or len(tag) > 20 or tag in TAG_NAMES_ZH:
                raise ValueError(f"bad office tag {tag!r}")
