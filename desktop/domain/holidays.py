"""Which days are holidays (节假日) for the purpose of CPL Art. 105.

DOMAIN.md §5.2: 节假日 means the statutory holidays *and* weekends (公休日), except
weekend days declared make-up working days (调休上班日), which are working days.

Data comes from the ``chinese_calendar`` package for the years it knows, and from
override data (parsed from ``resources/holidays.json``) for the others — the package
is only updated after the State Council publishes each year's schedule, so there is
always a window (typically January of a new year) when it lags behind.

Override JSON format (``format`` 1)::

    {
      "format": 1,
      "note": "...free text, ignored...",
      "years": {
        "2027": {
          "holidays": ["2027-01-01", {"date": "2027-02-06", "name": "春节"}, ...],
          "workdays": ["2027-02-13", ...],
          "source": "国务院办公厅关于2027年部分节假日安排的通知"
        }
      }
    }

* A year present in ``years`` is defined *entirely* by its entry: weekends are
  holidays unless listed in ``workdays``; every date in ``holidays`` is a holiday;
  other weekdays are working days. It also takes precedence over chinese_calendar.
* ``holidays`` items are ISO dates, or objects with ``date`` and an optional ``name``.
* ``workdays`` are the make-up working days (调休上班日).
* ``source`` (optional) names the State Council notice the data was copied from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

import chinese_calendar

__all__ = [
    "YearOverride",
    "HolidayCalendar",
    "parse_override_json",
    "default_calendar",
    "set_default_calendar",
]

OVERRIDE_FORMAT = 1

# The package raises NotImplementedError outside the years it has data for; knowing
# the range up front lets covers() answer without provoking the exception.
_PACKAGE_FIRST_YEAR = min(chinese_calendar.holidays).year
_PACKAGE_LAST_YEAR = max(chinese_calendar.holidays).year

# chinese_calendar stores English names; the documents are Chinese.
_PACKAGE_NAMES_ZH = {h.value: h.chinese for h in chinese_calendar.Holiday}


@dataclass(frozen=True)
class YearOverride:
    """One year's schedule, as published by the State Council."""

    holidays: frozenset[date]
    workdays: frozenset[date] = frozenset()
    # Optional display names; a holiday without a name is still a holiday.
    names: Mapping[date, str] = field(default_factory=dict, hash=False)
    source: str | None = None

    def __post_init__(self) -> None:
        clash = self.holidays & self.workdays
        if clash:
            first = min(clash).isoformat()
            raise ValueError(f"{first} is listed both as a holiday and as a working day")
        years = {d.year for d in self.holidays | self.workdays}
        if len(years) > 1:
            raise ValueError(f"one YearOverride spans several years: {sorted(years)}")
        # Read-only view so that a frozen object really cannot change under a caller.
        object.__setattr__(self, "names", MappingProxyType(dict(self.names)))


class HolidayCalendar:
    """Answers "is this day a 节假日?" for any date, and says when it is guessing."""

    def __init__(self, overrides: Mapping[int, YearOverride] | None = None) -> None:
        self._overrides: dict[int, YearOverride] = dict(overrides or {})
        for year, data in self._overrides.items():
            stray = [d for d in data.holidays | data.workdays if d.year != year]
            if stray:
                raise ValueError(
                    f"override for {year} contains a date of another year: {min(stray).isoformat()}"
                )

    @property
    def override_years(self) -> frozenset[int]:
        return frozenset(self._overrides)

    def covers(self, year: int) -> bool:
        """True when real holiday data exists for ``year`` (not just weekends)."""
        return year in self._overrides or _PACKAGE_FIRST_YEAR <= year <= _PACKAGE_LAST_YEAR

    def is_holiday(self, d: date) -> bool:
        override = self._overrides.get(d.year)
        if override is not None:
            if d in override.workdays:
                return False
            return d in override.holidays or _is_weekend(d)
        if self.covers(d.year):
            return bool(chinese_calendar.is_holiday(d))
        # Unknown year: weekends are certain, statutory holidays are not known yet.
        return _is_weekend(d)

    def is_makeup_workday(self, d: date) -> bool:
        """True for a weekend day declared a working day (调休上班日)."""
        if not _is_weekend(d):
            return False
        return not self.is_holiday(d)

    def holiday_name(self, d: date) -> str | None:
        """Chinese name of the statutory holiday on ``d`` (e.g. "国庆节").

        None for working days and for ordinary weekends: a weekend has no name worth
        printing next to a deadline.
        """
        override = self._overrides.get(d.year)
        if override is not None:
            if d in override.holidays:
                return override.names.get(d)
            return None
        if not self.covers(d.year):
            return None
        on_holiday, name = chinese_calendar.get_holiday_detail(d)
        # get_holiday_detail also names make-up working days; those are not holidays.
        if not on_holiday or name is None:
            return None
        return _PACKAGE_NAMES_ZH.get(name, name)


