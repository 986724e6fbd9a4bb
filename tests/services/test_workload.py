"""Workload figures through the real services on real SQLite files: two officers, requests
decided on known days, overdue items as the dashboard sees them, petitions with replies, a
tombstoned log entry; and an upper office with two units' data giving per-unit rows."""
from datetime import date

import pytest

from desktop.services import arrest_review as review_svc
from desktop.services import cooperation_log as coop
from desktop.services import review_decisions as dec
from desktop.services.arrest_register import register_request
from desktop.services.office import open_office
from desktop.services.petition_register import PetitionerInput, PetitionInput, register_petition
from desktop.services.petition_work import ReplyInput, record_reply
from desktop.services.workload import office_load, officer_workload
from tests.conftest import make_registration
from tests.upper_office import UNITS, UPPER, _upper_world_files, upper_world  # noqa: F401

TODAY = date(2026, 11, 23)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def add_user(office, username, roles):
    from desktop.store.models import User

    with office.transaction("manage_users") as session:
        session.add(User(username=username, display_name=username, roles=roles))
    return open_office(office.db.path, username=username)


def backdate_accounts(office, created: dict[str, date]) -> None:
    """The accounts' creation days as an office set up long ago would have them (the store
    stamps a new record with the clock; only a later change can carry an older day)."""
    from datetime import datetime

    from desktop.store.models import User

    with office.transaction("manage_users") as session:
        for user_id, day in created.items():
            session.get(User, user_id).created_at = datetime(day.year, day.month, day.day, 8)


def decide(officer, approver, *, case_no, name, id_number, received, decided, officer_id):
    """Register a detained suspect's request for `officer_id`, interrogate the day after
    receipt, propose and approve arrest on `decided`. Returns the request id."""
    data = make_registration(officer, case_no=case_no, name=name, id_number=id_number,
                             received=received, detained_since=received)
    data.officer_id = officer_id
    request_id = register_request(officer, data, today=received)
    review_id = officer.reader.execute("SELECT id FROM arrest_reviews WHERE request_id = ?",
                                       (request_id,)).fetchone()[0]
    if decided is None:
        return request_id
    review_svc.add_interrogation(officer, review_id, review_svc.InterrogationInput(
        kind="interrogation", held_on=received.replace(day=received.day + 1),
        staff=["张明", "李华"], place="青山县看守所讯问室"), today=decided)
    review_svc.save_social_danger(officer, review_id, review_svc.DangerInput(
        {"suicide_or_flight": ("案发后潜逃外地十日", "抓获经过、证人证言")}))
    dec.propose_decision(officer, review_id, dec.ProposalInput(
        "approve", "social_danger", "有逃跑可能，取保候审不足以防止"), today=decided)
    dec.approve_decision(approver, review_id, today=decided)
    return request_id


def petition(officer, *, received, handler_id, name, id_number):
    return register_petition(officer, PetitionInput(
        received_on=received, channel="visit", petition_type="appeal",
        summary="不服不批准逮捕决定，要求重新审查", first_handler_id=handler_id,
        petitioners=[PetitionerInput(name, id_number, "13800001111", "青山县城关镇")]),
        today=received)


def reply(officer, petition_id, day, kind="procedural"):
    record_reply(officer, petition_id, ReplyInput(day, kind, "in_person", "已受理，依法办理"),
                 today=day)


