"""Packages coming in: a unit's changes at the upper office (answered with an
acknowledgement), or the upper office's acknowledgement at the unit.

Order of checks, each refusing the whole package with nothing changed: the container (known
sender, signature, recipient, decryption: desktop/sync/container.py), the payload's shape,
the sender's role, the schema revision (a newer one is refused with a message that says
which side must be updated; an older one is applied, new columns taking their defaults), and
every sequence number this side has seen before must carry the same change as then — if not
(tampering, or a unit restored from an old backup) an alarm is raised and nothing applied.
Then the package applies in one transaction, is held after a gap, or is already applied.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from desktop.domain import permissions
from desktop.services.office import Office
from desktop.services.sync_payload import Payload, PayloadError, parse
from desktop.store.schema import REVISIONS


class SyncRefused(Exception):
    """A package refused with nothing applied; `code` names why for the message."""

    def __init__(self, code: str, message: str = "", **params):
        super().__init__(message or code)
        self.code, self.params = code, params


@dataclass
class Received:
    kind: str
    sender: str
    result: str  # "applied" | "held" | "already"
    first_seq: int | None
    last_seq: int | None
    rows: int = 0
    watermark: int = 0  # the sender's sequence applied here, after this package
    acked: int = 0  # our sequence the sender has acknowledged (from an ack)
    held: list[tuple[int, int]] = field(default_factory=list)
    ack: object | None = None  # sync_export.OutgoingPackage at the upper office


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def receive_package(office: Office, keys, data: bytes, *, via: str = "file") -> Received:
    """Verify, check and apply one package file's bytes with this office's `keys`
    (keystore.OfficeKeys). Raises container.PackageError, SyncRefused."""
    from desktop.sync import container

    header = container.read_header(data)
    try:
        with office.transaction(permissions.SYNC) as session:
            result = _receive(session, office, keys, data, header, via)
    except _Tampered as alarm:
        _raise_alarm(office, alarm)
        raise SyncRefused("sequence_reused", str(alarm), unit=alarm.unit, seq=alarm.seq) \
            from None
    if result.kind == "ack" and result.result == "applied":
        # the upper office may have published holiday schedules: deadlines count with them
        from desktop.services.calendar_setup import reload_holiday_calendar

        reload_holiday_calendar(office.reader)
    return result


class _Tampered(Exception):
    def __init__(self, unit: str, seq: int, detail: str):
        super().__init__(detail)
        self.unit, self.seq, self.detail = unit, seq, detail


def _raise_alarm(office: Office, alarm: _Tampered) -> None:
    from desktop.store.sync_models import SyncAlarm, SyncLog

    with office.transaction(permissions.SYNC) as session:
        session.add(SyncAlarm(peer_unit=alarm.unit, kind="sequence_reused", seq=alarm.seq,
                              detail=alarm.detail, raised_at=_now(), resolved=False))
        session.add(SyncLog(direction="received", kind="changes", peer_unit=alarm.unit,
                            rows=0, size=0, sha256="", file_name="", via="file",
                            result="refused", message=alarm.detail, at=_now()))


def _receive(session, office, keys, data, header, via) -> Received:
    from desktop.domain.sync_ranges import SeqRange, Verdict, decide
    from desktop.store.sync_models import SyncHeld, SyncLog, SyncPeer, SyncWatermark
    from desktop.sync import container

    def signing_key_for(unit: str, key_id: str) -> bytes | None:
        peer = session.get(SyncPeer, unit)
        return bytes(peer.signing_public) if peer and peer.signing_key_id == key_id else None

    header, raw = container.open_package(data, signing_key_for=signing_key_for,
                                         recipient_unit=office.unit_code,
                                         encryption_private=keys.encryption_private)
    try:
        payload = parse(raw)
    except PayloadError as exc:
        raise SyncRefused(exc.code, str(exc)) from None
    if payload.unit != header.sender_unit or payload.kind != header.kind \
            or (payload.kind == "ack" and payload.for_unit != office.unit_code):
        raise SyncRefused("damaged", "the payload does not match its envelope")
    peer = session.get(SyncPeer, payload.unit)
    expected = "grassroots" if payload.kind == "changes" else "upper"
    if peer.role != expected:
        raise SyncRefused("wrong_direction", f"a {payload.kind} package from a {peer.role}")
    _check_schema(payload)
    head_note = ""
    if payload.kind == "changes":  # a rewritten history raises an alarm; the rows still apply
        from desktop.services.audit_heads import check_and_note

        head_note, _ = check_and_note(session, payload.unit, payload.audit_head,
                                      header.created_at)
    mark = session.get(SyncWatermark, payload.unit)
    received = Received(kind=payload.kind, sender=payload.unit, result="already",
                        first_seq=payload.first_seq, last_seq=payload.last_seq)
    if payload.kind == "changes":
        mark.acked_seq = max(mark.acked_seq, payload.ack_down)  # our down sequence, there
    else:
        mark.acked_seq = max(mark.acked_seq, payload.applied)  # our changes, applied there
        received.acked = mark.acked_seq
    if payload.changes:
        incoming = SeqRange(payload.first_seq, payload.last_seq)
        _check_seen(session, payload, mark.applied_seq)
        decision = decide(mark.applied_seq, incoming)
        if decision.verdict == Verdict.APPLY:
            received.rows = _apply(session, payload, decision.apply_from, mark)
            received.result = "applied"
            received.rows += _apply_held(session, payload.unit, mark)
        elif decision.verdict == Verdict.HOLD:
            if not session.query(SyncHeld).filter_by(
                    peer_unit=payload.unit, first_seq=incoming.first,
                    last_seq=incoming.last).first():
                session.add(SyncHeld(peer_unit=payload.unit, first_seq=incoming.first,
                                     last_seq=incoming.last, payload=raw,
                                     received_at=_now()))
            received.result = "held"
    if payload.kind == "ack" and received.result == "applied":
        _after_ack_applied(session)
    mark.last_received_at = _now()
    received.watermark = mark.applied_seq
    received.held = [(h.first_seq, h.last_seq) for h in session.query(SyncHeld).filter_by(
        peer_unit=payload.unit).order_by(SyncHeld.first_seq)]
    session.add(SyncLog(direction="received", kind=payload.kind, peer_unit=payload.unit,
                        first_seq=payload.first_seq, last_seq=payload.last_seq,
                        rows=len(payload.changes), size=len(data),
                        sha256=hashlib.sha256(data).hexdigest(), file_name="", via=via,
                        result=received.result, message=head_note, at=_now()))
    _audit_package(session, payload, received)
    if payload.kind == "changes":
        from desktop.services.sync_export import build_ack

        session.flush()
        received.ack = build_ack(session, office, keys, payload.unit)
        session.add(SyncLog(direction="sent", kind="ack", peer_unit=payload.unit,
                            first_seq=received.ack.first_seq, last_seq=received.ack.last_seq,
                            rows=received.ack.rows, size=len(received.ack.data),
                            sha256=hashlib.sha256(received.ack.data).hexdigest(),
                            file_name=received.ack.file_name, via=via, result="",
                            message="", at=_now()))
    return received


def _after_ack_applied(session) -> None:
    """The upper office's 复核 decisions answer the open requests here (services/upper_receive)."""
    from desktop.services.upper_receive import answer_from_upper_decisions

    session.flush()
    answer_from_upper_decisions(session)


