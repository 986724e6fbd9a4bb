"""`zhenjian check`: is the database sound, and is the audit chain whole?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.audit import AUDIT_ISSUED_KEY, ChainFault, verify_chain
from desktop.store.database import Database
from desktop.store.sqlite import connect


# What each kind of break means, for the administrator reading `zhenjian check`.
_EXPLAIN = {
    "hash": "its content no longer matches its hash: it was edited after it was written",
    "link": "it does not carry the hash of the entry before it: that entry was re-hashed, "
            "or entries were reordered or replaced",
    "gap": "the entries before it were deleted",
    "start": "the chain does not begin at entry 1",
    "tail": "the newest entries were deleted (higher ids were issued than the chain holds)",
}


def describe_fault(fault: ChainFault) -> str:
    """'first broken link at entry 5 (hash): audit entry 5 was altered … — what it means'."""
    where = f"entry {fault.entry_id}" if fault.entry_id is not None else "an unknown entry"
    return (f"first broken link at {where} ({fault.code}): {fault.message}; "
            f"{_EXPLAIN.get(fault.code, '')}").rstrip("; ")


@dataclass
class CheckReport:
    path: str
    integrity: list[str] = field(default_factory=list)  # empty when PRAGMA integrity_check is ok
    audit_entries: int = 0
    audit_faults: list[str] = field(default_factory=list)
    first_broken: int | None = None  # the entry id where the chain first breaks
    fault_code: str = ""  # ChainFault.code of that break

    def note_chain(self, count: int, faults: list[ChainFault]) -> None:
        self.audit_entries = count
        self.audit_faults = [describe_fault(f) for f in faults]
        if faults:
            self.first_broken, self.fault_code = faults[0].entry_id, faults[0].code

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
        report.note_chain(*verify_chain(conn))
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
        report.note_chain(*verify_chain(reader, issued=int(row[0]) if row else 0))
    finally:
        reader.close()
    return report
