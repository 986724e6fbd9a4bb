"""Demo data, first part: the generator of the requests — the office's staff and police, the
calendar of receipts over two years, suspects with valid ID numbers, charges from the
catalogue, and how far each review has come by today (`settle`). The planted requests make
even a small demo show every status, every dashboard bucket and the stories of the review
workflow (demo_workflow); `sample` picks the requests that go through the services.
Everything random comes from the one `random.Random` it is given.
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from desktop.domain.ages import is_juvenile, offence_reference_date
from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.idnumber import id_check_char
from desktop.services import demo_names as names
from desktop.services.arrest_register import RegistrationInput, SuspectInput

SPAN_DAYS = 730
RECENT_DAYS = 20
OVERDUE_RATE = 0.025  # of recent requests past their deadline: left open, for the dashboard
REPEAT_OFFENDER_RATE = 0.015

_S = ReviewStatus
# Planted so that even a small demo shows every status and every dashboard bucket; recent ones
# are (kind, days before today, status), all with detained suspects (due = received + 7).
_RECENT_ANCHORS = (("overdue", 9, _S.PENDING_APPROVAL), ("due_today", 7, _S.PENDING_APPROVAL),
                   ("received", 0, _S.RECEIVED), ("under_review", 2, _S.UNDER_REVIEW),
                   ("due_soon", 5, _S.PENDING_APPROVAL))
_OLD_ANCHORS = ("approved", "refused", "withdrawn", "mixed")
# Planted for the stories of the review workflow (demo_workflow): (kind, days before today,
# outcome, days from receipt to the decision); detained suspects. Only in a demo of at least
# PLANTED_FROM requests.
_PLANTED = (("arrested", 150, "approved", 5), ("arrested", 100, "approved", 4),
            ("arrested", 75, "approved", 6), ("arrested", 50, "approved", 5),
            ("reconsidered", 30, "refused", 5), ("no_crime", 25, "refused", 5),
            ("omitted", 20, "approved", 4), ("receipt_overdue", 14, "approved", 5),
            ("reconsideration_open", 11, "refused", 4), ("resubmission", 3, None, 0))
PLANTED_FROM = 40
# The requests whose review goes through the real services (demo_workflow): the planted ones,
# the SAMPLE_RECENT most recent, and SAMPLE_SPREAD more from the last SAMPLE_WINDOW days.
SAMPLE_RECENT = 60
SAMPLE_SPREAD = 90
SAMPLE_WINDOW = 180


class _Weighted:
    """`rng.choices` with the cumulative weights computed once."""

    def __init__(self, pairs: Sequence[tuple]):
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))

    def pick(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]


@dataclass(frozen=True)
class _Charge:
    name: str
    code: str
    multi: float
    female: float
    agency_kind: str
    grave: bool


@dataclass(frozen=True)
class _Person:
    name: str
    id_number: str
    birth: date


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


class _Generator:
    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self.surnames = _Weighted(names.SURNAMES)
        self.adult_ages = _Weighted([((lo, hi), w) for lo, hi, w in names.ADULT_AGES])
        self.used_ids: set[str] = set()
        self.pool: list[_Person] = []
        self.case_serial: dict[str, int] = {}
        self.request_serial: dict[tuple[str, int], int] = {}
        self.new_reviews: list = []  # of the request being inserted
        self.unflushed: set[str] = set()  # ID numbers of persons not yet in the database
        self.repeats: list[str] = []  # ID numbers of earlier suspects in the last request
        self.sampled: list = []  # (reviews, data, kind, targets) of this chunk's sample
        self.samples: list = []  # demo_workflow.SampleRequest of every committed chunk
        self.refused_data: RegistrationInput | None = None  # the planted refused request
        self.resubmission: RegistrationInput | None = None  # registered by demo_workflow

    # -- the office ----------------------------------------------------------------------------
    def set_up(self, session) -> None:
        from sqlalchemy import select

        from desktop.security.passwords import hash_password
        from desktop.store.models import PoliceAgency, User

        for username, display, _share in names.OFFICERS[1:]:
            session.add(User(username=username, display_name=display, roles="officer",
                             password_hash=hash_password(names.PASSWORD)))
        username, display, roles = names.CHIEF
        session.add(User(username=username, display_name=display, roles=roles,
                         password_hash=hash_password(names.PASSWORD)))
        existing = {a.name: a for a in session.scalars(select(PoliceAgency))}
        agencies = []
        for name, short, kind in names.AGENCIES:
            agency = existing.get(name) or PoliceAgency(name=name)
            agency.short_name = short
            session.add(agency)
            agencies.append((agency, short, kind))
        session.flush()
        self.agencies = {kind: (a.id, short) for a, short, kind in agencies}
        users = {u.username: u.id for u in session.scalars(select(User))}
        self.officers = _Weighted([(users[u], share) for u, _d, share in names.OFFICERS])
        codes = dict(session.connection().exec_driver_sql(
            "SELECT name, code FROM charges").all())
        missing = [c[0] for c in names.CHARGES if c[0] not in codes]
        if missing:
            raise LookupError(f"demo charges missing from the catalogue: {missing}")
        self.charge_codes = codes
        self.charges = _Weighted([(_Charge(n, codes[n], m, f, k, g), w)
                                  for n, w, m, f, k, g in names.CHARGES])
        self.lawyers = [(self.rng.choice(names.LAW_FIRMS), self._name("M" if i % 3 else "F"))
                        for i in range(24)]

    # -- the calendar of receipts --------------------------------------------------------------
    def plan(self, count: int) -> list[tuple[date, str | None]]:
        """(received date, anchor kind or None) for every request, oldest first."""
        rng, today = self.rng, self.today
        recent = [(today - timedelta(days=ago), kind)
                  for kind, ago, _status in _RECENT_ANCHORS[:count]]
        if count >= PLANTED_FROM:
            recent += [(today - timedelta(days=ago), kind) for kind, ago, _o, _d in _PLANTED]
        plan = []
        while len(plan) < count - len(recent):
            d = today - timedelta(days=rng.randrange(SPAN_DAYS + 1))
            # The police deliver requests on working days, mostly.
            if d.weekday() >= 5 and rng.random() > 0.3:
                continue
            plan.append((d, None))
        old = [i for i, (d, _k) in enumerate(plan) if d < today - timedelta(days=60)]
        for i, kind in zip(rng.sample(old, min(len(old), len(_OLD_ANCHORS))), _OLD_ANCHORS):
            plan[i] = (plan[i][0], kind)
        plan.extend(recent)
        plan.sort(key=lambda p: p[0])
        return plan

    def sample(self, plan: list[tuple[date, str | None]]) -> set[int]:
        """Indexes into `plan` of the requests demo_workflow takes through the services."""
        start = self.today - timedelta(days=SAMPLE_WINDOW)
        window = [i for i, (d, _k) in enumerate(plan) if d >= start]
        chosen = set(window[-SAMPLE_RECENT:])
        rest = window[:-SAMPLE_RECENT]
        chosen.update(self.rng.sample(rest, min(len(rest), SAMPLE_SPREAD)))
        chosen.update(i for i, (_d, k) in enumerate(plan) if k is not None)
        return chosen

    # -- people --------------------------------------------------------------------------------
    def _name(self, sex: str) -> str:
        rng = self.rng
        pool = names.MALE_CHARS if sex == "M" else names.FEMALE_CHARS
        chars = pool + names.SHARED_CHARS
        given = rng.choice(chars)
        if rng.random() < names.TWO_CHAR_GIVEN_NAME:
            given += rng.choice(pool)
        return self.surnames.pick(rng) + given

    def _region(self) -> str:
        u = self.rng.random()
        if u < names.LOCAL_SHARE:
            return names.UNIT_CODE
        if u < names.LOCAL_SHARE + names.PROVINCE_SHARE:
            return self.rng.choice(names.PROVINCE_REGIONS)
        return self.rng.choice(names.OTHER_REGIONS)

    def _new_person(self, charge: _Charge, at: date) -> _Person:
        rng = self.rng
        sex = "F" if rng.random() < charge.female else "M"
        if rng.random() < names.JUVENILE_RATE:
            # 14–15 year olds answer only for the grave crimes (Criminal Law Art. 17 ¶2).
            age = rng.randint(14 if charge.grave else 16, 17)
        else:
            lo, hi = self.adult_ages.pick(rng)
            age = rng.randint(lo, hi)
        # 1–364 days before the age-th anniversary keeps age_on(birth, at) == age.
        birth = _years_before(at, age) - timedelta(days=rng.randint(1, 364))
        stem = self._region() + birth.strftime("%Y%m%d")
        while True:
            seq = rng.randrange(0, 499) * 2 + (1 if sex == "M" else 2)  # odd = male
            first17 = f"{stem}{seq:03d}"
            number = first17 + id_check_char(first17)
            if number not in self.used_ids:
                break
        self.used_ids.add(number)
        self.unflushed.add(number)
        person = _Person(self._name(sex), number, birth)
        self.pool.append(person)
        return person

    def _suspect_person(self, charge: _Charge, at: date, taken: set[str]) -> tuple[_Person, bool]:
        rng = self.rng
        if self.pool and rng.random() < REPEAT_OFFENDER_RATE:
            p = rng.choice(self.pool)
            if p.id_number not in taken and _years_before(at, 71) < p.birth <= _years_before(
                    at, 16):
                return p, True
        return self._new_person(charge, at), False

    def _counsel(self, juvenile: bool) -> str:
        rng = self.rng
        if juvenile:  # a juvenile without counsel gets a legal-aid lawyer (CPL Art. 278)
            firm, lawyer = rng.choice(self.lawyers)
            return f"{firm} {lawyer}律师（{names.LEGAL_AID}指派）"
        if rng.random() < names.COUNSEL_RATE:
            firm, lawyer = rng.choice(self.lawyers)
            return f"{firm} {lawyer}律师"
        return ""

    # -- one request ---------------------------------------------------------------------------
    def request(self, received: date, kind: str | None) -> RegistrationInput:
        rng = self.rng
        charge = self.charges.pick(rng)
        codes = [charge.code]
        partners = names.CHARGE_PAIRS.get(charge.name)
        if partners and rng.random() < names.SECOND_CHARGE_RATE:
            codes.append(self.charge_codes[rng.choice(partners)])
        u = rng.random()
        detained, major = (True, False) if kind in _DETAINED_KINDS else (
            (False, True) if u < 0.05 else (False, False) if u < 0.25 else (True, False))
        count = 1
        if rng.random() < charge.multi or kind == "mixed":
            count = rng.choices((2, 3, 4), (60, 25, 15))[0]
        request_date = received - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))

        # The police must ask within 3 days of detention, 7 in special cases, 30 for roving,
        # repeated or gang crime (CPL Art. 91); most requests come on day 3–7.
        together = rng.random() < 0.7
        waits = []
        for i in range(count):
            if i == 0 or not together:
                v = rng.random()
                wait = (rng.randint(1, 2) if v < 0.05 else 3 if v < 0.35
                        else rng.randint(4, 7) if v < 0.75 else rng.randint(8, 30))
                wait = max(wait, (received - request_date).days)
            waits.append(wait)
        in_custody = [detained and (i == 0 or rng.random() > 0.1) for i in range(count)]
        custody_dates = [received - timedelta(days=w) for w, d in zip(waits, in_custody) if d]
        base = min(custody_dates) if custody_dates else request_date - timedelta(
            days=rng.randint(10, 90))
        v = rng.random()
        offence = (None if v < 0.08 else base - timedelta(days=rng.randint(0, 2)) if v < 0.6
                   else base - timedelta(days=rng.randint(3, 60)) if v < 0.88
                   else base - timedelta(days=rng.randint(61, 400)))

        suspects, taken, notes = [], set(), []
        self.repeats = []
        for i in range(count):
            since = received - timedelta(days=waits[i]) if in_custody[i] else None
            age_at = offence_reference_date(offence_date=offence, detained_since=since,
                                            request_date=request_date)
            person, repeat = self._suspect_person(charge, age_at, taken)
            taken.add(person.id_number)
            if repeat:
                self.repeats.append(person.id_number)
                if names.NOTE_PRIOR not in notes:
                    notes.append(names.NOTE_PRIOR)
            suspects.append(SuspectInput(
                name=person.name, id_number=person.id_number, detained=in_custody[i],
                detained_since=since, confessed=rng.random() < 0.4,
                counsel=self._counsel(is_juvenile(person.birth, age_at)), offence_date=offence))
        if any(s.detained and received - s.detained_since > timedelta(days=7)
               for s in suspects):
            notes.append(rng.choice(names.NOTE_EXTENDED_DETENTION))

        agency_kind = charge.agency_kind
        if agency_kind == "main":
            v = rng.random()
            agency_kind = ("zone" if v < names.ZONE_SHARE else
                           "water" if v < names.ZONE_SHARE + names.WATER_SHARE else "main")
        agency_id, short = self.agencies[agency_kind]
        filed = min(offence or base, request_date)
        month = filed.strftime("%Y%m")
        self.case_serial[month] = serial = self.case_serial.get(month, 0) + 1
        key = (agency_kind, request_date.year)
        self.request_serial[key] = number = self.request_serial.get(key, 0) + 1
        return RegistrationInput(
            police_agency_id=agency_id,
            police_case_no=f"A{names.UNIT_CODE}{month}{serial:04d}",
            request_no=f"{short}（刑）提捕字〔{request_date.year}〕{number}号",
            request_date=request_date, received_date=received,
            officer_id=self.officers.pick(rng), charge_codes=codes, suspects=suspects,
            major_complex=major, note="；".join(notes))

    # -- how far the review has come by today --------------------------------------------------
    def settle(self, reviews: list, received: date, kind: str | None) -> None:
        rng, today = self.rng, self.today
        if kind in _RECENT_KINDS:
            return _set(reviews, _RECENT_STATUS[kind])
        if kind in _OLD_ANCHORS:
            return self._decide(reviews, received, today, kind)
        if kind in _PLANTED_OUTCOME:
            outcome, days = _PLANTED_OUTCOME[kind]
            if outcome is None:
                return None
            decided_on = min(received + timedelta(days=days), today,
                             min(r.due_date for r in reviews))
            return _set(reviews, _S.APPROVED if outcome == "approved" else _S.REFUSED,
                        decided_on)
        last_due = max(r.due_date for r in reviews)
        if last_due < today:
            if received >= today - timedelta(days=RECENT_DAYS) and rng.random() < OVERDUE_RATE:
                return _set(reviews, _S.PENDING_APPROVAL if rng.random() < 0.7
                            else _S.UNDER_REVIEW)
            return self._decide(reviews, received, today, None)
        elapsed = (today - received).days
        progress = elapsed / max(1, (last_due - received).days)
        if elapsed >= 2 and rng.random() < 0.1 + 0.6 * progress:
            return self._decide(reviews, received, today, None)
        v = rng.random()
        if elapsed <= 1:
            status = _S.RECEIVED if v < 0.7 else _S.UNDER_REVIEW
        elif progress < 0.6:
            status = (_S.RECEIVED if v < 0.08 else _S.UNDER_REVIEW if v < 0.88
                      else _S.PENDING_APPROVAL)
        else:
            status = _S.PENDING_APPROVAL if v < 0.6 else _S.UNDER_REVIEW
        _set(reviews, status)

    def _decide(self, reviews: list, received: date, today: date, outcome: str | None) -> None:
        rng = self.rng
        if outcome is None:
            v = rng.random()
            outcome = "withdrawn" if v < 0.04 else "refused" if v < 0.24 else "approved"
        # One decision day for the request, in time for every suspect, usually near the end.
        last = min(min(r.due_date for r in reviews), today)
        first = min(received + timedelta(days=1), last)
        span = (last - first).days
        decided_on = last - timedelta(days=int(rng.triangular(0, span, 0))) if span else last
        if outcome == "withdrawn":
            return _set(reviews, _S.WITHDRAWN, decided_on)
        main = _S.REFUSED if outcome == "refused" else _S.APPROVED
        other = _S.APPROVED if main is _S.REFUSED else _S.REFUSED
        for i, review in enumerate(reviews):
            mixed = (outcome == "mixed" and i == 1) or (i > 0 and rng.random() < 0.15)
            review.status = (other if mixed else main).value
            review.decided_on = decided_on


_RECENT_KINDS = frozenset(k for k, _a, _s in _RECENT_ANCHORS)
_RECENT_STATUS = {k: s for k, _a, s in _RECENT_ANCHORS}
_PLANTED_OUTCOME = {k: (o, d) for k, _a, o, d in _PLANTED}
_DETAINED_KINDS = _RECENT_KINDS | frozenset(_PLANTED_OUTCOME)


def _set(reviews: list, status: ReviewStatus, decided_on: date | None = None) -> None:
    for review in reviews:
        review.status, review.decided_on = status.value, decided_on
