"""Citizen ID numbers (GB 11643-1999)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.idnumber import (
    ERROR_CODES,
    IdNumber,
    InvalidIdNumber,
    id_check_char,
    mask_id_number,
    parse_id_number,
)


def expected_check(first17: str) -> str:
    """Independent ISO 7064 MOD 11-2: check value = (12 - S mod 11) mod 11."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights))
    value = (12 - s % 11) % 11
    return "X" if value == 10 else str(value)


def with_check(first17: str) -> str:
    return first17 + expected_check(first17)


def code_of(text: str, **kw) -> str:
    with pytest.raises(InvalidIdNumber) as excinfo:
        parse_id_number(text, **kw)
    assert isinstance(excinfo.value, ValueError)
    assert excinfo.value.code in ERROR_CODES
    return excinfo.value.code


class TestValid:
    def test_standard_example_female_with_x(self):
        idn = parse_id_number("11010519491231002X")
        assert idn == IdNumber(
            number="11010519491231002X",
            birth_date=date(1949, 12, 31),
            sex="F",  # sequence 002 is even
            region_code="110105",
            upgraded_from_15=False,
        )

    def test_standard_example_male(self):
        idn = parse_id_number("440524188001010014")
        assert idn.birth_date == date(1880, 1, 1)
        assert idn.sex == "M"  # sequence 001 is odd
        assert idn.region_code == "440524"
        assert not idn.upgraded_from_15

    def test_lower_case_x_and_whitespace(self):
        idn = parse_id_number("  11010519491231002x\n")
        assert idn.number == "11010519491231002X"

    def test_full_width_digits(self):
        full = "１１０１０５１９４９１２３１００２Ｘ"
        assert parse_id_number(full).number == "11010519491231002X"
        assert parse_id_number("\u3000４４０５２４１８８００１０１００１４\u3000").number == "440524188001010014"

    def test_full_width_lower_x(self):
        assert parse_id_number("11010519491231002ｘ").number == "11010519491231002X"

    def test_born_today_is_not_future(self):
        number = with_check("11010520260301001")
        assert parse_id_number(number, today=date(2026, 3, 1)).birth_date == date(2026, 3, 1)


class TestFifteenDigits:
    def test_upgrade_matches_standard_example(self):
        # 110105 491231 002 is the old form of 11010519491231002X.
        idn = parse_id_number("110105491231002")
        assert idn.number == "11010519491231002X"
        assert idn.upgraded_from_15
        assert idn.birth_date == date(1949, 12, 31)
        assert idn.sex == "F"

    def test_upgrade_computed_independently(self):
        old = "440524800101001"
        idn = parse_id_number(old)
        first17 = "44052419800101001"
        assert idn.number == first17 + expected_check(first17)
        assert idn.birth_date == date(1980, 1, 1)
        assert idn.sex == "M"
        assert idn.region_code == "440524"

    def test_fifteen_bad_date(self):
        assert code_of("110105990230002") == "date"

    def test_fifteen_with_letter(self):
        assert code_of("11010549123100X") == "character"

    def test_fifteen_is_19xx(self):
        # "05" means 1905 in an old number, never 2005.
        assert parse_id_number("110105050101001").birth_date == date(1905, 1, 1)


