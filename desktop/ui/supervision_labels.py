"""Words of the supervision register in the user's language (context "SupervisionLabels"):
sources, areas, tags, notice states, police answers, assessments, decisions, deadline kinds,
timeline events and the services' error codes. Notice kinds and the kinds of illegality carry
their Chinese and English names in the domain (supervision_notices, supervision_illegality)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision import TAG_NAMES_ZH, SupervisionSettings, split_tags
from desktop.domain.supervision_illegality import BY_CODE, ILLEGALITIES, parse_codes
from desktop.domain.supervision_notices import NoticeKind
from desktop.ui import field_messages

translate = QCoreApplication.translate
CONTEXT = "SupervisionLabels"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


SOURCES = {
    "own_finding": QT_TRANSLATE_NOOP("SupervisionLabels", "Own finding"),
    "victim_complaint": QT_TRANSLATE_NOOP("SupervisionLabels", "Victim's complaint"),
    "petition": QT_TRANSLATE_NOOP("SupervisionLabels", "Petition"),
    "arrest_review": QT_TRANSLATE_NOOP("SupervisionLabels", "Found during arrest review"),
    "agency_transfer": QT_TRANSLATE_NOOP("SupervisionLabels",
                                         "Transfer from an administrative agency"),
}
AREAS = {
    "case_filing": QT_TRANSLATE_NOOP("SupervisionLabels", "Case-filing supervision"),
    "investigation": QT_TRANSLATE_NOOP("SupervisionLabels", "Investigation-activity supervision"),
}
TAGS = {
    "organised_crime": QT_TRANSLATE_NOOP("SupervisionLabels", "Organised crime (扫黑除恶)"),
    "admin_link": QT_TRANSLATE_NOOP("SupervisionLabels", "Administrative–criminal link (两法衔接)"),
    "juvenile": QT_TRANSLATE_NOOP("SupervisionLabels", "Juvenile"),
    "enterprise": QT_TRANSLATE_NOOP("SupervisionLabels", "Enterprise-related"),
}
STATES = {
    "drafted": QT_TRANSLATE_NOOP("SupervisionLabels", "Drafted"),
    "approved": QT_TRANSLATE_NOOP("SupervisionLabels", "Approved"),
    "served": QT_TRANSLATE_NOOP("SupervisionLabels", "Served, reply due"),
    "overdue": QT_TRANSLATE_NOOP("SupervisionLabels", "No reply in time"),
    "replied": QT_TRANSLATE_NOOP("SupervisionLabels", "Replied"),
    "complied": QT_TRANSLATE_NOOP("SupervisionLabels", "Complied"),
    "partly": QT_TRANSLATE_NOOP("SupervisionLabels", "Partly complied"),
    "refused": QT_TRANSLATE_NOOP("SupervisionLabels", "Refused"),
    "escalated": QT_TRANSLATE_NOOP("SupervisionLabels", "Escalated"),
    "closed": QT_TRANSLATE_NOOP("SupervisionLabels", "Closed"),
}
MATTER_STATUSES = {
    "open": QT_TRANSLATE_NOOP("SupervisionLabels", "Open"),
    "closed": QT_TRANSLATE_NOOP("SupervisionLabels", "Closed"),
}
ANSWERS = {
    "explanation": QT_TRANSLATE_NOOP("SupervisionLabels", "Explanation given"),
    "filed": QT_TRANSLATE_NOOP("SupervisionLabels", "Case filed"),
    "withdrawn": QT_TRANSLATE_NOOP("SupervisionLabels", "Case withdrawn"),
    "corrected": QT_TRANSLATE_NOOP("SupervisionLabels", "Corrected / adopted"),
    "partly": QT_TRANSLATE_NOOP("SupervisionLabels", "Partly corrected"),
    "refused": QT_TRANSLATE_NOOP("SupervisionLabels", "Refused"),
    "reconsideration": QT_TRANSLATE_NOOP("SupervisionLabels", "Asks for reconsideration (复议)"),
    "upper_review": QT_TRANSLATE_NOOP("SupervisionLabels", "Asks the upper office to review (复核)"),
    "re_examination": QT_TRANSLATE_NOOP("SupervisionLabels", "Asks for re-examination (复查)"),
    "progress_report": QT_TRANSLATE_NOOP("SupervisionLabels", "Progress report"),
}
ASSESSMENTS = {
    "accepted": QT_TRANSLATE_NOOP("SupervisionLabels", "Reasons hold"),
    "rejected": QT_TRANSLATE_NOOP("SupervisionLabels", "Reasons do not hold"),
}
DECISIONS = {
    "upheld": QT_TRANSLATE_NOOP("SupervisionLabels", "Notice upheld"),
    "withdrawn": QT_TRANSLATE_NOOP("SupervisionLabels", "Notice withdrawn"),
}
DUE_KINDS = {
    "reply": QT_TRANSLATE_NOOP("SupervisionLabels", "Police reply due"),
    "tell_victim": QT_TRANSLATE_NOOP("SupervisionLabels", "Tell the victim the outcome"),
    "decision": QT_TRANSLATE_NOOP("SupervisionLabels", "Decide the police's request"),
    "upper_review": QT_TRANSLATE_NOOP("SupervisionLabels", "Upper office's review decision"),
    "progress": QT_TRANSLATE_NOOP("SupervisionLabels", "3 months since filing: urge progress"),
}
EVENTS = {
    "opened": QT_TRANSLATE_NOOP("SupervisionLabels", "Matter opened"),
    "drafted": QT_TRANSLATE_NOOP("SupervisionLabels", "Drafted"),
    "oral": QT_TRANSLATE_NOOP("SupervisionLabels", "Oral correction given"),
    "approved": QT_TRANSLATE_NOOP("SupervisionLabels", "Approved"),
    "served": QT_TRANSLATE_NOOP("SupervisionLabels", "Served"),
    "answer": QT_TRANSLATE_NOOP("SupervisionLabels", "Police answer"),
    "decided": QT_TRANSLATE_NOOP("SupervisionLabels", "Decision on the request"),
    "assessed": QT_TRANSLATE_NOOP("SupervisionLabels", "Explanation assessed"),
    "escalated": QT_TRANSLATE_NOOP("SupervisionLabels", "Escalated to the next notice"),
    "reported_up": QT_TRANSLATE_NOOP("SupervisionLabels", "Reported to the upper office"),
    "closed": QT_TRANSLATE_NOOP("SupervisionLabels", "Closed"),
    "due": QT_TRANSLATE_NOOP("SupervisionLabels", "Deadline"),
    "matter_closed": QT_TRANSLATE_NOOP("SupervisionLabels", "Matter closed"),
}
_ERRORS = {
    "supervision.invalid_transition": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "This step does not fit the notice's present state."),
    "supervision.date_too_early": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "This date is before {date}."),
    "supervision.unknown_tag": QT_TRANSLATE_NOOP("SupervisionLabels", "Unknown tag: {tag}."),
    "supervision.request_needed": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "A matter found during arrest review names its request."),
    "supervision.no_request": QT_TRANSLATE_NOOP("SupervisionLabels", "No such request."),
    "supervision.no_person": QT_TRANSLATE_NOOP("SupervisionLabels", "No such person."),
    "supervision.too_long": QT_TRANSLATE_NOOP("SupervisionLabels", "Too long."),
    "supervision.matter_closed": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                   "The matter is closed."),
    "supervision.notices_open": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "{count} notice(s) still running: close or escalate them first."),
    "supervision.oral_is_logged": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "Oral corrections are logged with their own button."),
    "supervision.other_matter": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                  "That notice belongs to another matter."),
    "supervision.not_next": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "This notice cannot follow the chosen one now."),
    "supervision.needs_parent": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "This notice only follows an earlier one: select it first."),
    "supervision.no_illegality": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "Tick at least one kind of illegality (RPR 567)."),
    "supervision.days_range": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                "A number of days from 1 to 90."),
    "supervision.months_range": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                  "A number of months from 1 to 12."),
    "supervision.bad_tag": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "Tags are at most 20 characters, without “|”: {tag}"),
    "supervision.answer_not_for_kind": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "This answer does not fit this kind of notice."),
    "supervision.not_served": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                "The notice has not been served yet."),
    "supervision.objection_pending": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "A request for reconsideration or re-examination waits for its "
        "decision."),
    "supervision.filed_after_answer": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "The filing date is after the answer came."),
    "supervision.not_an_explanation": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "Only an explanation request is assessed."),
    "supervision.no_explanation": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                    "No explanation to assess."),
    "supervision.already_assessed": QT_TRANSLATE_NOOP("SupervisionLabels",
                                                      "Already assessed."),
    "supervision.no_objection": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "No request waits for a decision."),
    "supervision.cannot_report_up": QT_TRANSLATE_NOOP(
        "SupervisionLabels", "Only a correction notice or a suggestion not complied with is "
        "reported to the upper office."),
}


def label(table: dict, value: str) -> str:
    source = table.get(value)
    return _t(source) if source else value


def choices(table: dict) -> list[tuple[str, str]]:
    return [(value, _t(text)) for value, text in table.items()]


def kind_label(kind: str) -> str:
    try:
        spec = rules.spec(kind)
    except ValueError:
        return kind
    return spec.name_zh if field_messages.is_chinese() else spec.name_en


def kind_choices(kinds) -> list[tuple[str, str]]:
    return [(NoticeKind(k).value, kind_label(k)) for k in kinds]


def all_kind_choices() -> list[tuple[str, str]]:
    return kind_choices(list(NoticeKind))


def state_label(state: str) -> str:
    return label(STATES, state)


def tag_label(tag: str) -> str:
    return _t(TAGS[tag]) if tag in TAGS else tag


def tags_text(stored: str) -> str:
    return "、".join(tag_label(t) for t in split_tags(stored))


def tag_choices(settings: SupervisionSettings) -> list[tuple[str, str]]:
    return [(code, tag_label(code)) for code in TAG_NAMES_ZH] + \
        [(t, t) for t in settings.extra_tags]


def illegality_label(code: str) -> str:
    item = BY_CODE.get(code)
    if item is None:
        return code
    return f"{item.item}. " + (item.zh if field_messages.is_chinese() else item.en)


def illegality_choices() -> list[tuple[str, str]]:
    return [(i.code, illegality_label(i.code)) for i in ILLEGALITIES]


def illegalities_text(stored: str) -> str:
    return "; ".join(illegality_label(c) for c in parse_codes(stored))


def due_kind_label(value: str) -> str:
    return label(DUE_KINDS, value)


def error_message(error) -> str:
    """For a services.errors.FieldError of the supervision services."""
    source = _ERRORS.get(error.code)
    if source is None:
        return field_messages.error_message(error)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in (error.params or {}).items()}
    try:
        return _t(source).format(**params)
    except (KeyError, IndexError, ValueError):
        return _t(source)


def settings_summary(settings: SupervisionSettings) -> str:
    """One line on the page, so the office's choices are in view."""
    if settings.holiday_extension:
        holiday = translate("SupervisionLabels", "extended over holidays (CPL Art. 105)")
    else:
        holiday = translate("SupervisionLabels", "not extended over holidays")
    text = translate("SupervisionLabels", "Police periods: explanation %1 days, filing %2 days, "
                     "correction %3 days, suggestion %4 months; %5. Office setting.")
    return (text
            .replace("%1", str(settings.explanation_days))
            .replace("%2", str(settings.filing_days))
            .replace("%3", str(settings.correction_days))
            .replace("%4", str(settings.suggestion_months)).replace("%5", holiday))
