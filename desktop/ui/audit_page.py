"""The audit page (审计日志): the office's whole audit chain, newest first, with filters (date
range, user, action, record kind, text), the chain's state checked in a worker with progress
(intact, or the first broken link with its entry id), and an entry opening the history of
its record. A dialog from the View menu (Ctrl+Shift+L): the sidebar keeps its rows and
Ctrl+1 … Ctrl+9.

Reads only: everything comes from services/audit_queries; ID numbers in the details are
masked by the model."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.services import audit_queries
from desktop.services.audit_queries import ACTIONS, AuditFilter, ChainState
from desktop.ui import audit_labels
from desktop.ui.context import AppContext
from desktop.ui.models.audit_table_model import (COL_DETAIL, ENTRY_ID_ROLE,
                                                 AuditTableModel)

GREEN, RED = "#1b7f3b", "#b3261e"


class AuditPage(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._context = context
        self.state: ChainState | None = None
        self.resize(1100, 680)

        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("auditChainState")
        self.chain_label.setWordWrap(True)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("auditCheckChain")
        self.from_check = QCheckBox(self)
        self.from_edit = QDateEdit(self)
        self.to_check = QCheckBox(self)
        self.to_edit = QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("auditUserFilter")
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditActionFilter")
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("auditTableFilter")
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("auditTextFilter")
        self.text_edit.setClearButtonEnabled(True)
        self._labels = {name: QLabel(self) for name in ("user", "action", "table")}
        self._labels["user"].setBuddy(self.user_combo)
        self._labels["action"].setBuddy(self.action_combo)
        self._labels["table"].setBuddy(self.table_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("auditRecordHistory")
        self.history_button.setEnabled(False)

        self.model = AuditTableModel(lambda: self._context.reader, self)
        self.view = QTableView(self)
        self.view.setObjectName("auditLogTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        state_row = QHBoxLayout()
        state_row.addWidget(self.chain_label, 1)
        state_row.addWidget(self.check_button)
        filters = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit,
                       self._labels["user"], self.user_combo, self._labels["action"],
                       self.action_combo, self._labels["table"], self.table_combo):
            filters.addWidget(widget)
        filters.addWidget(self.text_edit, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(state_row)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(below)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filter)
        self.text_edit.textChanged.connect(lambda _t: self._timer.start())
        self.text_edit.returnPressed.connect(self.apply_filter)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _c: self.apply_filter())
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        for combo in (self.user_combo, self.action_combo, self.table_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.check_button.clicked.connect(lambda: self.check_chain())
        self.history_button.clicked.connect(lambda: self.open_history())
        self.view.doubleClicked.connect(lambda _i: self.open_history())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.history_button.setEnabled(self.selected_entry() is not None))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.buttons.rejected.connect(self.reject)

        self._filling = True
        self._fill_choices()
        self._filling = False
        self.retranslateUi()
        self.apply_filter()

    # -- filters ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        conn = self._context.reader
        for combo, values, label in (
                (self.user_combo, audit_queries.user_names(conn), str),
                (self.action_combo, list(ACTIONS), audit_labels.action_label),
                (self.table_combo, audit_queries.table_names(conn), audit_labels.table_label)):
            current = combo.currentData()
            combo.clear()
            combo.addItem("", "")  # "All", named in retranslateUi
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None,
            user=self.user_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            table=self.table_combo.currentData() or "",
            text=self.text_edit.text().strip())

    def apply_filter(self) -> None:
        if self._filling:
            return
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = self.tr("%n entries shown", "", n)
        if self.model.has_more:
            text += " " + self.tr("(more as you scroll)")
        self.count_label.setText(text)

    # -- the chain's state -----------------------------------------------------------------
    def check_chain(self) -> ChainState | None:
        """Walk the whole chain in a worker behind a cancellable progress dialog."""
        from desktop.ui.worker import run_with_progress

        path = self._context.office.db.path
        self.state = run_with_progress(
            self, self.tr("Checking the audit chain…"),
            lambda progress: audit_queries.chain_state(path, progress), cancellable=True,
            title=self.tr("Audit log"))
        self._show_state()
        if self.state is not None and self.state.fault is not None \
                and self.state.fault.entry_id is not None:
            self.show_entry(self.state.fault.entry_id)
        return self.state

    def _show_state(self) -> None:
        s = self.state
        if s is None:
            self.chain_label.setText(self.tr("Chain not checked yet."))
            self.chain_label.setStyleSheet("")
            return
        if not s.finished:
            text, colour = self.tr("Check stopped after %1 of %2 entries; no break found so "
                                   "far.").replace("%1", str(s.entries)) \
                .replace("%2", str(s.total)), ""
        elif s.fault is None:
            text, colour = self.tr("Chain intact: %n entries checked.", "", s.entries), GREEN
        else:
            text = self.tr("Chain broken: the first broken link is entry %1 — %2") \
                .replace("%1", str(s.fault.entry_id)).replace("%2", self._fault_text(s))
            colour = RED
        self.chain_label.setText(text)
        self.chain_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def _fault_text(self, s: ChainState) -> str:
        return {
            "hash": self.tr("it was altered after it was written"),
            "link": self.tr("it does not follow the entry before it (re-hashed, reordered or "
                            "replaced)"),
            "gap": self.tr("entries before it were deleted"),
            "start": self.tr("the chain does not begin at entry 1"),
            "tail": self.tr("the newest entries were deleted"),
        }.get(s.fault.code, s.fault.message)

    def show_entry(self, entry_id: int) -> None:
        """Select an entry (the broken link), clearing the filters if it is filtered out."""
        row = self.model.row_of(entry_id)
        if row < 0 and self.current_filter() != AuditFilter():
            self._filling = True
            for check in (self.from_check, self.to_check):
                check.setChecked(False)
            for combo in (self.user_combo, self.action_combo, self.table_combo):
                combo.setCurrentIndex(0)
            self.text_edit.clear()
            self._filling = False
            self.apply_filter()
            row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    # -- a record's history ----------------------------------------------------------------
    def selected_entry(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_history(self) -> QDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        dialog = RecordHistoryDialog(self._context, entry.table_name, entry.row_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.check_button.setText(self.tr("&Check the chain"))
        self.check_button.setToolTip(self.tr("Walk the whole chain and report the first "
                                             "broken link"))
        self.from_check.setText(self.tr("&From"))
        self.to_check.setText(self.tr("&To"))
        self._labels["user"].setText(self.tr("&User:"))
        self._labels["action"].setText(self.tr("&Action:"))
        self._labels["table"].setText(self.tr("&Record:"))
        self.text_edit.setPlaceholderText(self.tr("Search record id or detail (a full ID "
                                                  "number finds its entries)"))
        self.history_button.setText(self.tr("Record &history…"))
        for combo in (self.user_combo, self.action_combo, self.table_combo):
            combo.setItemText(0, self.tr("All"))
        for i in range(1, self.action_combo.count()):
            self.action_combo.setItemText(i, audit_labels.action_label(
                self.action_combo.itemData(i)))
        for i in range(1, self.table_combo.count()):
            self.table_combo.setItemText(i, audit_labels.table_label(
                self.table_combo.itemData(i)))
        self.model.retranslate()
        self._update_count()
        self._show_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class RecordHistoryDialog(QDialog):
    """Every entry of one record, oldest first (the same table the request detail shows);
    an arrest-review record can be opened from here."""

    def __init__(self, context: AppContext, table: str, row_id: str,
                 parent: QWidget | None = None):
        from desktop.services.arrest_queries import AuditEntry
        from desktop.ui.audit_view import AuditTable

        super().__init__(parent)
        self.setObjectName("auditRecordHistoryDialog")
        self._context, self.table, self.row_id = context, table, row_id
        self.resize(900, 420)
        rows = audit_queries.record_history(context.reader, row_id)
        self.audit = AuditTable(self, mask_id_numbers=True)
        self.audit.set_entries([AuditEntry(r.at, r.user_name, r.action, r.table_name,
                                           r.version, r.detail_dict()) for r in rows])
        self.request_id = audit_queries.request_of(context.reader, table, row_id)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("auditOpenRecord")
        self.open_button.setVisible(self.request_id is not None)
        self.open_button.clicked.connect(self.open_record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.audit, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def open_record(self) -> None:
        if self.request_id is not None:
            self._context.open_record.emit("arrest_review", self.request_id)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("History of %1 %2").replace(
            "%1", audit_labels.table_label(self.table)).replace("%2", self.row_id))
        self.open_button.setText(self.tr("&Open the request"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
