"""The petition register (涉检信访): see migration 0008.

* `Petition`: one petition (件) as received — channel, type, 涉检 flag, how many people came,
  the related case (text, and optionally the arrest request it concerns), the earlier petition
  it repeats, the summary, the first handler (首办责任人: set at registration, never changed)
  and the current one (changed only by a recorded `HandlerTransfer`), the risk level with its
  triggers, the status and the closure. The row also carries the deadline running now
  (`due_kind`, `raw_end`, `due_date`), kept by the services, so the list and the dashboard
  read it with plain SQL.
* `Petitioner`: the people (人) of a petition, each with ID number, phone, address, work unit.
* `HandlerTransfer`: from whom to whom, why, when.
* `PetitionWork`: replies given and the other work (释法说理, counselling, reconciliation,
  judicial aid, public hearings), each dated with who took part and the outcome.
* `PetitionAttachment` (synced) names a file by its SHA-256; the bytes are in
  `PetitionFile` (local, like document_files: bytes have no place in the outbox's JSON; the
  sync layer carries files as attachments by hash).
* `PetitionSearch` (local, derived): one row per petition with the text the list searches,
  indexed by the trigram FTS5 table `petition_fts` (created by the migration).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from desktop.store.models import Base, Synced


class Petition(Synced, Base):
    __tablename__ = "petitions"
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(16), index=True)  # domain.petitions.Channel
    petition_type: Mapped[str] = mapped_column(String(16), index=True)  # PetitionType
    concerns_procuratorate: Mapped[bool] = mapped_column(Boolean, default=True)  # 涉检
    petitioner_count: Mapped[int] = mapped_column(Integer, default=1)  # 人数
    collective: Mapped[bool] = mapped_column(Boolean, default=False)  # 集体访 / 联名信
    related_case: Mapped[str] = mapped_column(String(200), default="")  # 相关案件 (text)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("arrest_requests.id"),
                                                   default=None, index=True)
    repeat_of_id: Mapped[str | None] = mapped_column(ForeignKey("petitions.id"), default=None,
                                                     index=True)  # 重复信访: the earlier one
    summary: Mapped[str] = mapped_column(Text)  # 信访事项 / 反映的问题
    first_handler_id: Mapped[str] = mapped_column(ForeignKey("users.id"))  # 首办责任人
    handler_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)  # current
    risk_level: Mapped[str] = mapped_column(String(16), index=True)  # petition_risk code
    risk_triggers: Mapped[str] = mapped_column(String(120), default="")  # comma-separated
    status: Mapped[str] = mapped_column(String(24), index=True)  # PetitionStatus
    due_kind: Mapped[str] = mapped_column(String(16), default="")  # DueKind, or ""
    raw_end: Mapped[date | None] = mapped_column(Date, default=None)
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    forwarded_to: Mapped[str] = mapped_column(String(100), default="")  # 转送 to whom
    closure: Mapped[str] = mapped_column(String(16), default="")  # Closure, once closed
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closure_note: Mapped[str] = mapped_column(Text, default="")

    @validates("first_handler_id")
    def _first_handler_is_fixed(self, _key, value):
        """首办责任: the first handler is set once; a later change is refused here, so no code
        path can change it silently (a transfer changes `handler_id`, with its reason)."""
        current = self.__dict__.get("first_handler_id")
        if current is not None and value != current:
            raise FirstHandlerFixed(self.id)
        return value


class FirstHandlerFixed(ValueError):
    def __init__(self, petition_id: str):
        super().__init__(f"the first handler of petition {petition_id} is fixed at registration")


class Petitioner(Synced, Base):
    __tablename__ = "petitioners"
    petition_id: Mapped[str] = mapped_column(ForeignKey("petitions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(64), index=True)
    id_number: Mapped[str] = mapped_column(String(18), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    work_unit: Mapped[str] = mapped_column(String(100), default="")


class HandlerTransfer(Synced, Base):
    """A change of the handler: the only way the current handler changes (首办责任)."""

    __tablename__ = "petition_handler_transfers"
    petition_id: Mapped[str] = mapped_column(ForeignKey("petitions.id"), index=True)
    from_handler_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    to_handler_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    transferred_on: Mapped[date] = mapped_column(Date)


class PetitionWork(Synced, Base):
    """One piece of work on the petition: a reply (kind "reply", with its reply kind, way and
    content) or a 释法说理 / counselling / reconciliation / judicial-aid / hearing session."""

    __tablename__ = "petition_work"
    petition_id: Mapped[str] = mapped_column(ForeignKey("petitions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # domain.petitions.WorkKind
    done_on: Mapped[date] = mapped_column(Date)
    reply_kind: Mapped[str] = mapped_column(String(16), default="")  # ReplyKind, for a reply
    way: Mapped[str] = mapped_column(String(16), default="")  # ReplyWay, for a reply
    participants: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class PetitionAttachment(Synced, Base):
    __tablename__ = "petition_attachments"
    petition_id: Mapped[str] = mapped_column(ForeignKey("petitions.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class PetitionFile(Base):
    __tablename__ = "petition_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class PetitionSearch(Base):
    __tablename__ = "petition_search"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[str] = mapped_column(String(36), unique=True)
    search_text: Mapped[str] = mapped_column(Text)
