"""The review workspace on the request detail: checks, interrogation dialog, proposal and
approval through the UI, the approval rules on the buttons, the timeline and the dashboard's
items for the steps after a decision. Real database, real services."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.services import arrest_review as svc
from desktop.services.review_decisions import set_single_officer
from desktop.ui.dashboard import COL_DETAIL, COL_KIND
from desktop.ui.main_window import PAGE_LIST
from desktop.ui.models.arrest_table_model import COL_CASE_NO, COL_STATUS
from desktop.ui.request_detail import RequestDetailDialog
from tests.ui.sample_data import TODAY

JUVENILE_CASE, ADULT_CASE = "A3201012026110004", "A3201012026110001"


def ids(window, case_no):
    return window.opened.office.reader.execute(
        "SELECT r.id, v.id FROM arrest_requests r JOIN arrest_reviews v ON v.request_id = r.id "
        "WHERE r.police_case_no = ?", (case_no,)).fetchone()


def open_detail(window, case_no):
    request_id, review_id = ids(window, case_no)
    dialog = window.open_record("arrest_review", request_id)
    assert isinstance(dialog, RequestDetailDialog)
    return dialog, dialog.workspace(review_id)


def fill_interrogation(form, staff=("李检察官", "王书记员")):
    form.widgets["staff"].setText(staff[0])
    form.widgets["staff_2"].setText(staff[1])
    form.widgets["place"].setText("青山县看守所")


def check(ws, label_start):
    rows = [r for r in ws.check_rows() if r[1].startswith(label_start)]
    assert rows, ws.check_rows()
    return rows[0]


def test_a_juvenile_needs_interrogation_and_the_dialog_satisfies_it(main_window):
    _dialog, ws = open_detail(main_window, JUVENILE_CASE)
    state, _label, basis = check(ws, "Interrogation is compulsory")
    assert state == "Missing" and "第二百八十条" in basis
    assert check(ws, "Why compulsory: juvenile suspect")[0] == "Reason"
    assert check(ws, "Legal representative or appropriate adult")[0] == "Missing"
    assert check(ws, "Counsel retained or legal aid notified")[2].startswith("《刑事诉讼法》第二百七十八条")

    ws.add_interrogation.click()
    form = ws.last_dialog
    fill_interrogation(form, ("李检察官", ""))
    form.submit()  # one staff member only: the error is shown at the field
    assert form.isVisible() and form.boxes["staff"].has_error()
    assert "Two staff" in form.boxes["staff"].message.text()
    fill_interrogation(form)
    form.set_value("adult_present", "legal_representative")
    form.submit()
    assert not form.isVisible()
    assert check(ws, "Suspect interrogated by two staff")[0] == "Satisfied"
    assert check(ws, "Legal representative or appropriate adult")[0] == "Satisfied"
    assert ws.interrogations.topLevelItem(0).text(2) == "李检察官、王书记员"


def prepare_adult(window):
    """The adult detained suspect, interrogated, one social-danger circumstance ticked."""
    office = window.opened.office
    _request_id, review_id = ids(window, ADULT_CASE)
    svc.add_interrogation(office, review_id, svc.InterrogationInput(
        "interrogation", date(2026, 11, 16), ["甲", "乙"], "看守所"), today=TODAY)
    return review_id


def propose(ws, kind, ground, reasoning="经审查"):
    ws.decision.buttons["propose"].click()
    form = ws.last_dialog
    form.set_value("kind", kind)
    form.set_value("ground", ground)
    form.set_value("reasoning", reasoning)
    form.submit()
    return form


def test_propose_and_approve_through_the_ui_sets_the_status_in_the_list(main_window):
    set_single_officer(main_window.opened.office, True)
    prepare_adult(main_window)
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    tick, facts, evidence, _message = ws.points.dangers["new_crime"]
    tick.setChecked(True)
    ws.points.save()  # facts and evidence missing: shown at the circumstance
    assert facts.property("invalid") and evidence.property("invalid")
    facts.setText("多次盗窃")
    evidence.setText("前科材料")
    ws.points.save()
    assert not facts.property("invalid")

    form = propose(ws, "approve", "social_danger")
    assert not form.isVisible(), form.general.text()
    approve = ws.decision.buttons["approve"]
    assert approve.isEnabled()
    assert "self-approval" in ws.decision.why_not.text()
    approve.click()
    assert "Decided on 2026-11-23" in ws.decision.state.text()
    assert "self-approved" in ws.decision.state.text()
    assert not ws.add_interrogation.isEnabled()

    main_window.show_page(PAGE_LIST)
    model = main_window.arrest_list.model
    row = [model.index(r, COL_CASE_NO).data() for r in range(model.rowCount())].index(ADULT_CASE)
    assert model.index(row, COL_STATUS).data() == "Arrest approved"


def test_refusal_for_insufficient_evidence_waits_for_the_chief(main_window):
    prepare_adult(main_window)
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    assert not ws.decision.buttons["approve"].isEnabled()
    form = propose(ws, "refuse", "insufficient_evidence")
    assert not form.isVisible(), form.general.text()
    assert not ws.decision.buttons["approve"].isEnabled()
    assert ws.decision.why_not.text() == "Needs the chief procurator's approval (RPR 285 ¶3)"
    assert ws.decision.buttons["send_back"].isEnabled()


def test_proposal_errors_name_the_missing_check(main_window):
    _dialog, ws = open_detail(main_window, JUVENILE_CASE)
    form = propose(ws, "refuse", "no_social_danger")
    assert form.isVisible()
    assert "Interrogation is compulsory" in form.general.text()


@pytest.fixture
def approved(main_window):
    set_single_officer(main_window.opened.office, True)
    review_id = prepare_adult(main_window)
    office = main_window.opened.office
    svc.save_social_danger(office, review_id, svc.DangerInput({"new_crime": ("事实", "证据")}))
    from desktop.services import review_decisions as decisions

    decisions.propose_decision(office, review_id, decisions.ProposalInput(
        "approve", "social_danger", "理由"), today=TODAY)
    decisions.approve_decision(office, review_id, today=TODAY)
    main_window.context.notify_changed()
    return review_id


def test_the_timeline_shows_the_receipt_deadline_after_approval(main_window, approved):
    dialog, _ws = open_detail(main_window, ADULT_CASE)
    rows = [r for r in dialog.timeline.rows() if r[0] == "Execution receipt due"]
    assert rows, dialog.timeline.rows()
    step, suspect, on, due, left, _detail, basis = rows[0]
    assert suspect == "张伟" and on == "" and due == "2026-11-26" and left == "3 days left"
    assert "三日以内" in basis
    decided = [r for r in dialog.timeline.rows() if r[0] == "Decision"]
    assert "Approve arrest" in decided[0][5] and "(self-approved)" in decided[0][5]


def test_the_receipt_dialog_closes_the_step(main_window, approved):
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    ws.decision.buttons["receipt"].click()
    form = ws.last_dialog
    form.submit()
    assert not form.isVisible(), form.general.text()
    assert not ws.decision.buttons["receipt"].isEnabled()


def test_dashboard_labels_the_new_kinds_and_opens_the_suspect(main_window, approved):
    dashboard = main_window.dashboard
    items = [dashboard.tree.topLevelItem(i).child(j)
             for i in range(dashboard.tree.topLevelItemCount())
             for j in range(dashboard.tree.topLevelItem(i).childCount())]
    receipt = [it for it in items if it.text(COL_KIND) == "Receipt due"]
    assert receipt, [it.text(COL_KIND) for it in items]
    assert "execution receipt" in receipt[0].text(COL_DETAIL)
    dashboard._activated(receipt[0], 0)
    detail = main_window.open_dialogs()[-1]
    assert detail.detail.police_case_no == ADULT_CASE
    assert detail.tabs.currentWidget() is detail.workspace(approved)


def test_every_step_kind_has_a_chinese_label(chinese):
    from desktop.domain.review_deadlines import Step
    from desktop.ui import labels

    for step in (Step.RECEIPT, Step.RELEASE_RECEIPT, Step.RECONSIDERATION_DECISION,
                 Step.UPPER_REVIEW_DECISION, Step.OMITTED_FOLLOW_UP, Step.WITHDRAWAL_FOLLOW_UP):
        text = labels.step_kind_label(step.value)
        assert text != step.value and not text.isascii(), text


def test_counsel_opinion_and_its_assessment_through_the_dialogs(main_window):
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    ws.add_counsel.click()
    form = ws.last_dialog
    form.set_value("counsel_name", "孙律师")
    form.set_value("arguments[0].kind", "no_social_danger")
    form.set_value("arguments[0].text", "有固定住所")
    form.set_value("arguments[0].adopted", "0")
    form.submit()  # not adopted without a reason: shown at the reason
    assert form.boxes["arguments[0].reason"].has_error()
    form.set_value("arguments[0].adopted", "")
    form.submit()
    assert not form.isVisible()
    assert check(ws, "Every counsel argument answered")[0] == "Missing"
    assert ws.assess.isEnabled()
    ws.assess.click()
    form = ws.last_dialog
    form.set_value("arguments[0].adopted", "0")
    form.set_value("arguments[0].reason", "多次作案，有再犯可能")
    form.submit()
    assert not form.isVisible()
    assert check(ws, "Every counsel argument answered")[0] == "Satisfied"
    assert ws.counsel.topLevelItem(0).child(0).text(2) == "not adopted"


def test_hearing_and_opinion_form_dialogs(main_window):
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    assert check(ws, "Detained and not interrogated")[0] == "Missing"
    ws.add_form.click()
    form = ws.last_dialog
    form.submit()
    assert not form.isVisible()
    ws.interrogations.setCurrentItem(ws.interrogations.topLevelItem(0))
    assert ws.form_returned.isEnabled()
    ws.form_returned.click()
    ws.last_dialog.submit()
    assert check(ws, "Detained and not interrogated")[0] == "Satisfied"
    ws.add_hearing.click()
    form = ws.last_dialog
    form.submit()
    assert form.boxes["place"].has_error() and form.boxes["chair"].has_error()
    form.set_value("place", "听证室")
    form.set_value("chair", "张检察长")
    form.submit()
    assert not form.isVisible()
    assert ws.hearings.topLevelItem(0).text(1) == "听证室"


def test_the_workspace_speaks_chinese(main_window, chinese):
    _dialog, ws = open_detail(main_window, JUVENILE_CASE)
    state, label, _basis = check(ws, "应当讯问：须讯问")
    assert state == "未满足"
    assert ws.decision.buttons["propose"].text() == "提出意见(&P)…"


def add_chief(window):
    from desktop.store.models import User

    office = window.opened.office
    with office.transaction("manage_users") as session:
        session.add(User(username="chief", display_name="周检察长",
                         roles="officer,approver,chief"))
    return office.reader.execute("SELECT id FROM users WHERE username = 'chief'").fetchone()[0]


def test_rpr_288_demand_then_police_decline_then_direct_decision(main_window):
    chief = add_chief(main_window)
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    panel = ws.decision
    assert not panel.buttons["police_answer"].isEnabled()
    panel.buttons["demand"].click()
    form = ws.last_dialog
    assert form.widgets["chief_approved_by"].currentData() == chief
    form.submit()
    assert form.boxes["suspect_name"].has_error() and form.boxes["reasons"].has_error()
    form.set_value("suspect_name", "钱七")
    form.set_value("reasons", "共同盗窃，证据确实")
    form.submit()
    assert not form.isVisible(), form.general.text()
    assert "RPR 288 demand for 钱七 on 2026-11-23" in panel.state.text()
    assert panel.buttons["police_answer"].isEnabled()
    assert not panel.buttons["direct_decision"].isEnabled()
    panel.buttons["police_answer"].click()
    form = ws.last_dialog
    form.set_value("answer", "declined")
    form.submit()
    assert not form.isVisible(), form.general.text()
    assert "police declined" in panel.state.text()
    assert panel.buttons["direct_decision"].isEnabled()
    panel.buttons["direct_decision"].click()
    ws.last_dialog.submit()
    assert "arrest decided directly on 2026-11-23" in panel.state.text()
    assert not panel.buttons["direct_decision"].isEnabled()


def test_a_refusal_reconsidered_by_another_officer(main_window, qtbot):
    """复议: requested here, decided by an officer other than the one who proposed the
    refusal, with the chief procurator's approval."""
    from desktop.services import review_decisions as decisions
    from desktop.services.office import open_office

    set_single_officer(main_window.opened.office, True)
    chief = add_chief(main_window)
    review_id = prepare_adult(main_window)
    office = main_window.opened.office
    decisions.propose_decision(office, review_id, decisions.ProposalInput(
        "refuse", "no_social_danger", "无社会危险性"), today=TODAY)
    decisions.approve_decision(office, review_id, today=TODAY)
    main_window.context.notify_changed()
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    panel = ws.decision
    assert panel.buttons["reconsideration"].isEnabled()
    panel.buttons["reconsideration"].click()
    ws.last_dialog.submit()
    assert "Reconsideration requested on 2026-11-23" in panel.state.text()
    # The officer who proposed the refusal may not decide it: the button says why.
    assert not panel.buttons["decide_reconsideration"].isEnabled()
    assert "may not decide" in panel.buttons["decide_reconsideration"].toolTip()

    other = open_office(office.db.path, username="chief")
    try:
        from desktop.ui.context import AppContext
        from desktop.ui.review_workspace import SuspectWorkspace

        context = AppContext(other, clock=lambda: TODAY)
        chief_ws = SuspectWorkspace(context, review_id)
        qtbot.addWidget(chief_ws)
        assert chief_ws.decision.buttons["decide_reconsideration"].isEnabled()
        chief_ws.decision.buttons["decide_reconsideration"].click()
        form = chief_ws.last_dialog
        assert form.widgets["chief_approved_by"].currentData() == chief
        form.submit()  # upheld without reasons
        assert form.boxes["reasons"].has_error()
        form.set_value("reasons", "无证据证明有社会危险性")
        form.submit()
        assert not form.isVisible(), form.general.text()
        chief_ws.reload()  # the request's dialog does this on the change notice
        assert "Reconsideration: 2026-11-23 upheld" in chief_ws.decision.state.text()
        assert chief_ws.decision.buttons["upper_review"].isEnabled()
    finally:
        other.close()


