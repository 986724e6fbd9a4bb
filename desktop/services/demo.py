"""Demo data: a fictional county procuratorate with two years of arrest requests, for trying
the program (`zhenjian demo`) and for the 100,000-request benchmark.

Requests go through `arrest_register.insert_request`, the same path as manual entry, so change
capture, the audit chain, the outbox and the list index are exactly what real use produces
(demo_generator makes them up). A bounded sample — the planted requests, the most recent ones
and a spread of the last months — then goes through the review services, custody-necessity
reviews are started, documents of every type issued, the supervision register filled, a
year of the cooperation log written and the petition register filled (demo_workflow,
demo_custody, demo_documents, demo_supervision, demo_cooperation, demo_petitions), so a demo
office shows every module while a 100,000-request build costs only a few seconds more.
Everything random comes from `random.Random(seed)`, so a seed and a
`today` always give the same data (record ids and timestamps still come from the clock).
"""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.domain import permissions
from desktop.services import demo_names as names
from desktop.services.arrest_register import RegistrationInput, insert_request
from desktop.services.demo_generator import _S, _Generator  # noqa: F401  (tests use _Generator)
from desktop.services.office import Office, open_office
from desktop.services.setup import OfficeSetup, create_office

BATCH_SIZE = 2000  # requests per transaction, and per progress report
FLUSH_EVERY = 250  # requests per flush (see _DeferredFlush)


def demo_setup(unit_code: str | None = None, unit_name: str | None = None) -> OfficeSetup:
    """The demo office; another code and name make another demo unit of the same upper
    office (several feed one upper office in the sync tests and demonstrations)."""
    name = unit_name or names.UNIT_NAME
    abbr = names.UNIT_ABBR if unit_name is None else name[:2] + "检"
    return OfficeSetup(unit_code=unit_code or names.UNIT_CODE, unit_name=name,
                       unit_abbr=abbr, upper_name=names.UPPER_NAME,
                       upper_code=names.UPPER_CODE, officer_name=names.OFFICERS[0][1],
                       officer_username=names.OFFICERS[0][0], password=names.PASSWORD)


def create_demo(path: Path | str, *, cases: int, seed: int = 1, today: date,
                progress: Callable[[int, int], bool] | None = None,
                unit_code: str | None = None, unit_name: str | None = None) -> Office:
    """Create a demo database at `path` (which must not hold one yet) with `cases` arrest
    requests received over the two years up to `today`, then the review workflow of the sample,
    custody reviews and documents (demo_workflow). `progress(done, total)` is called after
    every committed batch, and again with (total, total) between the later steps; returning
    False stops there, keeping what was committed."""
    if cases < 0:
        raise ValueError(f"cases must not be negative, not {cases}")
    from sqlalchemy import event

    from desktop.store.models import ArrestReview

    office = create_office(path, demo_setup(unit_code, unit_name))
    try:
        # A demo file is disposable: no fsync per commit. SQLite refuses the change inside a
        # transaction, and every session begins one at once, so it goes on each new connection
        # (after the store's own pragmas); office.close() disposes of them all.
        event.listen(office.db.engine(), "connect",
                     lambda dbapi_conn, _record: dbapi_conn.execute("PRAGMA synchronous = OFF"))
        gen = _Generator(random.Random(seed), today)
        with office.transaction(permissions.DEMO) as session:
            gen.set_up(session)
        plan = gen.plan(cases)
        sample = gen.sample(plan)

        def collect(_session, obj):
            if isinstance(obj, ArrestReview):
                gen.new_reviews.append(obj)

        done = 0
        stopped = False
        while done < len(plan):
            chunk = plan[done:done + BATCH_SIZE]
            with office.transaction(permissions.DEMO) as session:
                event.listen(session, "transient_to_pending", collect)
                _insert_chunk(session, gen, chunk, done, sample)
            done += len(chunk)
            if progress is not None and progress(done, len(plan)) is False:
                stopped = True
                break
    finally:
        office.close()
    if not stopped and plan:
        from desktop.services.demo_workflow import run_workflow

        def more() -> bool:
            return progress is None or progress(len(plan), len(plan)) is not False

        story = run_workflow(path, gen.samples, today=today, seed=seed,
                             resubmission=gen.resubmission, more=more)
        if story is not None and more():  # not after a cancel
            from desktop.services.demo_cooperation import run_cooperation
            from desktop.services.demo_petitions import fill_petitions
            from desktop.services.demo_supervision import fill_supervision

            fill_supervision(path, today=today, seed=seed)
            run_cooperation(path, today=today, seed=seed)  # a year of the cooperation log
            fill_petitions(path, today=today, seed=seed)
    return open_office(path)


def _insert_chunk(session, gen: _Generator, chunk: list[tuple[date, str | None]],
                  start: int = 0, sample: set[int] = frozenset()) -> None:
    # insert_request does not flush (ids are given at construction), and the person lookup
    # would flush before every query otherwise. Change capture's fixed cost per flush (audit
    # chain head, list index refresh, unit of work) is most of the cost of a request, so
    # flushing every FLUSH_EVERY requests makes the demo 2–3 times faster with the same rows,
    # audit entries, outbox and index. The statuses `settle` sets are still pending then, so
    # they are written with the insert rather than as a second version.
    with session.no_autoflush:
        for i, (received, kind) in enumerate(chunk):
            data = gen.request(received, kind)
            if kind == "refused":
                gen.refused_data = data
            elif kind == "resubmission" and gen.refused_data is not None:
                # Registered by demo_workflow as a re-submission of the refused request.
                gen.resubmission = _resubmitted(data, gen.refused_data)
                continue
            # A repeat offender must be in the database for insert_request to find him.
            if i % FLUSH_EVERY == 0 or not gen.unflushed.isdisjoint(gen.repeats):
                session.flush()
                gen.unflushed.clear()
            gen.new_reviews.clear()
            insert_request(session, data, today=gen.today)
            reviews = list(gen.new_reviews)
            gen.settle(reviews, received, kind)
            if start + i in sample:
                # demo_workflow decides them through the services: they start as received
                # (withdrawals, which no service records, stay as settled).
                targets = [(r.status, r.decided_on) for r in reviews]
                for r in reviews:
                    if r.status != _S.WITHDRAWN.value:
                        r.status, r.decided_on = _S.RECEIVED.value, None
                gen.sampled.append((reviews, data, kind, targets))
    gen.new_reviews.clear()
    gen.unflushed.clear()  # the commit flushes the rest
    if gen.sampled:
        from desktop.services.demo_workflow import sample_request

        session.flush()  # the ids
        gen.samples += [sample_request(*item) for item in gen.sampled]
        gen.sampled.clear()


def _resubmitted(data: RegistrationInput, previous: RegistrationInput) -> RegistrationInput:
    """The same suspect and charges again after supplementary investigation, the suspect now at
    liberty (取保候审). It keeps the case number it was generated with: the list tells its
    requests apart by case number, and the link to the refused request is a record of its own."""
    from dataclasses import replace

    suspect = replace(previous.suspects[0], detained=False, detained_since=None,
                      confessed=False)
    return replace(data, police_agency_id=previous.police_agency_id,
                   charge_codes=previous.charge_codes, suspects=[suspect], major_complex=False,
                   note=names.NOTE_RESUBMITTED)
