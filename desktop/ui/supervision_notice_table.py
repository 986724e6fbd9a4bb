"""The notices of one supervision matter as a short table (kind, state, served, due), in the
order they were drafted; the page's step buttons act on the selected row."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.ui import labels
from desktop.ui import supervision_labels as sl

NOTICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_DUE = 3


class NoticeTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setObjectName("supervisionNotices")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.Stretch)

    def fill(self, notices, today: date, select_id: str) -> None:
        """Show `notices` and select `select_id` (else the last one), without signals: the
        page shows the selection itself."""
        self.blockSignals(True)
        self.setRowCount(len(notices))
        for row, n in enumerate(notices):
            cells = (sl.kind_label(n.kind), sl.state_label(n.shown_state),
                     labels.format_date(n.served_on),
                     labels.due_text(n.due_date, today) if n.due_date else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NOTICE_ID_ROLE, n.id)
                if column == COL_DUE and n.due_date:
                    colour = labels.due_foreground(labels.due_state(n.due_date, today))
                    if colour is not None:
                        item.setForeground(colour)
                self.setItem(row, column, item)
        target = select_id or (notices[-1].id if notices else "")
        for row in range(self.rowCount()):
            if self.item(row, 0).data(NOTICE_ID_ROLE) == target:
                self.setCurrentCell(row, 0)
        self.blockSignals(False)

    def current_id(self) -> str:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(NOTICE_ID_ROLE) if item is not None else ""

    def select(self, notice_id: str) -> bool:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(NOTICE_ID_ROLE) == notice_id:
                self.setCurrentCell(row, 0)
                return True
        return False

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Notice"), self.tr("State"), self.tr("Served"),
                                        self.tr("Due")])
