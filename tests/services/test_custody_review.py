"""Custody-necessity review through the services on real SQLite files."""
import json
from datetime import date

import pytest

from desktop.services import custody_queries as q
from desktop.services import custody_review as svc
from desktop.services.arrest_register import register_request
from desktop.services.custody_settings import read_settings, save_settings
from desktop.services.errors import ValidationFailed
from desktop.domain.custody_review import CustodySettings
from tests.conftest import make_registration

TODAY = date(2026, 11, 23)


def _arrest(office, *, approved=True, decided=date(2026, 10, 3), **kw):
    from desktop.store.models import ArrestReview

    request_id = register_request(office, make_registration(office, **kw), today=TODAY)
    review_id = office.reader.execute(
        "SELECT id FROM arrest_reviews WHERE request_id = ?", (request_id,)).fetchone()[0]
    if approved:
        with office.transaction("approve") as s:
            review = s.get(ArrestReview, review_id)
            review.status = "approved"
            review.decided_on = decided
    return review_id


def _codes(excinfo):
    return {(e.field, e.code) for e in excinfo.value.errors}


def _application(arrest_id, started=date(2026, 11, 2), **kw):
    return svc.StartInput(arrest_review_id=arrest_id, source="application", started_on=started,
                          applicant_kind="close_relative", applicant_name="王大明",
                          grounds="患有严重疾病", evidence="病历", **kw)


def test_a_review_cannot_start_for_a_suspect_not_arrested(office):
    arrest_id = _arrest(office, approved=False)
    before = office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(ValidationFailed) as excinfo:
        svc.start_review(office, _application(arrest_id), today=TODAY)
    assert ("arrest_review", "custody.not_arrested") in _codes(excinfo)
    assert office.reader.execute("SELECT count(*) FROM custody_reviews").fetchone()[0] == 0
    assert office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0] == before
    assert q.arrested_suspects(office.reader) == []


def test_an_application_needs_who_applied_and_why(office):
    arrest_id = _arrest(office)
    data = svc.StartInput(arrest_review_id=arrest_id, source="application",
                          started_on=date(2026, 9, 1))
    with pytest.raises(ValidationFailed) as excinfo:
        svc.start_review(office, data, today=TODAY)
    assert _codes(excinfo) == {("applicant_kind", "required"), ("applicant_name", "required"),
                               ("grounds", "required"),
                               ("started_on", "custody.date_too_early")}


def test_starting_writes_the_case_with_its_deadline_outbox_and_audit(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, _application(arrest_id), today=TODAY)
    conn = office.reader
    row = conn.execute("SELECT status, due_kind, raw_end, due_date, person_id FROM "
                       "custody_reviews WHERE id = ?", (review_id,)).fetchone()
    assert tuple(row[:4]) == ("registered", "decision", "2026-11-12", "2026-11-12")
    outbox = conn.execute("SELECT op, payload FROM outbox WHERE row_id = ?",
                          (review_id,)).fetchall()
    assert len(outbox) == 1 and json.loads(outbox[0][1])["applicant_name"] == "王大明"
    audit = conn.execute("SELECT action, table_name FROM audit_log WHERE row_id = ?",
                         (review_id,)).fetchall()
    assert [tuple(a) for a in audit] == [("insert", "custody_reviews")]
    # a second open review of the same suspect is refused
    with pytest.raises(ValidationFailed) as excinfo:
        svc.start_review(office, _application(arrest_id), today=TODAY)
    assert ("arrest_review", "custody.already_open") in _codes(excinfo)
    [suspect] = q.arrested_suspects(conn)
    assert suspect.has_open_review and suspect.person_name == "王小明"


def test_own_motion_has_no_decision_deadline(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, svc.StartInput(arrest_id, "own_motion",
                                                        date(2026, 11, 20)), today=TODAY)
    row = q.review_row(office.reader, review_id, today=TODAY)
    assert row.due_date is None and row.status == "registered"


