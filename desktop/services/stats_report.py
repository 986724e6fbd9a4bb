"""The period's statistics report as files (统计报表): a laid-out Excel workbook and a PDF.

Both are built from one `ReportData` (the indicators of the period, the officers' workload and
the office's load per month), so the two files always show the same figures. At an upper
office reading every unit (unit_code None, several units registered) the indicator table gets
one column per unit, a 合计 column and each unit's last package date, so that a stale unit is not
mistaken for an idle one.

Only counts are written: juveniles appear as counts, no party is named. The workload sheet
names officers (staff, not case parties) next to counts of their work; that is the management
figure the statistics page already shows to the same users, so the export writes no audit
entry (sensitive_reads covers case records and documents, not staff counts)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.domain import workload as wdom
from desktop.domain.indicators import INDICATORS, Group, Period
from desktop.services import statistics, workload

TITLE = "统计报表"
HEADER = ("指标", "数值", "其中未成年人", "单位", "分子", "分母", "口径说明")
_DENOMINATOR_ZH = {"concluded": "审结人数", "decided": "批准与不批准人数"}
_OFFICER_KEYS = wdom.HANDLED_KEYS


@dataclass(frozen=True)
class UnitColumn:
    """At the upper office: one unit's column and its data freshness (最近数据包)."""
    unit_code: str
    unit_name: str
    last_package: datetime | None
    report: statistics.Report


@dataclass
class ReportData:
    unit_name: str
    period: Period
    today: date
    report: statistics.Report  # the whole database (or the one unit asked for): 合计
    units: list[UnitColumn] = field(default_factory=list)  # empty: one unit, no unit columns
    workload: workload.Workload | None = None
    loads: list[workload.MonthLoad] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.unit_name}{TITLE}（{self.period.label}）"


def collect(conn, period: Period, *, today: date, unit_code: str | None = None,
            denominator: str | None = None) -> ReportData:
    """Everything the report files show, read on `conn` (read-only is enough)."""
    meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    name_of = dict(conn.execute("SELECT code, name FROM units WHERE deleted_at IS NULL"))
    own = meta.get("self_unit_code", "")
    unit_name = name_of.get(unit_code or own, unit_code or own)
    report = statistics.indicators(conn, period, unit_code=unit_code, today=today,
                                   denominator=denominator)
    columns: list[UnitColumn] = []
    if unit_code is None:
        rows = _registered_units(conn)
        if len(rows) > 1:
            columns = [UnitColumn(r.unit_code, r.unit_name, r.last_received_at,
                                  statistics.indicators(conn, period, unit_code=r.unit_code,
                                                        today=today, denominator=denominator))
                       for r in rows]
    work_unit = unit_code if unit_code is not None else (None if columns else own or None)
    data = ReportData(unit_name, period, today, report, columns)
    data.workload = workload.officer_workload(conn, period.start, period.end, today=today,
                                              unit_code=work_unit)
    data.loads = workload.office_load(conn, period.start, period.end, unit_code=work_unit)
    return data


def _registered_units(conn):
    import sqlite3

    from desktop.services import sync_queries

    try:
        return sync_queries.units(conn)
    except sqlite3.OperationalError:  # a database older than the sync tables: no unit columns
        return []


# -- shared helpers ---------------------------------------------------------------------------
def _groups():
    for group in Group:
        rows = [ind for ind in INDICATORS if ind.group is group]
        if rows:
            yield group, rows


def _day(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d}" if moment else "从未收到"


