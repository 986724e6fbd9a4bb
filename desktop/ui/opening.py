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


def show_database_error(parent: QWidget | None, exc: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, database_error_title(), database_error_text(exc))


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
