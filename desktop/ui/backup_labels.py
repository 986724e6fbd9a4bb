"""The officer's words for what went wrong with a backup or a restore, by the error's code
(services/backups: BackupError, the key store's KeyStoreError, DatabaseError)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_REASONS = {
    "missing": QT_TRANSLATE_NOOP(
        "Backups", "The backup folder %1 is not there (is the USB stick plugged in?)."),
    "full": QT_TRANSLATE_NOOP("Backups", "The disk of the backup folder %1 is full."),
    "read_only": QT_TRANSLATE_NOOP("Backups", "The backup folder %1 cannot be written."),
    "other": QT_TRANSLATE_NOOP("Backups", "The backup could not be written to %1."),
}

_CODES = {
    "no_key": QT_TRANSLATE_NOOP(
        "Backups", "Backups are not set up yet: this computer has no keyring, so the backup "
                   "key needs a passphrase. Use “Back up now” in Settings once."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Backups", "A PostgreSQL database is backed up on the server (pg_dump)."),
    "not_a_backup": QT_TRANSLATE_NOOP("Backups", "This file is not a Zhenjian Desk backup."),
    "format_newer": QT_TRANSLATE_NOOP(
        "Backups", "This backup was made by a newer version of Zhenjian Desk. Install that "
                   "version or a newer one to restore it."),
    "too_new": QT_TRANSLATE_NOOP(
        "Backups", "This backup holds a database of a newer version of Zhenjian Desk. Install "
                   "that version or a newer one to restore it."),
    "damaged": QT_TRANSLATE_NOOP(
        "Backups", "The backup file is damaged or incomplete (altered, or a copy that did not "
                   "finish)."),
    "forged": QT_TRANSLATE_NOOP(
        "Backups", "The backup does not verify: it was altered, or it was not made with this "
                   "office's backup key."),
    "wrong_key": QT_TRANSLATE_NOOP(
        "Backups", "The backup was made with another backup key than the one on this "
                   "computer."),
    "unsound": QT_TRANSLATE_NOOP(
        "Backups", "The database in the backup fails its integrity or audit-chain check."),
    "in_use": QT_TRANSLATE_NOOP(
        "Backups", "The database is open in another copy of Zhenjian Desk. Close it first."),
    # the key store
    "no_keyring": QT_TRANSLATE_NOOP(
        "Backups", "The backup key is kept in a file protected by a passphrase: enter it."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Backups", "The passphrase is wrong."),
    "missing": QT_TRANSLATE_NOOP(
        "Backups", "This computer does not hold this office's backup key."),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Backups", "The passphrase needs at least 8 characters."),
}


def backup_error_text(exc: Exception) -> str:
    translate = QCoreApplication.translate
    code = getattr(exc, "code", "")
    details = getattr(exc, "details", {}) or {}
    if code == "write_failed":
        source = _REASONS.get(details.get("reason", ""), _REASONS["other"])
        return translate("Backups", source).replace("%1", details.get("folder", ""))
    if code in ("disk_full", "read_only"):  # the audit entry of a backup, on the database
        from desktop.ui.db_messages import database_error_text

        return database_error_text(exc)
    source = _CODES.get(code)
    if code == "damaged" and not details and type(exc).__name__ == "KeyStoreError":
        source = QT_TRANSLATE_NOOP("Backups", "The backup key on this computer is damaged.")
    return translate("Backups", source) if source else str(exc)
