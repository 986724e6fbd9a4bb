"""The cooperation-log page of the investigation-supervision and cooperation office
(侦查监督与协作配合办公室): the office record in one line, a filter bar (search, kind, police
agency, period, open or overdue items), the lazy list, the entry buttons, and the selected
entry in full, with its audit history and the year's counts per kind and month."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from desktop.domain import cooperation as rules
from desktop.services import arrest_queries
from desktop.services import cooperation_log as svc
from desktop.services import cooperation_queries as q
from desktop.services.cooperation_queries import CooperationFilter
from desktop.services.errors import NotFound
from desktop.ui import cooperation_labels as col
from desktop.ui import labels
from desktop.ui.context import AppContext
from desktop.ui.cooperation_detail import CooperationAuditTable, detail_html
from desktop.ui.cooperation_statistics import CooperationStatistics
from desktop.ui.models.cooperation_table_model import (COL_AGENCY, COL_CASE, COL_DATE,
                                                       COL_DUE, COL_KIND, COL_OFFICER,
                                                       COL_SUMMARY, COL_UNIT, ENTRY_ID_ROLE,
                                                       CooperationTableModel, column_title)
from desktop.ui.read_only import ReadOnlyNote, set_writable
from desktop.ui.unit_filter import UnitFilter, show_unit_column

PERIODS = ("all", "month", "quarter", "year", "last_year")


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """(from, to) of a period choice, inclusive."""
    if period == "month":
        return today.replace(day=1), today
    if period == "quarter":
        return today - timedelta(days=91), today
    if period == "year":
        return date(today.year, 1, 1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class CooperationPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cooperationPage")
        self._context = context
        self._filling = False
        self.detail = None

        self.office_label = QLabel(self)
        self.office_label.setObjectName("cooperationOfficeLabel")
        self.office_label.setWordWrap(True)
        self.office_button = QPushButton(self)
        self.office_button.setObjectName("cooperationOfficeButton")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("cooperationSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("cooperationKindFilter")
        self._kind_label = QLabel(self)
        self._kind_label.setBuddy(self.kind_combo)
        self.agency_combo = QComboBox(self)
        self.agency_combo.setObjectName("cooperationAgencyFilter")
        self._agency_label = QLabel(self)
        self._agency_label.setBuddy(self.agency_combo)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("cooperationPeriodFilter")
        self._period_label = QLabel(self)
        self._period_label.setBuddy(self.period_combo)
        self.open_check = QCheckBox(self)
        self.open_check.setObjectName("cooperationOpenOnly")
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("cooperationOverdueOnly")
        self.count_label = QLabel(self)
        self.unit_filter = UnitFilter(self)
        self.note = ReadOnlyNote(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("cooperationNew")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("cooperationEdit")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("cooperationComplete")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("cooperationRemove")

        self.model = CooperationTableModel(lambda: self._context.reader, self._context.today,
                                           self)
        self.view = QTableView(self)
        self.view.setObjectName("cooperationTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OFFICER, QHeaderView.ResizeMode.ResizeToContents)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        for combo, letters in ((self.kind_combo, 12), (self.agency_combo, 10)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("cooperationDetail")
        self.history = CooperationAuditTable(self)
        self.stats = CooperationStatistics(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cooperationTabs")
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.stats, "")

        top = QHBoxLayout()
        top.addWidget(self.office_label, 1)
        top.addWidget(self.office_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        for label, combo in ((self._kind_label, self.kind_combo),
                             (self._agency_label, self.agency_combo),
                             (self._period_label, self.period_combo)):
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addWidget(self.open_check)
        bar.addWidget(self.overdue_check)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.complete_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.unit_filter)  # upper office only
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        from desktop.ui.upper_instructions_box import UpperInstructionsBox

        # the upper office's comments and 督办 on the selected entry (its actions up there)
        self.upper_box = UpperInstructionsBox(context, "cooperation_entries", "", self)
        layout.addWidget(self.upper_box)

        self.search_edit.textChanged.connect(lambda _t: self.apply_filter())
        for combo in (self.kind_combo, self.agency_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.open_check.toggled.connect(lambda _c: self.apply_filter())
        self.overdue_check.toggled.connect(lambda _c: self.apply_filter())
        self.unit_filter.changed.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.activated.connect(lambda _i: self.edit_entry())
        # Delete on the list removes the selected entry (after asking; "No" is the default).
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete),
                                         self.view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(lambda: self.remove_entry())
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.edit_button.clicked.connect(lambda: self.edit_entry())
        self.complete_button.clicked.connect(lambda: self.complete_entry())
        self.remove_button.clicked.connect(lambda: self.remove_entry())
        self.office_button.clicked.connect(lambda: self.edit_office())
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def current_filter(self) -> CooperationFilter:
        period = self.period_combo.currentData() if self.period_combo.count() else "all"
        start, end = period_range(period or "all", self._context.today())
        return CooperationFilter(
            kind=(self.kind_combo.currentData() or None) if self.kind_combo.count() else None,
            police_agency_id=(self.agency_combo.currentData() or None)
            if self.agency_combo.count() else None,
            open_only=self.open_check.isChecked(), overdue_only=self.overdue_check.isChecked(),
            date_from=start, date_to=end, search=self.search_edit.text(),
            unit_code=self.unit_filter.unit_code())

    def apply_filter(self) -> None:
        if self._filling:
            return
        keep = self.current_entry_id()
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%n entry(s)", "", self.model.total))
        if not self.select_entry(keep, quiet=True):
            self._show_current()

    def _load_units(self) -> None:
        self._filling = True
        self.unit_filter.load(self._context.reader, self._context.office.unit_code)
        self._filling = False
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def refresh(self) -> None:
        self._load_units()
        self._fill_agencies()
        self._show_office()
        self._fill_statistics()
        self.apply_filter()

    def current_entry_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(ENTRY_ID_ROLE) or "" if index.isValid() else ""

    def select_entry(self, entry_id: str, *, quiet: bool = False) -> bool:
        """Select an entry; unless `quiet`, clear the filters when it is not in the list."""
        row = self.model.row_of(entry_id) if entry_id else -1
        if row < 0 and entry_id and not quiet:
            self.clear_filters()
            row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        self._show_current()
        return True

    def clear_filters(self) -> None:
        self._filling = True
        self.search_edit.clear()
        for combo in (self.kind_combo, self.agency_combo, self.period_combo):
            combo.setCurrentIndex(0)
        self.unit_filter.set_unit(None)
        self.open_check.setChecked(False)
        self.overdue_check.setChecked(False)
        self._filling = False
        self.apply_filter()

    def _show_current(self) -> None:
        entry_id = self.current_entry_id()
        reader, today = self._context.reader, self._context.today()
        self.detail = q.entry_detail(reader, entry_id) if entry_id else None
        self.browser.setHtml(detail_html(self.detail, today) if self.detail else "")
        self.history.set_entries(q.entry_history(reader, entry_id) if self.detail else [])
        has = self.detail is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.complete_button.setEnabled(has and rules.is_tracked(self.detail.row.kind)
                                        and self.detail.row.done_on is None)
        self.note.show_for(self._context.office, "cooperation", entry_id)
        self.upper_box.set_subject(entry_id or "")
        set_writable([self.edit_button, self.remove_button, self.complete_button],
                     not self.note.read_only)

    def _fill_agencies(self) -> None:
        self._filling = True
        current = self.agency_combo.currentData() if self.agency_combo.count() else ""
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All"), "")
        for agency_id, name in arrest_queries.police_agencies(self._context.reader):
            self.agency_combo.addItem(name, agency_id)
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(current)))
        self._filling = False

    def _show_office(self) -> None:
        office = self._context.office
        record = q.office_record(self._context.reader, office.unit_code)
        if record is None:
            self.office_label.setText(self.tr("The office's site and staff are not recorded "
                                              "yet."))
            return
        text = self.tr("%1 — at %2; resident prosecutor: %3").replace("%1", record.name) \
            .replace("%2", record.site).replace("%3", record.resident_prosecutor or "—")
        self.office_label.setText(text)
        self.office_label.setToolTip(record.duty_roster)

    def _fit_columns(self) -> None:
        """Widths that show typical values whole in the current language; the summary takes
        the rest, longer texts are elided (their tooltip has them whole)."""
        metrics = self.view.fontMetrics()
        samples = {
            COL_DATE: "2026-11-23",
            COL_KIND: max([*(col.kind_label(k) for k in col.KINDS),
                           col.kind_with_subtype("coercive_measure", "detention")],
                          key=metrics.horizontalAdvance),
            COL_AGENCY: "青山县公安局交通警察大队",
            COL_CASE: "A3201152026110139 欧阳明志",
            COL_DUE: labels.due_text(date(2026, 1, 1), date(2026, 1, 13)),
            COL_UNIT: "青山县人民检察院",
        }
        for column, text in samples.items():
            title = column_title(column)
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title))
            self.view.setColumnWidth(column, width + 24)

    def _fill_statistics(self) -> None:
        self.stats.fill(self._context.reader, self._context.today().year)

    # -- actions ---------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._context.notify_changed()
        entry_id = getattr(dialog, "result_value", None)
        if isinstance(entry_id, str) and entry_id:
            self.select_entry(entry_id)
        return True

    def entry_dialog(self, *, edit: bool = False) -> QDialog | None:
        from desktop.ui.cooperation_dialogs import EntryDialog

        if edit and (self.detail is None or self.note.read_only):
            return None
        kind = self.kind_combo.currentData() if self.kind_combo.count() else ""
        return EntryDialog(self._context.office, today=self._context.today(),
                           detail=self.detail if edit else None,
                           kind=kind or "consultation", parent=self)

    def new_entry(self) -> None:
        self._run(self.entry_dialog())

    def edit_entry(self) -> None:
        dialog = self.entry_dialog(edit=True)
        if dialog is not None:
            self._run(dialog)

    def complete_dialog(self) -> QDialog | None:
        from desktop.ui.cooperation_dialogs import complete_dialog

        if not self.complete_button.isEnabled():
            return None
        return complete_dialog(self._context.office, self.detail, today=self._context.today(),
                               parent=self)

    def complete_entry(self) -> None:
        dialog = self.complete_dialog()
        if dialog is not None:
            keep = self.current_entry_id()
            if self._run(dialog):
                self.select_entry(keep)

    def remove_entry(self) -> bool:
        if self.detail is None or self.note.read_only:
            return False
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if QMessageBox.question(
                self, self.tr("Remove entry"),
                self.tr("Remove this entry from the log? It stays in the audit history."),
                buttons, QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            svc.remove_entry(self._context.office, self.detail.row.entry_id)
        except NotFound:
            pass  # removed meanwhile: the refresh shows it gone
        self._context.notify_changed()
        return True

    def office_dialog(self) -> QDialog:
        from desktop.ui.cooperation_dialogs import office_dialog

        office = self._context.office
        return office_dialog(office, q.office_record(self._context.reader, office.unit_code),
                             today=self._context.today(), parent=self)

    def edit_office(self) -> None:
        self._run(self.office_dialog())

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def open_entry(self, entry_id: str) -> bool:
        """Show one entry (from the dashboard)."""
        return self.select_entry(entry_id)

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.office_button.setText(self.tr("Office &record…"))
        self.search_edit.setPlaceholderText(self.tr("Case, suspect, participants or words of "
                                                    "the summary"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self._kind_label.setText(self.tr("&Kind:"))
        self._agency_label.setText(self.tr("&Agency:"))
        self._period_label.setText(self.tr("&Period:"))
        self.open_check.setText(self.tr("Open items onl&y"))
        self.overdue_check.setText(self.tr("Over&due only"))
        self.new_button.setText(self.tr("&New entry…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.complete_button.setText(self.tr("Mark d&one…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.tabs.setTabText(0, self.tr("Entry"))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setTabText(2, self.tr("Statistics %1").replace(
            "%1", str(self._context.today().year)))
        self._filling = True
        current = self.kind_combo.currentData() if self.kind_combo.count() else ""
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All"), "")
        for value, text in col.kind_choices():
            self.kind_combo.addItem(text, value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        period = self.period_combo.currentData() if self.period_combo.count() else "all"
        self.period_combo.clear()
        texts = {"all": self.tr("Any time"), "month": self.tr("This month"),
                 "quarter": self.tr("Last 3 months"), "year": self.tr("This year"),
                 "last_year": self.tr("Last year")}
        for value in PERIODS:
            self.period_combo.addItem(texts[value], value)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))
        if self.agency_combo.count():
            self.agency_combo.setItemText(0, self.tr("All"))
        self._filling = False
        self.model.retranslate()
        self._fit_columns()
        self.count_label.setText(self.tr("%n entry(s)", "", self.model.total))
        if self.detail is not None:
            self._show_current()
        self._show_office()
        self._fill_statistics()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
