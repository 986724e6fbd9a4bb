"""What to tell the user when a database file cannot be used, by the error's stable code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def database_error_text(exc: Exception) -> str:
    code = getattr(exc, "code", "")
    details = getattr(exc, "details", {}) or {}
    path = details.get("path", "")
    if code == "too_new":
        text = translate("DatabaseMessages",
                         "The database %1 was written by a newer version of Zhenjian Desk. "
                         "Install that version or a newer one to open it; the file has not "
                         "been changed.")
    elif code == "not_a_database":
        text = translate("DatabaseMessages",
                         "The file %1 is not a Zhenjian Desk database (it may be damaged or "
                         "another kind of file).")
    elif code == "incomplete":
        text = translate("DatabaseMessages",
                         "The database %1 has no procuratorate or no officer set up. Use "
                         "\"zhenjian init\" or choose another file.")
    elif code == "empty":
        text = translate("DatabaseMessages", "There is no database at %1 yet.")
    elif code == "in_use":
        text = translate("DatabaseMessages",
                         "The database %1 is already open in another copy of Zhenjian Desk. "
                         "Close that copy first.")
        path = path[:-5] if path.endswith(".lock") else path
    elif code == "exists":
        text = translate("DatabaseMessages", "The file %1 already holds a database.")
    elif code == "disk_full":
        text = translate("DatabaseMessages",
                         "Not saved: the disk holding the database %1 is full. Nothing saved "
                         "before was lost. Free some space (or move the database to a larger "
                         "disk), then save again.")
    elif code == "read_only":
        text = translate("DatabaseMessages",
                         "Not saved: the database %1 cannot be written (a read-only file, "
                         "folder or medium). Nothing saved before was lost. Make it writable, "
                         "then save again.")
    elif code == "upgrade_damaged":
        text = translate("DatabaseMessages",
                         "Upgrading the database failed its integrity check. The copy made "
                         "before the upgrade is %1.")
        path = details.get("backup", "")
    else:
        text = translate("DatabaseMessages", "The database %1 cannot be opened: %2")
        return text.replace("%1", str(path)).replace("%2", str(exc))
    return text.replace("%1", str(path))


def write_error_title() -> str:
    return translate("DatabaseMessages", "Not saved")


def database_error_title() -> str:
    return translate("DatabaseMessages", "Zhenjian Desk cannot open the database")
