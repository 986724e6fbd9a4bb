"""The records behind a statistics figure (统计数据所对应的案件): a dialog listing them, each
opening its record through the context. services/statistics.records_behind gives ids of the
table its statement counts (requests, reviews, notices, petitions…); this file names the
record kind each id opens as, so a double-click lands on the record a user knows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.ui.context import AppContext

# table → (the context's record kind, SQL giving the id that kind opens and a label). Read
# only; the ids come from records_behind, never from user text.
_LOOKUPS: tuple[tuple[str, str], ...] = (
    ("arrest_review", "SELECT id, request_no FROM arrest_requests WHERE id = ?"),
    ("arrest_review", "SELECT r.request_id, q.request_no || ' ' || coalesce(p.name, '') "
                      "FROM arrest_reviews r JOIN arrest_requests q ON q.id = r.request_id "
                      "LEFT JOIN persons p ON p.id = r.person_id WHERE r.id = ?"),
    ("custody_review", "SELECT id, id FROM custody_reviews WHERE id = ?"),
    ("supervision", "SELECT id, id FROM supervision_matters WHERE id = ?"),
    ("supervision", "SELECT matter_id, id FROM supervision_notices WHERE id = ?"),
    ("petition", "SELECT id, id FROM petitions WHERE id = ?"),
)


def resolve(conn, record_id: str) -> tuple[str, str, str] | None:
    """(kind, id to open, label) of a counted record, or None when no known table holds it."""
    for kind, sql in _LOOKUPS:
        try:
            row = conn.execute(sql, (record_id,)).fetchone()
        except Exception:  # a column this schema names otherwise: try the plainer lookups
            continue
        if row is not None:
            return kind, row[0], str(row[1] or row[0])
    return None


class RecordsBehindDialog(QDialog):
    """The records a figure counts; double-click (or Enter) opens one."""

    def __init__(self, context: AppContext, title: str, ids: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsRecordsDialog")
        self._context = context
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("%n record(s) counted", "", len(ids)), self)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("statisticsRecordsList")
        for record_id in ids:
            found = resolve(context.reader, record_id)
            item = QListWidgetItem(found[2] if found else record_id, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (found[0], found[1]) if found else None)
            item.setToolTip(record_id)
        self.list.itemActivated.connect(self.open_item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def open_item(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self._context.open_record.emit(target[0], target[1])
