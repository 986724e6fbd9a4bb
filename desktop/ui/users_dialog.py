"""User administration (administrators): this office's accounts with their roles, state and
lock-outs; add an account, change its roles, reset its password, deactivate or activate it.
And the dialog in which every user changes their own password."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.domain import permissions as p
from desktop.services import accounts
from desktop.services.errors import FieldError, ValidationFailed
from desktop.ui.users_labels import error_message, role_name, roles_text

ERROR_STYLE = "QLabel { color: #b71c1c; }"


def _roles_for_level(office) -> tuple[str, ...]:
    level = office.meta("mode", "grassroots")
    return p.ALL_ROLES if level == "upper" else p.GRASSROOTS_ROLES


def _password_field(parent) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A small form whose service errors appear under the fields they concern."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.errors = QLabel(self)
        self.errors.setObjectName("formErrors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.errors)
        column.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def show_errors(self, errors: list[FieldError]) -> None:
        self.errors.setText("\n".join(error_message(e) for e in errors))
        self.errors.setVisible(bool(errors))

    def _save(self) -> None:
        try:
            self.save()
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class _RoleChecks(QWidget):
    def __init__(self, roles: tuple[str, ...], chosen=frozenset(), parent=None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for role in roles:
            box = QCheckBox(self)
            box.setObjectName(f"role_{role}")
            box.setChecked(role in chosen)
            column.addWidget(box)
            self.boxes[role] = box
        self.retranslateUi()

    def chosen(self) -> frozenset[str]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())

    def retranslateUi(self) -> None:
        for role, box in self.boxes.items():
            box.setText(role_name(role))


def _check_repeat(first: QLineEdit, second: QLineEdit) -> None:
    if first.text() != second.text():
        raise ValidationFailed([FieldError("password_repeat", "password.mismatch",
                                           "the two passwords differ")])


class AddUserDialog(_FormDialog):
    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self._office = office
        self.user_id: str | None = None
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.roles = _RoleChecks(_roles_for_level(office), frozenset({p.OFFICER}), self)
        self.password = _password_field(self)
        self.password.setObjectName("password")
        self.repeat = _password_field(self)
        self.repeat.setObjectName("passwordRepeat")
        self._labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self._labels, (self.display_name, self.username, self.roles,
                                               self.password, self.repeat)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.retranslateUi()

    def save(self) -> None:
        _check_repeat(self.password, self.repeat)
        self.user_id = accounts.add_user(self._office, accounts.NewUser(
            self.username.text(), self.display_name.text(), self.roles.chosen(),
            self.password.text()))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        for label, text in zip(self._labels, (
                self.tr("&Name:"), self.tr("&User name:"), self.tr("&Roles:"),
                self.tr("Initial &password:"), self.tr("&Repeat the password:"))):
            label.setText(text)
        self.roles.retranslateUi()


class RolesDialog(_FormDialog):
    def __init__(self, office, user: accounts.UserRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rolesDialog")
        self._office, self._user = office, user
        self.roles = _RoleChecks(_roles_for_level(office), user.roles, self)
        self._label = QLabel(self)
        self.form.addRow(self._label, self.roles)
        self.retranslateUi()

    def save(self) -> None:
        accounts.set_roles(self._office, self._user.id, self.roles.chosen())

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", self._user.display_name))
        self._label.setText(self.tr("&Roles:"))
        self.roles.retranslateUi()


class PasswordDialog(_FormDialog):
    """A new password: the administrator's reset (`user` given) or one's own change (the
    present password asked first)."""

    def __init__(self, office, user: accounts.UserRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._office, self._user = office, user
        self.old = _password_field(self) if user is None else None
        self.new = _password_field(self)
        self.new.setObjectName("newPassword")
        self.repeat = _password_field(self)
        self.repeat.setObjectName("passwordRepeat")
        self._labels = []
        if self.old is not None:
            self.old.setObjectName("oldPassword")
            self._labels.append(QLabel(self))
            self.form.addRow(self._labels[-1], self.old)
        for field in (self.new, self.repeat):
            self._labels.append(QLabel(self))
            self.form.addRow(self._labels[-1], field)
        self.retranslateUi()

    def save(self) -> None:
        _check_repeat(self.new, self.repeat)
        if self._user is None:
            accounts.change_own_password(self._office, self.old.text(), self.new.text())
        else:
            accounts.reset_password(self._office, self._user.id, self.new.text())

    def retranslateUi(self) -> None:
        texts = [self.tr("&New password:"), self.tr("&Repeat the new password:")]
        if self._user is None:
            self.setWindowTitle(self.tr("Change my password"))
            texts.insert(0, self.tr("&Present password:"))
        else:
            self.setWindowTitle(self.tr("Reset the password of %1")
                                .replace("%1", self._user.display_name))
        for label, text in zip(self._labels, texts):
            label.setText(text)


class UsersDialog(QDialog):
    """This office's accounts: the administrator's list."""

    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self._office = office
        self.users: list[accounts.UserRow] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("usersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button, self.roles_button, self.reset_button, self.active_button = (
            QPushButton(self) for _ in range(4))
        for button, name in ((self.add_button, "addUser"), (self.roles_button, "editRoles"),
                             (self.reset_button, "resetPassword"),
                             (self.active_button, "toggleActive")):
            button.setObjectName(name)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        side = QVBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button,
                       self.active_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addWidget(self.close_buttons)
        self.resize(820, 420)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.edit_roles)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()
        self.retranslateUi()

    def refresh(self) -> None:
        self.users = accounts.list_users(self._office.reader, self._office.unit_code)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            for column, text in enumerate((user.display_name, user.username,
                                           roles_text(user.roles), self._state(user))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _state(self, user: accounts.UserRow) -> str:
        if not user.active:
            return self.tr("Deactivated")
        from datetime import datetime, timezone

        now = datetime.now(timezone.utc).replace(tzinfo=None)
        if user.locked_until is not None and user.locked_until > now:
            local = user.locked_until.replace(tzinfo=timezone.utc).astimezone()
            return self.tr("Locked out until %1").replace("%1", local.strftime("%H:%M"))
        return self.tr("Active")

    def selected(self) -> accounts.UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, user_id: str) -> None:
        for row, user in enumerate(self.users):
            if user.id == user_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.roles_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("&Activate") if user is not None and not user.active
                                   else self.tr("&Deactivate"))

    def _after(self, dialog: QDialog, user_id: str | None = None) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            if user_id:
                self.select_user(user_id)

    def add_user(self) -> None:
        dialog = AddUserDialog(self._office, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_user(dialog.user_id)

    def edit_roles(self) -> None:
        user = self.selected()
        if user is not None:
            self._after(RolesDialog(self._office, user, self), user.id)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._after(PasswordDialog(self._office, user, self), user.id)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            accounts.set_active(self._office, user.id, not user.active)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                "\n".join(error_message(e) for e in exc.errors))
            return
        self.refresh()
        self.select_user(user.id)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("User accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("User name"),
                                              self.tr("Roles"), self.tr("State")])
        self.add_button.setText(self.tr("&New account…"))
        self.roles_button.setText(self.tr("&Roles…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.note.setText(self.tr("A second account switches the log-in on: from then on "
                                  "everyone starts the program with their user name and "
                                  "password. Accounts are never deleted; a deactivated "
                                  "account can no longer log in and keeps its name on its "
                                  "records."))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
