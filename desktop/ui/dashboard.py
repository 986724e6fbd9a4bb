"""The morning view: what is overdue, due today, and due within three days, across modules.

One tree with a section per urgency; each line is a DueItem from the services, and Enter or a
double-click opens its record. Long sections are cut after MAX_PER_SECTION lines, with a
last line that opens the full list. At an upper office the items are its units' too: a unit
column and a unit filter (ui/unit_filter.py) say and choose whose.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.deadlines import DueState, classify
from desktop.domain.review_deadlines import Step
from desktop.services import (cooperation_queries, custody_queries, dashboard, petition_queries,
                              supervision_queries, upper_queries)
from desktop.ui import labels
from desktop.ui.context import AppContext
from desktop.ui.petition_labels import HIGH_RISK_COLOUR
from desktop.ui.unit_filter import UnitFilter

MAX_PER_SECTION = 200
SECTIONS = (DueState.OVERDUE, DueState.DUE_TODAY, DueState.DUE_SOON)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
MORE_ROLE = Qt.ItemDataRole.UserRole + 3
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 4
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 5  # the table an upper office's 督办 is about
STEP_KINDS = frozenset(s.value for s in Step)
COL_KIND, COL_TITLE, COL_DETAIL, COL_DUE, COL_LEFT, COL_UNIT = range(6)  # 单位: upper office


def _item(parent, *, kind: str = "", record: str = "", more: str = "",
          request: str = "", subject: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent)
    item.setData(0, KIND_ROLE, kind)
    item.setData(0, RECORD_ROLE, record)
    item.setData(0, MORE_ROLE, more)
    item.setData(0, REQUEST_ROLE, request)
    item.setData(0, SUBJECT_ROLE, subject)
    return item


class DashboardPage(QWidget):
    show_overdue_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._context = context
        self._items: dict[DueState, list] = {state: [] for state in SECTIONS}

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.unit_filter = UnitFilter(self, row=False)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("dueTree")
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setStyleSheet("QTreeWidget#dueTree::item { padding: 4px 2px; }")
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.unit_filter)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)

        self.tree.itemActivated.connect(self._activated)
        self.unit_filter.changed.connect(self.refresh)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self._context.today()
        own = self._context.office.unit_code
        self.unit_filter.load(self._context.reader, own)
        upper = self.unit_filter.upper
        self.tree.setColumnHidden(COL_UNIT, not upper)
        header = self.tree.header()
        if upper and header.visualIndex(COL_UNIT) != 1:  # right after the type
            header.moveSection(header.visualIndex(COL_UNIT), 1)
        self._items = {state: [] for state in SECTIONS}
        for item in dashboard.due_items(self._context.reader, today=today, within_days=3,
                                        unit_code=self.unit_filter.unit_code(), own_code=own):
            state = classify(item.due_date, today)
            if state in self._items:
                self._items[state].append(item)
        self.retranslateUi()

    def counts(self) -> dict[DueState, int]:
        return {state: len(items) for state, items in self._items.items()}

    def section_item(self, state: DueState) -> QTreeWidgetItem:
        return self.tree.topLevelItem(SECTIONS.index(state))

    def _rebuild(self) -> None:
        today = self._context.today()
        # Every item carries every role (pyside_workarounds: never read an unset role).
        current = self.tree.currentIndex()
        current_id = current.data(RECORD_ROLE) if current.isValid() else ""
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        select = None
        for state in SECTIONS:
            items = self._items[state]
            section = _item(self.tree)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            section.setFont(0, bold)
            section.setForeground(0, QBrush(labels.due_foreground(state)))
            section.setBackground(0, QBrush(labels.due_background(state)))
            for item in items[:MAX_PER_SECTION]:
                line = _item(section, kind=item.kind, record=item.record_id,
                             request=getattr(item, "request_id", "") or "",
                             subject=getattr(item, "subject_table", "") or "")
                line.setText(COL_KIND, self._kind_label(item.kind))
                line.setText(COL_TITLE, item.title)
                detail = self._detail_text(item)
                line.setText(COL_DETAIL, detail)
                line.setText(COL_DUE, labels.format_date(item.due_date))
                line.setText(COL_LEFT, labels.days_left_text(item.due_date, today))
                line.setForeground(COL_LEFT, QBrush(labels.due_foreground(state)))
                if self.unit_filter.scope is not None:
                    line.setText(COL_UNIT, self.unit_filter.scope.name_of(item.unit_code))
                line.setToolTip(COL_TITLE, item.title)
                line.setToolTip(COL_DETAIL, detail)
                if item.kind in (petition_queries.KIND, supervision_queries.KIND) and item.basis:
                    line.setToolTip(COL_DETAIL, f"{detail}\n{item.basis}")  # its legal basis
                if getattr(item, "high_risk", False):  # a high-risk petition stands out
                    for column in (COL_KIND, COL_TITLE, COL_DETAIL):
                        line.setFont(column, bold)
                        line.setForeground(column, QBrush(QColor(HIGH_RISK_COLOUR)))
                if item.record_id == current_id:
                    select = line
            hidden = len(items) - MAX_PER_SECTION
            if hidden > 0:
                more = _item(section, more=state.value)
                more.setFirstColumnSpanned(True)
                more.setText(0, self.tr("… %n more: show them in the list", "", hidden))
        self.tree.expandAll()
        self._section_texts()
        if select is not None:
            self.tree.setCurrentItem(select)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, MORE_ROLE):
            self.show_overdue_requested.emit()
            return
        record_id = item.data(0, RECORD_ROLE)
        if record_id:
            kind = item.data(0, KIND_ROLE)
            if kind in STEP_KINDS:  # the request, opened on the step's suspect
                record_id = f"{item.data(0, REQUEST_ROLE)}/{record_id}"
            if kind == upper_queries.DIRECTIVE_KIND:  # the upper office's 督办: its record
                kind, record_id = upper_queries.open_target(
                    item.data(0, SUBJECT_ROLE), record_id, item.data(0, REQUEST_ROLE))
            self._context.open_record.emit(kind, record_id)

    def first_record_item(self, state: DueState) -> QTreeWidgetItem | None:
        section = self.section_item(state)
        return section.child(0) if section is not None and section.childCount() else None

    # -- texts -----------------------------------------------------------------------------
    def _kind_label(self, kind: str) -> str:
        if kind == "arrest_review":
            return self.tr("Arrest review")
        if kind == custody_queries.KIND:
            return self.tr("Custody review")
        if kind == supervision_queries.KIND:
            return self.tr("Supervision")
        if cooperation_queries.is_due_kind(kind):  # 联合督办 or 整改跟踪, by its kind
            from desktop.ui import cooperation_labels

            return cooperation_labels.kind_label(cooperation_queries.entry_kind_of(kind))
        if kind == petition_queries.KIND:
            return self.tr("Petition")
        if kind == upper_queries.DIRECTIVE_KIND:
            return self.tr("Upper office's directive")
        return labels.step_kind_label(kind)

    def _detail_text(self, item) -> str:
        """Charges for an arrest review; what is due for a custody review (the reply to a
        recommendation, past its day: call for correction)."""
        if item.kind in STEP_KINDS:
            return labels.step_detail(item.kind)
        if item.kind == supervision_queries.KIND:  # "<due kind>:<notice kind>"
            from desktop.ui import supervision_labels

            due_kind, _, notice_kind = item.detail.partition(":")
            text = self.tr("%1: %2").replace("%1", supervision_labels.kind_label(notice_kind))\
                .replace("%2", supervision_labels.due_kind_label(due_kind))
            if due_kind == "reply" and item.due_date < self._context.today():
                text = self.tr("%1 — no reply in time").replace("%1", text)
            return text
        if item.kind == petition_queries.KIND:
            from desktop.ui import petition_labels

            text = petition_labels.label(petition_labels.DUE_KINDS, item.detail)
            if getattr(item, "high_risk", False):
                text = self.tr("High risk (%1): %2").replace(
                    "%1", petition_labels.level_label(item.risk_level)).replace("%2", text)
            return text
        if item.kind != custody_queries.KIND:
            return item.detail
        from desktop.ui import custody_labels

        text = custody_labels.due_kind_label(item.detail)
        if item.detail == "reply" and item.due_date < self._context.today():
            text = self.tr("%1: no reply, call for correction").replace("%1", text)
        return text

    def _section_title(self, state: DueState, count: int) -> str:
        if state == DueState.OVERDUE:
            return self.tr("Overdue (%n)", "", count)
        if state == DueState.DUE_TODAY:
            return self.tr("Due today (%n)", "", count)
        return self.tr("Due within 3 days (%n)", "", count)

    def _section_texts(self) -> None:
        for index, state in enumerate(SECTIONS):
            section = self.tree.topLevelItem(index)
            if section is None:
                continue
            count = len(self._items[state])
            section.setText(0, self._section_title(state, count))
            if count == 0:
                if section.childCount() == 0:
                    _item(section)
                empty = section.child(0)
                empty.setFirstColumnSpanned(True)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                empty.setText(0, self.tr("Nothing"))

    def retranslateUi(self) -> None:
        """Every text is set while building the tree, so a rebuild retranslates it."""
        today = self._context.today()
        self.heading.setText(self.tr("Deadlines"))
        total = sum(len(v) for v in self._items.values())
        self.summary.setText(self.tr("Today is %1. %n open item(s) fall due within three days "
                                     "or are overdue.", "", total)
                             .replace("%1", labels.format_date(today)))
        self.tree.setHeaderLabels([self.tr("Type"), self.tr("Case and suspects"),
                                   self.tr("Charges, or what is due"), self.tr("Due date"),
                                   self.tr("Days left"), self.tr("Unit")])
        self._fit_columns()
        self._rebuild()

    def _fit_columns(self) -> None:
        """Widths that show typical values whole in the current language."""
        metrics = self.tree.fontMetrics()
        samples = {
            COL_KIND: max(self._kind_label("arrest_review"),
                          self._kind_label(custody_queries.KIND),
                          *(self._kind_label(cooperation_queries.KIND_PREFIX + k)
                            for k in ("joint_supervision", "rectification")), key=len),
            COL_TITLE: "A3201012026110001  欧阳小明、张三丰",
            COL_DUE: "2026-11-23",
            COL_LEFT: labels.days_left_text(date(2026, 1, 1), date(2026, 1, 13)),
            COL_UNIT: "青山县人民检察院",
        }
        for column, text in samples.items():
            title = self.tree.headerItem().text(column)
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title))
            self.tree.setColumnWidth(column, width + 28 + (self.tree.indentation()
                                                          if column == COL_KIND else 0))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

