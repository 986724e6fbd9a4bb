"""The supervision register as a Qt table model, lazy like the arrest-review list: one count,
pages of matter ids fetched as the view scrolls, rows read in blocks of 200 into a small cache
dropped on every reload. SQL filters and sorts (services/supervision_queries)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.services import supervision_queries as queries
from desktop.services.supervision_queries import MatterRow, SupervisionFilter
from desktop.ui import labels
from desktop.ui import supervision_labels as sl
from desktop.ui.models.paged_model import PagedTableModel

translate = QCoreApplication.translate

COL_OPENED, COL_AGENCY, COL_PARTIES, COL_SUMMARY, COL_NOTICE, COL_STATE, COL_DUE, \
    COL_OFFICER, COL_UNIT = range(9)
COLUMN_COUNT = 9  # COL_UNIT (单位): at an upper office only (ui/unit_filter.py)
MATTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    MATTER_ID_ROLE})


def column_title(column: int) -> str:
    return {
        COL_OPENED: translate("SupervisionTableModel", "Opened"),
        COL_AGENCY: translate("SupervisionTableModel", "Police agency"),
        COL_PARTIES: translate("SupervisionTableModel", "Case and persons"),
        COL_SUMMARY: translate("SupervisionTableModel", "Summary"),
        COL_NOTICE: translate("SupervisionTableModel", "Current notice"),
        COL_STATE: translate("SupervisionTableModel", "State"),
        COL_DUE: translate("SupervisionTableModel", "Due (days left)"),
        COL_OFFICER: translate("SupervisionTableModel", "Officer"),
        COL_UNIT: translate("SupervisionTableModel", "Unit"),
    }[column]


class SupervisionTableModel(PagedTableModel):
    column_count = COLUMN_COUNT

    def __init__(self, reader: Callable[[], object], today: Callable[[], date],
                 parent: QObject | None = None):
        super().__init__(reader, today, parent)
        self._filter = SupervisionFilter(status="open")

    @property
    def list_filter(self) -> SupervisionFilter:
        return self._filter

    def set_filter(self, f: SupervisionFilter) -> None:
        self._filter = f
        self.reload()

    def count_rows(self) -> int:
        return queries.count_matters(self._reader(), self._filter, today=self._today())

    def page(self, offset: int, limit: int) -> list[str]:
        return queries.list_page(self._reader(), self._filter, today=self._today(),
                                 offset=offset, limit=limit)

    def fetch_rows(self, keys: list[str]) -> dict[str, MatterRow]:
        return queries.fetch_rows(self._reader(), keys, today=self._today())

    def row_of(self, matter_id: str) -> int:
        return self.row_of_key(matter_id)

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
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_SUMMARY, COL_PARTIES,
                                                              COL_AGENCY, COL_NOTICE):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE and item.due_kind:
            return sl.due_kind_label(item.due_kind)  # what is due: a reply, a decision…
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) \
                and column == COL_DUE:
            state = labels.due_state(item.due_date, self._today())
            return labels.due_foreground(state) if role == Qt.ItemDataRole.ForegroundRole \
                else labels.due_background(state)
        if role == MATTER_ID_ROLE:
            return item.matter_id
        return None

    def _display(self, item: MatterRow, column: int) -> str:
        if column == COL_OPENED:
            return labels.format_date(item.opened_on)
        if column == COL_AGENCY:
            return item.agency
        if column == COL_PARTIES:
            names = "、".join(n for n in (item.party_name, item.subject_name) if n)
            return "  ".join(x for x in (item.police_case_no, names) if x)
        if column == COL_SUMMARY:
            tags = sl.tags_text(item.tags)
            return f"[{tags}] {item.summary}" if tags else item.summary
        if column == COL_NOTICE:
            return sl.kind_label(item.current_kind) if item.current_kind else ""
        if column == COL_STATE:
            if item.status == "closed":
                return sl.label(sl.MATTER_STATUSES, "closed")
            return sl.state_label(item.current_state) if item.current_state else \
                sl.label(sl.MATTER_STATUSES, "open")
        if column == COL_DUE:
            return labels.due_text(item.due_date, self._today())
        if column == COL_OFFICER:
            return item.officer_name
        if column == COL_UNIT:
            return item.unit_name
        return ""


def fit_columns(view) -> None:
    """Widths that show typical values whole in the current language; the summary column
    stretches over the rest."""
    metrics = view.fontMetrics()
    samples = {
        COL_OPENED: "2026-11-23",
        COL_AGENCY: "临江市公安局青山分局",
        COL_PARTIES: "A20260008  欧阳小明、张三",
        COL_NOTICE: sl.kind_label("explain_non_filing"),
        COL_STATE: max((sl.state_label(s) for s in sl.STATES), key=len),
        COL_DUE: labels.due_text(date(2026, 1, 1), date(2026, 1, 13)),
        COL_OFFICER: "欧阳小明",
        COL_UNIT: "青山县人民检察院",
    }
    for column, text in samples.items():
        width = max(metrics.horizontalAdvance(text),
                    metrics.horizontalAdvance(column_title(column)))
        view.setColumnWidth(column, min(width + 24, 240))
