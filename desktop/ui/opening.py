"""Opening a database file from the UI: take the one-program lock, open (upgrading an older
file after a backup), or run the set-up wizard when the file holds no database yet. Problems
become a translated message box; the caller just gets None."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.office import (DatabaseError, Office, claim_database, needs_upgrade,
                                     open_office)

from desktop.ui.db_messages import database_error_text, database_error_title


@dataclass
class OpenedDatabase:
    office: Office
    lock: "InstanceLock"  # from services.office.claim_database
    backup: Path | None = None  # where the pre-upgrade copy went, if the file was upgraded
    created: bool = False  # made just now by the set-up wizard

    def close(self) -> None:
        self.office.close()
        self.lock.release()


# A file that is no (longer a) usable database: a backup may bring it back.
RESTORABLE = frozenset({"not_a_database", "incomplete", "upgrade_damaged"})


def show_database_error(parent: QWidget | None, exc: Exception, *,
                        offer_restore: bool = False) -> bool:
    """The message; with `offer_restore` also a "Restore from a backup…" button. True when
    the officer pressed it."""
    from PySide6.QtWidgets import QMessageBox

    if not offer_restore:
        QMessageBox.critical(parent, database_error_title(), database_error_text(exc))
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, database_error_title(),
                      database_error_text(exc), QMessageBox.StandardButton.Close, parent)
    restore = box.addButton(QCoreApplication.translate("Opening", "Restore from a backup…"),
                            QMessageBox.ButtonRole.ActionRole)
    box.exec()
    return box.clickedButton() is restore


def restore_at_start(path: Path, parent: QWidget | None = None,
                     backup: str | None = None) -> bool:
    """Replace a database that does not open with a backup the officer picks (the restore
    checks it whole first and keeps the replaced file). True when it was restored."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.security.keystore import KeyStoreError
    from desktop.services.backups import BackupError, restore_backup
    from desktop.ui.backup_labels import backup_error_text
    from desktop.ui.key_passphrase import with_passphrase
    from desktop.ui.worker import run_with_progress

    translate = QCoreApplication.translate
    title = translate("Opening", "Restore from a backup")
    if backup is None:
        backup, _ = QFileDialog.getOpenFileName(
            parent, title, "", translate("Opening", "Backups (*.zjbak);;All files (*)"))
        if not backup:
            return False
    try:
        result = with_passphrase(
            parent, title, translate("Opening", "Passphrase of the backup key:"),
            translate("Opening", "Wrong passphrase. Passphrase of the backup key:"),
            lambda passphrase: run_with_progress(
                parent, translate("Opening", "Checking and restoring the backup…"),
                lambda _progress: restore_backup(path, Path(backup), passphrase=passphrase)))
    except KeyStoreError as exc:
        QMessageBox.warning(parent, title, backup_error_text(exc))
        return False
    except (BackupError, DatabaseError, OSError) as exc:
        QMessageBox.warning(parent, title, translate(
            "Opening", "Not restored; nothing was changed.") + "\n\n"
            + backup_error_text(exc))
        return False
    if result is None:  # the passphrase was not given
        return False
    text = translate("Opening", "The backup was restored.")
    if result.kept:
        text += " " + translate("Opening", "The file it replaced was kept as %1.") \
            .replace("%1", str(result.kept))
    QMessageBox.information(parent, title, text)
    return True


def open_database(path: Path | str, parent: QWidget | None = None, *,
                  allow_setup: bool = True) -> OpenedDatabase | None:
    """Open `path` for this window, or explain why not and return None."""
    path = Path(path)
    try:
        lock = claim_database(path)
    except DatabaseError as exc:
        show_database_error(parent, exc)
        return None
    try:
        if needs_upgrade(path):
            from desktop.ui.worker import run_with_progress

            office = run_with_progress(
                parent, QCoreApplication.translate(
                    "Opening", "Upgrading the database for this version of the program. A "
                    "backup copy is made first; this may take a minute…"),
                lambda progress: open_office(path))
        else:
            office = open_office(path)
        from desktop.services.accounts import login_required

        if login_required(office.reader):  # several accounts: who is at the keyboard?
            from desktop.ui.login_dialog import log_in

            logged_in = log_in(office, parent)
            if logged_in is None:
                office.close()
                lock.release()
                return None
            office = logged_in
        return OpenedDatabase(office, lock, office.upgrade_backup)
    except DatabaseError as exc:
        if exc.code == "empty" and allow_setup:
            office = run_setup_wizard(path, parent)
            if office is not None:
                return OpenedDatabase(office, lock, created=True)
        elif exc.code in RESTORABLE and path.is_file():
            lock.release()  # the restore takes the lock itself
            if show_database_error(parent, exc, offer_restore=True) \
                    and restore_at_start(path, parent):
                return open_database(path, parent, allow_setup=allow_setup)
            return None
        else:
            show_database_error(parent, exc)
    lock.release()
    return None


def run_setup_wizard(path: Path, parent: QWidget | None = None) -> Office | None:
    from desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(path, parent)
    if wizard.exec() == QDialog.DialogCode.Accepted:
        return wizard.office
    if wizard.office is not None:  # created, then the dialog was closed some other way
        return wizard.office
    return None
