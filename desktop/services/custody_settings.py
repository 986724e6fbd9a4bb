"""The office's custody-review settings (DOMAIN.md §2, §5.3, open question 5), kept in
`app_meta` so that every officer of the office counts the same periods. Local to this
database, like the rest of app_meta: each unit decides for itself."""
from __future__ import annotations

from dataclasses import asdict, fields

from desktop.domain import permissions
from desktop.domain.custody_review import CustodySettings
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office

PREFIX = "custody."


def read_settings(conn) -> CustodySettings:
    """The stored settings, defaults where none (or a broken value) is stored."""
    stored = dict(conn.execute(
        "SELECT key, value FROM app_meta WHERE key LIKE 'custody.%'").fetchall())
    values = {}
    for f in fields(CustodySettings):
        raw = stored.get(PREFIX + f.name)
        if raw is None:
            continue
        if f.type in ("bool", bool):
            values[f.name] = raw == "1"
        elif raw.isdigit():
            values[f.name] = int(raw)
    try:
        return CustodySettings(**values)
    except ValueError:
        return CustodySettings()


def save_settings(office: Office, settings: CustodySettings) -> None:
    """Store `settings` (one transaction). Periods already running keep the due dates they
    were given; new ones use these values."""
    errors = []
    for f in fields(CustodySettings):
        value = getattr(settings, f.name)
        if f.type not in ("bool", bool) and not (isinstance(value, int) and 1 <= value <= 60):
            errors.append(FieldError(f.name, "custody.days_range",
                                     "a number of days from 1 to 60"))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.SETTINGS) as session:
        conn = session.connection()
        for name, value in asdict(settings).items():
            text = ("1" if value else "0") if isinstance(value, bool) else str(value)
            conn.exec_driver_sql("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                                 (PREFIX + name, text))
