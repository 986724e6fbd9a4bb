"""Post-arrest custody-necessity review (羁押必要性审查): see migration 0006.

One `CustodyReview` per review case, linked to the arrested suspect's `arrest_reviews` row and
person; beside it the checklist answers, the recommendation (释放或者变更强制措施建议书), the
body's reply, the escalation (纠正) and the written result to the applicant. The case row also
carries the deadline that is running now (`due_kind`, `raw_end`, `due_date`), kept by the
services, so the list and the dashboard read it with plain SQL. These tables depend only on
the baseline tables (arrest_reviews, persons, arrest_requests, users).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced


class CustodyReview(Synced, Base):
    __tablename__ = "custody_reviews"
    arrest_review_id: Mapped[str] = mapped_column(ForeignKey("arrest_reviews.id"), index=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("arrest_requests.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    source: Mapped[str] = mapped_column(String(24))  # domain.custody_review.StartSource
    stage: Mapped[str] = mapped_column(String(16))  # Stage
    started_on: Mapped[date] = mapped_column(Date)  # filed, or the application received
    applicant_kind: Mapped[str] = mapped_column(String(24), default="")  # Applicant, if any
    applicant_name: Mapped[str] = mapped_column(String(64), default="")
    grounds: Mapped[str] = mapped_column(Text, default="")  # 申请理由 / 建议理由
    evidence: Mapped[str] = mapped_column(Text, default="")  # 提供的证据材料
    status: Mapped[str] = mapped_column(String(24), index=True)  # CustodyStatus
    decision: Mapped[str] = mapped_column(String(24), default="")  # recommend | not_recommend
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    reasons: Mapped[str] = mapped_column(Text, default="")  # 审查意见 and reasons
    due_kind: Mapped[str] = mapped_column(String(24), default="")  # DeadlineRule.code or ""
    raw_end: Mapped[date | None] = mapped_column(Date, default=None)
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    in_custody_period: Mapped[bool] = mapped_column(Boolean, default=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class CustodyChecklistAnswer(Synced, Base):
    """One ticked (or explicitly unticked) factor of RPR 579/580 or the 2023 rules."""

    __tablename__ = "custody_checklist_answers"
    __table_args__ = (UniqueConstraint("review_id", "factor_code"),)
    review_id: Mapped[str] = mapped_column(ForeignKey("custody_reviews.id"), index=True)
    factor_code: Mapped[str] = mapped_column(String(40))  # domain.custody_factors code
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    facts: Mapped[str] = mapped_column(Text, default="")


class CustodyRecommendation(Synced, Base):
    """释放或者变更强制措施建议书, served on the body handling the case."""

    __tablename__ = "custody_recommendations"
    review_id: Mapped[str] = mapped_column(ForeignKey("custody_reviews.id"), index=True)
    measure: Mapped[str] = mapped_column(String(32))  # Measure
    addressee: Mapped[str] = mapped_column(String(100))  # 办案机关, e.g. the police agency
    served_on: Mapped[date] = mapped_column(Date)
    reply_days: Mapped[int] = mapped_column(Integer)
    reply_raw_end: Mapped[date] = mapped_column(Date)
    reply_due: Mapped[date] = mapped_column(Date)
    in_custody_period: Mapped[bool] = mapped_column(Boolean)
    reasons: Mapped[str] = mapped_column(Text, default="")
    document_no: Mapped[str] = mapped_column(String(64), default="")


class CustodyReply(Synced, Base):
    __tablename__ = "custody_replies"
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("custody_recommendations.id"),
                                                   index=True)
    received_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(16))  # ReplyOutcome
    measure_taken: Mapped[str] = mapped_column(String(32), default="")  # Measure, or "" (kept)
    content: Mapped[str] = mapped_column(Text, default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class CustodyEscalation(Synced, Base):
    """纠正: the correction issued when no reply came in time (RPR 581)."""

    __tablename__ = "custody_escalations"
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("custody_recommendations.id"),
                                                   index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(32), default="")  # e.g. 纠正违法通知书, 口头
    content: Mapped[str] = mapped_column(Text, default="")
    document_no: Mapped[str] = mapped_column(String(64), default="")


class CustodyResultNotice(Synced, Base):
    """羁押必要性审查结果通知书 to the applicant (RPR 582)."""

    __tablename__ = "custody_result_notices"
    review_id: Mapped[str] = mapped_column(ForeignKey("custody_reviews.id"), index=True)
    notified_on: Mapped[date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text, default="")
    document_no: Mapped[str] = mapped_column(String(64), default="")
