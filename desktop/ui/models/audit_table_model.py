"""The whole audit chain as a Qt table model (STYLE habit 3): the model holds entry ids only,
pages of 200 read newest first along the primary key as the view scrolls (keyset paging in
services/audit_queries, never a count of millions of rows), rows fetched per block into the
base model's small cache. ID numbers in the details are masked (110105********002X): the
whole number is shown only in the record itself."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.domain.idnumber import mask_id_numbers_in
from desktop.services import audit_queries
from desktop.services.audit_queries import AuditFilter, AuditQuery, AuditRow
from desktop.ui import audit_labels
from desktop.ui.audit_view import local_time
from desktop.ui.models.paged_model import BLOCK_SIZE, PagedTableModel

translate = QCoreApplication.translate

COL_ID, COL_TIME, COL_USER, COL_ACTION, COL_TABLE, COL_RECORD, COL_DETAIL = range(7)
COLUMN_COUNT = 7
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_DETAIL = 160  # characters in the cell; the tooltip holds more


def column_title(column: int) -> str:
    return {
        COL_ID: translate("AuditTableModel", "No."),
        COL_TIME: translate("AuditTableModel", "Time"),
        COL_USER: translate("AuditTableModel", "User"),
        COL_ACTION: translate("AuditTableModel", "Action"),
        COL_TABLE: translate("AuditTableModel", "Record"),
        COL_RECORD: translate("AuditTableModel", "Record id"),
        COL_DETAIL: translate("AuditTableModel", "Detail"),
    }[column]


# Bookkeeping fields the cell leaves out (the tooltip keeps the whole detail).
_QUIET = {"id", "unit_code", "version", "created_at", "updated_at", "search_text"}


def detail_text(row: AuditRow) -> str:
    """The stored detail, compact and with every ID number masked."""
    value = row.detail_dict()
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else row.detail
    return mask_id_numbers_in(text)


def detail_summary(row: AuditRow) -> str:
    """'name: 张伟; id_number: 320101********0113; …' without bookkeeping fields, masked."""
    value = row.detail_dict()
    if not value:
        return mask_id_numbers_in(row.detail)
    parts = [f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v}"
             for k, v in sorted(value.items()) if k not in _QUIET and v not in (None, "")]
    return mask_id_numbers_in("; ".join(parts))


class AuditTableModel(PagedTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], parent: QObject | None = None):
        super().__init__(reader, date.today, parent)
        self._filter = AuditFilter()
        self._query: AuditQuery | None = None
        self._more = False

    @property
    def list_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, f: AuditFilter) -> None:
        self._filter = f
        self.reload()

    @property
    def has_more(self) -> bool:
        return self._more

    # -- paging: keyset, no count ----------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        conn = self._reader()
        self._query = AuditQuery(conn, self._filter)
        self._keys = self._query.page(conn, limit=BLOCK_SIZE)
        self._more = len(self._keys) == BLOCK_SIZE
        self._total = len(self._keys)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._query is None:
            return
        before = self._keys[-1] if self._keys else None
        more = self._query.page(self._reader(), before=before, limit=BLOCK_SIZE)
        self._more = len(more) == BLOCK_SIZE
        if not more:
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._keys.extend(more)
        self._total = len(self._keys)
        self.endInsertRows()

    def fetch_rows(self, keys: list[int]) -> dict[int, AuditRow]:
        return audit_queries.fetch_rows(self._reader(), keys)

    def row_of(self, entry_id: int) -> int:
        return self.row_of_key(entry_id)

    # -- what to show ----------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole, ENTRY_ID_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ENTRY_ID_ROLE:
            return row.id
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail_text(row) if column == COL_DETAIL else None
        if column == COL_ID:
            return str(row.id)
        if column == COL_TIME:
            return local_time(row.at)
        if column == COL_USER:
            return row.user_name
        if column == COL_ACTION:
            return audit_labels.action_label(row.action)
        if column == COL_TABLE:
            return audit_labels.table_label(row.table_name)
        if column == COL_RECORD:
            return row.row_id
        if column == COL_DETAIL:
            text = detail_summary(row)
            return text if len(text) <= MAX_DETAIL else text[:MAX_DETAIL] + "…"
        return None
