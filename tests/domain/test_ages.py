"""周岁 per JUV06 Art. 2: an age is reached the day after the birthday."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.ages import AgeFlags, age_flags, age_on, is_elderly_75, is_juvenile

BIRTH = date(2008, 5, 10)


class TestAgeOn:
    @pytest.mark.parametrize(
        "on, age",
        [
            (date(2026, 5, 9), 17),
            (date(2026, 5, 10), 17),  # 18th birthday: still 17
            (date(2026, 5, 11), 18),  # the day after: 18
            (date(2026, 12, 31), 18),
            (date(2027, 5, 10), 18),
            (date(2027, 5, 11), 19),
        ],
    )
    def test_around_birthday(self, on, age):
        assert age_on(BIRTH, on) == age

    def test_first_year(self):
        assert age_on(BIRTH, BIRTH) == 0
        assert age_on(BIRTH, date(2008, 12, 31)) == 0
        assert age_on(BIRTH, date(2009, 5, 10)) == 0
        assert age_on(BIRTH, date(2009, 5, 11)) == 1

    def test_before_birth(self):
        with pytest.raises(ValueError):
            age_on(BIRTH, BIRTH - timedelta(days=1))

    def test_new_year_birthday(self):
        birth = date(2008, 1, 1)
        assert age_on(birth, date(2026, 1, 1)) == 17
        assert age_on(birth, date(2026, 1, 2)) == 18

    def test_new_years_eve_birthday(self):
        birth = date(2007, 12, 31)
        assert age_on(birth, date(2025, 12, 31)) == 17
        assert age_on(birth, date(2026, 1, 1)) == 18

    def test_agrees_with_day_before_rule_over_many_days(self):
        # The JUV06 age on day D equals the everyday age on D - 1.
        def everyday(b: date, d: date) -> int:
            return d.year - b.year - ((d.month, d.day) < (b.month, b.day))

        birth = date(2007, 7, 19)
        d = date(2025, 1, 1)
        while d < date(2026, 12, 31):
            assert age_on(birth, d) == everyday(birth, d - timedelta(days=1)), d
            d += timedelta(days=1)


class TestLeapDay:
    BIRTH = date(2008, 2, 29)

    def test_turns_18_on_march_1_in_common_year(self):
        assert age_on(self.BIRTH, date(2026, 2, 28)) == 17
        assert age_on(self.BIRTH, date(2026, 3, 1)) == 18

    def test_leap_year_birthday(self):
        assert age_on(self.BIRTH, date(2028, 2, 28)) == 19
        assert age_on(self.BIRTH, date(2028, 2, 29)) == 19  # the birthday itself
        assert age_on(self.BIRTH, date(2028, 3, 1)) == 20

    def test_juvenile_flag_on_the_boundary(self):
        assert is_juvenile(self.BIRTH, date(2026, 2, 28))
        assert not is_juvenile(self.BIRTH, date(2026, 3, 1))


class TestFlags:
    def test_juvenile_on_18th_birthday(self):
        assert is_juvenile(BIRTH, date(2026, 5, 10))
        assert not is_juvenile(BIRTH, date(2026, 5, 11))

    def test_elderly(self):
        birth = date(1951, 3, 1)
        assert not is_elderly_75(birth, date(2026, 3, 1))
        assert is_elderly_75(birth, date(2026, 3, 2))

    def test_age_flags_juvenile_offence(self):
        # Offence the day after the 14th birthday, decision at 17.
        flags = age_flags(BIRTH, offence_date=date(2022, 5, 11), on=date(2025, 6, 1))
        assert flags == AgeFlags(
            age_at_offence=14,
            age_on_date=17,
            juvenile_at_offence=True,
            under_14_at_offence=False,
            under_16_at_offence=True,
            age_75_plus=False,
        )

    def test_age_flags_on_14th_birthday(self):
        flags = age_flags(BIRTH, offence_date=date(2022, 5, 10), on=date(2026, 6, 1))
        assert flags.age_at_offence == 13
        assert flags.under_14_at_offence
        assert flags.under_16_at_offence
        assert flags.juvenile_at_offence
        assert flags.age_on_date == 18

    def test_age_flags_16_boundary(self):
        on_birthday = age_flags(BIRTH, offence_date=date(2024, 5, 10), on=date(2026, 6, 1))
        after = age_flags(BIRTH, offence_date=date(2024, 5, 11), on=date(2026, 6, 1))
        assert on_birthday.under_16_at_offence
        assert not after.under_16_at_offence
        assert after.juvenile_at_offence

    def test_age_flags_adult_elderly(self):
        birth = date(1950, 1, 1)
        flags = age_flags(birth, offence_date=date(2024, 6, 1), on=date(2026, 6, 1))
        assert flags.age_at_offence == 74
        assert flags.age_on_date == 76
        assert flags.juvenile_at_offence is False
        assert flags.under_14_at_offence is False
        assert flags.under_16_at_offence is False
        assert flags.age_75_plus

    def test_age_flags_without_offence_date(self):
        flags = age_flags(BIRTH, offence_date=None, on=date(2026, 6, 1))
        assert flags.age_at_offence is None
        assert flags.juvenile_at_offence is None
        assert flags.under_14_at_offence is None
        assert flags.under_16_at_offence is None
        assert flags.age_on_date == 18
        assert flags.age_75_plus is False

    def test_offence_before_birth_rejected(self):
        with pytest.raises(ValueError):
            age_flags(BIRTH, offence_date=date(2000, 1, 1), on=date(2026, 6, 1))
