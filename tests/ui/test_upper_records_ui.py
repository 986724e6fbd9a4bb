"""The upper office's records in the window, on real databases: at the unit the request's
detail shows the 督办 that came down (with its reply date) and the dashboard lists it; at the
upper office the same box holds "Comment or directive…" and "复核 decision…", whose dialogs
save through the services; the settings page publishes a holiday schedule from a file."""
from __future__ import annotations

import json
from datetime import date

from desktop.services import upper_queries
from desktop.services import upper_records as up
from desktop.ui.context import AppContext
from desktop.ui.dashboard import COL_DETAIL, COL_KIND, COL_TITLE, DashboardPage
from desktop.ui.request_detail import RequestDetailDialog
from desktop.ui.settings_page import SettingsPage
from tests.sync.down_world import DECIDED, down_world, exchange, upper_review_request  # noqa: F401

SEEN = date(2026, 10, 23)


def test_the_unit_sees_the_directive_in_the_detail_and_on_the_dashboard(down_world, qtbot,
                                                                        english):
    upper, (a, _b), _chief = down_world
    request_id, _review_id, _up_id = upper_review_request(a)
    exchange(a, upper)
    context = AppContext(a.office, clock=lambda: SEEN)
    dialog = RequestDetailDialog(context, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.upper_box.isHidden()  # nothing from the upper office yet
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="directive", text="请于十月二十五日前报告执行情况",
                         due_date=date(2026, 10, 25), today=DECIDED)
    exchange(a, upper)
    context.notify_changed()
    box = dialog.upper_box
    assert box.isVisible()
    assert not box.instruct_button.isVisible() and not box.review_button.isVisible()
    text = box.text()
    assert "Directive (督办)" in text and "李华" in text and "请于十月二十五日前报告执行情况" in text
    assert "reply by 2026-10-25 (2 days left)" in text, text

    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.refresh()
    lines = [page.tree.topLevelItem(s).child(i) for s in range(page.tree.topLevelItemCount())
             for i in range(page.tree.topLevelItem(s).childCount())]
    mine = [line for line in lines if line.text(COL_KIND) == "Upper office's directive"]
    assert len(mine) == 1
    assert mine[0].text(COL_DETAIL) == "请于十月二十五日前报告执行情况"
    assert mine[0].text(COL_TITLE).endswith("王小明")
    opened = []
    context.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    page._activated(mine[0], 0)
    assert opened == [("arrest_review", request_id)]


def test_the_upper_office_decides_the_review_and_issues_a_directive_from_the_detail(
        down_world, qtbot, english):
    upper, (a, _b), chief = down_world
    request_id, review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    context = AppContext(upper.office, clock=lambda: DECIDED)
    dialog = RequestDetailDialog(context, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.upper_box
    assert box.isVisible() and box.instruct_button.isVisible()
    assert box.review_button.isEnabled()

    form = box.decide_review()
    assert form.widgets["reconsideration"].currentData() == up_id
    form.set_value("outcome", "upheld")
    form.set_value("chief_approved_by", chief.user_id)
    form.submit()  # an upheld refusal needs its reasons
    assert form.isVisible() and form.boxes["reasons"].has_error()
    assert "RPR 291" in form.boxes["reasons"].message.text()
    form.set_value("reasons", "无证据证明有逃跑可能，维持不批准逮捕")
    form.submit()
    assert not form.isVisible()
    assert not box.review_button.isEnabled()  # decided: nothing open any more

    form = box.instruct()
    form.set_value("kind", "directive")
    form.set_value("text", "报告释放情况")
    form.submit()  # a directive needs its reply date
    assert form.boxes["due_date"].has_error()
    form.set_value("due_date", date(2026, 10, 27))
    form.submit()
    assert not form.isVisible()
    assert "报告释放情况" in box.text()
    assert box.close_button.isEnabled()

    exchange(a, upper)
    unit_items = upper_queries.directive_due_items(a.office.reader, today=date(2026, 10, 26))
    assert [i.detail for i in unit_items] == ["报告释放情况"]
    form = box.close_directive()  # the unit has reported: the upper office closes it
    form.set_value("closed_on", date(2026, 10, 21))
    form.submit()
    assert form.boxes["closed_on"].has_error()  # after today (the 20th)
    form.set_value("closed_on", DECIDED)
    form.submit()
    assert not form.isVisible()
    assert "closed 2026-10-20" in box.text() and not box.close_button.isEnabled()
    row = a.office.reader.execute("SELECT outcome, reasons FROM reconsiderations WHERE id = ?",
                                  (up_id,)).fetchone()
    assert tuple(row) == ("upheld", "无证据证明有逃跑可能，维持不批准逮捕")
    assert a.office.reader.execute("SELECT status FROM arrest_reviews WHERE id = ?",
                                   (review_id,)).fetchone()[0] == "refused"
    exchange(a, upper)  # the closing goes down: the 督办 leaves the unit's dashboard
    assert upper_queries.directive_due_items(a.office.reader, today=date(2026, 10, 26)) == []


def test_the_upper_office_publishes_a_holiday_schedule_from_a_file(down_world, qtbot,
                                                                   english, tmp_path):
    upper, (a, _b), _chief = down_world
    context = AppContext(upper.office, clock=lambda: DECIDED)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    box = page.calendar_box
    assert box.isVisible()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "years": {"2031": {"holidays": ["2031-13-01"]}}}',
                      encoding="utf-8")
    assert box.publish_file(broken) == []
    assert box.result.isVisible() and "override format" in box.result.text()
    good = tmp_path / "holidays-2031.json"
    good.write_text(json.dumps({"format": 1, "years": {
        "2031": {"holidays": ["2031-01-01"], "workdays": [], "source": "国办发明电〔2030〕1号"},
        "2032": {"holidays": ["2032-01-01"], "workdays": []}}}), encoding="utf-8")
    assert box.publish_file(good) == [2031, 2032]
    assert "Published: 2031, 2032" in box.result.text()
    assert "2031: published 2026-10-20 (version 1) — 国办发明电〔2030〕1号" in box.published.text()
    unit_page = SettingsPage(AppContext(a.office, clock=lambda: DECIDED))
    qtbot.addWidget(unit_page)
    unit_page.show()
    assert unit_page.calendar_box.isHidden()  # a grassroots office publishes nothing


