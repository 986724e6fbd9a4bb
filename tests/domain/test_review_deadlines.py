"""Deadlines of every step after a decision, with holidays and custody (DOMAIN §1.7–1.9, §5)."""
from datetime import date

import pytest

from desktop.domain.review_deadlines import (
    OMITTED_FOLLOW_UP_DAYS,
    STEP_BASIS,
    Step,
    receipt_deadline,
    step_deadline,
)


def test_every_step_has_a_basis_naming_its_article():
    for step in Step:
        assert "第" in STEP_BASIS[step] and "条" in STEP_BASIS[step]
        assert "第一百零五条" in step_deadline(step, date(2026, 3, 2)).basis


def test_receipt_after_approval_is_a_custody_period_not_extended_over_national_day():
    d = receipt_deadline(approved=True, served_on=date(2026, 9, 27),
                         executed_on=date(2026, 9, 28))
    assert d.step == Step.RECEIPT and d.in_custody
    assert d.end.raw == d.due == date(2026, 10, 1)  # a holiday, but the person is held
    assert "不因节假日顺延" in d.basis


def test_receipt_before_execution_is_known_counts_from_service():
    d = receipt_deadline(approved=True, served_on=date(2026, 11, 2))
    assert d.start == date(2026, 11, 2) and d.due == date(2026, 11, 5)


def test_release_receipt_after_refusal_is_extended_over_holidays():
    d = receipt_deadline(approved=False, served_on=date(2026, 9, 28))
    assert d.step == Step.RELEASE_RECEIPT and not d.in_custody
    assert d.end.raw == date(2026, 10, 1)
    assert d.due == date(2026, 10, 8) and d.end.extended


@pytest.mark.parametrize("step, start, due", [
    (Step.RECONSIDERATION_REQUEST, date(2026, 11, 2), date(2026, 11, 9)),  # Sat 7th → Mon 9th
    (Step.RECONSIDERATION_REQUEST, date(2026, 2, 23), date(2026, 2, 28)),  # make-up Saturday
    (Step.RECONSIDERATION_DECISION, date(2026, 9, 26), date(2026, 10, 8)),
    (Step.RECONSIDERATION_DECISION, date(2026, 11, 3), date(2026, 11, 10)),
    (Step.UPPER_REVIEW_REQUEST, date(2026, 4, 30), date(2026, 5, 6)),  # Labour Day
    (Step.UPPER_REVIEW_DECISION, date(2026, 9, 16), date(2026, 10, 8)),
    (Step.OMITTED_FOLLOW_UP, date(2026, 2, 10), date(2026, 2, 24)),  # Spring Festival
    (Step.WITHDRAWAL_FOLLOW_UP, date(2026, 9, 16), date(2026, 10, 8)),
])
def test_step_deadlines(step, start, due):
    assert step_deadline(step, start).due == due


def test_custody_can_be_forced_for_a_suspect_still_held():
    d = step_deadline(Step.RECONSIDERATION_DECISION, date(2026, 9, 26), in_custody=True)
    assert d.due == date(2026, 10, 3)


def test_follow_up_is_a_reminder_and_says_so():
    assert OMITTED_FOLLOW_UP_DAYS == 7
    assert "无明文规定" in STEP_BASIS[Step.OMITTED_FOLLOW_UP]
