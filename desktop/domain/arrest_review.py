"""Arrest review (审查逮捕): time limits and the life cycle of one review.

Time limits, DOMAIN.md §1.2 and §5.3:
* detained suspect (已被拘留): 7 days from receipt of the 提请批准逮捕书, a custody
  period, so no holiday extension — even when the case is major or complex;
* not detained: 15 days; major/complex (重大、复杂) cases up to 20 days; extended
  over holidays like any ordinary period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from types import MappingProxyType

from .deadlines import PeriodEnd, period_end
from .holidays import HolidayCalendar

__all__ = [
    "ReviewLimit",
    "LIMIT_DETAINED",
    "LIMIT_NOT_DETAINED",
    "LIMIT_MAJOR_COMPLEX",
    "review_limit",
    "review_deadline",
    "ReviewStatus",
    "OPEN_STATUSES",
    "ALLOWED_TRANSITIONS",
    "InvalidTransition",
    "check_transition",
    "STATUS_LABELS_ZH",
]


@dataclass(frozen=True)
class ReviewLimit:
    days: int
    in_custody: bool  # True: the period is not carried over holidays (CPL 105 ¶4 proviso)
    basis: str
    basis_en: str
    code: str  # stable identifier, stored and used for translation


# Wording follows CPL 91 ¶3, CPL 105 ¶4 and RPR 282 as published (LawRefBook/Laws:
# 刑事诉讼法(2018-10-26).md, 人民检察院刑事诉讼规则(2019-12-02).md).
_CPL105_CUSTODY = "犯罪嫌疑人在押期间，应当至期满之日为止，不得因节假日而延长（《刑事诉讼法》第一百零五条）"
_CPL105_HOLIDAY = "期间的最后一日为节假日的，以节假日后的第一日为期满日期（《刑事诉讼法》第一百零五条）"

LIMIT_DETAINED = ReviewLimit(
    days=7,
    in_custody=True,
    basis=(
        "《刑事诉讼法》第九十一条第三款、《人民检察院刑事诉讼规则》第二百八十二条："
        "对公安机关提请批准逮捕的犯罪嫌疑人，已经被拘留的，人民检察院应当在收到提请批准逮捕书后"
        "七日以内作出是否批准逮捕的决定；" + _CPL105_CUSTODY
    ),
    basis_en=(
        "CPL Art. 91(3) and RPR Art. 282: where the suspect has been detained, the procuratorate "
        "shall decide whether to approve arrest within 7 days of receiving the request for "
        "approval of arrest; while the suspect is in custody the period ends on its last day "
        "and is not extended because of holidays (CPL Art. 105)"
    ),
    code="detained_7",
)

LIMIT_NOT_DETAINED = ReviewLimit(
    days=15,
    in_custody=False,
    basis=(
        "《人民检察院刑事诉讼规则》第二百八十二条：对公安机关提请批准逮捕的犯罪嫌疑人，"
        "未被拘留的，应当在收到提请批准逮捕书后十五日以内作出是否批准逮捕的决定；" + _CPL105_HOLIDAY
    ),
    basis_en=(
        "RPR Art. 282: where the suspect has not been detained, the procuratorate shall decide "
        "whether to approve arrest within 15 days of receiving the request; if the last day is "
        "a holiday, the period ends on the first day after the holiday (CPL Art. 105)"
    ),
    code="not_detained_15",
)

LIMIT_MAJOR_COMPLEX = ReviewLimit(
    days=20,
    in_custody=False,
    basis=(
        "《人民检察院刑事诉讼规则》第二百八十二条：对公安机关提请批准逮捕的犯罪嫌疑人，"
        "未被拘留的，应当在收到提请批准逮捕书后十五日以内作出是否批准逮捕的决定，"
        "重大、复杂案件，不得超过二十日；" + _CPL105_HOLIDAY
    ),
    basis_en=(
        "RPR Art. 282: where the suspect has not been detained and the case is major or "
        "complex, the decision may take no more than 20 days from receipt of the request; if "
        "the last day is a holiday, the period ends on the first day after the holiday "
        "(CPL Art. 105)"
    ),
    code="major_20",
)


def review_limit(*, detained: bool, major_complex: bool) -> ReviewLimit:
    """The limit that applies; detention wins over complexity (the 20 days are only for
    suspects at liberty)."""
    if detained:
        return LIMIT_DETAINED
    return LIMIT_MAJOR_COMPLEX if major_complex else LIMIT_NOT_DETAINED


def review_deadline(
    received: date,
    *,
    detained: bool,
    major_complex: bool,
    calendar: HolidayCalendar | None = None,
) -> tuple[ReviewLimit, PeriodEnd]:
    """Limit and end of the review period; ``received`` is the day the request arrived."""
    limit = review_limit(detained=detained, major_complex=major_complex)
    end = period_end(received, days=limit.days, in_custody=limit.in_custody, calendar=calendar)
    return limit, end


class ReviewStatus(str, Enum):
    # Values are stored in the database: never rename them.
    RECEIVED = "received"  # 已受理
    UNDER_REVIEW = "under_review"  # 审查中
    PENDING_APPROVAL = "pending_approval"  # 待审批 (检察长/部门负责人)
    APPROVED = "approved"  # 批准逮捕
    REFUSED = "refused"  # 不批准逮捕
    WITHDRAWN = "withdrawn"  # 撤回提请 (police withdrew the request)


# Statuses in which the review deadline is still running.
OPEN_STATUSES: frozenset[ReviewStatus] = frozenset(
    {ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW, ReviewStatus.PENDING_APPROVAL}
)

_S = ReviewStatus
ALLOWED_TRANSITIONS: Mapping[ReviewStatus, frozenset[ReviewStatus]] = MappingProxyType(
    {
        _S.RECEIVED: frozenset({_S.UNDER_REVIEW, _S.WITHDRAWN}),
        _S.UNDER_REVIEW: frozenset({_S.PENDING_APPROVAL, _S.WITHDRAWN}),
        # The approver may send the file back for more work (退回审查).
        _S.PENDING_APPROVAL: frozenset(
            {_S.APPROVED, _S.REFUSED, _S.UNDER_REVIEW, _S.WITHDRAWN}
        ),
        # Decisions are final here, with one exception: a refusal changed on 复议/复核
        # (RPR 290–291) becomes an approval to execute; the reconsideration record keeps the
        # history. 撤销 (RPR 289) is a separate procedure with its own record.
        _S.APPROVED: frozenset(),
        _S.REFUSED: frozenset({_S.APPROVED}),
        _S.WITHDRAWN: frozenset(),
    }
)


class InvalidTransition(ValueError):
    code = "invalid_transition"

    def __init__(self, old: ReviewStatus, new: ReviewStatus) -> None:
        super().__init__(f"a review cannot go from {old.value} to {new.value}")
        self.old = old
        self.new = new


def check_transition(old: ReviewStatus | str, new: ReviewStatus | str) -> None:
    """Raise InvalidTransition unless ``old`` may become ``new``.

    Staying in the same status is allowed so that saving other edits needs no special
    case. Plain strings (database values) are accepted; unknown ones raise ValueError.
    """
    old_s, new_s = ReviewStatus(old), ReviewStatus(new)
    if old_s == new_s:
        return
    if new_s not in ALLOWED_TRANSITIONS[old_s]:
        raise InvalidTransition(old_s, new_s)


STATUS_LABELS_ZH: Mapping[ReviewStatus, str] = MappingProxyType(
    {
        _S.RECEIVED: "已受理",
        _S.UNDER_REVIEW: "审查中",
        _S.PENDING_APPROVAL: "待审批",
        _S.APPROVED: "批准逮捕",
        _S.REFUSED: "不批准逮捕",
        _S.WITHDRAWN: "撤回提请",
    }
)
