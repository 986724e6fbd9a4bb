"""The cooperation-log page, its entry dialog, completing a 督办 item, the office record and the
dashboard items, with real widgets on a copy of the sample database (today 2026-11-23)."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.deadlines import DueState
from desktop.services import cooperation_log as svc
from desktop.services import cooperation_queries as q
from desktop.ui.main_window import PAGE_COOPERATION, PAGE_DASHBOARD
from desktop.ui.models.cooperation_table_model import COL_DUE, COL_KIND, ENTRY_ID_ROLE
from tests.ui.sample_data import TODAY


def open_page(main_window):
    main_window.show_page(PAGE_COOPERATION)
    return main_window.cooperation_page


def count(office) -> int:
    return office.reader.execute("SELECT count(*) FROM cooperation_entries").fetchone()[0]


def new_dialog(page, qtbot, kind):
    dialog = page.entry_dialog()
    qtbot.addWidget(dialog)
    dialog.set_value("kind", kind)
    return dialog


def add_item(office, *, due=date(2026, 11, 21), kind="joint_supervision", case="李四盗窃案"):
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    return svc.add_entry(office, svc.EntryInput(
        kind=kind, occurred_on=date(2026, 11, 2), police_agency_id=agency,
        summary="督促补充完善电子数据证据", case_ref=case, due_on=due), today=TODAY)


def test_the_page_is_in_the_sidebar_and_on_ctrl_6(main_window, qtbot):
    assert main_window.sidebar.item(PAGE_COOPERATION).text() == "Cooperation log"
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_COOPERATION
    assert main_window.stack.currentWidget() is main_window.cooperation_page
    assert main_window.actions.go_cooperation.isChecked()
    page = main_window.cooperation_page
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 entries"
    assert page.office_label.text() == "The office's site and staff are not recorded yet."
    assert not page.edit_button.isEnabled() and not page.complete_button.isEnabled()
    main_window.show_page(PAGE_DASHBOARD)
    assert main_window.current_page() == PAGE_DASHBOARD


def test_the_kind_decides_which_fields_show(main_window, qtbot):
    page = open_page(main_window)
    dialog = new_dialog(page, qtbot, "joint_meeting")
    shown = dialog.shown_fields()
    assert "participants" in shown and "case_ref" not in shown and "due_on" not in shown
    assert "subtype" not in shown
    dialog.set_value("kind", "coercive_measure")
    shown = dialog.shown_fields()
    assert {"subtype", "case_ref", "person_name", "request_case_no"} <= set(shown)
    assert dialog._labels["subtype"].text() == "&Measure:"
    assert dialog.widgets["subtype"].itemData(0) == "summons"
    dialog.set_value("kind", "consultation")
    assert dialog._labels["subtype"].text() == "T&ype:"
    assert dialog.widgets["subtype"].currentData() == "pre_arrest"
    dialog.set_value("kind", "joint_supervision")
    assert {"due_on", "done_on", "outcome"} <= set(dialog.shown_fields())
    assert dialog._labels["occurred_on"].text() == "Agreed on (&date):"
    assert "tracked until done" in dialog.hint.text()


def test_entries_of_several_kinds_are_added_from_the_keyboard(main_window, qtbot):
    page = open_page(main_window)
    office = main_window.context.office
    # a pre-arrest consultation linked to a registered request, typed and saved with Enter
    dialog = new_dialog(page, qtbot, "consultation")
    dialog.show()
    qtbot.waitExposed(dialog)
    # QTest types Latin keys only; Chinese text comes from the input method, set directly
    qtbot.keyClicks(dialog.widgets["case_ref"], "A3201012026110001")
    qtbot.keyClicks(dialog.widgets["request_case_no"], "A3201012026110001")
    dialog.widgets["participants"].setText("张明、刑侦大队王警官")
    dialog.widgets["summary"].setPlainText("捕前会商：证据是否达到逮捕条件")
    dialog.widgets["participants"].setFocus()
    qtbot.keyClick(dialog.widgets["participants"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    consultation = dialog.result_value
    detail = q.entry_detail(office.reader, consultation)
    assert detail.row.subtype == "pre_arrest" and detail.request_case_no == "A3201012026110001"
    # information on a coercive measure
    dialog = new_dialog(page, qtbot, "coercive_measure")
    dialog.set_value("subtype", "bail")
    dialog.set_value("case_ref", "A3201012026110099")
    dialog.set_value("person_name", "赵某")
    dialog.set_value("summary", "公安机关通报对赵某取保候审")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    # a joint meeting: the case fields typed before switching kind are not stored
    dialog = new_dialog(page, qtbot, "joint_supervision")
    dialog.set_value("case_ref", "not for a meeting")
    dialog.set_value("kind", "joint_meeting")
    dialog.set_value("participants", "两院两局分管领导")
    dialog.set_value("summary", "第四季度联席会议")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = q.entry_detail(office.reader, dialog.result_value)
    assert meeting.row.case_ref == "" and meeting.row.kind == "joint_meeting"
    main_window.context.notify_changed()
    assert page.model.total == 3 and page.count_label.text() == "3 entries"
    kinds = {page.model.index(r, COL_KIND).data() for r in range(3)}
    assert kinds == {"Consultation (Before an arrest request)",
                     "Coercive measure (Bail pending trial)", "Joint meeting"}


def test_bad_input_is_shown_at_its_field_and_nothing_is_saved(main_window, qtbot):
    page = open_page(main_window)
    office = main_window.context.office
    dialog = new_dialog(page, qtbot, "joint_supervision")
    dialog.set_value("occurred_on", date(2026, 11, 24))
    dialog.set_value("due_on", date(2026, 11, 20))
    dialog.set_value("request_case_no", "X404")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    boxes = dialog.boxes
    assert boxes["occurred_on"].message.text() == \
        "Enter what has happened: the date is later than today"
    assert boxes["due_on"].message.text() == \
        "The due date must be after the entry date (2026-11-24)"
    assert boxes["request_case_no"].message.text() == \
        "No arrest request has the case number X404"
    assert boxes["case_ref"].message.text() == "Required"
    assert boxes["summary"].has_error()
    assert not boxes["police_agency"].has_error()
    # an impossible date is caught by the field itself
    dialog.widgets["due_on"].edit.clear()
    qtbot.keyClicks(dialog.widgets["due_on"].edit, "2026-02-30")
    dialog.submit()
    assert boxes["due_on"].message.text() == "There is no such day: 2026-02-30"
    assert count(office) == 0


def test_filters_and_search(main_window, qtbot):
    office = main_window.context.office
    open_item = add_item(office)
    add_item(office, kind="rectification", case="", due=date(2026, 12, 30))
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    svc.add_entry(office, svc.EntryInput(
        kind="police_filing", occurred_on=date(2025, 6, 1), police_agency_id=agency,
        summary="公安机关通报立案", case_ref="A320101202506", person_name="欧阳明"), today=TODAY)
    page = open_page(main_window)
    main_window.context.notify_changed()
    assert page.model.total == 3
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("police_filing"))
    assert page.model.total == 1
    page.kind_combo.setCurrentIndex(0)
    page.period_combo.setCurrentIndex(page.period_combo.findData("year"))
    assert page.model.total == 2
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_year"))
    assert page.model.total == 1
    page.period_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    assert page.model.total == 1 and page.model.index(0, 0).data(ENTRY_ID_ROLE) == open_item
    assert "Overdue by 2 days" in page.model.index(0, COL_DUE).data()
    page.overdue_check.setChecked(False)
    page.open_check.setChecked(True)
    assert page.model.total == 2
    page.open_check.setChecked(False)
    page.search_edit.setText("欧阳")  # two characters: scanned
    assert page.model.total == 1 and page.count_label.text() == "1 entry"
    page.search_edit.setText("电子数据证据")  # trigram index
    assert page.model.total == 2
    page.search_edit.clear()
    assert page.model.total == 3
    # this year's counts: November has the 督办 item and the follow-up; last year's filing not
    stats = page.stats
    assert stats.horizontalHeaderItem(10).text() == "Nov"
    assert stats.verticalHeaderItem(5).text() == "Joint supervision"
    assert stats.value(5, 10) == 1 and stats.value(7, 10) == 1 and stats.value(2, 12) == 0
    assert stats.value(8, 12) == 2 and stats.verticalHeaderItem(8).text() == "All kinds"


def test_a_joint_supervision_item_is_completed(main_window, qtbot):
    office = main_window.context.office
    item = add_item(office)
    page = open_page(main_window)
    main_window.context.notify_changed()
    assert page.select_entry(item)
    assert page.complete_button.isEnabled()
    assert "Overdue" in page.browser.toPlainText()
    dialog = page.complete_dialog()
    qtbot.addWidget(dialog)
    dialog.set_value("done_on", date(2026, 10, 1))  # before it was agreed
    dialog.submit()
    assert dialog.boxes["done_on"].message.text() == \
        "Done before the entry date (2026-11-02)?"
    dialog.set_value("done_on", TODAY)
    dialog.set_value("outcome", "电子数据已补充，督办办结")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    main_window.context.notify_changed()
    assert page.current_entry_id() == item
    assert not page.complete_button.isEnabled()
    assert "Done on 2026-11-23" in page.browser.toPlainText()
    assert page.model.index(0, COL_DUE).data() == "Done on 2026-11-23"
    # the history names the change in words
    page.tabs.setCurrentIndex(1)
    history = page.history
    assert history.entry_count() == 2
    assert "done on: — → 2026-11-23" in history.item(1, 4).text()
    assert history.item(0, 3).text() == "Log entry"


def test_an_entry_is_edited_and_removed(main_window, qtbot, monkeypatch):
    office = main_window.context.office
    item = add_item(office)
    page = open_page(main_window)
    main_window.context.notify_changed()
    page.select_entry(item)
    dialog = page.entry_dialog(edit=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit cooperation log entry"
    assert dialog.value("case_ref") == "李四盗窃案" and dialog.value("due_on") == \
        date(2026, 11, 21)
    dialog.set_value("due_on", date(2026, 12, 5))
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert q.entry_detail(office.reader, item).row.due_on == date(2026, 12, 5)
    main_window.context.notify_changed()
    page.select_entry(item)
    # Delete on the list asks first; answering No keeps the entry
    from PySide6.QtWidgets import QMessageBox

    answers = []

    def answer(_parent, _title, _text, _buttons, default):
        answers.append(default)
        return default

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert answers == [QMessageBox.StandardButton.No]
    assert page.model.total == 1
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.total == 0 and q.entry_detail(office.reader, item) is None
    assert count(office) == 1  # a tombstone


def test_the_office_record(main_window, qtbot):
    page = open_page(main_window)
    dialog = page.office_dialog()
    qtbot.addWidget(dialog)
    assert dialog.value("name") == "青山县侦查监督与协作配合办公室"
    dialog.submit()
    assert dialog.boxes["site"].message.text() == \
        "Where is the office? e.g. the police's case-handling centre"
    dialog.set_value("site", "青山县公安局执法办案管理中心")
    dialog.set_value("resident_prosecutor", "张明")
    dialog.set_value("duty_roster", "周一至周五：张明")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    main_window.context.notify_changed()
    assert page.office_label.text() == ("青山县侦查监督与协作配合办公室 — at 青山县公安局执法办案"
                                        "管理中心; resident prosecutor: 张明")
    assert page.office_label.toolTip() == "周一至周五：张明"


def test_due_items_on_the_dashboard_open_the_entry(main_window, qtbot):
    office = main_window.context.office
    item = add_item(office)  # due 11-21: overdue
    soon = add_item(office, kind="rectification", case="", due=date(2026, 11, 25))
    main_window.context.notify_changed()
    dashboard = main_window.dashboard
    section = dashboard.section_item(DueState.OVERDUE)
    lines = {section.child(i).text(1): section.child(i) for i in range(section.childCount())}
    line = next(v for k, v in lines.items() if k.startswith("李四盗窃案"))
    assert line.text(0) == "Joint supervision"
    assert line.text(2) == "督促补充完善电子数据证据"
    soon_section = dashboard.section_item(DueState.DUE_SOON)
    assert any(soon_section.child(i).text(0) == "Rectification follow-up"
               for i in range(soon_section.childCount()))
    dashboard.tree.itemActivated.emit(line, 0)
    assert main_window.current_page() == PAGE_COOPERATION
    assert main_window.cooperation_page.current_entry_id() == item
    assert soon != item


def test_the_page_speaks_chinese(main_window, qtbot, chinese):
    office = main_window.context.office
    add_item(office)
    page = open_page(main_window)
    main_window.context.notify_changed()
    assert main_window.sidebar.item(PAGE_COOPERATION).text() == "协作配合台账"
    assert page.model.index(0, COL_KIND).data() == "联合督办"
    assert page.count_label.text() == "共 1 条"
    assert page.tabs.tabText(2) == "2026年统计"
