"""The statistics page on real databases: the same figures as services.statistics, a period
switch recomputes, a double-click lists the records behind a figure, the upper office shows one
column per unit with its freshness, and the page in Chinese."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.indicators import BY_KEY, Period
from desktop.services import statistics
from desktop.ui.statistics_page import figure_text
from tests.conftest import TODAY
from tests.upper_office import UNITS, _upper_world_files, upper_world  # noqa: F401

CHECKED = ("arrest.received_cases", "arrest.received_persons", "arrest.non_arrest_rate",
           "supervision.notices_issued", "petitions.received")


def settle(qtbot, page):
    """The figures are computed in a thread: wait for the newest result on the page."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    assert page.figures_shown() and not page.busy_label.text()


@pytest.fixture
def page(main_window, qtbot):
    from desktop.ui.main_window import PAGE_STATISTICS

    main_window.show_page(PAGE_STATISTICS)
    assert main_window.current_page() == PAGE_STATISTICS
    assert main_window.statistics_page.is_busy()  # computed off the GUI thread
    settle(qtbot, main_window.statistics_page)
    return main_window.statistics_page


def _expected(conn, period, key, unit=None):
    report = statistics.indicators(conn, period, unit_code=unit, today=TODAY)
    return figure_text(BY_KEY[key], report.figures[key])


def test_page_shows_the_service_figures_for_the_year_and_recomputes_on_a_switch(page, qtbot):
    conn = page.context.reader
    month = Period.month(TODAY.year, TODAY.month)
    assert page.period() == month
    for key in CHECKED:
        assert page.cell_of(key).text() == _expected(conn, month, key)
    page.kind.setCurrentIndex(page.kind.findData("year"))
    settle(qtbot, page)
    year = Period.year(TODAY.year)
    assert page.period() == year
    assert int(page.cell_of("arrest.received_cases").text()) > 0
    for key in CHECKED:
        assert page.cell_of(key).text() == _expected(conn, year, key)
    assert page.period_label.text() == year.label
    # a rate shows numerator and denominator
    assert "/" in page.cell_of("arrest.non_arrest_rate").text()
    # custom dates
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    page.first.setDate(date(TODAY.year, 1, 1))
    page.last.setDate(date(TODAY.year, 6, 30))
    settle(qtbot, page)
    custom = Period.custom(date(TODAY.year, 1, 1), date(TODAY.year, 6, 30))
    assert page.period() == custom
    assert page.cell_of("arrest.received_persons").text() == \
        _expected(conn, custom, "arrest.received_persons")


def test_definition_is_the_tooltip_and_the_side_panel(page):
    item = page.cell_of("arrest.non_arrest_rate")
    assert item.toolTip() == BY_KEY["arrest.non_arrest_rate"].definition
    page.table.setCurrentCell(item.row(), 0)
    assert BY_KEY["arrest.non_arrest_rate"].definition in page.definition.toPlainText()
    assert "Denominator" in page.definition.toPlainText()


def test_double_click_lists_the_records_behind_a_figure_and_opens_one(page, qtbot):
    page.kind.setCurrentIndex(page.kind.findData("year"))
    settle(qtbot, page)
    item = page.cell_of("arrest.received_cases")
    dialog = page.show_records(item.row(), item.column())
    ids = statistics.records_behind(page.context.reader, page.period(), "arrest.received_cases",
                                    today=TODAY)
    assert ids and dialog.list.count() == len(ids)
    first = dialog.list.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == ("arrest_review", ids[0])
    opened = []
    page.context.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    dialog.open_item(first)
    assert opened == [("arrest_review", ids[0])]
    dialog.close()


def test_workload_and_trends_tabs(page, qtbot):
    page.kind.setCurrentIndex(page.kind.findData("year"))
    settle(qtbot, page)
    assert page.workload.rowCount() > 0
    assert page.load.rowCount() > 0
    page.tabs.setCurrentIndex(1)
    settle(qtbot, page)
    charts = page._charts
    assert charts is not None and len(charts.views) == 4
    nov = statistics.indicators(page.context.reader, Period.month(TODAY.year, TODAY.month),
                                today=TODAY)
    assert charts.values["arrest.received_persons"][-1] == nov.value("arrest.received_persons")


def test_page_in_chinese(page, chinese):
    assert page.tabs.tabText(0) == "指标"
    assert page.table.item(page.cell_of("arrest.received_cases").row(), 0).text() == \
        "受理审查逮捕（件）"


