"""Proposing and approving the decision on one suspect (提出意见 → 审批 → 决定), DOMAIN §1.3.

* `propose_decision`: the officer's 批准逮捕 / 不批准逮捕 with its ground and reasoning; the
  review goes to `pending_approval`. Every required check must hold (domain.review_decision).
* `approve_decision`: an approver (or the chief, for refusals under RPR 285 ¶3) makes it the
  decision; the review becomes `approved`/`refused`, `decided_on` is set, a late decision is
  flagged, and the receipt tracker opens. In an office configured with `single_officer=1`
  the proposer may approve, and the decision records `self_approved`.
* `send_back`: the approver returns the proposal (退回); the review is `under_review` again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.review_deadlines import Step, receipt_deadline, step_deadline
from desktop.domain.review_decision import (
    DecisionKind,
    JuvenileRefusalSituation,
    NonArrestGround,
    Proposal,
    ROLE_APPROVER,
    ROLE_CHIEF,
    ProposalState,
    approval_verdict,
    decision_problems,
    late,
    parse_roles,
    requires_chief,
)
from desktop.services.arrest_review import load_review, review_facts, set_status, start_work
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office

SINGLE_OFFICER_KEY = "single_officer"


@dataclass
class ProposalInput:
    kind: str  # DecisionKind value
    ground: str  # ArrestGround / NonArrestGround value
    reasoning: str
    juvenile_situations: list[str] = field(default_factory=list)  # RPR 463, on a refusal


def is_single_officer(office: Office) -> bool:
    return office.meta(SINGLE_OFFICER_KEY, "0") == "1"


def set_single_officer(office: Office, on: bool) -> None:
    """Configure the office for a single approver-officer (one person both proposes and
    approves). Local setting, not synced."""
    with office.transaction(permissions.SETTINGS) as session:
        session.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
            (SINGLE_OFFICER_KEY, "1" if on else "0"))


def _proposal(data: ProposalInput) -> Proposal:
    try:
        kind = DecisionKind(data.kind)
        situations = tuple(JuvenileRefusalSituation(s) for s in data.juvenile_situations)
    except ValueError as exc:
        raise ValidationFailed([FieldError("kind", "invalid", str(exc))]) from exc
    if situations and kind != DecisionKind.REFUSE:
        raise ValidationFailed([FieldError("juvenile_situations", "decision.refusal_only",
                                           "RPR 463 situations belong to a refusal")])
    return Proposal(kind, data.ground, data.reasoning, situations)


def _open_proposal(session, review_id: str):
    from sqlalchemy import select

    from desktop.store.review_models import ReviewDecision

    return session.scalars(select(ReviewDecision).where(
        ReviewDecision.review_id == review_id, ReviewDecision.deleted_at.is_(None),
        ReviewDecision.state == ProposalState.PROPOSED.value)).first()


def propose_decision(office: Office, review_id: str, data: ProposalInput, *,
                     today: date) -> str:
    """The officer's proposal; returns the decision record's id."""
    from desktop.store.review_models import ReviewDecision

    proposal = _proposal(data)
    with office.transaction(permissions.REVIEW_WORK) as session:
        review = load_review(session, review_id)
        if review.status == ReviewStatus.PENDING_APPROVAL.value:
            raise ValidationFailed([FieldError("status", "decision.already_proposed",
                                               "a proposal is already waiting for approval")])
        start_work(review)
        problems = decision_problems(review_facts(session, review_id), proposal)
        if problems:
            raise ValidationFailed([
                FieldError(p.field, p.code, f"{p.field}: {p.code}",
                           {"basis": p.basis} if p.basis else {}) for p in problems])
        set_status(review, ReviewStatus.PENDING_APPROVAL)
        row = ReviewDecision(
            review_id=review_id, kind=proposal.kind.value, ground=proposal.ground,
            reasoning=proposal.reasoning.strip(),
            juvenile_situations=",".join(s.value for s in proposal.juvenile_situations),
            state=ProposalState.PROPOSED.value, proposed_by=office.user_id, proposed_on=today,
            chief_required=requires_chief(proposal.kind, proposal.ground))
        session.add(row)
        session.flush()
        return row.id


def _pending(session, review_id: str):
    row = _open_proposal(session, review_id)
    if row is None:
        raise ValidationFailed([FieldError("decision", "decision.nothing_pending",
                                           "no proposal is waiting for approval")])
    return row


def approve_decision(office: Office, review_id: str, *, today: date) -> str:
    """The acting user approves the pending proposal; returns the decision's id."""
    from desktop.store.models import User
    from desktop.store.review_models import ExecutionReceipt

    single = is_single_officer(office)
    with office.transaction(permissions.APPROVE) as session:
        review = load_review(session, review_id)
        row = _pending(session, review_id)
        approver = session.get(User, office.user_id)
        verdict = approval_verdict(
            approver_id=office.user_id, approver_roles=parse_roles(approver.roles),
            proposer_id=row.proposed_by, kind=DecisionKind(row.kind), ground=row.ground,
            single_officer=single)
        if not verdict.allowed:
            raise ValidationFailed([FieldError("approver", verdict.code, verdict.code)])
        approved = row.kind == DecisionKind.APPROVE.value
        _conclude(review, row, approver_id=office.user_id, on=today,
                  self_approved=verdict.self_approved)
        if row.ground == NonArrestGround.NO_CRIME.value:
            row.withdrawal_due = step_deadline(Step.WITHDRAWAL_FOLLOW_UP, today).due
        session.flush()
        # Approval: the arrest is executed, then the receipt. Refusal of a detained suspect:
        # release at once, then the receipt. A suspect at liberty has nothing to release.
        if approved or review.detained:
            deadline = receipt_deadline(approved=approved, served_on=today)
            session.add(ExecutionReceipt(
                review_id=review_id, decision_id=row.id, step=deadline.step.value,
                served_on=today, due_date=deadline.due, not_executed_reason=""))
        return row.id