def _check_schema(payload: Payload) -> None:
    if payload.schema not in REVISIONS:
        # unknown here: written by a newer program (revisions only ever get added)
        raise SyncRefused("schema_newer", "the sender's program is newer: update this one",
                          schema=payload.schema)


def _check_seen(session, payload: Payload, watermark: int) -> None:
    """Every number already applied must come with the same change as before."""
    from desktop.store.sync_models import SyncApplied

    seen = [c for c in payload.changes if c.seq <= watermark]
    if not seen:
        return
    stored = dict(session.query(SyncApplied.seq, SyncApplied.digest).filter(
        SyncApplied.peer_unit == payload.unit,
        SyncApplied.seq.between(seen[0].seq, seen[-1].seq)).all())
    for change in seen:
        if stored.get(change.seq, change.digest) != change.digest:
            raise _Tampered(payload.unit, change.seq,
                            f"sequence number {change.seq} of {payload.unit} came again with "
                            "other contents (altered package, or the unit restored an old "
                            "backup)")


def _apply(session, payload: Payload, apply_from: int, mark) -> int:
    from desktop.services.collector import paused_collector
    from desktop.services.sync_apply import apply_changes, dialect_insert
    from desktop.store.sync_models import SyncApplied

    changes = [c for c in payload.changes if c.seq >= apply_from]
    with paused_collector():  # thousands of rows and digests alive at once: see collector
        try:
            written = apply_changes(session, changes, owner=payload.unit, files=payload.files)
        except PayloadError as exc:
            raise SyncRefused(exc.code, str(exc)) from None
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":  # the driver's executemany: one prepared statement for all
            session.connection().connection.driver_connection.executemany(
                "INSERT INTO sync_applied (peer_unit, seq, digest) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING", [(payload.unit, c.seq, c.digest) for c in changes])
        else:
            table = SyncApplied.__table__
            rows = [{"peer_unit": payload.unit, "seq": c.seq, "digest": c.digest}
                    for c in changes]
            for i in range(0, len(rows), 1000):
                session.execute(dialect_insert(dialect)(table).on_conflict_do_nothing(),
                                rows[i:i + 1000])
    mark.applied_seq = payload.last_seq
    return written


def _apply_held(session, unit: str, mark) -> int:
    """Held packages that follow now, in order."""
    from desktop.domain.sync_ranges import SeqRange, next_applicable
    from desktop.store.sync_models import SyncHeld

    written = 0
    while True:
        held = {SeqRange(h.first_seq, h.last_seq): h
                for h in session.query(SyncHeld).filter_by(peer_unit=unit)}
        for r, h in list(held.items()):
            if r.last <= mark.applied_seq:  # covered meanwhile by a re-send
                session.delete(h)
                del held[r]
        ready = next_applicable(mark.applied_seq, list(held))
        if ready is None:
            return written
        row = held[ready]
        payload = parse(bytes(row.payload))
        _check_seen(session, payload, mark.applied_seq)
        written += _apply(session, payload, mark.applied_seq + 1, mark)
        session.delete(row)
        session.flush()


def _audit_package(session, payload: Payload, received: Received) -> None:
    """One entry in this office's audit chain per package received (the rows themselves are
    the sender's changes, audited at the sender)."""
    from desktop.store.capture import audit_entry

    audit_entry(session, action="import", table="sync_packages",
                row_id=f"{payload.unit}:{payload.first_seq}-{payload.last_seq}",
                detail={"kind": payload.kind, "unit": payload.unit,
                        "first_seq": payload.first_seq, "last_seq": payload.last_seq,
                        "rows": len(payload.changes), "result": received.result,
                        "schema": payload.schema,
                        **({"program": payload.program} if payload.program else {}),
                        **({"audit_head": list(payload.audit_head)}
                           if payload.audit_head is not None else {})})
