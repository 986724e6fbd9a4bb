"""The audit page (审计日志) on a real database: the whole chain newest first, filters, keyset
paging, masked ID numbers, the chain's state checked in a worker (intact / first broken
link), and a row opening its record's history."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.services import audit_queries, sensitive_reads
from desktop.ui.audit_page import AuditPage, RecordHistoryDialog
from desktop.ui.models.audit_table_model import COL_ACTION, COL_DETAIL, COL_ID, COL_RECORD


@pytest.fixture
def page(main_window, qtbot):
    dialog = main_window.show_audit_page()
    qtbot.addWidget(dialog)
    return dialog


def cell(page, row, column):
    return page.model.data(page.model.index(row, column))


def ids(page):
    return [int(cell(page, r, COL_ID)) for r in range(page.model.rowCount())]


def test_the_menu_action_opens_the_page_and_the_sidebar_keeps_its_shortcuts(main_window):
    a = main_window.actions
    assert a.audit_log.shortcut().toString() == "Ctrl+Shift+L"
    assert a.audit_log in main_window.view_menu.actions()
    assert [a.go_dashboard.shortcut().toString(), a.go_settings.shortcut().toString()] == [
        "Ctrl+1", "Ctrl+9"]
    a.audit_log.trigger()
    assert any(isinstance(d, AuditPage) for d in main_window.open_dialogs())


def test_lists_the_whole_chain_newest_first(page, opened):
    total = opened.office.reader.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    shown = ids(page)
    assert shown == sorted(shown, reverse=True)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == total
    assert ids(page)[-1] == 1


def test_keyset_paging_over_many_entries(page, opened):
    with opened.office.transaction("read_audit") as session:
        for n in range(450):
            sensitive_reads.record_in(session, "read", "arrest_requests", f"r{n}", {"n": n})
    page.apply_filter()
    assert page.model.rowCount() == 200 and page.model.has_more
    assert "(more as you scroll)" in page.count_label.text()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    assert len(set(ids(page))) == 400  # no entry twice across pages


def test_filters_by_action_user_record_kind_text_and_dates(page, opened):
    page.action_combo.setCurrentIndex(page.action_combo.findData("insert"))
    assert page.model.rowCount() > 0
    assert {cell(page, r, COL_ACTION) for r in range(page.model.rowCount())} == {"Created"}
    page.table_combo.setCurrentIndex(page.table_combo.findData("persons"))
    persons = opened.office.reader.execute("SELECT count(*) FROM persons").fetchone()[0]
    assert page.model.rowCount() == persons
    page.user_combo.setCurrentIndex(page.user_combo.findData("nobody-such")
                                    if page.user_combo.findData("nobody-such") >= 0 else 0)
    page.table_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(0)
    page.to_check.setChecked(True)
    page.to_edit.setDate(QDate(2000, 1, 1))
    assert page.model.rowCount() == 0
    page.to_check.setChecked(False)
    page.from_check.setChecked(True)
    page.from_edit.setDate(QDate(2000, 1, 1))
    assert page.model.rowCount() > 0
    page.from_check.setChecked(False)


def test_id_numbers_are_masked_and_a_full_number_still_finds_its_entries(page, opened):
    number = opened.office.reader.execute(
        "SELECT id_number FROM persons WHERE name = '张伟'").fetchone()[0]
    page.text_edit.setText(number)
    page.apply_filter()
    assert page.model.rowCount() >= 1
    shown = " ".join(cell(page, r, COL_DETAIL) for r in range(page.model.rowCount()))
    tips = " ".join(page.model.data(page.model.index(r, COL_DETAIL), Qt.ItemDataRole.ToolTipRole)
                    for r in range(page.model.rowCount()))
    assert number not in shown and number not in tips
    masked = number[:6] + "********" + number[-4:]
    assert masked in shown and masked in tips


def test_the_chain_check_reports_intact_then_the_first_broken_link(page, opened):
    state = page.check_chain()
    assert state.intact and state.entries == state.total
    assert "intact" in page.chain_label.text()
    conn = sqlite3.connect(opened.office.db.path)
    conn.execute("UPDATE audit_log SET user_name = 'forger' WHERE id = 3")
    conn.commit()
    conn.close()
    page.apply_filter()
    state = page.check_chain()
    assert state.fault.entry_id == 3 and state.fault.code == "hash"
    assert "entry 3" in page.chain_label.text() and "altered" in page.chain_label.text()
    assert page.selected_entry().id == 3  # the broken link is selected


def test_a_row_opens_its_records_history_and_the_request(page, opened, qtbot):
    page.table_combo.setCurrentIndex(page.table_combo.findData("arrest_requests"))
    page.view.selectRow(0)
    dialog = page.open_history()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RecordHistoryDialog)
    row_id = cell(page, 0, COL_RECORD)
    assert dialog.audit.entry_count() == len(audit_queries.record_history(
        opened.office.reader, row_id))
    assert dialog.request_id == row_id and dialog.open_button.isVisibleTo(dialog)
    with qtbot.waitSignal(page._context.open_record) as blocker:
        dialog.open_button.click()
    assert blocker.args == ["arrest_review", row_id]


def test_date_range_becomes_an_id_range(opened):
    conn = opened.office.reader
    f = audit_queries.AuditFilter(date_from=date(2000, 1, 1), date_to=date(2999, 1, 1))
    assert len(audit_queries.page_ids(conn, f, limit=10_000)) == conn.execute(
        "SELECT count(*) FROM audit_log").fetchone()[0]
    assert audit_queries.page_ids(conn, audit_queries.AuditFilter(
        date_from=date(2999, 1, 1))) == []


def test_in_chinese(page, chinese):
    page.retranslateUi()
    assert page.windowTitle() == "审计日志"
    assert page.model.headerData(COL_ACTION, Qt.Orientation.Horizontal) != "Action"


def test_a_persons_history_from_the_page_masks_the_id_number(page, opened, qtbot):
    number, person = opened.office.reader.execute(
        "SELECT id_number, id FROM persons WHERE name = '张伟'").fetchone()
    dialog = RecordHistoryDialog(page._context, "persons", person, page)
    qtbot.addWidget(dialog)
    cells = " ".join(dialog.audit.item(r, 4).text() for r in range(dialog.audit.rowCount()))
    assert number not in cells and number[:6] + "********" + number[-4:] in cells


def test_escape_closes_the_page(main_window, qtbot):
    from PySide6.QtTest import QTest

    page = AuditPage(main_window.context, main_window)
    qtbot.addWidget(page)
    page.show()
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.isVisible()


def test_the_chain_walk_stops_when_asked_and_says_so(opened, monkeypatch):
    from desktop.store import audit

    monkeypatch.setattr(audit, "PROGRESS_EVERY", 2)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 4

    state = audit_queries.chain_state(opened.office.db.path, progress)
    assert not state.finished and not state.intact and state.entries == 4
    assert seen[-1] == (4, state.total)
    full = audit_queries.chain_state(opened.office.db.path)
    assert full.intact and full.entries == full.total
