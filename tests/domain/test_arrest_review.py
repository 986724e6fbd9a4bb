"""Arrest review (审查逮捕): limits, deadlines, statuses."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.arrest_review import (
    ALLOWED_TRANSITIONS,
    OPEN_STATUSES,
    STATUS_LABELS_ZH,
    InvalidTransition,
    ReviewStatus,
    check_transition,
    review_deadline,
    review_limit,
)
from desktop.domain.holidays import HolidayCalendar, YearOverride

CAL = HolidayCalendar()
S = ReviewStatus


class TestLimits:
    def test_detained(self):
        limit = review_limit(detained=True, major_complex=False)
        assert (limit.days, limit.in_custody, limit.code) == (7, True, "detained_7")

    def test_detained_major_complex_still_7(self):
        limit = review_limit(detained=True, major_complex=True)
        assert (limit.days, limit.in_custody, limit.code) == (7, True, "detained_7")

    def test_not_detained(self):
        limit = review_limit(detained=False, major_complex=False)
        assert (limit.days, limit.in_custody, limit.code) == (15, False, "not_detained_15")

    def test_not_detained_major_complex(self):
        limit = review_limit(detained=False, major_complex=True)
        assert (limit.days, limit.in_custody, limit.code) == (20, False, "major_20")

    def test_bases_cite_the_rules(self):
        detained = review_limit(detained=True, major_complex=False)
        assert "第九十一条" in detained.basis and "第二百八十二条" in detained.basis
        assert "七日" in detained.basis and "不得因节假日而延长" in detained.basis
        assert "Art. 91" in detained.basis_en and "7 days" in detained.basis_en
        free = review_limit(detained=False, major_complex=False)
        assert "十五日" in free.basis and "第二百八十二条" in free.basis
        assert "15 days" in free.basis_en
        major = review_limit(detained=False, major_complex=True)
        assert "二十日" in major.basis and "重大、复杂" in major.basis
        assert "20 days" in major.basis_en

    def test_codes_unique(self):
        limits = {review_limit(detained=d, major_complex=m) for d in (True, False) for m in (True, False)}
        assert len({l.code for l in limits}) == 3


class TestDeadlines:
    def test_non_detained_over_national_day(self):
        # DOMAIN.md §5.4 row 1.
        limit, end = review_deadline(date(2026, 9, 16), detained=False, major_complex=False, calendar=CAL)
        assert limit.days == 15
        assert end.raw == date(2026, 10, 1)
        assert end.due == date(2026, 10, 8)
        assert end.extended

    def test_detained_not_extended(self):
        # DOMAIN.md §5.4 row 2.
        limit, end = review_deadline(date(2026, 9, 28), detained=True, major_complex=False, calendar=CAL)
        assert limit.in_custody
        assert end.raw == end.due == date(2026, 10, 5)
        assert not end.extended

    def test_detained_major_complex_not_extended(self):
        _, end = review_deadline(date(2026, 9, 28), detained=True, major_complex=True, calendar=CAL)
        assert end.due == date(2026, 10, 5)

    def test_major_complex_20_days(self):
        # 2026-09-15 + 20 = Mon 2026-10-05 (National Day) -> Thu 2026-10-08.
        limit, end = review_deadline(date(2026, 9, 15), detained=False, major_complex=True, calendar=CAL)
        assert limit.days == 20
        assert end.raw == date(2026, 10, 5)
        assert end.due == date(2026, 10, 8)
        assert end.holiday_name == "国庆节"

    def test_ordinary_week(self):
        _, end = review_deadline(date(2026, 3, 2), detained=True, major_complex=False, calendar=CAL)
        assert end.due == date(2026, 3, 9)
        _, end = review_deadline(date(2026, 3, 2), detained=False, major_complex=False, calendar=CAL)
        assert end.due == date(2026, 3, 17)

    def test_calendar_is_passed_through(self):
        # Fictional override making Tue 2026-03-17 a holiday.
        cal = HolidayCalendar({2026: YearOverride(holidays=frozenset({date(2026, 3, 17)}))})
        _, end = review_deadline(date(2026, 3, 2), detained=False, major_complex=False, calendar=cal)
        assert end.due == date(2026, 3, 18)


class TestStatuses:
    def test_values_are_stable(self):
        assert {s.value for s in S} == {
            "received",
            "under_review",
            "pending_approval",
            "approved",
            "refused",
            "withdrawn",
        }
        assert S("approved") is S.APPROVED
        assert S.APPROVED == "approved"  # str enum: stores as plain text

    def test_open_statuses(self):
        assert OPEN_STATUSES == {S.RECEIVED, S.UNDER_REVIEW, S.PENDING_APPROVAL}

    def test_labels(self):
        assert set(STATUS_LABELS_ZH) == set(S)
        assert STATUS_LABELS_ZH[S.APPROVED] == "批准逮捕"
        assert STATUS_LABELS_ZH[S.REFUSED] == "不批准逮捕"
        assert STATUS_LABELS_ZH[S.WITHDRAWN] == "撤回提请"

    def test_transition_table_covers_every_status(self):
        assert set(ALLOWED_TRANSITIONS) == set(S)

    def test_closed_statuses_are_terminal_but_a_refusal_may_be_changed(self):
        for status in set(S) - OPEN_STATUSES - {S.REFUSED}:
            assert ALLOWED_TRANSITIONS[status] == frozenset()
        # 复议/复核 changing the refusal (RPR 290–291) is the only way out of a decision
        assert ALLOWED_TRANSITIONS[S.REFUSED] == frozenset({S.APPROVED})

    def test_every_open_status_can_be_withdrawn(self):
        for status in OPEN_STATUSES:
            check_transition(status, S.WITHDRAWN)

    @pytest.mark.parametrize(
        "old, new",
        [
            (S.RECEIVED, S.UNDER_REVIEW),
            (S.UNDER_REVIEW, S.PENDING_APPROVAL),
            (S.PENDING_APPROVAL, S.APPROVED),
            (S.PENDING_APPROVAL, S.REFUSED),
            (S.PENDING_APPROVAL, S.UNDER_REVIEW),
        ],
    )
    def test_allowed(self, old, new):
        check_transition(old, new)

    @pytest.mark.parametrize(
        "old, new",
        [
            (S.RECEIVED, S.APPROVED),  # skipping review and approval
            (S.UNDER_REVIEW, S.REFUSED),
            (S.APPROVED, S.REFUSED),
            (S.REFUSED, S.UNDER_REVIEW),
            (S.WITHDRAWN, S.RECEIVED),
            (S.APPROVED, S.WITHDRAWN),
        ],
    )
    def test_forbidden(self, old, new):
        with pytest.raises(InvalidTransition) as excinfo:
            check_transition(old, new)
        err = excinfo.value
        assert isinstance(err, ValueError)
        assert err.code == "invalid_transition"
        assert (err.old, err.new) == (old, new)
        assert old.value in str(err) and new.value in str(err)

    def test_same_status_is_a_no_op(self):
        for status in S:
            check_transition(status, status)

    def test_plain_strings_accepted(self):
        check_transition("received", "under_review")
        with pytest.raises(InvalidTransition):
            check_transition("approved", "received")

    def test_unknown_string(self):
        with pytest.raises(ValueError):
            check_transition("received", "arrested")