class TestInvalid:
    def test_empty(self):
        assert code_of("") == "empty"
        assert code_of("   \u3000") == "empty"

    @pytest.mark.parametrize("text", ["1101051949123100", "11010519491231002", "11010519491231002X1", "abc"])
    def test_length(self, text):
        assert code_of(text) == "length"

    def test_length_message(self):
        with pytest.raises(InvalidIdNumber) as excinfo:
            parse_id_number("11010519491231002")
        assert str(excinfo.value) == "ID number has 17 characters; it must have 18 (or 15 for an old number)"

    @pytest.mark.parametrize(
        "text, position",
        [
            ("11010519491231002A", "18"),
            ("1101051949123100X2", "17"),
            ("A1010519491231002X", "1"),
            ("110105 9491231002X", "7"),
        ],
    )
    def test_character(self, text, position):
        with pytest.raises(InvalidIdNumber) as excinfo:
            parse_id_number(text)
        assert excinfo.value.code == "character"
        assert f"character {position} " in str(excinfo.value)

    def test_other_script_digits_rejected(self):
        arabic_indic_one = "\u0661"
        assert code_of(arabic_indic_one + "1010519491231002X") == "character"

    @pytest.mark.parametrize(
        "first17",
        ["11010519990230001", "11010520230229001", "11010519491301001", "11010519490000001", "11010500000101001"],
    )
    def test_impossible_date(self, first17):
        # A correct check character proves the date check itself rejects it.
        assert code_of(with_check(first17)) == "date"

    def test_date_message(self):
        with pytest.raises(InvalidIdNumber) as excinfo:
            parse_id_number(with_check("11010519990230001"))
        assert str(excinfo.value) == "position 7–14 is not a real date: 19990230"

    def test_leap_day_is_real(self):
        assert parse_id_number(with_check("11010520000229001")).birth_date == date(2000, 2, 29)

    def test_future(self):
        number = with_check("11010520300101001")
        assert code_of(number, today=date(2026, 1, 1)) == "future"
        # Without today the domain cannot know, and must not read the clock.
        assert parse_id_number(number).birth_date == date(2030, 1, 1)

    def test_tomorrow_is_future(self):
        number = with_check("11010520260302001")
        assert code_of(number, today=date(2026, 3, 1)) == "future"

    def test_wrong_check_digit(self):
        with pytest.raises(InvalidIdNumber) as excinfo:
            parse_id_number("110105194912310023")
        assert excinfo.value.code == "check_digit"
        assert str(excinfo.value) == "check character should be X, not 3"

    def test_wrong_check_digit_where_x_given(self):
        with pytest.raises(InvalidIdNumber) as excinfo:
            parse_id_number("44052418800101001X")
        assert excinfo.value.code == "check_digit"
        assert "should be 4, not X" in str(excinfo.value)

    def test_single_digit_typo_is_caught(self):
        # MOD 11-2 detects every single-digit substitution.
        good = "440524188001010014"
        for i in range(17):
            for d in "0123456789":
                if d == good[i]:
                    continue
                bad = good[:i] + d + good[i + 1 :]
                with pytest.raises(InvalidIdNumber):
                    parse_id_number(bad)


class TestCheckChar:
    @pytest.mark.parametrize(
        "first17, char",
        [("11010519491231002", "X"), ("44052418800101001", "4"), ("44052419800101001", expected_check("44052419800101001"))],
    )
    def test_known(self, first17, char):
        assert id_check_char(first17) == char

    def test_agrees_with_independent_formula(self):
        for n in range(0, 10**17, 10**17 // 997):
            first17 = f"{n:017d}"
            assert id_check_char(first17) == expected_check(first17)

    def test_rejects_bad_input(self):
        with pytest.raises(InvalidIdNumber) as excinfo:
            id_check_char("1234")
        assert excinfo.value.code == "length"
        with pytest.raises(InvalidIdNumber) as excinfo:
            id_check_char("1101051949123100X")
        assert excinfo.value.code == "character"


class TestMask:
    def test_eighteen(self):
        assert mask_id_number("11010519491231002X") == "110105********002X"

    def test_fifteen(self):
        assert mask_id_number("110105491231002") == "110105*****1002"

    def test_normalises_before_masking(self):
        assert mask_id_number(" 11010519491231002x ") == "110105********002X"

    def test_short_values_fully_hidden(self):
        assert mask_id_number("1234567890") == "**********"
        assert mask_id_number("") == ""


class TestMaskInText:
    def test_masks_each_number_in_json_and_keeps_the_rest(self):
        from desktop.domain.idnumber import mask_id_numbers_in

        text = '{"id_number": ["", "11010519491231002X"], "old": "110105491231002", "n": 3}'
        assert mask_id_numbers_in(text) == (
            '{"id_number": ["", "110105********002X"], "old": "110105*****1002", "n": 3}')

    def test_leaves_longer_digit_runs_and_ids_alone(self):
        from desktop.domain.idnumber import mask_id_numbers_in

        for text in ("12345678901234567890", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
                     "case A3201012026110001", "seq 250"):
            assert mask_id_numbers_in(text) == text

    @given(st.text())
    def test_never_lengthens_and_is_idempotent(self, text):
        from desktop.domain.idnumber import mask_id_numbers_in

        once = mask_id_numbers_in(text)
        assert len(once) == len(text)
        assert mask_id_numbers_in(once) == once
