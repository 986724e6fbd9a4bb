"""The upper office's own records about its units (migration 0011): they are written only at
the upper office and travel down to the unit they concern in the next acknowledgement
(DESIGN §3, §6), where they are applied like any received row.

A model marked with `__down_target__` names the column that says which unit the record is
for; `store.capture` queues every change of such a record, written by this office, in that
unit's down sequence (`sync_down_queue`) — or in every registered unit's when the column is
empty. User ids of the upper office are kept without a foreign key: a unit does not hold the
upper office's accounts, so the names shown at the unit travel beside them."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced

INSTRUCTION_KINDS = ("comment", "directive")  # 意见 / 督办


class UpperInstruction(Synced, Base):
    """上级院意见 (a comment) or 督办 (a directive with a reply deadline) on one of a unit's
    records: an arrest request, a supervision matter, a petition…"""

    __tablename__ = "upper_instructions"
    __down_target__ = "for_unit"
    __table_args__ = (Index("ix_upper_instructions_subject", "subject_table", "subject_id"),)
    for_unit: Mapped[str] = mapped_column(String(32), index=True)
    subject_table: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[str] = mapped_column(String(36))  # the unit's record (no FK: any table)
    kind: Mapped[str] = mapped_column(String(16))  # INSTRUCTION_KINDS
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)  # 督办: reply by
    issued_by: Mapped[str] = mapped_column(String(36))  # the upper office's user id
    issuer_name: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    # the upper office closes a 督办 once the unit has answered (by report, phone, package)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)


class UpperReviewDecision(Synced, Base):
    """The upper office's 复核决定 on a police request for review (RPR 291): the unit's
    `reconsiderations` row of kind "upper_review" it answers, decided within 15 days and
    approved by the upper office's chief procurator."""

    __tablename__ = "upper_review_decisions"
    __down_target__ = "for_unit"
    for_unit: Mapped[str] = mapped_column(String(32), index=True)
    reconsideration_id: Mapped[str] = mapped_column(ForeignKey("reconsiderations.id"),
                                                    index=True)
    outcome: Mapped[str] = mapped_column(String(12))  # review_followup.OUTCOMES
    reasons: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(100))  # the upper office's name
    decider_id: Mapped[str] = mapped_column(String(36))  # the upper office's user id
    chief_approved_by: Mapped[str] = mapped_column(String(36))  # its chief procurator
    chief_name: Mapped[str] = mapped_column(String(64), default="")


class CalendarUpdate(Synced, Base):
    """节假日安排更新: one year's holiday schedule (the override file's format, one year) that
    the upper office publishes to its units; `for_unit` "" means every unit."""

    __tablename__ = "calendar_updates"
    __down_target__ = "for_unit"
    for_unit: Mapped[str] = mapped_column(String(32), default="", index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    override_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")  # the State Council notice
    published_on: Mapped[date] = mapped_column(Date)
