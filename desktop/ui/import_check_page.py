"""The check page of the import wizard (导入前检查) — the dry run: the first rows as they will
be stored, then each problem row with its sheet row number and reason, fixable in place (the
cell edited → the rows checked again) or skipped; a charge the catalogue does not know offers
its suggestions. The counts say what the import will do. Checking runs in the wizard's worker.

In police mode the page shows what becomes a draft; a draft's problems are shown when the
officer opens it (ui/import_drafts.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHeaderView, QLabel,
                               QPlainTextEdit, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.domain.import_fields import fields
from desktop.services.register_import_rows import NEW, REFUSED, UNCHANGED, UPDATED
from desktop.ui.import_labels import (field_text, reason_text, reasons_text, status_text,
                                      value_text)

PREVIEW_ROWS = 20
RECHECK_DELAY_MS = 300
# the problem table's columns
COL_ROW, COL_FIELD, COL_REASON, COL_VALUE, COL_SUGGESTION, COL_SKIP = range(6)


class CheckPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self._busy = False
        self._again = False
        self._filling = False
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.preview_label = QLabel(self)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel(self)
        self.problems = QTableWidget(0, 6, self)
        self.problems.setObjectName("importProblems")
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(
            COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.problems.itemChanged.connect(self._edited)
        self.differences = QPlainTextEdit(self)
        self.differences.setObjectName("importDifferences")
        self.differences.setReadOnly(True)
        self.differences.setMaximumHeight(70)
        upper = QWidget(self)
        lower = self.lower = QWidget(self)
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(self.preview_label)
        up.addWidget(self.preview, 1)
        down = QVBoxLayout(lower)
        down.setContentsMargins(0, 0, 0, 0)
        down.addWidget(self.problems_label)
        down.addWidget(self.problems, 1)
        down.addWidget(self.differences)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        # the import starts from here; the run page has no way back (it writes or rolls back)
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self.preview.setRowCount(0)
        self.problems.setRowCount(0)
        self.differences.hide()
        self.recheck()

    # -- checking in the worker --------------------------------------------------------------
    def recheck(self) -> None:
        if self._busy:  # an edit while checking: once more when this check ends
            self._again = True
            return
        w = self.w
        self._busy = True
        self.counts_label.setText(self.tr("Checking the rows…"))
        self.completeChanged.emit()
        table, mapping, kind = w.table, w.mapping, w.kind
        fixes = {r: dict(f) for r, f in w.fixes.items()}
        skip, today, office = set(w.skip), w.today, w.office

        def job(_job):
            from desktop.services.register_import import check_rows
            from desktop.services.register_import_police import import_police_export

            if w.police:
                return import_police_export(office, table, mapping, today=today, dry_run=True)
            return check_rows(office, table, mapping, kind, fixes=fixes, today=today,
                              skip=skip)

        w.job.finished.connect(self._checked)
        w.job.start(job)

    def _checked(self, result, error) -> None:
        self.w.job.finished.disconnect(self._checked)
        self._busy = False
        if error is not None:
            self.counts_label.setText(self.tr("The rows could not be checked: %1").replace(
                "%1", str(error)))
            self.completeChanged.emit()
            return
        if self._again:
            self._again = False
            self.recheck()
            return
        if self.w.police:
            self._show_police(result)
        else:
            self.w.checks = result
            self._show(result)
        self.completeChanged.emit()

    def is_busy(self) -> bool:
        return self._busy or self._timer.isActive()

    def isComplete(self) -> bool:
        return not self.is_busy() and self.w.table is not None

    # -- showing -----------------------------------------------------------------------------
    def _keys(self) -> list[str]:
        mapped = set(self.w.mapping.columns.values())
        return [f.key for f in fields(self.w.kind) if f.key in mapped]

    def _show(self, checks) -> None:
        w = self.w
        count = {s: 0 for s in (NEW, UPDATED, UNCHANGED, REFUSED)}
        skipped = 0
        for c in checks:
            if c.row_number in w.skip:
                skipped += 1
            else:
                count[c.status] += 1
        self.counts_label.setText(self.tr(
            "Will be imported: %1 new, %2 updated, %3 unchanged (already registered), "
            "%4 refused, %5 skipped.").replace("%1", str(count[NEW]))
            .replace("%2", str(count[UPDATED])).replace("%3", str(count[UNCHANGED]))
            .replace("%4", str(count[REFUSED])).replace("%5", str(skipped)))
        keys = self._keys()
        shown = [c for c in checks if c.status != REFUSED and c.row_number not in w.skip]
        shown = shown[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(keys) + 1)
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Status")] + [field_text(w.kind, k) for k in keys])
        self.preview.setVerticalHeaderLabels([str(c.row_number) for c in shown])
        for r, c in enumerate(shown):
            self.preview.setItem(r, 0, QTableWidgetItem(status_text(c.status)))
            for i, key in enumerate(keys, 1):
                value = c.values.get(key)
                if key == "charges" and value:
                    value = [w.catalogue.get(code, code) for code in value]
                self.preview.setItem(r, i, QTableWidgetItem(value_text(value)))
        self.preview.resizeColumnsToContents()
        self._fill_problems(checks)
        lines = []
        for c in checks:
            if c.differences and c.row_number not in w.skip:
                parts = "; ".join(
                    f"{field_text(w.kind, k)} {value_text(a)} → {value_text(b)}"
                    for k, (a, b) in c.differences.items())
                lines.append(self.tr("Row %1 differs from the register: %2 (not changed)")
                             .replace("%1", str(c.row_number)).replace("%2", parts))
        self.differences.setPlainText("\n".join(lines))
        self.differences.setVisible(bool(lines))

    def _fill_problems(self, checks) -> None:
        w = self.w
        rows = [c for c in checks if c.status == REFUSED or c.row_number in w.skip]
        self._filling = True
        self.problems.setRowCount(len(rows))
        self.problem_rows = [c.row_number for c in rows]
        for r, c in enumerate(rows):
            reason = c.reasons[0] if c.reasons else None
            key = reason.field if reason is not None else ""
            item = QTableWidgetItem(str(c.row_number))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.problems.setItem(r, COL_ROW, item)
            item = QTableWidgetItem(field_text(w.kind, key) if key else "")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.problems.setItem(r, COL_FIELD, item)
            text = reasons_text(w.kind, c.reasons) if len(c.reasons) > 1 else \
                (reason_text(w.kind, reason) if reason is not None else self.tr("Skipped"))
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.problems.setItem(r, COL_REASON, item)
            value = QTableWidgetItem(self._cell(c.row_number, key))
            value.setToolTip(self.tr("Correct the value here; the row is checked again"))
            if not key or key not in w.mapping.columns.values():
                value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.problems.setItem(r, COL_VALUE, value)
            self.problems.setCellWidget(r, COL_SUGGESTION, self._suggestions(c))
            skip = QCheckBox(self.problems)
            skip.setObjectName(f"importSkip{c.row_number}")
            skip.setChecked(c.row_number in w.skip)
            skip.toggled.connect(lambda on, n=c.row_number: self._skip(n, on))
            self.problems.setCellWidget(r, COL_SKIP, skip)
        self._filling = False
        self.problems.resizeColumnToContents(COL_ROW)
        self.problems.resizeColumnToContents(COL_FIELD)
        self.problems.setColumnWidth(COL_VALUE, 200)
        self.problems.resizeColumnToContents(COL_SUGGESTION)
        self.problems.resizeColumnToContents(COL_SKIP)
        self.problems_label.setVisible(bool(rows))
        self.problems.setVisible(bool(rows))

    def _cell(self, row_number: int, key: str) -> str:
        """The text of a row's cell for a field: the officer's fix, else the file's."""
        from desktop.domain.import_values import cell_text

        w = self.w
        if key in w.fixes.get(row_number, {}):
            return w.fixes[row_number][key]
        col = w.mapping.column_of(key) if key else None
        if col is None:
            return ""
        row = w.table.rows[w.table.row_numbers.index(row_number)]
        return cell_text(row[col]) if col < len(row) else ""

    def _suggestions(self, check):
        if not check.charge_suggestions:
            return None
        combo = QComboBox(self.problems)
        combo.setObjectName(f"importSuggestion{check.row_number}")
        combo.addItem(self.tr("Suggested charges…"), None)
        for part, codes in check.charge_suggestions.items():
            for code in codes:
                name = self.w.catalogue.get(code, code)
                combo.addItem(f"{part} → {name}", (part, name))
        combo.activated.connect(lambda _i, c=combo, n=check.row_number: self._take(n, c))
        return combo

    # -- the officer's corrections -------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_VALUE:
            return
        number = self.problem_rows[item.row()]
        key = self.problems.item(item.row(), COL_FIELD).data(Qt.ItemDataRole.UserRole)
        self.fix(number, key, item.text())

    def fix(self, row_number: int, key: str, text: str) -> None:
        """The officer's value for a row's field, read like a cell; checked again shortly."""
        self.w.fixes.setdefault(row_number, {})[key] = text
        self._timer.start()
        self.completeChanged.emit()

    def _take(self, row_number: int, combo: QComboBox) -> None:
        choice = combo.currentData()
        if choice is None:
            return
        part, name = choice
        self.fix(row_number, "charges", self._cell(row_number, "charges").replace(part, name))

    def _skip(self, row_number: int, on: bool) -> None:
        if on:
            self.w.skip.add(row_number)
        else:
            self.w.skip.discard(row_number)
        self._timer.start()
        self.completeChanged.emit()

    # -- police mode ---------------------------------------------------------------------------
    def _show_police(self, report) -> None:
        self.counts_label.setText(self.tr(
            "%1 row(s) will become drafts for you to confirm one by one; %2 are already "
            "registered or drafted. A draft's problems are shown when you open it.")
            .replace("%1", str(len(report.new))).replace("%2", str(len(report.unchanged))))
        w = self.w
        keys = self._keys()
        table = w.table
        index = {n: i for i, n in enumerate(table.row_numbers)}
        shown = report.new[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(keys))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels([field_text(w.kind, k) for k in keys])
        self.preview.setVerticalHeaderLabels([str(n) for n in shown])
        from desktop.domain.import_values import cell_text

        for r, number in enumerate(shown):
            row = table.rows[index[number]]
            for i, key in enumerate(keys):
                col = w.mapping.column_of(key)
                self.preview.setItem(r, i, QTableWidgetItem(
                    cell_text(row[col]) if col is not None and col < len(row) else ""))
        self.preview.resizeColumnsToContents()
        self.lower.hide()  # a draft's problems are shown when it is opened

    def retranslateUi(self) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Create &drafts") if self.w.police else self.tr("&Import"))
        self.setTitle(self.tr("Check the rows"))
        if self.w.police:
            self.setSubTitle(self.tr("Nothing is written yet. Each new row becomes a draft "
                                     "registration, not a registration."))
            self.preview_label.setText(self.tr("The rows that become drafts:"))
        else:
            self.setSubTitle(self.tr("Nothing is written yet. Correct a problem row in the "
                                     "Value column, or skip it; refused rows are left out of "
                                     "the import."))
            self.preview_label.setText(self.tr("The first rows as they will be stored:"))
        self.problems_label.setText(self.tr("Rows with problems:"))
        self.problems.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Field"), self.tr("Reason"), self.tr("Value"),
            self.tr("Suggestion"), self.tr("Skip")])
