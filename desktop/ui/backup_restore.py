"""Restoring a backup from the window: the database must be closed while it is replaced (the
restore takes the one-program lock itself), so the window lets go of it, the restore runs in
a worker behind a progress dialog, and the database — restored, or untouched when the restore
was refused — is opened again in the same window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.backup_labels import backup_error_text


def restore_in_window(window, backup: str, passphrase: str | None) -> bool:
    """True when the backup was restored and the window shows it."""
    from desktop.security.keystore import KeyStoreError
    from desktop.services.backups import BackupError, restore_backup
    from desktop.services.office import DatabaseError
    from desktop.ui.opening import open_database
    from desktop.ui.worker import run_with_progress

    from desktop.services.backups import check_may_restore
    from desktop.services.errors import PermissionDenied
    from desktop.ui.users_labels import denied_text

    translate = QCoreApplication.translate
    title = translate("Backups", "Restore a backup")
    try:  # replacing the database replaces everyone's work: an administrator's decision
        check_may_restore(window.opened.office)
    except PermissionDenied as exc:
        QMessageBox.warning(window, title, denied_text(exc))
        return False
    agent = getattr(window, "sync_agent", None)
    if agent is not None and agent.is_busy() or (window.backup_agent is not None
                                                 and window.backup_agent.is_busy()):
        QMessageBox.information(window, title, translate(
            "Backups", "A backup or a sync is running; try again when it has finished."))
        return False
    if agent is not None:
        agent.stop()
    path = Path(window.opened.office.db.path)
    window.opened.office.close()
    window.opened.lock.release()
    error = result = None
    try:
        result = run_with_progress(
            window, translate("Backups", "Checking and restoring the backup…"),
            lambda progress: restore_backup(path, Path(backup), passphrase=passphrase),
            title=title)
    except (BackupError, KeyStoreError, DatabaseError, OSError) as exc:
        error = exc
    opened = open_database(path, window, allow_setup=False)
    if opened is None:  # the message was shown; nothing more this window can do
        window.close()
        return False
    window.replace_opened(opened)
    if error is not None:
        QMessageBox.warning(window, title, translate(
            "Backups", "Not restored; the database was not changed.") + "\n\n"
            + backup_error_text(error))
        return False
    kept = str(result.kept) if result.kept else ""
    text = translate("Backups", "The backup was restored.")
    if kept:
        text += " " + translate("Backups", "The database it replaced was kept as %1.").replace(
            "%1", kept)
    window.statusBar().showMessage(text, 20000)
    QMessageBox.information(window, title, text)
    return True
