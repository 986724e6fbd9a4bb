"""period_end / days_left / classify (CPL 105, SPCI 202)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.deadlines import (
    MAX_HOLIDAY_RUN,
    DeadlineError,
    DueState,
    PeriodEnd,
    add_months,
    classify,
    days_left,
    period_end,
)
from desktop.domain.holidays import (
    HolidayCalendar,
    YearOverride,
    default_calendar,
    set_default_calendar,
)

CAL = HolidayCalendar()


# DOMAIN.md §5.4, computed with chinese-calendar 1.11.0: (start, days, in_custody, raw, due)
WORKED_EXAMPLES = [
    pytest.param(date(2026, 9, 16), 15, False, date(2026, 10, 1), date(2026, 10, 8), id="non-detained-15-national-day"),
    pytest.param(date(2026, 9, 28), 7, True, date(2026, 10, 5), date(2026, 10, 5), id="detained-7-no-extension"),
    pytest.param(date(2026, 2, 10), 7, False, date(2026, 2, 17), date(2026, 2, 24), id="explanation-7-spring-festival"),
    pytest.param(date(2026, 2, 21), 7, False, date(2026, 2, 28), date(2026, 2, 28), id="explanation-7-makeup-day"),
    pytest.param(date(2026, 4, 20), 15, False, date(2026, 5, 5), date(2026, 5, 6), id="filing-15-labour-day"),
]


@pytest.mark.parametrize("start, days, custody, raw, due", WORKED_EXAMPLES)
def test_domain_worked_examples(start, days, custody, raw, due):
    end = period_end(start, days=days, in_custody=custody, calendar=CAL)
    assert (end.raw, end.due) == (raw, due)
    assert end.extended == (raw != due)
    assert end.calendar_complete


def test_worked_example_reasons():
    national = period_end(date(2026, 9, 16), days=15, calendar=CAL)
    assert national.holiday_name == "国庆节"
    spring = period_end(date(2026, 2, 10), days=7, calendar=CAL)
    assert spring.holiday_name == "春节"
    labour = period_end(date(2026, 4, 20), days=15, calendar=CAL)
    assert labour.holiday_name == "劳动节"
    custody = period_end(date(2026, 9, 28), days=7, in_custody=True, calendar=CAL)
    assert custody.holiday_name is None and not custody.extended


class TestCounting:
    def test_start_day_not_counted(self):
        end = period_end(date(2026, 3, 2), days=7, calendar=CAL)
        assert end.raw == date(2026, 3, 9)
        assert end.due == date(2026, 3, 9)
        assert not end.extended

    def test_one_day(self):
        assert period_end(date(2026, 3, 10), days=1, calendar=CAL).due == date(2026, 3, 11)

    def test_plain_weekend_extension_has_no_name(self):
        # Sat 2026-03-14 -> Mon 2026-03-16.
        end = period_end(date(2026, 3, 7), days=7, calendar=CAL)
        assert end.raw == date(2026, 3, 14)
        assert end.due == date(2026, 3, 16)
        assert end.extended
        assert end.holiday_name is None

    def test_in_custody_ignores_weekend(self):
        end = period_end(date(2026, 3, 7), days=7, in_custody=True, calendar=CAL)
        assert end.due == end.raw == date(2026, 3, 14)
        assert not end.extended

    def test_spring_festival_chain(self):
        # Raw end Sun 2026-02-15, first day of the 9-day run Feb 15–23.
        end = period_end(date(2026, 2, 8), days=7, calendar=CAL)
        assert end.raw == date(2026, 2, 15)
        assert end.due == date(2026, 2, 24)
        assert end.holiday_name == "春节"

    def test_makeup_saturday_before_spring_festival(self):
        end = period_end(date(2026, 2, 7), days=7, calendar=CAL)
        assert end.due == end.raw == date(2026, 2, 14)

    def test_year_end_into_new_year_lands_on_makeup_sunday(self):
        # Jan 1–3 2026 are holidays; Sun Jan 4 is a make-up working day.
        end = period_end(date(2025, 12, 25), days=7, calendar=CAL)
        assert end.raw == date(2026, 1, 1)
        assert end.due == date(2026, 1, 4)
        assert end.due.weekday() == 6
        assert end.holiday_name == "元旦"
        assert end.calendar_complete

    def test_year_end_weekend(self):
        end = period_end(date(2025, 12, 20), days=7, calendar=CAL)
        assert end.raw == date(2025, 12, 27)
        assert end.due == date(2025, 12, 29)

    def test_tomb_sweeping(self):
        end = period_end(date(2026, 3, 20), days=15, calendar=CAL)
        assert end.raw == date(2026, 4, 4)
        assert end.due == date(2026, 4, 7)
        assert end.holiday_name == "清明"


class TestMonths:
    @pytest.mark.parametrize(
        "start, months, expected",
        [
            (date(2026, 1, 31), 1, date(2026, 2, 28)),
            (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
            (date(2024, 2, 29), 12, date(2025, 2, 28)),
            (date(2026, 3, 31), 1, date(2026, 4, 30)),
            (date(2026, 1, 15), 1, date(2026, 2, 15)),
            (date(2025, 12, 15), 1, date(2026, 1, 15)),  # December -> next year
            (date(2025, 11, 30), 3, date(2026, 2, 28)),
            (date(2026, 10, 31), 14, date(2027, 12, 31)),
            (date(2026, 5, 31), 24, date(2028, 5, 31)),
        ],
    )
    def test_add_months(self, start, months, expected):
        assert add_months(start, months) == expected

    def test_month_end_on_makeup_saturday(self):
        # Jan 31 + 1 month = Sat Feb 28 2026, a make-up working day: no extension.
        end = period_end(date(2026, 1, 31), months=1, calendar=CAL)
        assert end.raw == date(2026, 2, 28)
        assert end.due == date(2026, 2, 28)
        assert not end.extended

    def test_two_months_onto_national_day(self):
        end = period_end(date(2026, 8, 5), months=2, calendar=CAL)
        assert end.raw == date(2026, 10, 5)
        assert end.due == date(2026, 10, 8)

    def test_custody_months_not_extended(self):
        # Investigative custody (侦查羁押) of 2 months ends on the calendar day.
        end = period_end(date(2026, 8, 5), months=2, in_custody=True, calendar=CAL)
        assert end.due == date(2026, 10, 5)
        assert not end.extended


class TestCalendarCoverage:
    def test_period_ending_in_2027_without_data(self):
        # Raw end Sat 2027-01-02: only weekends are known for 2027.
        end = period_end(date(2026, 12, 18), days=15, calendar=CAL)
        assert end.raw == date(2027, 1, 2)
        assert end.due == date(2027, 1, 4)
        assert not end.calendar_complete

    def test_2027_new_year_not_known(self):
        # Fri 2027-01-01 is certainly New Year's Day, but without data it counts as a
        # working day — which is exactly why calendar_complete is False.
        end = period_end(date(2026, 12, 17), days=15, calendar=CAL)
        assert end.due == end.raw == date(2027, 1, 1)
        assert not end.calendar_complete

    def test_in_custody_still_reports_incomplete(self):
        end = period_end(date(2026, 12, 28), days=7, in_custody=True, calendar=CAL)
        assert end.due == date(2027, 1, 4)
        assert not end.calendar_complete

    def test_override_makes_2027_complete(self):
        # Fictional test schedule, not the real 2027 arrangements.
        fake = YearOverride(
            holidays=frozenset({date(2027, 1, 1), date(2027, 1, 4)}),
            workdays=frozenset(),
            names={date(2027, 1, 1): "元旦"},
        )
        cal = HolidayCalendar({2027: fake})
        end = period_end(date(2026, 12, 17), days=15, calendar=cal)
        assert end.raw == date(2027, 1, 1)
        assert end.due == date(2027, 1, 5)
        assert end.holiday_name == "元旦"
        assert end.calendar_complete

    def test_start_in_uncovered_year(self):
        end = period_end(date(2003, 12, 20), days=30, calendar=CAL)
        assert end.raw.year == 2004
        assert not end.calendar_complete

    def test_pathological_override_terminates(self):
        every_day = frozenset(date.fromordinal(o) for o in range(date(2030, 1, 1).toordinal(), date(2031, 1, 1).toordinal()))
        cal = HolidayCalendar({2030: YearOverride(holidays=every_day)})
        with pytest.raises(DeadlineError) as excinfo:
            period_end(date(2030, 3, 1), days=7, calendar=cal)
        assert excinfo.value.code == "no_working_day"
        assert isinstance(excinfo.value, ValueError)

    def test_long_but_finite_run_is_allowed(self):
        run = frozenset(date(2030, 3, d) for d in range(1, 32))
        cal = HolidayCalendar({2030: YearOverride(holidays=run)})
        assert MAX_HOLIDAY_RUN > 31
        assert period_end(date(2030, 2, 28), days=1, calendar=cal).due == date(2030, 4, 1)


class TestArguments:
    @pytest.mark.parametrize("kwargs", [{}, {"days": 7, "months": 1}])
    def test_exactly_one_unit(self, kwargs):
        with pytest.raises(DeadlineError) as excinfo:
            period_end(date(2026, 3, 2), calendar=CAL, **kwargs)
        assert excinfo.value.code == "period_spec"

    @pytest.mark.parametrize("kwargs", [{"days": 0}, {"days": -3}, {"months": 0}])
    def test_positive_only(self, kwargs):
        with pytest.raises(ValueError):
            period_end(date(2026, 3, 2), calendar=CAL, **kwargs)

    def test_datetime_rejected(self):
        with pytest.raises(TypeError):
            period_end(datetime(2026, 3, 2, 10, 0), days=7, calendar=CAL)

    def test_period_end_is_frozen(self):
        end = period_end(date(2026, 3, 2), days=7, calendar=CAL)
        with pytest.raises(AttributeError):
            end.due = date(2026, 3, 10)  # type: ignore[misc]
        assert isinstance(end, PeriodEnd)

    def test_uses_default_calendar(self):
        saved = default_calendar()
        try:
            # Fictional: make Mon 2026-03-09 a holiday in a replacement calendar.
            odd = YearOverride(holidays=frozenset({date(2026, 3, 9)}))
            set_default_calendar(HolidayCalendar({2026: odd}))
            assert period_end(date(2026, 3, 2), days=7).due == date(2026, 3, 10)
        finally:
            set_default_calendar(saved)
        assert period_end(date(2026, 3, 2), days=7).due == date(2026, 3, 9)


class TestDaysLeftAndClassify:
    def test_days_left(self):
        due = date(2026, 10, 8)
        assert days_left(due, date(2026, 10, 1)) == 7
        assert days_left(due, due) == 0
        assert days_left(due, date(2026, 10, 10)) == -2

    @pytest.mark.parametrize(
        "today, state",
        [
            (date(2026, 10, 9), DueState.OVERDUE),
            (date(2026, 10, 8), DueState.DUE_TODAY),
            (date(2026, 10, 7), DueState.DUE_SOON),
            (date(2026, 10, 5), DueState.DUE_SOON),
            (date(2026, 10, 4), DueState.LATER),
        ],
    )
    def test_classify_default_window(self, today, state):
        assert classify(date(2026, 10, 8), today) is state

    def test_classify_custom_window(self):
        due = date(2026, 10, 8)
        assert classify(due, date(2026, 10, 1), soon_days=7) is DueState.DUE_SOON
        assert classify(due, date(2026, 10, 7), soon_days=0) is DueState.LATER

    def test_classify_rejects_negative_window(self):
        with pytest.raises(ValueError):
            classify(date(2026, 10, 8), date(2026, 10, 1), soon_days=-1)

    def test_enum_values_stable(self):
        assert [s.value for s in DueState] == ["overdue", "due_today", "due_soon", "later"]
