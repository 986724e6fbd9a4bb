"""The custody-necessity review page, its dialogs and its dashboard items, with real widgets
on a copy of the sample database (today 2026-11-23)."""
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.deadlines import DueState
from desktop.services import custody_review as svc
from desktop.ui.custody_dialogs import start_dialog
from desktop.ui.custody_form import CustodyForm
from desktop.ui.main_window import PAGE_CUSTODY, PAGE_DASHBOARD
from desktop.ui.models.custody_table_model import COL_DUE, COL_STATUS, REVIEW_ID_ROLE
from tests.ui.sample_data import TODAY


def approve(office, case_no="A3201012026110001", decided=date(2026, 11, 15)) -> str:
    """Mark the suspect of `case_no` as arrested; returns the arrest review's id."""
    from desktop.store.models import ArrestReview

    review_id = office.reader.execute(
        "SELECT a.id FROM arrest_reviews a JOIN arrest_requests r ON r.id = a.request_id "
        "WHERE r.police_case_no = ?", (case_no,)).fetchone()[0]
    with office.transaction("approve") as s:
        review = s.get(ArrestReview, review_id)
        review.status = "approved"
        review.decided_on = decided
    return review_id


def overdue_recommendation(office) -> str:
    # 王小红 (A003, received 11-10) arrested the same day; served 11-10: reply due 11-20
    arrest_id = approve(office, "A3201012026110003", date(2026, 11, 10))
    review_id = svc.start_review(office, svc.StartInput(arrest_id, "own_motion",
                                                        date(2026, 11, 10)), today=TODAY)
    svc.recommend(office, review_id, svc.RecommendationInput(
        "bail", "青山县公安局", date(2026, 11, 10), "患病"), today=TODAY)
    return review_id


def test_the_page_is_in_the_sidebar_and_on_ctrl_4(main_window, qtbot):
    sidebar = main_window.sidebar
    assert sidebar.item(PAGE_CUSTODY).text() == "Custody review"
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_CUSTODY
    assert main_window.stack.currentWidget() is main_window.custody_list
    assert main_window.actions.go_custody.isChecked()
    assert not main_window.actions.go_list.isChecked()
    page = main_window.custody_list
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 reviews"
    assert "Reply to a recommendation: 10 days, not extended over holidays" in \
        page.settings_label.text()
    main_window.show_page(PAGE_DASHBOARD)
    assert main_window.current_page() == PAGE_DASHBOARD


def test_the_start_dialog_shows_errors_at_their_fields(main_window, qtbot):
    office = main_window.context.office
    dialog = start_dialog(office, today=TODAY, parent=main_window)
    qtbot.addWidget(dialog)
    assert dialog.widgets["arrest_review"].count() == 0  # nobody arrested yet
    assert "only after arrest was approved" in dialog.hint.text()
    dialog.submit()
    assert dialog.boxes["arrest_review"].has_error()
    assert dialog.result() != QDialog.DialogCode.Accepted
    approve(office)
    dialog = start_dialog(office, today=TODAY, parent=main_window)
    qtbot.addWidget(dialog)
    assert dialog.widgets["arrest_review"].count() == 1
    assert not dialog.widgets["applicant_name"].isEnabled()
    dialog.set_value("source", "application")
    assert dialog.widgets["applicant_name"].isEnabled()
    dialog.set_value("started_on", date(2026, 11, 1))  # before the arrest
    dialog.submit()
    assert dialog.boxes["applicant_name"].has_error()
    assert dialog.boxes["grounds"].message.text() == "Required"
    assert dialog.boxes["started_on"].message.text() == "The date is earlier than 2026-11-15"
    assert office.reader.execute("SELECT count(*) FROM custody_reviews").fetchone()[0] == 0


