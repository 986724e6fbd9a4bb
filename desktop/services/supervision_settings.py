"""The office's supervision settings (DOMAIN.md §3.2, §5.3): reply periods, whether CPL 105's
holiday extension applies to police reply periods, and the office's own special-work tags.
Kept in `app_meta`, so every officer of the office counts the same periods; local to this
database, as each unit decides for itself."""
from __future__ import annotations

from dataclasses import fields, replace

from desktop.domain import permissions
from desktop.domain.supervision import TAG_SEPARATOR, SupervisionSettings
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office

PREFIX = "supervision."


def read_settings(conn) -> SupervisionSettings:
    """The stored settings, the default for any value missing or broken."""
    stored = dict(conn.execute(
        "SELECT key, value FROM app_meta WHERE key LIKE 'supervision.%'").fetchall())
    settings = SupervisionSettings()
    for f in fields(SupervisionSettings):
        raw = stored.get(PREFIX + f.name)
        if raw is None:
            continue
        if f.name == "holiday_extension":
            value = raw == "1"
        elif f.name == "extra_tags":
            value = tuple(t for t in raw.split(TAG_SEPARATOR) if t)
        elif raw.isdigit():
            value = int(raw)
        else:
            continue
        try:
            settings = replace(settings, **{f.name: value})
        except ValueError:
            pass  # a broken value keeps the default
    return settings


def _validate(settings: SupervisionSettings) -> list[FieldError]:
    errors = []
    for name in SupervisionSettings.DAY_FIELDS:
        value = getattr(settings, name)
        if not isinstance(value, int) or not 1 <= value <= 90:
            errors.append(FieldError(name, "supervision.days_range",
                                     "a number of days from 1 to 90"))
    for name in SupervisionSettings.MONTH_FIELDS:
        value = getattr(settings, name)
        if not isinstance(value, int) or not 1 <= value <= 12:
            errors.append(FieldError(name, "supervision.months_range",
                                     "a number of months from 1 to 12"))
    return errors


def parse_tags(text: str) -> tuple[str, ...]:
    """The office's tags from what the officer typed: one per line or separated by commas
    (ASCII or Chinese), blanks dropped, each once."""
    out: list[str] = []
    for part in text.replace("，", "\n").replace(",", "\n").replace("、", "\n").splitlines():
        tag = part.strip()
        if tag and tag not in out:
            out.append(tag)
    return tuple(out)


def save_settings(office: Office, *, correction_days: int, suggestion_months: int,
                  holiday_extension: bool, extra_tags: str) -> SupervisionSettings:
    """Store the choices the law leaves to the office (one transaction). Deadlines already
    running keep the dates they were given; notices served from now on use these."""
    tags = parse_tags(extra_tags)
    errors = []
    if not isinstance(correction_days, int) or not 1 <= correction_days <= 90:
        errors.append(FieldError("correction_days", "supervision.days_range",
                                 "a number of days from 1 to 90"))
    if not isinstance(suggestion_months, int) or not 1 <= suggestion_months <= 12:
        errors.append(FieldError("suggestion_months", "supervision.months_range",
                                 "a number of months from 1 to 12"))
    bad = [t for t in tags if TAG_SEPARATOR in t or len(t) > 20]
    if bad:
        errors.append(FieldError("extra_tags", "supervision.bad_tag",
                                 f"tags must be at most 20 characters without {TAG_SEPARATOR}",
                                 {"tag": bad[0]}))
    if errors:
        raise ValidationFailed(errors)
    settings = replace(read_settings(office.reader), correction_days=correction_days,
                       suggestion_months=suggestion_months,
                       holiday_extension=bool(holiday_extension), extra_tags=tags)
    errors = _validate(settings)
    if errors:
        raise ValidationFailed(errors)
    values = {"correction_days": str(correction_days),
              "suggestion_months": str(suggestion_months),
              "holiday_extension": "1" if holiday_extension else "0",
              "extra_tags": TAG_SEPARATOR.join(tags)}
    with office.transaction(permissions.SETTINGS) as session:
        conn = session.connection()
        for name, text in values.items():
            conn.exec_driver_sql("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                                 (PREFIX + name, text))
    return settings
