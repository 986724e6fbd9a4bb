"""The mapping page of the import wizard (列对应): the sheet's header and first rows, with a
combo box of fields above each column, pre-filled by the guess (or the saved mapping) for the
officer to correct; "Save mapping as…" keeps it for next month's file."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QInputDialog,
                               QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWizardPage)

from desktop.domain.import_fields import fields
from desktop.domain.import_values import cell_text
from desktop.ui.import_labels import field_text

SAMPLE_ROWS = 8


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.combos: list[QComboBox] = []
        self.table = QTableWidget(self)
        self.table.setObjectName("importMappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("importMissingFields")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #b71c1c;")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.clicked.connect(self.save_mapping)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        table, mapping = self.w.table, self.w.mapping
        self.combos = []
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        shown = min(len(table.rows), SAMPLE_ROWS)
        self.table.setRowCount(shown + 1)
        self.table.setHorizontalHeaderLabels(table.headers)
        self.table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in table.row_numbers[:shown]])
        for col in range(len(table.headers)):
            combo = QComboBox(self.table)
            combo.setObjectName(f"importField{col}")
            combo.addItem(self.tr("— not imported —"), None)
            for f in fields(self.w.kind):
                combo.addItem(field_text(self.w.kind, f.key) + (" *" if f.required else ""),
                              f.key)
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(col)), 0))
            combo.currentIndexChanged.connect(lambda _i, c=col: self._chosen(c))
            self.combos.append(combo)
            self.table.setCellWidget(0, col, combo)
            for r in range(shown):
                row = table.rows[r]
                self.table.setItem(r + 1, col, QTableWidgetItem(
                    cell_text(row[col]) if col < len(row) else ""))
        self.table.resizeColumnsToContents()
        header = self.table.verticalHeader()  # "Field" in full beside the combo boxes
        header.setMinimumWidth(header.fontMetrics().horizontalAdvance(self.tr("Field")) + 16)
        for col, combo in enumerate(self.combos):  # the field's name must show in full
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col),
                                                   combo.sizeHint().width()), 260))
        self._show_missing()

    def _chosen(self, col: int) -> None:
        key = self.combos[col].currentData()
        columns = self.w.mapping.columns
        columns.pop(col, None)
        if key:
            for other, other_key in list(columns.items()):
                if other_key == key:  # a field takes one column: the earlier choice goes
                    columns.pop(other)
                    self.combos[other].blockSignals(True)
                    self.combos[other].setCurrentIndex(0)
                    self.combos[other].blockSignals(False)
            columns[col] = key
        self.w.fixes, self.w.skip = {}, set()  # fixes were typed for the old mapping
        self._show_missing()

    def missing(self) -> list[str]:
        mapped = set(self.w.mapping.columns.values())
        # a police export has no 受理日期: receiving it is ours (today)
        optional = {"received_date"} if self.w.police else set()
        return [f.key for f in fields(self.w.kind)
                if f.required and f.key not in mapped and f.key not in optional]

    def _show_missing(self) -> None:
        missing = self.missing()
        self.missing_label.setText(self.tr("Not mapped yet (required): %1").replace(
            "%1", "、".join(field_text(self.w.kind, k) for k in missing)) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.mapping is not None and not self.missing()

    def save_mapping(self) -> None:
        from desktop.services.errors import ValidationFailed
        from desktop.services.register_import_mappings import save_mapping
        from desktop.ui.import_labels import reason_text

        name, ok = QInputDialog.getText(self, self.tr("Save mapping"),
                                        self.tr("Name of the mapping (e.g. the register's "
                                                "name):"),
                                        text=self.w.file_page.mapping_combo.currentData() or "")
        if not ok:
            return
        try:
            save_mapping(self.w.office, name, self.w.kind, self.w.mapping)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Save mapping"),
                                "\n".join(reason_text(self.w.kind, e) for e in exc.errors))
            return
        self.w.file_page._fill_mappings()
        self.w.file_page.mapping_combo.blockSignals(True)
        self.w.file_page.mapping_combo.setCurrentIndex(
            self.w.file_page.mapping_combo.findData(name.strip()))
        self.w.file_page.mapping_combo.blockSignals(False)
        self.save_button.setText(self.tr("Saved as “%1”").replace("%1", name.strip()))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Match the columns to the fields"))
        self.setSubTitle(self.tr("Guessed from the headers: correct a column in its box. "
                                 "Fields marked * are required."))
        self.save_button.setText(self.tr("Save mapping &as…"))
        if self.w.table is not None and self.combos:
            self.initializePage()
