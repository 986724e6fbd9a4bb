"""What the petition pages and dialogs call each stored value, and the messages for the petition
services' error codes, in the user's language (context "PetitionLabels")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import petitions as rules
from desktop.domain.petition_risk import DEFAULT_LEVELS
from desktop.domain.petitions import PetitionSettings
from desktop.ui import field_messages

CONTEXT = "PetitionLabels"
translate = QCoreApplication.translate
HIGH_RISK_COLOUR = "#b71c1c"  # a high-risk petition's mark in the list and on the dashboard


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CHANNELS = {
    "letter": QT_TRANSLATE_NOOP("PetitionLabels", "Letter (来信)"),
    "visit": QT_TRANSLATE_NOOP("PetitionLabels", "Visit (来访)"),
    "online": QT_TRANSLATE_NOOP("PetitionLabels", "Online (网上信访)"),
    "12309": QT_TRANSLATE_NOOP("PetitionLabels", "12309 service centre"),
}
TYPES = {
    "accusation": QT_TRANSLATE_NOOP("PetitionLabels", "Complaint (控告)"),
    "report": QT_TRANSLATE_NOOP("PetitionLabels", "Report of a crime (举报)"),
    "appeal": QT_TRANSLATE_NOOP("PetitionLabels", "Appeal (申诉)"),
    "suggestion": QT_TRANSLATE_NOOP("PetitionLabels", "Suggestion (建议)"),
    "enquiry": QT_TRANSLATE_NOOP("PetitionLabels", "Enquiry (咨询)"),
}
STATUSES = {
    "registered": QT_TRANSLATE_NOOP("PetitionLabels", "Registered"),
    "procedural_replied": QT_TRANSLATE_NOOP("PetitionLabels", "Procedural reply given"),
    "in_handling": QT_TRANSLATE_NOOP("PetitionLabels", "In handling"),
    "result_replied": QT_TRANSLATE_NOOP("PetitionLabels", "Result replied"),
    "transferred": QT_TRANSLATE_NOOP("PetitionLabels", "Forwarded"),
    "closed": QT_TRANSLATE_NOOP("PetitionLabels", "Closed"),
}
REPLY_KINDS = {
    "procedural": QT_TRANSLATE_NOOP("PetitionLabels", "Procedural reply (程序性回复)"),
    "progress": QT_TRANSLATE_NOOP("PetitionLabels", "Reply on the process (过程答复)"),
    "result": QT_TRANSLATE_NOOP("PetitionLabels", "Reply on the result (结果答复)"),
}
WAYS = {
    "written": QT_TRANSLATE_NOOP("PetitionLabels", "In writing"),
    "in_person": QT_TRANSLATE_NOOP("PetitionLabels", "In person"),
    "phone": QT_TRANSLATE_NOOP("PetitionLabels", "By phone"),
    "online": QT_TRANSLATE_NOOP("PetitionLabels", "Online or by text message"),
}
WORK_KINDS = {
    "reply": QT_TRANSLATE_NOOP("PetitionLabels", "Reply"),
    "explanation": QT_TRANSLATE_NOOP("PetitionLabels", "Explaining the law (释法说理)"),
    "counselling": QT_TRANSLATE_NOOP("PetitionLabels", "Psychological counselling (心理疏导)"),
    "reconciliation": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Conflict resolution and reconciliation (矛盾化解)"),
    "judicial_aid": QT_TRANSLATE_NOOP("PetitionLabels", "Judicial aid (司法救助)"),
    "public_hearing": QT_TRANSLATE_NOOP("PetitionLabels", "Public hearing (公开听证)"),
}
CLOSURES = {
    "settled": QT_TRANSLATE_NOOP("PetitionLabels", "Settled, petitioner stops (息诉罢访)"),
    "concluded": QT_TRANSLATE_NOOP("PetitionLabels", "Concluded, petitioner not satisfied"),
    "terminated": QT_TRANSLATE_NOOP("PetitionLabels", "Terminated by law (信访终结)"),
    "withdrawn": QT_TRANSLATE_NOOP("PetitionLabels", "Withdrawn by the petitioner"),
    "forwarded": QT_TRANSLATE_NOOP("PetitionLabels", "Closed after forwarding"),
}
DUE_KINDS = {
    "procedural": QT_TRANSLATE_NOOP("PetitionLabels", "7-day procedural reply"),
    "result": QT_TRANSLATE_NOOP("PetitionLabels", "3-month reply on process or result"),
    "follow_up": QT_TRANSLATE_NOOP("PetitionLabels", "Monthly follow-up reply"),
}
TRIGGERS = {
    "repeat_visits": QT_TRANSLATE_NOOP("PetitionLabels", "Repeat visits"),
    "collective": QT_TRANSLATE_NOOP("PetitionLabels", "Collective petition"),
    "higher_level": QT_TRANSLATE_NOOP("PetitionLabels", "Visits to higher levels"),
    "threats": QT_TRANSLATE_NOOP("PetitionLabels", "Threats of extreme acts"),
    "media": QT_TRANSLATE_NOOP("PetitionLabels", "Media or online attention"),
}
LEVELS = {
    "high": QT_TRANSLATE_NOOP("PetitionLabels", "High"),
    "medium": QT_TRANSLATE_NOOP("PetitionLabels", "Medium"),
    "low": QT_TRANSLATE_NOOP("PetitionLabels", "Low"),
}
EVENTS = {
    "received": QT_TRANSLATE_NOOP("PetitionLabels", "Received"),
    "transfer": QT_TRANSLATE_NOOP("PetitionLabels", "Handler changed"),
    "closed": QT_TRANSLATE_NOOP("PetitionLabels", "Closed"),
}
_ERRORS = {
    "petition.name_required": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Enter the petitioner's name (匿名 for an anonymous letter)"),
    "petition.id_duplicate": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Another petitioner has the same ID number"),
    "petition.phone": QT_TRANSLATE_NOOP(
        "PetitionLabels", "A phone number has digits only (and + - ( ) or spaces)"),
    "petition.count": QT_TRANSLATE_NOOP(
        "PetitionLabels", "At least as many people as are listed ({listed})"),
    "petition.collective_alone": QT_TRANSLATE_NOOP(
        "PetitionLabels", "A collective petition has more than one petitioner"),
    "petition.request_unknown": QT_TRANSLATE_NOOP(
        "PetitionLabels", "That request is not in the register"),
    "petition.repeat_unknown": QT_TRANSLATE_NOOP(
        "PetitionLabels", "That earlier petition is not in the register"),
    "petition.repeat_later": QT_TRANSLATE_NOOP(
        "PetitionLabels", "The petition it repeats came later than this one"),
    "petition.level_unknown": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Not one of this office's risk levels"),
    "petition.trigger_unknown": QT_TRANSLATE_NOOP("PetitionLabels", "Unknown risk trigger"),
    "petition.attachment_too_large": QT_TRANSLATE_NOOP(
        "PetitionLabels", "“{name}” has {size} MB; an attachment may have at most {limit} MB. "
        "Keep large files elsewhere and name them in the summary"),
    "petition.attachment_empty": QT_TRANSLATE_NOOP("PetitionLabels", "“{name}” is empty"),
    "petition.before_received": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Before the petition was received ({date})"),
    "petition.closed": QT_TRANSLATE_NOOP("PetitionLabels", "The petition is closed"),
    "petition.no_reply_now": QT_TRANSLATE_NOOP(
        "PetitionLabels", "No more replies are due: the result was given or it was forwarded"),
    "petition.invalid_transition": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Not possible in the petition's present state"),
    "petition.same_handler": QT_TRANSLATE_NOOP(
        "PetitionLabels", "This officer handles the petition already"),
    "petition.reason_required": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Give the reason for the transfer (首办责任: it stays on record)"),
    "petition.closure_not_now": QT_TRANSLATE_NOOP(
        "PetitionLabels", "This closure does not fit the petition's present state"),
    "petition.note_required": QT_TRANSLATE_NOOP("PetitionLabels", "Say why it closes this way"),
    "petition.levels_invalid": QT_TRANSLATE_NOOP(
        "PetitionLabels", "Give 2 to 6 different short levels, highest first, separated by "
        "commas"),
}


def _choices(table: dict) -> list[tuple[str, str]]:
    return [(value, _t(text)) for value, text in table.items()]


def label(table: dict, value: str) -> str:
    return _t(table[value]) if value in table else (value or "")


def channel_choices():
    return _choices(CHANNELS)


def type_choices():
    return _choices(TYPES)


def status_choices():
    return _choices(STATUSES)


def reply_kind_choices():
    return _choices(REPLY_KINDS)


def way_choices():
    return _choices(WAYS)


def work_kind_choices():
    """The kinds of work other than replies (replies have their own dialog)."""
    return [(v, t) for v, t in _choices(WORK_KINDS) if v != "reply"]


def closure_choices(allowed: list[str] | None = None):
    return [(v, t) for v, t in _choices(CLOSURES) if allowed is None or v in allowed]


def level_label(code: str) -> str:
    """The default levels are translated; an office's own levels are shown as written."""
    return _t(LEVELS[code]) if code in LEVELS and code in DEFAULT_LEVELS else code


