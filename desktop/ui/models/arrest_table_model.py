"""The arrest-review register as a Qt table model (Anki's browser shape, STYLE habit 3).

The model knows how many requests match (one count) and holds the row ids of the pages loaded
so far; the view asks for more as it scrolls (`canFetchMore`/`fetchMore`), so the first page
costs the same on 100 or 100,000 requests. `data()` asks for the block of ~200 rows around the
requested one and keeps a few blocks in a small cache, dropped whenever the list is reloaded.
SQL filters and sorts along its indexes; Qt only paints.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import arrest_queries
from desktop.services.arrest_queries import ListFilter, ListRow
from desktop.ui import labels
from desktop.ui.models.paged_model import BLOCK_SIZE, PagedTableModel

translate = QCoreApplication.translate

COL_CASE_NO, COL_SUSPECTS, COL_CHARGES, COL_CUSTODY, COL_RECEIVED, COL_DUE, COL_STATUS, \
    COL_OFFICER, COL_UNIT = range(9)
COLUMN_COUNT = 9  # COL_UNIT (单位) is shown at an upper office only (ui/unit_filter.py)
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
        COL_UNIT: translate("ArrestTableModel", "Unit"),
    }
    return titles[column]


class ArrestTableModel(PagedTableModel):
    """Keys are `request_index` rowids; `reader` returns the office's sqlite3 connection,
    `today` the current date."""
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(reader, today, parent)
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

    def count_rows(self) -> int:
        return arrest_queries.count_requests(self._reader(), self._filter, today=self._today())

    def page(self, offset: int, limit: int) -> list[int]:
        return arrest_queries.list_page(
            self._reader(), self._filter, today=self._today(), sort=self._sort,
            descending=self._descending, offset=offset, limit=limit)

    def fetch_rows(self, keys: list[int]) -> dict[int, ListRow]:
        return arrest_queries.fetch_rows(self._reader(), keys)

    # -- rows ------------------------------------------------------------------------------
    def row_of_request(self, request_id: str, *, limit: int = 10 * BLOCK_SIZE) -> int:
        """The row showing `request_id` among the first `limit` rows, or -1."""
        while len(self._keys) < limit and self.canFetchMore():
            self.fetchMore()
        for row in range(min(limit, len(self._keys))):
            item = self.row_at(row)
            if item is not None and item.request_id == request_id:
                return row
        return -1

    # -- Qt interface ----------------------------------------------------------------------
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
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUSPECTS:
            return self._suspects_tip(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CHARGES:
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

    def _suspects_tip(self, item: ListRow) -> str:
        """One line per suspect with the ID number masked (110105********002X); a juvenile
        is marked and said so."""
        if not item.suspect_lines:
            return self._display(item, COL_SUSPECTS)
        lines = []
        for name, masked, juvenile in item.suspect_lines:
            line = labels.with_juvenile_mark(name) if juvenile else name
            if masked:
                line += f"  {masked}"
            if juvenile:
                line += "  " + translate("ArrestTableModel",
                                         "juvenile at the offence: opening the record is "
                                         "audited; the documents export leaves it out")
            lines.append(line)
        return "\n".join(lines)

    def _display(self, item: ListRow, column: int) -> str:
        if column == COL_CASE_NO:
            return item.police_case_no
        if column == COL_SUSPECTS:
            if item.suspect_lines and item.juvenile:  # mark each juvenile, not the whole list
                return "、".join(labels.with_juvenile_mark(name) if juvenile else name
                                for name, _number, juvenile in item.suspect_lines)
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
        if column == COL_UNIT:
            return item.unit_name
        return ""
