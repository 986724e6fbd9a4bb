"""Demo data, second part: the review workflow of a bounded sample of requests, through the real
services (validation, change capture, audit chain and outbox exactly as in use).

`demo.create_demo` inserts every request in bulk and hands over the sample (the planted
requests, the most recent ones and a spread of the last months) still `received`, each review
with the status and decision day the bulk generator meant for it. Here the handling officer
records interrogations, counsel's opinions and social danger and proposes; an approver (or the
chief procurator, where RPR 285 ¶3 asks for him) approves on the decision day; the police's
receipts come in; and the planted requests tell the rarer stories: a 复议 decided by another
officer and a 复核, a refusal for no crime awaiting the police's withdrawal, an RPR 288 demand
with a direct decision, a re-submission, an overdue receipt. Each service is called with the
day the step happened as its `today`, so the records read as if entered on that day.

Then demo_custody starts custody-necessity reviews and demo_documents issues the documents.
Randomness comes from one `random.Random` derived from the seed: same seed and today, same
records (ids and timestamps still come from the clock)."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from desktop.domain import review_rules as rr
from desktop.domain.arrest_review import ReviewStatus
from desktop.services import arrest_review as ws
from desktop.services import demo_names as names
from desktop.services import review_decisions as dec
from desktop.services import review_followup as fu
from desktop.services.office import Office, open_office

_S = ReviewStatus


@dataclass
class SampleReview:
    id: str
    request_id: str
    position: int
    name: str
    id_number: str
    sex: str
    detained: bool
    juvenile: bool
    confessed: bool
    counsel: str
    due_date: date
    target: str  # the status the bulk generator meant
    decided_on: date | None  # its decision day
    ground: str = ""  # filled in when decided here
    proposed_by: str = ""


@dataclass
class SampleRequest:
    id: str
    kind: str | None
    received: date
    officer_id: str
    major: bool
    police_case_no: str
    request_no: str
    reviews: list[SampleReview]


def sample_request(reviews: list, data, kind: str | None, targets: list) -> SampleRequest:
    """Plain values of a flushed request of the sample (ORM objects expire at commit)."""
    out = []
    for review, suspect, (status, decided_on) in zip(reviews, data.suspects, targets):
        out.append(SampleReview(
            id=review.id, request_id=review.request_id, position=review.position,
            name=suspect.name, id_number=suspect.id_number, sex=review.person.sex or "",
            detained=review.detained, juvenile=review.juvenile, confessed=review.confessed,
            counsel=review.counsel, due_date=review.due_date, target=status,
            decided_on=decided_on))
    return SampleRequest(reviews[0].request_id, kind, data.received_date, data.officer_id,
                         data.major_complex, data.police_case_no, data.request_no, out)


@dataclass
class Story:
    """What the workflow recorded, for the custody reviews and the documents."""

    approved: list[tuple[SampleRequest, SampleReview]] = field(default_factory=list)
    refused: list[tuple[SampleRequest, SampleReview]] = field(default_factory=list)
    opinion_forms: list[tuple[SampleReview, date]] = field(default_factory=list)
    legal_aid: list[tuple[SampleReview, date]] = field(default_factory=list)
    reconsideration: tuple | None = None  # (review, requested_on, decided_on, request_no)
    omitted: tuple | None = None  # (review, demand name, demanded_on, direct decision day)
    request_of: dict[str, SampleRequest] = field(default_factory=dict)  # by review id


class Actors:
    """One open Office per user of the demo office, so each step is done by its user."""

    def __init__(self, path: Path | str):
        self.offices: dict[str, Office] = {}
        conn = open_office(path)
        try:
            users = conn.reader.execute(
                "SELECT id, username, display_name, roles FROM users WHERE active "
                "ORDER BY created_at").fetchall()
        finally:
            conn.close()
        self.names = {u[0]: u[2] for u in users}
        self.ids = {u[1]: u[0] for u in users}
        for user_id, username, _d, _r in users:
            self.offices[user_id] = fast(open_office(path, username=username))
        self.chief = self.ids[names.CHIEF[0]]
        self.approver = self.ids[names.OFFICERS[0][0]]  # officer1: officer, approver
        self.officers = [self.ids[u] for u, _d, _s in names.OFFICERS]

    def __getitem__(self, user_id: str) -> Office:
        return self.offices[user_id]

    @property
    def reader(self):
        return self.offices[self.approver].reader

    def other_officer(self, user_id: str) -> str:
        return next(o for o in self.officers if o != user_id)

    def close(self) -> None:
        for office in self.offices.values():
            office.close()


def fast(office: Office) -> Office:
    """No fsync per commit: a demo file is disposable (as in create_demo's bulk part)."""
    from sqlalchemy import event

    event.listen(office.db.engine(), "connect",
                 lambda dbapi_conn, _record: dbapi_conn.execute("PRAGMA synchronous = OFF"))
    return office


def _lawyer(counsel: str) -> str:
    """江苏青衡律师事务所 张三律师（…指派） → 张三律师."""
    text = counsel.split("（")[0]
    return text.split(" ")[-1] if " " in text else text


class _Workflow:
    def __init__(self, actors: Actors, rng: random.Random, today: date):
        self.a, self.rng, self.today = actors, rng, today
        self.story = Story()

    def day(self, d: date) -> date:
        return min(d, self.today)

    # -- the workspace ----------------------------------------------------------------------
    def prepare(self, req: SampleRequest, rv: SampleReview, until: date, *,
                target: str) -> None:
        """The records a decision needs, dated from the receipt up to `until`; sets the ground
        of an approval (a refusal's is chosen before)."""
        rng = self.rng
        office = self.a[req.officer_id]
        first = min(req.received + timedelta(days=1), until)
        compulsory = rv.juvenile or rv.confessed or req.major
        mandatory = target == _S.APPROVED.value and not rv.juvenile and rng.random() < 0.12
        if rv.juvenile or mandatory:
            flags = {"social_report": True} if rv.juvenile else {"ten_years_possible": True}
            notified = req.received if rv.juvenile else None
            ws.save_checklist(office, rv.id, ws.ChecklistInput(flags, notified), today=until)
            if rv.juvenile:
                self.story.legal_aid.append((rv, req.received))
        if rv.detained and not compulsory and (not self.story.opinion_forms
                                               or rng.random() < 0.3):
            ws.add_interrogation(office, rv.id, ws.InterrogationInput(
                kind=rr.InterrogationKind.OPINION_FORM.value, held_on=first,
                returned_on=until, note=names.OPINION_FORM_NOTE), today=until)
            self.story.opinion_forms.append((rv, first))
        else:
            staff = [self.a.names[req.officer_id], rng.choice(names.ASSISTANTS)]
            female = rv.juvenile and rv.sex == "F"
            if female and staff[0] not in names.FEMALE_OFFICERS:
                staff.append(names.FEMALE_OFFICERS[0])
            ws.add_interrogation(office, rv.id, ws.InterrogationInput(
                kind=rr.InterrogationKind.INTERROGATION.value, held_on=first, staff=staff,
                place=names.DETENTION_CENTRE + "讯问室" if rv.detained else names.OWN_ROOM,
                female_prosecutor_present=female,
                adult_present="legal_representative" if rv.juvenile else "",
                adult_name=rv.name[0] + rng.choice(names.PARENT_GIVEN) if rv.juvenile else ""),
                today=until)
        if rv.counsel:
            assessed = target != _S.UNDER_REVIEW.value
            refuse = target == _S.REFUSED.value
            kind = rng.choice((rr.ArgumentKind.NO_SOCIAL_DANGER,
                               rr.ArgumentKind.UNSUITABLE_FOR_CUSTODY))
            argument = rr.CounselArgument(
                kind, names.COUNSEL_ARGUMENTS[kind.value], refuse if assessed else None,
                "" if refuse or not assessed else names.COUNSEL_NOT_ADOPTED)
            ws.add_counsel_opinion(office, rv.id, ws.CounselInput(
                counsel_name=_lawyer(rv.counsel), heard_on=first,
                method=rng.choice(("in_person", "written", "phone")), arguments=[argument],
                summary=names.COUNSEL_ARGUMENTS[kind.value]), today=until)
        if target in (_S.APPROVED.value, _S.PENDING_APPROVAL.value) and not mandatory:
            picked = rng.sample(names.DANGERS, rng.choice((1, 1, 2)))
            ws.save_social_danger(office, rv.id, ws.DangerInput(
                {c: (facts, evidence) for c, facts, evidence in picked}))
        if target != _S.REFUSED.value:
            rv.ground = "mandatory_ten_years" if mandatory else "social_danger"

    def propose(self, req, rv, on: date, kind: str) -> None:
        rng = self.rng
        if kind == "approve":
            reasoning = rng.choice(names.APPROVE_REASONING)
            situations = []
        else:
            reasoning = names.REFUSE_REASONING[rv.ground]
            situations = (["first_offence", "restitution"]
                          if rv.juvenile and rv.ground == "no_social_danger" else [])
        dec.propose_decision(self.a[req.officer_id], rv.id, dec.ProposalInput(
            kind, rv.ground, reasoning, situations), today=on)
        rv.proposed_by = req.officer_id

    def approver_for(self, req, rv) -> str:
        if rv.ground in ("no_crime", "insufficient_evidence") or req.officer_id == self.a.approver:
            return self.a.chief
        return self.a.approver if self.rng.random() < 0.7 else self.a.chief

    # -- one review ---------------------------------------------------------------------------
    def work(self, req: SampleRequest, rv: SampleReview) -> None:
        rng, target = self.rng, rv.target
        self.story.request_of[rv.id] = req
        if target in (_S.RECEIVED.value, _S.WITHDRAWN.value):
            return
        if target in (_S.UNDER_REVIEW.value, _S.PENDING_APPROVAL.value):
            until = self.day(max(req.received, self.today - timedelta(days=1))
                             if target == _S.PENDING_APPROVAL.value else self.today)
            self.prepare(req, rv, until, target=target)
            if target == _S.PENDING_APPROVAL.value:
                self.propose(req, rv, until, "approve")
            return
        decided = rv.decided_on
        proposed = max(req.received, decided - timedelta(days=1))
        if target == _S.REFUSED.value:
            rv.ground = _REFUSAL_GROUND.get(req.kind) or rng.choices(
                ("no_social_danger", "insufficient_evidence", "no_crime"), (60, 30, 10))[0]
            self.prepare(req, rv, proposed, target=target)
            self.propose(req, rv, proposed, "refuse")
        else:
            self.prepare(req, rv, proposed, target=target)
            self.propose(req, rv, proposed, "approve")
        dec.approve_decision(self.a[self.approver_for(req, rv)], rv.id, today=decided)
        (self.story.approved if target == _S.APPROVED.value else self.story.refused).append(
            (req, rv))
        self.receipt(req, rv)

    def receipt(self, req, rv) -> None:
        row = self.a.reader.execute(
            "SELECT id, served_on FROM execution_receipts WHERE review_id = ? "
            "AND received_on IS NULL", (rv.id,)).fetchone()
        if row is None or req.kind == "receipt_overdue":
            return
        served = date.fromisoformat(row[1])
        executed = served + timedelta(days=self.rng.choice((0, 0, 1)))
        received = executed + timedelta(days=self.rng.randint(1, 3))
        if received > self.today:
            return  # still to come: the dashboard shows it as it falls due
        office = self.a[req.officer_id]
        if rv.target == _S.APPROVED.value and self.rng.random() < 0.04:
            fu.record_receipt(office, row[0], received_on=received, executed=False,
                              not_executed_reason=names.NOT_EXECUTED, today=received)
        else:
            fu.record_receipt(office, row[0], received_on=received, executed=True,
                              executed_on=executed, today=received)

    # -- the planted stories ------------------------------------------------------------------
    def after(self, req: SampleRequest) -> None:
        rv = req.reviews[0]
        if rv.decided_on is None or rv.target not in (_S.APPROVED.value, _S.REFUSED.value):
            return
        d = rv.decided_on
        if req.kind in ("reconsidered", "reconsideration_open") and rv.target == "refused":
            requested = d + timedelta(days=2)
            if requested > self.today:
                return
            request_no = f"{names.AGENCIES[0][1]}复议字〔{requested.year}〕{req.received.day}号"
            recon = fu.request_reconsideration(self.a[req.officer_id], rv.id,
                                               fu.ReconsiderationInput(
                d, requested, names.RECONSIDERATION_GROUNDS), today=requested)
            decided = requested + timedelta(days=5)
            if req.kind == "reconsideration_open" or decided > self.today:
                return
            other = self.a.other_officer(rv.proposed_by)
            fu.decide_reconsideration(self.a[other], recon, outcome="upheld",
                                      reasons=names.RECONSIDERATION_REASONS,
                                      chief_approved_by=self.a.chief, today=decided)
            self.story.reconsideration = (rv, requested, decided, request_no)
            upper = decided + timedelta(days=2)
            if upper <= self.today:
                fu.request_upper_review(self.a[other], rv.id, fu.ReconsiderationInput(
                    decided, upper, names.UPPER_REVIEW_GROUNDS), today=upper)
        elif req.kind in ("omitted", "receipt_overdue") and rv.target == "approved":
            name = self._omitted_name(rv)
            demand = fu.demand_arrest_request(self.a[req.officer_id], req.id,
                                              fu.OmittedSuspectInput(
                name, names.OMITTED_REASONS.format(name=name), self.a.chief, d), today=d)
            if req.kind == "receipt_overdue":
                return  # no answer yet: the follow-up is on the dashboard
            answered, direct = d + timedelta(days=4), d + timedelta(days=5)
            if direct > self.today:
                return
            fu.record_police_answer(self.a[req.officer_id], demand, answer="declined",
                                    answered_on=answered, reasons=names.POLICE_DECLINED,
                                    today=answered)
            fu.record_direct_decision(self.a[self.a.chief], demand, decided_on=direct,
                                      today=direct)
            self.story.omitted = (rv, name, d, direct)

    def _omitted_name(self, rv: SampleReview) -> str:
        rng = self.rng
        return rv.name[0] + rng.choice(names.OMITTED_GIVEN)


_REFUSAL_GROUND = {"refused": "insufficient_evidence", "no_crime": "no_crime",
                   "reconsidered": "no_social_danger",
                   "reconsideration_open": "no_social_danger"}


def run_workflow(path: Path | str, samples: list[SampleRequest], *, today: date, seed: int,
                 resubmission=None, more: Callable[[], bool] = lambda: True) -> Story | None:
    """Take the sample through the services, oldest first, then custody reviews and
    documents. `more()` is asked between steps; False stops there (what is done stays)."""
    from desktop.services import demo_custody, demo_documents

    rng = random.Random(seed * 1_000_003 + 11)
    actors = Actors(path)
    try:
        flow = _Workflow(actors, rng, today)
        steps = sorted(samples, key=lambda r: r.received)
        for i, req in enumerate(steps):
            for rv in req.reviews:
                flow.work(req, rv)
            flow.after(req)
            if i % 25 == 24 and not more():
                return None
        if resubmission is not None:
            previous = next((r for r in samples if r.kind == "refused"), None)
            if previous is not None and any(v.target == "refused" for v in previous.reviews):
                fu.register_resubmission(actors[resubmission.officer_id], previous.id,
                                         resubmission, today=resubmission.received_date)
        if not more():
            return None
        custody = demo_custody.run_custody(actors, flow.story, rng, today)
        if not more():
            return None
        demo_documents.issue_documents(actors, flow.story, custody, rng, today)
        return flow.story
    finally:
        actors.close()
