"""The arrest-review register page: a filter bar over a lazily filled table.

Every filter change becomes a ListFilter for the model, which asks SQL again; typing in the
search box waits ~150 ms for a pause first. Enter or a double-click opens the request.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QPushButton,
                               QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget)

from desktop.services import arrest_queries
from desktop.services.arrest_queries import ListFilter
from desktop.ui import i18n, labels, settings
from desktop.ui.context import AppContext
from desktop.ui.models.arrest_table_model import (COL_CASE_NO, COL_CHARGES, COL_CUSTODY,
                                                  COL_DUE, COL_OFFICER, COL_RECEIVED,
                                                  COL_STATUS, COL_SUSPECTS, COL_UNIT,
                                                  REQUEST_ID_ROLE, SORT_KEYS, ArrestTableModel)
from desktop.ui.unit_filter import UnitFilter, show_unit_column

SEARCH_DELAY_MS = 150
# Default column widths come from a typical long value of each column in the current language.
_SAMPLE_TEXTS = {
    COL_CASE_NO: lambda: "A3201012026110001",
    COL_SUSPECTS: lambda: "欧阳小明、张三丰、李四",
    COL_CHARGES: lambda: "走私、贩卖、运输、制造毒品罪",
    COL_CUSTODY: lambda: max(labels.custody_label(True), labels.custody_label(False), key=len),
    COL_RECEIVED: lambda: "2026-11-23",
    COL_DUE: lambda: labels.due_text(date(2026, 1, 1), date(2026, 1, 13)),
    COL_STATUS: lambda: max((label for _v, label in labels.status_choices()), key=len),
    COL_OFFICER: lambda: "欧阳明明",
    COL_UNIT: lambda: "青山县人民检察院",
}
_ALL, _OPEN = "", "open"


class ArrestListPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("arrestListPage")
        self._context = context
        self._loaded = False
        self._language = i18n.current_language()

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("officerFilter")
        self.custody_combo = QComboBox(self)
        self.custody_combo.setObjectName("custodyFilter")
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("overdueOnly")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.unit_filter = UnitFilter(self)
        # 公安机关共享信息的待确认登记: shown while a police export's drafts wait (import_drafts)
        self.drafts_button = QPushButton(self)
        self.drafts_button.setObjectName("policeDraftsButton")
        self.drafts_button.hide()
        self.drafts_button.clicked.connect(self.show_drafts)
        self._status_label = QLabel(self)
        self._officer_label = QLabel(self)
        self._custody_label = QLabel(self)
        for label, buddy in ((self._status_label, self.status_combo),
                             (self._officer_label, self.officer_combo),
                             (self._custody_label, self.custody_combo)):
            label.setBuddy(buddy)

        self.model = ArrestTableModel(lambda: self._context.reader, self._context.today, self)
        self.view = QTableView(self)
        self.view.setObjectName("arrestTable")
        self.view.setModel(self.model)
        self._setup_view()

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        for label, combo in ((self._status_label, self.status_combo),
                             (self._officer_label, self.officer_combo),
                             (self._custody_label, self.custody_combo)):
            bar.addSpacing(8)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addSpacing(8)
        bar.addWidget(self.overdue_check)
        bar.addSpacing(16)
        bar.addWidget(self.count_label)
        bar.addWidget(self.drafts_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.unit_filter)  # upper office only
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        for combo in (self.status_combo, self.officer_combo, self.custody_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_check.toggled.connect(self.apply_filter)
        self.unit_filter.changed.connect(self._unit_changed)
        self.view.activated.connect(self._open)
        self.model.modelReset.connect(self._update_count)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self._office_changed)

        self._filling = False
        self._load_units()
        self.retranslateUi()  # also fills the combos

    def _setup_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fast with 100k rows
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionClicked.connect(self._header_clicked)
        self._restore_columns()

    def fit_columns(self) -> None:
        """Default widths: each column shows a typical long value whole."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        for column, sample in _SAMPLE_TEXTS.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample()), metrics.horizontalAdvance(title) + 20)
            header.resizeSection(column, width + 18)

    def _columns_option(self) -> settings.Option:
        # Widths fit the words of a language, so each language keeps its own.
        return settings.keyed(settings.LIST_HEADER_STATE, self._language)

    def _restore_columns(self) -> None:
        header = self.view.horizontalHeader()
        saved = settings.get(self._columns_option())
        if saved.isEmpty() or not header.restoreState(saved):
            self.fit_columns()
        key, descending = self.model.sort_key
        column = next(c for c, k in SORT_KEYS.items() if k == key)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def save_state(self) -> None:
        settings.put(self._columns_option(), self.view.horizontalHeader().saveState())

    # -- loading ---------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """First display: run the query. Nothing is read while the page was never shown."""
        if not self._loaded:
            self._loaded = True
            self.apply_filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def refresh(self) -> None:
        self._load_units()  # a unit's first package may just have arrived
        self._show_drafts_count()
        if self._loaded:
            self.model.reload()

    def current_filter(self) -> ListFilter:
        status = self.status_combo.currentData()
        detained = self.custody_combo.currentData()
        return ListFilter(
            status=status or None,
            officer_id=self.officer_combo.currentData() or None,
            detained=None if detained in (None, "") else bool(detained),
            overdue_only=self.overdue_check.isChecked(),
            search=self.search_edit.text(),
            unit_code=self.unit_filter.unit_code(),
        )

    def apply_filter(self) -> None:
        if self._filling:
            return
        self._search_timer.stop()
        self._loaded = True
        self.model.set_filter(self.current_filter())

    def _search_now(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def _header_clicked(self, column: int) -> None:
        header = self.view.horizontalHeader()
        current, descending = self.model.sort_key
        key = SORT_KEYS.get(column)
        if key is None:  # not sortable: put the indicator back where the order really is
            back = next(c for c, k in SORT_KEYS.items() if k == current)
            header.setSortIndicator(back, Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
            return
        descending = (not descending) if key == current else False
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        self.model.set_sort(key, descending)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_overdue(self) -> None:
        """Used by the dashboard's "more" link: open requests that are overdue."""
        self._filling = True
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(_OPEN)))
        self.custody_combo.setCurrentIndex(0)
        self.officer_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.overdue_check.setChecked(True)
        self._filling = False
        self.apply_filter()

    def select_request(self, request_id: str) -> bool:
        """Select the row of `request_id` if it is among the first rows shown."""
        row = self.model.row_of_request(request_id) if self._loaded else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _open(self, index: QModelIndex) -> None:
        request_id = index.data(REQUEST_ID_ROLE)
        if request_id:
            self._context.open_record.emit("arrest_review", request_id)

    def _show_drafts_count(self) -> None:
        from desktop.domain import permissions

        office = self._context.office
        count = arrest_queries.open_police_drafts(office.reader) \
            if office.may(permissions.REGISTER_REQUEST) else 0
        self.drafts_button.setText(self.tr("Drafts from the police (%n)…", "", count))
        self.drafts_button.setVisible(count > 0)

    def show_drafts(self):
        """The police export's drafts, confirmed or discarded one by one."""
        from desktop.ui.import_drafts import DraftsDialog

        dialog = DraftsDialog(self._context.office, self, today=self._context.today())
        dialog.changed.connect(self._context.notify_changed)
        dialog.open()
        return dialog

    def _office_changed(self) -> None:
        self._filling = True
        self._load_units()
        self._fill_combos()
        self._filling = False
        if self._loaded:
            self.apply_filter()

    def _load_units(self) -> None:
        self.unit_filter.load(self._context.reader, self._context.office.unit_code)
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def _unit_changed(self) -> None:
        # the officer filter offers the chosen unit's officers (this office's by default)
        self._filling = True
        self._fill_combos()
        self._filling = False
        self.apply_filter()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n request(s)", "", self.model.total))

    # -- texts -----------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        """(Re)fill the filter choices, keeping the current choice where it still exists."""
        # An empty combo box would answer None (see pyside_workarounds): ask only filled ones.
        status, officer, custody = (combo.currentData() if combo.count() else None
                                    for combo in (self.status_combo, self.officer_combo,
                                                  self.custody_combo))
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All"), _ALL)
        self.status_combo.addItem(self.tr("Open (not decided)"), _OPEN)
        for value, label in labels.status_choices():
            self.status_combo.addItem(label, value)
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("All officers"), _ALL)
        unit = self.unit_filter.unit_code() or self._context.office.unit_code
        for officer_id, name in arrest_queries.officers(self._context.reader, unit):
            self.officer_combo.addItem(name, officer_id)
        self.custody_combo.clear()
        self.custody_combo.addItem(self.tr("All"), "")
        self.custody_combo.addItem(labels.custody_label(True), 1)
        self.custody_combo.addItem(labels.custody_label(False), 0)
        for combo, value in ((self.status_combo, status), (self.officer_combo, officer),
                             (self.custody_combo, custody)):
            found = combo.findData(value) if value is not None else -1
            combo.setCurrentIndex(max(found, 0))

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Name, ID number, case number or charge"))
        self.search_edit.setToolTip(self.tr("Search (Ctrl+F): two characters of a name are "
                                            "enough"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self._status_label.setText(self.tr("&Status:"))
        self._officer_label.setText(self.tr("O&fficer:"))
        self._custody_label.setText(self.tr("C&ustody:"))
        self.overdue_check.setText(self.tr("&Overdue only"))
        self._show_drafts_count()
        self._filling = True
        self._fill_combos()
        self._filling = False
        self.model.retranslate()
        self._update_count()
        self.search_edit.setMinimumWidth(min(
            self.search_edit.fontMetrics().horizontalAdvance(self.search_edit.placeholderText())
            + 40, 340))
        if self._language != i18n.current_language():  # a new language: new text widths
            self.save_state()
            self._language = i18n.current_language()
            self._restore_columns()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
