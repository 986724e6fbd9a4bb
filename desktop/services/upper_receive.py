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
    for decision, request in pending:
        answer_upper_review(session, request, decided_on=decision.decided_on,
                            decided_by=decision.decided_by, outcome=decision.outcome,
                            reasons=decision.reasons)
    if pending:
        session.flush()
    return len(pending)
