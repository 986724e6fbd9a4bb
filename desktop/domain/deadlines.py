"""Procedural periods (期间) under CPL Art. 105 and SPCI Art. 202.

* The start day is not counted: 7 days from receipt on the 2nd end on the 9th.
* Months run to the same day of the target month, or to its last day when that day
  does not exist (Jan 31 + 1 month = Feb 28/29).
* A period whose last day is a holiday (节假日) ends on the first following working
  day — except while the person is in custody (在押), when it ends on the calendar day.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from .holidays import HolidayCalendar, default_calendar

__all__ = [
    "DeadlineError",
    "PeriodEnd",
    "period_end",
    "add_months",
    "days_left",
    "DueState",
    "classify",
    "MAX_HOLIDAY_RUN",
]

# The longest real run of consecutive holidays (Spring Festival plus weekends) is
# about 9 days; anything near this cap means the override data is broken.
MAX_HOLIDAY_RUN = 60


class DeadlineError(ValueError):
    """A period cannot be computed. ``code`` is stable; the UI translates by it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PeriodEnd:
    raw: date  # last day by plain counting, before any holiday extension
    due: date  # the day the period actually ends
    calendar_complete: bool  # False: some year had no holiday data, only weekends counted
    holiday_name: str | None = None  # Chinese holiday name that caused 顺延, if any

    @property
    def extended(self) -> bool:
        """True when the period was carried over a holiday (遇节假日顺延)."""
        return self.due != self.raw


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's last day (SPCI 202 ¶1)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def period_end(
    start: date,
    *,
    days: int | None = None,
    months: int | None = None,
    in_custody: bool = False,
    calendar: HolidayCalendar | None = None,
) -> PeriodEnd:
    """End of a period of ``days`` days or ``months`` months counted from ``start``.

    ``start`` is the day of the triggering event (receipt, service); it is not counted.
    """
    if isinstance(start, datetime) or not isinstance(start, date):
        # A datetime would silently carry a time of day into every comparison.
        raise TypeError(f"start must be a date, not {type(start).__name__}")
    if (days is None) == (months is None):
        raise DeadlineError("period_spec", "give exactly one of days or months")
    cal = calendar if calendar is not None else default_calendar()

    if days is not None:
        if days < 1:
            raise DeadlineError("period_spec", f"days must be at least 1, not {days}")
        raw = start + timedelta(days=days)
    else:
        assert months is not None
        if months < 1:
            raise DeadlineError("period_spec", f"months must be at least 1, not {months}")
        raw = add_months(start, months)

    due = raw
    name: str | None = None
    if not in_custody:
        steps = 0
        while cal.is_holiday(due):
            # The first named day in the run explains the extension better than a
            # plain weekend that merely precedes it.
            if name is None:
                name = cal.holiday_name(due)
            steps += 1
            if steps > MAX_HOLIDAY_RUN:
                raise DeadlineError(
                    "no_working_day",
                    f"no working day within {MAX_HOLIDAY_RUN} days after {raw.isoformat()}; "
                    "check the holiday override data",
                )
            due += timedelta(days=1)

    complete = all(cal.covers(y) for y in range(start.year, due.year + 1))
    return PeriodEnd(raw=raw, due=due, calendar_complete=complete, holiday_name=name)


def days_left(due: date, today: date) -> int:
    """Whole days from ``today`` until ``due``; 0 on the due day, negative when overdue."""
    return (due - today).days


class DueState(str, Enum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    LATER = "later"


def classify(due: date, today: date, soon_days: int = 3) -> DueState:
    """Urgency bucket for dashboards. The due day itself is still in time (期限届满日)."""
    if soon_days < 0:
        raise ValueError(f"soon_days must not be negative, not {soon_days}")
    left = days_left(due, today)
    if left < 0:
        return DueState.OVERDUE
    if left == 0:
        return DueState.DUE_TODAY
    if left <= soon_days:
        return DueState.DUE_SOON
    return DueState.LATER
