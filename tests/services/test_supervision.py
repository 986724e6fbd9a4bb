"""The supervision register through the services on a real SQLite file: opening a matter,
each chain of notices with its deadlines counted from service, refused steps that change
nothing, the list with its filters and search, the detail timeline and the dashboard items."""
from datetime import date, timedelta

import pytest

from desktop.services import supervision_notices as sv
from desktop.services import supervision_queries as q
from desktop.services.errors import ValidationFailed
from desktop.services.supervision_queries import SupervisionFilter
from desktop.services.supervision_register import MatterInput, close_matter, open_matter
from desktop.services.supervision_settings import read_settings, save_settings

TODAY = date(2026, 11, 23)


def agency(office):
    return office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]


def new_matter(office, *, opened=date(2026, 9, 1), summary="被害人李某控告张某诈骗，公安机关未立案",
               **kw):
    data = dict(source="victim_complaint", area="case_filing", police_agency_id=agency(office),
                opened_on=opened, summary=summary, party_name="李某", subject_name="张某",
                police_case_no="A320101202609001", tags=["enterprise"])
    data.update(kw)
    return open_matter(office, MatterInput(**data), today=TODAY)


def issue(office, matter, kind, drafted, *, parent="", served=None, **kw):
    nid = sv.draft_notice(office, matter, sv.DraftInput(kind=kind, drafted_on=drafted,
                                                        content="经审查……", parent_id=parent,
                                                        **kw), today=TODAY)
    sv.approve_notice(office, nid, approved_on=drafted, approver="检察长王某", today=TODAY)
    sv.serve_notice(office, nid, served_on=served or drafted, today=TODAY)
    return nid


def notice(office, nid, today=TODAY):
    return q.notice_row(office.reader, nid, today=today)


def state_of(office, table, row_id):
    return office.reader.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()


def test_opening_a_matter_validates_and_writes_the_audit(office):
    with pytest.raises(ValidationFailed) as exc:
        open_matter(office, MatterInput(source="x", area="case_filing", police_agency_id="",
                                        opened_on=TODAY + timedelta(days=1), summary=" ",
                                        tags=["nonsense"]), today=TODAY)
    fields = {e.field: e.code for e in exc.value.errors}
    assert fields == {"source": "required", "police_agency_id": "required",
                      "opened_on": "date.future", "summary": "required",
                      "tags": "supervision.unknown_tag"}
    assert office.reader.execute("SELECT count(*) FROM supervision_matters").fetchone()[0] == 0
    with pytest.raises(ValidationFailed) as exc:
        new_matter(office, source="arrest_review")
    assert exc.value.errors[0].code == "supervision.request_needed"
    mid = new_matter(office)
    row = q.matter_row(office.reader, mid, today=TODAY)
    assert row.status == "open" and row.tags == "enterprise" and row.current_kind == ""
    assert office.reader.execute("SELECT count(*) FROM audit_log WHERE row_id = ?",
                                 (mid,)).fetchone()[0] == 1


def test_office_tags_become_known_after_the_setting(office):
    with pytest.raises(ValidationFailed):
        new_matter(office, tags=["涉黄"])
    save_settings(office, correction_days=20, suggestion_months=3, holiday_extension=True,
                  extra_tags="涉黄，电信诈骗")
    assert read_settings(office.reader).extra_tags == ("涉黄", "电信诈骗")
    mid = new_matter(office, tags=["涉黄", "juvenile"])
    assert q.matter_row(office.reader, mid, today=TODAY).tags == "juvenile|涉黄"
    with pytest.raises(ValidationFailed) as exc:
        save_settings(office, correction_days=0, suggestion_months=13, holiday_extension=True,
                      extra_tags="")
    assert {e.field for e in exc.value.errors} == {"correction_days", "suggestion_months"}


