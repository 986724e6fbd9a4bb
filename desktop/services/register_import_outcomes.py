"""The outcome columns of an imported arrest register (审查结论, 决定日期, 不捕理由), issue 9.

A row with a decision is a concluded case: it is registered and its decision recorded as a
decision made before the program (review_decisions.record_concluded_decision) in the
import's transaction, so the dashboard shows no deadline for it and the statistics count it
on its decision date. A row matching a registered suspect whose review is still open in the
program records its decision the same way ("updated"); a row repeating the recorded decision
is "unchanged"; a row contradicting it is refused, since a decision changes only on 复议 /
复核 in the program, never by a spreadsheet.

Import reason codes (FieldError.code, English text in the message):
  import.decision_date_missing   "a decision needs its date"
  import.decision_missing        "a decision date without a decision"
  import.decided_before_received "decided before the request was received"
  import.ground_missing          "a refusal needs its ground"
  import.ground_without_refusal  "a ground of refusal on a decision that is not a refusal"
  import.decision_not_permitted  "recording decisions needs an approver's account"
  import.decision_differs        "the program has another decision recorded; change it by
                                  复议/复核 in the program"
  import.decision_pending        "a proposal is waiting for approval in the program"
  import.review_withdrawn        "the request was withdrawn in the program"
plus date.future (a decision date in the future) and import.choice_unknown (a word that is
not a decision or a ground), as other columns use them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.import_values import (DECISIONS, EMPTY_WORDS, NON_ARREST_GROUNDS,
                                          PENDING_WORDS, ValueProblem, half_width, parse_choice)
from desktop.domain.review_decision import DecisionKind
from desktop.services.register_import_rows import UNCHANGED, UPDATED, RowCheck

DECISION, DECIDED_ON, GROUND = "decision", "decided_on", "refusal_ground"
_OPEN = (ReviewStatus.RECEIVED.value, ReviewStatus.UNDER_REVIEW.value)
_WORDS_ZH = {"approve": "批准逮捕", "refuse": "不批准逮捕"}


@dataclass
class Outcome:
    """A decision to record on a registered review (the work item of an "updated" row)."""
    review_id: str
    kind: str  # DecisionKind value
    ground: str  # NonArrestGround value or ""
    decided_on: date
    officer_id: str  # the request's 承办人, who proposed it
    rows: list[RowCheck] = field(default_factory=list)


def _word(value) -> str:
    return "".join(half_width(str(value)).split()) if value is not None else ""


def read_outcome(office, check: RowCheck, *, today: date, mapped: set[str]) -> None:
    """The row's outcome cells to stored values (`decision` approve/refuse, `refusal_ground`
    a NonArrestGround value) and their checks; a row without a decision is an open case."""
    v = check.values
    for key, words in ((DECISION, DECISIONS), (GROUND, NON_ARREST_GROUNDS)):
        if key not in v:
            continue
        text = _word(v[key])
        if text in EMPTY_WORDS or (key == DECISION and text in PENDING_WORDS):
            del v[key]
            continue
        got = parse_choice(text, words)
        if isinstance(got, ValueProblem):
            del v[key]
            check.refuse(key, got.code, got.message, **got.params)
        elif got is not None:
            v[key] = got
    decision, on = v.get(DECISION), v.get(DECIDED_ON)
    if decision and on is None and not any(r.field == DECIDED_ON for r in check.reasons):
        check.refuse(DECIDED_ON, "import.decision_date_missing", "a decision needs its date")
    if on is not None and not decision and not any(r.field == DECISION for r in check.reasons):
        check.refuse(DECISION, "import.decision_missing", "a decision date without a decision")
    if on is not None and on > today:
        check.refuse(DECIDED_ON, "date.future", "the decision date is in the future")
    received = v.get("received_date")
    if on is not None and received is not None and on < received:
        check.refuse(DECIDED_ON, "import.decided_before_received",
                     "decided before the request was received", received=received.isoformat())
    if decision == DecisionKind.REFUSE.value and GROUND in mapped and not v.get(GROUND) \
            and not any(r.field == GROUND for r in check.reasons):
        check.refuse(GROUND, "import.ground_missing", "a refusal needs its ground")
    if decision == DecisionKind.APPROVE.value and v.get(GROUND):
        check.refuse(GROUND, "import.ground_without_refusal",
                     "a ground of refusal on a decision that is not a refusal")
    if decision and not permissions.may(office.roles, permissions.APPROVE):
        # a register clerk may register requests but not put decisions on file
        check.refuse(DECISION, "import.decision_not_permitted",
                     "recording decisions needs an approver's account")


def compare(check: RowCheck, stored: dict) -> Outcome | None:
    """A matched row's outcome against the program's: updated (an Outcome to record),
    unchanged, or refused. `stored` has review_id, status, decision, refusal_ground,
    decided_on, received_date and officer_id."""
    v = check.values
    kind = v.get(DECISION)
    if not kind:
        return None  # the file says nothing of the outcome (an older file): unchanged
    status = stored["status"]
    recorded = stored.get("decision")
    if status in _OPEN:
        if v[DECIDED_ON] < stored["received_date"]:
            check.refuse(DECIDED_ON, "import.decided_before_received",
                         "decided before the request was received",
                         received=stored["received_date"].isoformat())
            return None
        check.status = UPDATED
        check.differences.pop(DECISION, None)
        return Outcome(stored["review_id"], kind, v.get(GROUND, ""), v[DECIDED_ON],
                       stored["officer_id"], [check])
    if status == ReviewStatus.PENDING_APPROVAL.value:
        check.refuse(DECISION, "import.decision_pending",
                     "a proposal is waiting for approval in the program; decide it there")
    elif status == ReviewStatus.WITHDRAWN.value:
        check.refuse(DECISION, "import.review_withdrawn",
                     "the request was withdrawn in the program")
    elif kind in (recorded, _status_kind(status)):
        # the same decision (a refusal changed on 复议 is an approval now: either matches)
        check.status = UNCHANGED
        for key in (DECIDED_ON, GROUND):
            if v.get(key) and stored.get(key) and v[key] != stored[key]:
                check.differences[key] = (stored[key], v[key])
    else:
        shown = _WORDS_ZH.get(recorded or _status_kind(status), status)
        check.refuse(DECISION, "import.decision_differs",
                     f"the program has {recorded or _status_kind(status)} recorded; a decision "
                     "changes by 复议/复核 in the program, not by an import",
                     recorded=shown, file=_WORDS_ZH[kind])
    return None


def _status_kind(status: str) -> str | None:
    return {ReviewStatus.APPROVED.value: DecisionKind.APPROVE.value,
            ReviewStatus.REFUSED.value: DecisionKind.REFUSE.value}.get(status)


def record(review, values: dict, officer_id: str):
    """A row's decision on a review: the decision record, for the caller to add to the
    session once the review is in the database (review_decisions.concluded_decision)."""
    from desktop.services.review_decisions import concluded_decision

    return concluded_decision(
        review, kind=DecisionKind(values[DECISION]), ground=values.get(GROUND, ""),
        decided_on=values[DECIDED_ON], proposed_by=officer_id)


def reviews_on_file(session, work) -> dict:
    """{review id: ArrestReview} of the batch's "updated" rows, in a few queries: asking one
    by one would flush the batch before each (autoflush), 40 ms a row."""
    from sqlalchemy import select

    from desktop.store.models import ArrestReview

    ids = sorted({item.review_id for item, _ in work if isinstance(item, Outcome)})
    found: dict = {}
    for i in range(0, len(ids), 500):
        with session.no_autoflush:
            for review in session.scalars(select(ArrestReview).where(
                    ArrestReview.id.in_(ids[i:i + 500]), ArrestReview.deleted_at.is_(None))):
                found[review.id] = review
    return found


def record_outcome(session, item: Outcome, reviews: dict | None = None) -> str:
    """An "updated" row: the decision on a review registered earlier (already in the
    database, so the record is added at once). `reviews`: reviews_on_file's cache."""
    from desktop.services.arrest_review import load_review

    review = (reviews or {}).get(item.review_id) or load_review(session, item.review_id)
    session.add(record(review, {DECISION: item.kind, GROUND: item.ground,
                                DECIDED_ON: item.decided_on}, item.officer_id))
    return review.request_id