@pytest.fixture
def world(office):
    """张明 (officer1, the set-up account) and 王芳 (officer2); 赵强 approves only."""
    wang = add_user(office, "officer2", "officer")
    zhao = add_user(office, "approver2", "approver")
    gone = add_user(office, "officer3", "officer")  # deactivated before these months' end
    a, b = office.user_id, wang.user_id
    with office.transaction("manage_users") as session:
        from desktop.store.models import User

        session.get(User, gone.user_id).active = False
    backdate_accounts(office, {a: date(2026, 10, 15), b: date(2026, 9, 1),
                               gone.user_id: date(2026, 9, 1)})
    gone.close()
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    # A: received 28 Sep, decided 2 Oct (4 days); its 执行回执 (due 5 Oct) never came back
    decide(office, zhao, case_no="A3201012026090001", name="王小明", id_number="11010519491231002X",
           received=date(2026, 9, 28), decided=date(2026, 10, 2), officer_id=a)
    # B: received 8 Oct, decided 14 Oct (6 days), receipt overdue too; a request received
    # 10 Nov still undecided and past its 7-day limit; one decided in September (not counted)
    decide(wang, zhao, case_no="A3201012026100002", name="李四", id_number="110105198001011238",
           received=date(2026, 10, 8), decided=date(2026, 10, 14), officer_id=b)
    decide(wang, zhao, case_no="A3201012026110003", name="赵六", id_number="32010119751212345X",
           received=date(2026, 11, 10), decided=None, officer_id=b)
    decide(wang, zhao, case_no="A3201012026090004", name="钱七", id_number="110101199003078515",
           received=date(2026, 9, 2), decided=date(2026, 9, 8), officer_id=b)
    # petitions: A answers one 11 days after receipt; B answers one after 3 days and again
    # later (only the first reply counts); one received 20 Nov not yet answered (A's)
    p1 = petition(office, received=date(2026, 9, 28), handler_id=a, name="孙一",
                  id_number="11010519491231002X")
    reply(office, p1, date(2026, 10, 9))
    p2 = petition(office, received=date(2026, 10, 12), handler_id=b, name="周二",
                  id_number="110105198001011238")
    reply(wang, p2, date(2026, 10, 15))
    reply(wang, p2, date(2026, 10, 20), kind="progress")
    petition(office, received=date(2026, 11, 20), handler_id=a, name="吴三",
             id_number="32010119751212345X")
    # cooperation: B logs two consultations in October, one removed as a mistake (tombstone)
    for day in (10, 21):
        entry = coop.add_entry(wang, coop.EntryInput(
            kind="consultation", subtype="pre_arrest", occurred_on=date(2026, 10, day),
            police_agency_id=agency, summary="就故意伤害案捕前会商"), today=TODAY)
    coop.remove_entry(wang, entry)
    yield {"office": office, "a": a, "b": b, "approver": zhao.user_id}
    wang.close()
    zhao.close()


def test_per_officer_figures_for_october(world):
    got = officer_workload(world["office"].reader, *OCTOBER, today=TODAY)
    rows = {r.user_id: r for r in got.officers}
    a, b = rows[world["a"]], rows[world["b"]]
    # no officer role (or deactivated) and nothing handled: no row
    assert set(rows) == {world["a"], world["b"]}
    assert a.handled == {"arrest_decided": 1, "custody_decided": 0, "supervision_notices": 0,
                         "supervision_closed": 0, "petitions_answered": 1,
                         "cooperation_entries": 0}
    assert b.handled == {"arrest_decided": 1, "custody_decided": 0, "supervision_notices": 0,
                         "supervision_closed": 0, "petitions_answered": 1,
                         "cooperation_entries": 1}  # the tombstoned entry does not count
    assert (a.handled_total, b.handled_total) == (2, 3)
    assert (a.avg_days_decision, b.avg_days_decision) == (4.0, 6.0)
    assert (a.avg_days_first_reply, b.avg_days_first_reply) == (11.0, 3.0)
    # open now: A's two petitions (one replied, one new); B's undecided suspect and petition
    assert (a.open, b.open) == (2, 2)
    # overdue on 23 Nov, as the dashboard lists them: A's 执行回执 (due 5 Oct); B's two
    # receipts (due 11 Sep and 17 Oct) and the undecided request (due 17 Nov)
    assert (a.overdue, b.overdue) == (1, 3)
    [unit] = got.units
    assert (unit.unit_code, unit.officers, unit.handled, unit.open, unit.overdue) == (
        "320101", 2, 5, 4, 4)
    assert (unit.handled_per_head, unit.open_per_head, unit.overdue_per_head) == (2.5, 2.0, 2.0)
    assert (unit.avg_days_decision, unit.avg_days_first_reply) == (5.0, 7.0)


