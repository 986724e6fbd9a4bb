"""The petition register as a Qt table model, in the arrest list's shape (STYLE habit 3): one
count, the ids of the pages loaded so far, rows fetched in blocks of 200 on demand and kept in
a small cache. SQL filters and sorts; Qt only paints. High-risk petitions are marked in the
risk column (bold, the overdue colour) so they stand out in a long list."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from desktop.services import petition_queries
from desktop.services.petition_queries import PetitionFilter, PetitionRow
from desktop.ui import labels
from desktop.ui import petition_labels as pl
from desktop.ui.petition_labels import HIGH_RISK_COLOUR
from desktop.ui.models.paged_model import PagedTableModel

translate = QCoreApplication.translate


COL_RECEIVED, COL_PETITIONERS, COL_CHANNEL, COL_TYPE, COL_SUMMARY, COL_RISK, COL_DUE, \
    COL_STATUS, COL_HANDLER, COL_UNIT = range(10)
COLUMN_COUNT = 10  # COL_UNIT (单位): at an upper office only (ui/unit_filter.py)
SORT_KEYS = {COL_RECEIVED: "received", COL_DUE: "due"}

PETITION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIGH_RISK_ROLE = Qt.ItemDataRole.UserRole + 2

_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.FontRole, PETITION_ID_ROLE, HIGH_RISK_ROLE})


def column_title(column: int) -> str:
    return {
        COL_RECEIVED: translate("PetitionTableModel", "Received"),
        COL_PETITIONERS: translate("PetitionTableModel", "Petitioners"),
        COL_CHANNEL: translate("PetitionTableModel", "Channel"),
        COL_TYPE: translate("PetitionTableModel", "Type"),
        COL_SUMMARY: translate("PetitionTableModel", "Summary"),
        COL_RISK: translate("PetitionTableModel", "Risk"),
        COL_DUE: translate("PetitionTableModel", "Due (days left)"),
        COL_STATUS: translate("PetitionTableModel", "Status"),
        COL_HANDLER: translate("PetitionTableModel", "Handler"),
        COL_UNIT: translate("PetitionTableModel", "Unit"),
    }[column]


class PetitionTableModel(PagedTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(reader, today, parent)
        self._filter = PetitionFilter(status="open")
        self._sort = "due"
        self._descending = False

    # -- what to show ----------------------------------------------------------------------
    @property
    def list_filter(self) -> PetitionFilter:
        return self._filter

    def set_filter(self, list_filter: PetitionFilter) -> None:
        self._filter = list_filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
            self.reload()

    def count_rows(self) -> int:
        return petition_queries.count_petitions(self._reader(), self._filter,
                                                today=self._today())

    def page(self, offset: int, limit: int) -> list[str]:
        return petition_queries.list_page(self._reader(), self._filter, today=self._today(),
                                          sort=self._sort, descending=self._descending,
                                          offset=offset, limit=limit)

    def fetch_rows(self, keys: list[str]) -> dict[str, PetitionRow]:
        return petition_queries.fetch_rows(self._reader(), keys)

    def row_of(self, petition_id: str) -> int:
        """The row showing `petition_id` among the first rows, or -1."""
        return self.row_of_key(petition_id)

    # -- Qt interface ----------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
            return translate("PetitionTableModel", "This column cannot be sorted")
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
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUMMARY, COL_PETITIONERS):
            return item.summary if column == COL_SUMMARY else item.petitioners
        if column == COL_RISK and item.high_risk:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(HIGH_RISK_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and column == COL_DUE:
            state = labels.due_state(item.due_date, self._today())
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.due_foreground(state)
            return labels.due_background(state)
        if role == PETITION_ID_ROLE:
            return item.id
        if role == HIGH_RISK_ROLE:
            return item.high_risk
        return None

    def _display(self, item: PetitionRow, column: int) -> str:
        if column == COL_RECEIVED:
            return labels.format_date(item.received_on)
        if column == COL_PETITIONERS:
            text = item.petitioners
            if item.petitioner_count > 1 and item.collective:
                text = translate("PetitionTableModel", "%1 (%2 people)").replace(
                    "%1", text).replace("%2", str(item.petitioner_count))
            return text
        if column == COL_CHANNEL:
            return pl.label(pl.CHANNELS, item.channel)
        if column == COL_TYPE:
            return pl.label(pl.TYPES, item.petition_type)
        if column == COL_SUMMARY:
            first = item.summary.splitlines()[0] if item.summary else ""
            return ("↻ " if item.is_repeat else "") + first
        if column == COL_RISK:
            return pl.level_label(item.risk_level)
        if column == COL_DUE:
            return labels.due_text(item.due_date, self._today())
        if column == COL_STATUS:
            return pl.label(pl.STATUSES, item.status)
        if column == COL_HANDLER:
            return item.handler_name
        if column == COL_UNIT:
            return item.unit_name
        return ""
