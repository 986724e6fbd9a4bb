"""The arrest-review list: rows, due dates and colours, filters, search, sorting, opening."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.ui import labels
from desktop.ui.main_window import PAGE_LIST
from desktop.ui.models.arrest_table_model import (COL_CASE_NO, COL_CUSTODY, COL_DUE,
                                                  COL_STATUS, COL_SUSPECTS, REQUEST_ID_ROLE)
from tests.ui.sample_data import SAMPLES

FG, BG = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def page(main_window):
    main_window.show_page(PAGE_LIST)
    return main_window.arrest_list


def column(page, col):
    model = page.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def row_of(page, case_no):
    return column(page, COL_CASE_NO).index(case_no)


def test_lists_every_request_with_due_date_and_days_left(page):
    assert page.model.rowCount() == len(SAMPLES)
    assert page.count_label.text() == "5 requests"
    for sample in SAMPLES:
        row = row_of(page, sample.case_no)
        due = page.model.index(row, COL_DUE).data()
        assert due.startswith(sample.due.isoformat()), (sample.case_no, due)
    texts = {s.case_no: page.model.index(row_of(page, s.case_no), COL_DUE).data()
             for s in SAMPLES}
    assert texts["A3201012026110001"] == "2026-11-21 (Overdue by 2 days)"
    assert texts["A3201012026110002"] == "2026-11-23 (Due today)"
    assert texts["A3201012026110003"] == "2026-11-25 (2 days left)"
    assert texts["B3201012026110005"] == "2026-12-07 (14 days left)"


def test_due_cells_are_coloured_by_urgency(page):
    def colours(case_no):
        index = page.model.index(row_of(page, case_no), COL_DUE)
        fg, bg = index.data(FG), index.data(BG)
        return (fg.name() if fg else None, bg.name() if bg else None)

    red, orange, amber = colours("A3201012026110001"), colours("A3201012026110002"), \
        colours("A3201012026110003")
    assert red[0] == "#b71c1c" and orange[0] == "#c43e00" and amber[0] == "#8a5a00"
    assert len({red[1], orange[1], amber[1]}) == 3
    assert colours("A3201012026110004") == (None, None)  # 4 days left: plain
    # only the due column is coloured
    assert page.model.index(row_of(page, "A3201012026110001"), COL_CASE_NO).data(FG) is None


def test_juvenile_custody_and_status_cells(page):
    juvenile_row = row_of(page, "A3201012026110004")
    assert page.model.index(juvenile_row, COL_SUSPECTS).data() == "赵小六 (juvenile)"
    assert page.model.index(row_of(page, "B3201012026110005"), COL_SUSPECTS).data() == \
        "陈晨、刘洋洋"
    assert page.model.index(juvenile_row, COL_CUSTODY).data() == "Detained"
    assert page.model.index(row_of(page, "A3201012026110003"), COL_CUSTODY).data() == \
        "Not detained"
    assert set(column(page, COL_STATUS)) == {"Received"}


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_custody_status_officer_and_overdue_filters(page, main_window):
    choose(page.custody_combo, 0)
    assert sorted(column(page, COL_CASE_NO)) == ["A3201012026110003", "B3201012026110005"]
    assert page.count_label.text() == "2 requests"
    choose(page.custody_combo, 1)
    assert page.model.rowCount() == 3
    choose(page.custody_combo, "")
    page.overdue_check.setChecked(True)
    assert column(page, COL_CASE_NO) == ["A3201012026110001"]
    assert page.count_label.text() == "1 request"
    page.overdue_check.setChecked(False)
    choose(page.status_combo, "approved")
    assert page.model.rowCount() == 0
    choose(page.status_combo, "open")
    assert page.model.rowCount() == 5
    choose(page.officer_combo, main_window.opened.office.user_id)
    assert page.model.rowCount() == 5


def search(page, qtbot, text):
    page.search_edit.setText(text)
    qtbot.waitUntil(lambda: page.model.list_filter.search == text, timeout=2000)
    return column(page, COL_CASE_NO)


def test_search_waits_for_a_pause_in_typing(page, qtbot):
    page.search_edit.setText("张伟")
    assert page.model.list_filter.search == ""  # not yet: debounced
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)


def test_search_two_characters_substring_and_case_number(page, qtbot):
    assert search(page, qtbot, "张伟") == ["A3201012026110001"]
    assert search(page, qtbot, "洋洋") == ["B3201012026110005"]  # inside a 3-character name
    assert search(page, qtbot, "王小红") == ["A3201012026110003"]
    assert search(page, qtbot, "帮助信息网络") == ["B3201012026110005"]  # a charge
    assert search(page, qtbot, "2026110002") == ["A3201012026110002"]
    assert search(page, qtbot, "盗窃") == ["A3201012026110001", "A3201012026110004"]
    assert search(page, qtbot, "没有这个人") == []
    assert page.count_label.text() == "0 requests"
    assert sorted(search(page, qtbot, "")) == sorted(s.case_no for s in SAMPLES)


def test_sort_by_due_date_both_ways_and_other_columns(page, qtbot):
    header = page.view.horizontalHeader()
    due_order = [s.case_no for s in sorted(SAMPLES, key=lambda s: s.due)]
    assert column(page, COL_CASE_NO) == due_order
    header.sectionClicked.emit(COL_DUE)
    assert column(page, COL_CASE_NO) == list(reversed(due_order))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.sectionClicked.emit(COL_DUE)
    assert column(page, COL_CASE_NO) == due_order
    header.sectionClicked.emit(COL_CASE_NO)
    assert column(page, COL_CASE_NO) == sorted(s.case_no for s in SAMPLES)
    assert header.sortIndicatorSection() == COL_CASE_NO
    # a column SQL cannot sort: nothing moves, the indicator stays on the real order
    before = column(page, COL_CASE_NO)
    header.sectionClicked.emit(COL_SUSPECTS)
    assert column(page, COL_CASE_NO) == before
    assert header.sortIndicatorSection() == COL_CASE_NO


def test_enter_and_double_click_open_the_request(page, main_window, qtbot):
    row = row_of(page, "A3201012026110003")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialogs = main_window.open_dialogs()
    assert len(dialogs) == 1
    assert dialogs[0].detail.police_case_no == "A3201012026110003"
    assert dialogs[0].request_id == page.model.index(row, 0).data(REQUEST_ID_ROLE)


def test_rows_are_fetched_in_blocks_and_the_cache_is_dropped_on_refresh(page, monkeypatch):
    from desktop.services import arrest_queries
    from desktop.ui.models import arrest_table_model

    calls = []
    real = arrest_queries.fetch_rows
    monkeypatch.setattr(arrest_table_model.arrest_queries, "fetch_rows",
                        lambda conn, ids: calls.append(list(ids)) or real(conn, ids))
    page.refresh()
    for row in range(page.model.rowCount()):
        for col in range(8):
            page.model.index(row, col).data()
    assert len(calls) == 1 and len(calls[0]) == len(SAMPLES)
    page.refresh()
    page.model.index(0, 0).data()
    assert len(calls) == 2


def test_labels_days_left_texts(english):
    today = date(2026, 11, 23)
    assert labels.days_left_text(date(2026, 11, 24), today) == "1 day left"
    assert labels.days_left_text(date(2026, 11, 22), today) == "Overdue by 1 day"
    assert labels.days_left_text(None, today) == "Decided"
    assert labels.due_text(None, today) == ""


def test_ids_are_loaded_a_page_at_a_time_as_the_view_scrolls(qapp, tmp_path, qtbot):
    """With more requests than a page, the model loads one page, counts them all, and fetches
    the next page only when the view scrolls to the end."""
    from desktop.services.demo import create_demo
    from desktop.ui.models.arrest_table_model import BLOCK_SIZE, ArrestTableModel
    from PySide6.QtWidgets import QTableView

    office = create_demo(tmp_path / "many.sqlite3", cases=BLOCK_SIZE + 50, today=date(2026, 11, 23))
    model = ArrestTableModel(lambda: office.reader, lambda: date(2026, 11, 23))
    model.reload()
    assert model.total == BLOCK_SIZE + 50
    assert model.rowCount() == BLOCK_SIZE and model.canFetchMore()
    view = QTableView()
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == BLOCK_SIZE + 50)
    assert not model.canFetchMore()
    ids = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # pages join without repeats
    office.close()


def test_id_numbers_are_masked_in_the_list_and_a_full_number_still_finds_the_request(
        page, qtbot):
    from tests.ui.sample_data import id_number

    tip = Qt.ItemDataRole.ToolTipRole
    row = row_of(page, "B3201012026110005")
    text = page.model.index(row, COL_SUSPECTS).data(tip)
    first = id_number(date(1995, 12, 12), 41)
    second = id_number(date(1998, 6, 30), 52)
    assert text.splitlines() == [f"陈晨  {first[:6]}********{first[-4:]}",
                                 f"刘洋洋  {second[:6]}********{second[-4:]}"]
    juvenile = page.model.index(row_of(page, "A3201012026110004"), COL_SUSPECTS).data(tip)
    assert juvenile.startswith("赵小六 (juvenile)  320101********") and "audited" in juvenile
    everything = " ".join(str(page.model.index(r, c).data(role))
                          for r in range(page.model.rowCount())
                          for c in range(page.model.columnCount())
                          for role in (Qt.ItemDataRole.DisplayRole, tip))
    assert first not in everything and second not in everything
    assert search(page, qtbot, first) == ["B3201012026110005"]  # the search uses the whole
