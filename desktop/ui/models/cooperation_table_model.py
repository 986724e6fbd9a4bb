"""The cooperation log as a lazy Qt table model (the arrest list's shape, STYLE habit 3): one
count, the ids of the pages loaded so far (more as the view scrolls), rows fetched in blocks
into a small cache. SQL filters, searches and orders; Qt only paints."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import cooperation_queries as q
from desktop.services.cooperation_queries import CooperationFilter, EntryRow
from desktop.ui import cooperation_labels as col
from desktop.ui import labels
from desktop.ui.models.paged_model import PagedTableModel

translate = QCoreApplication.translate

COL_DATE, COL_KIND, COL_AGENCY, COL_CASE, COL_SUMMARY, COL_DUE, COL_OFFICER, COL_UNIT = range(8)
COLUMN_COUNT = 8  # COL_UNIT (单位): at an upper office only (ui/unit_filter.py)
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
        COL_UNIT: translate("CooperationTableModel", "Unit"),
    }[column]


class CooperationTableModel(PagedTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(reader, today, parent)  # keys: the entries' index rowids
        self._filter = CooperationFilter()

    @property
    def list_filter(self) -> CooperationFilter:
        return self._filter

    def set_filter(self, list_filter: CooperationFilter) -> None:
        self._filter = list_filter
        self.reload()

    def count_rows(self) -> int:
        return q.count_entries(self._reader(), self._filter, today=self._today())

    def page(self, offset: int, limit: int) -> list[int]:
        return q.list_page(self._reader(), self._filter, today=self._today(), offset=offset,
                           limit=limit)

    def fetch_rows(self, keys: list[int]) -> dict[int, EntryRow]:
        return q.fetch_rows(self._reader(), keys)

    def row_of(self, entry_id: str) -> int:
        """The row showing `entry_id` among the first rows, or -1."""
        rowid = q.rowid_of(self._reader(), entry_id)
        return -1 if rowid is None else self.row_of_key(rowid)

    # -- Qt interface ----------------------------------------------------------------------
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
        if column == COL_UNIT:
            return item.unit_name
        return ""
