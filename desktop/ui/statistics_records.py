"""The records behind a statistics figure (统计数据所对应的案件): a dialog listing them, each
opening its record through the context (services/statistics_records.resolve names the kind
each counted id opens as)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from desktop.services.statistics_records import resolve
from desktop.ui.context import AppContext

class RecordsBehindDialog(QDialog):
    """The records a figure counts; double-click (or Enter) opens one."""

    def __init__(self, context: AppContext, title: str, ids: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsRecordsDialog")
        self._context = context
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("%n record(s) counted", "", len(ids)), self)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("statisticsRecordsList")
        for record_id in ids:
            found = resolve(context.reader, record_id)
            item = QListWidgetItem(found[2] if found else record_id, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (found[0], found[1]) if found else None)
            item.setToolTip(record_id)
        self.list.itemActivated.connect(self.open_item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def open_item(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self._context.open_record.emit(target[0], target[1])
