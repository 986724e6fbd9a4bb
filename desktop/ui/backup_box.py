"""Settings group "Backups" (备份): the folder (another disk, a USB stick), how many to keep,
the last backup, "Back up now" and "Restore…". A restore replaces the open database, so the
window does it (ui/backup_restore.py): it closes the database, restores, and opens it again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget)

from desktop.ui import settings
from desktop.ui.backup_agent import backup_folder
from desktop.ui.backup_labels import backup_error_text
from desktop.ui.context import AppContext


def local_time(at) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else ""


class BackupBox(QGroupBox):
    restore_requested = Signal(str, object)  # the backup file, its key's passphrase or None

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupBox")
        self._context = context
        self.agent = None
        self.status = None  # services.backups.BackupStatus once shown

        self.folder = QLabel(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseBackupFolderButton")
        self.default_button = QPushButton(self)
        self.default_button.setObjectName("defaultBackupFolderButton")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.last = QLabel(self)
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_note = QLabel(self)
        self.key_note.setObjectName("backupKeyNote")
        self.key_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("backupProblem")
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNowButton")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackupButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        self.key_button = QPushButton(self)
        self.key_button.setObjectName("saveBackupKeyButton")
        buttons.addWidget(self.key_button)
        buttons.addStretch(1)
        self._captions = [QLabel(self) for _ in range(3)]
        self._captions[1].setBuddy(self.keep)
        form = QFormLayout(self)
        form.addRow(self._captions[0], folder_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        form.addRow(self._captions[1], keep_row)
        form.addRow(self._captions[2], self.last)
        form.addRow(self.key_note)
        form.addRow(self.problem)
        form.addRow(buttons)

        self.keep.setValue(int(settings.get(settings.BACKUP_KEEP)))
        self.keep.valueChanged.connect(lambda n: settings.put(settings.BACKUP_KEEP, int(n)))
        self.choose_button.clicked.connect(self._choose_folder)
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._choose_backup)
        self.key_button.clicked.connect(self._save_key)
        context.office_changed.connect(self._office_changed)
        self.retranslateUi()

    # -- state -----------------------------------------------------------------------------
    def set_agent(self, agent) -> None:
        self.agent = agent
        agent.finished.connect(self._backup_finished)

    def refresh(self) -> None:
        from desktop.services.backups import backup_status

        self.status = backup_status(self._context.office)
        self._show()

    def _office_changed(self) -> None:
        if self.status is not None:
            self.refresh()

    def showEvent(self, event) -> None:
        if self.status is None:
            self.refresh()
        super().showEvent(event)

    def _show(self) -> None:
        chosen = settings.get(settings.BACKUP_FOLDER)
        text = str(backup_folder())
        self.folder.setText(text if chosen else self.tr("%1 (the default)").replace("%1", text))
        self.default_button.setEnabled(bool(chosen))
        busy = self.agent is not None and self.agent.is_busy()
        self.backup_button.setEnabled(not busy)
        self.backup_button.setText(self.tr("Backing up…") if busy else self.tr("&Back up now"))
        status = self.status
        self.key_button.setEnabled(status is not None and status.key_id is not None
                                   and status.key_location is not None)
        if status is None:
            return
        if status.last_at is None:
            self.last.setText(self.tr("none yet"))
        else:
            self.last.setText(self.tr("%1 — %2").replace("%1", local_time(status.last_at))
                              .replace("%2", Path(status.last_file).name))
        if status.key_id is None:
            note = (self.tr("The backup key is made with the first backup and kept in this "
                            "computer's keyring.") if status.keyring_available else
                    self.tr("This computer has no keyring: the first backup asks for a "
                            "passphrase that protects the backup key. Restoring asks for it."))
        elif status.key_location == "keyring":
            note = self.tr("Backups are encrypted; the key to open them is in this computer's "
                           "keyring (key %1).").replace("%1", status.key_id)
        elif status.key_location == "file":
            note = self.tr("Backups are encrypted; the key to open them is in a file protected "
                           "by a passphrase (key %1).").replace("%1", status.key_id)
        else:
            note = self.tr("Backups are encrypted with key %1, which this computer does not "
                           "hold: they can be restored only where it is kept.").replace(
                "%1", status.key_id)
        self.key_note.setText(note)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- folder ----------------------------------------------------------------------------
    def set_folder(self, folder: str) -> None:
        settings.put(settings.BACKUP_FOLDER, folder)
        self._show()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  str(backup_folder()))
        if folder:
            self.set_folder(folder)

    # -- backing up ------------------------------------------------------------------------
    def back_up_now(self) -> bool:
        if self.agent is None:
            return False
        if self.status is None:
            self.refresh()
        passphrase = None
        if self.status.key_id is None and not self.status.keyring_available:
            passphrase = self._new_passphrase()
            if passphrase is None:
                return False
        self.show_problem("")
        started = self.agent.backup_now(passphrase)
        self._show()
        return started

    def _new_passphrase(self) -> str | None:
        from desktop.ui.key_passphrase import PassphraseDialog

        dialog = PassphraseDialog(self)
        dialog.setWindowTitle(self.tr("Passphrase for the backup key"))
        dialog.fields.explanation.setText(self.tr(
            "This computer has no keyring, so the key that opens the backups is kept in a file "
            "encrypted with a passphrase. Backups are written without it; restoring one asks "
            "for it. Choose one of at least 8 characters and keep it safe: without it the "
            "backups cannot be opened."))
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        return dialog.passphrase

    def _backup_finished(self, result, error) -> None:
        self.show_problem(backup_error_text(error) if error is not None else "")
        if self.status is not None or self.isVisible():
            self.refresh()

    # -- the key for another computer ------------------------------------------------------
    def _save_key(self) -> None:
        from desktop.ui.key_passphrase import PassphraseDialog

        dialog = PassphraseDialog(self)
        dialog.setWindowTitle(self.tr("Save the backup key"))
        dialog.fields.explanation.setText(self.tr(
            "The backups can be opened only with the backup key, which is on this computer. "
            "Save it as a file protected by a passphrase and keep the file and the passphrase "
            "apart from this computer (a safe, the office's IT contact): if this computer's "
            "disk is lost, they restore the backups on another one."))
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        current = None
        if self.status.key_location == "file":
            current, ok = QInputDialog.getText(
                self, self.tr("Save the backup key"), self.tr("Passphrase of the backup key:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the backup key"),
            str(backup_folder() / f"backup-key-{self._context.office.unit_code}.zjbackupkey"),
            self.tr("Backup key (*.zjbackupkey)"))
        if path:
            self.save_key(path, dialog.passphrase, current)

    def save_key(self, path: str, passphrase: str, current: str | None = None) -> bool:
        from desktop.security.keystore import KeyStoreError
        from desktop.services.backups import BackupError, export_backup_key

        try:
            export_backup_key(self._context.office, Path(path), passphrase,
                              current_passphrase=current)
        except (BackupError, KeyStoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save the backup key"), backup_error_text(exc)
                                if not isinstance(exc, OSError) else str(exc))
            return False
        QMessageBox.information(self, self.tr("Save the backup key"), self.tr(
            "The backup key was saved as %1. Keep it and its passphrase away from this "
            "computer.").replace("%1", path))
        return True

    # -- restoring -------------------------------------------------------------------------
    def _choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(backup_folder()),
            self.tr("Zhenjian backups (*.zjbak);;All files (*)"))
        if path:
            self.ask_restore(path)

    def ask_restore(self, path: str) -> bool:
        """Show what the backup holds, explain what restoring does, ask for the passphrase
        where the key needs one; then `restore_requested`."""
        from desktop.services.backups import BackupError, inspect_backup

        try:
            header = inspect_backup(Path(path))
        except (BackupError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), backup_error_text(exc))
            return False
        from datetime import datetime

        try:
            made = local_time(datetime.fromisoformat(header.get("created_at", "")))
        except ValueError:
            made = "?"
        question = self.tr(
            "Restore the backup made %1 of %2 (%3 audit entries)?\n\nZhenjian Desk closes this "
            "database, checks the backup (integrity and audit chain), puts it in place of the "
            "database and opens it again. The database it replaces is kept next to it under a "
            "name with “replaced” and the time; whatever was entered after the backup is only "
            "there.").replace("%1", made).replace("%2", str(header.get("unit_name", ""))) \
            .replace("%3", str(header.get("audit_entries", "?")))
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        passphrase = None
        if self.status is None:
            self.refresh()
        if self.status.key_location == "file":
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Restore a backup"), self.tr("Passphrase of the backup key:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        self.restore_requested.emit(path, passphrase)
        return True

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Backups"))
        for label, text in zip(self._captions, (self.tr("Folder:"), self.tr("&Keep the last:"),
                                                self.tr("Last backup:"))):
            label.setText(text)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setToolTip(self.tr("Older backups of this database in the folder are "
                                     "removed after each new one."))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.default_button.setText(self.tr("De&fault"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.key_button.setText(self.tr("&Save the key for another computer…"))
        self.folder.setToolTip(self.tr("Another disk or a USB stick keeps the backups safe "
                                       "when this computer's disk fails."))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