def _is_weekend(d: date) -> bool:
    return d.weekday() >= 5


def parse_override_json(text: str) -> dict[int, YearOverride]:
    """Parse the override file's text. Raises ValueError describing the first problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"holiday override file is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("holiday override file must contain a JSON object")
    if data.get("format") != OVERRIDE_FORMAT:
        raise ValueError(
            f"holiday override file has format {data.get('format')!r}; expected {OVERRIDE_FORMAT}"
        )
    years = data.get("years")
    if not isinstance(years, dict):
        raise ValueError('holiday override file needs a "years" object')
    return {_parse_year_key(key): _parse_year(key, entry) for key, entry in years.items()}


def _parse_year_key(key: str) -> int:
    if not (len(key) == 4 and key.isascii() and key.isdigit()):
        raise ValueError(f'year key "{key}" is not a four-digit year')
    return int(key)


def _parse_year(key: str, entry: Any) -> YearOverride:
    year = int(key)
    if not isinstance(entry, dict):
        raise ValueError(f"year {key}: entry must be an object")
    holidays_raw = entry.get("holidays", [])
    workdays_raw = entry.get("workdays", [])
    if not isinstance(holidays_raw, list) or not isinstance(workdays_raw, list):
        raise ValueError(f'year {key}: "holidays" and "workdays" must be lists')
    source = entry.get("source")
    if source is not None and not isinstance(source, str):
        raise ValueError(f'year {key}: "source" must be a string')

    holidays: set[date] = set()
    names: dict[date, str] = {}
    for item in holidays_raw:
        if isinstance(item, dict):
            d = _parse_date(key, year, item.get("date"))
            name = item.get("name")
            if name is not None:
                if not isinstance(name, str):
                    raise ValueError(f"year {key}: name of {d.isoformat()} must be a string")
                names[d] = name
        else:
            d = _parse_date(key, year, item)
        holidays.add(d)
    workdays = {_parse_date(key, year, item) for item in workdays_raw}

    try:
        return YearOverride(frozenset(holidays), frozenset(workdays), names, source)
    except ValueError as exc:
        raise ValueError(f"year {key}: {exc}") from exc


def _parse_date(key: str, year: int, value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError(f"year {key}: {value!r} is not a date string (YYYY-MM-DD)")
    try:
        # fromisoformat in 3.11 also accepts "20270101"; require the dashed form.
        if len(value) != 10:
            raise ValueError
        d = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f'year {key}: "{value}" is not a valid date (YYYY-MM-DD)') from None
    if d.year != year:
        raise ValueError(f'year {key}: date "{value}" belongs to year {d.year}')
    return d


# The app replaces this once at start-up, after reading resources/holidays.json, so
# that code deep in the domain need not thread a calendar through every call.
_default: HolidayCalendar = HolidayCalendar()


def default_calendar() -> HolidayCalendar:
    return _default


def set_default_calendar(cal: HolidayCalendar) -> None:
    global _default
    if not isinstance(cal, HolidayCalendar):
        raise TypeError(f"expected a HolidayCalendar, got {type(cal).__name__}")
    _default = cal
