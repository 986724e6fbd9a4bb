"""Local bookkeeping of the sync between a unit and its upper office (migration 0010).

None of these tables is replicated: each side keeps its own. A `SyncPeer` is the other side
as registered here (a unit registers its upper office; the upper office registers each unit):
its public keys and, for the upper office, its address. `SyncWatermark` holds, per peer, how
far the peer's sequence is applied here and how far ours is acknowledged there.
`SyncApplied` remembers a digest of every applied sequence number, so the same number seen
again with other contents (tampering, or a unit restored from an old backup) is caught;
`SyncHeld` keeps packages that arrived after a gap; `SyncAlarm` the refusals an officer must
see; `SyncLog` every package sent or received. `SyncDownQueue` numbers the upper office's own
records for each unit in their own per-unit sequence.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class SyncPeer(Base):
    __tablename__ = "sync_peers"
    unit_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    unit_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))  # "upper" | "grassroots"
    suite: Mapped[str] = mapped_column(String(64))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    signing_key_id: Mapped[str] = mapped_column(String(16), index=True)
    encryption_key_id: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(String(300), default="")  # the upper office's service
    registered_at: Mapped[datetime] = mapped_column(DateTime)


class SyncWatermark(Base):
    __tablename__ = "sync_watermarks"
    peer_unit: Mapped[str] = mapped_column(ForeignKey("sync_peers.unit_code"), primary_key=True)
    applied_seq: Mapped[int] = mapped_column(Integer, default=0)  # theirs, applied here
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)  # ours, acknowledged there
    last_received_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_acked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncApplied(Base):
    __tablename__ = "sync_applied"
    peer_unit: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the change as it travelled


class SyncHeld(Base):
    __tablename__ = "sync_held"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer_unit: Mapped[str] = mapped_column(String(32), index=True)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # verified and decrypted at arrival
    received_at: Mapped[datetime] = mapped_column(DateTime)


class SyncAlarm(Base):
    __tablename__ = "sync_alarms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer_unit: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # "sequence_reused", …
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime] = mapped_column(DateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncLog(Base):
    __tablename__ = "sync_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))  # "sent" | "received"
    kind: Mapped[str] = mapped_column(String(8))  # "changes" | "ack"
    peer_unit: Mapped[str] = mapped_column(String(32), index=True)
    first_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    last_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    via: Mapped[str] = mapped_column(String(8), default="file")  # "file" | "online"
    result: Mapped[str] = mapped_column(String(16), default="")  # applied, held, already…
    message: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)


class SyncDownQueue(Base):
    """The upper office's own records for one unit, in that unit's down sequence."""

    __tablename__ = "sync_down_queue"
    peer_unit: Mapped[str] = mapped_column(String(32), primary_key=True)
    down_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))  # "upsert" | "delete"
    payload: Mapped[str] = mapped_column(Text)  # the whole row as JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)
