"""The document register and numbering (法律文书): see migration 0005.

* `IssuedDocument` is a synced record: one issued document (all its parts share one number),
  with the filled text exactly as issued and the SHA-256 of its PDF. A voided document keeps its
  number and gets `voided_at` and the reason; numbers are never reused.
* `DocumentFile` holds the PDF bytes, addressed by their SHA-256 (the sync layer carries files
  as attachments by hash, DESIGN §6), so re-printing gives the very bytes that were issued.
  Local, not synced: bytes have no place in the outbox's JSON.
* `DocumentCounter` is the last serial per (type, year) in this office: local, because numbers
  are gap-free per unit; it is updated in the transaction that inserts the document, so a
  rolled-back issue consumes no number.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced


class IssuedDocument(Synced, Base):
    __tablename__ = "issued_documents"
    __table_args__ = (UniqueConstraint("unit_code", "doc_type", "year", "serial"),)
    doc_type: Mapped[str] = mapped_column(String(40), index=True)  # template code
    title: Mapped[str] = mapped_column(String(60))  # 批准逮捕决定书
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(80), index=True)  # 青检刑批捕〔2026〕12号
    subject_table: Mapped[str] = mapped_column(String(40))  # e.g. "arrest_reviews"
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    case_no: Mapped[str] = mapped_column(String(64), default="")
    suspect_name: Mapped[str] = mapped_column(String(64), default="")
    recipient: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)  # JSON: the filled text as issued
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf_size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    font: Mapped[str] = mapped_column(String(100), default="")  # the font file's name
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class DocumentFile(Base):
    __tablename__ = "document_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentCounter(Base):
    __tablename__ = "document_counters"
    doc_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)
