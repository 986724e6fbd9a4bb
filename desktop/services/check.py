"""`zhenjian check`: is the database sound, and is the audit chain whole?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.audit import AUDIT_ISSUED_KEY, verify_chain
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
    """Check a SQLite file, or an upper office's PostgreSQL database given by its URL."""
    db = Database(path)
    db.check_openable()  # refuses a database from a newer version, or a file that is not SQLite
    if not db.is_sqlite:
        return _check_postgres(db)
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


def _check_postgres(db: Database) -> CheckReport:
    """The server keeps its own pages sound (there is no integrity_check to run); what is
    checked is that every foreign key finds its row and that the audit chain is whole."""
    from desktop.store.postgres import foreign_key_faults

    report = CheckReport(db.label)
    try:
        with db.engine().connect() as conn:
            report.integrity = foreign_key_faults(conn)
    finally:
        db.dispose()
    reader = db.read_connection()
    try:
        # The high-water mark first: entries committed meanwhile can only lengthen the chain.
        row = reader.execute("SELECT value FROM app_meta WHERE key = ?",
                             (AUDIT_ISSUED_KEY,)).fetchone()
        count, faults = verify_chain(reader, issued=int(row[0]) if row else 0)
        report.audit_entries = count
        report.audit_faults = [f.message for f in faults]
    finally:
        reader.close()
    return report