def test_non_filing_chain_to_correction_and_report_up(office):
    mid = new_matter(office)
    # a 通知立案 cannot start a matter: it follows an explanation request
    with pytest.raises(ValidationFailed) as exc:
        sv.draft_notice(office, mid, sv.DraftInput("notice_to_file", date(2026, 9, 2), "x"),
                        today=TODAY)
    assert exc.value.errors[0].code == "supervision.needs_parent"
    first = issue(office, mid, "explain_non_filing", date(2026, 9, 29), served=date(2026, 9, 30))
    n = notice(office, first, today=date(2026, 10, 8))
    assert (n.state, n.due_kind, n.raw_end, n.due_date) == \
        ("served", "reply", date(2026, 10, 7), date(2026, 10, 8))
    assert "顺延至2026年10月8日" in n.basis()
    assert n.follow_ups == ()  # the last day is still in time
    # the police did not explain: the day after, 通知立案 may follow
    n = notice(office, first, today=date(2026, 10, 9))
    assert n.shown_state == "overdue" and n.follow_ups == ("notice_to_file",)
    with pytest.raises(ValidationFailed) as exc:  # not before the period has run out
        sv.draft_notice(office, mid, sv.DraftInput("notice_to_file", date(2026, 10, 8), "x",
                                                   parent_id=first), today=date(2026, 10, 8))
    assert exc.value.errors[0].code == "supervision.not_next"
    second = issue(office, mid, "notice_to_file", date(2026, 10, 9), parent=first,
                   served=date(2026, 10, 10))
    assert notice(office, first).state == "escalated"
    n = notice(office, second, today=date(2026, 10, 10))
    assert n.due_date == date(2026, 10, 26)  # 15 days: Sun 25 Oct moves to Monday
    row = q.matter_row(office.reader, mid, today=date(2026, 10, 27))
    assert (row.current_kind, row.current_state, row.due_date) == \
        ("notice_to_file", "overdue", date(2026, 10, 26))
    # no filing in 15 days: 纠正违法, with the kinds of illegality
    with pytest.raises(ValidationFailed) as exc:
        sv.draft_notice(office, mid, sv.DraftInput("correction", date(2026, 10, 27), "x",
                                                   parent_id=second), today=TODAY)
    assert exc.value.errors[0].field == "illegality_codes"
    third = issue(office, mid, "correction", date(2026, 10, 27), parent=second,
                  illegality_codes=["other", "improper_withdrawal"], period_days=10)
    n = notice(office, third)
    assert n.illegality_codes == "improper_withdrawal,other"
    assert (n.period_days, n.due_date) == (10, date(2026, 11, 6))
    assert not n.may_report_up or n.shown_state == "overdue"
    # a 复查 request stops the report-up until it is decided, within 7 days
    sv.record_answer(office, third, sv.AnswerInput("re_examination", date(2026, 11, 2),
                                                   "公安机关要求复查"), today=TODAY)
    n = notice(office, third)
    assert (n.state, n.due_kind, n.due_date, n.objection_pending, n.may_report_up) == \
        ("replied", "decision", date(2026, 11, 9), True, False)
    sv.decide_objection(office, third, decided_on=date(2026, 11, 5), upheld=True,
                        reasons="维持", today=TODAY)
    n = notice(office, third)
    assert n.state == "refused" and n.may_report_up
    sv.report_up(office, third, reported_on=date(2026, 11, 6), note="报告市院", today=TODAY)
    n = notice(office, third)
    assert n.state == "escalated" and n.reported_up
    detail = q.matter_detail(office.reader, mid, today=TODAY)
    events = [(e.event, e.notice_kind) for e in detail.timeline]
    assert events[0] == ("opened", "")
    assert ("served", "explain_non_filing") in events and ("reported_up", "correction") in events
    assert [e.day for e in detail.timeline] == sorted(e.day for e in detail.timeline)
    close_matter(office, mid, closed_on=date(2026, 11, 20), result="已报告上级院", today=TODAY)
    assert q.matter_row(office.reader, mid, today=TODAY).status == "closed"


def test_explanation_accepted_tells_the_victim_within_ten_days(office):
    mid = new_matter(office)
    first = issue(office, mid, "explain_non_filing", date(2026, 9, 1))
    with pytest.raises(ValidationFailed):  # nothing to assess yet
        sv.assess_explanation(office, first, assessed_on=date(2026, 9, 5), accepted=True,
                              reasons="x", today=TODAY)
    sv.record_answer(office, first, sv.AnswerInput("explanation", date(2026, 9, 7), "说明"),
                     today=TODAY)
    sv.assess_explanation(office, first, assessed_on=date(2026, 9, 24), accepted=True,
                          reasons="理由成立", today=TODAY)
    n = notice(office, first)
    assert (n.due_kind, n.due_date) == ("tell_victim", date(2026, 10, 8))  # raw 4 Oct
    assert n.follow_ups == ("non_filing_opinion",)
    opinion = sv.draft_notice(office, mid, sv.DraftInput(
        "non_filing_opinion", date(2026, 9, 25), "经审查", parent_id=first), today=TODAY)
    assert notice(office, first).state == "closed"
    o = notice(office, opinion)
    assert o.addressee == "李某" and o.due_kind == "tell_victim"
    sv.approve_notice(office, opinion, approved_on=date(2026, 9, 25), approver="王某",
                      today=TODAY)
    sv.serve_notice(office, opinion, served_on=date(2026, 9, 28), today=TODAY)
    assert notice(office, opinion).state == "closed"
    assert q.matter_row(office.reader, mid, today=TODAY).due_date is None


