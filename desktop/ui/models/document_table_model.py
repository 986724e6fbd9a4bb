"""The document register as a Qt table model. The query (services.document_register) filters by
type, year, voided and search text in SQL; the model holds the rows of that one query (a unit
issues some hundreds of documents a year) and the page sorts them with a proxy."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from desktop.services.document_register import RegisterRow, issued_years, register_rows
from desktop.ui.models.row_list_model import RowListModel

translate = QCoreApplication.translate

COL_NUMBER, COL_TYPE, COL_CASE, COL_SUSPECT, COL_DATE, COL_OFFICER, COL_VOIDED, COL_SHA = \
    range(8)
COLUMN_COUNT = 8
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def column_title(column: int) -> str:
    return {
        COL_NUMBER: translate("DocumentTableModel", "Number"),
        COL_TYPE: translate("DocumentTableModel", "Document"),
        COL_CASE: translate("DocumentTableModel", "Case no."),
        COL_SUSPECT: translate("DocumentTableModel", "Suspect"),
        COL_DATE: translate("DocumentTableModel", "Issued"),
        COL_OFFICER: translate("DocumentTableModel", "Officer"),
        COL_VOIDED: translate("DocumentTableModel", "Voided"),
        COL_SHA: translate("DocumentTableModel", "SHA-256"),
    }[column]


class DocumentTableModel(RowListModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._reader = reader
        self._query: dict = {}

    def set_query(self, **query) -> None:
        """search=, doc_type=, year=, include_voided= as register_rows takes them."""
        self._query = query
        self.reload()

    def load_rows(self) -> list[RegisterRow]:
        return register_rows(self._reader(), **self._query)

    def column_title(self, column: int) -> str:
        return column_title(column)

    def row_of(self, document_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

    def years(self) -> list[int]:
        return issued_years(self._reader())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SHA:
                return item.sha256
            if column == COL_VOIDED and item.voided_at:
                return translate("DocumentTableModel", "Reason: %1").replace(
                    "%1", item.void_reason)
            return self._display(item, column)
        if role == DOCUMENT_ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            if column == COL_DATE:
                return item.issued_on.isoformat()
            if column == COL_NUMBER:  # by type and serial, not as text ("10号" after "9号")
                return f"{item.doc_type}|{item.issued_on.year:04d}|{item.number:>40}"
            return self._display(item, column)
        if item.voided_at:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#8a8886")
            if role == Qt.ItemDataRole.FontRole and column == COL_NUMBER:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return None

    def _display(self, item: RegisterRow, column: int) -> str:
        if column == COL_NUMBER:
            return item.number
        if column == COL_TYPE:
            return item.title
        if column == COL_CASE:
            return item.case_no
        if column == COL_SUSPECT:
            return item.suspect_name
        if column == COL_DATE:
            return item.issued_on.isoformat()
        if column == COL_OFFICER:
            return item.officer_name
        if column == COL_VOIDED:
            if not item.voided_at:
                return ""
            return translate("DocumentTableModel", "Voided: %1").replace("%1", item.void_reason)
        if column == COL_SHA:
            return item.sha256[:12]
        return ""
