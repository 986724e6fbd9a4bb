"""Age in 周岁 as criminal law counts it (DOMAIN.md §1.5).

JUV06 Art. 2: 周岁 are counted by the Gregorian calendar and a person reaches an age
from the day *after* the birthday (从周岁生日的第二天起算). On the 18th birthday itself
the person is still 17 — which decides whether an offence committed that day was
committed by a juvenile (未成年人).

Birthdays on 29 February: in common years the anniversary is taken to be 28 February,
so the new age starts on 1 March. Why: N years are 12·N months, and SPCI 202 ¶1 ends a
month-period whose day does not exist on the last day of that month (Feb 28); the
JUV06 "day after" rule then starts the new age on 1 March. That is also the day it
starts in leap years (Feb 29 + 1), so the age always changes on 1 March. Taking
1 March as the birthday would move it to 2 March in common years only — an
inconsistency, and one extra day of juvenile treatment with no basis in the text.
So a person born 2008-02-29 is 17 on 2026-02-28 and 18 on 2026-03-01.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

__all__ = [
    "age_on",
    "is_juvenile",
    "is_elderly_75",
    "AgeFlags",
    "age_flags",
    "AGE_OF_MAJORITY",
    "AGE_FULL_RESPONSIBILITY",
    "AGE_LIMITED_RESPONSIBILITY",
    "AGE_ELDERLY",
]

AGE_OF_MAJORITY = 18  # 未成年人: under 18 at the time of the offence (JUV06 Art. 1)
AGE_FULL_RESPONSIBILITY = 16  # 已满十六周岁的人犯罪，应当负刑事责任 (Criminal Law Art. 17)
AGE_LIMITED_RESPONSIBILITY = 14  # 14–16: liable only for the listed grave crimes
AGE_ELDERLY = 75  # 年满七十五周岁 (RPR 140(7) and Criminal Law Art. 17-1)


def _anniversary(birth: date, year: int) -> date:
    last = calendar.monthrange(year, birth.month)[1]
    return date(year, birth.month, min(birth.day, last))


def age_on(birth: date, on: date) -> int:
    """Completed 周岁 on day ``on``: the age is reached the day after the birthday."""
    if on < birth:
        raise ValueError(f"date {on.isoformat()} is before the birth date {birth.isoformat()}")
    years = on.year - birth.year
    # "<=": on the birthday itself the new age has not been reached yet.
    if on <= _anniversary(birth, on.year):
        years -= 1
    # Only the day of birth gets here with -1 (its "anniversary" is itself).
    return max(years, 0)


def is_juvenile(birth: date, offence_date: date) -> bool:
    """Under 18 on the day of the offence (未成年人犯罪)."""
    return age_on(birth, offence_date) < AGE_OF_MAJORITY


def is_elderly_75(birth: date, on: date) -> bool:
    """Has reached 75 周岁 on ``on`` (年满七十五周岁)."""
    return age_on(birth, on) >= AGE_ELDERLY


@dataclass(frozen=True)
class AgeFlags:
    """Ages and thresholds that change how a suspect must be handled.

    Offence-based fields are None when the offence date is not known yet.
    """

    age_at_offence: int | None
    age_on_date: int  # at the reference date (usually today, or the decision date)
    juvenile_at_offence: bool | None  # 未成年人 (JUV06 Art. 1)
    under_14_at_offence: bool | None  # not criminally responsible (Criminal Law Art. 17)
    under_16_at_offence: bool | None  # responsible only for the listed grave crimes
    age_75_plus: bool  # at the reference date; arrest normally not used (RPR 140(7))


def age_flags(birth: date, *, offence_date: date | None, on: date) -> AgeFlags:
    """Compute all age flags at once; ``on`` is the reference date (a parameter,
    never the clock)."""
    now = age_on(birth, on)
    if offence_date is None:
        return AgeFlags(None, now, None, None, None, now >= AGE_ELDERLY)
    then = age_on(birth, offence_date)
    return AgeFlags(
        age_at_offence=then,
        age_on_date=now,
        juvenile_at_offence=then < AGE_OF_MAJORITY,
        under_14_at_offence=then < AGE_LIMITED_RESPONSIBILITY,
        under_16_at_offence=then < AGE_FULL_RESPONSIBILITY,
        age_75_plus=now >= AGE_ELDERLY,
    )


def offence_reference_date(*, offence_date: date | None, detained_since: date | None,
                           request_date: date) -> date:
    """The day juvenile status is judged on (JUV06 Art. 1: age at the offence). Until the
    offence date is recorded, detention — or else the request — is the latest the offence can
    have been, so a suspect flagged juvenile on it is certainly juvenile at the offence."""
    return offence_date or detained_since or request_date
