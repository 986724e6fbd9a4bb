"""The log-in at start (an office with several accounts): user name and password of one of
this office's own accounts. Refusals say plainly what happened — a wrong password with the
attempts left, or a locked account with the minutes until it opens again."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from desktop.services import accounts
from desktop.services.office import Office
from desktop.ui.users_labels import login_refused_text

ERROR_STYLE = "QLabel { color: #b71c1c; }"


class LoginDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._office = office
        self.office: Office | None = None  # the logged-in office, once accepted
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("loginUnit")
        self.unit_label.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.username = QLineEdit(self)
        self.username.setObjectName("loginUsername")
        self.username.setMaxLength(32)
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self._user_label, self._password_label = QLabel(self), QLabel(self)
        self._user_label.setBuddy(self.username)
        self._password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self._user_label, self.username)
        form.addRow(self._password_label, self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_log_in)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.unit_label)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()
        self.retranslateUi()

    def try_log_in(self) -> bool:
        try:
            self.office = accounts.log_in(self._office, self.username.text(),
                                          self.password.text())
        except accounts.LoginRefused as exc:
            self.message.setText(login_refused_text(exc))
            self.message.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log in — Zhenjian Desk"))
        self.unit_label.setText(self._office.unit_name)
        self._user_label.setText(self.tr("&User name:"))
        self._password_label.setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def log_in(office: Office, parent: QWidget | None = None) -> Office | None:
    """The office with the logged-in user, or None when the user gave up."""
    dialog = LoginDialog(office, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.office
    return None
