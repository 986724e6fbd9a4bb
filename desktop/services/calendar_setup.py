"""The holiday calendar every deadline uses: chinese-calendar's data plus the override files
for years the package does not know yet (DOMAIN §5.2) — the one shipped in resources/ and the
user's own in the data folder, which wins for a year both define. The desktop program and the
command line both call this before computing a deadline."""
from __future__ import annotations

from pathlib import Path

from desktop.paths import resources_dir, user_data_dir


def holiday_override_files() -> list[Path]:
    """The shipped override file, then the user's own (which wins for a year both define)."""
    return [resources_dir() / "holidays.json", user_data_dir() / "holidays.json"]


def load_holiday_calendar(paths: list[Path] | None = None) -> list[str]:
    """Install the default holiday calendar from the override files that exist; returns the
    problems found (one line per unreadable file), which the caller may show or log."""
    from desktop.domain.holidays import HolidayCalendar, parse_override_json, set_default_calendar

    overrides: dict = {}
    problems: list[str] = []
    for path in paths if paths is not None else holiday_override_files():
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except OSError as exc:
            problems.append(f"{path}: {exc}")
            continue
        try:
            overrides.update(parse_override_json(text))
        except ValueError as exc:
            problems.append(f"{path}: {exc}")
    set_default_calendar(HolidayCalendar(overrides))
    return problems
