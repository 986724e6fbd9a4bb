"""The lower part of the register dialog: the fields that have defaults (police agency, request
and received dates, major/complex flag, officer in charge, note). They come after the fields
without defaults in the dialog's Tab order."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QGridLayout, QGroupBox, QLabel, QLineEdit

from desktop.services import arrest_queries
from desktop.ui.date_field import DateField
from desktop.ui.register_fields import FieldBox, level_with


class IntakeSection(QGroupBox):
    def __init__(self, conn, *, user_id: str, unit_code: str, today: date, parent=None):
        super().__init__(parent)
        self.agency_label, self.agency_combo = QLabel(), QComboBox()
        self.agency_combo.setEditable(True)
        self.agency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for agency_id, name in arrest_queries.police_agencies(conn, unit_code):
            self.agency_combo.addItem(name, agency_id)
        completer = self.agency_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        last = arrest_queries.last_used_agency(conn, unit_code)
        self.agency_combo.setCurrentIndex(max(self.agency_combo.findData(last), 0) if last else 0)
        self.agency_box = FieldBox(self.agency_combo)

        self.request_date_label = QLabel()
        self.request_date = DateField(today=today, value=today)
        self.request_date_box = FieldBox(self.request_date, target=self.request_date.edit)
        self.request_date.on_error = self.request_date_box.set_error
        self.received_label = QLabel()
        self.received_date = DateField(today=today, value=today)
        self.received_box = FieldBox(self.received_date, target=self.received_date.edit)
        self.received_date.on_error = self.received_box.set_error
        self.major_check = QCheckBox()
        self.officer_label, self.officer_combo = QLabel(), QComboBox()
        for officer_id, name in arrest_queries.officers(conn, unit_code):
            self.officer_combo.addItem(name, officer_id)
        self.officer_combo.setCurrentIndex(max(self.officer_combo.findData(user_id), 0))
        self.officer_box = FieldBox(self.officer_combo)
        self.note_label, self.note_edit = QLabel(), QLineEdit()
        self.note_edit.setMaxLength(500)

        level_with(self.note_edit, self.agency_label, self.request_date_label,
                   self.received_label, self.officer_label, self.note_label,
                   self.request_date.shown, self.received_date.shown)
        top = Qt.AlignmentFlag.AlignTop
        grid = QGridLayout(self)
        grid.addWidget(self.agency_label, 0, 0, top)
        grid.addWidget(self.agency_box, 0, 1)
        grid.addWidget(self.officer_label, 0, 2, top)
        grid.addWidget(self.officer_box, 0, 3)
        grid.addWidget(self.request_date_label, 1, 0, top)
        grid.addWidget(self.request_date_box, 1, 1)
        grid.addWidget(self.received_label, 1, 2, top)
        grid.addWidget(self.received_box, 1, 3)
        grid.addWidget(self.major_check, 2, 1, 1, 3)
        grid.addWidget(self.note_label, 3, 0, top)
        grid.addWidget(self.note_edit, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for label, buddy in ((self.agency_label, self.agency_combo),
                             (self.request_date_label, self.request_date.edit),
                             (self.received_label, self.received_date.edit),
                             (self.officer_label, self.officer_combo),
                             (self.note_label, self.note_edit)):
            label.setBuddy(buddy)

    def focus_chain(self) -> list:
        return [self.agency_combo, self.request_date.edit, self.received_date.edit,
                self.major_check, self.officer_combo, self.note_edit]

    def boxes(self) -> dict[str, FieldBox]:
        """Where each service field name shows its message."""
        return {"police_agency": self.agency_box, "officer": self.officer_box,
                "request_date": self.request_date_box, "received_date": self.received_box}

    def agency_id(self) -> str | None:
        """The chosen agency's id; "" when the field is empty; None when the text is unknown."""
        text = self.agency_combo.currentText().strip()
        if not text:
            return ""
        index = self.agency_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.agency_combo.itemData(index) if index >= 0 else None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receipt and assignment"))
        self.agency_label.setText(self.tr("Police a&gency"))
        self.request_date_label.setText(self.tr("Request &date"))
        self.received_label.setText(self.tr("Recei&ved on"))
        self.received_label.setToolTip(self.tr("The review period runs from the day of receipt"))
        self.major_check.setText(self.tr("&Major or complex case"))
        self.major_check.setToolTip(self.tr(
            "Up to 20 days for a suspect not detained (RPR Art. 282)"))
        self.officer_label.setText(self.tr("O&fficer in charge"))
        self.note_label.setText(self.tr("Not&e"))
        self.request_date.retranslate()
        self.received_date.retranslate()
