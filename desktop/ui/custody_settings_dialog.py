"""The office's custody-review periods (DOMAIN.md §5.3, open question 5): the days for a
decision on an application and for the reply to a recommendation, and whether these periods
are custody periods (no holiday extension, the default) or ordinary ones."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop.domain.custody_review import CustodySettings
from desktop.services.custody_settings import read_settings, save_settings
from desktop.services.errors import ValidationFailed
from desktop.ui import custody_labels as cl

_DAYS = ("decision_days", "prosecution_decision_days", "reply_days", "notice_days")


class CustodySettingsDialog(QDialog):
    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("custodySettingsDialog")
        self._office = office
        current = read_settings(office.reader)
        self.spins: dict[str, QSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in _DAYS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(1, 60)
            spin.setValue(getattr(current, name))
            label = QLabel(self)
            label.setBuddy(spin)
            self.spins[name], self._labels[name] = spin, label
            form.addRow(label, spin)
        self.custody = QCheckBox(self)
        self.custody.setObjectName("custodyPeriods")
        self.custody.setChecked(current.custody_periods)
        form.addRow(self.custody)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
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

    def chosen(self) -> CustodySettings:
        return CustodySettings(**{n: s.value() for n, s in self.spins.items()},
                               custody_periods=self.custody.isChecked())

    def submit(self) -> None:
        try:
            save_settings(self._office, self.chosen())
        except ValidationFailed as exc:
            self.error.setText("\n".join(cl.error_message(e) for e in exc.errors))
            self.error.show()
            return
        self.accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Custody-review periods"))
        texts = {
            "decision_days": self.tr("&Decision on an application (days):"),
            "prosecution_decision_days": self.tr("Decision at the &prosecution stage (days):"),
            "reply_days": self.tr("&Reply to a recommendation (days):"),
            "notice_days": self.tr("Result to the &applicant (days):"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.custody.setText(self.tr("These are &custody periods: not extended over holidays"))
        self.explain.setText(self.tr(
            "The law does not settle whether the reply period is a custody period; the person "
            "is in custody, so by default it ends on its calendar day (CPL Art. 105). The "
            "decision periods follow the 2023 rules as quoted by secondary sources; the period "
            "for the result notice is this office's choice. Changes apply to new periods."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
