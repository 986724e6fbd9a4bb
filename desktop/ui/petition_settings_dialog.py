"""The office's petition settings (DOMAIN.md §4.2, §4.5): whether the 7 days of the procedural
reply are calendar days (a last day on a holiday moves on, CPL 105 by analogy) or working
days, and the risk levels, highest first."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from desktop.domain.petition_risk import DEFAULT_LEVELS
from desktop.services.errors import ValidationFailed
from desktop.services.petition_settings import read_levels, read_settings, save_settings
from desktop.ui import petition_labels as pl
from desktop.ui.register_fields import ERROR_COLOUR


class PetitionSettingsDialog(QDialog):
    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("petitionSettingsDialog")
        self._office = office
        settings, levels = read_settings(office.reader), read_levels(office.reader)
        self.unit = QComboBox(self)
        self.unit.setObjectName("replyUnit")
        self._unit_value = settings.reply_unit.value
        self.levels = QLineEdit(self)
        self.levels.setObjectName("riskLevels")
        self.levels.setText("，".join(pl.level_label(c) for c in levels.codes))
        self._unit_label, self._levels_label = QLabel(self), QLabel(self)
        self._unit_label.setBuddy(self.unit)
        self._levels_label.setBuddy(self.levels)
        form = QFormLayout()
        form.addRow(self._unit_label, self.unit)
        form.addRow(self._levels_label, self.levels)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslateUi()

    def level_codes(self) -> list[str]:
        """The typed levels; a default level's name in this language stands for its code."""
        names = {pl.level_label(c): c for c in DEFAULT_LEVELS}
        text = self.levels.text().replace("，", ",").replace("、", ",")
        return [names.get(part.strip(), part.strip()) for part in text.split(",")
                if part.strip()]

    def submit(self) -> None:
        try:
            save_settings(self._office, reply_unit=self.unit.currentData(),
                          levels=self.level_codes())
        except ValidationFailed as exc:
            self.error.setText("\n".join(pl.error_message(e) for e in exc.errors))
            self.error.show()
            return
        self.accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Petition settings"))
        self._unit_label.setText(self.tr("The 7 &days are:"))
        self._levels_label.setText(self.tr("Risk &levels (highest first):"))
        current = self.unit.currentData() if self.unit.count() else self._unit_value
        self.unit.clear()
        self.unit.addItem(self.tr("Calendar days (a last day on a holiday moves to the next "
                                  "working day)"), "calendar")
        self.unit.addItem(self.tr("Working days (weekends and holidays not counted)"),
                          "working")
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.explain.setText(self.tr(
            "SPP materials say “7 days”, some provinces “7 working days” (DOMAIN §4.2); choose "
            "what your province follows. The first risk level is the one that stands out on "
            "the dashboard. Changes apply to petitions registered from now on."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
