"""Words of the custody-necessity review in the user's language (context "CustodyLabels"):
start sources, stages, applicants, measures, reply outcomes, statuses, deadline kinds, the
factor labels, and the messages for the services' error codes."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import custody_review as rules
from desktop.domain.custody_factors import FACTORS_BY_CODE
from desktop.domain.custody_review import CustodySettings
from desktop.ui import field_messages

translate = QCoreApplication.translate


def _t(text: str) -> str:
    return translate("CustodyLabels", text)


SOURCES = {
    "own_motion": QT_TRANSLATE_NOOP("CustodyLabels", "Own motion"),
    "application": QT_TRANSLATE_NOOP("CustodyLabels", "Application"),
    "detention_centre": QT_TRANSLATE_NOOP("CustodyLabels", "Detention centre"),
}
STAGES = {
    "investigation": QT_TRANSLATE_NOOP("CustodyLabels", "Investigation"),
    "prosecution": QT_TRANSLATE_NOOP("CustodyLabels", "Prosecution review"),
    "trial": QT_TRANSLATE_NOOP("CustodyLabels", "Trial"),
}
APPLICANTS = {
    "suspect": QT_TRANSLATE_NOOP("CustodyLabels", "The suspect"),
    "legal_representative": QT_TRANSLATE_NOOP("CustodyLabels", "Legal representative"),
    "close_relative": QT_TRANSLATE_NOOP("CustodyLabels", "Close relative"),
    "defender": QT_TRANSLATE_NOOP("CustodyLabels", "Defender"),
}
MEASURES = {
    "release": QT_TRANSLATE_NOOP("CustodyLabels", "Release"),
    "bail": QT_TRANSLATE_NOOP("CustodyLabels", "Bail pending trial"),
    "residential_surveillance": QT_TRANSLATE_NOOP("CustodyLabels", "Residential surveillance"),
}
OUTCOMES = {
    "adopted": QT_TRANSLATE_NOOP("CustodyLabels", "Adopted"),
    "not_adopted": QT_TRANSLATE_NOOP("CustodyLabels", "Not adopted"),
    "partly": QT_TRANSLATE_NOOP("CustodyLabels", "Partly adopted"),
}
STATUSES = {
    "registered": QT_TRANSLATE_NOOP("CustodyLabels", "Registered"),
    "under_review": QT_TRANSLATE_NOOP("CustodyLabels", "Under review"),
    "recommended": QT_TRANSLATE_NOOP("CustodyLabels", "Recommended, awaiting reply"),
    "not_recommended": QT_TRANSLATE_NOOP("CustodyLabels", "Custody still needed"),
    "replied": QT_TRANSLATE_NOOP("CustodyLabels", "Replied"),
    "no_reply": QT_TRANSLATE_NOOP("CustodyLabels", "No reply in time"),
    "escalated": QT_TRANSLATE_NOOP("CustodyLabels", "Correction issued"),
    "closed": QT_TRANSLATE_NOOP("CustodyLabels", "Closed"),
}
DUE_KINDS = {
    "decision": QT_TRANSLATE_NOOP("CustodyLabels", "Decide on the application"),
    "decision_prosecution": QT_TRANSLATE_NOOP("CustodyLabels", "Decide on the application"),
    "reply": QT_TRANSLATE_NOOP("CustodyLabels", "Reply due"),
    "notice": QT_TRANSLATE_NOOP("CustodyLabels", "Notify the applicant"),
}
GROUPS = {
    "must": QT_TRANSLATE_NOOP("CustodyLabels", "Must recommend (RPR 579)"),
    "may": QT_TRANSLATE_NOOP("CustodyLabels", "May recommend (RPR 580)"),
    "immediate": QT_TRANSLATE_NOOP("CustodyLabels", "Review at once (2023 rules)"),
    "not_released": QT_TRANSLATE_NOOP(
        "CustodyLabels", "Generally not released (2023 rules, for information)"),
}
_ERRORS = {
    "custody.not_arrested": QT_TRANSLATE_NOOP(
        "CustodyLabels", "This suspect's arrest was not approved: no custody review"),
    "custody.already_open": QT_TRANSLATE_NOOP(
        "CustodyLabels", "A review of this suspect is still open"),
    "custody.date_too_early": QT_TRANSLATE_NOOP(
        "CustodyLabels", "The date is earlier than {date}"),
    "custody.invalid_transition": QT_TRANSLATE_NOOP(
        "CustodyLabels", "This step does not fit the case's present state"),
    "custody.decided": QT_TRANSLATE_NOOP(
        "CustodyLabels", "The review is already decided; the checklist is closed"),
    "custody.no_recommendation": QT_TRANSLATE_NOOP(
        "CustodyLabels", "No recommendation was made in this case"),
    "custody.reply_not_overdue": QT_TRANSLATE_NOOP(
        "CustodyLabels", "The reply period runs until {date}: correction only after that"),
    "custody.no_applicant": QT_TRANSLATE_NOOP(
        "CustodyLabels", "Only a review started on an application has an applicant to tell"),
    "custody.no_outcome_yet": QT_TRANSLATE_NOOP(
        "CustodyLabels", "The outcome is not known yet"),
    "custody.notice_missing": QT_TRANSLATE_NOOP(
        "CustodyLabels", "Tell the applicant the result in writing first (RPR 582)"),
    "custody.days_range": QT_TRANSLATE_NOOP("CustodyLabels", "From 1 to 60 days"),
    "custody.unknown_factor": QT_TRANSLATE_NOOP("CustodyLabels", "Unknown factor"),
}


def _choices(table: dict) -> list[tuple[str, str]]:
    return [(value, _t(text)) for value, text in table.items()]


def source_choices():
    return _choices(SOURCES)


def stage_choices():
    return _choices(STAGES)


def applicant_choices():
    return _choices(APPLICANTS)


def measure_choices():
    return _choices(MEASURES)


def outcome_choices():
    return _choices(OUTCOMES)


def label(table: dict, value: str) -> str:
    return _t(table[value]) if value in table else value


def status_label(value: str) -> str:
    return label(STATUSES, value)


def due_kind_label(value: str) -> str:
    return label(DUE_KINDS, value)


def factor_label(code: str) -> str:
    f = FACTORS_BY_CODE.get(code)
    if f is None:
        return code
    return f.label_zh if field_messages.is_chinese() else f.label_en


def factor_article(code: str) -> str:
    f = FACTORS_BY_CODE.get(code)
    if f is None:
        return ""
    return f.article_zh if field_messages.is_chinese() else f.article


def error_message(error) -> str:
    """For a services.errors.FieldError of the custody services."""
    source = _ERRORS.get(error.code)
    if source is None:
        return field_messages.error_message(error)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
              for k, v in (error.params or {}).items()}
    try:
        return _t(source).format(**params)
    except (KeyError, IndexError, ValueError):
        return _t(source)


def basis(code: str, settings: CustodySettings) -> str:
    """The legal basis of a deadline kind, in the user's language."""
    rule = rules.RULES.get(code)
    if rule is None:
        return ""
    return rules.basis_text(rule, settings, english=not field_messages.is_chinese())


def settings_summary(settings: CustodySettings) -> str:
    """One line the page shows, so the office's choice on the open question is visible."""
    if settings.custody_periods:
        holiday = translate("CustodyLabels",
                            "not extended over holidays (the person is in custody)")
    else:
        holiday = translate("CustodyLabels", "extended over holidays (CPL Art. 105)")
    text = translate("CustodyLabels", "Decision on an application: %1 days (prosecution "
                     "stage %2). Reply to a recommendation: %3 days, %4. Office setting.")
    return (text.replace("%1", str(settings.decision_days))
            .replace("%2", str(settings.prosecution_decision_days))
            .replace("%3", str(settings.reply_days)).replace("%4", holiday))
