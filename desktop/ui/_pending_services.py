"""Service functions the UI needs that desktop/services does not have yet. No Qt here: each
function belongs in desktop/services (named below) and only waits to be moved there.

* open_office_reporting_backup → desktop/services/office.py (open_office could return or
  record the backup path of an automatic upgrade)
* unit_info → desktop/services/office.py or arrest_queries.py
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.office import Office, open_office
from desktop.store.database import Database


def open_office_reporting_backup(path: Path | str) -> tuple[Office, Path | None]:
    """open_office, but an older database is upgraded here first so that the caller learns
    where the backup copy went. Raises DatabaseError like open_office."""
    db = Database(path)
    backup = None
    if db.check_openable() == "older":
        backup = db.upgrade_if_needed()
        db.dispose()
    return open_office(path), backup


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    abbr: str
    upper_name: str


def unit_info(conn, unit_code: str) -> UnitInfo:
    row = conn.execute("SELECT code, name, abbr, parent_code FROM units WHERE code = ?",
                       (unit_code,)).fetchone()
    if row is None:
        return UnitInfo(unit_code, "", "", "")
    upper = conn.execute(
        "SELECT name FROM units WHERE level = 'upper' AND (code = ? OR ? IS NULL) "
        "AND deleted_at IS NULL ORDER BY created_at LIMIT 1", (row[3], row[3])).fetchone()
    return UnitInfo(row[0], row[1], row[2] or "", upper[0] if upper else "")
