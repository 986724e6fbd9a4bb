"""Words of the cooperation log in the user's language (context "CooperationLabels"): entry
kinds, consultation types, coercive measures, the state of a tracked item, and the messages
for the services' error codes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import cooperation as rules
from desktop.services.errors import FieldError
from desktop.ui import field_messages

CONTEXT = "CooperationLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


KINDS = {
    "consultation": QT_TRANSLATE_NOOP("CooperationLabels", "Consultation"),
    "early_involvement": QT_TRANSLATE_NOOP("CooperationLabels", "Early involvement"),
    "police_filing": QT_TRANSLATE_NOOP("CooperationLabels", "Case filed by the police"),
    "police_withdrawal": QT_TRANSLATE_NOOP("CooperationLabels", "Case withdrawn by the police"),
    "coercive_measure": QT_TRANSLATE_NOOP("CooperationLabels", "Coercive measure"),
    "joint_supervision": QT_TRANSLATE_NOOP("CooperationLabels", "Joint supervision"),
    "joint_meeting": QT_TRANSLATE_NOOP("CooperationLabels", "Joint meeting"),
    "rectification": QT_TRANSLATE_NOOP("CooperationLabels", "Rectification follow-up"),
}
SUBTYPES = {
    "pre_arrest": QT_TRANSLATE_NOOP("CooperationLabels", "Before an arrest request"),
    "major_difficult": QT_TRANSLATE_NOOP("CooperationLabels", "Major or difficult case"),
    "filing": QT_TRANSLATE_NOOP("CooperationLabels", "Whether to file a case"),
    "summons": QT_TRANSLATE_NOOP("CooperationLabels", "Summons"),
    "bail": QT_TRANSLATE_NOOP("CooperationLabels", "Bail pending trial"),
    "residential_surveillance": QT_TRANSLATE_NOOP("CooperationLabels",
                                                  "Residential surveillance"),
    "designated_residence": QT_TRANSLATE_NOOP(
        "CooperationLabels", "Residential surveillance at a designated place"),
    "detention": QT_TRANSLATE_NOOP("CooperationLabels", "Criminal detention"),
    "arrest": QT_TRANSLATE_NOOP("CooperationLabels", "Arrest executed"),
    "changed": QT_TRANSLATE_NOOP("CooperationLabels", "Measure changed"),
    "released": QT_TRANSLATE_NOOP("CooperationLabels", "Measure lifted, released"),
}
_ERRORS = {
    "cooperation.too_long": QT_TRANSLATE_NOOP("CooperationLabels",
                                              "Too long: at most {limit} characters"),
    "cooperation.due_not_after": QT_TRANSLATE_NOOP(
        "CooperationLabels", "The due date must be after the entry date ({date})"),
    "cooperation.done_before": QT_TRANSLATE_NOOP(
        "CooperationLabels", "Done before the entry date ({date})?"),
    "cooperation.not_tracked": QT_TRANSLATE_NOOP(
        "CooperationLabels", "Only a joint supervision item or a rectification follow-up is "
        "completed"),
    "cooperation.already_done": QT_TRANSLATE_NOOP("CooperationLabels",
                                                  "Already done on {date}"),
    "cooperation.no_request": QT_TRANSLATE_NOOP(
        "CooperationLabels", "No arrest request has the case number {case_no}"),
}
_FIELD_ERRORS = {
    ("occurred_on", "date.future"): QT_TRANSLATE_NOOP(
        "CooperationLabels", "Enter what has happened: the date is later than today"),
    ("done_on", "date.future"): QT_TRANSLATE_NOOP("CooperationLabels",
                                                  "The done date is later than today"),
    ("subtype", "required"): QT_TRANSLATE_NOOP("CooperationLabels", "Choose one"),
    ("due_on", "required"): QT_TRANSLATE_NOOP(
        "CooperationLabels", "A tracked item needs the date it is due"),
    ("site", "required"): QT_TRANSLATE_NOOP(
        "CooperationLabels", "Where is the office? e.g. the police's case-handling centre"),
}


def kind_label(kind: str) -> str:
    return _t(KINDS[kind]) if kind in KINDS else kind


def kind_choices() -> list[tuple[str, str]]:
    return [(k, _t(text)) for k, text in KINDS.items()]


def subtype_label(subtype: str) -> str:
    return _t(SUBTYPES[subtype]) if subtype in SUBTYPES else subtype


def subtype_choices(kind: str) -> list[tuple[str, str]]:
    enum = rules.SUBTYPES.get(rules.EntryKind(kind)) if kind in KINDS else None
    return [(m.value, subtype_label(m.value)) for m in enum] if enum else []


def kind_with_subtype(kind: str, subtype: str) -> str:
    if not subtype:
        return kind_label(kind)
    pattern = QCoreApplication.translate("CooperationLabels", "%1 (%2)", "kind (type)")
    return pattern.replace("%1", kind_label(kind)).replace("%2", subtype_label(subtype))


def item_state(kind: str, due_on: date | None, done_on: date | None, today: date) -> str:
    """"Open", "Overdue" or "Done on …" for a tracked item; "" for an event."""
    if kind not in KINDS or not rules.is_tracked(kind):
        return ""
    if done_on is not None:
        return QCoreApplication.translate("CooperationLabels", "Done on %1").replace(
            "%1", done_on.isoformat())
    if rules.is_overdue(kind, due_on, done_on, today):
        return QCoreApplication.translate("CooperationLabels", "Overdue")
    return QCoreApplication.translate("CooperationLabels", "Open")


def error_text(error: FieldError) -> str:
    source = _FIELD_ERRORS.get((error.field, error.code)) or _ERRORS.get(error.code)
    if source is None:
        return field_messages.error_message(error)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in (error.params or {}).items()}
    try:
        return _t(source).format(**params)
    except (KeyError, IndexError, ValueError):
        return _t(source)


def translated(errors: list[FieldError]) -> list[FieldError]:
    """The same errors with their message in the user's language and a code the shared
    message table does not know, so the custody form shows our text at the field."""
    return [FieldError(e.field, "cooperation:" + e.code, error_text(e), {}) for e in errors]