def test_documents_menu_offers_the_review_documents(main_window):
    from desktop.ui import review_decision_panel as panel_module

    _dialog, ws = open_detail(main_window, ADULT_CASE)
    button = ws.decision.buttons["documents"]
    if panel_module.DocumentIssueDialog is None:
        assert not button.isVisibleTo(ws)
        return
    texts = [a.text() for a in ws.decision.documents_menu.actions()]
    assert "Decision to approve arrest" in texts and "Notice to provide legal aid" in texts


def test_a_juvenile_refusal_offers_the_rpr_463_situations(main_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from desktop.ui.review_dialogs import checked_situations

    _request_id, review_id = ids(main_window, JUVENILE_CASE)
    office = main_window.opened.office
    svc.add_interrogation(office, review_id, svc.InterrogationInput(
        "interrogation", date(2026, 11, 21), ["甲", "乙"], "看守所",
        adult_present="appropriate_adult"), today=TODAY)
    svc.save_checklist(office, review_id, svc.ChecklistInput({}, date(2026, 11, 21)),
                       today=TODAY)
    _dialog, ws = open_detail(main_window, JUVENILE_CASE)
    ws.decision.buttons["propose"].click()
    form = ws.last_dialog
    lst = form.findChild(QListWidget, "juvenileSituations")
    assert lst is not None and not lst.isEnabled()  # a refusal's situations
    form.set_value("kind", "refuse")
    form.set_value("ground", "no_social_danger")
    assert lst.isEnabled()
    lst.item(0).setCheckState(Qt.CheckState.Checked)
    lst.item(4).setCheckState(Qt.CheckState.Checked)
    assert checked_situations(lst) == ["first_offence", "restitution"]
    form.set_value("reasoning", "初犯，积极赔偿")
    form.submit()
    assert not form.isVisible(), form.general.text()
    pending = ws.decision.pending()
    assert pending["juvenile_situations"] == "first_offence,restitution"


def test_a_document_menu_entry_opens_the_issue_dialog(main_window, approved, qtbot):
    from desktop.ui import review_decision_panel as panel_module

    if panel_module.DocumentIssueDialog is None:
        pytest.skip("the document UI is not installed")
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    action = next(a for a in ws.decision.documents_menu.actions()
                  if a.data() == "approve_arrest")
    action.trigger()
    dialog = ws.last_dialog
    assert isinstance(dialog, panel_module.DocumentIssueDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_resubmission_after_a_refusal_registers_a_linked_request(main_window):
    from desktop.services import review_decisions as decisions

    set_single_officer(main_window.opened.office, True)
    review_id = prepare_adult(main_window)
    office = main_window.opened.office
    decisions.propose_decision(office, review_id, decisions.ProposalInput(
        "refuse", "no_social_danger", "无社会危险性"), today=TODAY)
    decisions.approve_decision(office, review_id, today=TODAY)
    main_window.context.notify_changed()
    dialog, ws = open_detail(main_window, ADULT_CASE)
    button = ws.decision.buttons["resubmission"]
    assert button.isEnabled()
    button.click()
    form = ws.last_dialog  # the registration dialog, started from the refused request
    assert ADULT_CASE in form.windowTitle()
    assert form.case_no_edit.text() == ADULT_CASE
    assert [r.name_edit.text() for r in form.rows] == ["张伟"]
    assert form.charge_picker.codes()  # the charges came along
    assert form.request_no_edit.hasFocus() or not form.isActiveWindow()
    # released after the refusal: not detained unless the officer says so
    assert not form.rows[0].detained_check.isChecked()
    form.rows[0].detained_check.setChecked(True)
    form.save()  # detained, but since when?
    assert form.isVisible() and form.field_boxes()["suspects[0].detained_since"].has_error()
    form.rows[0].detained_check.setChecked(False)
    form.request_no_edit.setText("青公提捕字〔2026〕201号")
    form.save()
    assert not form.isVisible()
    count = office.reader.execute("SELECT count(*) FROM arrest_requests WHERE police_case_no = ?",
                                  (ADULT_CASE,)).fetchone()[0]
    assert count == 2
    assert any(r[0] == "Re-submitted as a new request" for r in dialog.timeline.rows())


def test_an_interrogation_entered_by_mistake_is_removed_after_confirmation(main_window,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _dialog, ws = open_detail(main_window, ADULT_CASE)
    ws.add_hearing.click()
    form = ws.last_dialog
    form.set_value("place", "听证室")
    form.set_value("chair", "张检察长")
    form.submit()
    assert ws.hearings.topLevelItemCount() == 1
    assert not ws.remove_hearing.isEnabled()  # nothing selected yet
    ws.hearings.setCurrentItem(ws.hearings.topLevelItem(0))
    assert ws.remove_hearing.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    ws.remove_hearing.click()  # declined: nothing changes
    assert ws.hearings.topLevelItemCount() == 1
    ws.remove_hearing.click()
    assert ws.hearings.topLevelItemCount() == 0
    # tombstoned, not deleted: the audit history still has the hearing
    reader = main_window.opened.office.reader
    assert reader.execute("SELECT COUNT(*) FROM review_hearings WHERE deleted_at IS NOT NULL"
                          ).fetchone()[0] == 1


def test_the_service_date_of_a_decision_is_corrected_and_the_receipt_follows(main_window,
                                                                            approved):
    dialog, ws = open_detail(main_window, ADULT_CASE)
    assert ws.decision.buttons["served"].isEnabled()
    ws.decision.buttons["served"].click()
    form = ws.last_dialog
    form.set_value("served_on", date(2026, 11, 24))  # after today: refused
    form.submit()
    assert form.isVisible() and form.boxes["served_on"].has_error()
    form.set_value("served_on", date(2026, 11, 20))
    form.submit()
    assert not form.isVisible(), form.general.text()
    rows = [r for r in dialog.timeline.rows() if r[0] == "Execution receipt due"]
    assert rows[0][3] == "2026-11-23", rows


def test_unsaved_review_points_survive_a_reload_until_discarded(main_window):
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    tick, facts, _evidence, _message = ws.points.dangers["new_crime"]
    assert not ws.points.discard_button.isVisibleTo(ws.points)
    tick.click()
    facts.setText("多次盗窃")
    facts.textEdited.emit("多次盗窃")
    assert ws.points.dirty and ws.points.unsaved.isVisibleTo(ws.points)
    ws.add_hearing.click()  # another dialog saves: the workspace reloads
    form = ws.last_dialog
    form.set_value("place", "听证室")
    form.set_value("chair", "张检察长")
    form.submit()
    assert ws.hearings.topLevelItemCount() == 1
    assert tick.isChecked() and facts.text() == "多次盗窃"
    ws.points.discard_button.click()
    assert not tick.isChecked() and facts.text() == "" and not ws.points.dirty


def test_an_open_proposal_dialog_follows_a_language_switch(main_window, qtbot):
    from PySide6.QtCore import QCoreApplication

    _dialog, ws = open_detail(main_window, JUVENILE_CASE)
    ws.decision.buttons["propose"].click()
    form = ws.last_dialog
    form.set_value("kind", "refuse")
    form.set_value("ground", "no_social_danger")
    assert "chief procurator" in form.hint.text()
    page = main_window.settings_page
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: form.widgets["kind"].currentText() == "不批准逮捕", timeout=2000)
    # the grounds stay those of a refusal, the choice is kept, and the hint is in Chinese
    assert form.widgets["ground"].currentData() == "no_social_danger"
    assert form.widgets["ground"].count() == 3
    assert "检察长" in form.hint.text()
    situations = form.findChild(type(form.findChild(object, "juvenileSituations")),
                                "juvenileSituations")
    assert all("\u4e00" <= situations.item(i).text()[0] <= "\u9fff"
               for i in range(situations.count()))


def test_illegality_found_during_review_opens_a_linked_supervision_matter(main_window):
    request_id, review_id = ids(main_window, ADULT_CASE)
    _dialog, ws = open_detail(main_window, ADULT_CASE)
    ws.decision.buttons["supervision"].click()
    form = ws.last_dialog
    assert form.widgets["source"].currentData() == "arrest_review"
    assert form.widgets["request_id"].currentData() == request_id
    assert form.widgets["person_id"].currentText() == "张伟"
    assert form.value("police_case_no") == ADULT_CASE
    form.set_value("summary", "讯问未全程同步录音录像")
    form.submit()
    assert not form.isVisible(), form.general.text()
    row = main_window.opened.office.reader.execute(
        "SELECT m.source, m.request_id, p.name FROM supervision_matters m "
        "JOIN persons p ON p.id = m.person_id").fetchone()
    assert tuple(row) == ("arrest_review", request_id, "张伟")
