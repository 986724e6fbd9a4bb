"""The timeline of one request (services.review_queries.timeline): every step with its date,
its deadline, the days left while it is open, and the legal basis of the deadline."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QSplitter, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.ui import labels
from desktop.ui import review_labels as rl

COL_STEP, COL_SUSPECT, COL_ON, COL_DUE, COL_LEFT, COL_DETAIL, COL_BASIS = range(7)


class TimelinePage(QWidget):
    """The timeline above, the full legal basis of the chosen step below it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = TimelineView(self)
        self.basis = QLabel(self)
        self.basis.setObjectName("timelineBasis")
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #444444; padding: 4px;")
        splitter = QSplitter(self)
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.basis)
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.view.currentItemChanged.connect(
            lambda item, _old: self.basis.setText(item.text(COL_BASIS) if item else ""))

    def set_steps(self, steps, today) -> None:
        self.view.set_steps(steps, today)
        open_steps = [i for i in range(self.view.topLevelItemCount())
                      if self.view.topLevelItem(i).text(COL_LEFT) not in ("", self.view.done)]
        if open_steps:
            self.view.setCurrentItem(self.view.topLevelItem(open_steps[0]))

    def rows(self) -> list[list[str]]:
        return self.view.rows()


class TimelineView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setColumnCount(7)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._steps = []
        self._today = None
        self.retranslateUi()

    def set_steps(self, steps, today) -> None:
        self._steps, self._today = list(steps), today
        self._fill()

    def rows(self) -> list[list[str]]:
        return [[self.topLevelItem(i).text(c) for c in range(self.columnCount())]
                for i in range(self.topLevelItemCount())]

    def _detail(self, step) -> str:
        detail = step.detail or ""
        if ":" in detail and step.kind in ("proposed", "decided"):
            kind, _, rest = detail.partition(":")
            ground, _, flags = rest.partition(" ")
            text = f"{rl.label(rl.DECISIONS, kind)} — {rl.label(rl.GROUNDS, ground)}"
            if "self_approved" in flags:
                text += " " + self.tr("(self-approved)")
            if "late" in flags:
                text += " " + self.tr("(late)")
            return text
        words = {"executed": self.tr("executed"), "not_executed": self.tr("not executed"),
                 "upheld": self.tr("upheld"), "changed": self.tr("changed"),
                 "pending": self.tr("no answer yet")}
        return words.get(detail, labels.status_label(detail) if step.kind == "review_due"
                         else detail)

    def _fill(self) -> None:
        self.clear()
        today = self._today
        for step in self._steps:
            item = QTreeWidgetItem(self)
            item.setText(COL_STEP, rl.label(rl.STEPS, step.kind))
            item.setText(COL_SUSPECT, step.suspect)
            item.setText(COL_ON, labels.format_date(step.on))
            item.setText(COL_DUE, labels.format_date(step.due))
            if step.due is not None and not step.done and today is not None:
                item.setText(COL_LEFT, labels.days_left_text(step.due, today))
                colour = labels.due_foreground(labels.due_state(step.due, today))
                if colour is not None:
                    item.setForeground(COL_LEFT, QBrush(colour))
            elif step.due is not None:
                item.setText(COL_LEFT, self.done)
            item.setText(COL_DETAIL, self._detail(step))
            item.setText(COL_BASIS, step.basis)
            item.setToolTip(COL_BASIS, step.basis)

    def retranslateUi(self) -> None:
        self.done = self.tr("done")
        self.setHeaderLabels([self.tr("Step"), self.tr("Suspect"), self.tr("Date"),
                              self.tr("Deadline"), self.tr("Days left"), self.tr("Detail"),
                              self.tr("Legal basis")])
        for column, width in ((COL_STEP, 200), (COL_SUSPECT, 80), (COL_ON, 95), (COL_DUE, 95),
                              (COL_LEFT, 110), (COL_DETAIL, 190)):
            self.setColumnWidth(column, width)
        self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
