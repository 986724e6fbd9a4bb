"""The upper office's comments and 督办 under a custody review and a cooperation-log entry, on
real databases: a 督办 the upper office writes on a unit's custody review travels down and
shows under the review at the unit; the upper office writes one on a unit's cooperation entry
from the cooperation page, as on a request, petition or supervision matter."""
from __future__ import annotations

from datetime import date

from desktop.services import cooperation_log
from desktop.services import custody_review as custody
from desktop.services import upper_queries
from desktop.services import upper_records as up
from desktop.ui.context import AppContext
from desktop.ui.cooperation_page import CooperationPage
from desktop.ui.custody_list import CustodyListPage
from tests.services.test_review_workflow import register
from tests.sync.down_world import DECIDED, down_world, exchange  # noqa: F401

SEEN = date(2026, 10, 23)
CASE_NO = "A3201012026110001"  # tests/conftest.make_registration's case


def custody_review_at(unit) -> str:
    """A suspect arrested at the unit (10-01) and its custody review, started on 10-02."""
    from desktop.store.models import ArrestReview

    office = unit.office
    _request_id, review_id = register(office)
    with office.transaction("approve") as s:
        review = s.get(ArrestReview, review_id)
        review.status, review.decided_on = "approved", date(2026, 10, 1)
    return custody.start_review(office, custody.StartInput(review_id, "own_motion",
                                                           date(2026, 10, 2)),
                                today=date(2026, 10, 2))


def cooperation_entry_at(unit) -> str:
    office = unit.office
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    return cooperation_log.add_entry(office, cooperation_log.EntryInput(
        kind="police_filing", occurred_on=date(2026, 10, 5), police_agency_id=agency,
        summary="盗窃案立案监督", case_ref="A3201012026100001"), today=date(2026, 10, 5))


def test_a_directive_on_a_custody_review_shows_under_it_at_the_unit(down_world, qtbot,
                                                                     english):
    upper, (a, _b), _chief = down_world
    review_id = custody_review_at(a)
    exchange(a, upper)
    context = AppContext(a.office, clock=lambda: SEEN)
    page = CustodyListPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.select_review(review_id)
    assert page.upper_box.isHidden()  # nothing from the upper office yet
    up.issue_instruction(upper.office, subject_table="custody_reviews", subject_id=review_id,
                         kind="directive", text="请报告羁押必要性审查结果",
                         due_date=date(2026, 10, 25), today=DECIDED)
    exchange(a, upper)
    context.notify_changed()
    assert page.select_review(review_id)
    box = page.upper_box
    assert box.isVisible() and not box.instruct_button.isVisible()  # the unit only reads
    text = box.text()
    assert "Directive (督办)" in text and "请报告羁押必要性审查结果" in text
    assert "reply by 2026-10-25 (2 days left)" in text, text
    # the unit's dashboard lists it and opens the custody review
    items = upper_queries.directive_due_items(a.office.reader, today=SEEN)
    assert [(i.detail, i.subject_table) for i in items] == [
        ("请报告羁押必要性审查结果", "custody_reviews")]
    assert items[0].title.startswith(CASE_NO) and items[0].title.endswith("王小明")
    assert upper_queries.open_target("custody_reviews", review_id, "") == (
        "custody_review", review_id)


def test_the_upper_office_writes_a_directive_on_a_units_cooperation_entry(down_world, qtbot,
                                                                           english):
    upper, (a, _b), _chief = down_world
    entry_id = cooperation_entry_at(a)
    exchange(a, upper)
    context = AppContext(upper.office, clock=lambda: DECIDED)
    page = CooperationPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.select_entry(entry_id)
    box = page.upper_box
    assert box.isVisible() and box.instruct_button.isVisible()
    assert box.instruct_button.isEnabled() and not box.review_button.isVisible()
    form = box.instruct()
    form.set_value("kind", "directive")
    form.set_value("text", "请说明立案监督进展")
    form.set_value("due_date", date(2026, 10, 27))
    form.submit()
    assert not form.isVisible()
    assert "请说明立案监督进展" in box.text() and box.close_button.isEnabled()

    exchange(a, upper)  # it goes down with the unit's next acknowledgement
    rows = a.office.reader.execute(
        "SELECT subject_table, subject_id, kind FROM upper_instructions").fetchall()
    assert [tuple(r) for r in rows] == [("cooperation_entries", entry_id, "directive")]
    unit_context = AppContext(a.office, clock=lambda: SEEN)
    unit_page = CooperationPage(unit_context)
    qtbot.addWidget(unit_page)
    unit_page.show()
    assert unit_page.select_entry(entry_id)
    assert "请说明立案监督进展" in unit_page.upper_box.text()
    assert not unit_page.upper_box.instruct_button.isVisible()
    # on the dashboard from three days before the reply date (10-27), named by the entry
    items = upper_queries.directive_due_items(a.office.reader, today=date(2026, 10, 24))
    assert [i.title for i in items] == ["A3201012026100001  盗窃案立案监督"]
    assert upper_queries.open_target("cooperation_entries", entry_id, "") == (
        "cooperation.entry", entry_id)