def test_a_directive_on_a_petition_shows_on_the_units_petitions_page(down_world, qtbot,
                                                                    english):
    from desktop.services.petition_register import register_petition
    from desktop.ui.petition_list import PetitionListPage
    from tests.services.test_petitions import petition

    upper, (a, _b), _chief = down_world
    petition_id = register_petition(a.office, petition(), today=date(2026, 10, 1))
    exchange(a, upper)
    up.issue_instruction(upper.office, subject_table="petitions", subject_id=petition_id,
                         kind="directive", text="依法答复信访人并报告", due_date=date(2026, 10, 28),
                         today=DECIDED)
    exchange(a, upper)
    context = AppContext(a.office, clock=lambda: SEEN)
    page = PetitionListPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_petition(petition_id)
    assert page.upper_box.isVisible() and "依法答复信访人并报告" in page.upper_box.text()
    item = [i for i in upper_queries.directive_due_items(a.office.reader, today=SEEN,
                                                         within_days=5)]
    assert upper_queries.open_target(item[0].subject_table, item[0].record_id,
                                     item[0].request_id) == ("petition", petition_id)
    assert item[0].title == "A3201012026090001  不服不批准逮捕决定，要求重新审查"


def test_the_upper_offices_own_request_takes_no_instructions(down_world, qtbot, english):
    from tests.services.test_review_workflow import register

    upper, _units, _chief = down_world
    own_request, _review = register(upper.office)
    dialog = RequestDetailDialog(AppContext(upper.office, clock=lambda: DECIDED), own_request)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.upper_box.isHidden()
    assert not upper_queries.is_units_record(upper.office.reader, "arrest_requests",
                                             own_request)


def test_a_decision_that_differs_from_the_answer_typed_by_hand_is_pointed_out(
        down_world, qtbot, english):
    """The officer typed the 复核 answer in before the decision came down, and not as decided:
    the unit keeps its own record (nothing is overwritten) and the request's detail shows the
    upper office's decision with a warning to check it."""
    from desktop.services import review_followup as fu

    upper, (a, _b), chief = down_world
    request_id, _review_id, up_id = upper_review_request(a)
    exchange(a, upper)
    fu.record_upper_review_answer(a.office, up_id, decided_on=DECIDED, decided_by="临江市院",
                                  outcome="upheld", reasons="无逮捕必要", today=DECIDED)
    up.decide_upper_review(upper.office, up_id, outcome="changed", reasons="有逃跑可能，应当逮捕",
                           chief_approved_by=chief.user_id, today=DECIDED)
    exchange(a, upper)
    context = AppContext(a.office, clock=lambda: SEEN)
    dialog = RequestDetailDialog(context, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.upper_box
    assert box.isVisible()
    text = box.text()
    assert "Refusal changed: arrest (变更为批准逮捕)" in text and "有逃跑可能，应当逮捕" in text
    assert "This office recorded another answer (Refusal upheld (维持不批准逮捕))" in text
    assert a.office.reader.execute("SELECT outcome FROM reconsiderations WHERE id = ?",
                                   (up_id,)).fetchone()[0] == "upheld"  # not overwritten


def test_a_directive_on_a_supervision_matter_is_named_on_the_units_dashboard(down_world):
    from tests.services.test_supervision import new_matter

    upper, (a, _b), _chief = down_world
    matter_id = new_matter(a.office)
    exchange(a, upper)
    up.issue_instruction(upper.office, subject_table="supervision_matters", subject_id=matter_id,
                         kind="directive", text="跟踪监督公安机关立案", due_date=date(2026, 10, 28),
                         today=DECIDED)
    exchange(a, upper)
    item, = upper_queries.directive_due_items(a.office.reader, today=SEEN, within_days=5)
    assert item.title == "A320101202609001  张某"
    assert upper_queries.open_target(item.subject_table, item.record_id,
                                     item.request_id) == ("supervision", matter_id)
