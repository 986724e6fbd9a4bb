"""The factor checklist of a custody review (RPR 579, RPR 580, the 2023 rules): one tree with
a section per group; Space ticks a factor, F2 (or typing) edits its facts, and the line
under the tree says what the ticks mean (any RPR 579 situation: a recommendation is required).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.custody_factors import ALL_FACTORS, FACTORS_BY_CODE, GROUPS, assess_factors
from desktop.services import custody_review as svc
from desktop.services.errors import ValidationFailed
from desktop.ui import custody_labels as cl

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
COL_FACTOR, COL_ARTICLE, COL_FACTS = range(3)


class ChecklistDialog(QDialog):
    def __init__(self, office, detail, *, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("custodyChecklistDialog")
        self._office, self._detail, self._today = office, detail, today
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("factorTree")
        self.tree.setColumnCount(3)
        # Only the facts are edited (Enter, F2 or a double-click); Space ticks the factor.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemActivated.connect(self.edit_facts)
        self.tree.installEventFilter(self)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._sections: dict[str, QTreeWidgetItem] = {}
        for group in GROUPS:
            section = QTreeWidgetItem(self.tree)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            section.setData(0, CODE_ROLE, "")
            section.setFirstColumnSpanned(True)
            self._sections[group] = section
        for f in ALL_FACTORS:
            item = QTreeWidgetItem(self._sections[f.group])
            item.setData(0, CODE_ROLE, f.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            present, facts = detail.answers.get(f.code, (False, ""))
            item.setCheckState(COL_FACTOR, Qt.CheckState.Checked if present
                               else Qt.CheckState.Unchecked)
            item.setText(COL_FACTS, facts)
            self.items[f.code] = item
        self.tree.expandAll()
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.tree.itemChanged.connect(lambda *_: self._summarise())
        self.resize(980, 640)
        self.retranslateUi()
        self.tree.setCurrentItem(self.items[ALL_FACTORS[0].code])
        self.tree.setFocus()

    def edit_facts(self, item: QTreeWidgetItem | None = None, _column: int = 0) -> None:
        item = item or self.tree.currentItem()
        if item is not None and item.data(0, CODE_ROLE):
            self.tree.editItem(item, COL_FACTS)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_F2:
            self.edit_facts()
            return True
        return super().eventFilter(watched, event)

    def ticked(self) -> list[str]:
        return [code for code, item in self.items.items()
                if item.checkState(COL_FACTOR) == Qt.CheckState.Checked]

    def set_ticked(self, code: str, present: bool = True, facts: str = "") -> None:
        item = self.items[code]
        item.setCheckState(COL_FACTOR, Qt.CheckState.Checked if present
                           else Qt.CheckState.Unchecked)
        if facts:
            item.setText(COL_FACTS, facts)

    def answers(self) -> dict[str, tuple[bool, str]]:
        return {code: (item.checkState(COL_FACTOR) == Qt.CheckState.Checked,
                       item.text(COL_FACTS)) for code, item in self.items.items()}

    def submit(self) -> None:
        try:
            svc.record_checklist(self._office, self._detail.row.review_id, self.answers(),
                                 today=self._today)
        except ValidationFailed as exc:
            self.error.setText("\n".join(cl.error_message(e) for e in exc.errors))
            self.error.show()
            return
        self.accept()

    def _summarise(self) -> None:
        found = assess_factors(self.ticked())
        if found.recommendation_required:
            text = self.tr("A situation of RPR 579 is ticked: a recommendation to release or "
                           "change the measure is required.")
        elif found.recommendation_possible:
            text = self.tr("A situation of RPR 580 is ticked: a recommendation may be made if "
                           "the person shows remorse and would not endanger society.")
        else:
            text = self.tr("Nothing ticked that calls for a recommendation.")
        if found.not_released:
            text += " " + self.tr("Ticked categories that are generally not released: %n.", "",
                                  len(found.not_released))
        self.summary.setText(text)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Factors of the custody review"))
        self.tree.setHeaderLabels([self.tr("Factor"), self.tr("Article"),
                                   self.tr("Facts and evidence")])
        self.tree.blockSignals(True)
        for group, section in self._sections.items():
            section.setText(0, cl.label(cl.GROUPS, group))
        for code, item in self.items.items():
            f = FACTORS_BY_CODE[code]
            item.setText(COL_FACTOR, cl.factor_label(code))
            item.setText(COL_ARTICLE, cl.factor_article(code) + (
                "" if f.confidence == "V" else f" [{f.confidence}]"))
            item.setToolTip(COL_FACTOR, cl.factor_label(code))
        self.tree.blockSignals(False)
        self.tree.setColumnWidth(COL_FACTOR, 520)
        self.tree.setColumnWidth(COL_ARTICLE, 190)
        self._summarise()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