def test_the_period_edges_and_what_is_overdue_depends_on_today(world):
    conn = world["office"].reader
    sept = {r.user_id: r for r in officer_workload(
        conn, date(2026, 9, 1), date(2026, 9, 30), today=TODAY).officers}
    # received in September, decided in October: October's work, not September's
    assert sept[world["a"]].handled["arrest_decided"] == 0
    assert sept[world["b"]].handled["arrest_decided"] == 1  # 2 Sep → 8 Sep
    assert sept[world["b"]].avg_days_decision == 6.0
    one_day = {r.user_id: r for r in officer_workload(
        conn, date(2026, 10, 2), date(2026, 10, 2), today=TODAY).officers}
    assert one_day[world["a"]].handled["arrest_decided"] == 1
    # on 4 Oct nothing was overdue yet (A's receipt was due on the 5th)
    early = {r.user_id: r.overdue for r in officer_workload(
        conn, *OCTOBER, today=date(2026, 10, 4)).officers}
    assert early[world["a"]] == 0
    with pytest.raises(ValueError):
        officer_workload(conn, date(2026, 10, 31), date(2026, 10, 1), today=TODAY)


def test_office_load_per_month(world):
    loads = office_load(world["office"].reader, date(2026, 9, 1), date(2026, 11, 30))
    got = [(m.unit_code, m.month, m.requests, m.suspects, m.officers) for m in loads]
    # September: B's account, and A as the officer of a request received then (A's account
    # dates from 15 Oct); from October both accounts; the deactivated officer3 never counts
    assert got == [("320101", "2026-09", 2, 2, 2), ("320101", "2026-10", 1, 1, 2),
                   ("320101", "2026-11", 1, 1, 2)]
    assert [m.requests_per_officer for m in loads] == [1.0, 0.5, 0.5]
    # a period inside one month: one row, the month's requests inside the period only
    [part] = office_load(world["office"].reader, date(2026, 9, 10), date(2026, 9, 30))
    assert (part.month, part.requests, part.officers) == ("2026-09", 1, 2)


YEAR = (date(2025, 12, 1), date(2026, 11, 30))


def _figures(rows):
    return {r.user_id: (r.unit_code, r.name, r.handled, r.open, r.overdue, r.decision_days,
                        r.replies_days) for r in rows}


def test_upper_office_gives_each_units_officers_their_rows(upper_world):
    upper = upper_world.open_upper()
    try:
        everything = officer_workload(upper.reader, *YEAR, today=TODAY)
        per_unit = {code: officer_workload(upper.reader, *YEAR, today=TODAY, unit_code=code)
                    for code, _name, _seed in UNITS}
        loads = office_load(upper.reader, *YEAR)
    finally:
        upper.close()
    codes = [u.unit_code for u in everything.units]
    assert codes == sorted([UPPER[0], *(code for code, _n, _s in UNITS)])
    for code, _name, _seed in UNITS:
        # the upper office's rows of a unit are that unit's own figures, computed at the unit
        unit = upper_world.open_unit(code)
        try:
            own = officer_workload(unit.reader, *YEAR, today=TODAY, unit_code=code)
            own_load = office_load(unit.reader, *YEAR, unit_code=code)
        finally:
            unit.close()
        rows = [r for r in everything.officers if r.unit_code == code]
        assert _figures(rows) == _figures(per_unit[code].officers) == _figures(own.officers)
        assert sum(r.handled_total for r in rows) > 0  # the demo's year is not empty
        [total] = [u for u in everything.units if u.unit_code == code]
        assert total == per_unit[code].units[0] == own.units[0]
        assert total.officers >= 1 and total.handled_per_head is not None
        assert [m for m in loads if m.unit_code == code] == own_load
        assert len(own_load) == 12 and sum(m.requests for m in own_load) > 0
    # the upper office's own account: its row, under its own code, nothing of the units'
    [mine] = [r for r in everything.officers if r.unit_code == UPPER[0]]
    assert mine.name == "李华" and mine.handled_total == 0
