"""After the decision, through the services on real SQLite files: receipts (overdue ones on the
dashboard), 复议 by a different officer, 复核, RPR 288 and re-submission links, the timeline."""
from datetime import date

import pytest

from desktop.services import arrest_queries as q
from desktop.services import review_decisions as dec
from desktop.services import review_followup as fu
from desktop.services import review_queries as rq
from desktop.services.errors import NotFound, ValidationFailed
from tests.conftest import make_registration
from tests.services.test_review_workflow import (  # noqa: F401  (fixture)
    DAY,
    approve_proposal,
    error_codes,
    interrogate,
    log_count,
    people,
    register,
    tick_flight,
)


def refuse(office, people, review_id, ground="no_social_danger", approver="approver"):
    interrogate(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput("refuse", ground, "情节较轻"),
                         today=DAY)
    dec.approve_decision(people[approver], review_id, today=DAY)


def receipt_id(office, review_id):
    return office.reader.execute("SELECT id FROM execution_receipts WHERE review_id = ?",
                                 (review_id,)).fetchone()[0]


def test_overdue_receipt_shows_on_the_dashboard_until_recorded(office, people):
    request_id, review_id = register(office)
    interrogate(office, review_id)
    tick_flight(office, review_id)
    approve_proposal(office, people, review_id)
    items = q.due_items(office.reader, today=date(2026, 10, 7))
    assert [(i.kind, i.due_date, i.request_id) for i in items] == [
        ("receipt", date(2026, 10, 5), request_id)]
    assert "第一百四十二条" in items[0].basis and items[0].detail == "执行回执"
    assert items[0].title.endswith("王小明")
    rid = receipt_id(office, review_id)
    with pytest.raises(ValidationFailed) as exc:
        fu.record_receipt(office, rid, received_on=date(2026, 10, 6), executed=False,
                          today=date(2026, 10, 7))
    assert error_codes(exc) == ["required"]
    fu.record_receipt(office, rid, received_on=date(2026, 10, 6), executed=True,
                      executed_on=date(2026, 10, 3), today=date(2026, 10, 7))
    assert q.due_items(office.reader, today=date(2026, 10, 7)) == []
    due = office.reader.execute("SELECT due_date FROM execution_receipts WHERE id = ?",
                                (rid,)).fetchone()[0]
    assert due == "2026-10-06"  # 3 days after execution, custody: no holiday extension
    assert log_count(office, "execution_receipts") == (2, 2)


def test_reconsideration_by_the_same_officer_is_refused(office, people):
    _, review_id = register(office)
    refuse(office, people, review_id)
    with pytest.raises(ValidationFailed) as exc:
        fu.request_upper_review(office, review_id, fu.ReconsiderationInput(
            date(2026, 10, 3), date(2026, 10, 4)), today=date(2026, 10, 4))
    assert error_codes(exc) == ["upper_review.no_upheld_reconsideration"]
    rec = fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
        decision_received_on=date(2026, 10, 2), requested_on=date(2026, 10, 9),
        grounds="有逃跑可能"), today=date(2026, 10, 9))
    row = office.reader.execute("SELECT request_late, due_date FROM reconsiderations "
                                "WHERE id = ?", (rec,)).fetchone()
    assert tuple(row) == (1, "2026-10-16")  # asked after 5 days (due 10-08): flagged
    items = q.due_items(office.reader, today=date(2026, 10, 14))
    assert ("reconsideration_decision", date(2026, 10, 16)) in [
        (i.kind, i.due_date) for i in items]
    chief = people["chief"].user_id
    with pytest.raises(ValidationFailed) as exc:
        fu.decide_reconsideration(office, rec, outcome="upheld", reasons="维持",
                                  chief_approved_by=chief, today=date(2026, 10, 14))
    assert error_codes(exc) == ["reconsideration.same_officer"]
    with pytest.raises(ValidationFailed) as exc:
        fu.decide_reconsideration(people["chief"], rec, outcome="upheld", reasons="",
                                  chief_approved_by=chief, today=date(2026, 10, 14))
    assert error_codes(exc) == ["required"]
    with pytest.raises(ValidationFailed) as exc:
        fu.decide_reconsideration(people["approver"], rec, outcome="upheld", reasons="维持",
                                  chief_approved_by=people["approver"].user_id,
                                  today=date(2026, 10, 14))
    assert error_codes(exc) == ["approval.chief_required"]
    fu.decide_reconsideration(people["approver"], rec, outcome="upheld",
                              reasons="无证据证明有逃跑可能", chief_approved_by=chief,
                              today=date(2026, 10, 14))
    assert "reconsideration_decision" not in [
        i.kind for i in q.due_items(office.reader, today=date(2026, 10, 14))]
    # 复核: recorded here, answered by the upper office within 15 days
    up = fu.request_upper_review(office, review_id, fu.ReconsiderationInput(
        date(2026, 10, 15), date(2026, 10, 16)), today=date(2026, 10, 16))
    assert office.reader.execute("SELECT due_date, request_late FROM reconsiderations "
                                 "WHERE id = ?", (up,)).fetchone()[0] == "2026-11-02"
    fu.record_receipt(office, receipt_id(office, review_id), received_on=date(2026, 10, 3),
                      executed=True, executed_on=date(2026, 10, 2), today=date(2026, 10, 16))
    items = q.due_items(office.reader, today=date(2026, 11, 1))
    assert [i.kind for i in items] == ["upper_review_decision"]
    fu.record_upper_review_answer(office, up, decided_on=date(2026, 10, 30),
                                  decided_by="临江市人民检察院", outcome="upheld",
                                  today=date(2026, 11, 1))
    assert q.due_items(office.reader, today=date(2026, 11, 1)) == []


