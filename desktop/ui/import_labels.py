"""What the import wizard says (导入向导的文字): register kinds, field names in the officer's
language, row statuses, and the reasons of a refused row by their code. The import's own codes
live here; the codes manual entry shares (required, id_number.*, date.*, charge.unknown, …)
are worded once in ui/field_messages."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.import_fields import ARREST, PETITION, SUPERVISION, field as import_field
from desktop.ui.field_messages import is_chinese, message_for

CONTEXT = "ImportLabels"

_KINDS = {
    ARREST: QT_TRANSLATE_NOOP("ImportLabels", "Arrest review register"),
    SUPERVISION: QT_TRANSLATE_NOOP("ImportLabels", "Supervision register"),
    PETITION: QT_TRANSLATE_NOOP("ImportLabels", "Petition register"),
}

_STATUSES = {
    "new": QT_TRANSLATE_NOOP("ImportLabels", "new"),
    "updated": QT_TRANSLATE_NOOP("ImportLabels", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportLabels", "unchanged"),
    "refused": QT_TRANSLATE_NOOP("ImportLabels", "refused"),
}

# the import's own reason codes (services/register_import_*); params as the services give them
_REASONS = {
    "import.date_unreadable": QT_TRANSLATE_NOOP(
        "ImportLabels", "“{text}” is not a date (write it as 2026年3月5日, 2026.3.5 or 2026-03-05)"),
    "import.date_impossible": QT_TRANSLATE_NOOP("ImportLabels", "There is no such day: {text}"),
    "import.bool_unreadable": QT_TRANSLATE_NOOP(
        "ImportLabels", "“{text}” is neither yes (是) nor no (否)"),
    "import.choice_unknown": QT_TRANSLATE_NOOP(
        "ImportLabels", "“{text}” is not one of: {choices}"),
    "import.duplicate_row": QT_TRANSLATE_NOOP(
        "ImportLabels", "The same as row {row} of this file"),
    "import.case_registered": QT_TRANSLATE_NOOP(
        "ImportLabels", "Case {case} is registered without this suspect: add the suspect by hand"),
    "import.case_conflict": QT_TRANSLATE_NOOP(
        "ImportLabels", "Differs from row {row} of the same case"),
    "import.case_refused": QT_TRANSLATE_NOOP(
        "ImportLabels", "Another row of the same case was refused (row {row})"),
    "import.officer_unknown": QT_TRANSLATE_NOOP(
        "ImportLabels", "No officer of this office is called “{name}”"),
    "import.agency_unknown": QT_TRANSLATE_NOOP(
        "ImportLabels", "No police agency is called “{name}”: add it in the settings first"),
    "import.id_number_as_number": QT_TRANSLATE_NOOP(
        "ImportLabels", "Excel kept this ID number as a number and lost its last digits: format "
                        "the column as text and type the number again"),
    "import.already_registered": QT_TRANSLATE_NOOP(
        "ImportLabels", "This suspect is already registered in this case"),
    "import.draft_closed": QT_TRANSLATE_NOOP(
        "ImportLabels", "This draft was already confirmed or discarded"),
    "import.field_unknown": QT_TRANSLATE_NOOP("ImportLabels", "Unknown field {field}"),
    # a register's outcomes (services/register_import_outcomes, register_import_petition_outcomes)
    "import.decision_date_missing": QT_TRANSLATE_NOOP("ImportLabels", "A decision needs its date"),
    "import.decision_missing": QT_TRANSLATE_NOOP(
        "ImportLabels", "A decision date without a decision"),
    "import.decided_before_received": QT_TRANSLATE_NOOP(
        "ImportLabels", "Decided before the request was received ({received})"),
    "import.ground_missing": QT_TRANSLATE_NOOP("ImportLabels", "A refusal needs its ground"),
    "import.ground_without_refusal": QT_TRANSLATE_NOOP(
        "ImportLabels", "A ground of refusal on a decision that is not a refusal"),
    "import.decision_not_permitted": QT_TRANSLATE_NOOP(
        "ImportLabels", "Recording decisions needs an approver's account"),
    "import.decision_differs": QT_TRANSLATE_NOOP(
        "ImportLabels", "The program has another decision recorded; a decision changes by "
                        "reconsideration or review in the program, not by an import"),
    "import.decision_pending": QT_TRANSLATE_NOOP(
        "ImportLabels", "A proposal is waiting for approval in the program; decide it there"),
    "import.review_withdrawn": QT_TRANSLATE_NOOP(
        "ImportLabels", "The request was withdrawn in the program"),
    "import.reply_date_missing": QT_TRANSLATE_NOOP(
        "ImportLabels", "A way of reply without the reply's date"),
    "import.closure_date_missing": QT_TRANSLATE_NOOP("ImportLabels", "A closure needs its date"),
    "import.closure_missing": QT_TRANSLATE_NOOP(
        "ImportLabels", "A closing date without how the petition was closed"),
    "import.closed_before_reply": QT_TRANSLATE_NOOP("ImportLabels", "Closed before the reply"),
    "import.petition_transferred": QT_TRANSLATE_NOOP(
        "ImportLabels", "The petition was forwarded in the program"),
    "import.closure_differs": QT_TRANSLATE_NOOP(
        "ImportLabels", "The program has another closure recorded"),
}
_CHARGE_UNKNOWN = QT_TRANSLATE_NOOP("ImportLabels", "No charge is called “{text}”")
_CHARGE_HINT = QT_TRANSLATE_NOOP("ImportLabels", "; perhaps: {suggestions}")

_FILE_ERRORS = {
    "unreadable": QT_TRANSLATE_NOOP("ImportLabels", "The file cannot be read: %1"),
    "no_header": QT_TRANSLATE_NOOP("ImportLabels",
                                   "No header row was found in the first rows of the sheet"),
    "unknown_sheet": QT_TRANSLATE_NOOP("ImportLabels", "The workbook has no such sheet"),
    "unknown_format": QT_TRANSLATE_NOOP("ImportLabels",
                                        "Only Excel workbooks (.xlsx) and CSV files can be read"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return _tr(_KINDS[kind])


def status_text(status: str) -> str:
    return _tr(_STATUSES.get(status, status))


def field_text(kind: str, key: str) -> str:
    """A field's name in the officer's language (the field list carries both)."""
    try:
        f = import_field(kind, key)
    except KeyError:
        return key
    return f.zh if is_chinese() else f.en


def reason_text(kind: str, error) -> str:
    """One reason of a refused row, with the field it concerns first."""
    params = dict(error.params or {})
    if error.code == "charge.unknown":
        text = _tr(_CHARGE_UNKNOWN).format(text=params.get("text", ""))
        if params.get("suggestions"):
            text += _tr(_CHARGE_HINT).format(suggestions=params["suggestions"])
    elif error.code in _REASONS:
        try:
            text = _tr(_REASONS[error.code]).format(**params)
        except (KeyError, IndexError, ValueError):
            text = _tr(_REASONS[error.code])
    else:
        text = message_for(error.field, error.code, params, error.message)
    return text


def reasons_text(kind: str, errors) -> str:
    return "; ".join(f"{field_text(kind, e.field)}: {reason_text(kind, e)}" for e in errors)


def file_error_text(exc) -> str:
    source = _FILE_ERRORS.get(getattr(exc, "code", ""), _FILE_ERRORS["unreadable"])
    detail = ", ".join(str(v) for v in (getattr(exc, "params", None) or {}).values())
    return _tr(source).replace("%1", detail or str(exc))


def value_text(value) -> str:
    """A value as stored, shown: dates ISO, booleans 是/否 (as registers write them), charge
    codes joined."""
    from datetime import date

    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr(QT_TRANSLATE_NOOP("ImportLabels", "yes")) if value else \
            _tr(QT_TRANSLATE_NOOP("ImportLabels", "no"))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


def charge_names(office) -> dict[str, str]:
    """{code: name} of the charge catalogue: codes are stored, names are shown."""
    from desktop.services.arrest_queries import charges

    return {code: name for code, name, _article in charges(office.reader)}
