"""The demo's petition register looks like real use: every channel, type and state, repeats
linked, transfers with reasons, high-risk items, overdue deadlines on the dashboard."""
from datetime import date

import pytest

from desktop.services import petition_queries as Q
from desktop.services.demo import create_demo

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    office = create_demo(tmp_path_factory.mktemp("demo-petitions") / "d.sqlite3", cases=60,
                         today=TODAY)
    yield office
    office.close()


def values(demo, sql):
    return {r[0] for r in demo.reader.execute(sql)}


def test_every_channel_type_and_state_is_there(demo):
    assert values(demo, "SELECT channel FROM petitions") == {"letter", "visit", "online",
                                                             "12309"}
    assert values(demo, "SELECT petition_type FROM petitions") == {
        "accusation", "report", "appeal", "suggestion", "enquiry"}
    assert values(demo, "SELECT status FROM petitions") == {
        "registered", "procedural_replied", "in_handling", "result_replied", "transferred",
        "closed"}
    assert values(demo, "SELECT closure FROM petitions WHERE status = 'closed'") == {
        "settled", "concluded", "terminated", "withdrawn", "forwarded"}
    assert values(demo, "SELECT due_kind FROM petitions WHERE due_kind != ''") == {
        "procedural", "result", "follow_up"}
    assert values(demo, "SELECT kind FROM petition_work") == {
        "reply", "explanation", "counselling", "reconciliation", "judicial_aid",
        "public_hearing"}


def test_repeats_transfers_risk_and_overdue(demo):
    r = demo.reader
    assert r.execute("SELECT count(*) FROM petitions WHERE repeat_of_id IS NOT NULL"
                     ).fetchone()[0] >= 2
    transfers = r.execute("SELECT reason FROM petition_handler_transfers").fetchall()
    assert len(transfers) >= 2 and all(t[0] for t in transfers)
    assert r.execute("SELECT count(*) FROM petitions WHERE first_handler_id != handler_id"
                     ).fetchone()[0] == len(transfers)
    assert r.execute("SELECT count(*) FROM petitions WHERE collective AND petitioner_count > 5"
                     ).fetchone()[0] >= 2
    items = Q.petition_due_items(r, today=TODAY)
    assert any(i.due_date < TODAY for i in items)  # overdue ones reach the dashboard
    assert any(i.high_risk for i in items)
    assert Q.count_petitions(r, Q.PetitionFilter(overdue_only=True), today=TODAY) >= 3
    assert r.execute("SELECT count(*) FROM petition_attachments").fetchone()[0] >= 1
    assert r.execute("SELECT count(*) FROM petitions WHERE request_id IS NOT NULL"
                     ).fetchone()[0] >= 1
