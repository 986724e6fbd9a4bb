"""Document numbers (文号) and the Chinese date line of a legal document (DOMAIN §6.3, §6.5).

A number is `{unit abbreviation}{department/type code}〔{year}〕{serial}号`, e.g.
青检刑批捕〔2026〕12号: the year in full inside 六角括号, the serial without leading zeros and
without 第. Serials run per document type and year, gap-free; the store allocates them."""
from __future__ import annotations

import re
from datetime import date

_DIGITS = "〇一二三四五六七八九"


def format_number(abbr: str, dept: str, year: int, serial: int) -> str:
    if serial < 1:
        raise ValueError(f"serial must be 1 or more, not {serial}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year must have four digits, not {year}")
    return f"{abbr}{dept}〔{year}〕{serial}号"


_NUMBER = re.compile(r"^(?P<prefix>.*)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")


def parse_number(text: str) -> tuple[str, int, int] | None:
    """(prefix, year, serial) of a number in the pattern above, or None."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    return m["prefix"], int(m["year"]), int(m["serial"])


def next_serial(last: int | None) -> int:
    """The serial after `last` (None: nothing issued yet this year for this type)."""
    return 1 if last is None else last + 1


def _small_number(n: int) -> str:
    """1..31 in Chinese numerals as dates write them: 十, 十一, 二十, 二十三, 三十一."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[units] if units else "")


def chinese_date(d: date) -> str:
    """二〇二六年十一月二十三日: the year digit by digit, month and day as numbers."""
    year = "".join(_DIGITS[int(c)] for c in f"{d.year:04d}")
    return f"{year}年{_small_number(d.month)}月{_small_number(d.day)}日"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name_for(number: str, suffix: str = ".pdf") -> str:
    """A file name for a document number that every file system accepts (Windows included):
    reserved characters become "_", trailing dots and spaces go."""
    name = _UNSAFE.sub("_", number).strip().rstrip(". ")
    return (name or "document") + suffix
