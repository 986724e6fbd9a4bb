"""The cooperation log of the investigation-supervision and cooperation office
(侦查监督与协作配合办公室): see migration 0009 and desktop/domain/cooperation.py.

`CooperationEntry` is one logged event or tracked item of any kind (consultation, early
involvement, police information, joint 督办, joint meeting, rectification follow-up); fields a
kind does not use are stored empty. `search_text` is the entry's words normalised for search
(domain.text), kept by the services; triggers copy it into the trigram index `cooperation_fts`.
`CooperationOffice` is the office itself: one row per unit (site, resident prosecutor, duty
roster). Both are synced records.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced


class CooperationEntry(Synced, Base):
    __tablename__ = "cooperation_entries"
    kind: Mapped[str] = mapped_column(String(32), index=True)  # domain EntryKind
    subtype: Mapped[str] = mapped_column(String(32), default="")  # consultation type / measure
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    police_agency_id: Mapped[str] = mapped_column(ForeignKey("police_agencies.id"), index=True)
    # the arrest request of the case, where there is one
    request_id: Mapped[str | None] = mapped_column(ForeignKey("arrest_requests.id"),
                                                   default=None, index=True)
    case_ref: Mapped[str] = mapped_column(String(100), default="")  # case number or name
    person_name: Mapped[str] = mapped_column(String(64), default="")  # the suspect concerned
    participants: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)  # 督办 期限
    done_on: Mapped[date | None] = mapped_column(Date, default=None)  # 办结
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")


class CooperationOffice(Synced, Base):
    """侦查监督与协作配合办公室 of this unit: where it sits and who staffs it."""

    __tablename__ = "cooperation_offices"
    name: Mapped[str] = mapped_column(String(100), default="")
    site: Mapped[str] = mapped_column(String(200), default="")  # e.g. 县公安局执法办案管理中心
    resident_prosecutor: Mapped[str] = mapped_column(String(64), default="")  # 常驻检察官
    police_liaison: Mapped[str] = mapped_column(String(100), default="")  # 公安法制部门联络人
    established_on: Mapped[date | None] = mapped_column(Date, default=None)
    duty_roster: Mapped[str] = mapped_column(Text, default="")  # 值班安排, e.g. per month
