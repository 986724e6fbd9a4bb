"""承办人变更 through the real service on a real SQLite file: refused without the role and for
a missing reason or a non-staff officer (nothing changed), audited and queued once, the list
and the workload show the new officer."""
from __future__ import annotations

import pytest

from desktop.domain import permissions as p
from desktop.services.arrest_queries import ListFilter, count_requests, fetch_rows, list_rowids
from desktop.services.arrest_register import register_request
from desktop.services.errors import PermissionDenied, ValidationFailed
from desktop.services.office import open_office
from desktop.services.officer_change import may_reassign, own_officers, reassign_officer
from tests.conftest import TODAY, make_registration


def add_user(office, username, display, roles):
    from desktop.store.models import User

    with office.transaction(p.MANAGE_USERS) as session:
        session.add(User(username=username, display_name=display, roles=roles))
    return open_office(office.db.path, username=username)


@pytest.fixture
def world(office):
    other = add_user(office, "li", "李华", "officer")
    request_id = register_request(office, make_registration(office), today=TODAY)
    yield office, other, request_id
    other.close()


def officer_of(office, request_id):
    return office.reader.execute("SELECT officer_id FROM arrest_requests WHERE id = ?",
                                 (request_id,)).fetchone()[0]


def counts(office):
    return tuple(office.reader.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("audit_log", "outbox"))


def test_a_plain_officer_is_refused_and_nothing_changes(world):
    office, other, request_id = world
    before = counts(office)
    with pytest.raises(PermissionDenied):
        reassign_officer(other, request_id, other.user_id, reason="回避", today=TODAY)
    assert not may_reassign(other, request_id)
    assert officer_of(office, request_id) == office.user_id
    assert counts(office) == before


@pytest.mark.parametrize("reason", ["", "   ", "请假\x07"])
def test_a_reason_is_required_and_checked(world, reason):
    office, other, request_id = world
    before = counts(office)
    with pytest.raises(ValidationFailed) as exc:
        reassign_officer(office, request_id, other.user_id, reason=reason, today=TODAY)
    assert [e.field for e in exc.value.errors] == ["reason"]
    assert officer_of(office, request_id) == office.user_id
    assert counts(office) == before


def test_only_the_offices_own_active_officers(world):
    office, other, request_id = world
    assert {name for _, name in own_officers(office)} == {"张明", "李华"}
    with pytest.raises(ValidationFailed) as exc:
        reassign_officer(office, request_id, "no-such-user", reason="回避", today=TODAY)
    assert exc.value.errors[0].code == "officer.not_staff"
    with pytest.raises(ValidationFailed) as exc:
        reassign_officer(office, request_id, office.user_id, reason="回避", today=TODAY)
    assert exc.value.errors[0].code == "officer.same"


def test_the_change_is_audited_queued_once_and_listed(world):
    office, other, request_id = world
    assert may_reassign(office, request_id)
    before = counts(office)
    reassign_officer(office, request_id, other.user_id, reason="原承办人休假", today=TODAY)
    assert officer_of(office, request_id) == other.user_id
    conn = office.reader
    queued = conn.execute("SELECT payload FROM outbox WHERE table_name = 'arrest_requests' "
                          "AND row_id = ? ORDER BY seq", (request_id,)).fetchall()
    assert len(queued) == 2 and other.user_id in queued[-1][0]  # registration, then the change
    entries = conn.execute("SELECT action, detail FROM audit_log WHERE row_id = ? "
                           "ORDER BY id DESC LIMIT 2", (request_id,)).fetchall()
    assert entries[0][0] == "reassign" and "原承办人休假" in entries[0][1]
    assert entries[1][0] == "update" and other.user_id in entries[1][1]
    assert counts(office) == (before[0] + 2, before[1] + 1)
    mine = ListFilter(status="open", officer_id=other.user_id)
    rowids = list_rowids(conn, mine, today=TODAY)
    assert count_requests(conn, mine, today=TODAY) == 1
    assert fetch_rows(conn, rowids)[rowids[0]].officer_name == "李华"
    assert count_requests(conn, ListFilter(officer_id=office.user_id), today=TODAY) == 0


def test_a_concluded_request_keeps_its_officer(world):
    office, other, request_id = world
    from desktop.store.models import ArrestReview

    with office.transaction(p.REVIEW_WORK) as session:
        for review in session.query(ArrestReview).filter_by(request_id=request_id):
            review.status = "withdrawn"
    assert not may_reassign(office, request_id)
    with pytest.raises(ValidationFailed) as exc:
        reassign_officer(office, request_id, other.user_id, reason="回避", today=TODAY)
    assert exc.value.errors[0].code == "request.concluded"
    assert officer_of(office, request_id) == office.user_id


def test_the_workload_counts_the_open_case_under_the_new_officer(world):
    from datetime import date

    from desktop.services.workload import officer_workload

    office, other, request_id = world

    def open_cases():
        load = officer_workload(office.reader, date(2026, 11, 1), date(2026, 11, 30),
                                today=TODAY)
        return {o.name: o.open for o in load.officers if o.open}

    assert open_cases() == {"张明": 1}
    reassign_officer(office, request_id, other.user_id, reason="工作量调整", today=TODAY)
    assert open_cases() == {"李华": 1}