def test_full_application_path_recommend_reply_notice_close(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, _application(arrest_id), today=TODAY)
    svc.record_checklist(office, review_id, {"may_serious_illness": (True, "住院治疗"),
                                             "must_exceeds_sentence": (False, "")},
                         today=TODAY)
    rec_id = svc.recommend(office, review_id, svc.RecommendationInput(
        "bail", "青山县公安局", date(2026, 11, 5), "患病，不宜羁押"), today=TODAY)
    detail = q.review_detail(office.reader, review_id, today=TODAY)
    assert detail.answers == {"may_serious_illness": (True, "住院治疗")}
    assert detail.recommendations[0].reply_due == date(2026, 11, 15)  # a Sunday: no extension
    assert detail.row.status == "recommended" and detail.row.due_kind == "reply"
    with pytest.raises(ValidationFailed) as excinfo:
        svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)
    assert ("status", "custody.invalid_transition") in _codes(excinfo)
    svc.record_reply(office, review_id, svc.ReplyInput(date(2026, 11, 12), "adopted", "bail"),
                     today=TODAY)
    row = q.review_row(office.reader, review_id, today=TODAY)
    assert row.status == "replied" and row.due_kind == "notice"
    with pytest.raises(ValidationFailed) as excinfo:
        svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)
    assert ("status", "custody.notice_missing") in _codes(excinfo)
    svc.record_result_notice(office, review_id, svc.NoticeInput(date(2026, 11, 13), "王大明"),
                             today=TODAY)
    svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)
    detail = q.review_detail(office.reader, review_id, today=TODAY)
    assert detail.row.status == "closed" and detail.row.due_date is None
    assert detail.recommendations[0].id == rec_id
    assert detail.recommendations[0].replies[0][1:3] == ("adopted", "bail")
    assert detail.notices[0][1] == "王大明"
    tables = {r[0] for r in office.reader.execute("SELECT table_name FROM outbox")}
    assert {"custody_reviews", "custody_checklist_answers", "custody_recommendations",
            "custody_replies", "custody_result_notices"} <= tables
    assert q.list_reviews(office.reader, q.CustodyFilter(open_only=True), today=TODAY) == []


def test_an_overdue_reply_is_on_the_dashboard_and_can_be_escalated(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, svc.StartInput(arrest_id, "detention_centre",
                                                        date(2026, 11, 1), grounds="孕妇"),
                                 today=TODAY)
    svc.recommend(office, review_id, svc.RecommendationInput(
        "residential_surveillance", "青山县公安局", date(2026, 11, 10), "怀孕"), today=TODAY)
    items = q.custody_due_items(office.reader, today=TODAY)
    assert [(i.kind, i.record_id, i.detail, i.due_date) for i in items] == [
        ("custody_review", review_id, "reply", date(2026, 11, 20))]
    assert "王小明" in items[0].title
    row = q.review_row(office.reader, review_id, today=TODAY)
    assert row.shown_status == "no_reply"
    assert [r.review_id for r in q.list_reviews(office.reader, q.CustodyFilter(
        overdue_only=True), today=TODAY)] == [review_id]
    with pytest.raises(ValidationFailed) as excinfo:  # too early: the period had not run out
        svc.escalate(office, review_id, svc.EscalationInput(date(2026, 11, 20)), today=TODAY)
    assert ("issued_on", "custody.reply_not_overdue") in _codes(excinfo)
    svc.escalate(office, review_id, svc.EscalationInput(date(2026, 11, 21)), today=TODAY)
    assert q.custody_due_items(office.reader, today=TODAY) == []
    svc.record_reply(office, review_id, svc.ReplyInput(date(2026, 11, 22), "not_adopted"),
                     today=TODAY)
    detail = q.review_detail(office.reader, review_id, today=TODAY)
    assert detail.recommendations[0].replies[0][4] is True  # late
    assert detail.recommendations[0].escalations[0][1] == "纠正违法通知书"
    svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)  # no applicant: no notice


