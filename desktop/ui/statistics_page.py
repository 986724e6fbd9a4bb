"""The statistics page (统计): a period picker, the indicators of DOMAIN §7 grouped as in the
report with each definition beside the figure, monthly trend charts, and the workload. At an
upper office one column per unit plus the total, each unit's header saying when its last
package arrived, so a stale unit is not read as an idle one.

Figures come from services/statistics.indicators (one place for what is counted); QtCharts is
imported only when the charts tab is first shown (TOOLCHAIN: 0.14 s nobody needs at start).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from desktop.domain.indicators import BY_KEY, INDICATORS, Group, Indicator, Period, is_stale
from desktop.services import statistics, sync_queries
from desktop.ui import i18n
from desktop.ui.context import AppContext

_KEY_ROLE = Qt.ItemDataRole.UserRole
_UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


def indicator_name(ind: Indicator) -> str:
    """The Chinese 统计口径 name in Chinese, its English source text otherwise."""
    return ind.name_zh if i18n.current_language() == "zh_CN" else ind.name_en


def figure_text(ind: Indicator, fig: statistics.Figure) -> str:
    if not ind.recorded:
        return "—"
    if ind.is_rate:
        value = "—" if fig.value is None else f"{fig.value:.1f} %"
        return f"{value} ({fig.numerator} / {fig.denominator})"
    return str(fig.value)


def period_for(kind: str, day: date, first: date | None = None, last: date | None = None) -> Period:
    if kind == "quarter":
        return Period.quarter(day.year, (day.month + 2) // 3)
    if kind == "year":
        return Period.year(day.year)
    if kind == "custom" and first and last:
        return Period.custom(first, last)
    return Period.month(day.year, day.month)


@dataclass
class Computed:
    """What the worker hands the page: the period's reports (None: the whole database), the
    units of an upper office, the workload and, once the trends tab is open, the trends."""
    period: Period
    reports: dict
    units: list
    workload: object
    office_load: list
    trends: tuple | None


def compute(db, period: Period, today: date, units: list, own_unit: str | None,
            with_trends: bool):
    """Everything the page shows, on a read connection of its own (run in a thread), in two
    steps: first the indicators (what the page is opened for), then the workload and trends."""
    from desktop.services import workload

    conn = db.read_connection()
    try:
        reports = {None: statistics.indicators(conn, period, today=today)}
        for unit in units:
            reports[unit.unit_code] = statistics.indicators(conn, period, unit_code=unit.unit_code,
                                                            today=today)
        yield Computed(period, reports, units, None, [], None)
        work = workload.officer_workload(conn, period.start, period.end, today=today,
                                         unit_code=own_unit)
        first = (date(period.end.year - 1, period.end.month, 1) + timedelta(days=31)).replace(day=1)
        load = workload.office_load(conn, first, period.end, unit_code=own_unit)
        trends = None
        if with_trends:
            from desktop.ui.statistics_trends import TREND_KEYS, monthly

            trends = monthly(conn, min(period.end, today), today, TREND_KEYS)
        yield Computed(period, reports, units, work, load, trends)
    finally:
        conn.close()


class _Relay(QObject):
    done = Signal(int, object, bool)  # generation, Computed or the exception, the last step


class StatisticsPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.context = context
        self.reports: dict[str | None, statistics.Report] = {}
        self.units: list[sync_queries.UnitRow] = []
        self._charts = None
        self._dialogs: list = []
        self.result: Computed | None = None
        self._generation = self._shown_generation = self._figures_generation = 0
        self._start_pending = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._computed, Qt.ConnectionType.QueuedConnection)

        self.kind = QComboBox(self)
        self.kind.setObjectName("statisticsPeriodKind")
        for value in ("month", "quarter", "year", "custom"):
            self.kind.addItem("", value)
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for field in (self.first, self.last):
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        today = context.today()
        self.first.setDate(QDate(today.year, today.month, 1))
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("statisticsPeriodLabel")
        self.kind_label = QLabel(self)
        self.to_label = QLabel(self)
        bar = QHBoxLayout()
        for w in (self.kind_label, self.kind, self.first, self.to_label, self.last):
            bar.addWidget(w)
        bar.addWidget(self.period_label)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("statisticsBusy")
        bar.addWidget(self.busy_label, 1)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("statisticsExport")
        self.export_button.clicked.connect(lambda: self.export_report())
        bar.addWidget(self.export_button)

        self.table = QTableWidget(self)
        self.table.setObjectName("statisticsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self.show_records)
        self.table.currentCellChanged.connect(lambda r, c, *_: self._show_definition(r))
        self.definition = QTextBrowser(self)
        self.definition.setObjectName("statisticsDefinition")
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.definition)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.workload = QTableWidget(self)
        self.workload.setObjectName("statisticsWorkload")
        self.workload.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load = QTableWidget(self)
        self.load.setObjectName("statisticsOfficeLoad")
        self.load.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        work = QWidget(self)
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.workload, 2)
        work_layout.addWidget(self.load, 1)

        self.charts_holder = QWidget(self)
        QVBoxLayout(self.charts_holder)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.charts_holder, "")
        self.tabs.addTab(work, "")
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.kind.currentIndexChanged.connect(self.recompute)
        self.first.dateChanged.connect(self._custom_changed)
        self.last.dateChanged.connect(self._custom_changed)
        context.records_changed.connect(self.recompute)
        context.office_changed.connect(self.recompute)
        self.retranslateUi()
        self.recompute()

    # -- computing -----------------------------------------------------------------------
    def period(self) -> Period:
        kind = self.kind.currentData()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if kind == "custom" and last < first:
            first, last = last, first
        return period_for(kind, self.context.today(), first, last)

    def is_upper(self) -> bool:
        office = self.context.office
        return sync_queries.office_level(office.reader, office.unit_code) == "upper"

    def _custom_changed(self) -> None:
        if self.kind.currentData() == "custom":
            self.recompute()

    def recompute(self) -> None:
        """Compute the period's figures in a thread on its own read connection (a year at an
        upper office is several hundred ms): the page says it is busy and stays usable; a
        result that a newer request has overtaken is dropped."""
        custom = self.kind.currentData() == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        self._generation += 1
        if not self._start_pending:  # one computation for a burst of changes (two dates)
            self._start_pending = True
            QTimer.singleShot(0, self._start)
        self.busy_label.setText(self.tr("Computing…"))

    def _start(self) -> None:
        self._start_pending = False
        generation, period, today = self._generation, self.period(), self.context.today()
        office = self.context.office
        units = sync_queries.units(office.reader) if self.is_upper() else []
        own_unit = None if units else office.unit_code
        with_trends = self._charts is not None
        relay = self._relay

        def newest() -> int:  # read from the worker: a plain int attribute
            return self._generation

        def work() -> None:
            try:
                try:
                    steps = compute(office.db, period, today, units, own_unit, with_trends)
                    relay.done.emit(generation, next(steps), False)
                    if generation == newest():  # else overtaken: leave the CPU to the newer
                        relay.done.emit(generation, next(steps), True)
                    steps.close()
                except BaseException as exc:  # shown on the page by the GUI thread
                    relay.done.emit(generation, exc, True)
            except RuntimeError:  # the page was closed meanwhile: nobody to show it to
                pass

        threading.Thread(target=work, name="zhenjian-statistics", daemon=True).start()

    def is_busy(self) -> bool:
        """True until everything of the newest period is on the page."""
        return self._shown_generation != self._generation

    def figures_shown(self) -> bool:
        """The indicator table of the newest period is on the page (the workload may follow)."""
        return self._figures_generation == self._generation

    def _computed(self, generation: int, result, last: bool) -> None:
        if generation != self._generation:
            return  # overtaken by a newer period
        if isinstance(result, BaseException):
            self._shown_generation = self._figures_generation = generation
            self.busy_label.setText(self.tr("The figures could not be computed: %1")
                                    .replace("%1", str(result)))
            return
        self.result = result
        if not last:
            self._figures_generation = generation
            self.reports, self.units = result.reports, result.units
            self._fill_table()
            self.period_label.setText(result.period.label)
            if result.period.kind != "custom":  # the greyed dates say what is counted
                for field, day in ((self.first, result.period.start),
                                   (self.last, result.period.end)):
                    field.blockSignals(True)
                    field.setDate(QDate(day.year, day.month, day.day))
                    field.blockSignals(False)
            return
        self._shown_generation = generation
        self.busy_label.clear()
        self._fill_workload()
        if self._charts is not None and result.trends is not None:
            self._charts.show_values(*result.trends)

    def column_units(self) -> list[str | None]:
        """The unit of each figure column: the units at an upper office, then the total."""
        return [u.unit_code for u in self.units] + [None]

    def _unit_header(self, unit: sync_queries.UnitRow) -> tuple[str, str, bool]:
        last = unit.last_received_at
        if last is not None and last.tzinfo is None:
            last = last.replace(tzinfo=timezone.utc)
        # the day of the page (the context's clock), as every other figure: domain rule
        stale = is_stale(last.astimezone().date() if last else None, self.context.today())
        when = last.astimezone().strftime("%Y-%m-%d %H:%M") if last else self.tr("never")
        tip = self.tr("%1: last package received %2").replace("%1", unit.unit_name) \
            .replace("%2", when)
        if stale:
            tip += "\n" + self.tr("No package for over 7 days: its figures may be incomplete.")
        text = unit.unit_name + ("\n⚠ " + self.tr("stale") if stale else "\n" + when[:10])
        return text, tip, stale

    def _fill_table(self) -> None:
        units = self.column_units()
        headers = [self.tr("Indicator"), self.tr("Unit")]
        tips = ["", ""]
        stale_columns = set()
        for i, unit in enumerate(self.units):
            text, tip, stale = self._unit_header(unit)
            headers.append(text)
            tips.append(tip)
            if stale:
                stale_columns.add(2 + i)
        headers.append(self.tr("Total") if self.units else self.tr("Figure"))
        tips.append("")
        headers.append(self.tr("of which juveniles"))
        tips.append(self.tr("Juveniles are shown only as counts"))
        rows: list[Indicator | Group] = []
        for ind in INDICATORS:
            if not rows or (isinstance(rows[-1], Indicator) and rows[-1].group != ind.group) \
                    or (isinstance(rows[-1], Group) and rows[-1] != ind.group):
                rows.append(ind.group)
            rows.append(ind)
        self.table.clear()
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for col, tip in enumerate(tips):
            self.table.horizontalHeaderItem(col).setToolTip(tip)
            if col in stale_columns:
                self.table.horizontalHeaderItem(col).setForeground(QBrush(QColor("#b71c1c")))
        bold = QFont()
        bold.setBold(True)
        total = self.reports[None]
        for r, row in enumerate(rows):
            if isinstance(row, Group):
                item = QTableWidgetItem(self.group_name(row))
                item.setFont(bold)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, 0, item)
                self.table.setSpan(r, 0, 1, len(headers))
                continue
            name = QTableWidgetItem(indicator_name(row))
            name.setData(_KEY_ROLE, row.key)
            name.setToolTip(row.definition)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(row.unit.value))
            for c, unit in enumerate(units):
                fig = self.reports[unit].figures[row.key]
                item = QTableWidgetItem(figure_text(row, fig))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(_KEY_ROLE, row.key)
                item.setData(_UNIT_ROLE, unit or "")
                item.setToolTip(row.definition)
                self.table.setItem(r, 2 + c, item)
            juv = total.figures[row.key].juvenile
            self.table.setItem(r, 2 + len(units), QTableWidgetItem("" if juv is None else str(juv)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def cell_of(self, key: str, unit_code: str | None = None) -> QTableWidgetItem | None:
        """The figure cell of an indicator (the total column without a unit)."""
        col = 2 + self.column_units().index(unit_code)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, col)
            if item is not None and item.data(_KEY_ROLE) == key:
                return item
        return None

    def _show_definition(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        key = item.data(_KEY_ROLE) if item is not None else None
        if not key:
            self.definition.clear()
            return
        ind = BY_KEY[key]
        parts = [f"<h3>{ind.name_zh}</h3>", f"<p>{ind.definition}</p>"]
        if ind.is_rate:
            fig = self.reports[None].figures[key]
            parts.append("<p>" + self.tr("Numerator: %1 = %2<br>Denominator: %3 = %4")
                         .replace("%1", indicator_name(BY_KEY[ind.numerator]))
                         .replace("%2", str(fig.numerator))
                         .replace("%3", " + ".join(indicator_name(BY_KEY[k])
                                                    for k in fig.denominator_keys))
                         .replace("%4", str(fig.denominator)) + "</p>")
        if not ind.recorded:
            parts.append("<p>" + self.tr("The program does not record what this figure needs.")
                         + "</p>")
        else:
            parts.append("<p><i>" + self.tr("Double-click a figure to list its records.")
                         + "</i></p>")
        self.definition.setHtml("".join(parts))

    def group_name(self, group: Group) -> str:
        return {Group.ARREST_REVIEW: self.tr("Arrest review"),
                Group.CUSTODY_REVIEW: self.tr("Custody-necessity review"),
                Group.CASE_FILING: self.tr("Case-filing supervision"),
                Group.INVESTIGATION: self.tr("Investigation-activity supervision"),
                Group.PETITIONS: self.tr("Petitions"),
                Group.HEARINGS: self.tr("Hearings")}[group]

    # -- records behind a figure ---------------------------------------------------------
    def show_records(self, row: int, col: int):
        item = self.table.item(row, col)
        if item is None or col < 2 or not item.data(_KEY_ROLE) \
                or col >= 2 + len(self.column_units()):
            return None
        key = item.data(_KEY_ROLE)
        unit = item.data(_UNIT_ROLE) or None
        from desktop.ui.statistics_records import RecordsBehindDialog

        period = self.result.period  # the period on show, not one still being computed
        ids = statistics.records_behind(self.context.reader, period, key,
                                        unit_code=unit, today=self.context.today())
        title = f"{indicator_name(BY_KEY[key])} — {period.label}"
        dialog = RecordsBehindDialog(self.context, title, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog

    # -- workload ------------------------------------------------------------------------
    def _fill_workload(self) -> None:
        data, months = self.result.workload, self.result.office_load
        headers = [self.tr("Unit"), self.tr("Officer"), self.tr("Handled"), self.tr("Open"),
                   self.tr("Overdue")]
        self.workload.clear()
        self.workload.setColumnCount(len(headers))
        self.workload.setHorizontalHeaderLabels(headers)
        self.workload.setRowCount(len(data.officers))
        for r, o in enumerate(data.officers):
            for c, value in enumerate((o.unit_code, o.name, sum(o.handled.values()), o.open,
                                       o.overdue)):
                self.workload.setItem(r, c, QTableWidgetItem(str(value)))
        self.workload.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        headers = [self.tr("Unit"), self.tr("Month"), self.tr("Requests"), self.tr("Suspects"),
                   self.tr("Officers")]
        self.load.clear()
        self.load.setColumnCount(len(headers))
        self.load.setHorizontalHeaderLabels(headers)
        self.load.setRowCount(len(months))
        for r, m in enumerate(months):
            for c, value in enumerate((m.unit_code, m.month, m.requests, m.suspects, m.officers)):
                self.load.setItem(r, c, QTableWidgetItem(str(value)))
        self.load.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- charts --------------------------------------------------------------------------
    def _tab_shown(self, index: int) -> None:
        if index == 1 and self._charts is None:
            from desktop.ui.statistics_charts import TrendCharts  # QtCharts: first use only

            self._charts = TrendCharts(self.charts_holder)
            self.charts_holder.layout().addWidget(self._charts)
            self.recompute()  # now with the monthly trends

    def export_report(self, path: str | None = None) -> Path | None:
        """The period's report as an Excel workbook or a PDF (by the file's type), written in
        a worker on a read connection of its own; the path written, or None."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.services import stats_report
        from desktop.ui.worker import run_with_progress

        period, today = self.period(), self.context.today()
        if path is None:
            suggested = f"统计报表-{period.start.isoformat()}-{period.end.isoformat()}.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), suggested,
                self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".pdf"):
            target = target.with_suffix(".xlsx")
        db = self.context.office.db

        def job(_progress):
            conn = db.read_connection()
            try:
                data = stats_report.collect(conn, period, today=today)
            finally:
                conn.close()
            write = (stats_report.write_pdf if target.suffix.lower() == ".pdf"
                     else stats_report.write_xlsx)
            write(data, target)
            return target

        try:
            written = run_with_progress(self, self.tr("Writing the report…"), job)
        except OSError as exc:  # a full disk, a folder not writable: said, nothing half-written
            QMessageBox.warning(self, self.tr("Export the report"),
                                self.tr("The report could not be written: %1")
                                .replace("%1", str(exc.strerror or exc)))
            return None
        self.busy_label.setText(self.tr("Report written: %1").replace("%1", str(written)))
        return written

    def retranslateUi(self) -> None:
        self.export_button.setText(self.tr("E&xport report…"))
        self.export_button.setToolTip(self.tr("The period's report as an Excel workbook or a "
                                              "PDF"))
        for i, text in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                  self.tr("Custom"))):
            self.kind.setItemText(i, text)
        self.kind_label.setText(self.tr("Period:"))
        self.to_label.setText(self.tr("to"))
        self.tabs.setTabText(0, self.tr("Indicators"))
        self.tabs.setTabText(1, self.tr("Trends"))
        self.tabs.setTabText(2, self.tr("Workload"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            if self.reports:
                self._fill_table()
        super().changeEvent(event)
