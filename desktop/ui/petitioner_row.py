"""One petitioner in the registration dialog: name, ID number (checked when the field is left:
a wrong number is marked at once, with what is wrong), phone, address and work unit."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QFrame

from desktop.domain.idnumber import InvalidIdNumber, parse_id_number
from desktop.services.petition_register import PetitionerInput
from desktop.ui import field_messages
from desktop.ui.register_fields import ERROR_COLOUR, set_invalid

FIELDS = ("name", "id_number", "phone", "address", "work_unit")


class PetitionerRow(QFrame):
    removeRequested = Signal(object)
    identityChanged = Signal()  # name or ID number left after a change: look for repeats

    def __init__(self, *, today: date, parent=None):
        super().__init__(parent)
        self._today = today
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, str] = {}  # field → message, shown on one line under the row
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        widths = {"name": "欧阳某某某某", "id_number": "11010519491231002X",
                  "phone": "13800001111", "address": "", "work_unit": ""}
        for column, name in enumerate(FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(f"petitioner_{name}")
            edit.setMaxLength({"name": 60, "id_number": 24, "phone": 24}.get(name, 100))
            if widths[name]:
                edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(widths[name]) + 20)
            label = QLabel(self)
            label.setBuddy(edit)
            self.edits[name], self.labels[name] = edit, label
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 1)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePetitioner")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        grid.addWidget(self.remove_button, 1, len(FIELDS))
        # The messages span the row: a message in one narrow cell would be cut off.
        self.message = QLabel(self)
        self.message.setObjectName("petitionerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()
        grid.addWidget(self.message, 2, 0, 1, len(FIELDS) + 1)
        self._seen = ("", "")
        self.edits["id_number"].editingFinished.connect(self.check_id_number)
        for name in ("name", "id_number"):
            self.edits[name].editingFinished.connect(self._identity_left)
        self.retranslateUi()

    def check_id_number(self) -> bool:
        """Mark the ID number at its field when it is not a valid one; True when it is fine
        (or empty: many petitioners give none)."""
        text = self.edits["id_number"].text()
        if not text.strip():
            self.set_error("id_number", None)
            return True
        try:
            parsed = parse_id_number(text, today=self._today)
        except InvalidIdNumber as exc:
            self.set_error("id_number", field_messages.id_number_message(exc.code, text))
            return False
        self.set_error("id_number", None)
        if parsed.number != text:
            self.edits["id_number"].setText(parsed.number)
        return True

    def _identity_left(self) -> None:
        now = (self.edits["name"].text().strip(), self.edits["id_number"].text().strip())
        if now != self._seen:
            self._seen = now
            self.identityChanged.emit()

    def value(self) -> PetitionerInput:
        return PetitionerInput(**{name: self.edits[name].text() for name in FIELDS})

    def is_blank(self) -> bool:
        return not any(self.edits[name].text().strip() for name in FIELDS)

    def set_error(self, name: str, text: str | None) -> None:
        """Mark field `name` (red border) and say what is wrong under the row."""
        if text:
            self.errors[name] = text
        else:
            self.errors.pop(name, None)
        set_invalid(self.edits[name], bool(text))
        pattern = self.tr("%1: %2", "field name: message")
        self.message.setText("\n".join(pattern.replace("%1", self.labels[n].text())
                                       .replace("%2", t) for n, t in self.errors.items()))
        self.message.setVisible(bool(self.errors))

    def has_error(self, name: str) -> bool:
        return name in self.errors

    def clear_errors(self) -> None:
        for name in list(self.errors):
            self.set_error(name, None)

    def retranslateUi(self) -> None:
        texts = {"name": self.tr("Name"), "id_number": self.tr("ID number"),
                 "phone": self.tr("Phone"), "address": self.tr("Address"),
                 "work_unit": self.tr("Work unit")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.edits["name"].setPlaceholderText(self.tr("匿名 if anonymous"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this petitioner"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
