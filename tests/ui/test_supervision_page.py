"""The supervision page with real widgets on a copy of the sample database: a matter opened
through the dialog, then the whole 要求说明不立案理由 → 通知立案 → 纠正违法 chain through the
GUI (draft, approve, serve, the police's period running out, the next notice), checked in the
list, the detail's timeline and the dashboard."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.deadlines import DueState
from desktop.ui.custody_form import CustodyForm
from desktop.ui.main_window import PAGE_SUPERVISION
from desktop.ui.models.supervision_table_model import COL_DUE, COL_NOTICE, COL_STATE


@pytest.fixture
def clock():
    return {"today": date(2026, 9, 29)}


@pytest.fixture
def window(opened, qtbot, english, clock):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(opened, clock=lambda: clock["today"])
    qtbot.addWidget(w)
    w.resize(1280, 860)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def fill(monkeypatch):
    """Dialogs run without a loop: each one is filled by the function registered for its
    object name, then saved as Enter would."""
    fills = {}

    def run(self):
        fills.pop(self.objectName())(self)
        self.submit()
        return self.result()

    monkeypatch.setattr(CustodyForm, "exec", run)
    return fills


def dashboard_lines(window, state):
    section = window.dashboard.section_item(state)
    return [section.child(i) for i in range(section.childCount())
            if section.child(i).data(0, Qt.ItemDataRole.UserRole + 1) == "supervision"]


def test_the_page_is_in_the_sidebar_and_on_ctrl_4(window, qtbot):
    assert window.sidebar.item(PAGE_SUPERVISION).text() == "Supervision"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGE_SUPERVISION
    assert window.actions.go_supervision.isChecked()
    page = window.supervision_page
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 matters"
    assert "correction 15 days" in page.settings_label.text()
    assert not page.step_buttons["approve"].isEnabled()


def test_the_matter_dialog_shows_errors_at_their_fields(window, qtbot):
    from desktop.ui.supervision_matter_dialogs import new_matter_dialog

    office = window.context.office
    dialog = new_matter_dialog(office, today=date(2026, 9, 29), parent=window)
    qtbot.addWidget(dialog)
    dialog.set_value("source", "arrest_review")
    assert not dialog.widgets["person_id"].isEnabled()
    dialog.submit()
    assert dialog.boxes["summary"].has_error()
    assert "names its request" in dialog.boxes["request_id"].message.text()
    assert office.reader.execute("SELECT count(*) FROM supervision_matters").fetchone()[0] == 0
    # a request offers its suspects to link
    request_id, name = office.reader.execute(
        "SELECT v.request_id, p.name FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
        "LIMIT 1").fetchone()
    dialog.set_value("request_id", request_id)
    persons = dialog.widgets["person_id"]
    assert persons.isEnabled() and name in [persons.itemText(i) for i in range(persons.count())]
    dialog.set_value("person_id", persons.itemData(1))
    dialog.set_value("summary", "审查逮捕中发现违法取证")
    dialog.submit()
    assert dialog.result() == 1
    linked = office.reader.execute("SELECT request_id, person_id FROM supervision_matters"
                                   ).fetchone()
    assert tuple(linked) == (request_id, persons.itemData(1))


def test_the_non_filing_chain_through_the_gui(window, qtbot, fill, clock):
    window.show_page(PAGE_SUPERVISION)
    page = window.supervision_page

    def matter(form):
        form.set_value("source", "victim_complaint")
        form.set_value("opened_on", date(2026, 9, 25))
        form.set_value("party_name", "李某")
        form.set_value("subject_name", "张某")
        form.set_value("police_case_no", "A320101202609001")
        form.set_value("tags", ["enterprise"])
        form.set_value("summary", "被害人李某控告张某合同诈骗，公安机关未立案")

    fill["supervisionMatterDialog"] = matter
    page.new_button.click()
    assert page.model.rowCount() == 1 and page.detail is not None
    assert page.detail.row.party_name == "李某"
    assert page.step_buttons["new_notice"].isEnabled()

    def draft(kind, on, **extra):
        def run(form):
            form.set_value("kind", kind)
            form.set_value("drafted_on", on)
            form.set_value("content", "经审查，公安机关应当立案而不立案。")
            for name, value in extra.items():
                form.set_value(name, value)
        return run

    def approve(on):
        def run(form):
            assert ("chief procurator" in form.hint.text()) == (kind != "explain_non_filing")
            form.set_value("approved_on", on)
            form.set_value("approver", "检察长王某")
        return run

    def serve(on, due):
        def run(form):
            form.set_value("served_on", on)
            assert f"due on {due}" in form.hint.text()
        return run

    # 1. 要求说明不立案理由通知书, served the day before National Day
    kind = "explain_non_filing"
    fill["supervisionDraftDialog"] = draft(kind, date(2026, 9, 29))
    page.step_buttons["new_notice"].click()
    assert page.current_notice().kind == kind and page.step_buttons["approve"].isEnabled()
    fill["supervisionApproveDialog"] = approve(date(2026, 9, 29))
    page.step_buttons["approve"].click()
    clock["today"] = date(2026, 9, 30)
    fill["supervisionServeDialog"] = serve(date(2026, 9, 30), "2026-10-08")
    page.step_buttons["serve"].click()
    assert page.model.index(0, COL_DUE).data() == "2026-10-08 (8 days left)"
    assert "extended to 2026-10-08 (CPL Art. 105)" in page.browser.toPlainText()
    assert not page.step_buttons["next"].isEnabled()

    # the police's 7 days pass without an explanation
    clock["today"] = date(2026, 10, 9)
    window.context.notify_changed()
    assert page.model.index(0, COL_STATE).data() == "No reply in time"
    lines = dashboard_lines(window, DueState.OVERDUE)
    assert len(lines) == 1 and "no reply in time" in lines[0].text(2)
    assert "Request to explain not filing a case" in lines[0].text(2)
    assert page.step_buttons["next"].isEnabled()

    # 2. 通知立案书
    kind = "notice_to_file"
    fill["supervisionDraftDialog"] = draft(kind, date(2026, 10, 9))
    page.step_buttons["next"].click()
    assert page.current_notice().kind == kind
    assert page.detail.notice(page.detail.notices[0].id).state == "escalated"
    fill["supervisionApproveDialog"] = approve(date(2026, 10, 9))
    page.step_buttons["approve"].click()
    clock["today"] = date(2026, 10, 10)
    fill["supervisionServeDialog"] = serve(date(2026, 10, 10), "2026-10-26")
    page.step_buttons["serve"].click()
    assert page.model.index(0, COL_NOTICE).data() == "Notice to file a case"
    assert dashboard_lines(window, DueState.OVERDUE) == []

    # the police do not file within 15 days
    clock["today"] = date(2026, 10, 27)
    window.context.notify_changed()
    assert len(dashboard_lines(window, DueState.OVERDUE)) == 1
    assert page.step_buttons["next"].isEnabled()

    # 3. 纠正违法通知书 with the kind of illegality; without one it is refused at its field
    kind = "correction"

    def no_illegality(form):
        draft(kind, date(2026, 10, 27))(form)
        form.submit()
        assert form.boxes["illegality_codes"].has_error()
        form.set_value("illegality_codes", ["other"])
        form.set_value("period_days", "10")

    fill["supervisionDraftDialog"] = no_illegality
    page.step_buttons["next"].click()
    assert page.current_notice().kind == kind
    fill["supervisionApproveDialog"] = approve(date(2026, 10, 27))
    page.step_buttons["approve"].click()
    fill["supervisionServeDialog"] = serve(date(2026, 10, 27), "2026-11-06")
    page.step_buttons["serve"].click()
    assert page.model.index(0, COL_NOTICE).data() == "Notice to correct a violation"
    text = page.browser.toPlainText()
    assert "16. other violations of law in the investigation" in text
    for event in ("Matter opened", "Served · Request to explain not filing a case",
                  "Escalated to the next notice · Notice to file a case",
                  "Approved · Notice to correct a violation"):
        assert event in text, event
    assert page.audit.entry_count() >= 10

    # a week later the correction is due in 3 days: on the dashboard; Enter opens the matter
    clock["today"] = date(2026, 11, 3)
    window.context.notify_changed()
    lines = dashboard_lines(window, DueState.DUE_SOON)
    assert len(lines) == 1 and "Notice to correct a violation" in lines[0].text(2)
    window.show_page(0)
    page.view.clearSelection()
    window.dashboard.tree.setCurrentItem(lines[0])
    window.dashboard._activated(lines[0], 0)
    assert window.current_page() == PAGE_SUPERVISION
    assert page.detail is not None and page.detail.row.party_name == "李某"


def _matter_with_notice(office, kind="correction", **extra):
    from desktop.services import supervision_notices as sv
    from desktop.services.supervision_register import MatterInput, open_matter

    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    matter = open_matter(office, MatterInput(
        source="own_finding", area="investigation", police_agency_id=agency,
        opened_on=date(2026, 9, 1), summary="讯问未同步录音录像", subject_name="赵某"),
        today=date(2026, 9, 29))
    nid = sv.draft_notice(office, matter, sv.DraftInput(kind, date(2026, 9, 2), "经查……",
                                                        **extra), today=date(2026, 9, 29))
    return matter, nid


def test_the_notice_document_opens_in_the_issue_dialog(window, qtbot):
    office = window.context.office
    matter, nid = _matter_with_notice(office, illegality_codes=["no_recording"])
    window.show_page(PAGE_SUPERVISION)
    page = window.supervision_page
    assert page.select_matter(matter) and page.select_notice(nid)
    assert page.step_buttons["document"].isEnabled()
    shown = []
    page._run = lambda dialog, **kw: shown.append(dialog)
    dialog = page.issue_document()
    assert shown == [dialog]
    assert dialog.draft.title == "纠正违法通知书"
    body = "\n".join(dialog.draft.paragraphs)
    assert "（一）讯问犯罪嫌疑人依法应当录音或者录像而没有录音或者录像" in body
    assert dialog.draft.recipient.endswith("公安局：")
    dialog.reject()


def test_oral_correction_and_settings_dialogs(window, qtbot, fill):
    office = window.context.office
    matter, _nid = _matter_with_notice(office, kind="suggestion")
    window.show_page(PAGE_SUPERVISION)
    page = window.supervision_page
    page.select_matter(matter)

    def oral(form):
        assert form.widgets["addressee"].text()  # the police agency, filled in
        form.set_value("given_on", date(2026, 9, 20))
        form.set_value("illegality_codes", ["rights_not_told"])
        form.set_value("content", "当面指出未告知诉讼权利")

    fill["supervisionOralDialog"] = oral
    page.step_buttons["oral"].click()
    notice = page.current_notice()
    assert notice.kind == "oral_correction" and notice.state == "served"
    assert "Oral correction given" in page.browser.toPlainText()
    assert not page.step_buttons["document"].isEnabled()  # no document for an oral one

    def settings(form):
        form.set_value("correction_days", "0")
        form.submit()  # refused at its field, nothing saved
        assert "1 to 90" in form.boxes["correction_days"].message.text()
        form.set_value("correction_days", "20")
        form.set_value("holiday_extension", "0")
        form.set_value("extra_tags", "涉黄，电信网络诈骗")

    monkey_exec = CustodyForm.exec
    fill["supervisionSettingsDialog"] = settings
    page.settings_button.click()
    assert CustodyForm.exec is monkey_exec
    assert "correction 20 days" in page.settings_label.text()
    assert "not extended over holidays" in page.settings_label.text()
    from desktop.services.supervision_settings import read_settings

    assert read_settings(office.reader).extra_tags == ("涉黄", "电信网络诈骗")
