"""HolidayCalendar: package data, override data, unknown years."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain import holidays as hmod
from desktop.domain.holidays import (
    HolidayCalendar,
    YearOverride,
    default_calendar,
    parse_override_json,
    set_default_calendar,
)

# Fictional schedule for a year the package does not know. Test data only —
# not a claim about the real 2027 arrangements.
FAKE_2027 = YearOverride(
    holidays=frozenset({date(2027, 1, 1), date(2027, 1, 4)}),
    workdays=frozenset({date(2027, 1, 9)}),  # a Saturday
    names={date(2027, 1, 1): "元旦"},
    source="test data",
)


@pytest.fixture
def cal() -> HolidayCalendar:
    return HolidayCalendar()


class TestPackageYears:
    def test_statutory_holiday(self, cal):
        assert cal.is_holiday(date(2026, 10, 1))
        assert cal.holiday_name(date(2026, 10, 1)) == "国庆节"

    def test_spring_festival_name_is_chinese(self, cal):
        assert cal.holiday_name(date(2026, 2, 17)) == "春节"

    def test_makeup_working_day_is_not_holiday(self, cal):
        # Sat 2026-02-28 is a 调休上班日.
        assert date(2026, 2, 28).weekday() == 5
        assert not cal.is_holiday(date(2026, 2, 28))
        assert cal.is_makeup_workday(date(2026, 2, 28))
        # chinese_calendar names make-up days too; they must not look like holidays.
        assert cal.holiday_name(date(2026, 2, 28)) is None

    @pytest.mark.parametrize(
        "d", [date(2026, 1, 4), date(2026, 2, 14), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10)]
    )
    def test_all_2026_makeup_days(self, cal, d):
        assert d.weekday() >= 5
        assert not cal.is_holiday(d)

    def test_plain_weekend_is_holiday_without_name(self, cal):
        assert cal.is_holiday(date(2026, 3, 7))  # Saturday
        assert cal.holiday_name(date(2026, 3, 7)) is None
        assert not cal.is_makeup_workday(date(2026, 3, 7))

    def test_plain_weekday(self, cal):
        assert not cal.is_holiday(date(2026, 3, 9))
        assert cal.holiday_name(date(2026, 3, 9)) is None
        assert not cal.is_makeup_workday(date(2026, 3, 9))

    def test_covers_package_range(self, cal):
        assert cal.covers(2004)
        assert cal.covers(2026)
        assert not cal.covers(2003)
        assert not cal.covers(2027)


class TestUnknownYears:
    def test_2027_weekends_only(self, cal):
        assert date(2027, 1, 1).weekday() == 4  # Friday: New Year, but no data
        assert not cal.is_holiday(date(2027, 1, 1))
        assert cal.is_holiday(date(2027, 1, 2))
        assert cal.holiday_name(date(2027, 1, 2)) is None

    def test_before_2004_weekends_only(self, cal):
        assert not cal.is_holiday(date(2003, 10, 1))  # Wednesday
        assert cal.is_holiday(date(2003, 10, 4))  # Saturday


class TestOverrides:
    def test_override_defines_year(self):
        cal = HolidayCalendar({2027: FAKE_2027})
        assert cal.covers(2027)
        assert cal.override_years == frozenset({2027})
        assert cal.is_holiday(date(2027, 1, 1))  # listed weekday holiday
        assert cal.is_holiday(date(2027, 1, 4))  # listed Monday
        assert not cal.is_holiday(date(2027, 1, 5))  # unlisted Tuesday
        assert cal.is_holiday(date(2027, 1, 2))  # unlisted Saturday
        assert not cal.is_holiday(date(2027, 1, 9))  # make-up Saturday
        assert cal.is_makeup_workday(date(2027, 1, 9))

    def test_override_names(self):
        cal = HolidayCalendar({2027: FAKE_2027})
        assert cal.holiday_name(date(2027, 1, 1)) == "元旦"
        assert cal.holiday_name(date(2027, 1, 4)) is None  # holiday without a name
        assert cal.holiday_name(date(2027, 1, 2)) is None  # weekend
        assert cal.holiday_name(date(2027, 1, 9)) is None  # working day

    def test_override_replaces_package_year(self):
        # An entry for a known year wins completely, e.g. after a late correction.
        cal = HolidayCalendar({2026: YearOverride(holidays=frozenset())})
        assert not cal.is_holiday(date(2026, 10, 1))  # Thursday, no longer listed
        assert cal.is_holiday(date(2026, 2, 28))  # Saturday, no longer a make-up day
        assert cal.holiday_name(date(2026, 10, 1)) is None

    def test_other_years_unaffected(self):
        cal = HolidayCalendar({2027: FAKE_2027})
        assert cal.is_holiday(date(2026, 10, 1))
        assert not cal.covers(2028)

    def test_stray_date_rejected(self):
        with pytest.raises(ValueError, match="another year"):
            HolidayCalendar({2028: FAKE_2027})

    def test_year_override_clash(self):
        d = date(2027, 1, 1)
        with pytest.raises(ValueError, match="both"):
            YearOverride(holidays=frozenset({d}), workdays=frozenset({d}))

    def test_year_override_names_read_only(self):
        with pytest.raises(TypeError):
            FAKE_2027.names[date(2027, 1, 4)] = "x"  # type: ignore[index]


def _doc(years: dict) -> str:
    return json.dumps({"format": 1, "years": years})


class TestParseOverrideJson:
    def test_valid(self):
        text = _doc(
            {
                "2027": {
                    "holidays": ["2027-01-01", {"date": "2027-01-04", "name": "元旦"}],
                    "workdays": ["2027-01-09"],
                    "source": "通知",
                }
            }
        )
        result = parse_override_json(text)
        assert set(result) == {2027}
        y = result[2027]
        assert y.holidays == frozenset({date(2027, 1, 1), date(2027, 1, 4)})
        assert y.workdays == frozenset({date(2027, 1, 9)})
        assert dict(y.names) == {date(2027, 1, 4): "元旦"}
        assert y.source == "通知"

    def test_empty_years_and_extra_keys(self):
        assert parse_override_json('{"format": 1, "note": "x", "years": {}}') == {}

    def test_resource_file_parses(self):
        from pathlib import Path

        path = Path(__file__).resolve().parents[2] / "resources" / "holidays.json"
        data = parse_override_json(path.read_text(encoding="utf-8"))
        # The shipped file must not contain invented dates.
        assert data == {}

    @pytest.mark.parametrize(
        "text, fragment",
        [
            ("not json", "not valid JSON"),
            ("[]", "JSON object"),
            ('{"years": {}}', "format"),
            ('{"format": 2, "years": {}}', "format 2"),
            ('{"format": 1}', '"years"'),
            (_doc({"27": {}}), "four-digit"),
            (_doc({"2027": []}), "must be an object"),
            (_doc({"2027": {"holidays": "2027-01-01"}}), "must be lists"),
            (_doc({"2027": {"holidays": ["2027-02-30"]}}), '"2027-02-30" is not a valid date'),
            (_doc({"2027": {"holidays": ["20270101"]}}), "not a valid date"),
            (_doc({"2027": {"holidays": [20270101]}}), "not a date string"),
            (_doc({"2027": {"holidays": ["2028-01-01"]}}), "belongs to year 2028"),
            (_doc({"2027": {"workdays": ["2026-12-31"]}}), "belongs to year 2026"),
            (_doc({"2027": {"holidays": [{"name": "x"}]}}), "not a date string"),
            (_doc({"2027": {"holidays": [{"date": "2027-01-01", "name": 5}]}}), "must be a string"),
            (_doc({"2027": {"source": 5}}), '"source" must be a string'),
            (
                _doc({"2027": {"holidays": ["2027-01-09"], "workdays": ["2027-01-09"]}}),
                "both as a holiday and as a working day",
            ),
        ],
    )
    def test_invalid(self, text, fragment):
        with pytest.raises(ValueError) as excinfo:
            parse_override_json(text)
        assert fragment in str(excinfo.value)


class TestDefaultCalendar:
    @pytest.fixture(autouse=True)
    def _restore(self):
        saved = default_calendar()
        yield
        set_default_calendar(saved)

    def test_initial_default_has_no_overrides(self):
        assert isinstance(default_calendar(), HolidayCalendar)
        assert not default_calendar().covers(2027)

    def test_replace(self):
        new = HolidayCalendar({2027: FAKE_2027})
        set_default_calendar(new)
        assert default_calendar() is new
        assert hmod.default_calendar().covers(2027)

    def test_reject_non_calendar(self):
        with pytest.raises(TypeError):
            set_default_calendar({2027: FAKE_2027})  # type: ignore[arg-type]
