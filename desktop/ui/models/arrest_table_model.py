"""The arrest-review register as a Qt table model (Anki's browser shape, STYLE habit 3).

The model knows how many requests match (one count) and holds the row ids of the pages loaded
so far; the view asks for more as it scrolls (`canFetchMore`/`fetchMore`), so the first page
costs the same on 100 or 100,000 requests. `data()` asks for the block of ~200 rows around the
requested one and keeps a few blocks in a small cache, dropped whenever the list is reloaded.
SQL filters and sorts along its indexes; Qt only paints.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import arrest_queries
from desktop.services.arrest_queries import ListFilter, ListRow
from desktop.ui import labels

translate = QCoreApplication.translate

BLOCK_SIZE = 200
CACHED_BLOCKS = 8

COL_CASE_NO, COL_SUSPECTS, COL_CHARGES, COL_CUSTODY, COL_RECEIVED, COL_DUE, COL_STATUS, \
    COL_OFFICER = range(8)
COLUMN_COUNT = 8
# Columns SQL can sort by, and the service's name for each.
SORT_KEYS = {COL_CASE_NO: "case_no", COL_RECEIVED: "received", COL_DUE: "due"}

REQUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROWID_ROLE = Qt.ItemDataRole.UserRole + 2


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    REQUEST_ID_ROLE, ROWID_ROLE})


def column_title(column: int) -> str:
    titles = {
        COL_CASE_NO: translate("ArrestTableModel", "Police case no."),
        COL_SUSPECTS: translate("ArrestTableModel", "Suspects"),
        COL_CHARGES: translate("ArrestTableModel", "Charges"),
        COL_CUSTODY: translate("ArrestTableModel", "Custody"),
        COL_RECEIVED: translate("ArrestTableModel", "Received"),
        COL_DUE: translate("ArrestTableModel", "Due (days left)"),
        COL_STATUS: translate("ArrestTableModel", "Status"),
        COL_OFFICER: translate("ArrestTableModel", "Officer"),
    }
    return titles[column]


class ArrestTableModel(QAbstractTableModel):
    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        """`reader` returns the office's sqlite3 connection, `today` the current date."""
        super().__init__(parent)
        self._reader = reader
        self._today = today
        self._rowids: list[int] = []
        self._total = 0
        self._blocks: OrderedDict[int, dict[int, ListRow]] = OrderedDict()
        self._filter = ListFilter()
        self._sort = "due"
        self._descending = False

    # -- what to show ----------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, list_filter: ListFilter) -> None:
        self._filter = list_filter
        self.reload()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self._sort, self._descending = key, descending
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        """Run the id query again (after a filter change, a sort or a change notice)."""
        self.beginResetModel()
        self._blocks.clear()
        self._total = arrest_queries.count_requests(self._reader(), self._filter,
                                                    today=self._today())
        self._rowids = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[int]:
        return arrest_queries.list_page(
            self._reader(), self._filter, today=self._today(), sort=self._sort,
            descending=self._descending, offset=offset, limit=BLOCK_SIZE)

    @property
    def total(self) -> int:
        """How many requests match, loaded or not (the count shown above the list)."""
        return self._total

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rowids) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self._rowids))
        if not more:  # the table shrank under us: stop asking
            self._total = len(self._rowids)
            return
        first = len(self._rowids)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rowids.extend(more)
        self.endInsertRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rowids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rowids) - 1, COLUMN_COUNT - 1))

    # -- rows ------------------------------------------------------------------------------
    def row_at(self, row: int) -> ListRow | None:
        if not 0 <= row < len(self._rowids):
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            ids = self._rowids[block * BLOCK_SIZE:(block + 1) * BLOCK_SIZE]
            rows = arrest_queries.fetch_rows(self._reader(), ids)
            self._blocks[block] = rows
            while len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self._rowids[row])

    def row_of_request(self, request_id: str, *, limit: int = 10 * BLOCK_SIZE) -> int:
        """The row showing `request_id` among the first `limit` rows, or -1."""
        while len(self._rowids) < limit and self.canFetchMore():
            self.fetchMore()
        for row in range(min(limit, len(self._rowids))):
            item = self.row_at(row)
            if item is not None and item.request_id == request_id:
                return row
        return -1

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
            return translate("ArrestTableModel", "This column cannot be sorted")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # a view asks ~12 roles per cell
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUSPECTS, COL_CHARGES):
            return self._display(item, column)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and column == COL_DUE:
            state = labels.due_state(item.due_date, self._today())
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.due_foreground(state)
            return labels.due_background(state)
        if role == REQUEST_ID_ROLE:
            return item.request_id
        if role == ROWID_ROLE:
            return item.rowid
        return None

    def _display(self, item: ListRow, column: int) -> str:
        if column == COL_CASE_NO:
            return item.police_case_no
        if column == COL_SUSPECTS:
            return labels.with_juvenile_mark(item.suspects) if item.juvenile else item.suspects
        if column == COL_CHARGES:
            return item.charges
        if column == COL_CUSTODY:
            return labels.custody_label(item.detained)
        if column == COL_RECEIVED:
            return labels.format_date(item.received_date)
        if column == COL_DUE:
            return labels.due_text(item.due_date, self._today())
        if column == COL_STATUS:
            return labels.status_label(item.status)
        if column == COL_OFFICER:
            return item.officer_name
        return ""