def test_a_review_started_from_the_page_is_listed_and_selected(main_window, qtbot, monkeypatch):
    approve(main_window.context.office)
    main_window.show_page(PAGE_CUSTODY)
    page = main_window.custody_list

    def fill_and_save(self):
        self.set_value("source", "application")
        self.set_value("applicant_kind", "close_relative")
        self.set_value("applicant_name", "张大伟")
        self.set_value("grounds", "患有严重疾病")
        self.set_value("started_on", date(2026, 11, 20))
        self.submit()
        return self.result()

    monkeypatch.setattr(CustodyForm, "exec", fill_and_save)
    with qtbot.waitSignal(main_window.context.records_changed, timeout=1000):
        main_window.actions.new_custody_review.trigger()
    assert page.proxy.rowCount() == 1
    index = page.view.currentIndex()
    assert index.isValid() and index.data(REVIEW_ID_ROLE) == page.detail.row.review_id
    assert page.proxy.index(0, COL_DUE).data() == "2026-11-30 (7 days left)"
    assert "Art. 19" in page.browser.toPlainText()
    assert page.step_buttons["checklist"].isEnabled()
    assert page.step_buttons["recommend"].isEnabled()
    assert not page.step_buttons["escalate"].isEnabled()
    assert not page.step_buttons["notice"].isEnabled()


def test_checklist_dialog_ticks_factors_and_says_what_they_mean(main_window, qtbot):
    from desktop.ui.custody_checklist import ChecklistDialog
    from desktop.services.custody_queries import review_detail

    office = main_window.context.office
    review_id = svc.start_review(office, svc.StartInput(approve(office), "own_motion",
                                                        date(2026, 11, 20)), today=TODAY)
    dialog = ChecklistDialog(office, review_detail(office.reader, review_id, today=TODAY),
                             today=TODAY, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Nothing ticked" in dialog.summary.text()
    dialog.set_ticked("may_plea_leniency", facts="已签署具结书")
    assert "RPR 580" in dialog.summary.text()
    dialog.tree.setCurrentItem(dialog.items["must_bail_conditions_met"])
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert "must_bail_conditions_met" in dialog.ticked()
    assert "RPR 579" in dialog.summary.text()
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = review_detail(office.reader, review_id, today=TODAY)
    assert detail.row.status == "under_review"
    assert detail.answers["may_plea_leniency"] == (True, "已签署具结书")


def test_an_overdue_reply_is_on_the_dashboard_and_opens_the_review(main_window, qtbot):
    review_id = overdue_recommendation(main_window.context.office)
    dashboard = main_window.dashboard
    before = dashboard.counts()[DueState.OVERDUE]
    main_window.context.notify_changed()
    assert dashboard.counts()[DueState.OVERDUE] == before + 1
    section = dashboard.section_item(DueState.OVERDUE)
    items = [section.child(i) for i in range(section.childCount())]
    [item] = [i for i in items if i.text(0) == "Custody review"]
    assert item.text(2) == "Reply due: no reply, call for correction"
    assert item.text(3) == "2026-11-20"
    dashboard._activated(item, 0)
    page = main_window.custody_list
    assert main_window.current_page() == PAGE_CUSTODY
    assert page.current_review_id() == review_id
    assert page.proxy.index(page.view.currentIndex().row(), COL_STATUS).data() == \
        "No reply in time"
    assert page.step_buttons["escalate"].isEnabled()
    assert not page.step_buttons["recommend"].isEnabled()


def test_the_page_speaks_chinese(main_window, qtbot, chinese):
    review_id = overdue_recommendation(main_window.context.office)
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: main_window.sidebar.item(PAGE_CUSTODY).text() == "羁押必要性审查",
                    timeout=2000)
    main_window.context.open_record.emit("custody_review", review_id)
    page = main_window.custody_list
    assert page.step_buttons["escalate"].text() == "提出纠正(&C)…"
    assert page.proxy.index(0, COL_STATUS).data() == "逾期未回复"
    assert "《刑事诉讼法》第九十五条" in page.browser.toPlainText()
    assert "不因节假日顺延" in page.settings_label.text()
    assert main_window.actions.go_custody.text() == "羁押必要性审查(&C)"


