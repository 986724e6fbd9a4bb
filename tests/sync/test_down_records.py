"""End to end on real files: the upper office's 督办 and 复核 decision on unit A's request go
down in A's acknowledgement and appear at A (the 复核 answered as if typed, the refusal changed
into an arrest to execute); unit B gets none of A's; A's next package acknowledges the down
sequence so the upper office stops re-sending; replaying the acknowledgement changes nothing;
a holiday schedule published to every unit reaches both and the calendar takes it."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.holidays import default_calendar
from desktop.services import dashboard, upper_queries
from desktop.services import upper_records as up
from desktop.services.calendar_setup import load_holiday_calendar
from desktop.services.sync_receive import receive_package
from tests.sync.down_world import DECIDED, down_world, exchange, upper_review_request  # noqa: F401

CALENDAR_2031 = """{"format": 1, "years": {"2031": {
  "holidays": ["2031-01-01", {"date": "2031-01-23", "name": "春节"}],
  "workdays": ["2031-01-18"], "source": "国务院办公厅关于2031年部分节假日安排的通知"}}}"""


def count(side, sql, *args):
    return side.office.reader.execute(sql, args).fetchone()[0]


def test_directive_and_review_decision_travel_down_to_their_unit_only(down_world):
    upper, (a, b), chief = down_world
    request_id, review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    exchange(b, upper)
    assert [r.id for r in upper_queries.open_upper_reviews(upper.office.reader, request_id)] \
        == [up_id]

    up.decide_upper_review(upper.office, up_id, outcome="changed", reasons="有逃跑可能，应当逮捕",
                           chief_approved_by=chief.user_id, today=DECIDED)
    directive = up.issue_instruction(
        upper.office, subject_table="arrest_requests", subject_id=request_id,
        kind="directive", text="请于十月二十五日前报告执行情况", due_date=date(2026, 10, 25),
        today=DECIDED)
    assert upper_queries.open_upper_reviews(upper.office.reader, request_id) == []
    assert count(upper, "SELECT count(*) FROM sync_down_queue WHERE peer_unit = ?", a.office
                 .unit_code) == 2
    assert count(upper, "SELECT count(*) FROM sync_down_queue WHERE peer_unit = ?", b.office
                 .unit_code) == 0

    audit_before = count(a, "SELECT count(*) FROM audit_log")
    _package, result, back = exchange(a, upper)
    assert (result.ack.first_seq, result.ack.last_seq, result.ack.rows) == (1, 2, 2)
    assert back.result == "applied"
    # the 复核 answer is recorded at A as if typed, and the refusal becomes an arrest
    row = a.office.reader.execute(
        "SELECT decided_on, decided_by, outcome, reasons FROM reconsiderations WHERE id = ?",
        (up_id,)).fetchone()
    assert tuple(row) == ("2026-10-20", "临江市人民检察院", "changed", "有逃跑可能，应当逮捕")
    assert count(a, "SELECT status FROM arrest_reviews WHERE id = ?", review_id) == "approved"
    assert count(a, "SELECT count(*) FROM execution_receipts WHERE review_id = ? AND "
                    "step = 'receipt'", review_id) == 1
    # …as A's own audited change, which goes up in A's next package
    assert count(a, "SELECT count(*) FROM audit_log WHERE table_name = 'reconsiderations' "
                    "AND row_id = ? AND action = 'update'", up_id) == 1
    assert count(a, "SELECT count(*) FROM audit_log") > audit_before
    # the 督办 shows with the request and on A's dashboard
    shown = upper_queries.instructions_of(a.office.reader, "arrest_requests", [request_id])
    assert [(i.id, i.kind, i.due_date) for i in shown] == [
        (directive, "directive", date(2026, 10, 25))]
    items = dashboard.due_items(a.office.reader, today=date(2026, 10, 23))
    mine = [i for i in items if i.kind == upper_queries.DIRECTIVE_KIND]
    assert [(i.record_id, i.request_id, i.detail, i.due_date) for i in mine] == [
        (request_id, request_id, "请于十月二十五日前报告执行情况", date(2026, 10, 25))]
    assert mine[0].title.endswith("王小明")
    # B gets none of A's records
    _p, result_b, _back_b = exchange(b, upper)
    assert result_b.ack.rows == 0
    for table in ("upper_instructions", "upper_review_decisions"):
        assert count(b, f"SELECT count(*) FROM {table}") == 0
    assert upper_queries.directive_due_items(b.office.reader, today=date(2026, 10, 23)) == []

    # A's next package acknowledges the down sequence and carries A's answer up
    package, result, back = exchange(a, upper)
    assert result.ack.rows == 0 and result.ack.first_seq is None
    assert count(upper, "SELECT acked_seq FROM sync_watermarks WHERE peer_unit = ?",
                 a.office.unit_code) == 2
    assert count(upper, "SELECT outcome FROM reconsiderations WHERE id = ?", up_id) == "changed"
    assert count(upper, "SELECT status FROM arrest_reviews WHERE id = ?", review_id) == "approved"


def test_replaying_the_acknowledgement_changes_nothing(down_world):
    upper, (a, _b), chief = down_world
    request_id, review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    up.decide_upper_review(upper.office, up_id, outcome="upheld", reasons="无逮捕必要",
                           chief_approved_by=chief.user_id, today=DECIDED)
    _package, result, back = exchange(a, upper)
    assert back.result == "applied"
    tables = ("audit_log", "outbox", "reconsiderations", "execution_receipts",
              "upper_review_decisions")
    before = {t: count(a, f"SELECT count(*) FROM {t}") for t in tables}
    again = receive_package(a.office, a.keys, result.ack.data)
    assert again.result == "already"
    after = {t: count(a, f"SELECT count(*) FROM {t}") for t in tables}
    assert after == {**before, "audit_log": before["audit_log"] + 1}  # the package's entry
    assert count(a, "SELECT status FROM arrest_reviews WHERE id = ?", review_id) == "refused"
    assert count(a, "SELECT version FROM reconsiderations WHERE id = ?", up_id) == 2


def test_an_unacknowledged_down_record_is_sent_again(down_world):
    upper, (a, _b), _chief = down_world
    request_id, _review_id, _up_id = upper_review_request(a)
    exchange(a, upper)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="comment", text="注意审查证据合法性", today=DECIDED)
    from desktop.services.sync_export import export_changes

    lost = receive_package(upper.office, upper.keys,
                           export_changes(a.office, a.keys, allow_empty=True).data).ack
    assert lost.rows == 1  # this acknowledgement never reaches A
    _package, result, back = exchange(a, upper)
    assert (result.ack.first_seq, result.ack.rows, back.result) == (1, 1, "applied")
    assert len(upper_queries.instructions_of(a.office.reader, "arrest_requests",
                                             [request_id])) == 1


@pytest.fixture
def restore_calendar():
    """The default calendar is the program's one global: as it was after the test."""
    yield
    load_holiday_calendar()