def test_reconsideration_only_of_a_refusal(office, people):
    _, review_id = register(office)
    interrogate(office, review_id)
    tick_flight(office, review_id)
    approve_proposal(office, people, review_id)
    with pytest.raises(ValidationFailed) as exc:
        fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
            date(2026, 10, 2), date(2026, 10, 3)), today=date(2026, 10, 3))
    assert error_codes(exc) == ["reconsideration.not_refused"]


def test_omitted_suspect_demand_needs_the_chief_and_ends_in_a_direct_decision(office, people):
    request_id, _ = register(office)
    data = fu.OmittedSuspectInput("李某", "共同实施盗窃，应当逮捕", office.user_id,
                                  date(2026, 9, 30))
    with pytest.raises(ValidationFailed) as exc:
        fu.demand_arrest_request(office, request_id, data, today=DAY)
    assert error_codes(exc) == ["approval.chief_required"]
    data.chief_approved_by = people["chief"].user_id
    demand = fu.demand_arrest_request(office, request_id, data, today=DAY)
    items = q.due_items(office.reader, today=date(2026, 10, 8))
    omitted = [i for i in items if i.kind == "omitted_follow_up"]
    assert [(i.due_date, i.record_id) for i in omitted] == [(date(2026, 10, 8), demand)]
    with pytest.raises(ValidationFailed) as exc:
        fu.record_direct_decision(office, demand, decided_on=date(2026, 10, 8),
                                  today=date(2026, 10, 8))
    assert error_codes(exc) == ["omitted.police_not_declined"]
    fu.record_police_answer(office, demand, answer="declined", answered_on=date(2026, 10, 9),
                            reasons="证据不足", today=date(2026, 10, 9))
    fu.record_direct_decision(office, demand, decided_on=date(2026, 10, 10),
                              today=date(2026, 10, 10))
    assert [i.kind for i in q.due_items(office.reader, today=date(2026, 10, 10))] == [
        "arrest_review"]  # the request's own review still runs
    kinds = [s.kind for s in rq.timeline(office.reader, request_id)]
    assert "omitted_follow_up" in kinds and "direct_decision" in kinds
    assert log_count(office, "omitted_suspect_demands") == (3, 3)


def test_resubmission_is_a_new_request_linked_to_the_refused_one(office, people):
    old_id, review_id = register(office)
    data = make_registration(office, case_no="A3201012026110001", received=date(2026, 10, 20),
                             detained_since=date(2026, 10, 18))
    with pytest.raises(ValidationFailed) as exc:
        fu.register_resubmission(office, old_id, data, today=date(2026, 10, 20))
    assert error_codes(exc) == ["resubmission.not_refused"]
    refuse(office, people, review_id, ground="insufficient_evidence", approver="chief")
    new_id = fu.register_resubmission(office, old_id, data, today=date(2026, 10, 20))
    link = office.reader.execute("SELECT previous_request_id, reason FROM request_links "
                                 "WHERE request_id = ?", (new_id,)).fetchone()
    assert tuple(link) == (old_id, "resubmission")
    assert log_count(office, "request_links") == (1, 1)
    assert office.reader.execute("SELECT status FROM request_index WHERE request_id = ?",
                                 (new_id,)).fetchone()[0] == "received"
    assert [s.detail for s in rq.timeline(office.reader, new_id)
            if s.kind == "resubmitted_from"] == [old_id]
    assert [s.detail for s in rq.timeline(office.reader, old_id)
            if s.kind == "resubmitted_as"] == [new_id]


