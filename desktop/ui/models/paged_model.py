"""The lazy table model every long register uses: one count, pages of keys (ids or index
rowids) fetched as the view scrolls (`canFetchMore`/`fetchMore`), rows read in blocks of
BLOCK_SIZE into a small cache that every reload drops. SQL filters and sorts; a subclass says
how to count, how to read one page of keys and how to read the rows of some keys."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

BLOCK_SIZE = 200
CACHED_BLOCKS = 8


class PagedTableModel(QAbstractTableModel):
    column_count = 0  # set by the subclass

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._reader = reader
        self._today = today
        self._keys: list = []
        self._total = 0
        self._blocks: OrderedDict[int, dict] = OrderedDict()

    # -- what a subclass supplies ------------------------------------------------------------
    def count_rows(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list:
        raise NotImplementedError

    def fetch_rows(self, keys: list) -> dict:
        """key → row for these keys (a key may be missing when its record is gone)."""
        raise NotImplementedError

    # -- paging ------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self._total = self.count_rows()
        self._keys = self.page(0, BLOCK_SIZE)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._keys) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self.page(len(self._keys), BLOCK_SIZE)
        if not more:
            self._total = len(self._keys)
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._keys.extend(more)
        self.endInsertRows()

    def row_at(self, row: int):
        if not 0 <= row < len(self._keys):
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            rows = self.fetch_rows(self._keys[block * BLOCK_SIZE:(block + 1) * BLOCK_SIZE])
            self._blocks[block] = rows
            while len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self._keys[row])

    def row_of_key(self, key, *, limit: int = 10 * BLOCK_SIZE) -> int:
        """The row of a key, fetching pages up to `limit` rows to find it; -1 if not there."""
        while key not in self._keys and len(self._keys) < limit and self.canFetchMore():
            self.fetchMore()
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.column_count - 1)
        if self._keys:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._keys) - 1, self.column_count - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count
