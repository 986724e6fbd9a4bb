"""Supervision of the police (立案监督、侦查活动监督): see migration 0007.

A `SupervisionMatter` (监督事项) is the case file of one supervision: where it came from, the
police agency supervised, optional links to an arrest request and a person, special-work tags.
Its `SupervisionNotice`s (通知书, and logged oral corrections) form chains through
`parent_id`; each notice carries the deadline running on it now (`due_kind`, `raw_end`,
`due_date`), kept by the services. The matter repeats its current notice's kind and state and
its earliest running deadline, so the list sorts and filters in plain SQL. `SupervisionAnswer`s
are the police's answers, with the decision a 复议 / 复核 / 复查 request asks of us.
These tables depend only on baseline tables (police_agencies, arrest_requests, persons, users).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced


class SupervisionMatter(Synced, Base):
    __tablename__ = "supervision_matters"
    source: Mapped[str] = mapped_column(String(24))  # domain.supervision.MatterSource
    area: Mapped[str] = mapped_column(String(16))  # Area: case filing / investigation
    police_agency_id: Mapped[str] = mapped_column(ForeignKey("police_agencies.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("arrest_requests.id"),
                                                   default=None, index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"), default=None)
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    opened_on: Mapped[date] = mapped_column(Date)  # clue received / found
    police_case_no: Mapped[str] = mapped_column(String(64), default="")
    party_name: Mapped[str] = mapped_column(String(64), default="")  # victim / complainant
    subject_name: Mapped[str] = mapped_column(String(64), default="")  # the person concerned
    tags: Mapped[str] = mapped_column(String(200), default="")  # domain.supervision.join_tags
    summary: Mapped[str] = mapped_column(Text)  # 线索 / 事实摘要
    status: Mapped[str] = mapped_column(String(16), index=True)  # MatterStatus
    current_kind: Mapped[str] = mapped_column(String(32), default="", index=True)
    current_state: Mapped[str] = mapped_column(String(16), default="", index=True)
    due_kind: Mapped[str] = mapped_column(String(16), default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    result: Mapped[str] = mapped_column(Text, default="")  # 办理结果
    search_text: Mapped[str] = mapped_column(Text, default="")  # normalised, for search


class SupervisionNotice(Synced, Base):
    __tablename__ = "supervision_notices"
    matter_id: Mapped[str] = mapped_column(ForeignKey("supervision_matters.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("supervision_notices.id"),
                                                  default=None, index=True)
    kind: Mapped[str] = mapped_column(String(32))  # domain.supervision_notices.NoticeKind
    state: Mapped[str] = mapped_column(String(16))  # NoticeState
    addressee: Mapped[str] = mapped_column(String(100))  # police agency, victim, agency
    content: Mapped[str] = mapped_column(Text, default="")  # facts and reasons
    illegality_codes: Mapped[str] = mapped_column(String(400), default="")  # RPR 567 codes
    drafted_on: Mapped[date] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    approver: Mapped[str] = mapped_column(String(64), default="")  # 审批人 (检察长 / 部门负责人)
    served_on: Mapped[date | None] = mapped_column(Date, default=None)  # 送达回证 date
    period_days: Mapped[int | None] = mapped_column(Integer, default=None)  # police's reply
    period_months: Mapped[int | None] = mapped_column(Integer, default=None)  # period
    holiday_extension: Mapped[bool] = mapped_column(Boolean, default=True)
    due_kind: Mapped[str] = mapped_column(String(16), default="")  # DueKind or ""
    due_start: Mapped[date | None] = mapped_column(Date, default=None)
    due_days: Mapped[int | None] = mapped_column(Integer, default=None)  # the running
    due_months: Mapped[int | None] = mapped_column(Integer, default=None)  # deadline's period
    raw_end: Mapped[date | None] = mapped_column(Date, default=None)
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    answer: Mapped[str] = mapped_column(String(24), default="")  # latest PoliceAnswer
    replied_on: Mapped[date | None] = mapped_column(Date, default=None)
    case_filed_on: Mapped[date | None] = mapped_column(Date, default=None)  # police filed
    assessment: Mapped[str] = mapped_column(String(16), default="")  # Assessment
    assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    assessment_reasons: Mapped[str] = mapped_column(Text, default="")
    escalated_on: Mapped[date | None] = mapped_column(Date, default=None)
    reported_up: Mapped[bool] = mapped_column(Boolean, default=False)  # 报告上级院
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class SupervisionAnswer(Synced, Base):
    """One answer of the police to a notice (说明、立案、撤案、纠正、复议、复核、复查…)."""

    __tablename__ = "supervision_answers"
    notice_id: Mapped[str] = mapped_column(ForeignKey("supervision_notices.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # PoliceAnswer
    received_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    decision_due: Mapped[date | None] = mapped_column(Date, default=None)  # 复议/复核/复查
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    decision: Mapped[str] = mapped_column(String(16), default="")  # Decision
    decision_reasons: Mapped[str] = mapped_column(Text, default="")