@pytest.mark.parametrize("step", ["escalate", "reply", "close"])
def test_each_step_dialog_opens_and_esc_cancels(main_window, qtbot, step):
    review_id = overdue_recommendation(main_window.context.office)
    main_window.context.open_record.emit("custody_review", review_id)
    page = main_window.custody_list
    dialog = page.step_dialog(step)
    if step == "close":  # a recommendation awaiting its reply cannot be closed
        assert dialog is None
        return
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_office_setting_for_the_reply_period_is_shown_and_used(main_window, qtbot):
    from desktop.ui.custody_settings_dialog import CustodySettingsDialog

    main_window.show_page(PAGE_CUSTODY)
    page = main_window.custody_list
    dialog = CustodySettingsDialog(main_window.context.office, main_window)
    qtbot.addWidget(dialog)
    assert dialog.custody.isChecked() and dialog.spins["reply_days"].value() == 10
    dialog.spins["reply_days"].setValue(7)
    dialog.custody.setChecked(False)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    main_window.context.notify_changed()
    assert "Reply to a recommendation: 7 days, extended over holidays" in \
        page.settings_label.text()


def test_search_narrows_the_list(main_window, qtbot):
    overdue_recommendation(main_window.context.office)
    office = main_window.context.office
    svc.start_review(office, svc.StartInput(approve(office), "own_motion", date(2026, 11, 20)),
                     today=TODAY)
    main_window.show_page(PAGE_CUSTODY)
    page = main_window.custody_list
    main_window.context.notify_changed()
    assert page.proxy.rowCount() == 2
    page.search_edit.setText("王小")
    assert page.proxy.rowCount() == 1 and page.count_label.text() == "1 review"
    page.search_edit.clear()
    page.overdue_check.setChecked(True)
    assert page.proxy.rowCount() == 1


def test_documents_menu_opens_the_issue_dialog_filled_from_the_review(qapp, tmp_path, qtbot,
                                                                      english):
    """The two custody documents are issued from the selected review, filled from it."""
    from datetime import date

    from desktop.services.demo import create_demo
    from desktop.ui.context import AppContext
    from desktop.ui.custody_list import CustodyListPage

    office = create_demo(tmp_path / "d.sqlite3", cases=60, today=date(2026, 11, 23))
    review_id, name = office.reader.execute(
        "SELECT c.id, p.name FROM custody_reviews c JOIN custody_recommendations r "
        "ON r.review_id = c.id JOIN persons p ON p.id = c.person_id LIMIT 1").fetchone()
    context = AppContext(office, clock=lambda: date(2026, 11, 23))
    page = CustodyListPage(context)
    qtbot.addWidget(page)
    page.open_check.setChecked(False)
    assert page.select_review(review_id)
    assert page.documents_button.isEnabled()
    shown = []
    page._run = lambda dialog, **kw: shown.append(dialog)
    dialog = page.issue_document("custody_change_recommendation")
    assert shown == [dialog]
    assert name in "\n".join(dialog.draft.paragraphs)
    dialog.reject()  # stops the preview renderer before the office goes
    office.close()


def test_showing_a_juveniles_review_is_audited_once(main_window):
    """Sensitive reads: the review of 赵小六 (A004, a juvenile) shown writes one "read" entry,
    however often it is shown again; an adult's review none."""
    office = main_window.context.office
    adult = svc.start_review(office, svc.StartInput(approve(office), "own_motion",
                                                    date(2026, 11, 20)), today=TODAY)
    juvenile = svc.start_review(office, svc.StartInput(
        approve(office, "A3201012026110004", date(2026, 11, 21)), "own_motion",
        date(2026, 11, 22)), today=TODAY)
    main_window.show_page(PAGE_CUSTODY)
    page = main_window.custody_list
    main_window.context.notify_changed()

    def reads():
        return [r[0] for r in office.reader.execute(
            "SELECT row_id FROM audit_log WHERE action = 'read'")]

    page.select_review(adult)
    assert reads() == []
    for _ in range(3):
        page.select_review(juvenile)
        page.select_review(adult)
    assert reads() == [juvenile]
