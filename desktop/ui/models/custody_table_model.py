"""The custody-review list as a Qt table model. A unit has tens of these cases, not thousands,
so the model holds the rows of one query and a QSortFilterProxyModel on the page does the
text search and the column sorting (STYLE habit 3: short lists)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import custody_queries
from desktop.services.custody_queries import CustodyFilter, CustodyRow
from desktop.ui import custody_labels, labels
from desktop.ui.models.row_list_model import RowListModel

translate = QCoreApplication.translate

COL_CASE_NO, COL_PERSON, COL_SOURCE, COL_STAGE, COL_STARTED, COL_STATUS, COL_DUE_KIND, \
    COL_DUE, COL_OFFICER, COL_UNIT = range(10)
COLUMN_COUNT = 10  # COL_UNIT (单位): at an upper office only (ui/unit_filter.py)
REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def column_title(column: int) -> str:
    return {
        COL_CASE_NO: translate("CustodyTableModel", "Police case no."),
        COL_PERSON: translate("CustodyTableModel", "Suspect"),
        COL_SOURCE: translate("CustodyTableModel", "Started by"),
        COL_STAGE: translate("CustodyTableModel", "Stage"),
        COL_STARTED: translate("CustodyTableModel", "Started"),
        COL_STATUS: translate("CustodyTableModel", "Status"),
        COL_DUE_KIND: translate("CustodyTableModel", "Next deadline"),
        COL_DUE: translate("CustodyTableModel", "Due (days left)"),
        COL_OFFICER: translate("CustodyTableModel", "Officer"),
        COL_UNIT: translate("CustodyTableModel", "Unit"),
    }[column]


class CustodyTableModel(RowListModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._reader = reader
        self._today = today
        self._filter = CustodyFilter(open_only=True)

    @property
    def list_filter(self) -> CustodyFilter:
        return self._filter

    def set_filter(self, f: CustodyFilter) -> None:
        self._filter = f
        self.reload()

    def load_rows(self) -> list[CustodyRow]:
        return custody_queries.list_reviews(self._reader(), self._filter, today=self._today())

    def column_title(self, column: int) -> str:
        return column_title(column)

    def row_of(self, review_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.review_id == review_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column)
        if role == REVIEW_ID_ROLE:
            return item.review_id
        if role == SEARCH_ROLE:
            return f"{item.police_case_no} {item.person_name} {item.officer_name}"
        if role == SORT_ROLE:
            if column == COL_DUE:
                return item.due_date.isoformat() if item.due_date else "9999"
            if column == COL_STARTED:
                return item.started_on.isoformat()
            return self._display(item, column)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and column in (COL_DUE, COL_STATUS) and item.due_date is not None:
            if column == COL_STATUS and item.shown_status != "no_reply":
                return None
            state = labels.due_state(item.due_date, self._today())
            if role == Qt.ItemDataRole.ForegroundRole:
                return labels.due_foreground(state)
            return labels.due_background(state)
        return None

    def _display(self, item: CustodyRow, column: int) -> str:
        if column == COL_CASE_NO:
            return item.police_case_no
        if column == COL_PERSON:
            return item.person_name
        if column == COL_SOURCE:
            return custody_labels.label(custody_labels.SOURCES, item.source)
        if column == COL_STAGE:
            return custody_labels.label(custody_labels.STAGES, item.stage)
        if column == COL_STARTED:
            return labels.format_date(item.started_on)
        if column == COL_STATUS:
            return custody_labels.status_label(item.shown_status)
        if column == COL_DUE_KIND:
            return custody_labels.due_kind_label(item.due_kind) if item.due_kind else ""
        if column == COL_DUE:
            return labels.due_text(item.due_date, self._today())
        if column == COL_OFFICER:
            return item.officer_name
        if column == COL_UNIT:
            return item.unit_name
        return ""
