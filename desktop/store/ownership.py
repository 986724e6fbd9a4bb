"""Who may write a record: only the unit that owns it (DESIGN §3). The refusal lives here,
apart from capture.py, so the services can hand it to the UI without importing SQLAlchemy."""
from __future__ import annotations


class ForeignRecordReadOnly(Exception):
    """An insert, change or tombstone through the ORM of a synced record owned by another
    unit: an upper office holds its units' records as they sent them, read-only. (Sync apply
    writes with plain SQL and never meets this check.)"""

    def __init__(self, table: str, record_id: str, owner: str, office: str):
        super().__init__(f"{table} {record_id} belongs to unit {owner}, not to {office}")
        self.table, self.record_id, self.owner, self.office = table, record_id, owner, office
