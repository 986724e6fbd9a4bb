"""The document register page (文书登记): every issued document with its number, type, case,
suspect, date, officer, voided state and SHA-256; filters by type and year, voided shown or
not, a search on number, case, suspect and recipient. Open shows the stored PDF (checked
against its SHA-256), Print prints the selected documents (a batch, cancellable, in a
worker), Save as PDF writes the PDF as issued, Void asks for the reason."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.services import documents as D
from desktop.services import sensitive_reads
from desktop.ui.context import AppContext
from desktop.ui.document_issue_dialog import error_text
from desktop.ui.models.document_table_model import (COL_DATE, COL_VOIDED, DOCUMENT_ID_ROLE,
                                                    SORT_ROLE, DocumentTableModel)


class DocumentRegisterPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentRegisterPage")
        self._context = context
        self._filling = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("documentSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("documentTypeFilter")
        self._type_label = QLabel(self)
        self._type_label.setBuddy(self.type_combo)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("documentYearFilter")
        self._year_label = QLabel(self)
        self._year_label.setBuddy(self.year_combo)
        self.voided_check = QCheckBox(self)
        self.voided_check.setObjectName("documentIncludeVoided")
        self.voided_check.setChecked(True)
        self.count_label = QLabel(self)
        self.buttons = {}
        for name in ("open", "print", "save", "void"):
            button = QPushButton(self)
            button.setObjectName(f"document_{name}")
            self.buttons[name] = button

        self.model = DocumentTableModel(lambda: self._context.reader, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("documentTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VOIDED, QHeaderView.ResizeMode.Stretch)  # the reason

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self._type_label)
        bar.addWidget(self.type_combo)
        bar.addWidget(self._year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(self.voided_check)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        for combo in (self.type_combo, self.year_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.voided_check.toggled.connect(lambda _c: self.apply_filter())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.buttons["open"].clicked.connect(lambda: self.open_selected())
        self.buttons["print"].clicked.connect(lambda: self.print_selected())
        self.buttons["save"].clicked.connect(lambda: self.save_selected())
        self.buttons["void"].clicked.connect(lambda: self.void_selected())
        self.model.modelReset.connect(self._update_count)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_years()
        self.apply_filter()

    def _fill_years(self) -> None:
        self._filling = True
        current = self.year_combo.currentData() if self.year_combo.count() else 0
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), 0)
        for year in self.model.years():
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current)))
        self._filling = False

    def apply_filter(self) -> None:
        if self._filling:
            return
        self._search_timer.stop()
        keep = self.selected_ids()
        self.model.set_query(search=self.search_edit.text(),
                             doc_type=self.type_combo.currentData() or None,
                             year=self.year_combo.currentData() or None,
                             include_voided=self.voided_check.isChecked())
        self.select_documents(keep)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(DOCUMENT_ID_ROLE) for index in rows]

    def selected_rows(self):
        return [self.model.row_at(self.model.row_of(i)) for i in self.selected_ids()]

    def select_documents(self, ids: list[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for document_id in ids:
            row = self.model.row_of(document_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | \
            QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.view.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(selection.indexes()[0])

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n document(s)", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        single = len(rows) == 1
        self.buttons["open"].setEnabled(single)
        self.buttons["save"].setEnabled(single)
        self.buttons["print"].setEnabled(bool(rows))
        self.buttons["void"].setEnabled(single and not rows[0].voided_at)

    # -- actions ---------------------------------------------------------------------------
    def _stored_pdf(self, row) -> bytes | None:
        try:
            return D.pdf_bytes(self._context.reader, row.id)
        except D.DocumentError as exc:
            QMessageBox.warning(self, self.tr("Document register"), error_text(exc))
            return None

    def open_selected(self):
        from desktop.ui.document_preview import DocumentViewerDialog

        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        data = self._stored_pdf(rows[0])
        if data is None:
            return None
        dialog = DocumentViewerDialog(data, rows[0].number, rows[0].file_name,
                                      voided=bool(rows[0].voided_at), parent=self,
                                      office=self._context.office, document_id=rows[0].id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.viewer = dialog
        return dialog

    def print_selected(self, printer=None) -> int:
        from desktop.ui.document_printing import PrintCancelled, print_with_progress

        rows = self.selected_rows()
        datas = [self._stored_pdf(r) for r in rows]
        if not rows or any(d is None for d in datas):
            return 0
        voided = [r.number for r in rows if r.voided_at]
        if voided and printer is None and QMessageBox.question(
                self, self.tr("Print"),
                self.tr("These documents were voided: %1\nPrint them all the same?")
                .replace("%1", "、".join(voided))) != QMessageBox.StandardButton.Yes:
            return 0
        try:
            pages = print_with_progress(self, datas, printer)
            if pages:  # printing is audited (services/sensitive_reads)
                sensitive_reads.printed_documents(self._context.office,
                                                  [r.id for r in rows], pages)
            return pages
        except PrintCancelled:
            return 0
        except Exception as exc:  # noqa: BLE001  a printer problem is shown, not raised
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return 0

    def save_selected(self, path: str | None = None):
        from desktop.ui.document_printing import save_pdf

        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        data = self._stored_pdf(rows[0])
        if data is None:
            return None
        try:
            saved = save_pdf(self, data, rows[0].file_name, path)
            if saved is not None:  # a PDF leaving the database is audited
                sensitive_reads.saved_document(self._context.office, rows[0].id, saved.name)
            return saved
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be written: %1")
                                .replace("%1", str(exc)))
            return None

    def ask_void_reason(self, number: str) -> str | None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Void document"),
            self.tr("Void %1? The number stays in the register and is never used again.\n"
                    "Reason:").replace("%1", number))
        return reason if ok else None

    def void_selected(self) -> bool:
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].voided_at:
            return False
        reason = self.ask_void_reason(rows[0].number)
        if reason is None:
            return False
        try:
            D.void(self._context.office, rows[0].id, reason)
        except (D.DocumentError, D.ValidationFailed) as exc:
            QMessageBox.warning(self, self.tr("Void document"), error_text(exc))
            return False
        self._context.notify_changed()
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        from desktop.documents.templates import all_templates

        self.search_edit.setPlaceholderText(self.tr("Number, case number, suspect or "
                                                    "recipient"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self._type_label.setText(self.tr("&Type:"))
        self._year_label.setText(self.tr("&Year:"))
        self.voided_check.setText(self.tr("Show &voided"))
        texts = {"open": self.tr("&Open"), "print": self.tr("&Print…"),
                 "save": self.tr("&Save as PDF…"), "void": self.tr("&Void…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["print"].setToolTip(self.tr("Print the selected documents"))
        self._filling = True
        current = self.type_combo.currentData() if self.type_combo.count() else ""
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All documents"), "")
        for code, template in all_templates().items():
            self.type_combo.addItem(template.title, code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current)))
        if self.year_combo.count():
            self.year_combo.setItemText(0, self.tr("All years"))
        self._filling = False
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
