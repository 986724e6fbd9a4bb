"""`zhenjian check`: is the file sound, and is the audit chain whole?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.audit import verify_chain
from desktop.store.database import Database
from desktop.store.sqlite import connect


@dataclass
class CheckReport:
    path: str
    integrity: list[str] = field(default_factory=list)  # empty when PRAGMA integrity_check is ok
    audit_entries: int = 0
    audit_faults: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.audit_faults


def check_database(path: Path | str) -> CheckReport:
    db = Database(path)
    db.check_openable()  # refuses a file from a newer version, or one that is not SQLite
    report = CheckReport(str(path))
    conn = connect(path, readonly=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        report.integrity = [] if rows == ["ok"] else rows
        report.integrity += [f"{r[0]} row {r[1]} refers to a missing {r[2]} row"
                             for r in conn.execute("PRAGMA foreign_key_check")]
        count, faults = verify_chain(conn)
        report.audit_entries = count
        report.audit_faults = [f.message for f in faults]
    finally:
        conn.close()
    return report
