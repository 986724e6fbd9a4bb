"""The arrest-review workflow after registration (审查逮捕): see migration 0004.

All synced records, each hanging off one review (`arrest_reviews`, one per suspect) or, for an
omitted suspect and a re-submission, off a request. Enumerated values are the domain's
(`domain.review_rules`, `domain.review_decision`, `domain.review_deadlines`)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base, Synced


def _review_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("arrest_reviews.id"), index=True)


class ReviewChecklist(Synced, Base):
    """Flags of one review that the rules read (审查要点): reasons for compulsory interrogation,
    mandatory-arrest tests, juvenile items. One per review."""

    __tablename__ = "review_checklists"
    review_id: Mapped[str] = mapped_column(ForeignKey("arrest_reviews.id"), unique=True)
    suspect_asked: Mapped[bool] = mapped_column(Boolean, default=False)  # 要求当面陈述
    doubt_about_conditions: Mapped[bool] = mapped_column(Boolean, default=False)  # 逮捕条件有疑问
    possible_illegality: Mapped[bool] = mapped_column(Boolean, default=False)  # 侦查活动可能重大违法
    major_complex: Mapped[bool] = mapped_column(Boolean, default=False)  # 重大、疑难、复杂
    disability: Mapped[bool] = mapped_column(Boolean, default=False)  # 盲聋哑、限制行为能力精神病人
    ten_years_possible: Mapped[bool] = mapped_column(Boolean, default=False)  # 可能判处十年以上
    prior_intentional_crime: Mapped[bool] = mapped_column(Boolean, default=False)  # 曾经故意犯罪
    identity_unknown: Mapped[bool] = mapped_column(Boolean, default=False)  # 身份不明
    bail_violation: Mapped[bool] = mapped_column(Boolean, default=False)  # 违反取保候审规定
    legal_aid_notified_on: Mapped[date | None] = mapped_column(Date, default=None)  # 通知法律援助
    social_report: Mapped[bool] = mapped_column(Boolean, default=False)  # 社会调查报告
    age_uncertain: Mapped[bool] = mapped_column(Boolean, default=False)  # RPR 464


class ReviewInterrogation(Synced, Base):
    """An interrogation (讯问), an in-person hearing (听取意见) or a 听取犯罪嫌疑人意见书."""

    __tablename__ = "review_interrogations"
    review_id: Mapped[str] = _review_fk()
    kind: Mapped[str] = mapped_column(String(20))  # review_rules.InterrogationKind
    held_on: Mapped[date] = mapped_column(Date)  # or the day the form was served
    staff: Mapped[str] = mapped_column(Text, default="")  # names, "、"-separated
    place: Mapped[str] = mapped_column(String(100), default="")
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)  # 意见书 returned
    female_prosecutor_present: Mapped[bool] = mapped_column(Boolean, default=False)
    adult_present: Mapped[str] = mapped_column(String(24), default="")  # 法定代理人/合适成年人
    adult_name: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CounselOpinion(Synced, Base):
    """Defence counsel's opinion (辩护律师意见) and what became of each argument."""

    __tablename__ = "counsel_opinions"
    review_id: Mapped[str] = _review_fk()
    counsel_name: Mapped[str] = mapped_column(String(100))
    heard_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))  # review_rules.CounselMethod
    # JSON list of {"kind", "text", "adopted", "reason"} (review_rules.CounselArgument)
    arguments: Mapped[str] = mapped_column(Text, default="[]")
    summary: Mapped[str] = mapped_column(Text, default="")


class SocialDangerFinding(Synced, Base):
    """One ticked circumstance of CPL 81 ¶1 with its facts and evidence; unticking tombstones
    it, ticking again revives it."""

    __tablename__ = "social_danger_findings"
    __table_args__ = (UniqueConstraint("review_id", "circumstance"),)
    review_id: Mapped[str] = _review_fk()
    circumstance: Mapped[str] = mapped_column(String(24))  # review_rules.SocialDanger
    facts: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)


