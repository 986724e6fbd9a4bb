"""The statistics report files (services/stats_report) for the hand-built data set of
test_statistics: the workbook opened with openpyxl and checked cell by cell, the PDF read back
with pdftotext and pdffonts."""
from __future__ import annotations

import re
import subprocess

import pytest
from openpyxl import load_workbook

from desktop.domain.indicators import INDICATORS, Group
from desktop.services import stats_report as sr
from desktop.services import workload
from tests.services.test_review_workflow import people  # noqa: F401  (fixture)
from tests.conftest import TODAY as UPPER_TODAY
from tests.services.test_statistics import OCT, TODAY, data  # noqa: F401  (fixtures)
from tests.upper_office import UNITS, UPPER, _upper_world_files, upper_world  # noqa: F401


@pytest.fixture
def report(office, data):  # noqa: F811
    return sr.collect(office.reader, OCT, today=TODAY)


def _rows(ws) -> dict[str, int]:
    return {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}


def test_workbook_cell_by_cell(office, report, tmp_path):
    path = tmp_path / "report.xlsx"
    sr.write_xlsx(report, path)
    assert not (tmp_path / "report.xlsx.part").exists()
    book = load_workbook(path)
    assert book.sheetnames == ["指标", "工作量"]
    ws = book["指标"]
    assert ws["A1"].value == f"{office.unit_name}统计报表（2026年10月）"
    assert "A1:G1" in {str(m) for m in ws.merged_cells.ranges}
    assert "制表日期：2026年11月23日" in ws["A2"].value and "不捕率分母：审结人数" in ws["A2"].value
    assert [ws.cell(4, c).value for c in range(1, 8)] == [
        "指标", "数值", "其中未成年人", "单位", "分子", "分母", "口径说明"]
    assert ws.freeze_panes == "B5"
    assert ws.print_title_rows == "$1:$4"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["A"].width == 28 and ws.column_dimensions["G"].width == 70
    rows = _rows(ws)
    # each group: a header row merged across the table, followed by its indicators
    merged = {str(m) for m in ws.merged_cells.ranges}
    for group in Group:
        r = rows[group.value]
        assert f"A{r}:G{r}" in merged, group
    first = next(i for i in INDICATORS if i.group is Group.ARREST_REVIEW)
    assert rows[first.name_zh] == rows["审查逮捕"] + 1
    # title, subtitle, a blank row, the header; then every group and every indicator once
    assert ws.max_row == 4 + len(Group) + len(INDICATORS)
    assert len([r for r in rows if r]) == 3 + len(Group) + len(INDICATORS)

    def line(key):
        ind = next(i for i in INDICATORS if i.key == key)
        return [ws.cell(rows[ind.name_zh], c).value for c in range(1, 7)], rows[ind.name_zh]

    values, r = line("arrest.non_arrest_rate")
    assert values == ["不捕率", pytest.approx(0.667), None, "%", 2, 3]
    assert ws.cell(r, 2).number_format == "0.0%"
    assert ws.cell(r, 7).value.startswith("不批准逮捕人数 ÷ 分母人数")
    values, r = line("arrest.refused")
    assert values[1:4] == [2, 1, "人"] and ws.cell(r, 2).number_format == "#,##0"
    values, r = line("supervision.correction_rate")
    assert values[1] == pytest.approx(0.5) and values[4:] == [1, 2]
    assert ws.cell(r, 2).number_format == "0.0%"
    assert line("supervision.suggestion_rate")[0][1] == 0  # 0 %, not "nothing to divide by"
    values, r = line("petitions.to_higher_levels")  # not recorded: a dash, never a 0
    assert values[1] == "—" and "不能统计" in ws.cell(r, 7).value
    assert line("petitions.received")[0][1:4] == [2, None, "件"]

    wl = workload.officer_workload(office.reader, OCT.start, OCT.end, today=TODAY)
    loads = workload.office_load(office.reader, OCT.start, OCT.end)
    ws = book["工作量"]
    assert ws["A1"].value == ws.parent["指标"]["A1"].value
    assert ws.cell(4, 1).value == "单位" and ws.cell(4, 2).value == "承办人"
    assert ws.cell(4, 3).value == "审查逮捕审结" and ws.cell(4, 9).value == "办理合计"
    assert ws.freeze_panes == "B5" and ws.page_setup.orientation == "landscape"
    by_name = {ws.cell(r, 2).value: r for r in range(5, 5 + len(wl.officers))}
    assert len(by_name) == len(wl.officers) > 0
    for o in wl.officers:
        r = by_name[o.name]
        dash = "—"
        assert [ws.cell(r, c).value for c in range(1, 14)] == [
            o.unit_code, o.name, *[o.handled[k] for k in sr._OFFICER_KEYS], o.handled_total,
            o.open, o.overdue,
            dash if o.avg_days_decision is None else pytest.approx(o.avg_days_decision),
            dash if o.avg_days_first_reply is None else pytest.approx(o.avg_days_first_reply)]
    decided = {o.name: o.handled["arrest_decided"] for o in wl.officers}
    assert sum(decided.values()) == 3  # X approved, Y1 and Y2 refused in October
    months = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "月份"]
    assert len(months) == 1
    r = months[0] + 1
    (m,) = [m for m in loads if m.unit_code == office.unit_code]
    assert [ws.cell(r, c).value for c in range(1, 6)] == [
        "2026-10", office.unit_code, m.requests, m.suspects, m.officers]
    assert m.requests == 1  # W received 10-30