def test_timeline_lists_every_step_with_dates_and_deadlines(office, people):
    request_id, review_id = register(office)
    interrogate(office, review_id)
    tick_flight(office, review_id)
    approve_proposal(office, people, review_id)
    steps = rq.timeline(office.reader, request_id)
    assert [s.kind for s in steps] == ["received", "interrogation", "proposed", "decided",
                                       "review_due", "receipt"]
    review_due = steps[4]
    assert review_due.due == date(2026, 10, 5) and review_due.on == date(2026, 10, 2)
    assert "第二百八十二条" in review_due.basis
    receipt = steps[-1]
    assert receipt.on is None and receipt.due == date(2026, 10, 5) and not receipt.done
    assert receipt.label == "执行回执" and "第二百八十六条" in receipt.basis
    assert rq.timeline(office.reader, "nope") == []


def test_open_reviews_on_the_dashboard_carry_their_basis(office):
    request_id, _ = register(office)
    items = q.due_items(office.reader, today=date(2026, 10, 3))
    assert [(i.kind, i.record_id, i.request_id) for i in items] == [
        ("arrest_review", request_id, request_id)]
    assert "七日以内" in items[0].basis


def test_a_refusal_changed_on_reconsideration_opens_an_execution_receipt(office, people):
    request_id, review_id = register(office, detained=False)
    refuse(office, people, review_id)
    # a suspect at liberty: nothing to release, no receipt yet
    assert office.reader.execute("SELECT count(*) FROM execution_receipts").fetchone()[0] == 0
    rec = fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
        date(2026, 10, 3), date(2026, 10, 5)), today=date(2026, 10, 5))
    fu.decide_reconsideration(people["approver"], rec, outcome="changed", reasons="",
                              chief_approved_by=people["chief"].user_id, today=date(2026, 10, 9))
    items = q.due_items(office.reader, today=date(2026, 10, 12))
    assert [(i.kind, i.due_date) for i in items] == [("receipt", date(2026, 10, 12))]
    assert [s.detail for s in rq.timeline(office.reader, request_id)
            if s.kind == "reconsideration_decision"] == ["changed"]
    # the suspect now shows as approved for arrest, in the record and in the list
    assert office.reader.execute("SELECT status FROM arrest_reviews WHERE id = ?",
                                 (review_id,)).fetchone()[0] == "approved"
    assert office.reader.execute("SELECT status FROM request_index WHERE request_id = ?",
                                 (request_id,)).fetchone()[0] == "approved"


def test_correcting_the_day_of_service_moves_the_receipt_due_date(office, people):
    _, review_id = register(office)
    refuse(office, people, review_id)
    rid = receipt_id(office, review_id)
    fu.record_served(office, rid, date(2026, 10, 3), today=date(2026, 10, 4))
    due = office.reader.execute("SELECT due_date FROM execution_receipts WHERE id = ?",
                                (rid,)).fetchone()[0]
    assert due == "2026-10-08"  # 10-06 is in the National Day holiday: carried over
    with pytest.raises(ValidationFailed) as exc:
        fu.record_served(office, rid, date(2026, 10, 9), today=date(2026, 10, 4))
    assert error_codes(exc) == ["date.future"]


def test_police_request_for_the_omitted_suspect_closes_the_follow_up(office, people):
    request_id, _ = register(office)
    demand = fu.demand_arrest_request(office, request_id, fu.OmittedSuspectInput(
        "李某", "共同实施盗窃", people["chief"].user_id, date(2026, 9, 30)), today=DAY)
    new_id = register(office, case_no="A3201012026110002", name="李某",
                      id_number="110105199001010010", received=date(2026, 10, 5),
                      detained_since=date(2026, 10, 3))[0]
    with pytest.raises(NotFound):
        fu.record_police_answer(office, demand, answer="will_request",
                                answered_on=date(2026, 10, 5), new_request_id="nope",
                                today=date(2026, 10, 5))
    fu.record_police_answer(office, demand, answer="will_request",
                            answered_on=date(2026, 10, 5), new_request_id=new_id,
                            today=date(2026, 10, 5))
    assert "omitted_follow_up" not in [
        i.kind for i in q.due_items(office.reader, today=date(2026, 10, 9))]
    with pytest.raises(ValidationFailed) as exc:
        fu.record_direct_decision(office, demand, decided_on=date(2026, 10, 9),
                                  today=date(2026, 10, 9))
    assert error_codes(exc) == ["omitted.police_not_declined"]