class ReviewHearing(Synced, Base):
    """An arrest-review hearing (审查逮捕听证)."""

    __tablename__ = "review_hearings"
    review_id: Mapped[str] = _review_fk()
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100))
    chair: Mapped[str] = mapped_column(String(64))
    members: Mapped[str] = mapped_column(Text, default="")  # 听证员
    participants: Mapped[str] = mapped_column(Text, default="")
    opinions: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class ReviewDecision(Synced, Base):
    """A proposed decision and its approval (审批). A sent-back proposal stays as history."""

    __tablename__ = "review_decisions"
    review_id: Mapped[str] = _review_fk()
    kind: Mapped[str] = mapped_column(String(10))  # review_decision.DecisionKind
    ground: Mapped[str] = mapped_column(String(32))  # ArrestGround / NonArrestGround
    reasoning: Mapped[str] = mapped_column(Text)
    juvenile_situations: Mapped[str] = mapped_column(String(200), default="")  # RPR 463, comma
    state: Mapped[str] = mapped_column(String(12))  # review_decision.ProposalState
    proposed_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    proposed_on: Mapped[date] = mapped_column(Date)
    chief_required: Mapped[bool] = mapped_column(Boolean, default=False)  # RPR 285 ¶3
    approver_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    self_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # decided after the due date
    send_back_reason: Mapped[str] = mapped_column(Text, default="")
    # RPR 287: after a refusal for no crime the police withdraw the case or end the
    # investigation of this suspect within 15 days, or ask for 复议
    withdrawal_due: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)  # 撤销案件/终止侦查


class ExecutionReceipt(Synced, Base):
    """The police's receipt after a decision (执行回执), tracked until recorded."""

    __tablename__ = "execution_receipts"
    # the dashboard's open receipts: received_on IS NULL, by due date
    __table_args__ = (Index("ix_execution_receipts_open", "received_on", "due_date"),)
    review_id: Mapped[str] = _review_fk()
    decision_id: Mapped[str] = mapped_column(ForeignKey("review_decisions.id"))
    step: Mapped[str] = mapped_column(String(24))  # review_deadlines.Step (receipt kinds)
    served_on: Mapped[date] = mapped_column(Date)  # decision delivered to the police
    due_date: Mapped[date] = mapped_column(Date)
    executed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    executed_on: Mapped[date | None] = mapped_column(Date, default=None)
    received_on: Mapped[date | None] = mapped_column(Date, default=None)
    not_executed_reason: Mapped[str] = mapped_column(Text, default="")


class Reconsideration(Synced, Base):
    """The police's 复议 (this office decides) or 复核 (the upper office decides)."""

    __tablename__ = "reconsiderations"
    review_id: Mapped[str] = _review_fk()
    kind: Mapped[str] = mapped_column(String(16))  # "reconsideration" 复议 | "upper_review" 复核
    decision_received_on: Mapped[date] = mapped_column(Date)  # police got the refusal / 复议决定
    requested_on: Mapped[date] = mapped_column(Date)  # the request (and file) arrived
    request_late: Mapped[bool] = mapped_column(Boolean, default=False)  # after 5 days
    due_date: Mapped[date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Text, default="")
    decider_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    # 复议: the chief procurator decides on the reviewing officer's report (RPR 290)
    chief_approved_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    decided_by: Mapped[str] = mapped_column(String(100), default="")  # upper office's name
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str] = mapped_column(String(12), default="")  # "upheld" | "changed"
    reasons: Mapped[str] = mapped_column(Text, default="")


class OmittedSuspectDemand(Synced, Base):
    """RPR 288: the police are required to request the arrest of a suspect they left out
    (要求公安机关提请批准逮捕); a direct 逮捕决定 when they do not."""

    __tablename__ = "omitted_suspect_demands"
    request_id: Mapped[str] = mapped_column(ForeignKey("arrest_requests.id"), index=True)
    suspect_name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    reasons: Mapped[str] = mapped_column(Text)
    chief_approved_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    demanded_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)  # follow-up
    police_answer: Mapped[str] = mapped_column(String(16), default="")  # "will_request"|"declined"
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    police_reasons: Mapped[str] = mapped_column(Text, default="")
    new_request_id: Mapped[str | None] = mapped_column(ForeignKey("arrest_requests.id"),
                                                       default=None)
    direct_decision_on: Mapped[date | None] = mapped_column(Date, default=None)  # 逮捕决定书


class RequestLink(Synced, Base):
    """A request re-submitted after supplementary investigation (补充侦查后重新提请) points to
    the one it follows."""

    __tablename__ = "request_links"
    request_id: Mapped[str] = mapped_column(ForeignKey("arrest_requests.id"), unique=True)
    previous_request_id: Mapped[str] = mapped_column(ForeignKey("arrest_requests.id"), index=True)
    reason: Mapped[str] = mapped_column(String(32), default="resubmission")