def test_a_calendar_update_reaches_every_unit_and_the_calendar_takes_it(down_world,
                                                                        restore_calendar):
    upper, (a, b), _chief = down_world
    load_holiday_calendar()
    assert not default_calendar().covers(2031)
    up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED)
    for unit in (a, b):
        assert count(upper, "SELECT count(*) FROM sync_down_queue WHERE peer_unit = ? AND "
                            "table_name = 'calendar_updates'", unit.office.unit_code) == 1
    exchange(a, upper)
    calendar = default_calendar()
    assert calendar.covers(2031) and calendar.is_holiday(date(2031, 1, 23))
    assert not calendar.is_holiday(date(2031, 1, 18))  # a make-up working Saturday
    assert calendar.holiday_name(date(2031, 1, 23)) == "春节"
    exchange(b, upper)
    assert count(b, "SELECT year FROM calendar_updates") == 2031
    # the calendar at start-up: shipped file < the upper office's schedules < the user's file
    load_holiday_calendar()
    assert not default_calendar().covers(2031)
    load_holiday_calendar(conn=a.office.reader)
    assert default_calendar().is_holiday(date(2031, 1, 23))


def test_a_decision_the_unit_cannot_apply_leaves_its_request_open_not_the_sync_stuck(
        down_world):
    """A changed refusal the unit cannot turn into an arrest (its refusal withdrawn there
    meanwhile) is not forced: the acknowledgement still applies, the request stays open for
    the officer, and the next acknowledgements go on applying."""
    upper, (a, _b), chief = down_world
    request_id, review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    up.decide_upper_review(upper.office, up_id, outcome="changed", reasons="应当逮捕",
                           chief_approved_by=chief.user_id, today=DECIDED)
    from datetime import datetime

    from desktop.store.review_models import ReviewDecision

    with a.office.transaction("approve") as session:
        refusal = session.query(ReviewDecision).filter_by(review_id=review_id).one()
        refusal.deleted_at = datetime(2026, 10, 19)
    _package, _result, back = exchange(a, upper)
    assert back.result == "applied"
    assert count(a, "SELECT decided_on FROM reconsiderations WHERE id = ?", up_id) is None
    assert count(a, "SELECT count(*) FROM upper_review_decisions") == 1
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="comment", text="请核实", today=DECIDED)
    _package, _result, back = exchange(a, upper)
    assert back.result == "applied"
    assert count(a, "SELECT count(*) FROM upper_instructions") == 1