def _atomic(path: Path, write) -> None:
    """Write through a .part file and rename: a reader never sees half a report."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


# -- Excel -----------------------------------------------------------------------------------
PERCENT_FORMAT = "0.0%"  # rates: stored as fractions, shown with one decimal
COUNT_FORMAT = "#,##0"
DAYS_FORMAT = "0.0"


def write_xlsx(data: ReportData, path: Path) -> None:
    _atomic(Path(path), lambda tmp: workbook(data).save(tmp))


def workbook(data: ReportData):
    from openpyxl import Workbook

    book = Workbook()
    _indicator_sheet(book.active, data)
    _workload_sheet(book.create_sheet("工作量"), data)
    return book


def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return {"title": Font(name="宋体", size=16, bold=True),
            "bold": Font(name="宋体", bold=True), "plain": Font(name="宋体"),
            "center": Alignment(horizontal="center", vertical="center"),
            "wrap": Alignment(wrap_text=True, vertical="center"),
            "fill": PatternFill("solid", fgColor="DDE5F0"),
            "group": PatternFill("solid", fgColor="F2F2F2"),
            "border": Border(left=thin, right=thin, top=thin, bottom=thin)}


def _header_row(ws, row: int, names, s) -> None:
    for col, name in enumerate(names, 1):
        c = ws.cell(row, col, name)
        c.font, c.alignment, c.fill, c.border = s["bold"], s["center"], s["fill"], s["border"]


def _title(ws, data: ReportData, width: int, s, subtitle: str) -> None:
    ws.cell(1, 1, data.title).font = s["title"]
    ws.cell(1, 1).alignment = s["center"]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 28
    ws.cell(2, 1, subtitle).font = s["plain"]
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)


def _value(cell, ind, figure) -> None:
    if figure.value is None:
        cell.value = "—"  # not recorded, or a rate over nothing: never a misleading 0
        from openpyxl.styles import Alignment

        cell.alignment = Alignment(horizontal="center")
    elif ind.is_rate:
        cell.value = figure.value / 100  # stored as a fraction so Excel computes with it
        cell.number_format = PERCENT_FORMAT
    else:
        cell.value = figure.value
        cell.number_format = COUNT_FORMAT


def _page(ws, header_row: int) -> None:
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = f"{get_column_letter(2)}{header_row + 1}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{header_row}"


def _indicator_sheet(ws, data: ReportData) -> None:
    from openpyxl.utils import get_column_letter

    s = _styles()
    ws.title = "指标"
    r = data.report
    units = data.units
    names = (("指标", *[u.unit_name for u in units], "合计", *HEADER[2:]) if units else HEADER)
    width = len(names)
    subtitle = (f"统计期间：{data.period.start:%Y年%m月%d日}至{data.period.end:%Y年%m月%d日}"
                f"　制表日期：{data.today:%Y年%m月%d日}"
                f"　不捕率分母：{_DENOMINATOR_ZH[r.non_arrest_denominator.value]}")
    _title(ws, data, width, s, subtitle)
    row = 4
    _header_row(ws, row, names, s)
    first_value = 2
    total_col = first_value + len(units)  # the 合计 (or the only 数值) column
    if units:
        row += 1  # data freshness under each unit's name: a stale unit is not an idle one
        ws.cell(row, 1, "最近数据包").font = s["bold"]
        for i, u in enumerate(units):
            c = ws.cell(row, first_value + i, _day(u.last_package))
            c.alignment = s["center"]
        for col in range(1, width + 1):
            ws.cell(row, col).border = s["border"]
    header_last = row
    for group, inds in _groups():
        row += 1
        c = ws.cell(row, 1, group.value)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        c.font, c.fill, c.border = s["bold"], s["group"], s["border"]
        for ind in inds:
            row += 1
            f = r.figures[ind.key]
            ws.cell(row, 1, ind.name_zh)
            for i, u in enumerate(units):
                _value(ws.cell(row, first_value + i), ind, u.report.figures[ind.key])
            _value(ws.cell(row, total_col), ind, f)
            col = total_col + 1
            if ind.juvenile_subcount and f.juvenile is not None:
                ws.cell(row, col, f.juvenile).number_format = COUNT_FORMAT
            ws.cell(row, col + 1, ind.unit.value).alignment = s["center"]
            if ind.is_rate:
                ws.cell(row, col + 2, f.numerator).number_format = COUNT_FORMAT
                ws.cell(row, col + 3, f.denominator).number_format = COUNT_FORMAT
            ws.cell(row, col + 4, ind.definition).alignment = s["wrap"]
            for cc in range(1, width + 1):
                ws.cell(row, cc).border, ws.cell(row, cc).font = s["border"], s["plain"]
    widths = [28, *[14] * len(units), 12, 12, 8, 10, 10, 70]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _page(ws, header_last)


def _workload_sheet(ws, data: ReportData) -> None:
    from openpyxl.utils import get_column_letter

    s = _styles()
    by = {f.key: f for f in wdom.FIGURES}
    names = ("单位", "承办人", *[by[k].name_zh for k in _OFFICER_KEYS], by["handled"].name_zh,
             by["open"].name_zh, by["overdue"].name_zh, by["avg_days_decision"].name_zh,
             by["avg_days_first_reply"].name_zh)
    width = len(names)
    _title(ws, data, width, s, f"工作量　统计期间：{data.period.label}　"
                               f"在办、逾期按制表日期（{data.today:%Y年%m月%d日}）计")
    row = 4
    _header_row(ws, row, names, s)
    header_last = row
    wl = data.workload
    for o in (wl.officers if wl else []):
        row += 1
        values = [o.unit_code, o.name, *[o.handled[k] for k in _OFFICER_KEYS], o.handled_total,
                  o.open, o.overdue, o.avg_days_decision, o.avg_days_first_reply]
        for col, v in enumerate(values, 1):
            c = ws.cell(row, col, "—" if v is None else v)
            c.border, c.font = s["border"], s["plain"]
            if isinstance(v, float):
                c.number_format = DAYS_FORMAT
    # per unit: the head count and the figures per head (人均)
    row += 2
    unit_names = ("单位", by["officers"].name_zh, by["handled"].name_zh,
                  by["handled_per_head"].name_zh, by["open_per_head"].name_zh,
                  by["overdue_per_head"].name_zh)
    _header_row(ws, row, unit_names, s)
    for u in (wl.units if wl else []):
        row += 1
        values = [u.unit_code, u.officers, u.handled, u.handled_per_head, u.open_per_head,
                  u.overdue_per_head]
        for col, v in enumerate(values, 1):
            c = ws.cell(row, col, "—" if v is None else v)
            c.border, c.font = s["border"], s["plain"]
            if isinstance(v, float):
                c.number_format = DAYS_FORMAT
    # the office's load per month (案件负担): the figure staffing is decided on
    row += 2
    load_names = ("月份", "单位", by["requests_received"].name_zh,
                  by["suspects_received"].name_zh, by["officers_active"].name_zh,
                  by["requests_per_officer"].name_zh, by["suspects_per_officer"].name_zh)
    _header_row(ws, row, load_names, s)
    for m in data.loads:
        row += 1
        values = [m.month, m.unit_code, m.requests, m.suspects, m.officers,
                  m.requests_per_officer, m.suspects_per_officer]
        for col, v in enumerate(values, 1):
            c = ws.cell(row, col, "—" if v is None else v)
            c.border, c.font = s["border"], s["plain"]
            if isinstance(v, float):
                c.number_format = DAYS_FORMAT
    for i in range(1, width + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14 if i > 2 else 16
    _page(ws, header_last)


# -- PDF -------------------------------------------------------------------------------------
def write_pdf(data: ReportData, path: Path) -> None:
    _atomic(Path(path), lambda tmp: _pdf(data, tmp))


def _pdf_value(ind, figure) -> str:
    if figure.value is None:
        return "—"
    if ind.is_rate:
        return f"{figure.value:.1f}%"
    return str(figure.value)


def _pdf(data: ReportData, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    from desktop.documents.fonts import ensure_registered

    font = ensure_registered()  # the document engine's font, embedded as a subset
    body = ParagraphStyle("body", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    r, units = data.report, data.units
    head = ["指标", *[u.unit_name for u in units], "合计" if units else "数值", "其中未成年人",
            "单位", "分子", "分母", "口径说明"]
    rows = [head]
    spans = []
    if units:
        rows.append(["最近数据包", *[_day(u.last_package) for u in units], "", "", "", "", "", ""])
    for group, inds in _groups():
        spans.append(len(rows))
        rows.append([group.value] + [""] * (len(head) - 1))
        for ind in inds:
            f = r.figures[ind.key]
            rows.append([Paragraph(ind.name_zh, body),
                         *[_pdf_value(ind, u.report.figures[ind.key]) for u in units],
                         _pdf_value(ind, f),
                         "" if f.juvenile is None else str(f.juvenile), ind.unit.value,
                         "" if f.numerator is None else str(f.numerator),
                         "" if f.denominator is None else str(f.denominator),
                         Paragraph(ind.definition, body)])
    page_w = landscape(A4)[0] - 30 * mm
    fixed = [40 * mm, *[18 * mm] * len(units), 18 * mm, 20 * mm, 12 * mm, 14 * mm, 14 * mm]
    widths = [*fixed, max(40 * mm, page_w - sum(fixed))]
    style = [("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE5F0")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-2, -1), "RIGHT")]
    for i in spans:
        style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i),
                                               colors.HexColor("#F2F2F2"))]
    table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))
    subtitle = (f"统计期间：{data.period.start:%Y年%m月%d日}至{data.period.end:%Y年%m月%d日}　"
                f"制表日期：{data.today:%Y年%m月%d日}　"
                f"不捕率分母：{_DENOMINATOR_ZH[r.non_arrest_denominator.value]}")
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title=data.title, invariant=1,
                            # the canvas starts in the document font, as the document engine's
                            # does (render.py): no stray Helvetica, every font embedded
                            initialFontName=font, initialFontSize=8)
    story = [Paragraph(data.title, title), Paragraph(subtitle, body), Spacer(1, 4 * mm), table]
    if data.workload and data.workload.officers:  # 工作量: the officers' rows, as in the workbook
        by = {f.key: f for f in wdom.FIGURES}
        work = [["单位", "承办人", *[by[k].name_zh for k in _OFFICER_KEYS], by["handled"].name_zh,
                 by["open"].name_zh, by["overdue"].name_zh]]
        work += [[o.unit_code, o.name, *[str(o.handled[k]) for k in _OFFICER_KEYS],
                  str(o.handled_total), str(o.open), str(o.overdue)]
                 for o in data.workload.officers]
        story += [PageBreak(), Paragraph(f"工作量（{data.period.label}）", title),
                  Table(work, repeatRows=1, style=TableStyle(style[:4]))]
    doc.build(story)
