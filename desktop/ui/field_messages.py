"""What the officer reads for each error code the services (and the register dialog itself)
report. Services give a stable `code` and an English `message` for logs; the UI says it in the
officer's language here, so the translations of all field messages live in one context."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldMessages"

# (field, code) first, then (None, code). `field` is the last part of the service's field
# name without its index: "suspects[0].id_number" → "id_number".
_MESSAGES = {
    ("police_case_no", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Enter the police case number"),
    ("police_agency", "required"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Choose the police agency from the list"),
    ("police_agency", "agency.unknown"): QT_TRANSLATE_NOOP(
        "FieldMessages", "“{name}” is not in the list of police agencies; choose one from the list"),
    ("police_agency", "agency.name_short"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The police agency's name is too short"),
    ("police_agency", "agency.exists"): QT_TRANSLATE_NOOP(
        "FieldMessages", "This police agency is already in the list"),
    ("officer", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Choose the officer in charge"),
    ("request_date", "date.future"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The request date is later than today"),
    ("received_date", "date.future"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The received date is later than today"),
    ("received_date", "date.before_request"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The request was received before the date it was written"),
    ("charges", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Pick at least one charge"),
    ("charges", "charge.unknown"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Charge {code} is not in the charge catalogue"),
    ("charges", "charge.unpicked"): QT_TRANSLATE_NOOP(
        "FieldMessages", "“{text}” is not picked yet: press Enter to choose a charge from the list"),
    ("charges", "charge.no_match"): QT_TRANSLATE_NOOP(
        "FieldMessages", "No charge name contains “{text}”"),
    ("suspects", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Add at least one suspect"),
    ("name", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Enter the suspect's name"),
    ("detained_since", "required"): QT_TRANSLATE_NOOP("FieldMessages", "Enter the date of detention"),
    ("detained_since", "date.after_received"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Detention cannot start after the request was received"),
    ("detained_since", "date.detention_too_long"): QT_TRANSLATE_NOOP(
        "FieldMessages",
        "Detained more than 30 days before the request was received (CPL Art. 91)"),
    ("offence_date", "date.future"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The offence date is later than today"),
    (None, "required"): QT_TRANSLATE_NOOP("FieldMessages", "Required"),
    # any typed text (services/text_checks.py)
    (None, "text.too_long"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Too long: {length} characters, at most {maximum}"),
    (None, "text.control"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Character {position} is an invisible control character ({character}), "
                         "often carried over by copying: delete it"),
    (None, "text.invalid"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Character {position} is not valid text ({character}): type it again"),
    (None, "date.future"): QT_TRANSLATE_NOOP("FieldMessages", "The date is later than today"),
    (None, "id_number.empty"): QT_TRANSLATE_NOOP("FieldMessages", "The ID number is empty"),
    (None, "id_number.length"): QT_TRANSLATE_NOOP(
        "FieldMessages", "An ID number has 18 characters (15 for an old one)"),
    (None, "id_number.character"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Only digits are allowed, and X as the last character"),
    (None, "id_number.date"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The birth date in the number is not a real date"),
    (None, "id_number.future"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The birth date in the number is later than today"),
    (None, "id_number.check_digit"): QT_TRANSLATE_NOOP(
        "FieldMessages", "The check digit does not match: a digit is probably mistyped"),
    (None, "id_number.duplicate"): QT_TRANSLATE_NOOP(
        "FieldMessages", "Another suspect in this request has the same ID number"),
    (None, "id_number.other_name"): QT_TRANSLATE_NOOP(
        "FieldMessages", "This ID number is on file for {name}: check the name or the number"),
}
_LENGTH_WITH_COUNT = QT_TRANSLATE_NOOP(
    "FieldMessages", "An ID number has 18 characters (15 for an old one); this one has {length}")

_INDEX = re.compile(r"\[\d+\]")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_base(field: str) -> str:
    return _INDEX.sub("", field).rsplit(".", 1)[-1]


def message_for(field: str, code: str, params: dict | None = None, fallback: str = "") -> str:
    """The translated message for a (field, code) pair; unknown codes fall back to the
    service's own (English) text so that nothing is ever silently swallowed."""
    source = _MESSAGES.get((field_base(field), code)) or _MESSAGES.get((None, code))
    if source is None:
        return fallback or code
    try:
        return _tr(source).format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return _tr(source)


def error_message(error) -> str:
    """For a services.errors.FieldError."""
    return message_for(error.field, error.code, error.params, error.message)


def id_number_message(code: str, text: str = "") -> str:
    """For desktop.domain.idnumber.InvalidIdNumber.code, with the typed text for detail."""
    if code == "length" and text.strip():
        return _tr(_LENGTH_WITH_COUNT).format(length=len(text.strip()))
    return message_for("id_number", f"id_number.{code}")


def ui_language() -> str:
    """"zh_CN" when the Chinese catalogue is installed, else "en": decides which text of a
    bilingual domain value (e.g. a legal basis) to show."""
    return QCoreApplication.translate("FieldMessages", "en", "language code of this translation")


def is_chinese() -> bool:
    return ui_language().startswith("zh")
