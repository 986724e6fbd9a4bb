"""The settings page's "Accounts" box: one's own password for everyone; for administrators
the log-in policy (asked at start or not), the idle time before the window locks, and the
user accounts."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QWidget)

from desktop.domain import permissions as p
from desktop.services import accounts
from desktop.services.errors import ValidationFailed
from desktop.ui.context import AppContext
from desktop.ui.users_labels import error_message, roles_text


class AccountsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountsBox")
        self._context = context
        self.roles_label = QLabel(self)
        self.roles_label.setWordWrap(False)  # wrapped, the form cut its second line
        self.login_check = QCheckBox(self)
        self.login_check.setObjectName("loginRequired")
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setRange(0, accounts.MAX_IDLE_MINUTES)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("changeOwnPassword")
        self.users_button = QPushButton(self)
        self.users_button.setObjectName("manageUsers")
        self._roles_caption, self._idle_caption = QLabel(self), QLabel(self)
        self._idle_caption.setBuddy(self.idle_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.users_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._roles_caption, self.roles_label)
        form.addRow(self.login_check)
        form.addRow(self._idle_caption, self.idle_spin)
        form.addRow(buttons)
        self.login_check.toggled.connect(self._login_chosen)
        self.idle_spin.editingFinished.connect(self._idle_chosen)
        self.password_button.clicked.connect(self.change_own_password)
        self.users_button.clicked.connect(self.manage_users)
        context.office_changed.connect(self.refresh)
        self.refresh()
        self.retranslateUi()

    def refresh(self) -> None:
        office = self._context.office
        admin = office.may(p.MANAGE_USERS)
        self.roles_label.setText(roles_text(office.roles))
        self.login_check.blockSignals(True)
        self.login_check.setChecked(accounts.login_required(office.reader))
        self.login_check.blockSignals(False)
        self.login_check.setEnabled(office.may(p.SETTINGS))
        self.idle_spin.setValue(accounts.idle_lock_minutes(office.reader))
        self.idle_spin.setEnabled(office.may(p.SETTINGS) and self.login_check.isChecked())
        self.users_button.setVisible(admin)

    def _refused(self, exc: ValidationFailed) -> None:
        QMessageBox.warning(self, self.title(), "\n".join(error_message(e)
                                                          for e in exc.errors))

    def _login_chosen(self, on: bool) -> None:
        try:
            accounts.set_login_required(self._context.office, on)
        except ValidationFailed as exc:
            self._refused(exc)
        self.refresh()
        self._context.notify_changed()  # the window's lock reads the policy again

    def _idle_chosen(self) -> None:
        value = self.idle_spin.value()
        if value == accounts.idle_lock_minutes(self._context.reader):
            return
        try:
            accounts.set_idle_lock_minutes(self._context.office, value)
        except ValidationFailed as exc:
            self._refused(exc)
        self.refresh()
        self._context.notify_changed()

    def change_own_password(self) -> None:
        from desktop.ui.users_dialog import PasswordDialog

        PasswordDialog(self._context.office, None, self).exec()

    def manage_users(self):
        from desktop.ui.users_dialog import UsersDialog

        dialog = UsersDialog(self._context.office, self)
        dialog.exec()
        self.refresh()
        self._context.notify_changed()
        return dialog

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Accounts"))
        self._roles_caption.setText(self.tr("Your roles:"))
        self.login_check.setText(self.tr("Ask for a user name and password at start (needed "
                                         "once several people use the program)"))
        self._idle_caption.setText(self.tr("&Lock the window after (minutes without input, "
                                           "0 = never):"))
        self.password_button.setText(self.tr("Change my &password…"))
        self.users_button.setText(self.tr("User &accounts…"))
        self.roles_label.setText(roles_text(self._context.office.roles))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
