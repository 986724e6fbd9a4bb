"""The upper office's own records through the services, on real SQLite files: validation of
each record type with its error codes, and the change capture that numbers them in each
target unit's down sequence (one unit, or every registered unit for a holiday schedule)."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.services import upper_queries
from desktop.services import upper_records as up
from desktop.services.errors import NotFound, ValidationFailed
from tests.services.test_review_workflow import add_user, error_codes, register
from tests.sync.down_world import DECIDED, down_world, exchange, upper_review_request  # noqa: F401
from tests.sync.test_down_records import CALENDAR_2031


def queue(upper, unit_code):
    return [tuple(r) for r in upper.office.reader.execute(
        "SELECT down_seq, table_name, version, op FROM sync_down_queue WHERE peer_unit = ? "
        "ORDER BY down_seq", (unit_code,))]


def test_instructions_need_a_units_record_a_text_and_a_reply_date(down_world, office):
    upper, (a, b), _chief = down_world
    request_a, _review = register(a.office)
    request_b, _review = register(b.office)
    for unit in (a, b):
        exchange(unit, upper)
    with pytest.raises(ValidationFailed) as exc:
        up.issue_instruction(office, subject_table="arrest_requests", subject_id="x",
                             kind="comment", text="意见", today=DECIDED)
    assert error_codes(exc) == ["upper.not_upper_office"]  # a grassroots office
    with pytest.raises(ValidationFailed) as exc:
        up.issue_instruction(upper.office, subject_table="arrest_requests",
                             subject_id=request_a, kind="directive", text=" ", today=DECIDED)
    assert error_codes(exc) == ["required", "required"]
    with pytest.raises(ValidationFailed) as exc:
        up.issue_instruction(upper.office, subject_table="arrest_requests",
                             subject_id=request_a, kind="directive", text="督办",
                             due_date=DECIDED, today=DECIDED)
    assert error_codes(exc) == ["upper.due_not_after_today"]
    with pytest.raises(NotFound):
        up.issue_instruction(upper.office, subject_table="users", subject_id=request_a,
                             kind="comment", text="意见", today=DECIDED)
    own = upper.office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    with pytest.raises(NotFound):  # not a table instructions are about
        up.issue_instruction(upper.office, subject_table="police_agencies", subject_id=own,
                             kind="comment", text="意见", today=DECIDED)
    assert upper.office.reader.execute("SELECT count(*) FROM upper_instructions").fetchone()[0] \
        == 0
    # numbered per unit, in the order written
    first = up.issue_instruction(upper.office, subject_table="arrest_requests",
                                 subject_id=request_a, kind="comment", text="注意证据",
                                 due_date=date(2026, 12, 1), today=DECIDED)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_b,
                         kind="directive", text="报告进展", due_date=date(2026, 10, 30),
                         today=DECIDED)
    up.close_directive(upper.office, up.issue_instruction(
        upper.office, subject_table="arrest_requests", subject_id=request_a,
        kind="directive", text="报告进展", due_date=date(2026, 10, 30), today=DECIDED),
        closed_on=DECIDED, today=DECIDED)
    assert queue(upper, "320101") == [(1, "upper_instructions", 1, "upsert"),
                                      (2, "upper_instructions", 1, "upsert"),
                                      (3, "upper_instructions", 2, "upsert")]
    assert queue(upper, "320102") == [(1, "upper_instructions", 1, "upsert")]
    row = upper.office.reader.execute("SELECT for_unit, due_date, issuer_name FROM "
                                      "upper_instructions WHERE id = ?", (first,)).fetchone()
    assert tuple(row) == ("320101", None, "李华")  # a comment has no reply date
    with pytest.raises(NotFound):  # closed already
        up.close_directive(upper.office, first, closed_on=DECIDED, today=DECIDED)
    # the down payload is the row exactly as the outbox holds it
    same = upper.office.reader.execute(
        "SELECT count(*) FROM sync_down_queue q JOIN outbox o ON o.row_id = q.row_id AND "
        "o.version = q.version AND o.payload = q.payload").fetchone()[0]
    assert same == 4


def test_review_decision_needs_an_open_units_request_reasons_and_the_chief(down_world):
    upper, (a, _b), chief = down_world
    _request_id, review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    recon = a.office.reader.execute(
        "SELECT id FROM reconsiderations WHERE kind = 'reconsideration'").fetchone()[0]
    with pytest.raises(ValidationFailed) as exc:
        up.decide_upper_review(upper.office, up_id, outcome="upheld", reasons="",
                               chief_approved_by=chief.user_id, today=DECIDED)
    assert error_codes(exc) == ["required"]
    with pytest.raises(ValidationFailed) as exc:
        up.decide_upper_review(upper.office, up_id, outcome="upheld", reasons="理由",
                               chief_approved_by=upper.office.user_id, today=DECIDED)
    assert error_codes(exc) == ["approval.chief_required"]
    unit_chief = a.office.reader.execute(
        "SELECT id FROM users WHERE username = 'chief'").fetchone()[0]
    with pytest.raises(ValidationFailed) as exc:  # the unit's chief does not decide here
        up.decide_upper_review(upper.office, up_id, outcome="upheld", reasons="理由",
                               chief_approved_by=unit_chief, today=DECIDED)
    assert error_codes(exc) == ["approval.chief_required"]
    with pytest.raises(NotFound):  # a 复议, decided by the unit itself
        up.decide_upper_review(upper.office, recon, outcome="upheld", reasons="理由",
                               chief_approved_by=chief.user_id, today=DECIDED)
    decision = up.decide_upper_review(upper.office, up_id, outcome="upheld", reasons="理由",
                                      chief_approved_by=chief.user_id, today=DECIDED)
    with pytest.raises(ValidationFailed) as exc:
        up.decide_upper_review(upper.office, up_id, outcome="changed", reasons="",
                               chief_approved_by=chief.user_id, today=DECIDED)
    assert error_codes(exc) == ["upper.review_decided"]
    row = upper.office.reader.execute(
        "SELECT for_unit, decided_by, chief_name, decided_on FROM upper_review_decisions "
        "WHERE id = ?", (decision,)).fetchone()
    assert tuple(row) == ("320101", "临江市人民检察院", "upper_chief", "2026-10-20")
    assert queue(upper, "320101") == [(1, "upper_review_decisions", 1, "upsert")]
    assert upper_queries.own_chiefs(upper.office.reader) == [(chief.user_id, "upper_chief")]


def test_a_holiday_schedule_goes_to_every_unit_and_once_per_change(down_world):
    upper, _units, _chief = down_world
    with pytest.raises(ValidationFailed) as exc:
        up.publish_calendar_update(upper.office, 2031, "{", today=DECIDED)
    assert error_codes(exc) == ["calendar.invalid"]
    with pytest.raises(ValidationFailed) as exc:
        up.publish_calendar_update(upper.office, 2032, CALENDAR_2031, today=DECIDED)
    assert error_codes(exc) == ["calendar.year_missing"]
    with pytest.raises(ValidationFailed) as exc:
        up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=date(2032, 1, 1))
    assert error_codes(exc) == ["calendar.past_year"]
    with pytest.raises(ValidationFailed) as exc:
        up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED,
                                   for_unit="999999")
    assert error_codes(exc) == ["calendar.unknown_unit"]
    assert up.years_in(CALENDAR_2031) == [2031]
    first = up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED)
    assert up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED) == first
    corrected = CALENDAR_2031.replace('"2031-01-01", ', '"2031-01-01", "2031-01-24", ')
    assert up.publish_calendar_update(upper.office, 2031, corrected, today=DECIDED) == first
    only_a = up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED,
                                        for_unit="320101")
    assert only_a != first
    assert queue(upper, "320101") == [(1, "calendar_updates", 1, "upsert"),
                                      (2, "calendar_updates", 2, "upsert"),
                                      (3, "calendar_updates", 1, "upsert")]
    assert queue(upper, "320102") == [(1, "calendar_updates", 1, "upsert"),
                                      (2, "calendar_updates", 2, "upsert")]
    row = upper.office.reader.execute("SELECT source, override_json FROM calendar_updates "
                                      "WHERE id = ?", (first,)).fetchone()
    assert row[0] == "国务院办公厅关于2031年部分节假日安排的通知"
    assert "2031-01-24" in row[1] and '"format": 1' in row[1]


def test_a_grassroots_office_queues_nothing(office):
    """A unit never writes these records: one made here in the upper office's name is refused
    by the store's ownership guard, so nothing is queued (a received one is applied without
    the ORM and never queued: only the own office's rows go down)."""
    from desktop.store.ownership import ForeignRecordReadOnly
    from desktop.store.upper_models import UpperInstruction

    with pytest.raises(ForeignRecordReadOnly), office.transaction("sync") as session:
        session.add(UpperInstruction(unit_code="320100", for_unit="320101",
                                     subject_table="arrest_requests", subject_id="r",
                                     kind="comment", text="t", issued_by="u",
                                     issued_on=DECIDED))
    assert office.reader.execute("SELECT count(*) FROM sync_down_queue").fetchone()[0] == 0