def _conclude(review, row, *, approver_id: str | None, on: date, self_approved: bool) -> None:
    """The proposal becomes the decision of `on`: the review's status and decision date, the
    record's approval and whether it came after the time limit."""
    approved = row.kind == DecisionKind.APPROVE.value
    set_status(review, ReviewStatus.APPROVED if approved else ReviewStatus.REFUSED)
    review.decided_on = on
    row.state = ProposalState.APPROVED.value
    row.approver_id = approver_id
    row.approved_on = on
    row.self_approved = self_approved
    row.late = late(on, review.due_date)


# Written into an imported decision's reasoning: the decision record has no column for how it
# was entered, so its text says it (the audit log names the user who imported it).
IMPORTED_REASONING = "（据既有登记导入：审查与审批在本程序启用前完成）"


def concluded_decision(review, *, kind: DecisionKind, ground: str, decided_on: date,
                       proposed_by: str, reasoning: str = IMPORTED_REASONING):
    """A decision made before the program kept the case (导入既有登记的审查结论): the review
    passes through the same statuses and `_conclude` as a decision made here, so it is
    decided on `decided_on`, its deadline stops and the statistics count it in that date's
    period. The steps that belong to a decision made now are not replayed: no required
    checks (they were done on paper), no approver (unknown: `approver_id` stays empty), no
    receipt tracker and no RPR 287 follow-up (their time ran long ago; opening them would put
    false overdue items on the dashboard).

    Returns the decision record, NOT yet added: the caller adds it to its session once the
    review is in the database (the record has no relationship to its review that would
    order the inserts; a review registered in the same batch is inserted at the batch's
    next flush, already decided, so it is audited and queued once)."""
    from desktop.store.review_models import ReviewDecision

    start_work(review)  # received → under_review; refuses a decided or withdrawn review
    set_status(review, ReviewStatus.PENDING_APPROVAL)
    row = ReviewDecision(
        review_id=review.id, kind=kind.value, ground=ground or "", reasoning=reasoning,
        juvenile_situations="", state=ProposalState.PROPOSED.value, proposed_by=proposed_by,
        proposed_on=decided_on, chief_required=requires_chief(kind, ground))
    _conclude(review, row, approver_id=None, on=decided_on, self_approved=False)
    return row


def send_back(office: Office, review_id: str, reason: str, *, today: date) -> None:
    """The approver returns the proposal to the officer (退回审查)."""
    from desktop.store.models import User

    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "required", "say why it goes back")])
    with office.transaction(permissions.APPROVE) as session:
        review = load_review(session, review_id)
        row = _pending(session, review_id)
        user = session.get(User, office.user_id)
        if not parse_roles(user.roles) & {ROLE_APPROVER, ROLE_CHIEF}:
            raise ValidationFailed([FieldError("approver", "approval.not_approver",
                                               "only an approver sends a proposal back")])
        set_status(review, ReviewStatus.UNDER_REVIEW)
        row.state = ProposalState.SENT_BACK.value
        row.approver_id = office.user_id
        row.approved_on = today
        row.send_back_reason = reason.strip()


def decision_of(conn, review_id: str) -> dict | None:
    """The approved decision of a review, as a plain row (None while undecided)."""
    r = conn.execute(
        "SELECT id, kind, ground, reasoning, proposed_by, approver_id, approved_on, "
        "self_approved, late, chief_required FROM review_decisions WHERE review_id = ? "
        "AND state = 'approved' AND deleted_at IS NULL", (review_id,)).fetchone()
    if r is None:
        return None
    keys = ("id", "kind", "ground", "reasoning", "proposed_by", "approver_id", "approved_on",
            "self_approved", "late", "chief_required")
    return dict(zip(keys, r))


def require_decision(session, review_id: str, kind: DecisionKind | None = None):
    from sqlalchemy import select

    from desktop.store.review_models import ReviewDecision

    row = session.scalars(select(ReviewDecision).where(
        ReviewDecision.review_id == review_id, ReviewDecision.deleted_at.is_(None),
        ReviewDecision.state == ProposalState.APPROVED.value)).first()
    if row is None or (kind is not None and row.kind != kind.value):
        raise NotFound(f"decision on review {review_id}")
    return row
