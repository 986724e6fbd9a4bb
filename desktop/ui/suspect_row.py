"""One suspect of a request in the register dialog: name, ID number (birth date, sex and ages
shown at once, juveniles marked), custody, 认罪认罚, counsel, and the statutory deadline of
this suspect's review, recomputed live by the domain as fields change."""
from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from desktop.domain.ages import age_on, is_elderly_75, is_juvenile, offence_reference_date
from desktop.domain.arrest_review import review_deadline
from desktop.domain.holidays import default_calendar
from desktop.domain.idnumber import IdNumber, InvalidIdNumber, parse_id_number
from desktop.ui.date_field import DateField, weekday_name
from desktop.ui.field_messages import id_number_message, is_chinese
from desktop.ui.register_fields import ERROR_COLOUR, WARNING_COLOUR, FieldBox, level_with

_NOT_ID_CHAR = re.compile(r"[^0-9Xx\uFF10-\uFF19\uFF38\uFF58\s]")


def _mark(text: str, colour: str) -> str:
    return f'<span style="color:{colour}; font-weight:bold;">{html.escape(text)}</span>'


class SuspectRow(QFrame):
    removeRequested = Signal(object)
    edited = Signal()

    def __init__(self, *, today: date, parent=None):
        super().__init__(parent)
        self._today = today
        self._received: date | None = today
        self._request_date: date | None = today
        self._major_complex = False
        self.parsed: IdNumber | None = None
        self.due_date: date | None = None  # as shown; the service computes the stored one
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(60)
        self.name_edit.setFixedWidth(self.name_edit.fontMetrics().horizontalAdvance("欧阳某某某某") + 16)
        self.name_box = FieldBox(self.name_edit)
        self.id_label = QLabel(self)
        self.id_edit = QLineEdit(self)
        self.id_edit.setMaxLength(24)
        self.id_edit.setFixedWidth(self.id_edit.fontMetrics().horizontalAdvance("11010519491231002X") + 20)
        self.id_info = QLabel(self)
        self.id_info.setTextFormat(Qt.TextFormat.RichText)
        id_line = QFrame(self)
        id_layout = QHBoxLayout(id_line)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_edit)
        id_layout.addWidget(self.id_info, 1)
        self.id_box = FieldBox(id_line, target=self.id_edit)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)

        self.detained_check = QCheckBox(self)
        self.detained_check.setChecked(True)
        self.since_label = QLabel(self)
        self.since_field = DateField(today=today, parent=self)
        self.since_box = FieldBox(self.since_field, target=self.since_field.edit)
        self.since_field.on_error = self.since_box.set_error
        self.confessed_check = QCheckBox(self)
        self.counsel_label = QLabel(self)
        self.counsel_edit = QLineEdit(self)
        self.counsel_edit.setMaxLength(60)
        self.deadline = QLabel(self)
        self.deadline.setTextFormat(Qt.TextFormat.RichText)
        self.other_message = QLabel(self)  # errors with no field of their own (offence date)
        self.other_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.other_message.hide()

        for label, buddy in ((self.name_label, self.name_edit), (self.id_label, self.id_edit),
                             (self.since_label, self.since_field.edit),
                             (self.counsel_label, self.counsel_edit)):
            label.setBuddy(buddy)

        level_with(self.name_edit, self.title, self.name_label, self.id_label, self.id_info,
                   self.detained_check, self.since_label, self.confessed_check,
                   self.counsel_label, self.since_field.shown)
        top = QHBoxLayout()
        top.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(6)
        top.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.name_box, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(10)
        top.addWidget(self.id_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.id_box, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        custody = QHBoxLayout()
        custody.addWidget(self.detained_check, 0, Qt.AlignmentFlag.AlignTop)
        custody.addWidget(self.since_label, 0, Qt.AlignmentFlag.AlignTop)
        custody.addWidget(self.since_box, 0, Qt.AlignmentFlag.AlignTop)
        custody.addSpacing(10)
        custody.addWidget(self.confessed_check, 0, Qt.AlignmentFlag.AlignTop)
        custody.addSpacing(10)
        custody.addWidget(self.counsel_label, 0, Qt.AlignmentFlag.AlignTop)
        custody.addWidget(self.counsel_edit, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(custody)
        layout.addWidget(self.deadline)
        layout.addWidget(self.other_message)

        self.name_edit.textEdited.connect(self._on_name_edited)
        self.id_edit.textEdited.connect(lambda: self._update_id(finished=False))
        self.id_edit.textEdited.connect(self.edited)
        self.id_edit.editingFinished.connect(lambda: self._update_id(finished=True))
        self.detained_check.toggled.connect(self._on_detained_toggled)
        self.since_field.dateChanged.connect(self._refresh)
        self.since_field.edited.connect(self.edited)
        self.confessed_check.toggled.connect(self.edited)
        self.counsel_edit.textEdited.connect(self.edited)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.set_number(1)
        self.retranslate()

    # -- public API --------------------------------------------------------------------------
    def set_number(self, n: int) -> None:
        self._number = n
        self.title.setText(self.tr("Suspect {n}").format(n=n))

    def set_context(self, *, received: date | None, request_date: date | None,
                    major_complex: bool) -> None:
        self._received, self._request_date = received, request_date
        self._major_complex = major_complex
        self._refresh()

    def focus_chain(self) -> tuple[list, list]:
        """(first pass, later pass) of this row's focus targets for the dialog's tab order."""
        return ([self.name_edit, self.id_edit, self.since_field.edit],
                [self.detained_check, self.confessed_check, self.counsel_edit,
                 self.remove_button])

    def boxes(self) -> dict:
        """Where each service field name (after "suspects[i].") shows its message."""
        return {"name": self.name_box, "id_number": self.id_box,
                "detained_since": self.since_box}

    def show_other_error(self, text: str | None) -> None:
        self.other_message.setText(text or "")
        self.other_message.setVisible(bool(text))

    def retranslate(self) -> None:
        self.set_number(self._number)
        self.name_label.setText(self.tr("&Name"))
        self.id_label.setText(self.tr("&ID number"))
        self.id_edit.setPlaceholderText(self.tr("18 digits"))
        self.detained_check.setText(self.tr("De&tained"))
        self.detained_check.setToolTip(self.tr(
            "Detained (拘留) by the police: the review must end within 7 days"))
        self.since_label.setText(self.tr("Detained &since"))
        self.confessed_check.setText(self.tr("Pleads guilt&y (认罪认罚)"))
        self.counsel_label.setText(self.tr("Co&unsel"))
        self.counsel_edit.setPlaceholderText(self.tr("name and law firm"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this suspect from the request"))
        self.since_field.retranslate()
        # Room for the usual details from the start, so the row does not jump while typing.
        sample = " · ".join([self.tr("born {birth} · {sex} · age {age}").format(
            birth="2010-05-01", sex=self.tr("female"), age=16),
            self.tr("{age} when detained").format(age=16), self.tr("Juvenile")])
        self.id_info.setMinimumWidth(self.id_info.fontMetrics().horizontalAdvance(sample) + 8)
        self._update_id(finished=not self.id_edit.hasFocus())
        self._refresh()

    # -- ID number ---------------------------------------------------------------------------
    def _update_id(self, *, finished: bool) -> None:
        text = self.id_edit.text()
        s = text.strip()
        self.parsed = None
        if not s:
            self.id_box.clear_error()
            self.id_info.setText("")
            return
        try:
            self.parsed = parse_id_number(text, today=self._today)
        except InvalidIdNumber as exc:
            # While typing, a short number is not yet wrong; a letter in it already is.
            live = finished or len(s) >= 18 or _NOT_ID_CHAR.search(s)
            self.id_box.set_error(id_number_message(exc.code, text) if live else None)
            self.id_info.setText("")
            return
        if len(s) == 15 and not finished:
            self.parsed = None  # probably the first 15 of 18 digits: wait
            self.id_box.clear_error()
            self.id_info.setText("")
            return
        self.id_box.clear_error()
        self._show_id_info()

    def _detained_since(self) -> date | None:
        return self.since_field.date() if self.detained_check.isChecked() else None

    def age_reference(self) -> date:
        """The day juvenile status is judged on, as the service does: the offence is not
        recorded yet, and detention (or else the request) is the latest it can have been."""
        return offence_reference_date(offence_date=None, detained_since=self._detained_since(),
                                      request_date=self._request_date or self._today)

    def _show_id_info(self) -> None:
        p = self.parsed
        if p is None:
            return
        sex = self.tr("male") if p.sex == "M" else self.tr("female")
        parts = [html.escape(self.tr("born {birth} · {sex} · age {age}").format(
            birth=p.birth_date.isoformat(), sex=sex, age=age_on(p.birth_date, self._today)))]
        since = self._detained_since()
        if since and since >= p.birth_date:
            parts.append(html.escape(self.tr("{age} when detained").format(
                age=age_on(p.birth_date, since))))
        if p.upgraded_from_15:
            parts.append(html.escape(self.tr("old 15-digit number → {number}").format(
                number=p.number)))
        reference = self.age_reference()
        if reference >= p.birth_date and is_juvenile(p.birth_date, reference):
            parts.append(_mark(self.tr("Juvenile"), ERROR_COLOUR))
        if is_elderly_75(p.birth_date, max(reference, self._today)):
            parts.append(_mark(self.tr("Aged 75 or over"), WARNING_COLOUR))
        self.id_info.setText(" · ".join(parts))

    def is_juvenile_shown(self) -> bool:
        return self.tr("Juvenile") in self.id_info.text()

    # -- deadline ----------------------------------------------------------------------------
    def _on_name_edited(self) -> None:
        self.name_box.clear_error()
        self.edited.emit()

    def _on_detained_toggled(self, on: bool) -> None:
        self.since_field.setEnabled(on)
        self.since_label.setEnabled(on)
        if not on:
            self.since_box.clear_error()
        self.edited.emit()
        self._refresh()

    def _refresh(self, *_args) -> None:
        self._update_id(finished=not self.id_edit.hasFocus())
        received = self._received
        if received is None:
            self.deadline.setText(self.tr("Due date: enter the received date"))
            self.deadline.setToolTip("")
            self.due_date = None
            return
        detained = self.detained_check.isChecked()
        limit, end = review_deadline(received, detained=detained,
                                     major_complex=self._major_complex)
        due = f"<b>{end.due.isoformat()}</b> {html.escape(weekday_name(end.due))}"
        if limit.in_custody:
            how = self.tr("{days} days, custody period: not extended over holidays")
        elif end.extended:
            how = self.tr("{days} days; {raw} is a holiday, so extended to the next working day")
        else:
            how = self.tr("{days} days")
        text = html.escape(self.tr("Due")) + " " + due + html.escape(
            self.tr(" ({how})").format(how=how.format(days=limit.days, raw=end.raw.isoformat())))
        if not limit.in_custody and not end.calendar_complete:
            calendar = default_calendar()
            years = [y for y in range(received.year, end.due.year + 1) if not calendar.covers(y)]
            warning = self.tr("No holiday data for {year}: only weekends were counted").format(
                year="、".join(str(y) for y in years))
            text += f' <span style="color:{WARNING_COLOUR};">⚠ {html.escape(warning)}</span>'
        self.deadline.setText(text)
        self.deadline.setToolTip(limit.basis if is_chinese() else limit.basis_en)
        self.due_date = end.due
