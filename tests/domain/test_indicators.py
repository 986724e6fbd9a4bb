"""The indicator definitions as data and the reporting periods (pure, no clock)."""
from datetime import date

import pytest

from desktop.domain.indicators import (
    BY_KEY,
    INDICATORS,
    Group,
    NonArrestDenominator,
    Period,
    Unit,
    indicator,
    rate,
)


def test_periods_from_month_quarter_year_and_custom():
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert Period.month(2028, 2).end == date(2028, 2, 29)  # leap year
    assert Period.month(2026, 12).end == date(2026, 12, 31)
    assert Period.quarter(2026, 1) == Period(date(2026, 1, 1), date(2026, 3, 31), "quarter")
    assert Period.quarter(2026, 4) == Period(date(2026, 10, 1), date(2026, 12, 31), "quarter")
    assert Period.year(2026) == Period(date(2026, 1, 1), date(2026, 12, 31), "year")
    custom = Period.custom(date(2026, 3, 15), date(2026, 4, 14))
    assert (custom.kind, custom.contains(date(2026, 4, 14)), custom.contains(date(2026, 4, 15)),
            custom.contains(None)) == ("custom", True, False, False)
    with pytest.raises(ValueError):
        Period.custom(date(2026, 4, 2), date(2026, 4, 1))
    with pytest.raises(ValueError):
        Period.quarter(2026, 5)


def test_period_labels_in_chinese():
    assert Period.month(2026, 3).label == "2026年3月"
    assert Period.quarter(2026, 3).label == "2026年第3季度"
    assert Period.year(2026).label == "2026年"
    assert Period.custom(date(2026, 3, 1), date(2026, 3, 9)).label == "2026年03月01日至2026年03月09日"


def test_every_indicator_is_complete_and_unique():
    assert len(BY_KEY) == len(INDICATORS)
    for ind in INDICATORS:
        assert ind.name_zh and ind.name_en and ind.definition, ind.key
        assert isinstance(ind.unit, Unit) and isinstance(ind.group, Group)
        if ind.is_rate:
            assert ind.unit is Unit.PERCENT
            assert ind.numerator in BY_KEY and ind.denominator in BY_KEY, ind.key
            assert not BY_KEY[ind.numerator].is_rate and not BY_KEY[ind.denominator].is_rate
        if not ind.recorded:  # says so instead of showing a number
            assert "不能统计" in ind.definition, ind.key
    assert {i.group for i in INDICATORS} == set(Group)


def test_the_non_arrest_rate_names_both_numbers_and_the_choice():
    rate_ = indicator("arrest.non_arrest_rate")
    assert (rate_.name_zh, rate_.numerator, rate_.denominator) == (
        "不捕率", "arrest.refused", "arrest.concluded_persons")
    assert "审结人数" in rate_.definition and "批准 + 不批准人数" in rate_.definition
    assert {c.value for c in NonArrestDenominator} == {"concluded", "decided"}


def test_definitions_say_which_date_counts():
    for key in ("arrest.received_cases", "arrest.approved", "custody.recommended",
                "supervision.correction", "petitions.received", "petitions.settled"):
        assert "计入期间" in indicator(key).definition, key


def test_rate_rounds_to_one_place_and_has_no_value_over_nothing():
    assert rate(2, 3) == 66.7
    assert rate(0, 4) == 0.0
    assert rate(139, 361) == 38.5
    assert rate(1, 0) is None


def test_a_unit_is_stale_after_seven_days_counted_from_the_day_given():
    from desktop.domain.indicators import is_stale

    today = date(2026, 11, 23)
    assert is_stale(None, today)  # never sent a package
    assert not is_stale(date(2026, 11, 16), today)  # 7 days: still fresh
    assert is_stale(date(2026, 11, 15), today)
    assert not is_stale(date(2026, 11, 15), date(2026, 11, 22))  # the day given decides
