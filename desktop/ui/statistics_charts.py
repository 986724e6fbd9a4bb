"""Monthly trends of the last 12 months on the statistics page (QtCharts, imported only when
the trends tab is first shown): requests received, 不捕率, supervision notices issued against
those complied with, petitions received. The figures are the page's own indicators, month by
month, so a chart and the table cannot disagree."""
from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.domain.indicators import Period
from desktop.services import statistics


def last_months(end: date, count: int = 12) -> list[Period]:
    """The `count` calendar months ending with the month of `end`, oldest first."""
    y, m = end.year, end.month
    months = []
    for _ in range(count):
        months.append(Period.month(y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return months[::-1]


def monthly(conn, end: date, today: date, keys: tuple[str, ...]) -> tuple[list[str], dict]:
    months = last_months(end)
    values: dict[str, list[float]] = {k: [] for k in keys}
    for period in months:
        report = statistics.indicators(conn, period, today=today)
        for k in keys:
            values[k].append(report.figures[k].value or 0)
    return [f"{p.start:%Y-%m}" for p in months], values


CHARTS = (  # (title source text, the series' keys)
    ("Requests received (persons)", ("arrest.received_persons",)),
    ("Non-arrest rate (%)", ("arrest.non_arrest_rate",)),
    ("Supervision notices issued / complied", ("supervision.notices_issued",
                                               "supervision.notices_complied")),
    ("Petitions received", ("petitions.received",)),
)


class TrendCharts(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsTrends")
        self.views: list[QChartView] = []
        grid = QGridLayout(self)
        for i in range(len(CHARTS)):
            view = QChartView(QChart(), self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            grid.addWidget(view, i // 2, i % 2)
            self.views.append(view)
        self.values: dict[str, list[float]] = {}

    def titles(self) -> list[str]:
        return [self.tr("Requests received (persons)"), self.tr("Non-arrest rate (%)"),
                self.tr("Supervision notices issued / complied"), self.tr("Petitions received")]

    def series_names(self) -> dict[str, str]:
        return {"supervision.notices_issued": self.tr("Issued"),
                "supervision.notices_complied": self.tr("Complied with")}

    def show_trends(self, conn, period: Period, today: date) -> None:
        keys = tuple(k for _, ks in CHARTS for k in ks)
        # the 12 months up to the period's end, or up to today for a period still running
        labels, self.values = monthly(conn, min(period.end, today), today, keys)
        names = self.series_names()
        for view, title, (_, ks) in zip(self.views, self.titles(), CHARTS):
            chart = QChart()
            chart.setTitle(title)
            axis_x = QBarCategoryAxis()
            axis_x.append([label[5:] for label in labels])  # the month; the range below
            axis_x.setTitleText(f"{labels[0]} – {labels[-1]}")
            axis_y = QValueAxis()
            axis_y.setLabelFormat("%d" if "rate" not in ks[0] else "%.1f")
            top = max([v for k in ks for v in self.values[k]] + [4])
            axis_y.setRange(0, top)
            axis_y.applyNiceNumbers()  # whole steps: counts never read 0.3
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            for k in ks:
                series = QLineSeries()
                series.setName(names.get(k, title))
                for i, v in enumerate(self.values[k]):
                    series.append(i, v)
                chart.addSeries(series)
                series.attachAxis(axis_x)
                series.attachAxis(axis_y)
            chart.legend().setVisible(len(ks) > 1)
            old = view.chart()
            view.setChart(chart)
            old.deleteLater()