def test_filed_under_supervision_starts_the_three_month_tracker(office):
    mid = new_matter(office, opened=date(2026, 5, 28))
    first = issue(office, mid, "explain_non_filing", date(2026, 6, 1))
    sv.record_answer(office, first, sv.AnswerInput("explanation", date(2026, 6, 5)), today=TODAY)
    sv.assess_explanation(office, first, assessed_on=date(2026, 6, 6), accepted=False,
                          reasons="理由不成立", today=TODAY)
    second = issue(office, mid, "notice_to_file", date(2026, 6, 8), parent=first)
    with pytest.raises(ValidationFailed) as exc:
        sv.record_answer(office, second, sv.AnswerInput("withdrawn", date(2026, 6, 9)),
                         today=TODAY)
    assert exc.value.errors[0].code == "supervision.answer_not_for_kind"
    sv.record_answer(office, second, sv.AnswerInput("filed", date(2026, 6, 20), "已立案",
                                                    case_filed_on=date(2026, 6, 18)), today=TODAY)
    n = notice(office, second)
    assert (n.state, n.due_kind, n.due_date) == ("complied", "progress", date(2026, 9, 18))
    with pytest.raises(ValidationFailed) as exc:  # filed once is enough
        sv.record_answer(office, second, sv.AnswerInput("filed", date(2026, 6, 21),
                                                        case_filed_on=date(2026, 6, 18)),
                         today=TODAY)
    assert exc.value.errors[0].code == "supervision.invalid_transition"
    assert n.follow_ups == ("progress_urge",)  # TODAY is past the three months
    urge = issue(office, mid, "progress_urge", date(2026, 9, 21), parent=second)
    assert notice(office, second).state == "complied" and notice(office, second).due_kind == ""
    assert notice(office, urge).due_kind == ""  # a 催办函 sets no period
    sv.record_answer(office, urge, sv.AnswerInput("progress_report", date(2026, 9, 30)),
                     today=TODAY)
    assert notice(office, urge).state == "replied"


def test_withdrawal_chain_with_reconsideration(office):
    mid = new_matter(office, area="case_filing", source="own_finding",
                     summary="公安机关对经济纠纷立案")
    first = issue(office, mid, "explain_filing", date(2026, 9, 1))
    second = issue(office, mid, "notice_to_withdraw", date(2026, 9, 10), parent=first)
    sv.record_answer(office, second, sv.AnswerInput("reconsideration", date(2026, 9, 14)),
                     today=TODAY)
    n = notice(office, second)
    assert (n.due_kind, n.due_date, n.follow_ups) == ("decision", date(2026, 9, 21), ())
    with pytest.raises(ValidationFailed) as exc:  # one request at a time
        sv.record_answer(office, second, sv.AnswerInput("withdrawn", date(2026, 9, 15)),
                         today=TODAY)
    assert exc.value.errors[0].code == "supervision.objection_pending"
    sv.decide_objection(office, second, decided_on=date(2026, 9, 18), upheld=True,
                        reasons="维持", today=TODAY)
    n = notice(office, second)
    assert (n.due_kind, n.due_date) == ("reply", date(2026, 10, 8))  # 3 Oct: National Day
    assert n.follow_ups == ("correction",)  # TODAY is long after
    sv.record_answer(office, second, sv.AnswerInput("upper_review", date(2026, 10, 8)),
                     today=TODAY)
    n = notice(office, second)
    assert (n.due_kind, n.due_date) == ("upper_review", date(2026, 10, 23))
    sv.decide_objection(office, second, decided_on=date(2026, 10, 20), upheld=False,
                        reasons="上级院撤销通知", today=TODAY)
    assert notice(office, second).state == "closed"


def test_refused_steps_change_nothing(office):
    mid = new_matter(office)
    nid = sv.draft_notice(office, mid, sv.DraftInput("suggestion", date(2026, 9, 1), "建议"),
                          today=TODAY)
    before = state_of(office, "supervision_notices", nid)
    outbox = office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(ValidationFailed) as exc:
        sv.serve_notice(office, nid, served_on=date(2026, 9, 2), today=TODAY)
    assert exc.value.errors[0].code == "supervision.invalid_transition"
    with pytest.raises(ValidationFailed):
        sv.approve_notice(office, nid, approved_on=date(2026, 8, 30), approver="王某",
                          today=TODAY)
    with pytest.raises(ValidationFailed):
        sv.report_up(office, nid, reported_on=date(2026, 9, 2), note="x", today=TODAY)
    with pytest.raises(ValidationFailed):
        sv.close_notice(office, nid, closed_on=date(2026, 9, 2), note="", today=TODAY)
    with pytest.raises(ValidationFailed) as exc:
        close_matter(office, mid, closed_on=date(2026, 9, 3), result="x", today=TODAY)
    assert exc.value.errors[0].code == "supervision.notices_open"
    assert state_of(office, "supervision_notices", nid) == before
    assert office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox


