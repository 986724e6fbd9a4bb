"""Demo data: custody-necessity reviews (羁押必要性审查) of suspects whose arrest the demo
workflow approved, through desktop.services.custody_review, in several states — closed after a
decision not to recommend, closed after an adopted recommendation and the written result to the
applicant, a recommendation whose reply is overdue (shown as 逾期未回复, on the dashboard), an
escalation, an application waiting for its decision and one under review."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.services import custody_review as cr
from desktop.services import demo_names as names
from desktop.services.document_context import arabic_date


@dataclass
class CustodyCase:
    id: str
    arrest_review_id: str
    state: str
    recommended_on: date | None = None  # the 建议书 served
    applicant: str = ""
    applied_on: date | None = None
    notified_on: date | None = None  # the result notice to the applicant


# (state, days before today the review started, source)
_PLAN = (
    ("closed_not_recommended", 80, "own_motion"),
    ("closed_adopted", 60, "application"),
    ("escalated", 45, "detention_centre"),
    ("no_reply", 20, "detention_centre"),
    ("application_pending", 8, "application"),
    ("under_review", 5, "own_motion"),
)


def run_custody(actors, story, rng: random.Random, today: date) -> list[CustodyCase]:
    """Start and advance the reviews. The 建议书 and the result notice are issued (demo_documents)
    just before they are served, so their numbers are on the record. A suspect is reviewed
    only when arrested before the review starts; a small demo may have fewer states."""
    from desktop.services.demo_documents import issue_one

    # detained suspects arrested through the workflow, earliest decision first
    candidates = sorted(((req, rv) for req, rv in story.approved if rv.detained),
                        key=lambda p: p[1].decided_on)
    used: set[str] = set()
    out = []
    for state, ago, source in _PLAN:
        started = today - timedelta(days=ago)
        pick = next(((req, rv) for req, rv in candidates if rv.id not in used
                     and rv.decided_on + timedelta(days=3) <= started), None)
        if pick is None:
            continue
        req, rv = pick
        used.add(rv.id)
        office = actors[req.officer_id]
        applicant = ""
        data = cr.StartInput(arrest_review_id=rv.id, source=source, started_on=started)
        if source == "application":
            kind = rng.choice(("close_relative", "defender"))
            applicant = (rv.name[0] + rng.choice(names.PARENT_GIVEN) if kind == "close_relative"
                         else rng.choice(names.DEFENDERS))
            data.applicant_kind, data.applicant_name = kind, applicant
            data.grounds = rng.choice(names.CUSTODY_APPLICATION_GROUNDS)
            data.evidence = names.CUSTODY_APPLICATION_EVIDENCE
        elif source == "detention_centre":
            data.grounds = names.CUSTODY_CENTRE_GROUNDS
        review_id = cr.start_review(office, data, today=started)
        case = CustodyCase(review_id, rv.id, state, applicant=applicant,
                           applied_on=started if applicant else None)
        out.append(case)
        if state == "application_pending":
            continue
        checked = started + timedelta(days=2)
        present = state != "closed_not_recommended"
        cr.record_checklist(office, review_id, {
            "must_bail_conditions_met": (present, names.CUSTODY_FACTS if present else ""),
            "may_reconciliation": (present, names.CUSTODY_RECONCILIATION if present else ""),
            "may_plea_leniency": (present and rv.confessed, "")}, today=checked)
        if state == "under_review":
            continue
        decided = started + timedelta(days=4)
        if state == "closed_not_recommended":
            cr.decide_not_to_recommend(office, review_id, decided_on=decided,
                                       reasons=names.CUSTODY_CONTINUE_REASONS, today=decided)
            cr.close_review(office, review_id, closed_on=decided + timedelta(days=1),
                            today=decided + timedelta(days=1))
            continue
        info = issue_one(actors, req.officer_id, "custody_change_recommendation", rv.id, {
            "arrest_date": arabic_date(rv.decided_on), "detention_centre": names.DETENTION_CENTRE,
            "finding": names.CUSTODY_FINDING.format(name=rv.name)}, decided)
        cr.recommend(office, review_id, cr.RecommendationInput(
            measure="bail", addressee=names.AGENCIES[0][0], served_on=decided,
            reasons=names.CUSTODY_FINDING.format(name=rv.name),
            document_no=info.number if info else ""), today=decided)
        case.recommended_on = decided
        if state == "no_reply":
            continue  # the reply is overdue: shown as no reply, on the dashboard
        if state == "escalated":
            issued = decided + timedelta(days=12)
            cr.escalate(office, review_id, cr.EscalationInput(
                issued_on=issued, content=names.CUSTODY_ESCALATION), today=issued)
            continue
        replied = decided + timedelta(days=6)
        cr.record_reply(office, review_id, cr.ReplyInput(
            received_on=replied, outcome="adopted", measure_taken="bail",
            content=names.CUSTODY_REPLY), today=replied)
        notified = replied + timedelta(days=1)
        info = issue_one(actors, req.officer_id, "custody_review_result", rv.id, {
            "applicant_name": applicant, "application_date": arabic_date(started),
            "review_outcome": "recommended", "agency_replied": True,
            "agency_reply": names.CUSTODY_REPLY_SHORT.format(name=rv.name)}, notified)
        cr.record_result_notice(office, review_id, cr.NoticeInput(
            notified_on=notified, recipient=applicant,
            content=names.CUSTODY_REPLY_SHORT.format(name=rv.name),
            document_no=info.number if info else ""), today=notified)
        case.notified_on = notified
        cr.close_review(office, review_id, closed_on=notified, today=notified)
    return out
