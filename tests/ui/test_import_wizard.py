"""The import wizard (issue 9) through pytest-qt on a real database and real .xlsx files
written by openpyxl: a messy register walked page by page (a column the guess missed mapped in
its combo box, a bad ID number fixed in place, an unknown charge skipped), the report's figures
and the register's rows; a second run changes nothing; Cancel mid-import leaves nothing; a
police export becomes drafts, one confirmed through the registration form, one discarded."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.services.import_files import id_number, write_messy_register
from tests.ui.sample_data import TODAY

FIXED_ID = id_number("32010119921111004")
TABLES = ("arrest_requests", "arrest_reviews", "persons", "audit_log", "outbox")


def counts(office):
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def office(opened):
    return opened.office


@pytest.fixture
def messy_file(tmp_path):
    """The messy register of the service tests with the ID column headed 证照号码, a name
    the guess does not know: the officer maps it by hand."""
    path = write_messy_register(tmp_path / "登记表.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["2026年登记"]["D2"] = "证照号码"
    wb.save(path)
    return path


def make_wizard(office, qtbot, **kw):
    from desktop.ui.import_wizard import ImportWizard

    wizard = ImportWizard(office, today=TODAY, **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def load(wizard, qtbot, path):
    wizard.file_page.load(str(path), new_file=True)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10000)


def go_next(wizard, qtbot):
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    wizard.next()
    assert wizard.currentPage() is not page


def checked(wizard, qtbot):
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    return {c.row_number: c for c in wizard.checks}


def map_ids(wizard):
    page = wizard.mapping_page
    combo = page.combos[wizard.table.headers.index("证照号码")]
    assert combo.currentData() is None  # not guessed
    combo.setCurrentIndex(combo.findData("id_number"))
    assert wizard.mapping.columns[3] == "id_number"


def problem_line(wizard, row_number):
    return wizard.check_page.problem_rows.index(row_number)


def fix_and_skip(wizard, qtbot, becomes="new"):
    from desktop.ui.import_check_page import COL_VALUE

    page = wizard.check_page
    rows = checked(wizard, qtbot)
    assert rows[7].reasons[0].code == "id_number.check_digit"
    assert rows[8].reasons[0].code == "charge.unknown"
    # the bad ID number corrected in its cell: checked again, the row becomes new
    page.problems.item(problem_line(wizard, 7), COL_VALUE).setText(FIXED_ID)
    rows = checked(wizard, qtbot)
    assert rows[7].status == becomes and rows[7].values["id_number"] == FIXED_ID
    # the unknown charge offers suggestions; the officer skips the row instead
    suggestion = page.problems.cellWidget(problem_line(wizard, 8), 4)
    assert any("诈骗" in suggestion.itemText(i) for i in range(suggestion.count()))
    page.problems.cellWidget(problem_line(wizard, 8), 5).setChecked(True)
    rows = checked(wizard, qtbot)
    assert wizard.skip == {8}


def test_a_messy_register_walked_through_the_wizard(office, qtbot, messy_file, english,
                                                    tmp_path):
    before = counts(office)
    wizard = make_wizard(office, qtbot)
    imported = []
    wizard.imported.connect(lambda: imported.append(True))
    load(wizard, qtbot, messy_file)
    assert wizard.file_page.sheet_combo.currentText() == "2026年登记"
    assert "7 data row" in wizard.file_page.status_label.text()
    go_next(wizard, qtbot)
    assert not wizard.mapping_page.isComplete() or "id_number" not in \
        wizard.mapping.columns.values()
    assert wizard.mapping_page.table.item(1, 2).text() == "王小明"  # the first rows are shown
    map_ids(wizard)
    go_next(wizard, qtbot)
    fix_and_skip(wizard, qtbot)
    page = wizard.check_page
    assert "5 new" in page.counts_label.text() and "1 refused" in page.counts_label.text()
    assert page.preview.rowCount() == 5
    assert page.preview.item(0, 0).text() == "new"
    assert counts(office) == before  # the check page is the dry run
    go_next(wizard, qtbot)  # the import runs in the worker and moves on to the report
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=30000)
    report = wizard.report
    assert report.new == [4, 5, 7, 10, 11] and report.skipped == [8]
    assert [n for n, _ in report.refused] == [9]
    figures = wizard.report_page.figures.text()
    assert "New: 5" in figures and "Refused: 1" in figures and "Skipped: 1" in figures
    assert wizard.report_page.refused.item(0, 0).text() == "9"
    assert "Enter the suspect's name" in wizard.report_page.refused.item(0, 1).text() or \
        "Required" in wizard.report_page.refused.item(0, 1).text()
    assert imported == [True]
    after = counts(office)
    assert after["arrest_requests"] - before["arrest_requests"] == 4
    assert after["arrest_reviews"] - before["arrest_reviews"] == 5
    rows = office.reader.execute(
        "SELECT p.name, p.id_number FROM arrest_reviews r JOIN arrest_requests q ON "
        "q.id = r.request_id JOIN persons p ON p.id = r.person_id WHERE q.police_case_no = "
        "'A2026003'").fetchall()
    assert [tuple(r) for r in rows] == [("赵五", FIXED_ID)]
    saved = wizard.report_page.save_report(str(tmp_path / "report.csv"))
    with open(saved, encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    assert ["New", "5"] in lines and lines[-1][0] == "9"

    # a second run of the same file with the same corrections: nothing new
    second = make_wizard(office, qtbot)
    load(second, qtbot, messy_file)
    go_next(second, qtbot)
    map_ids(second)
    go_next(second, qtbot)
    fix_and_skip(second, qtbot, becomes="unchanged")
    assert "0 new" in second.check_page.counts_label.text()
    go_next(second, qtbot)
    qtbot.waitUntil(lambda: second.currentPage() is second.report_page, timeout=30000)
    assert second.report.new == [] and second.report.unchanged == [4, 5, 7, 10, 11]
    assert counts(office) == after


def test_a_saved_mapping_is_offered_for_the_next_file(office, qtbot, messy_file, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    wizard = make_wizard(office, qtbot)
    load(wizard, qtbot, messy_file)
    go_next(wizard, qtbot)
    map_ids(wizard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("青山县登记表", True))
    wizard.mapping_page.save_mapping()
    again = make_wizard(office, qtbot)
    combo = again.file_page.mapping_combo
    assert combo.findData("青山县登记表") > 0
    combo.setCurrentIndex(combo.findData("青山县登记表"))
    load(again, qtbot, messy_file)
    assert again.mapping.columns[3] == "id_number"  # the hand-made choice came back


def many_rows_file(path, count):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "罪名", "公安机关", "刑事拘留日期"])
    for i in range(count):
        number = id_number(f"320101198001{i % 28 + 1:02d}{i % 1000:03d}")
        ws.append([f"B2026{i:05d}", f"嫌疑人{i}", number, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"])
    wb.save(path)
    return path


def test_cancel_mid_import_leaves_nothing(office, qtbot, tmp_path, english):
    path = many_rows_file(tmp_path / "big.xlsx", 1200)
    before = counts(office)
    wizard = make_wizard(office, qtbot)
    load(wizard, qtbot, path)
    go_next(wizard, qtbot)
    go_next(wizard, qtbot)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    assert "1200 new" in wizard.check_page.counts_label.text()
    seen = []

    def progressed(done, total):  # Cancel pressed once the writing has begun
        seen.append(done)
        if wizard.run_page.cancel_button.isEnabled():
            wizard.run_page.cancel_button.click()

    wizard.job.progressed.connect(progressed)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=30000)
    assert seen and seen[0] < 1200
    assert wizard.report.cancelled
    assert "nothing was imported" in wizard.report_page.figures.text()
    assert counts(office) == before


def test_closing_the_wizard_mid_import_takes_everything_back(office, qtbot, tmp_path):
    from desktop.ui.pyside_workarounds import collect_in_gui_thread

    path = many_rows_file(tmp_path / "big.xlsx", 1200)
    before = counts(office)
    wizard = make_wizard(office, qtbot)
    load(wizard, qtbot, path)
    go_next(wizard, qtbot)
    go_next(wizard, qtbot)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    collector = collect_in_gui_thread()
    wizard.next()
    # while the worker writes, the GUI thread's collector keeps to the young generations
    assert wizard.job.running() and collector.keeps_to_young()
    with qtbot.waitSignal(wizard.job.progressed, timeout=20000):
        pass
    wizard.reject()  # the wizard's own Cancel: the job is cancelled and waited for
    assert not wizard.job.running() or wizard.job.cancelled()
    assert not collector.keeps_to_young()
    assert counts(office) == before


def test_the_actions_follow_the_users_permissions(main_window):
    actions = main_window.actions
    assert actions.import_register.isEnabled() and actions.import_police.isEnabled()
    assert actions.import_register in main_window.file_menu.actions()
    assert actions.import_register.shortcut().toString() == "Ctrl+Shift+I"


def write_police_export(path):
    from tests.services.import_files import GOOD_ID, OTHER_ID, WRONG_ID

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "犯罪嫌疑人姓名", "公民身份号码", "案件编号", "提请批准逮捕书文号", "涉嫌罪名",
               "提请单位", "提请日期", "刑事拘留日期", "强制措施", "简要案情", "数据推送时间"])
    ws.append([1, "王小明", GOOD_ID, "P2026001", "青公提捕字〔2026〕31号", "盗窃罪",
               "青山县公安局", "2026-11-20", "2026-11-18", "刑事拘留", "入户盗窃", "2026-11-20 09:00"])
    ws.append([2, "李四", OTHER_ID, "P2026002", "青公提捕字〔2026〕32号", "诈骗罪",
               "青山县公安局", "2026-11-21", "2026-11-19", "刑事拘留", "", "2026-11-21 09:00"])
    ws.append([3, "赵五", WRONG_ID, "P2026003", "青公提捕字〔2026〕33号", "盗窃罪",
               "青山县公安局", "2026-11-21", "2026-11-19", "刑事拘留", "", "2026-11-21 09:00"])
    wb.save(path)
    return path


def test_a_police_export_becomes_drafts_confirmed_or_discarded_one_by_one(
        main_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.register_import_mappings import POLICE_DEFAULT
    from desktop.ui.import_drafts import DraftsDialog, draft_form

    office = main_window.context.office
    before = counts(office)
    wizard = main_window.show_import_wizard(police=True)
    assert wizard.file_page.mapping_combo.currentData() == POLICE_DEFAULT
    assert not wizard.file_page.kind_combo.isEnabled()
    load(wizard, qtbot, write_police_export(tmp_path / "公安推送.xlsx"))
    go_next(wizard, qtbot)
    assert wizard.mapping.columns[1] == "suspect_name"  # the saved police mapping
    go_next(wizard, qtbot)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    assert wizard.check_page.counts_label.text().startswith("3 row")
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=30000)
    assert "Drafts created: 3" in wizard.report_page.figures.text()
    assert counts(office)["arrest_requests"] == before["arrest_requests"]  # drafts only
    wizard.accept()

    main_window.show_page(1)
    button = main_window.arrest_list.drafts_button
    qtbot.waitUntil(button.isVisible)
    assert "(3)" in button.text()
    drafts = DraftsDialog(office, main_window, today=TODAY)
    qtbot.addWidget(drafts)
    assert drafts.table.rowCount() == 3 and drafts.table.item(0, 2).text() == "王小明"

    # the third draft has a wrong ID number: the form says so at the field; corrected, saved
    form = draft_form(office, drafts.drafts[2], drafts, today=TODAY)
    qtbot.addWidget(form)
    assert form.case_no_edit.text() == "P2026003" and form.rows[0].name_edit.text() == "赵五"
    assert form.charge_picker.codes() and form.rows[0].detained_check.isChecked()
    form.save()
    assert form.request_id is None and form.rows[0].id_box.has_error()
    form.rows[0].id_edit.setText(FIXED_ID)
    # a second charge whose name holds 、: handed to confirm_draft by name, matched whole
    from desktop.services.arrest_queries import charges

    second = next(code for code, name, _ in charges(office.reader)
                  if name == "掩饰、隐瞒犯罪所得、犯罪所得收益罪")
    form.charge_picker.add_code(second)
    form.save()
    assert form.request_id is not None and form.result() == QDialog.DialogCode.Accepted
    stored = office.reader.execute("SELECT charge_codes FROM arrest_requests WHERE id = ?",
                                   (form.request_id,)).fetchone()[0]
    assert set(stored.split(",")) == {*form.charge_picker.codes()} and second in stored
    row = office.reader.execute(
        "SELECT p.name, p.id_number, q.request_no FROM arrest_reviews r JOIN arrest_requests q "
        "ON q.id = r.request_id JOIN persons p ON p.id = r.person_id WHERE q.id = ?",
        (form.request_id,)).fetchone()
    assert tuple(row) == ("赵五", FIXED_ID, "青公提捕字〔2026〕33号")

    # the first draft discarded: nothing registered from it
    drafts.reload()
    assert drafts.table.rowCount() == 2
    drafts.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    drafts.discard_current()
    assert drafts.table.rowCount() == 1 and drafts.table.item(0, 2).text() == "李四"
    after = counts(office)
    assert after["arrest_requests"] == before["arrest_requests"] + 1
    main_window.context.notify_changed()
    assert "(1)" in button.text()


def test_the_import_is_not_offered_to_a_user_who_may_not_register(main_window, monkeypatch):
    from desktop.domain import permissions

    office = main_window.context.office
    registering = (permissions.REGISTER_REQUEST, permissions.SUPERVISION, permissions.PETITIONS)
    monkeypatch.setattr(type(office), "may", lambda self, action: action not in registering)
    main_window._show_lock_actions()
    assert not main_window.actions.import_register.isEnabled()
    assert not main_window.actions.import_police.isEnabled()
    monkeypatch.undo()
    main_window._show_lock_actions()
    assert main_window.actions.import_register.isEnabled()


def test_an_upper_office_does_not_import_into_its_units_registers(main_window, monkeypatch):
    from desktop.services import upper_queries

    monkeypatch.setattr(upper_queries, "is_upper_office", lambda conn: True)
    main_window._show_lock_actions()
    assert not main_window.actions.import_register.isEnabled()
    assert not main_window.actions.import_police.isEnabled()


def test_a_file_without_a_header_is_said_so_and_a_gb18030_csv_is_read(office, qtbot,
                                                                      tmp_path, english):
    from tests.services.import_files import write_csv

    wizard = make_wizard(office, qtbot)
    text = tmp_path / "notes.txt"
    text.write_text("nothing here", encoding="utf-8")
    wizard.file_page.load(str(text), new_file=True)
    qtbot.waitUntil(lambda: not wizard.job.running() and
                    "Reading" not in wizard.file_page.status_label.text())
    assert "No header row was found" in wizard.file_page.status_label.text()
    assert not wizard.file_page.isComplete()
    path = write_csv(tmp_path / "登记.csv", ["案件编号", "犯罪嫌疑人", "受理日期", "罪名", "公安机关"],
                     [["C2026001", "王小明", "2026年10月9日", "盗窃罪", "青山县公安局"]], "gb18030")
    load(wizard, qtbot, path)
    assert "Encoding: GB18030" in wizard.file_page.status_label.text()
    assert wizard.file_page.encoding_combo.isEnabled()  # a CSV: the encoding may be chosen
    assert wizard.mapping.columns == {0: "police_case_no", 1: "suspect_name",
                                      2: "received_date", 3: "charges", 4: "police_agency"}
