"""承办人变更: the small dialog of the request detail view — another of the office's own
officers (the current one left out) and the reason — which calls
services.officer_change.reassign_officer; the service checks everything again."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from desktop.services import officer_change
from desktop.services.errors import NotFound, ValidationFailed
from desktop.ui.context import AppContext
from desktop.ui.field_messages import error_message


class OfficerChangeDialog(QDialog):
    def __init__(self, context: AppContext, request_id: str, current_officer_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officerChangeDialog")
        self._context = context
        self.request_id = request_id
        self.officer = QComboBox(self)
        self.officer.setObjectName("officerCombo")
        for uid, name in officer_change.own_officers(context.office):
            if uid != current_officer_id:
                self.officer.addItem(name, uid)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setFixedHeight(80)
        self.reason.setMinimumWidth(320)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.officer_label = QLabel(self)
        self.reason_label = QLabel(self)
        self.form.addRow(self.officer_label, self.officer)
        self.form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.officer.count() > 0)
        self.retranslateUi()

    def save(self) -> None:
        try:
            officer_change.reassign_officer(
                self._context.office, self.request_id, self.officer.currentData() or "",
                reason=self.reason.toPlainText(), today=self._context.today())
        except ValidationFailed as exc:
            self.error.setText("\n".join(self._message(e) for e in exc.errors))
            self.error.show()
            return
        except NotFound:
            self.error.setText(self.tr("This request no longer exists."))
            self.error.show()
            return
        self._context.notify_changed()
        self.accept()

    def _message(self, e) -> str:
        own = {
            "required": self.tr("Give the reason for the change"),
            "officer.not_staff": self.tr("Choose an active officer of this office"),
            "officer.same": self.tr("This officer already handles the request"),
            "request.concluded": self.tr(
                "Every review of this request is concluded or withdrawn; its officer stays"),
            "request.not_own": self.tr("Another office's request is read-only here"),
        }
        return own.get(e.code) or error_message(e)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change handling officer"))
        self.officer_label.setText(self.tr("New officer in charge:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("e.g. leave, a conflict of interest, workload"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