def test_a_unit_registered_later_gets_the_schedules_published_for_every_unit(down_world):
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.sync_registry import register_unit

    upper, _units, _chief = down_world
    request_a, _review = register(_units[0].office)
    exchange(_units[0], upper)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_a,
                         kind="comment", text="只给甲院", today=DECIDED)
    corrected = CALENDAR_2031.replace('"2031-01-01", ', '"2031-01-01", "2031-01-24", ')
    up.publish_calendar_update(upper.office, 2031, CALENDAR_2031, today=DECIDED)
    up.publish_calendar_update(upper.office, 2031, corrected, today=DECIDED)
    keys = generate_keys()
    register_unit(upper.office, PublicKeys(
        unit_code="320103", unit_name="白云县人民检察院", role="grassroots", suite=keys.suite,
        signing_public=keys.signing_public, encryption_public=keys.encryption_public))
    assert queue(upper, "320103") == [(1, "calendar_updates", 2, "upsert")]  # the latest only
    payload = upper.office.reader.execute(
        "SELECT payload FROM sync_down_queue WHERE peer_unit = '320103'").fetchone()[0]
    latest = upper.office.reader.execute(
        "SELECT payload FROM outbox WHERE table_name = 'calendar_updates' ORDER BY seq DESC "
        "LIMIT 1").fetchone()[0]
    assert payload == latest  # as the outbox holds it
    register_unit(upper.office, PublicKeys(  # registered again (new keys): nothing twice
        unit_code="320103", unit_name="白云县人民检察院", role="grassroots", suite=keys.suite,
        signing_public=keys.signing_public, encryption_public=keys.encryption_public))
    assert len(queue(upper, "320103")) == 1
