"""Demo data: the issued documents (DOMAIN §6) — at least one of each of the twelve types, filled
from the records the demo workflow made, previewed and issued through
desktop.services.documents (numbered per type and year without gaps, PDF and register entry),
each on the day of its step and by the officer in charge. One is voided with its reason and
issued again, as happens when a mistake is noticed after issue. At most a few of a type, so a
big demo costs no more than a small one here."""
from __future__ import annotations

import random
from datetime import date

from desktop.domain.idnumber import id_check_char
from desktop.services import demo_names as names
from desktop.services import documents as docs
from desktop.services.document_context import arabic_date

PER_TYPE = 3  # at most, of any type


def issue_one(actors, officer_id: str, doc_type: str, review_id: str, extra: dict,
              on: date) -> docs.IssuedDocumentInfo:
    """Preview and issue one document about an arrest review as `officer_id` on day `on`."""
    office = actors[officer_id]
    draft = docs.preview(office, doc_type, docs.Subject("arrest_reviews", review_id), today=on,
                         extra=extra)
    return docs.issue(office, draft, today=on)


def _approver_name(actors, review_id: str) -> str:
    row = actors.reader.execute(
        "SELECT u.display_name FROM review_decisions d JOIN users u ON u.id = d.approver_id "
        "WHERE d.review_id = ? AND d.state = 'approved' AND d.deleted_at IS NULL",
        (review_id,)).fetchone()
    return row[0] if row else ""


def _fictional_id(rng: random.Random, birth: date) -> str:
    first17 = f"{names.UNIT_CODE}{birth:%Y%m%d}{rng.randrange(0, 499) * 2 + 1:03d}"
    return first17 + id_check_char(first17)


def issue_documents(actors, story, custody, rng: random.Random, today: date) -> list:
    """Issue the documents of the story, oldest first; returns what was issued."""
    jobs: list[tuple[date, str, str, str, dict]] = []  # (day, type, officer, review, extra)

    def add(on, doc_type, req, rv, extra):
        if on is not None and on <= today and sum(j[1] == doc_type for j in jobs) < PER_TYPE:
            jobs.append((on, doc_type, req.officer_id, rv.id, extra))

    approved = sorted(story.approved, key=lambda p: p[1].decided_on)
    for req, rv in approved[-2:]:
        add(rv.decided_on, "approve_arrest", req, rv,
            {"volumes": str(rng.randint(1, 3)), "approver": _approver_name(actors, rv.id)})
    if approved:
        req, rv = approved[-1]
        add(rv.decided_on, "continued_outline", req, rv,
            {"outline_items": names.CONTINUED_OUTLINE})
    refusals = sorted(story.refused, key=lambda p: p[1].decided_on)
    evidence = next(((q, v) for q, v in refusals if v.ground == "insufficient_evidence"), None)
    # the refusals other documents quote first: insufficient evidence (reasons, outline), the
    # reconsidered one, one for no crime; then the latest
    wanted = [evidence, next(((q, v) for q, v in refusals if story.reconsideration
                               and v.id == story.reconsideration[0].id), None),
              next(((q, v) for q, v in refusals if v.ground == "no_crime"), None),
              *reversed(refusals)]
    chosen: list = []
    for pick in wanted:
        if pick is not None and pick[1].id not in {v.id for _q, v in chosen}:
            chosen.append(pick)
    for req, rv in chosen[:PER_TYPE]:
        add(rv.decided_on, "refuse_arrest", req, rv, {
            "refusal_ground": rv.ground, "volumes": str(rng.randint(1, 3)),
            "approver": _approver_name(actors, rv.id)})
    if story.opinion_forms:
        rv, served = story.opinion_forms[-1]
        req = _request_of(story, rv)
        if req is not None:
            add(served, "suspect_opinion", req, rv, {})
    if story.legal_aid:
        rv, on = story.legal_aid[-1]
        req = _request_of(story, rv)
        if req is not None:
            add(on, "legal_aid_notice", req, rv, {
                "legal_aid_agency": names.LEGAL_AID, "detention_centre": names.DETENTION_CENTRE,
                "officer_phone": names.OFFICE_PHONE})
    else:  # no juvenile in a small sample: a suspect without counsel who asked for aid
        pick = next(((q, v) for q, v in approved if not v.counsel), None)
        if pick:
            add(pick[0].received, "legal_aid_notice", pick[0], pick[1], {
                "legal_aid_agency": names.LEGAL_AID, "detention_centre": names.DETENTION_CENTRE,
                "officer_phone": names.OFFICE_PHONE, "aid_reason": names.AID_REASON_POOR})
    if story.omitted is not None:
        rv, name, demanded, direct = story.omitted
        req = _request_of(story, rv)
        add(demanded, "require_arrest_request", req, rv, {
            "suspect_name": name, "finding": names.OMITTED_FINDING})
        birth = date(rng.randint(1975, 2000), rng.randint(1, 12), rng.randint(1, 28))
        add(direct, "arrest_decision", req, rv, {
            "suspect_name": name, "suspect_sex": "男", "suspect_birth": arabic_date(birth),
            "suspect_id_number": _fictional_id(rng, birth),
            "finding": names.DIRECT_DECISION_FINDING})
    jobs.sort(key=lambda j: (j[0], j[1]))

    issued = []
    numbers: dict[str, str] = {}  # review id → its 不批准逮捕决定书 number
    voided = False
    for on, doc_type, officer_id, review_id, extra in jobs:
        info = issue_one(actors, officer_id, doc_type, review_id, extra, on)
        issued.append(info)
        if doc_type == "refuse_arrest":
            numbers[review_id] = info.number
        if doc_type == "approve_arrest" and not voided:
            # noticed after issue: the volumes were miscounted; voided and issued again
            docs.void(actors[officer_id], info.id, names.VOID_REASON)
            extra = {**extra, "volumes": str(int(extra["volumes"]) + 1)}
            issued.append(issue_one(actors, officer_id, doc_type, review_id, extra, on))
            voided = True
    # the documents that quote a refusal's number, after it
    follow = []
    if evidence is not None and evidence[1].id in numbers:
        req, rv = evidence
        follow.append((rv.decided_on, "refusal_reasons", req, rv, {
            "refusal_number": numbers[rv.id], "reasons": names.REFUSAL_REASONS}))
        follow.append((rv.decided_on, "supplementary_outline", req, rv,
                       {"outline_items": names.SUPPLEMENTARY_OUTLINE}))
    if story.reconsideration is not None:
        rv, requested, decided, request_no = story.reconsideration
        req = _request_of(story, rv)
        if rv.id in numbers:
            follow.append((decided, "reconsideration_decision", req, rv, {
                "reconsideration_outcome": "upheld", "original_number": numbers[rv.id],
                "reconsideration_request_date": arabic_date(requested),
                "reconsideration_request_no": request_no,
                "finding": names.RECONSIDERATION_FINDING,
                "approver": actors.names[actors.chief]}))
    for on, doc_type, req, rv, extra in sorted(follow, key=lambda j: (j[0], j[1])):
        issued.append(issue_one(actors, req.officer_id, doc_type, rv.id, extra, on))
    return issued


def _request_of(story, rv):
    return story.request_of.get(rv.id)
