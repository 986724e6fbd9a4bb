"""The shape shared by the short lists (custody reviews, issued documents): the model holds the
rows of one service query and a QSortFilterProxyModel on the page sorts and searches them
(STYLE habit 3: fine under ~10k rows). Subclasses say how to load rows, name the columns and
render a cell."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowListModel(QAbstractTableModel):
    column_count = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    # -- to provide ------------------------------------------------------------------------
    def load_rows(self) -> list:
        raise NotImplementedError

    def column_title(self, column: int) -> str:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.load_rows()
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.column_count - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.column_count - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        return None
