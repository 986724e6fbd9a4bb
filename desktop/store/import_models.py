"""Local tables of the register import (migration 0013), not synced and not audited (plain
`Base`, not `Synced`: change capture skips them):

* `import_mappings`: a saved column mapping, by header text, so next month's file with the
  same headers maps even if its columns moved. A habit of this desk, nothing the upper office
  needs.
* `registration_drafts`: one row of a police export (公安机关共享的提请批准逮捕信息), parsed,
  waiting for the officer to confirm it; the registration it becomes is synced and audited
  through the normal registration service, the draft itself is a work list."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class ImportMapping(Base):
    __tablename__ = "import_mappings"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain/import_fields KINDS
    columns: Mapped[str] = mapped_column(Text)  # JSON: [[header text, field key], …]
    saved_at: Mapped[datetime] = mapped_column(DateTime)  # UTC


class RegistrationDraft(Base):
    __tablename__ = "registration_drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    values: Mapped[str] = mapped_column(Text)  # JSON: {field key: text}
    source_file: Mapped[str] = mapped_column(String(255))
    source_row: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    status: Mapped[str] = mapped_column(String(12), index=True)  # open | confirmed | discarded
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None)