def trigger_labels(triggers) -> str:
    return "、".join(label(TRIGGERS, getattr(t, "value", t)) for t in triggers)


def event_label(event: str) -> str:
    if event.startswith("reply."):
        return label(REPLY_KINDS, event.split(".", 1)[1])
    if event.startswith("due."):
        return label(DUE_KINDS, event.split(".", 1)[1])
    if event in WORK_KINDS:
        return label(WORK_KINDS, event)
    return label(EVENTS, event)


def error_message(error) -> str:
    """For a services.errors.FieldError of the petition services."""
    source = _ERRORS.get(error.code)
    if source is None:
        return field_messages.error_message(error)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in (error.params or {}).items()}
    try:
        return _t(source).format(**params)
    except (KeyError, IndexError, ValueError):
        return _t(source)


def basis(kind: str, settings: PetitionSettings) -> str:
    """The basis of a petition deadline in the user's language."""
    if kind not in {k.value for k in rules.DueKind}:
        return ""
    return rules.basis_text(kind, settings, english=not field_messages.is_chinese())


def settings_summary(settings: PetitionSettings, levels) -> str:
    unit = (translate("PetitionLabels", "working days, holidays not counted")
            if settings.reply_unit.value == "working"
            else translate("PetitionLabels",
                           "calendar days, a last day on a holiday moves to the next working day"))
    return (translate("PetitionLabels", "Procedural reply within %1 %2; process or result "
                      "within %3 months, then monthly. Risk levels: %4. Office setting.")
            .replace("%1", str(settings.procedural_days)).replace("%2", unit)
            .replace("%3", str(settings.result_months))
            .replace("%4", " / ".join(level_label(c) for c in levels.codes)))
