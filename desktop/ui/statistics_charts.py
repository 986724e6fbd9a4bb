"""Monthly trends of the last 12 months on the statistics page (QtCharts, imported only when
the trends tab is first shown): requests received, 不捕率, supervision notices issued against
those complied with, petitions received; the values come from statistics_trends."""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.ui.statistics_trends import CHARTS


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

    def show_values(self, labels: list[str], values: dict[str, list[float]]) -> None:
        """Draw the months computed by statistics_trends.monthly (the page's worker)."""
        self.values = values
        names = self.series_names()
        for view, title, ks in zip(self.views, self.titles(), CHARTS):
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
