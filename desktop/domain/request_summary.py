"""What one line of the arrest-review list says about a whole request: the request's status
follows its suspects' reviews (one decision per suspect), and its due date is the earliest
deadline still running."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop.domain.arrest_review import OPEN_STATUSES, ReviewStatus


class RequestStatus(str, Enum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    MIXED = "mixed"  # some suspects approved, others refused (部分批准)


_OPEN_ORDER = [ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW, ReviewStatus.PENDING_APPROVAL]


@dataclass(frozen=True)
class ReviewLine:
    status: ReviewStatus
    due_date: date


@dataclass(frozen=True)
class RequestSummary:
    status: RequestStatus
    due_date: date | None  # None once every suspect is decided


def summarize(reviews: list[ReviewLine]) -> RequestSummary:
    if not reviews:
        return RequestSummary(RequestStatus.RECEIVED, None)
    open_reviews = [r for r in reviews if r.status in OPEN_STATUSES]
    if open_reviews:
        # The least advanced suspect is where the officer's work still is.
        least = min(open_reviews, key=lambda r: _OPEN_ORDER.index(r.status))
        return RequestSummary(RequestStatus(least.status.value),
                              min(r.due_date for r in open_reviews))
    finals = {r.status for r in reviews if r.status != ReviewStatus.WITHDRAWN} or {
        ReviewStatus.WITHDRAWN
    }
    if len(finals) == 1:
        return RequestSummary(RequestStatus(finals.pop().value), None)
    return RequestSummary(RequestStatus.MIXED, None)