def test_not_recommending_owes_the_applicant_the_reasons(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, _application(arrest_id), today=TODAY)
    with pytest.raises(ValidationFailed) as excinfo:
        svc.decide_not_to_recommend(office, review_id, decided_on=TODAY, reasons=" ",
                                    today=TODAY)
    assert _codes(excinfo) == {("reasons", "required")}
    svc.decide_not_to_recommend(office, review_id, decided_on=date(2026, 11, 20),
                                reasons="仍有社会危险性", today=TODAY)
    [item] = q.custody_due_items(office.reader, today=TODAY)
    assert item.detail == "notice" and item.due_date == date(2026, 11, 23)


def test_the_settings_are_the_offices_and_used_for_new_periods(office):
    assert read_settings(office.reader) == CustodySettings()
    save_settings(office, CustodySettings(reply_days=7, custody_periods=False))
    assert read_settings(office.reader) == CustodySettings(reply_days=7, custody_periods=False)
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, svc.StartInput(arrest_id, "own_motion",
                                                        date(2026, 11, 1)), today=TODAY)
    svc.recommend(office, review_id, svc.RecommendationInput(
        "release", "青山县公安局", date(2026, 11, 6), "证据不足"), today=TODAY)
    rec = q.review_detail(office.reader, review_id, today=TODAY).recommendations[0]
    # 11-13 is a Friday; 7 days, holiday rule on
    assert (rec.reply_due, rec.in_custody_period) == (date(2026, 11, 13), False)


def test_a_closed_case_cannot_be_changed_and_undecided_closing_needs_a_note(office):
    arrest_id = _arrest(office)
    review_id = svc.start_review(office, _application(arrest_id), today=TODAY)
    with pytest.raises(ValidationFailed) as excinfo:
        svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)
    assert ("note", "required") in _codes(excinfo)
    svc.close_review(office, review_id, closed_on=TODAY, note="申请人撤回申请", today=TODAY)
    with pytest.raises(ValidationFailed):
        svc.record_checklist(office, review_id, {"may_other": (True, "")}, today=TODAY)
    with pytest.raises(ValidationFailed):
        svc.recommend(office, review_id, svc.RecommendationInput(
            "release", "青山县公安局", TODAY, "x"), today=TODAY)
    # a new review of the same suspect may start now
    svc.start_review(office, _application(arrest_id, started=TODAY), today=TODAY)


def test_the_outbox_alone_rebuilds_every_custody_record(office):
    """STYLE habit 10 for these tables: every write path went through change capture."""
    from desktop.services.check import check_database
    from desktop.store import custody_models as m
    from desktop.store.capture import row_state
    from tests.store.test_replay import replay

    arrest_id = _arrest(office)
    review_id = svc.start_review(office, _application(arrest_id), today=TODAY)
    svc.record_checklist(office, review_id, {"may_other": (True, "x")}, today=TODAY)
    svc.recommend(office, review_id, svc.RecommendationInput(
        "release", "青山县公安局", date(2026, 11, 5), "证据不足"), today=TODAY)
    svc.escalate(office, review_id, svc.EscalationInput(date(2026, 11, 16)), today=TODAY)
    svc.record_reply(office, review_id, svc.ReplyInput(date(2026, 11, 17), "partly", "bail"),
                     today=TODAY)
    svc.record_result_notice(office, review_id, svc.NoticeInput(TODAY, "王大明"), today=TODAY)
    svc.close_review(office, review_id, closed_on=TODAY, today=TODAY)
    replayed = replay(office.reader)
    with office.transaction("custody_review") as session:
        for model in (m.CustodyReview, m.CustodyChecklistAnswer, m.CustodyRecommendation,
                      m.CustodyReply, m.CustodyEscalation, m.CustodyResultNotice):
            actual = {o.id: json.loads(json.dumps(row_state(o), ensure_ascii=False))
                      for o in session.query(model)}
            assert actual and replayed[model.__tablename__] == actual, model.__tablename__
    assert check_database(office.db.path).ok
