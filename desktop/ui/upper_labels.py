"""Words of the upper office's own records in the user's language (context "UpperLabels"):
the kinds of instruction, 复核 outcomes, and the messages for the services' error codes."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("UpperLabels", text)


KINDS = {
    "comment": QT_TRANSLATE_NOOP("UpperLabels", "Comment (意见)"),
    "directive": QT_TRANSLATE_NOOP("UpperLabels", "Directive (督办)"),
}
OUTCOMES = {
    "upheld": QT_TRANSLATE_NOOP("UpperLabels", "Refusal upheld (维持不批准逮捕)"),
    "changed": QT_TRANSLATE_NOOP("UpperLabels", "Refusal changed: arrest (变更为批准逮捕)"),
}
_BY_FIELD = {
    ("text", "required"): QT_TRANSLATE_NOOP("UpperLabels", "Write the comment or directive"),
    ("due_date", "required"): QT_TRANSLATE_NOOP("UpperLabels",
                                                "A directive needs the date to reply by"),
    ("reasons", "required"): QT_TRANSLATE_NOOP(
        "UpperLabels", "An upheld refusal states its reasons (RPR 291)"),
}
_BY_CODE = {
    "upper.not_upper_office": QT_TRANSLATE_NOOP(
        "UpperLabels", "Only an upper-level office writes these records"),
    "upper.due_not_after_today": QT_TRANSLATE_NOOP("UpperLabels",
                                                   "The reply date must come after today"),
    "upper.own_record": QT_TRANSLATE_NOOP(
        "UpperLabels", "Comments and directives go to a unit's records, not this office's"),
    "upper.closed_before_issued": QT_TRANSLATE_NOOP(
        "UpperLabels", "The directive cannot be closed before it was issued"),
    "upper.review_decided": QT_TRANSLATE_NOOP("UpperLabels", "This 复核 is already decided"),
    "approval.chief_required": QT_TRANSLATE_NOOP(
        "UpperLabels", "The chief procurator of this office approves the 复核 decision "
        "(RPR 291)"),
    "calendar.invalid": QT_TRANSLATE_NOOP(
        "UpperLabels", "The file is not a holiday schedule in the override format: {problem}"),
    "calendar.year_missing": QT_TRANSLATE_NOOP("UpperLabels",
                                               "The file has no schedule for {year}"),
    "calendar.past_year": QT_TRANSLATE_NOOP("UpperLabels", "{year} is already over"),
    "calendar.unknown_unit": QT_TRANSLATE_NOOP("UpperLabels", "This unit is not registered"),
    "date.future": QT_TRANSLATE_NOOP("UpperLabels", "The date is in the future"),
    "required": QT_TRANSLATE_NOOP("UpperLabels", "Required"),
}


def label(table: dict, key: str) -> str:
    source = table.get(key)
    return _t(source) if source else key


def error_message(error) -> str:
    """For a services.errors.FieldError of services.upper_records."""
    source = _BY_FIELD.get((error.field, error.code)) or _BY_CODE.get(error.code)
    if source is None:
        return error.message
    try:
        return _t(source).format(**(error.params or {}))
    except (KeyError, IndexError, ValueError):
        return _t(source)
