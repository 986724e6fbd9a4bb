"""The petition register page, its registration and work dialogs, and its dashboard items,
with real widgets on a copy of the sample database (today Monday 2026-11-23)."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.domain.deadlines import DueState
from desktop.services import petition_queries as Q
from desktop.services import petition_work as W
from desktop.services.petition_register import (MAX_ATTACHMENT_BYTES, PetitionerInput,
                                                PetitionInput, register_petition)
from desktop.ui.custody_form import CustodyForm
from desktop.ui.main_window import PAGE_DASHBOARD, PAGE_PETITIONS
from desktop.ui.models.petition_table_model import COL_DUE, COL_RISK, PETITION_ID_ROLE
from desktop.ui.petition_register_dialog import RegisterPetitionDialog
from tests.ui.sample_data import TODAY

GOOD_ID = "110105198001011238"
BAD_ID = "110105198001011239"  # check digit wrong


def petition(office, **changes) -> str:
    data = dict(received_on=date(2026, 11, 18), channel="visit", petition_type="appeal",
                summary="不服不批准逮捕决定，要求重新审查",
                petitioners=[PetitionerInput("李秀英", GOOD_ID)])
    data.update(changes)
    return register_petition(office, PetitionInput(**data), today=TODAY)


def test_the_page_is_in_the_sidebar_and_on_ctrl_5(main_window, qtbot):
    sidebar = main_window.sidebar
    assert sidebar.item(PAGE_PETITIONS).text() == "Petitions"
    assert sidebar.item(PAGE_PETITIONS - 1).text() == "Supervision"
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_PETITIONS
    assert main_window.actions.go_petitions.isChecked()
    page = main_window.petition_list
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 petitions"
    assert "7 calendar days" in page.settings_label.text()
    main_window.show_page(PAGE_DASHBOARD)
    assert main_window.current_page() == PAGE_DASHBOARD


def test_registration_through_the_dialog(main_window, qtbot, tmp_path, monkeypatch):
    main_window.show_page(PAGE_PETITIONS)
    page = main_window.petition_list
    letter = tmp_path / "来信.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    huge = tmp_path / "录像.mp4"
    with open(huge, "wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES + 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(letter), str(huge)], ""))
    dialog = RegisterPetitionDialog(main_window.context.office, page, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.handler.currentData() == main_window.context.office.user_id
    # the live due dates follow the date typed
    dialog.received.edit.setText("2026-09-28")
    dialog.received.commit()
    assert "2026-10-08" in dialog.due_label.text() and "2026-10-05" in dialog.due_label.text()
    assert "2026-12-28" in dialog.due_label.text()
    dialog.received.set_date(date(2026, 11, 20))
    row = dialog.rows[0]
    row.edits["name"].setText("李秀英")  # QTest types Latin keys only
    qtbot.keyClicks(row.edits["id_number"], BAD_ID)
    row.edits["id_number"].editingFinished.emit()  # leaving the field checks the number
    assert row.has_error("id_number")
    assert "check digit" in row.message.text()
    dialog.summary.setPlainText("不服不批准逮捕决定，要求重新审查")
    dialog.add_files.click()
    assert [a.file_name for a in dialog.attachments] == ["来信.pdf"]
    assert "录像.mp4" in dialog.boxes["attachments"].message.text()
    dialog.triggers.checks["threats"].setChecked(True)
    assert dialog.level.currentData() == "high"  # suggested by the trigger
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    dialog.submit()  # refused: the wrong ID number, at its field
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.petition_id is None
    assert row.has_error("id_number")
    assert main_window.context.reader.execute("SELECT count(*) FROM petitions"
                                              ).fetchone()[0] == 0
    row.edits["id_number"].setText(GOOD_ID)
    dialog.add_petitioner()
    dialog.rows[1].edits["name"].setText("王芳")
    dialog.count.setValue(6)
    dialog.collective.setChecked(True)
    assert dialog.triggers.checks["collective"].isChecked()
    qtbot.keyClick(dialog.related, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = Q.petition_detail(main_window.context.reader, dialog.petition_id, today=TODAY)
    assert [p.name for p in detail.petitioners] == ["李秀英", "王芳"]
    assert detail.row.petitioner_count == 6 and detail.row.collective
    assert detail.row.high_risk and detail.row.due_date == date(2026, 11, 27)
    assert [a.file_name for a in detail.attachments] == ["来信.pdf"]
    assert detail.first_handler_id == main_window.context.office.user_id


def test_a_repeat_is_suggested_from_the_petitioner(main_window, qtbot):
    office = main_window.context.office
    earlier = petition(office, received_on=date(2026, 6, 1))
    dialog = RegisterPetitionDialog(office, main_window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows[0]
    row.edits["name"].setText("李秀英")
    row.edits["id_number"].setText(GOOD_ID)
    row.edits["id_number"].editingFinished.emit()
    assert dialog.repeat.count() == 2 and dialog.repeat_hint.isVisible()
    assert "same ID number" in dialog.repeat.itemText(1)
    dialog.repeat.setCurrentIndex(1)
    assert dialog.triggers.checks["repeat_visits"].isChecked()
    dialog.summary.setPlainText("再次反映")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Q.petition_detail(office.reader, dialog.petition_id, today=TODAY).repeat_of_id == \
        earlier


def test_service_errors_land_at_their_fields(main_window, qtbot):
    dialog = RegisterPetitionDialog(main_window.context.office, main_window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows[0].edits["phone"].setText("call me")
    dialog.submit()
    assert dialog.boxes["summary"].has_error()
    assert dialog.rows[0].has_error("name") and dialog.rows[0].has_error("phone")
    assert "digits" in dialog.rows[0].message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_work_entries_and_reply_through_the_page(main_window, qtbot, monkeypatch):
    office = main_window.context.office
    pid = petition(office)
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    assert page.current_petition_id() == pid
    assert page.step_buttons["reply"].isEnabled()
    assert page.model.index(page.view.currentIndex().row(), COL_DUE).data() == \
        "2026-11-25 (2 days left)"

    def run(values):
        def fill_and_save(self):
            for name, value in values.items():
                self.set_value(name, value)
            self.submit()
            return self.result()
        return fill_and_save

    monkeypatch.setattr(CustodyForm, "exec", run({
        "kind": "counselling", "done_on": date(2026, 11, 20), "participants": "心理咨询师王某",
        "content": "心理疏导一小时", "outcome": "情绪平稳"}))
    page.run_step("work")
    monkeypatch.setattr(CustodyForm, "exec", run({
        "done_on": date(2026, 11, 20), "reply_kind": "procedural", "way": "phone",
        "content": "已受理"}))
    page.run_step("reply")
    detail = page.detail
    assert [(w.kind, w.reply_kind) for w in detail.work] == [("counselling", ""),
                                                             ("reply", "procedural")]
    assert detail.row.status == "procedural_replied" and detail.row.due_kind == "result"
    assert "心理咨询师王某" in page.timeline.toPlainText()
    assert "Psychological counselling" in page.timeline.toPlainText()
    assert page.history.entry_count() >= 4


def test_a_transfer_needs_its_reason_and_keeps_the_first_handler(main_window, qtbot):
    from desktop.store.models import User
    from desktop.ui.petition_dialogs import transfer_dialog

    office = main_window.context.office
    with office.transaction("manage_users") as session:
        other = User(username="officer2", display_name="王磊", roles="officer")
        session.add(other)
        session.flush()
        other_id = other.id
    pid = petition(office)
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    dialog = transfer_dialog(office, detail, today=TODAY, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.widgets["to_handler"].currentData() == other_id  # not the present one
    assert "首办责任人" in dialog.hint.text()
    dialog.submit()
    assert dialog.boxes["reason"].has_error()
    assert "reason" in dialog.boxes["reason"].message.text()
    dialog.set_value("reason", "原承办人借调")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert detail.handler_id == other_id and detail.first_handler_id == office.user_id
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    assert "原承办人借调" in page.browser.toPlainText()
    history = page.history
    texts = [history.item(r, 4).text() for r in range(history.rowCount())]
    assert any("handler: 张明 → 王磊" in t for t in texts)


def test_a_high_risk_petition_stands_out_on_the_dashboard_and_opens(main_window, qtbot):
    office = main_window.context.office
    pid = petition(office, received_on=date(2026, 11, 10), risk_triggers=["threats"])
    dashboard = main_window.dashboard
    main_window.context.notify_changed()
    section = dashboard.section_item(DueState.OVERDUE)
    items = [section.child(i) for i in range(section.childCount())]
    [item] = [i for i in items if i.text(0) == "Petition"]
    assert item.text(2) == "High risk (High): 7-day procedural reply"
    assert item.text(3) == "2026-11-17"
    assert item.font(1).bold() and item.foreground(1).color().name() == "#b71c1c"
    assert "7日内" in item.toolTip(2)
    dashboard._activated(item, 0)
    page = main_window.petition_list
    assert main_window.current_page() == PAGE_PETITIONS
    assert page.current_petition_id() == pid
    index = page.model.index(page.view.currentIndex().row(), COL_RISK)
    assert index.data() == "High" and index.data(Qt.ItemDataRole.FontRole).bold()


def test_filters_and_search(main_window, qtbot):
    office = main_window.context.office
    petition(office, channel="letter")
    petition(office, channel="online", petitioners=[PetitionerInput("欧阳娜娜")])
    main_window.show_page(PAGE_PETITIONS)
    page = main_window.petition_list
    main_window.context.notify_changed()
    assert page.model.rowCount() == 2
    page.combos["channel"].setCurrentIndex(page.combos["channel"].findData("online"))
    assert page.model.rowCount() == 1
    page.combos["channel"].setCurrentIndex(0)
    page.search_edit.setText("欧阳")
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 petition"
    page.search_edit.setText("欧阳娜娜")
    page.apply_filter()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data(PETITION_ID_ROLE)


@pytest.mark.parametrize("step", ["reply", "work", "forward", "transfer", "risk", "close"])
def test_each_step_dialog_opens_and_esc_cancels(main_window, qtbot, step):
    pid = petition(main_window.context.office)
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    dialog = page.step_dialog(step)
    if step == "close":  # withdrawal is possible at once
        assert page.step_buttons["close"].isEnabled()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_documents_menu_opens_the_issue_dialog_filled_from_the_petition(main_window, qtbot):
    office = main_window.context.office
    pid = petition(office)
    W.forward(office, pid, W.ForwardInput(date(2026, 11, 20), "青山县公安局"), today=TODAY)
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    shown = []
    page._run = lambda dialog, **kw: shown.append(dialog)
    dialog = page.issue_document("petition_forwarding")
    assert shown == [dialog]
    assert dialog.draft.recipient == "李秀英："
    assert "青山县公安局" in "\n".join(dialog.draft.paragraphs)
    dialog.reject()


def test_the_page_speaks_chinese(main_window, qtbot, chinese):
    pid = petition(main_window.context.office, risk_triggers=["threats"])
    qtbot.waitUntil(lambda: main_window.sidebar.item(PAGE_PETITIONS).text() == "涉检信访",
                    timeout=2000)
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    assert page.new_button.text() == "新建信访(&N)…"
    index = page.model.index(page.view.currentIndex().row(), COL_RISK)
    assert index.data() == "高"
    assert "群众信访件件有回复" in page.browser.toPlainText()
    assert main_window.actions.go_petitions.text() == "涉检信访(&P)"


def test_settings_working_days_and_the_office_s_own_levels(main_window, qtbot):
    from desktop.ui.petition_settings_dialog import PetitionSettingsDialog

    office = main_window.context.office
    main_window.show_page(PAGE_PETITIONS)
    page = main_window.petition_list
    dialog = PetitionSettingsDialog(office, main_window)
    qtbot.addWidget(dialog)
    assert dialog.unit.currentData() == "calendar"
    assert dialog.level_codes() == ["high", "medium", "low"]  # shown by name, kept by code
    dialog.levels.setText("红")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "2 to 6" in dialog.error.text()
    dialog.unit.setCurrentIndex(dialog.unit.findData("working"))
    dialog.levels.setText("红，橙，黄")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    main_window.context.notify_changed()
    assert "7 working days" in page.settings_label.text()
    assert "红 / 橙 / 黄" in page.settings_label.text()
    register = RegisterPetitionDialog(office, page, today=TODAY)
    qtbot.addWidget(register)
    register.received.set_date(date(2026, 9, 28))
    assert "2026-10-13" in register.due_label.text()  # 7 working days over National Day
    register.triggers.checks["threats"].setChecked(True)
    assert register.level.currentText() == "红"


def test_risk_dialog_and_saving_an_attachment(main_window, qtbot, tmp_path):
    from desktop.services.petition_register import AttachmentInput
    from desktop.ui.petition_dialogs import RiskDialog

    office = main_window.context.office
    pid = petition(office, attachments=[AttachmentInput("来信.txt", "来信内容".encode())])
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    dialog = RiskDialog(office, page.detail, today=TODAY, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.level.currentData() == "low"
    dialog.level.setCurrentIndex(dialog.level.findData("high"))
    dialog.triggers.checks["media"].setChecked(True)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert detail.row.high_risk and [t.value for t in detail.risk_triggers] == ["media"]
    main_window.context.notify_changed()
    assert "来信.txt" in page.browser.toPlainText()
    target = tmp_path / "saved.txt"
    assert page.save_attachment(page.detail.attachments[0].id, str(target))
    assert target.read_bytes() == "来信内容".encode()
    # the file leaving the database is audited (sensitive reads)
    row = office.reader.execute("SELECT row_id, detail FROM audit_log WHERE action = 'export' "
                                "AND table_name = 'petition_attachments'").fetchone()
    assert row[0] == page.detail.attachments[0].id and '"file": "saved.txt"' in row[1]


def test_tab_walks_the_registration_form_from_top_to_bottom(main_window, qtbot):
    dialog = RegisterPetitionDialog(main_window.context.office, main_window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_petitioner()
    second = dialog.rows[1]
    qtbot.waitUntil(second.isVisible)  # a widget added to a shown form is shown by an event

    def next_after(widget):
        widget.setFocus()
        dialog.focusNextChild()
        return dialog.focusWidget()

    assert next_after(dialog.concerns) is dialog.rows[0].edits["name"]
    assert next_after(dialog.rows[0].remove_button) is second.edits["name"]
    assert next_after(second.remove_button) is dialog.add_button
    assert next_after(dialog.related) is dialog.repeat
    assert next_after(dialog.level) is dialog.triggers.checks["repeat_visits"]


def test_a_related_case_number_links_the_registered_request(main_window, qtbot):
    office = main_window.context.office
    dialog = RegisterPetitionDialog(office, main_window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rows[0].edits["name"].setText("张大伟")
    dialog.summary.setPlainText("反映其子张伟被刑事拘留")
    dialog.related.setText("A3201012026110001")  # 张伟's request in the sample
    dialog.related.editingFinished.emit()
    assert dialog.request_hint.isVisible() and "张伟" in dialog.request_hint.text()
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = Q.petition_detail(office.reader, dialog.petition_id, today=TODAY)
    assert detail.request_id and detail.request_case_no == "A3201012026110001"


def test_a_petition_raises_a_supervision_matter_with_the_petitioner_as_party(main_window,
                                                                            monkeypatch):
    office = main_window.context.office
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    pid = petition(office, summary="控告公安机关对其被殴打一事应当立案而不立案")
    main_window.context.open_record.emit("petition", pid)
    page = main_window.petition_list
    seen = {}

    def check_and_save(form):
        seen.update(source=form.value("source"), party=form.value("party_name"),
                    summary=form.value("summary"))
        form.set_value("police_agency_id", agency)
        form.submit()
        return form.result()

    monkeypatch.setattr(CustodyForm, "exec", check_and_save)
    page.supervision_button.click()
    assert seen == {"source": "petition", "party": "李秀英",
                    "summary": "控告公安机关对其被殴打一事应当立案而不立案"}
    row = office.reader.execute("SELECT source, party_name FROM supervision_matters").fetchone()
    assert tuple(row) == ("petition", "李秀英")
