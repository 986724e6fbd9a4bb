"""The dashboard's three sections, and the detail view they open: deadline, legal basis,
holiday extension, calendar warning, audit history."""
from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.arrest_review import LIMIT_DETAINED, LIMIT_NOT_DETAINED
from desktop.domain.deadlines import DueState
from desktop.ui.dashboard import COL_DUE, COL_LEFT, COL_TITLE
from desktop.ui.request_detail import RequestDetailDialog, missing_calendar_years


def test_sections_hold_overdue_today_and_soon_with_counts(main_window):
    dashboard = main_window.dashboard
    assert dashboard.counts() == {DueState.OVERDUE: 1, DueState.DUE_TODAY: 1,
                                  DueState.DUE_SOON: 1}
    assert dashboard.section_item(DueState.OVERDUE).text(0) == "Overdue (1)"
    assert dashboard.section_item(DueState.DUE_TODAY).text(0) == "Due today (1)"
    assert dashboard.section_item(DueState.DUE_SOON).text(0) == "Due within 3 days (1)"
    overdue = dashboard.first_record_item(DueState.OVERDUE)
    assert overdue.text(COL_TITLE).startswith("A3201012026110001")
    assert "张伟" in overdue.text(COL_TITLE)
    assert overdue.text(COL_DUE) == "2026-11-21"
    assert overdue.text(COL_LEFT) == "Overdue by 2 days"
    soon = dashboard.first_record_item(DueState.DUE_SOON)
    assert soon.text(COL_LEFT) == "2 days left" and "王小红" in soon.text(COL_TITLE)
    assert "2026-11-23" in dashboard.summary.text()


def test_enter_on_the_overdue_item_opens_its_detail_with_the_legal_basis(main_window, qtbot):
    tree = main_window.dashboard.tree
    item = main_window.dashboard.first_record_item(DueState.OVERDUE)
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    dialogs = main_window.open_dialogs()
    assert len(dialogs) == 1
    detail = dialogs[0]
    assert isinstance(detail, RequestDetailDialog)
    text = detail.case_text()
    assert "A3201012026110001" in text and "张伟" in text
    assert "2026-11-21" in text and "Overdue by 2 days" in text
    assert LIMIT_DETAINED.basis_en in text
    assert "Detained since 2026-11-14" in text
    assert "carried over" not in text  # a custody period is never extended
    assert "No holiday data" not in text


def test_double_click_opens_too(main_window, qtbot):
    tree = main_window.dashboard.tree
    item = main_window.dashboard.first_record_item(DueState.DUE_TODAY)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [d.detail.police_case_no for d in main_window.open_dialogs()] == ["A3201012026110002"]


def open_case(main_window, case_no):
    row = main_window.opened.office.reader.execute(
        "SELECT id FROM arrest_requests WHERE police_case_no = ?", (case_no,)).fetchone()
    return main_window.open_record("arrest_review", row[0])


def test_detail_shows_each_suspect_and_the_holiday_extension(main_window):
    detail = open_case(main_window, "B3201012026110005")
    text = detail.case_text()
    assert "Suspect 1: 陈晨" in text and "Suspect 2: 刘洋洋" in text
    assert text.count(LIMIT_NOT_DETAINED.basis_en) == 2
    assert "15 days from receipt of the request" in text
    assert "2026-12-07" in text
    assert "2026-12-05, is a holiday; the limit is carried over" in text
    assert "Not detained" in text


def test_detail_in_chinese_shows_the_chinese_basis(main_window, qtbot, chinese):
    detail = open_case(main_window, "A3201012026110004")
    text = detail.case_text()
    assert LIMIT_DETAINED.basis in text
    assert "赵小六（未）" in text and "犯罪时未成年" in text
    assert "《刑法》第264条" in text  # 盗窃罪


def test_audit_history_lists_who_did_what(main_window):
    detail = open_case(main_window, "A3201012026110001")
    audit = detail.audit
    assert audit.rowCount() == audit.entry_count() == 3  # request, person, review
    actions = {audit.item(r, 2).text() for r in range(audit.rowCount())}
    records = {audit.item(r, 3).text() for r in range(audit.rowCount())}
    assert actions == {"Created"}
    assert records == {"Request", "Suspect", "Review of a suspect"}
    assert all(audit.item(r, 1).text() == "officer1" for r in range(audit.rowCount()))
    changes = " ".join(audit.item(r, 4).text() for r in range(audit.rowCount()))
    assert "police case no.: A3201012026110001" in changes and "name: 张伟" in changes
    assert "01" not in audit.item(0, 0).text()[:2]  # a local date, not a raw ISO stamp
    assert len(audit.item(0, 0).text()) == 19
    assert detail.tabs.tabText(1) == "&History (3)"


def test_a_deadline_in_a_year_without_holiday_data_is_flagged(tmp_path, qtbot, english):
    from desktop.ui.context import AppContext
    from tests.ui.sample_data import Sample, Suspect, create_sample_office

    end_of_year = date(2026, 12, 28)
    sample = Sample("C3201012026120001", (Suspect("周末", date(1988, 1, 1), 61),), end_of_year,
                    False, "C0502", date(2027, 1, 12))
    office = create_sample_office(tmp_path / "x.sqlite3", (sample,), today=end_of_year)
    try:
        assert missing_calendar_years(end_of_year, date(2027, 1, 12)) == [2027]
        context = AppContext(office, clock=lambda: end_of_year)
        request_id = office.reader.execute("SELECT id FROM arrest_requests").fetchone()[0]
        dialog = RequestDetailDialog(context, request_id)
        qtbot.addWidget(dialog)
        assert "No holiday data for 2027" in dialog.case_text()
    finally:
        office.close()


def test_opening_a_juveniles_request_is_audited(main_window):
    """Sensitive reads (DOMAIN §9): the detail of A004 (赵小六, a juvenile) writes one "read"
    entry; an adult's (A001) none."""
    reader = main_window.context.reader

    def reads():
        return reader.execute("SELECT count(*) FROM audit_log WHERE action = 'read'"
                              ).fetchone()[0]

    open_case(main_window, "A3201012026110001")
    assert reads() == 0
    open_case(main_window, "A3201012026110004")
    assert reads() == 1
