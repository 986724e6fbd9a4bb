"""The year's cooperation-log entries per kind and month (DOMAIN.md §7), with totals: the
figures the office reports upward. Month names come from the locale of the user's language."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services import cooperation_queries as q
from desktop.ui import cooperation_labels as col
from desktop.ui import field_messages


class CooperationStatistics(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 13, parent)
        self.setObjectName("cooperationStatistics")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def fill(self, reader, year: int) -> None:
        counts = q.monthly_counts(reader, year)
        rows = [*counts.values(), [sum(c[m] for c in counts.values()) for m in range(12)]]
        self.setRowCount(len(rows))
        locale = QLocale(QLocale.Language.Chinese if field_messages.is_chinese()
                         else QLocale.Language.English)
        self.setHorizontalHeaderLabels(
            [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
            + [self.tr("Total")])
        self.setVerticalHeaderLabels([col.kind_label(k) for k in counts] + [self.tr("All kinds")])
        bold = QFont(self.font())
        bold.setBold(True)
        for row, months in enumerate(rows):
            for column, n in enumerate([*months, sum(months)]):
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row == len(rows) - 1 or column == 12:  # the totals
                    item.setFont(bold)
                self.setItem(row, column, item)

    def value(self, row: int, column: int) -> int:
        item = self.item(row, column)
        return int(item.text()) if item is not None and item.text() else 0
