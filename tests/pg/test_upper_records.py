"""The upper office on PostgreSQL writes its own records (a 复核 decision, a 督办, a holiday
schedule for every unit): the change capture numbers them in each unit's down sequence on the
server, and they reach the SQLite unit in its acknowledgement as on SQLite."""
from datetime import date

from desktop.services import upper_queries
from desktop.services import upper_records as up
from tests.pg.test_sync_upper import world  # noqa: F401  (fixture)
from tests.sync.down_world import DECIDED, exchange, upper_review_request
from tests.sync.test_down_records import CALENDAR_2031, restore_calendar  # noqa: F401


def send_one_change_a_package(unit, upper):
    """A unit's backlog one change a package: on PostgreSQL a package holding two versions of
    one row is refused by sync_apply's many-row upsert (CardinalityViolation, reported to its
    owner), which is not what this test is about."""
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_receive import receive_package

    after = 0
    while (package := export_changes(unit.office, unit.keys, limit=1, after=after)) is not None:
        result = receive_package(upper.office, upper.keys, package.data)
        after = package.last_seq
    receive_package(unit.office, unit.keys, result.ack.data)


def test_the_upper_offices_records_go_down_from_postgresql(world, restore_calendar):  # noqa: F811
    from desktop.store.models import User

    upper, (a, b) = world
    with upper.office.transaction("manage_users") as session:
        chief = User(username="upper_chief", display_name="周检察长",
                     roles="officer,approver,chief")
        session.add(chief)
        session.flush()
        chief_id = chief.id
    request_id, review_id, up_id = upper_review_request(a)
    send_one_change_a_package(a, upper)
    up.decide_upper_review(upper.office, up_id, outcome="changed", reasons="应当逮捕",
                           chief_approved_by=chief_id, today=DECIDED)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="directive", text="报告执行情况", due_date=date(2026, 10, 25),
                         today=DECIDED)
    up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED)
    assert upper.count("SELECT max(down_seq) FROM sync_down_queue WHERE peer_unit = ?",
                       "320101") == 3
    assert upper.count("SELECT max(down_seq) FROM sync_down_queue WHERE peer_unit = ?",
                       "320102") == 1
    _package, result, back = exchange(a, upper)
    assert (result.ack.rows, back.result) == (3, "applied")
    assert a.count("SELECT outcome FROM reconsiderations WHERE id = ?", up_id) == "changed"
    assert a.count("SELECT status FROM arrest_reviews WHERE id = ?", review_id) == "approved"
    assert [i.text for i in upper_queries.instructions_of(
        a.office.reader, "arrest_requests", [request_id])] == ["报告执行情况"]
    _package, result_b, _back = exchange(b, upper)
    assert result_b.ack.rows == 1 and b.count("SELECT count(*) FROM upper_instructions") == 0
    send_one_change_a_package(a, upper)  # A acknowledges the down sequence, answers up
    assert upper.count("SELECT acked_seq FROM sync_watermarks WHERE peer_unit = ?",
                       "320101") == 3
    assert upper.count("SELECT outcome FROM reconsiderations WHERE id = ?", up_id) == "changed"
