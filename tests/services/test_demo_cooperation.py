"""The demo's cooperation log: a year of entries of every kind through the services, the
office record, tracked items done and open (overdue and due soon on the dashboard)."""
from datetime import date, timedelta

import pytest

from desktop.domain.cooperation import EntryKind
from desktop.services import cooperation_queries as q
from desktop.services import demo
from desktop.store.audit import verify_chain

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    office = demo.create_demo(tmp_path_factory.mktemp("demo") / "demo.db", cases=120, seed=5,
                              today=TODAY)
    yield office
    office.close()


def test_every_kind_is_logged_over_the_year(office):
    conn = office.reader
    total = q.count_entries(conn, today=TODAY)
    assert 150 <= total <= 300
    kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM cooperation_entries")}
    assert kinds == {k.value for k in EntryKind}
    first, last = conn.execute("SELECT min(occurred_on), max(occurred_on) FROM "
                               "cooperation_entries").fetchone()
    assert date.fromisoformat(first) >= TODAY - timedelta(days=365)
    assert date.fromisoformat(last) <= TODAY
    this_year = q.monthly_counts(conn, 2026)
    assert all(this_year["police_filing"][m] > 0 for m in range(11))  # Jan–Nov
    # every measure type has a label-able value, and pre-arrest consultations link requests
    assert conn.execute("SELECT count(*) FROM cooperation_entries WHERE kind = "
                        "'coercive_measure' AND subtype = ''").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM cooperation_entries WHERE request_id IS NOT "
                        "NULL").fetchone()[0] > 0
    # written by more than one officer, through change capture
    assert conn.execute("SELECT count(DISTINCT officer_id) FROM cooperation_entries"
                        ).fetchone()[0] >= 2
    checked, faults = verify_chain(conn)
    assert faults == [] and checked > total


def test_tracked_items_are_done_open_overdue_and_due_soon(office):
    conn = office.reader
    done = conn.execute("SELECT count(*) FROM cooperation_entries WHERE done_on IS NOT NULL"
                        ).fetchone()[0]
    assert done >= 8
    open_ids = q.list_page(conn, q.CooperationFilter(open_only=True), today=TODAY)
    assert len(open_ids) == 5
    overdue = q.count_entries(conn, q.CooperationFilter(overdue_only=True), today=TODAY)
    assert overdue == 2
    due = q.cooperation_due_items(conn, today=TODAY, within_days=3)
    assert len(due) == 4
    assert {q.entry_kind_of(d.kind) for d in due} == {"joint_supervision", "rectification"}
    assert sum(d.due_date < TODAY for d in due) == 2


def test_the_office_record_is_filled(office):
    record = q.office_record(office.reader, office.unit_code)
    assert record.site == "青山县公安局执法办案管理中心二楼"
    assert record.resident_prosecutor == "陈静" and "周一" in record.duty_roster