def test_suggestion_reply_in_months_and_the_extension_setting(office):
    save_settings(office, correction_days=15, suggestion_months=2, holiday_extension=False,
                  extra_tags="")
    mid = new_matter(office, area="investigation", source="own_finding", summary="执法不规范",
                     opened=date(2026, 7, 30))
    nid = issue(office, mid, "suggestion", date(2026, 8, 1))
    n = notice(office, nid)
    assert (n.raw_end, n.due_date, n.holiday_extension) == \
        (date(2026, 10, 1), date(2026, 10, 1), False)
    assert "不因节假日顺延" in n.basis()
    oral = sv.log_oral_correction(office, mid, given_on=date(2026, 9, 3), content="口头纠正",
                                  illegality_codes=["rights_not_told"], today=TODAY)
    o = notice(office, oral)
    assert (o.state, o.served_on, o.due_kind) == ("served", date(2026, 9, 3), "")
    sv.record_answer(office, oral, sv.AnswerInput("refused", date(2026, 9, 5)), today=TODAY)
    assert notice(office, oral).follow_ups == ("correction",)


def test_list_filters_search_and_due_items(office):
    a = new_matter(office, summary="王某故意伤害案未立案", party_name="赵小", subject_name="王某")
    b = new_matter(office, summary="刘某诈骗", party_name="钱二", subject_name="刘某", tags=[])
    issue(office, a, "explain_non_filing", date(2026, 11, 16))  # due 23 Nov: today
    nb = issue(office, b, "explain_non_filing", date(2026, 11, 1))  # due 9 Nov: overdue
    close_id = new_matter(office, summary="已办结事项")
    f = SupervisionFilter
    conn = office.reader
    assert q.count_matters(conn, today=TODAY) == 3
    assert q.list_page(conn, today=TODAY)[:2] == [b, a]  # earliest deadline first
    assert q.list_page(conn, f(overdue_only=True), today=TODAY) == [b]
    assert q.list_page(conn, f(state="overdue"), today=TODAY) == [b]
    assert set(q.list_page(conn, f(kind="explain_non_filing"), today=TODAY)) == {a, b}
    assert q.list_page(conn, f(search="故意伤害"), today=TODAY) == [a]  # trigram
    assert q.list_page(conn, f(search="钱二"), today=TODAY) == [b]  # two characters
    assert q.list_page(conn, f(search="涉企"), today=TODAY) == [a, close_id]  # tag name
    assert q.count_matters(conn, f(search="不存在的词"), today=TODAY) == 0
    items = q.supervision_due_items(conn, today=TODAY)
    assert [(i.record_id, i.due_date, i.detail) for i in items] == [
        (b, date(2026, 11, 9), "reply:explain_non_filing"),
        (a, date(2026, 11, 23), "reply:explain_non_filing")]
    assert "第五百六十条" in items[0].basis and items[0].kind == q.KIND
    rows = q.fetch_rows(conn, [a, b], today=TODAY)
    assert rows[b].current_state == "overdue" and rows[a].current_state == "served"
    sv.record_answer(office, nb, sv.AnswerInput("explanation", date(2026, 11, 20)), today=TODAY)
    assert [i.record_id for i in q.supervision_due_items(conn, today=TODAY)] == [a]
    history = q.audit_history(conn, a)
    assert {e.table_name for e in history} >= {"supervision_matters", "supervision_notices"}


def test_the_list_pages_in_sql_order(office):
    for i in range(230):
        new_matter(office, opened=date(2026, 1, 1) + timedelta(days=i % 300),
                   summary=f"事项{i:03d}", party_name=f"甲{i}", police_case_no=f"A{i:05d}")
    conn = office.reader
    assert q.count_matters(conn, today=TODAY) == 230
    first = q.list_page(conn, today=TODAY, limit=200)
    rest = q.list_page(conn, today=TODAY, offset=200, limit=200)
    assert len(first) == 200 and len(rest) == 30 and not set(first) & set(rest)
    rows = q.fetch_rows(conn, first + rest, today=TODAY)
    opened = [rows[i].opened_on for i in first + rest]
    assert opened == sorted(opened, reverse=True)  # no deadlines: newest first
    assert q.list_page(conn, SupervisionFilter(search="A00229"), today=TODAY) == \
        [first[0]]
