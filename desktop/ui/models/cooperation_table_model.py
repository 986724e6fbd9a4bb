"""The cooperation log as a lazy Qt table model (the arrest list's shape, STYLE habit 3): one
count, the ids of the pages loaded so far (more as the view scrolls), rows fetched in blocks
into a small cache. SQL filters, searches and orders; Qt only paints."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import cooperation_queries as q
from desktop.services.cooperation_queries import CooperationFilter, EntryRow
from desktop.ui import cooperation_labels as col
from desktop.ui import labels

translate = QCoreApplication.translate

BLOCK_SIZE = 200
CACHED_BLOCKS = 8
COL_DATE, COL_KIND, COL_AGENCY, COL_CASE, COL_SUMMARY, COL_DUE, COL_OFFICER = range(7)
COLUMN_COUNT = 7
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    ENTRY_ID_ROLE})


def column_title(column: int) -> str:
    return {
        COL_DATE: translate("CooperationTableModel", "Date"),
        COL_KIND: translate("CooperationTableModel", "Kind"),
        COL_AGENCY: translate("CooperationTableModel", "Police agency"),
        COL_CASE: translate("CooperationTableModel", "Case"),
        COL_SUMMARY: translate("CooperationTableModel", "Summary"),
        COL_DUE: translate("CooperationTableModel", "Due / done"),
        COL_OFFICER: translate("CooperationTableModel", "Officer"),
    }[column]


class CooperationTableModel(QAbstractTableModel):
    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._reader = reader
        self._today = today
        self._rowids: list[int] = []
        self._total = 0
        self._blocks: OrderedDict[int, dict[int, EntryRow]] = OrderedDict()
        self._filter = CooperationFilter()

    @property
    def list_filter(self) -> CooperationFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, list_filter: CooperationFilter) -> None:
        self._filter = list_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self._total = q.count_entries(self._reader(), self._filter, today=self._today())
        self._rowids = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[int]:
        return q.list_page(self._reader(), self._filter, today=self._today(), offset=offset,
                           limit=BLOCK_SIZE)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rowids) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self._rowids))
        if not more:
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

    def row_at(self, row: int) -> EntryRow | None:
        if not 0 <= row < len(self._rowids):
            return None
        block = row // BLOCK_SIZE
        rows = self._blocks.get(block)
        if rows is None:
            rows = q.fetch_rows(self._reader(),
                                self._rowids[block * BLOCK_SIZE:(block + 1) * BLOCK_SIZE])
            self._blocks[block] = rows
            while len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self._rowids[row])

    def row_of(self, entry_id: str, *, limit: int = 10 * BLOCK_SIZE) -> int:
        """The row showing `entry_id` among the first `limit` rows, or -1."""
        rowid = q.rowid_of(self._reader(), entry_id)
        if rowid is None:
            return -1
        while rowid not in self._rowids and len(self._rowids) < limit and self.canFetchMore():
            self.fetchMore()
        return self._rowids.index(rowid) if rowid in self._rowids else -1

    # -- Qt interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUMMARY, COL_CASE, COL_KIND):
            return self._display(item, column)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and column == COL_DUE and item.due_on and item.done_on is None:
            state = labels.due_state(item.due_on, self._today())
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.due_foreground(state)
            return labels.due_background(state)
        if role == ENTRY_ID_ROLE:
            return item.entry_id
        return None

    def _display(self, item: EntryRow, column: int) -> str:
        if column == COL_DATE:
            return labels.format_date(item.occurred_on)
        if column == COL_KIND:
            return col.kind_with_subtype(item.kind, item.subtype)
        if column == COL_AGENCY:
            return item.police_agency
        if column == COL_CASE:
            return " ".join(x for x in (item.case_ref, item.person_name) if x)
        if column == COL_SUMMARY:
            return item.summary.replace("\n", " ")
        if column == COL_DUE:
            if item.done_on is not None:
                return col.item_state(item.kind, item.due_on, item.done_on, self._today())
            return labels.due_text(item.due_on, self._today())
        if column == COL_OFFICER:
            return item.officer_name
        return ""
