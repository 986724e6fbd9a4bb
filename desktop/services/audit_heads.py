"""The audit chain's head travelling up (审计链头): each package of changes carries the unit's
newest audit entry (id and hash) when it was made; the upper office keeps every head it
received in its sync log and raises an alarm when a unit's new head cannot extend the chain
it reported before — the same entry id with another hash, or a package made later that
reports an older head (the unit's history rewritten, or the unit restored from a backup).

Stored without a migration: in the `message` of the upper office's `sync_log` row of the
received package, as JSON `{"audit_head": {"id": …, "hash": …}, "created_at": …}`; the upper
office's own audit entry for the package (sync_receive._audit_package) repeats it, so the
record of what a unit reported is itself under the upper office's chain.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.store.audit import GENESIS

ALARM_KIND = "audit_rewritten"
_MARK = '{"audit_head"'


def chain_head(session) -> tuple[int, str]:
    """(id, hash) of this office's newest audit entry, read inside the caller's transaction
    (under the write lock, so no entry slips in between); (0, GENESIS) for an empty chain."""
    from sqlalchemy import text

    row = session.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


@dataclass(frozen=True)
class ReportedHead:
    entry_id: int
    hash: str
    created_at: str  # the package header's time, UTC ISO text


def log_message(head: tuple[int, str], created_at: str) -> str:
    """The sync log message that records a received head."""
    return json.dumps({"audit_head": {"id": head[0], "hash": head[1]}, "created_at": created_at},
                      separators=(",", ":"))


def reported_heads(session, unit: str) -> list[ReportedHead]:
    from desktop.store.sync_models import SyncLog

    out = []
    for (message,) in session.query(SyncLog.message).filter(
            SyncLog.peer_unit == unit, SyncLog.direction == "received",
            SyncLog.message.like(_MARK + "%")):
        try:
            doc = json.loads(message)
            out.append(ReportedHead(int(doc["audit_head"]["id"]), str(doc["audit_head"]["hash"]),
                                    str(doc.get("created_at", ""))))
        except (ValueError, KeyError, TypeError):
            continue  # a message written by hand; the heads that parse still count
    return out


def rewritten(known: list[ReportedHead], head: tuple[int, str], created_at: str) -> str | None:
    """Why `head` cannot extend the chain reported in `known`, or None. A package that was
    made before the newest one reported (a late or re-sent file) may carry an older head:
    only a package made later must report a head at least as new."""
    entry_id, digest = head
    for k in known:
        if k.entry_id == entry_id and k.hash != digest:
            return (f"audit entry {entry_id} was reported before with another hash: the unit's "
                    "audit history was rewritten")
    if known:
        newest = max(known, key=lambda k: (k.entry_id, k.created_at))
        if entry_id < newest.entry_id and created_at > newest.created_at:
            return (f"the unit's audit chain went back from entry {newest.entry_id} to entry "
                    f"{entry_id} in a package made later: its history was rewritten or an "
                    "old backup restored")
    return None


def check_and_note(session, unit: str, head: tuple[int, str] | None,
                   created_at: str) -> tuple[str, str | None]:
    """At the upper office, inside the receiving transaction: the sync log message that records
    the head, and the alarm raised (its detail) if the head does not extend the chain."""
    if head is None:  # a package from an earlier version
        return "", None
    detail = rewritten(reported_heads(session, unit), head, created_at)
    if detail is not None:
        from datetime import datetime, timezone

        from desktop.store.sync_models import SyncAlarm

        session.add(SyncAlarm(peer_unit=unit, kind=ALARM_KIND, seq=head[0], detail=detail,
                              raised_at=datetime.now(timezone.utc).replace(tzinfo=None),
                              resolved=False))
    return log_message(head, created_at), detail
