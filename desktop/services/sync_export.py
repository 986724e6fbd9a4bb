"""Packages going out: a unit's changes to its upper office, and the upper office's
acknowledgement to a unit (with its own records for that unit).

A unit sends everything above the watermark its upper office has acknowledged, so a lost
package or a lost acknowledgement costs nothing: the next package carries the same changes
again, and the upper office applies each change once.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import desktop
from desktop.domain import permissions
from desktop.services.audit_heads import chain_head
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office
from desktop.services.sensitive_reads import EXPORT, record_in
from desktop.services.sync_payload import Change, Payload
from desktop.store.schema import HEAD

MAX_ROWS = 50_000  # per package: a big backlog goes as several files


@dataclass(frozen=True)
class OutgoingPackage:
    data: bytes
    file_name: str
    kind: str
    recipient: str
    first_seq: int | None
    last_seq: int | None
    rows: int


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _files_for(session, changes: list[Change]) -> dict[str, bytes]:
    """The bytes of the attachments and PDFs the changes name, by SHA-256."""
    import json

    from sqlalchemy import select

    import desktop.store.all_models  # noqa: F401
    from desktop.services.sync_apply import _FILE_COLUMNS
    from desktop.store.models import Base

    wanted: dict[str, set[str]] = {}
    for c in changes:
        if c.table in _FILE_COLUMNS:
            column, file_table = _FILE_COLUMNS[c.table]
            sha = json.loads(c.row_json).get(column)
            if sha:
                wanted.setdefault(file_table, set()).add(sha)
    files: dict[str, bytes] = {}
    for file_table, shas in wanted.items():
        table = Base.metadata.tables[file_table]
        for sha, content in session.execute(
                select(table.c.sha256, table.c.content).where(table.c.sha256.in_(shas))):
            files[sha] = bytes(content)
    return files


def export_changes(office: Office, keys, *, limit: int = MAX_ROWS, after: int = 0,
                   allow_empty: bool = False) -> OutgoingPackage | None:
    """The next package of this unit's changes for its upper office, sealed and signed with
    `keys` (keystore.OfficeKeys); None when the upper office has acknowledged everything,
    unless `allow_empty` (an online push that asks for the upper office's news anyway: the
    package then carries only the unit's acknowledgement of the down sequence). Nothing is
    marked as done: only the upper office's acknowledgement moves the watermark. `after`
    skips what an earlier package of the same export already holds (a backlog in parts)."""
    from sqlalchemy import select

    from desktop.store.journal import outbox
    from desktop.store.sync_models import SyncLog, SyncPeer, SyncWatermark
    from desktop.sync import container

    with office.transaction(permissions.SYNC) as session:
        upper = session.query(SyncPeer).filter(SyncPeer.role == "upper").one_or_none()
        if upper is None:
            raise ValidationFailed([FieldError("upper", "sync.no_upper",
                                               "register the upper office's keys first")])
        mark = session.get(SyncWatermark, upper.unit_code)
        rows = session.execute(
            select(outbox.c.seq, outbox.c.table_name, outbox.c.row_id, outbox.c.version,
                   outbox.c.op, outbox.c.payload)
            .where(outbox.c.seq > max(mark.acked_seq, after)).order_by(outbox.c.seq)
            .limit(limit)).all()
        if not rows and not allow_empty:
            return None
        changes = [Change(*r) for r in rows]
        if changes:  # a package of records leaving the office: audited (sensitive_reads)
            record_in(session, EXPORT, "sync_packages",
                      f"{upper.unit_code}:{changes[0].seq}-{changes[-1].seq}",
                      {"to": upper.unit_code, "first_seq": changes[0].seq,
                       "last_seq": changes[-1].seq, "rows": len(changes)})
        payload = Payload(kind="changes", unit=office.unit_code, schema=HEAD, changes=changes,
                          files=_files_for(session, changes), ack_down=mark.applied_seq,
                          audit_head=chain_head(session), program=desktop.version())
        data = container.seal(kind="changes", sender_unit=office.unit_code,
                              recipient_unit=upper.unit_code, payload=payload.to_bytes(),
                              signing_private=keys.signing_private,
                              recipient_public=bytes(upper.encryption_public))
        header = container.read_header(data)
        name = container.package_file_name(header, payload.first_seq, payload.last_seq)
        session.add(SyncLog(direction="sent", kind="changes", peer_unit=upper.unit_code,
                            first_seq=payload.first_seq, last_seq=payload.last_seq,
                            rows=len(changes), size=len(data), sha256=_sha(data),
                            file_name=name, via="file", result="", message="", at=_now()))
        return OutgoingPackage(data, name, "changes", upper.unit_code, payload.first_seq,
                               payload.last_seq, len(changes))


def write_package(package: OutgoingPackage, folder: Path | str) -> Path:
    """The package as a file in `folder` (a USB stick), written atomically."""
    from desktop.sync import container

    path = Path(folder) / package.file_name
    container.write_atomic(path, package.data)
    return path


def build_ack(session, office: Office, keys, unit_code: str) -> OutgoingPackage:
    """The upper office's answer to one unit, inside the receiving transaction: what is
    applied, what is held and missing, and the upper office's own records for the unit that
    it has not acknowledged yet."""
    from sqlalchemy import select

    from desktop.domain.sync_ranges import SeqRange, merged, missing_ranges
    from desktop.store.sync_models import SyncDownQueue, SyncHeld, SyncPeer, SyncWatermark
    from desktop.sync import container

    peer = session.get(SyncPeer, unit_code)
    mark = session.get(SyncWatermark, unit_code)
    held = [SeqRange(h.first_seq, h.last_seq) for h in
            session.query(SyncHeld).filter(SyncHeld.peer_unit == unit_code)]
    down = session.execute(
        select(SyncDownQueue.down_seq, SyncDownQueue.table_name, SyncDownQueue.row_id,
               SyncDownQueue.version, SyncDownQueue.op, SyncDownQueue.payload)
        .where(SyncDownQueue.peer_unit == unit_code, SyncDownQueue.down_seq > mark.acked_seq)
        .order_by(SyncDownQueue.down_seq).limit(MAX_ROWS)).all()
    changes = [Change(*r) for r in down]
    payload = Payload(kind="ack", unit=office.unit_code, schema=HEAD, changes=changes,
                      files={}, for_unit=unit_code, applied=mark.applied_seq,
                      held=[(r.first, r.last) for r in merged(held)],
                      missing=[(r.first, r.last) for r in
                               missing_ranges(mark.applied_seq, held)],
                      program=desktop.version())
    data = container.seal(kind="ack", sender_unit=office.unit_code, recipient_unit=unit_code,
                          payload=payload.to_bytes(), signing_private=keys.signing_private,
                          recipient_public=bytes(peer.encryption_public))
    name = container.package_file_name(container.read_header(data), payload.first_seq,
                                       payload.last_seq)
    return OutgoingPackage(data, name, "ack", unit_code, payload.first_seq, payload.last_seq,
                           len(changes))


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
