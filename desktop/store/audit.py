"""The audit log is a hash chain: each entry's hash covers its content and the previous
entry's hash, so editing or removing any entry breaks every link after it. Works on a plain
sqlite3 connection, so `zhenjian check` needs no ORM."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64
# PostgreSQL keeps the highest audit id and outbox number ever issued in `app_meta` under these
# keys (store/capture.py); SQLite's AUTOINCREMENT keeps them in `sqlite_sequence`.
AUDIT_ISSUED_KEY = "audit_issued"
OUTBOX_ISSUED_KEY = "outbox_issued"
PROGRESS_EVERY = 5000


def entry_hash(prev_hash: str, entry_id: int, at: str, user_name: str, action: str,
               table_name: str, row_id: str, version: int, detail: str) -> str:
    canonical = json.dumps(
        [entry_id, at, user_name, action, table_name, row_id, version, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainFault:
    entry_id: int | None
    code: str  # "hash" | "link" | "gap" | "tail" | "start"
    message: str


def verify_chain(conn, *, issued: int | None = None,
                 progress=None) -> tuple[int, list[ChainFault]]:
    """Walk the chain in id order. Returns (entries checked, faults: the first broken link and
    anything found before it). `issued` is the highest id ever issued; None reads SQLite's
    `sqlite_sequence` (a PostgreSQL caller passes its `app_meta` number). `progress(done)`,
    when given, is called every PROGRESS_EVERY entries; returning False stops the walk (the
    audit page's cancel button): the result then covers the entries walked so far."""
    faults: list[ChainFault] = []
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    rows = conn.execute(
        "SELECT id, at, user_name, action, table_name, row_id, version, detail, prev_hash, hash "
        "FROM audit_log ORDER BY id"
    )
    for row in rows:
        entry_id = row[0]
        count += 1
        if entry_id != expected_id:
            faults.append(ChainFault(entry_id, "gap" if entry_id > expected_id else "start",
                                     f"audit entries {expected_id}–{entry_id - 1} are missing"))
            return count, faults
        if row[8] != prev_hash:
            faults.append(ChainFault(entry_id, "link",
                                     f"audit entry {entry_id} does not follow entry {entry_id - 1}"))
            return count, faults
        if entry_hash(prev_hash, *row[:8]) != row[9]:
            faults.append(ChainFault(entry_id, "hash",
                                     f"audit entry {entry_id} was altered after it was written"))
            return count, faults
        prev_hash = row[9]
        expected_id += 1
        if progress is not None and count % PROGRESS_EVERY == 0 and progress(count) is False:
            return count, faults
    # AUTOINCREMENT remembers the highest id ever issued: a removed tail shows up here.
    if issued is None:
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
        issued = seq[0] if seq else 0
    if issued > count:
        faults.append(ChainFault(count + 1, "tail",
                                 f"audit entries {count + 1}–{issued} were removed"))
    return count, faults
