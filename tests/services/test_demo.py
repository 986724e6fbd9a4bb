"""The demo generator: a 300-request office must look like real use — every status, some
overdue work, valid ID numbers, juveniles, catalogue charges — and come from the same
register path as manual entry (audit chain, list index)."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.domain.ages import is_juvenile
from desktop.domain.arrest_review import OPEN_STATUSES, ReviewStatus
from desktop.domain.idnumber import parse_id_number
from desktop.services import demo
from desktop.services.arrest_register import validate_registration
from desktop.services.office import Office
from desktop.services.setup import create_office
from desktop.store.audit import verify_chain

TODAY = date(2026, 3, 16)
CASES = 300
OPEN = tuple(s.value for s in OPEN_STATUSES)


def _d(value) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    office = demo.create_demo(tmp_path_factory.mktemp("demo") / "demo.db", cases=CASES,
                              seed=7, today=TODAY)
    yield office
    office.close()


def _rows(office: Office, sql: str, params=()):
    return office.reader.execute(sql, params).fetchall()


def test_counts(office):
    assert _rows(office, "SELECT count(*) FROM arrest_requests")[0][0] == CASES
    assert _rows(office, "SELECT count(*) FROM request_index")[0][0] == CASES
    assert _rows(office, "SELECT count(*) FROM users WHERE active")[0][0] == 4  # with chief1
    assert 4 <= _rows(office, "SELECT count(*) FROM police_agencies")[0][0] <= 6
    assert office.username == "officer1"


def test_every_status_appears(office):
    statuses = {r[0] for r in _rows(office, "SELECT DISTINCT status FROM arrest_reviews")}
    assert statuses == {s.value for s in ReviewStatus}
    summary = {r[0] for r in _rows(office, "SELECT DISTINCT status FROM request_index")}
    assert "mixed" in summary


def test_dashboard_has_overdue_due_today_and_due_soon(office):
    marks = ",".join("?" * len(OPEN))
    dues = [_d(r[0]) for r in _rows(
        office, f"SELECT due_date FROM arrest_reviews WHERE status IN ({marks})", OPEN)]
    assert any(d < TODAY for d in dues)
    assert any(d == TODAY for d in dues)
    assert any(TODAY < d <= TODAY + timedelta(days=3) for d in dues)
    # Overdue work is the exception: nearly everything past its deadline is decided.
    past = _rows(office, "SELECT status FROM arrest_reviews WHERE due_date < ?",
                 (TODAY.isoformat(),))
    assert sum(r[0] in OPEN for r in past) <= max(3, len(past) // 20)


def test_id_numbers_are_valid_and_match_the_person(office):
    rows = _rows(office, "SELECT id_number, birth_date, sex FROM persons")
    assert rows
    for number, birth, sex in rows:
        parsed = parse_id_number(number, today=TODAY)
        assert parsed.number == number
        assert parsed.birth_date == _d(birth)
        assert parsed.sex == sex
    assert len({r[0] for r in rows}) == len(rows)


def test_ages_and_juvenile_flags(office):
    rows = _rows(office, "SELECT p.birth_date, v.offence_date, v.detained_since, r.request_date, "
                         "v.juvenile FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
                         "JOIN arrest_requests r ON r.id = v.request_id")
    juveniles = 0
    for birth, offence, since, requested, juvenile in rows:
        at = _d(offence) or _d(since) or _d(requested)
        age_days = (at - _d(birth)).days
        assert 14 * 365 <= age_days <= 71 * 366
        assert bool(juvenile) == is_juvenile(_d(birth), at)
        juveniles += bool(juvenile)
    assert 0.02 * len(rows) <= juveniles <= 0.15 * len(rows)


def test_charges_come_from_the_catalogue(office):
    known = {r[0] for r in _rows(office, "SELECT code FROM charges")}
    used = [code for (codes,) in _rows(office, "SELECT charge_codes FROM arrest_requests")
            for code in codes.split(",")]
    assert used and set(used) <= known
    dangerous_driving = _rows(office, "SELECT code FROM charges WHERE name = '危险驾驶罪'")[0][0]
    assert dangerous_driving not in used


def test_dates_are_plausible(office):
    rows = _rows(office, "SELECT r.request_date, r.received_date, v.detained, v.detained_since, "
                         "v.due_date, v.status, v.decided_on FROM arrest_reviews v "
                         "JOIN arrest_requests r ON r.id = v.request_id")
    detained = 0
    for requested, received, is_detained, since, due, status, decided in rows:
        requested, received, since = _d(requested), _d(received), _d(since)
        assert TODAY - timedelta(days=730) <= received <= TODAY
        assert 0 <= (received - requested).days <= 2
        if is_detained:
            detained += 1
            assert 1 <= (received - since).days <= 30
        else:
            assert since is None
        if status in OPEN:
            assert decided is None
        else:
            assert received <= _d(decided) <= min(_d(due), TODAY)
    assert 0.6 <= detained / len(rows) <= 0.9


def test_register_path_was_used(office):
    count, faults = verify_chain(office.reader)
    assert faults == []
    assert count > CASES * 3  # request, person and review entries at least
    outbox = _rows(office, "SELECT count(*) FROM outbox WHERE table_name = 'arrest_requests'")
    assert outbox[0][0] == CASES
    search = _rows(office, "SELECT count(*) FROM request_fts")[0][0]
    assert search == CASES


def test_generated_registrations_pass_validation(tmp_path):
    office = create_office(tmp_path / "v.db", demo.demo_setup())
    try:
        gen = demo._Generator(random.Random(3), TODAY)
        with office.transaction("demo") as session:
            gen.set_up(session)
        for received, kind in gen.plan(150):
            data = gen.request(received, kind)
            assert validate_registration(office, data, today=TODAY) == []
    finally:
        office.close()


def test_same_seed_same_data(office, tmp_path):
    again = demo.create_demo(tmp_path / "again.db", cases=CASES, seed=7, today=TODAY)
    other = demo.create_demo(tmp_path / "other.db", cases=CASES, seed=8, today=TODAY)
    query = "SELECT police_case_no, request_no, received_date FROM arrest_requests ORDER BY id"
    names = "SELECT name, id_number FROM persons ORDER BY id"
    try:
        assert [tuple(r) for r in _rows(again, query)] == [tuple(r) for r in _rows(office, query)]
        assert [tuple(r) for r in _rows(again, names)] == [tuple(r) for r in _rows(office, names)]
        assert [tuple(r) for r in _rows(other, names)] != [tuple(r) for r in _rows(office, names)]
    finally:
        again.close()
        other.close()


def test_progress_and_cancel(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_SIZE", 40)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 80

    office = demo.create_demo(tmp_path / "c.db", cases=200, seed=1, today=TODAY,
                              progress=progress)
    try:
        assert calls == [(40, 200), (80, 200)]
        assert _rows(office, "SELECT count(*) FROM arrest_requests")[0][0] == 80
        assert verify_chain(office.reader)[1] == []
    finally:
        office.close()


def test_refuses_an_existing_database(office):
    from desktop.store.sqlite import DatabaseError

    with pytest.raises(DatabaseError):
        demo.create_demo(office.db.path, cases=1, today=TODAY)
