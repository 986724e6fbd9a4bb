"""Words and colours shared by the list, the dashboard and the detail view: status names,
custody, days left, due-state colours. All text goes through Qt's translator (context
"Labels"), so a language switch changes them everywhere at once."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.deadlines import DueState, classify, days_left


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def status_label(status: str) -> str:
    """A request's or a review's status (RequestStatus / ReviewStatus values)."""
    labels = {
        "received": translate("Labels", "Received"),
        "under_review": translate("Labels", "Under review"),
        "pending_approval": translate("Labels", "Pending approval"),
        "approved": translate("Labels", "Arrest approved"),
        "refused": translate("Labels", "Arrest refused"),
        "withdrawn": translate("Labels", "Withdrawn"),
        "mixed": translate("Labels", "Partly approved"),
    }
    return labels.get(status, status)


def status_choices() -> list[tuple[str, str]]:
    """(value, label) for the status filter, in the order of the procedure."""
    values = ("received", "under_review", "pending_approval", "approved", "refused",
              "withdrawn", "mixed")
    return [(v, status_label(v)) for v in values]


def custody_label(detained: bool) -> str:
    if detained:
        return translate("Labels", "Detained")
    return translate("Labels", "Not detained")


def with_juvenile_mark(text: str) -> str:
    """A name (or list of names) marked as a juvenile's: '张三（未）'."""
    return translate("Labels", "%1 (juvenile)", "short mark after a name").replace("%1", text)


def sex_label(sex: str | None) -> str:
    if sex == "M":
        return translate("Labels", "Male")
    if sex == "F":
        return translate("Labels", "Female")
    return translate("Labels", "Unknown")


def yes_no(value: bool) -> str:
    return translate("Labels", "Yes") if value else translate("Labels", "No")


def days_left_text(due: date | None, today: date) -> str:
    if due is None:
        return translate("Labels", "Decided")
    left = days_left(due, today)
    if left < 0:
        return translate("Labels", "Overdue by %n day(s)", None, -left)
    if left == 0:
        return translate("Labels", "Due today")
    return translate("Labels", "%n day(s) left", None, left)


def due_text(due: date | None, today: date) -> str:
    """'2026-11-25 (2 days left)' as one cell."""
    if due is None:
        return ""
    pattern = translate("Labels", "%1 (%2)", "due date (days left)")
    return pattern.replace("%1", format_date(due)).replace("%2", days_left_text(due, today))


def due_state_name(state: DueState) -> str:
    return {
        DueState.OVERDUE: translate("Labels", "Overdue"),
        DueState.DUE_TODAY: translate("Labels", "Due today"),
        DueState.DUE_SOON: translate("Labels", "Due within 3 days"),
        DueState.LATER: translate("Labels", "Later"),
    }[state]


def format_date(d: date | None) -> str:
    return d.isoformat() if d else ""


# Foreground (text) and background tints for each urgency; readable on white and on the
# alternating row colour.
_FOREGROUND = {
    DueState.OVERDUE: "#b71c1c",
    DueState.DUE_TODAY: "#c43e00",
    DueState.DUE_SOON: "#8a5a00",
}
_BACKGROUND = {
    DueState.OVERDUE: "#fde8e8",
    DueState.DUE_TODAY: "#ffedd9",
    DueState.DUE_SOON: "#fff6d6",
}


def due_state(due: date | None, today: date) -> DueState | None:
    return classify(due, today) if due is not None else None


def due_foreground(state: DueState | None) -> QColor | None:
    return QColor(_FOREGROUND[state]) if state in _FOREGROUND else None


def due_background(state: DueState | None) -> QColor | None:
    return QColor(_BACKGROUND[state]) if state in _BACKGROUND else None


def step_kind_label(kind: str) -> str:
    """The dashboard's type of a step after a decision (review_deadlines.Step values)."""
    names = {
        "receipt": translate("Labels", "Receipt due"),
        "release_receipt": translate("Labels", "Release receipt due"),
        "reconsideration_decision": translate("Labels", "Reconsideration decision due"),
        "upper_review_decision": translate("Labels", "Upper-office review due"),
        "omitted_follow_up": translate("Labels", "RPR 288 follow-up"),
        "withdrawal_follow_up": translate("Labels", "Withdrawal follow-up"),
    }
    return names.get(kind, kind)


def step_detail(kind: str) -> str:
    """What is due on a step after a decision, for the dashboard's detail column."""
    texts = {
        "receipt": translate("Labels", "Police execution receipt (3 days after execution)"),
        "release_receipt": translate("Labels", "Police release receipt (3 days)"),
        "reconsideration_decision": translate(
            "Labels", "Decide the police's reconsideration request (7 days)"),
        "upper_review_decision": translate(
            "Labels", "Upper office decides the review (15 days)"),
        "omitted_follow_up": translate(
            "Labels", "Police answer to the demand to request arrest of an omitted suspect"),
        "withdrawal_follow_up": translate(
            "Labels", "Police to withdraw the case after a refusal for no crime (15 days)"),
    }
    return texts.get(kind, kind)