def test_upper_office_has_a_column_per_unit_and_their_freshness(upper_world, qtbot, english):
    from desktop.ui.context import AppContext
    from desktop.ui.statistics_page import StatisticsPage

    import sqlite3
    from datetime import datetime, timedelta, timezone

    # the page's day is the context's (TODAY), not the computer's clock: the first unit's
    # last package 7 days before it is fresh, the second's 8 days before is stale
    at_noon = datetime.combine(TODAY, datetime.min.time()).replace(hour=12).astimezone(
        timezone.utc).replace(tzinfo=None)
    silent = UNITS[1][0]
    with sqlite3.connect(upper_world.upper_path) as raw:
        for code, days in ((UNITS[0][0], 7), (silent, 8)):
            raw.execute("UPDATE sync_watermarks SET last_received_at = ? WHERE peer_unit = ?",
                        ((at_noon - timedelta(days=days)).isoformat(" "), code))
    office = upper_world.open_upper()
    try:
        context = AppContext(office, clock=lambda: TODAY)
        page = StatisticsPage(context)
        qtbot.addWidget(page)
        page.kind.setCurrentIndex(page.kind.findData("year"))
        settle(qtbot, page)
        assert [u.unit_code for u in page.units] == [code for code, _, _ in UNITS]
        headers = [page.table.horizontalHeaderItem(c).text()
                   for c in range(page.table.columnCount())]
        assert headers[2].startswith(UNITS[0][1]) and headers[3].startswith(UNITS[1][1])
        assert headers[4] == "Total"
        assert "last package received" in page.table.horizontalHeaderItem(2).toolTip()
        assert "stale" not in headers[2] and "stale" in headers[3]
        assert "over 7 days" in page.table.horizontalHeaderItem(3).toolTip()
        year = Period.year(TODAY.year)
        key = "arrest.received_persons"
        per_unit = [int(page.cell_of(key, code).text()) for code, _, _ in UNITS]
        assert per_unit == [statistics.indicators(office.reader, year, unit_code=code,
                                                  today=TODAY).value(key)
                            for code, _, _ in UNITS]
        assert int(page.cell_of(key).text()) == sum(per_unit) > 0
        item = page.cell_of(key, UNITS[1][0])
        dialog = page.show_records(item.row(), item.column())
        assert dialog.list.count() == len(statistics.records_behind(
            office.reader, year, key, unit_code=UNITS[1][0], today=TODAY))
        dialog.close()
    finally:
        office.close()


def test_every_counted_record_of_the_year_opens_as_a_known_kind(page):
    """records_behind gives ids of several tables; each resolves to a record the window opens
    (the omitted-suspect demands excepted: no page shows them on their own)."""
    from desktop.domain.indicators import INDICATORS
    from desktop.services.statistics_records import resolve

    conn, year = page.context.reader, Period.year(TODAY.year)
    seen = 0
    for ind in INDICATORS:
        if ind.key.startswith("arrest.omitted"):
            continue
        for record_id in statistics.records_behind(conn, year, ind.key, today=TODAY):
            found = resolve(conn, record_id)
            assert found is not None, (ind.key, record_id)
            assert found[0] in {"arrest_review", "custody_review", "supervision", "petition"}
            seen += 1
    assert seen > 0


def test_sidebar_row_and_shortcut_keep_settings_on_ctrl_9(main_window, qtbot):
    from desktop.ui.main_window import PAGE_SETTINGS, PAGE_STATISTICS

    assert PAGE_STATISTICS == PAGE_SETTINGS - 1  # the row before Settings
    assert main_window.sidebar.item(PAGE_STATISTICS).text() == "Statistics"
    qtbot.keyClick(main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_STATISTICS
    assert main_window.actions.go_statistics.isChecked()
    qtbot.keyClick(main_window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_SETTINGS
    settle(qtbot, main_window.statistics_page)


def test_the_periods_report_is_exported_as_a_workbook_and_a_pdf(page, tmp_path):
    import subprocess

    from openpyxl import load_workbook

    written = page.export_report(str(tmp_path / "report.xlsx"))
    assert written == tmp_path / "report.xlsx" and str(written) in page.busy_label.text()
    sheet = load_workbook(written)["指标"]
    period = page.period()
    assert str(period.start.year) in str(sheet["A1"].value) + str(sheet["A2"].value)
    received = BY_KEY["arrest.received_cases"]
    rows = {row[0].value: row[1].value for row in sheet.iter_rows() if row[0].value}
    report = statistics.indicators(page.context.reader, period, today=TODAY)
    assert rows[received.name_zh] == report.figures["arrest.received_cases"].value
    pdf = page.export_report(str(tmp_path / "report.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "统计报表" in text
    assert not list(tmp_path.glob("*.part"))
