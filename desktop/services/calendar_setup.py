"""The holiday calendar every deadline uses: chinese-calendar's data plus override data for
years the package does not know yet (DOMAIN §5.2), in three layers, each winning over the one
before for a year both define: the file shipped in resources/, the schedules the upper office
published in the database (`calendar_updates`, arrived with an acknowledgement), and the
user's own file in the data folder. The desktop program and the command line both call this
before computing a deadline, and a unit calls it again after an acknowledgement applied."""
from __future__ import annotations

from pathlib import Path

from desktop.paths import resources_dir, user_data_dir


def holiday_override_files() -> list[Path]:
    """The shipped override file, then the user's own (which wins for a year both define)."""
    return [resources_dir() / "holidays.json", user_data_dir() / "holidays.json"]


def load_holiday_calendar(paths: list[Path] | None = None, *, conn=None) -> list[str]:
    """Install the default holiday calendar from the override files that exist and, given a
    read connection `conn`, the upper office's published schedules — between the first path
    (the shipped file) and the others (the user's); returns the problems found (one line per
    unreadable file or schedule), which the caller may show or log."""
    from desktop.domain.holidays import HolidayCalendar, parse_override_json, set_default_calendar

    paths = paths if paths is not None else holiday_override_files()
    layers: list[tuple[str, str | None, str]] = []  # (where, text or None, problem)
    for i, path in enumerate(paths):
        if i == 1 and conn is not None:
            layers += _stored(conn)
        try:
            layers.append((str(path), path.read_text(encoding="utf-8"), ""))
        except FileNotFoundError:
            continue
        except OSError as exc:
            layers.append((str(path), None, str(exc)))
    if conn is not None and len(paths) < 2:
        layers += _stored(conn)
    overrides: dict = {}
    problems: list[str] = []
    for where, text, problem in layers:
        if text is None:
            problems.append(f"{where}: {problem}")
            continue
        try:
            overrides.update(parse_override_json(text))
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
    set_default_calendar(HolidayCalendar(overrides))
    return problems


def _stored(conn) -> list[tuple[str, str | None, str]]:
    from desktop.services.upper_queries import calendar_overrides

    return [("calendar_updates", text, "") for text in calendar_overrides(conn)]


def reload_holiday_calendar(conn) -> list[str]:
    """After the upper office's schedules changed here (an acknowledgement applied)."""
    return load_holiday_calendar(conn=conn)
