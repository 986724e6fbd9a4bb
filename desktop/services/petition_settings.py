"""The office's petition settings, kept in `app_meta` so that every officer of the office counts
the same days and grades with the same levels (DOMAIN.md §4.2, §4.5): whether the 7 days are
calendar or working days, and the risk levels. Local to this database, like the rest of
app_meta: each unit decides for itself."""
from __future__ import annotations

from desktop.domain import permissions
from desktop.domain.petition_risk import DEFAULT_LEVELS, RiskLevels
from desktop.domain.petitions import DayUnit, PetitionSettings
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office

UNIT_KEY = "petitions.reply_unit"
LEVELS_KEY = "petitions.risk_levels"  # level codes, highest first, separated by commas


def _stored(conn) -> dict[str, str]:
    return dict(conn.execute(
        "SELECT key, value FROM app_meta WHERE key LIKE 'petitions.%'").fetchall())


def read_settings(conn) -> PetitionSettings:
    """The stored settings, defaults where none (or a broken value) is stored."""
    unit = _stored(conn).get(UNIT_KEY, DayUnit.CALENDAR.value)
    try:
        return PetitionSettings(reply_unit=DayUnit(unit))
    except ValueError:
        return PetitionSettings()


def read_levels(conn) -> RiskLevels:
    raw = _stored(conn).get(LEVELS_KEY)
    if not raw:
        return RiskLevels()
    try:
        return RiskLevels(tuple(raw.split(",")))
    except ValueError:
        return RiskLevels()


def save_settings(office: Office, *, reply_unit: str, levels: list[str] | tuple[str, ...]
                  ) -> None:
    """Store both settings (one transaction). Deadlines already running keep the dates they
    were given; petitions graded with a level no longer listed keep it and sort last."""
    errors = []
    if reply_unit not in {u.value for u in DayUnit}:
        errors.append(FieldError("reply_unit", "required", "calendar or working days"))
    try:
        risk = RiskLevels(tuple(levels))
    except ValueError as exc:
        errors.append(FieldError("risk_levels", "petition.levels_invalid", str(exc)))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.SETTINGS) as session:
        conn = session.connection()
        for key, value in ((UNIT_KEY, reply_unit), (LEVELS_KEY, ",".join(risk.codes))):
            conn.exec_driver_sql("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                                 (key, value))


__all__ = ["read_settings", "read_levels", "save_settings", "DEFAULT_LEVELS"]
