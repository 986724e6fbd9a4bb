"""The supervision register page (立案监督、侦查活动监督): the office's periods in one line, a
filter bar (search, matter status, current notice state and kind, police agency, overdue), the
lazy list of matters, and for the selected matter its notices with a row of step buttons (each
enabled only where the step fits the selected notice), the matter in full with its timeline,
and its audit history."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from desktop.services import supervision_queries as queries
from desktop.services.supervision_queries import SupervisionFilter
from desktop.services.supervision_settings import read_settings
from desktop.ui import supervision_labels as sl
from desktop.ui.audit_view import AuditTable
from desktop.ui.context import AppContext
from desktop.ui.models.supervision_table_model import (COL_SUMMARY, COL_UNIT, MATTER_ID_ROLE,
                                                       SupervisionTableModel, fit_columns)
from desktop.ui.read_only import ReadOnlyNote, set_writable
from desktop.ui.supervision_detail import detail_html
from desktop.ui.supervision_notice_table import NoticeTable
from desktop.ui.unit_filter import UnitFilter, show_unit_column

NOTICE_STEPS = ("new_notice", "next", "approve", "serve", "answer", "assess", "decide",
                "report_up", "close_notice", "oral", "document")


class SupervisionPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("supervisionPage")
        self._context = context
        self.detail = None
        self._filling = False

        self.settings_label = QLabel(self)
        self.settings_label.setObjectName("supervisionSettingsLabel")
        self.settings_label.setWordWrap(True)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("supervisionSettingsButton")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("supervisionSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.combos: dict[str, QComboBox] = {}
        self._combo_labels: dict[str, QLabel] = {}
        for name in ("status", "state", "kind", "agency"):
            combo = QComboBox(self)
            combo.setObjectName(f"supervision_{name}_filter")
            # long notice and agency names must not crowd out the search field
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            label = QLabel(self)
            label.setBuddy(combo)
            self.combos[name], self._combo_labels[name] = combo, label
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("supervisionOverdueOnly")
        self.count_label = QLabel(self)
        self.unit_filter = UnitFilter(self)
        self.note = ReadOnlyNote(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("supervisionNewMatter")
        self.close_matter_button = QPushButton(self)
        self.close_matter_button.setObjectName("supervisionCloseMatter")

        self.model = SupervisionTableModel(lambda: self._context.reader, self._context.today,
                                           self)
        self.view = QTableView(self)
        self.view.setObjectName("supervisionTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)

        self.notices = NoticeTable(self)
        self.step_buttons: dict[str, QPushButton] = {}
        for step in NOTICE_STEPS:
            button = QPushButton(self)
            button.setObjectName(f"supervisionStep_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.run_step(s))
            self.step_buttons[step] = button
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("supervisionDetail")
        self.audit = AuditTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.audit, "")

        top = QHBoxLayout()
        top.addWidget(self.settings_label, 1)
        top.addWidget(self.settings_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        for name, combo in self.combos.items():
            bar.addWidget(self._combo_labels[name])
            bar.addWidget(combo, 1)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.count_label)
        matter_row = QHBoxLayout()
        matter_row.addWidget(self.new_button)
        matter_row.addWidget(self.close_matter_button)
        matter_row.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.notices, 1)
        grid = QGridLayout()
        for i, step in enumerate(NOTICE_STEPS):
            grid.addWidget(self.step_buttons[step], i // 4, i % 4)
        left_layout.addLayout(grid)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(left)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.unit_filter)  # upper office only
        layout.addLayout(bar)
        layout.addLayout(matter_row)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        from desktop.ui.upper_instructions_box import UpperInstructionsBox

        # the upper office's comments and 督办 on the selected record (its actions up there)
        self.upper_box = UpperInstructionsBox(context, "supervision_matters", "", self)
        layout.addWidget(self.upper_box)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.overdue_check.toggled.connect(lambda _c: self.apply_filter())
        self.unit_filter.changed.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.notices.currentCellChanged.connect(lambda *_: self._show_notice())
        self.new_button.clicked.connect(self.new_matter)
        self.close_matter_button.clicked.connect(self.close_matter)
        self.settings_button.clicked.connect(self.edit_settings)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self._load_units()
        self.retranslateUi()
        self.apply_filter()

    # -- data ------------------------------------------------------------------------------
    def current_filter(self) -> SupervisionFilter:
        def value(name):
            combo = self.combos[name]
            return (combo.currentData() or "") if combo.count() else ""

        return SupervisionFilter(status=value("status"), state=value("state"),
                                 kind=value("kind"), agency_id=value("agency"),
                                 overdue_only=self.overdue_check.isChecked(),
                                 search=self.search_edit.text(),
                                 unit_code=self.unit_filter.unit_code())

    def apply_filter(self) -> None:
        if self._filling:
            return
        keep = self.current_matter_id()
        self.model.set_filter(self.current_filter())
        self._update_count()
        self.select_matter(keep, quiet=True)
        self._show_current()

    def _load_units(self) -> None:
        self._filling = True
        self.unit_filter.load(self._context.reader, self._context.office.unit_code)
        self._filling = False
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def refresh(self) -> None:
        self._load_units()
        self.settings_label.setText(sl.settings_summary(read_settings(self._context.reader)))
        keep_notice = self.current_notice_id()
        self.apply_filter()
        if keep_notice:
            self.select_notice(keep_notice)

    def current_matter_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(MATTER_ID_ROLE) if index.isValid() else ""

    def current_notice_id(self) -> str:
        return self.notices.current_id()

    def current_notice(self):
        return self.detail.notice(self.current_notice_id()) if self.detail else None

    def select_matter(self, matter_id: str, *, quiet: bool = False) -> bool:
        row = self.model.row_of(matter_id) if matter_id else -1
        if row < 0 and matter_id and not quiet:
            # not in the filtered list: show everything so the officer finds it
            self._filling = True
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
            self.unit_filter.set_unit(None)
            self.combos["status"].setCurrentIndex(max(0, self.combos["status"].findData("")))
            self.overdue_check.setChecked(False)
            self.search_edit.clear()
            self._search_timer.stop()
            self._filling = False
            self.model.set_filter(self.current_filter())
            self._update_count()
            row = self.model.row_of(matter_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        self._show_current()
        return True

    def select_notice(self, notice_id: str) -> bool:
        if not self.notices.select(notice_id):
            return False
        self._show_notice()
        return True

    def _show_current(self) -> None:
        matter_id = self.current_matter_id()
        self.upper_box.set_subject(matter_id or "")
        today = self._context.today()
        previous = self.detail.row.matter_id if self.detail else ""
        keep_notice = self.current_notice_id() if previous == matter_id else ""
        self.detail = queries.matter_detail(self._context.reader, matter_id, today=today) \
            if matter_id else None
        self.notices.fill(self.detail.notices if self.detail else [], today, keep_notice)
        self.audit.set_entries(queries.audit_history(self._context.reader, matter_id)
                               if matter_id else [])
        self.note.show_for(self._context.office, "supervision", matter_id)
        self._show_notice()

    def _show_notice(self) -> None:
        today = self._context.today()
        notice = self.current_notice()
        self.browser.setHtml(detail_html(self.detail, today, notice.id if notice else "")
                             if self.detail else "")
        open_matter = self.detail is not None and self.detail.row.status == "open"
        self.close_matter_button.setEnabled(open_matter)
        from desktop.ui.supervision_dialogs import STEPS

        for step, button in self.step_buttons.items():
            if step in ("new_notice", "oral"):
                enabled = open_matter
            elif step == "document":
                from desktop.services.supervision_documents import document_type

                enabled = notice is not None and document_type(notice.kind) is not None
            else:
                enabled = open_matter and notice is not None and STEPS[step][1](notice)
            button.setEnabled(enabled)
        set_writable([self.close_matter_button, *self.step_buttons.values()],
                     not self.note.read_only)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n matter(s)", "", self.model.total))

    # -- steps -----------------------------------------------------------------------------
    def new_matter(self) -> QDialog:
        from desktop.ui.supervision_matter_dialogs import new_matter_dialog

        dialog = new_matter_dialog(self._context.office, today=self._context.today(),
                                   parent=self)
        self._run(dialog, select_matter=True)
        return dialog

    def close_matter(self) -> QDialog | None:
        if self.detail is None:
            return None
        from desktop.ui.supervision_matter_dialogs import close_matter_dialog

        dialog = close_matter_dialog(self._context.office, self.detail,
                                     today=self._context.today(), parent=self)
        self._run(dialog)
        return dialog

    def step_dialog(self, step: str) -> QDialog | None:
        if not self.step_buttons[step].isEnabled():
            return None
        from desktop.ui import supervision_dialogs as d

        office, today, notice = self._context.office, self._context.today(), \
            self.current_notice()
        if step == "new_notice":
            return d.draft_dialog(office, self.detail, today=today, parent=self)
        if step == "next":
            return d.draft_dialog(office, self.detail, notice, today=today, parent=self)
        if step == "oral":
            return d.oral_dialog(office, self.detail, today=today, parent=self)
        return d.STEPS[step][0](office, self.detail, notice, today=today, parent=self)

    def run_step(self, step: str) -> QDialog | None:
        if step == "document":
            return self.issue_document()
        dialog = self.step_dialog(step)
        if dialog is not None:
            self._run(dialog, select_notice=step in ("new_notice", "next", "oral"))
        return dialog

    def _run(self, dialog: QDialog, *, select_matter: bool = False,
             select_notice: bool = False) -> None:
        keep = self.current_matter_id()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            result = getattr(dialog, "result_value", None)
            self._context.notify_changed()
            self.select_matter(result if select_matter and result else keep)
            if select_notice and result:
                self.select_notice(result)

    def issue_document(self) -> QDialog | None:
        """The selected notice's document through the document issue dialog, filled from
        the notice (services/supervision_documents.py)."""
        notice = self.current_notice()
        if notice is None:
            return None
        from desktop.services.documents import Subject
        from desktop.services.supervision_documents import document_type
        from desktop.ui.document_issue_dialog import DocumentIssueDialog

        doc_type = document_type(notice.kind)
        if doc_type is None:
            return None
        dialog = DocumentIssueDialog(self._context.office, doc_type,
                                     Subject("supervision_notices", notice.id), self,
                                     today=self._context.today())
        keep = notice.id
        self._run(dialog)
        self.select_notice(keep)
        return dialog

    def edit_settings(self) -> None:
        from desktop.ui.supervision_matter_dialogs import settings_dialog

        dialog = settings_dialog(self._context.office, today=self._context.today(),
                                 parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._context.notify_changed()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.settings_label.setText(sl.settings_summary(read_settings(self._context.reader)))
        self.settings_button.setText(self.tr("Perio&ds and tags…"))
        self.search_edit.setPlaceholderText(self.tr("Case number, names, agency, summary"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self._combo_labels["status"].setText(self.tr("Matte&rs:"))
        self._combo_labels["state"].setText(self.tr("S&tate:"))
        self._combo_labels["kind"].setText(self.tr("&Kind:"))
        self._combo_labels["agency"].setText(self.tr("A&gency:"))
        self.overdue_check.setText(self.tr("Overdue onl&y"))
        self.new_button.setText(self.tr("&New matter…"))
        self.close_matter_button.setText(self.tr("C&lose matter…"))
        texts = {"new_notice": self.tr("Ne&w notice…"), "next": self.tr("Ne&xt notice…"),
                 "approve": self.tr("A&pprove…"), "serve": self.tr("&Served…"),
                 "answer": self.tr("Police &answer…"), "assess": self.tr("Assess &explanation…"),
                 "decide": self.tr("Dec&ide request…"), "report_up": self.tr("Report &up…"),
                 "close_notice": self.tr("Close noti&ce…"), "oral": self.tr("&Oral correction…"),
                 "document": self.tr("Docu&ment…")}
        for step, text in texts.items():
            self.step_buttons[step].setText(text)
        self.tabs.setTabText(0, self.tr("Matter and timeline"))
        self.tabs.setTabText(1, self.tr("History"))
        self.notices.retranslate()
        self._fill_combos()
        self.model.retranslate()
        fit_columns(self.view)
        self._update_count()
        if self.detail is not None:
            self._show_current()

    def _fill_combos(self) -> None:
        self._filling = True
        tables = {
            "status": [("open", sl.label(sl.MATTER_STATUSES, "open")),
                       ("closed", sl.label(sl.MATTER_STATUSES, "closed")), ("", self.tr("All"))],
            "state": [("", self.tr("All"))] + sl.choices(sl.STATES),
            "kind": [("", self.tr("All"))] + sl.all_kind_choices(),
            "agency": [("", self.tr("All"))] + [tuple(r) for r in
                                                queries.matter_choices(
                                                    self._context.reader)["agencies"]],
        }
        for name, items in tables.items():
            combo = self.combos[name]
            current = combo.currentData() if combo.count() else ("open" if name == "status"
                                                                 else "")
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
