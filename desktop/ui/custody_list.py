"""The custody-necessity review page (羁押必要性审查): the office's period settings in one line,
a filter bar, the list of reviews, a row of step buttons for the selected review (each enabled
only where the step fits its state), and the selected review in full with every deadline and
its legal basis."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QSplitter,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services import custody_queries
from desktop.services.custody_queries import CustodyFilter
from desktop.services.custody_settings import read_settings
from desktop.ui import custody_labels as cl
from desktop.ui.context import AppContext
from desktop.ui.custody_detail import detail_html
from desktop.ui.models.custody_table_model import (COL_DUE, COL_UNIT, REVIEW_ID_ROLE,
                                                   SEARCH_ROLE, SORT_ROLE, CustodyTableModel)
from desktop.ui.read_only import ReadOnlyNote, set_writable
from desktop.ui.unit_filter import UnitFilter, show_unit_column

CUSTODY_DOCUMENTS = ("custody_change_recommendation", "custody_review_result")
STEP_NAMES = ("checklist", "recommend", "not_recommend", "reply", "escalate", "notice",
              "close")


class CustodyListPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._audited: set[str] = set()  # juvenile reviews whose opening is audited already
        self.setObjectName("custodyListPage")
        self._context = context
        self.detail = None

        self.settings_label = QLabel(self)
        self.settings_label.setObjectName("custodySettingsLabel")
        self.settings_label.setWordWrap(True)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("custodySettingsButton")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("custodySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("custodySourceFilter")
        self._source_label = QLabel(self)
        self._source_label.setBuddy(self.source_combo)
        self.open_check = QCheckBox(self)
        self.open_check.setObjectName("custodyOpenOnly")
        self.open_check.setChecked(True)
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("custodyOverdueOnly")
        self.count_label = QLabel(self)
        self.unit_filter = UnitFilter(self)
        self.note = ReadOnlyNote(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("custodyNewButton")
        self.step_buttons: dict[str, QPushButton] = {}
        for step in STEP_NAMES:
            button = QPushButton(self)
            button.setObjectName(f"custodyStep_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.run_step(s))
            self.step_buttons[step] = button

        # The two documents of this procedure, issued from the selected review.
        self.documents_button = QPushButton(self)
        self.documents_button.setObjectName("custodyDocuments")
        self.documents_menu = QMenu(self.documents_button)
        self.document_actions = {}
        for doc_type in CUSTODY_DOCUMENTS:
            action = self.documents_menu.addAction("")
            action.triggered.connect(lambda _c=False, t=doc_type: self.issue_document(t))
            self.document_actions[doc_type] = action
        self.documents_button.setMenu(self.documents_menu)

        self.model = CustodyTableModel(lambda: self._context.reader, self._context.today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setObjectName("custodyTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("custodyDetail")

        top = QHBoxLayout()
        top.addWidget(self.settings_label, 1)
        top.addWidget(self.settings_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self._source_label)
        bar.addWidget(self.source_combo)
        bar.addWidget(self.open_check)
        bar.addWidget(self.overdue_check)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        steps = QHBoxLayout()
        steps.addWidget(self.new_button)
        steps.addSpacing(12)
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addSpacing(12)
        steps.addWidget(self.documents_button)
        steps.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.unit_filter)  # upper office only
        layout.addLayout(bar)
        layout.addLayout(steps)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        from desktop.ui.upper_instructions_box import UpperInstructionsBox

        # the upper office's comments and 督办 on the selected review (its actions up there)
        self.upper_box = UpperInstructionsBox(context, "custody_reviews", "", self)
        layout.addWidget(self.upper_box)

        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.search_edit.textChanged.connect(lambda _t: self._update_count())
        self.source_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.open_check.toggled.connect(lambda _c: self.apply_filter())
        self.overdue_check.toggled.connect(lambda _c: self.apply_filter())
        self.unit_filter.changed.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._update_count)
        self.new_button.clicked.connect(self.new_review)
        self.settings_button.clicked.connect(self.edit_settings)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self._filling = False
        self._load_units()
        self.retranslateUi()
        self.apply_filter()

    # -- data ------------------------------------------------------------------------------
    def current_filter(self) -> CustodyFilter:
        source = self.source_combo.currentData() if self.source_combo.count() else ""
        return CustodyFilter(open_only=self.open_check.isChecked(),
                             overdue_only=self.overdue_check.isChecked(),
                             source=source or None, unit_code=self.unit_filter.unit_code())

    def apply_filter(self) -> None:
        if self._filling:
            return
        keep = self.current_review_id()
        self.model.set_filter(self.current_filter())
        self.select_review(keep, quiet=True)
        self._show_current()

    def _load_units(self) -> None:
        self._filling = True
        self.unit_filter.load(self._context.reader, self._context.office.unit_code)
        self._filling = False
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def refresh(self) -> None:
        self._load_units()
        self.settings_label.setText(cl.settings_summary(read_settings(self._context.reader)))
        self.apply_filter()

    def current_review_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(REVIEW_ID_ROLE) if index.isValid() else ""

    def select_review(self, review_id: str, *, quiet: bool = False) -> bool:
        row = self.model.row_of(review_id) if review_id else -1
        if row < 0 and review_id and not quiet:
            # not in the filtered list: show everything so the officer finds it
            self._filling = True
            self.open_check.setChecked(False)
            self.overdue_check.setChecked(False)
            self.source_combo.setCurrentIndex(0)
            self.unit_filter.set_unit(None)
            self.search_edit.clear()
            self._filling = False
            self.model.set_filter(self.current_filter())
            row = self.model.row_of(review_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        self._show_current()
        return True

    def _show_current(self) -> None:
        review_id = self.current_review_id()
        today = self._context.today()
        self.detail = custody_queries.review_detail(self._context.reader, review_id,
                                                    today=today) if review_id else None
        settings = read_settings(self._context.reader)
        self.browser.setHtml(detail_html(self.detail, settings, today) if self.detail
                             else "")
        from desktop.ui.custody_dialogs import step_available

        for step, button in self.step_buttons.items():
            button.setEnabled(step_available(step, self.detail))
        self.documents_button.setEnabled(self.detail is not None)
        self.upper_box.set_subject(review_id or "")
        self.note.show_for(self._context.office, "custody_review", review_id)
        set_writable([*self.step_buttons.values(), self.documents_button],
                     not self.note.read_only)
        if review_id and review_id not in self._audited:
            # a juvenile's review shown: audited once per review while the page lives
            # (services/sensitive_reads), not at every refresh or arrow key
            from desktop.services import sensitive_reads

            self._audited.add(review_id)
            sensitive_reads.opened_custody_review(self._context.office, review_id)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n review(s)", "", self.proxy.rowCount()))

    # -- steps -----------------------------------------------------------------------------
    def new_review(self) -> QDialog:
        from desktop.ui.custody_dialogs import start_dialog

        dialog = start_dialog(self._context.office, today=self._context.today(), parent=self)
        self._run(dialog, select_result=True)
        return dialog

    def step_dialog(self, step: str) -> QDialog | None:
        from desktop.ui import custody_dialogs

        if not custody_dialogs.step_available(step, self.detail) or self.note.read_only:
            return None
        office, today = self._context.office, self._context.today()
        if step == "checklist":
            from desktop.ui.custody_checklist import ChecklistDialog

            return ChecklistDialog(office, self.detail, today=today, parent=self)
        factory = custody_dialogs.STEPS[step][0]
        return factory(office, self.detail, today=today, parent=self)

    def run_step(self, step: str) -> None:
        dialog = self.step_dialog(step)
        if dialog is not None:
            self._run(dialog)

    def _run(self, dialog: QDialog, *, select_result: bool = False) -> None:
        keep = self.current_review_id()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._context.notify_changed()
            new_id = getattr(dialog, "result_value", None) if select_result else None
            self.select_review(new_id or keep)

    def issue_document(self, doc_type: str) -> QDialog | None:
        """Open the issue dialog for one of this procedure's documents, filled from the
        selected review (services/custody_documents.py)."""
        review_id = self.current_review_id()
        if not review_id:
            return None
        from desktop.services.documents import Subject
        from desktop.ui.document_issue_dialog import DocumentIssueDialog

        dialog = DocumentIssueDialog(self._context.office, doc_type,
                                     Subject("custody_reviews", review_id), self,
                                     today=self._context.today())
        self._run(dialog)
        return dialog

    def edit_settings(self) -> None:
        from desktop.ui.custody_settings_dialog import CustodySettingsDialog

        if CustodySettingsDialog(self._context.office, self).exec() == \
                QDialog.DialogCode.Accepted:
            self._context.notify_changed()

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.settings_label.setText(cl.settings_summary(read_settings(self._context.reader)))
        self.settings_button.setText(self.tr("Peri&ods…"))
        self.search_edit.setPlaceholderText(self.tr("Suspect, case number or officer"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self._source_label.setText(self.tr("Started &by:"))
        self.open_check.setText(self.tr("Open onl&y"))
        self.overdue_check.setText(self.tr("Over&due only"))
        self.new_button.setText(self.tr("&New review…"))
        texts = {"checklist": self.tr("Fac&tors…"), "recommend": self.tr("&Recommend…"),
                 "not_recommend": self.tr("&Keep in custody…"),
                 "reply": self.tr("Record re&ply…"), "escalate": self.tr("Call for &correction…"),
                 "notice": self.tr("Notify &applicant…"), "close": self.tr("C&lose…")}
        for step, text in texts.items():
            self.step_buttons[step].setText(text)
        self.documents_button.setText(self.tr("Docu&ments"))
        self.document_actions["custody_change_recommendation"].setText(
            self.tr("Recommendation to release or change the measure (释放或者变更强制措施建议书)…"))
        self.document_actions["custody_review_result"].setText(
            self.tr("Result notice to the applicant (羁押必要性审查结果通知书)…"))
        self._filling = True
        current = self.source_combo.currentData() if self.source_combo.count() else ""
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("All"), "")
        for value, text in cl.source_choices():
            self.source_combo.addItem(text, value)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(current)))
        self._filling = False
        self.model.retranslate()
        self._update_count()
        if self.detail is not None:
            self._show_current()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
