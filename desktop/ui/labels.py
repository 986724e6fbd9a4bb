"""Words and colours shared by the list, the dashboard and the detail view: status names,
custody, days left, due-state colours. All text goes through Qt's translator (context
"Labels"), so a language switch changes them everywhere at once."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.deadlines import DueState, classify, days_left


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Labels", text, disambiguation, n)


def status_label(status: str) -> str:
    """A request's or a review's status (RequestStatus / ReviewStatus values)."""
    labels = {
        "received": _tr("Received"),
        "under_review": _tr("Under review"),
        "pending_approval": _tr("Pending approval"),
        "approved": _tr("Arrest approved"),
        "refused": _tr("Arrest refused"),
        "withdrawn": _tr("Withdrawn"),
        "mixed": _tr("Partly approved"),
    }
    return labels.get(status, status)


def status_choices() -> list[tuple[str, str]]:
    """(value, label) for the status filter, in the order of the procedure."""
    values = ("received", "under_review", "pending_approval", "approved", "refused",
              "withdrawn", "mixed")
    return [(v, status_label(v)) for v in values]


def custody_label(detained: bool) -> str:
    return _tr("Detained") if detained else _tr("Not detained")


def juvenile_mark() -> str:
    """Appended to a juvenile suspect's name in lists."""
    return _tr("(juvenile)", "short mark after a name")


def sex_label(sex: str | None) -> str:
    return {"M": _tr("Male"), "F": _tr("Female")}.get(sex or "", _tr("Unknown"))


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


def days_left_text(due: date | None, today: date) -> str:
    if due is None:
        return _tr("Decided")
    left = days_left(due, today)
    if left < 0:
        return _tr("Overdue by %n day(s)", None, -left)
    if left == 0:
        return _tr("Due today")
    return _tr("%n day(s) left", None, left)


def due_text(due: date | None, today: date) -> str:
    """'2026-11-25 (2 days left)' as one cell."""
    if due is None:
        return ""
    return _tr("%1 (%2)").replace("%1", format_date(due)).replace(
        "%2", days_left_text(due, today))


def due_state_name(state: DueState) -> str:
    return {
        DueState.OVERDUE: _tr("Overdue"),
        DueState.DUE_TODAY: _tr("Due today"),
        DueState.DUE_SOON: _tr("Due within 3 days"),
        DueState.LATER: _tr("Later"),
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