def _poppler(tool, path, *args):
    out = ["-"] if tool == "pdftotext" else []
    return subprocess.run([tool, *args, str(path), *out], check=True, capture_output=True,
                          text=True).stdout


def test_pdf_holds_the_figures_in_an_embedded_font(office, report, tmp_path):
    path = tmp_path / "report.pdf"
    sr.write_pdf(report, path)
    assert "841.89 x 595.276 pts (A4)" in _poppler("pdfinfo", path)  # landscape
    text = re.sub(r"\s+", " ", _poppler("pdftotext", path, "-layout"))
    assert f"{office.unit_name}统计报表（2026年10月）" in text.replace(" ", "")
    assert re.search(r"不捕率 66\.7% %? ?2 3", text), text[:2000]
    assert "制表日期：2026年11月23日" in text
    for group in Group:
        assert group.value in text
    officers = workload.officer_workload(office.reader, OCT.start, OCT.end, today=TODAY).officers
    assert "工作量（2026年10月）" in text and officers
    for o in officers:
        assert re.search(rf"{re.escape(o.name)} {o.handled['arrest_decided']} ", text), o.name
    fonts = _poppler("pdffonts", path).splitlines()[2:]
    assert fonts
    for row in fonts:
        assert re.match(r"^[A-Z]{6}\+UMing", row.split()[0]), row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, unicode


def test_upper_office_has_a_column_per_unit_with_totals_and_freshness(upper_world, tmp_path):  # noqa: F811
    from datetime import date

    from desktop.domain.indicators import Period
    from desktop.services import sync_queries

    upper = upper_world.open_upper()
    try:
        period = Period.custom(date(2020, 1, 1), UPPER_TODAY)
        data = sr.collect(upper.reader, period, today=UPPER_TODAY)
        registered = sync_queries.units(upper.reader)
    finally:
        upper.close()
    assert [u.unit_code for u in data.units] == [code for code, _, _ in UNITS]
    path = tmp_path / "upper.xlsx"
    sr.write_xlsx(data, path)
    ws = load_workbook(path)["指标"]
    assert ws["A1"].value.startswith(UPPER[1] + "统计报表")
    assert [ws.cell(4, c).value for c in range(1, 10)] == [
        "指标", UNITS[0][1], UNITS[1][1], "合计", "其中未成年人", "单位", "分子", "分母", "口径说明"]
    assert ws.cell(5, 1).value == "最近数据包"
    assert [ws.cell(5, c).value for c in (2, 3)] == [
        f"{u.last_received_at:%Y-%m-%d}" for u in registered]
    assert "A6:I6" in {str(m) for m in ws.merged_cells.ranges}  # the first group's header
    rows = _rows(ws)
    checked = 0
    for ind in INDICATORS:
        if ind.is_rate or not ind.recorded or ind.unit.value == "件":
            continue  # 件 may count one case in two units' registers only once in the total
        r = rows[ind.name_zh]
        a, b, total = (ws.cell(r, c).value for c in (2, 3, 4))
        assert a + b == total, ind.key
        checked += 1
    assert checked > 10
    assert rows["受理审查逮捕（人）"] and ws.cell(rows["受理审查逮捕（人）"], 4).value > 0
    pdf = tmp_path / "upper.pdf"
    sr.write_pdf(data, pdf)
    text = _poppler("pdftotext", pdf, "-layout")
    assert UNITS[0][1] in text and "最近数据包" in text