def test_refusal_for_no_crime_tracks_the_police_withdrawal(office, people):
    request_id, review_id = register(office)
    refuse(office, people, review_id, ground="no_crime", approver="chief")
    rid = receipt_id(office, review_id)
    # served on 10-05 (not 10-02): the 15 days follow the police's receipt of the decision
    fu.record_served(office, rid, date(2026, 10, 5), today=date(2026, 10, 5))
    fu.record_receipt(office, rid, received_on=date(2026, 10, 5), executed=True,
                      executed_on=date(2026, 10, 5), today=date(2026, 10, 5))
    assert q.due_items(office.reader, today=date(2026, 10, 16)) == []
    items = q.due_items(office.reader, today=date(2026, 10, 19))
    assert [(i.kind, i.due_date) for i in items] == [("withdrawal_follow_up",
                                                       date(2026, 10, 20))]
    assert "纠正违法通知书" in items[0].basis
    fu.record_police_withdrawal(office, review_id, withdrawn_on=date(2026, 10, 15),
                                today=date(2026, 10, 19))
    assert q.due_items(office.reader, today=date(2026, 10, 19)) == []
    assert q.due_items(office.reader, today=date(2026, 10, 19)) == []
    assert [s.on for s in rq.timeline(office.reader, request_id)
            if s.kind == "withdrawal_follow_up"] == [date(2026, 10, 15)]


def test_a_reconsideration_request_also_answers_the_withdrawal_follow_up(office, people):
    _, review_id = register(office, detained=False)
    refuse(office, people, review_id, ground="no_crime", approver="chief")
    fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
        date(2026, 10, 3), date(2026, 10, 5)), today=date(2026, 10, 5))
    assert "withdrawal_follow_up" not in [
        i.kind for i in q.due_items(office.reader, today=date(2026, 10, 30))]
    _, other = register(office, case_no="A3201012026110009", name="赵六",
                        id_number="110105199001010010")
    refuse(office, people, other)  # no social danger: nothing to withdraw
    with pytest.raises(ValidationFailed) as exc:
        fu.record_police_withdrawal(office, other, withdrawn_on=date(2026, 10, 5),
                                    today=date(2026, 10, 5))
    assert error_codes(exc) == ["withdrawal.not_no_crime"]


def test_replaying_the_outbox_rebuilds_every_review_record(office, people):
    """Change capture misses no write of the workflow: the outbox alone gives back every row
    of the review tables, tombstones and later edits included (STYLE habit 10)."""
    import json

    from desktop.store.capture import row_state
    from desktop.store.models import synced_models
    from tests.services.test_review_workflow import svc
    from tests.store.test_replay import replay

    request_id, review_id = register(office)
    wrong = interrogate(office, review_id)
    svc.remove_record(office, "interrogation", wrong)
    refuse(office, people, review_id, ground="no_crime", approver="chief")
    rec = fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
        date(2026, 10, 3), date(2026, 10, 5)), today=date(2026, 10, 5))
    fu.decide_reconsideration(people["approver"], rec, outcome="upheld", reasons="维持",
                              chief_approved_by=people["chief"].user_id, today=date(2026, 10, 9))
    fu.demand_arrest_request(office, request_id, fu.OmittedSuspectInput(
        "李某", "共同实施盗窃", people["chief"].user_id, date(2026, 9, 30)), today=DAY)
    fu.register_resubmission(office, request_id, make_registration(
        office, received=date(2026, 10, 20), detained_since=date(2026, 10, 18)),
        today=date(2026, 10, 20))
    replayed = replay(office.reader)
    tables = {"review_interrogations", "review_decisions", "execution_receipts",
              "reconsiderations", "omitted_suspect_demands", "request_links"}
    with office.transaction("review_work") as session:
        for model in synced_models():
            if model.__tablename__ not in tables:
                continue
            actual = {o.id: json.loads(json.dumps(row_state(o), ensure_ascii=False))
                      for o in session.query(model)}
            assert actual, model.__tablename__
            assert replayed[model.__tablename__] == actual, model.__tablename__
