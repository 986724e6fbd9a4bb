"""The unit filter and unit column of the consolidated lists (upper office only).

At an upper office (上级院) every register holds its units' records too: a list shows the
owning unit (单位) in its first visible column and a combo "all units / one unit" narrows it,
in SQL. At a grassroots office both stay hidden and nothing changes. One widget for all
registers, so the five lists and the dashboard behave alike."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QWidget

from desktop.services.unit_scope import UnitScope, office_scope

ALL_UNITS = ""


class UnitFilter(QWidget):
    """"Unit: [All units ▾]"; `changed` after the user picks another unit."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, row: bool = True):
        """`row`: a line of its own above a list's filter bar (left-aligned), so the bars,
        full already, grow no wider at the upper office; else a part of a line."""
        super().__init__(parent)
        self.setObjectName("unitFilter")
        self.scope: UnitScope | None = None
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("unitCombo")
        # as wide as a county office's name (白山县人民检察院), not the longest name there is:
        # the filter bars are full already; the list that drops down shows names whole
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(9)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        if row:
            layout.addStretch(1)
        self._filling = False
        self.combo.currentIndexChanged.connect(self._picked)
        self.setVisible(False)
        self.retranslateUi()

    @property
    def upper(self) -> bool:
        return bool(self.scope and self.scope.upper)

    def load(self, conn, own_code: str) -> None:
        """Read this office's level and units again (a new office, a unit registered)."""
        self.scope = office_scope(conn, own_code)
        self._fill()
        self.setVisible(self.scope.upper)

    def unit_code(self) -> str | None:
        """The chosen unit's code; None for all units (and always at a grassroots office)."""
        if not self.upper or not self.combo.count():
            return None
        return self.combo.currentData() or None

    def set_unit(self, code: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(code or ALL_UNITS)))

    def _fill(self) -> None:
        current = self.combo.currentData() if self.combo.count() else ALL_UNITS
        self._filling = True
        self.combo.clear()
        self.combo.addItem(self.tr("All units"), ALL_UNITS)
        for code, name in (self.scope.units if self.scope else ()):
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self._filling = False

    def _picked(self) -> None:
        if not self._filling:
            self.changed.emit()

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Un&it:"))
        self.combo.setToolTip(self.tr("Show the records of one unit, or of all units"))
        if self.combo.count():
            self.combo.setItemText(0, self.tr("All units"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def show_unit_column(view: QTableView, column: int, upper: bool) -> None:
    """The unit column (the model's last) shows first at an upper office, nowhere else."""
    header = view.horizontalHeader()
    view.setColumnHidden(column, not upper)
    if upper and header.visualIndex(column) != 0:
        header.moveSection(header.visualIndex(column), 0)
