"""At the unit, after an acknowledgement's rows are applied: the upper office's 复核 decisions
become the answer of the unit's open 复核 requests, exactly as if the officer had typed them
in (review_followup.answer_upper_review), through the ORM, so each is this unit's own audited
change that goes up again. Comments, 督办 and holiday schedules need nothing more here: they
are read where they are shown (the calendar is reloaded by sync_receive after commit)."""
from __future__ import annotations


def answer_from_upper_decisions(session) -> int:
    """Record every applied 复核 decision whose request is still open here; returns how many.
    A request already answered (by hand, or by this function on an earlier package) is left
    alone, so a replayed or re-sent acknowledgement changes nothing."""
    from sqlalchemy import select

    from desktop.services.review_followup import UPPER_REVIEW, answer_upper_review
    from desktop.store.review_models import Reconsideration
    from desktop.store.upper_models import UpperReviewDecision

    pending = session.execute(
        select(UpperReviewDecision, Reconsideration)
        .join(Reconsideration, Reconsideration.id == UpperReviewDecision.reconsideration_id)
        .where(UpperReviewDecision.deleted_at.is_(None), Reconsideration.kind == UPPER_REVIEW,
               Reconsideration.decided_on.is_(None), Reconsideration.deleted_at.is_(None))
        .order_by(UpperReviewDecision.decided_on)).all()
    answered = 0
    for decision, request in pending:
        if decision.outcome == "changed" and not _still_refused(session, request.review_id):
            continue  # left open for the officer: an acknowledgement must never fail on it
        answer_upper_review(session, request, decided_on=decision.decided_on,
                            decided_by=decision.decided_by, outcome=decision.outcome,
                            reasons=decision.reasons)
        answered += 1
    if answered:
        session.flush()
    return answered


def _still_refused(session, review_id: str) -> bool:
    """A changed refusal turns the review into an arrest to execute; that needs the review
    still refused here with its approved refusal (else answer_upper_review would raise and
    every later acknowledgement with it)."""
    from desktop.domain.arrest_review import ReviewStatus
    from desktop.domain.review_decision import DecisionKind
    from desktop.services.errors import NotFound
    from desktop.services.review_decisions import require_decision
    from desktop.store.models import ArrestReview

    review = session.get(ArrestReview, review_id)
    if review is None or review.deleted_at is not None \
            or review.status != ReviewStatus.REFUSED.value:
        return False
    try:
        require_decision(session, review_id, DecisionKind.REFUSE)
    except NotFound:
        return False
    return True
