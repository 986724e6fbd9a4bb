"""A date field typed as text, the way dates are written on paper: 2026-11-20, 2026.11.20,
2026/11/20, 20261120, 2026年11月20日, or short forms for the current year (11-20, 11.20, 1120,
11月20日). The parsed date and its weekday are shown beside the field; an impossible date
(2026-02-30) is flagged at once.

`parse_date_text` is pure and does not read the clock: the caller passes `today`."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.ui.register_fields import set_invalid

# Full-width digits and punctuation come from Chinese input methods.
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "－": "-", "．": ".", "／": "/", "。": ".", " ": ""})
_FULL = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_SHORT = re.compile(r"^(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_DIGITS8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DIGITS4 = re.compile(r"^(\d{2})(\d{2})$")


class DateTextError(ValueError):
    """``code``: "empty", "format" (not a way of writing a date) or "impossible" (no such day).
    ``parts`` holds (year, month, day) for an impossible date."""

    def __init__(self, code: str, parts: tuple[int, int, int] | None = None):
        super().__init__(code)
        self.code = code
        self.parts = parts


def parse_date_text(text: str, *, today: date) -> date:
    s = text.strip().translate(_FULLWIDTH)
    if not s:
        raise DateTextError("empty")
    for pattern, has_year in ((_FULL, True), (_DIGITS8, True), (_SHORT, False),
                              (_DIGITS4, False)):
        m = pattern.match(s)
        if m:
            numbers = [int(g) for g in m.groups()]
            year, month, day = numbers if has_year else [today.year, *numbers]
            try:
                return date(year, month, day)
            except ValueError:
                raise DateTextError("impossible", (year, month, day)) from None
    raise DateTextError("format")


def is_complete(text: str) -> bool:
    """Whether the officer has visibly finished typing a date, so that an impossible one may be
    flagged while still typing: "0230" may become "02301..." no more, but "2026" may become
    "20261120", and "2026-02-0" may become "2026-02-09"."""
    s = text.strip().translate(_FULLWIDTH)
    if s.endswith("日") or _DIGITS8.match(s):
        return True
    m = _FULL.match(s) or _SHORT.match(s)
    return bool(m) and len(m.groups()[-1]) == 2


def weekday_name(d: date) -> str:
    return (QCoreApplication.translate("DateField", "Monday"),
            QCoreApplication.translate("DateField", "Tuesday"),
            QCoreApplication.translate("DateField", "Wednesday"),
            QCoreApplication.translate("DateField", "Thursday"),
            QCoreApplication.translate("DateField", "Friday"),
            QCoreApplication.translate("DateField", "Saturday"),
            QCoreApplication.translate("DateField", "Sunday"))[d.weekday()]


class DateField(QWidget):
    """A QLineEdit (the focus target; give it to QLabel.setBuddy and setTabOrder) and a label
    with the parsed date and weekday. `date()` is None while the text is not a real date."""

    dateChanged = Signal(object)  # date | None
    edited = Signal()  # the officer typed (not a programmatic change)

    def __init__(self, *, today: date, value: date | None = None, parent=None):
        super().__init__(parent)
        self._today = today
        self._date: date | None = None
        self._problem: DateTextError | None = None
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(16)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("2026年11月20日") + 16)
        self.shown = QLabel(self)
        self.shown.setMinimumWidth(self.shown.fontMetrics().horizontalAdvance("2026-11-20 星期三") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.shown)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        self.on_error = None  # callable(str | None) the owner sets to show messages at the field
        self.set_date(value)
        self.retranslate()

    # -- public API --------------------------------------------------------------------------
    def date(self) -> date | None:
        return self._date

    def problem(self) -> DateTextError | None:
        """Why the text is not a date (None when it is one or is empty)."""
        return self._problem

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")
        self._update(self.edit.text(), finished=True)

    def text(self) -> str:
        return self.edit.text()

    def commit(self) -> None:
        """Judge the text as if the officer had left the field (before saving)."""
        self._on_finished()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("e.g. 1120"))
        self.edit.setToolTip(self.tr(
            "Type 2026-11-20, 2026.11.20, 2026/11/20, 20261120 or 2026年11月20日; "
            "11-20, 11.20 or 1120 mean this year"))
        self._show()

    def error_message(self) -> str | None:
        p = self._problem
        if p is None:
            return None
        if p.code == "impossible":
            y, m, d = p.parts
            return self.tr("There is no such day: {year}-{month:02d}-{day:02d}").format(
                year=y, month=m, day=d)
        return self.tr("Not a date; type e.g. 2026-11-20, 20261120 or 1120")

    # -- internals ---------------------------------------------------------------------------
    def _weekday(self, d: date) -> str:
        return weekday_name(d)

    def _on_edited(self, text: str) -> None:
        self._update(text, finished=False)
        self.edited.emit()

    def _on_finished(self) -> None:
        self._update(self.edit.text(), finished=True)
        if self._date is not None and self.edit.text() != self._date.isoformat():
            self.edit.setText(self._date.isoformat())

    def _update(self, text: str, *, finished: bool) -> None:
        before = self._date
        try:
            self._date, self._problem = parse_date_text(text, today=self._today), None
        except DateTextError as exc:
            self._date = None
            self._problem = None if exc.code == "empty" else exc
            # While typing, only a finished-looking impossible date is flagged at once.
            if not finished and not (exc.code == "impossible" and is_complete(text)):
                self._problem = None
        self._show()
        if self._date != before:
            self.dateChanged.emit(self._date)

    def _show(self) -> None:
        d = self._date
        self.shown.setText(f"{d.isoformat()} {self._weekday(d)}" if d else "")
        message = self.error_message()
        if self.on_error is not None:
            self.on_error(message)
        else:
            set_invalid(self.edit, message is not None)
