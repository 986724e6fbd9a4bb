"""Citizen ID numbers (公民身份号码, GB 11643-1999), DOMAIN.md §8.1.

Layout of the 18-character number: 1–6 address code (行政区划代码), 7–14 birth date
YYYYMMDD, 15–17 sequence code (顺序码; odd = male, even = female), 18 check character
(校验码, ISO 7064 MOD 11-2, "X" standing for 10).

Old 15-digit numbers (issued before 1999) have a two-digit year and no check
character; they are upgraded by inserting "19" before the year and computing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "IdNumber",
    "InvalidIdNumber",
    "parse_id_number",
    "id_check_char",
    "mask_id_number",
    "mask_id_numbers_in",
    "ERROR_CODES",
]

# 2^(17-i) mod 11 for positions 1..17.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_DIGITS = frozenset("0123456789")

# People copy numbers out of Word documents and IME input, which yields full-width
# forms; str.isdigit() is not used because it also accepts other scripts' digits.
_NORMALISE = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "Ｘ": "X", "ｘ": "X", "x": "X"}
)

ERROR_CODES = frozenset({"empty", "length", "character", "date", "future", "check_digit"})


class InvalidIdNumber(ValueError):
    """``code`` is one of ERROR_CODES; the UI translates by it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class IdNumber:
    number: str  # normalised 18 characters, upper-case X
    birth_date: date
    sex: str  # "M" or "F"
    region_code: str  # 6 digits, as first registered; not checked against GB/T 2260
    upgraded_from_15: bool


def id_check_char(first17: str) -> str:
    """Check character for the first 17 digits of an 18-character number."""
    if len(first17) != 17:
        raise InvalidIdNumber(
            "length", f"need the first 17 digits to compute a check character, got {len(first17)}"
        )
    _require_digits(first17, len(first17))
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def parse_id_number(text: str, *, today: date | None = None) -> IdNumber:
    """Validate and normalise an ID number; raise InvalidIdNumber saying what is wrong.

    ``today`` enables the "birth date in the future" check; the domain never reads
    the clock itself.
    """
    s = text.strip().translate(_NORMALISE)
    if not s:
        raise InvalidIdNumber("empty", "ID number is empty")
    if len(s) not in (15, 18):
        raise InvalidIdNumber(
            "length",
            f"ID number has {len(s)} characters; it must have 18 (or 15 for an old number)",
        )

    if len(s) == 15:
        _require_digits(s, 15)
        birth = _birth_date(s[6:12], "19" + s[6:12], "7–12")
        first17 = s[:6] + "19" + s[6:]
        number = first17 + id_check_char(first17)
        upgraded = True
    else:
        _require_digits(s[:17], 17)
        if s[17] not in _DIGITS and s[17] != "X":
            raise InvalidIdNumber(
                "character",
                f"character 18 ({s[17]!r}) must be a digit or X",
            )
        birth = _birth_date(s[6:14], s[6:14], "7–14")
        expected = id_check_char(s[:17])
        if s[17] != expected:
            raise InvalidIdNumber(
                "check_digit", f"check character should be {expected}, not {s[17]}"
            )
        number = s
        upgraded = False

    if today is not None and birth > today:
        raise InvalidIdNumber(
            "future", f"birth date {birth.isoformat()} is after today ({today.isoformat()})"
        )
    sex = "M" if int(number[14:17]) % 2 == 1 else "F"
    return IdNumber(
        number=number,
        birth_date=birth,
        sex=sex,
        region_code=number[:6],
        upgraded_from_15=upgraded,
    )


def _require_digits(s: str, count: int) -> None:
    for i, c in enumerate(s[:count]):
        if c not in _DIGITS:
            raise InvalidIdNumber("character", f"character {i + 1} ({c!r}) is not a digit")


def _birth_date(shown: str, yyyymmdd: str, positions: str) -> date:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        raise InvalidIdNumber(
            "date", f"position {positions} is not a real date: {shown}"
        ) from None


def mask_id_number(number: str) -> str:
    """Show only the first 6 and last 4 characters, e.g. "110105********002X".

    Anything too short to leave a hidden middle is masked completely, so that a
    malformed value is never printed in clear.
    """
    s = number.strip().translate(_NORMALISE)
    if len(s) <= 10:
        return "*" * len(s)
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


# An ID number standing alone in free text (an audit entry's JSON, a note): 18 characters
# (17 digits and a digit or X) or an old 15-digit number, not part of a longer run of digits.
_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])")


def mask_id_numbers_in(text: str) -> str:
    """Every ID-number-shaped run in `text` masked as mask_id_number does (lists that show
    free text, e.g. the audit page's details); the rest of the text unchanged."""
    return _IN_TEXT.sub(lambda m: mask_id_number(m.group(0)), text)
