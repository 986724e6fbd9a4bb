"""The last two pages of the import wizard: the import itself, in the wizard's worker with a
progress bar and Cancel (cancelling rolls the one transaction back: nothing is imported), and
the report — new / updated / unchanged / refused, the refused rows with their reasons, and
"Save report…" as a CSV file for the office's records."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWizard, QWizardPage)

from desktop.ui.import_labels import field_text, reasons_text, value_text


class RunPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.done = False
        self.label = QLabel(self)
        self.label.setObjectName("importRunLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        line = QHBoxLayout()
        line.addWidget(self.bar, 1)
        line.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(line)
        layout.addStretch(1)
        wizard.job.progressed.connect(self._progressed)

    def initializePage(self) -> None:
        w = self.w
        self.done = False
        w.report = None
        self.bar.setRange(0, 0)  # busy until the first rows are written (reading, checking)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Reading and checking the rows…"))
        table, mapping, kind, today, office = w.table, w.mapping, w.kind, w.today, w.office
        fixes = {r: dict(f) for r, f in w.fixes.items()}
        skip = set(w.skip)

        def job(j):
            if w.police:
                from desktop.services.register_import_police import import_police_export

                return import_police_export(office, table, mapping, today=today)
            from desktop.services.register_import import import_rows

            return import_rows(office, table, mapping, kind, fixes=fixes, skip=skip,
                               progress=j.report, cancelled=j.cancelled, today=today)

        w.job.finished.connect(self._finished)
        w.job.start(job)
        self.completeChanged.emit()

    def _progressed(self, done: int, total: int) -> None:
        if not self.w.job.running() or self.done:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Writing the rows: %1 of %2…").replace("%1", str(done))
                           .replace("%2", str(total)))

    def cancel(self) -> None:
        self.w.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: everything written so far is taken back…"))

    def _finished(self, report, error) -> None:
        self.w.job.finished.disconnect(self._finished)
        self.done = True
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        if error is not None:
            from desktop.services.errors import PermissionDenied, ValidationFailed
            from desktop.services.office import DatabaseError

            if not isinstance(error, (DatabaseError, PermissionDenied, ValidationFailed)):
                raise error
            from desktop.ui.db_messages import database_error_text

            text = database_error_text(error) if isinstance(error, DatabaseError) else str(error)
            self.label.setText(self.tr("Nothing was imported: %1").replace("%1", text))
            self.completeChanged.emit()
            return
        self.w.report = report
        if report.cancelled:
            self.label.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.label.setText(self.tr("Done."))
            if report.record_ids or (self.w.police and report.new):
                self.w.imported.emit()
        self.completeChanged.emit()
        QTimer.singleShot(0, self._to_report)

    def _to_report(self) -> None:
        if self.w.currentPage() is self:
            self.w.next()

    def isComplete(self) -> bool:
        return self.done and self.w.report is not None

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All accepted rows are written in one transaction; Cancel "
                                 "takes everything back."))
        self.cancel_button.setText(self.tr("&Cancel import"))


class ReportPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.figures = QLabel(self)
        self.figures.setObjectName("importFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.refused = QTableWidget(0, 2, self)
        self.refused.setObjectName("importRefused")
        self.refused.verticalHeader().hide()
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("importSaveReport")
        self.save_button.clicked.connect(self.save_report)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.refused, 1)
        layout.addLayout(line)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._show()

    def lines(self) -> list[tuple[str, str]]:
        """The refused rows and those that differ: (row, text), for the table and the CSV."""
        r, kind = self.w.report, self.w.kind
        lines = [(str(n), reasons_text(kind, errors)) for n, errors in r.refused]
        for n, diff in r.differences:
            parts = "; ".join(f"{field_text(kind, k)} {value_text(a)} → {value_text(b)}"
                              for k, (a, b) in diff.items())
            lines.append((str(n), self.tr("differs from the register: %1 (not changed)")
                          .replace("%1", parts)))
        return sorted(lines, key=lambda line: int(line[0]))

    def _show(self) -> None:
        r = self.w.report
        if r is None:
            return
        if r.cancelled:
            text = self.tr("Cancelled: nothing was imported. The register is as it was.")
        elif self.w.police:
            text = self.tr("Drafts created: %1. Already registered or drafted: %2.\nOpen "
                           "“Drafts from the police” on the arrest review page to confirm them "
                           "one by one.").replace("%1", str(len(r.new))) \
                .replace("%2", str(len(r.unchanged)))
        else:
            text = self.tr("New: %1 · Updated: %2 · Unchanged: %3 · Refused: %4 · "
                           "Skipped: %5").replace("%1", str(len(r.new))) \
                .replace("%2", str(len(r.updated))).replace("%3", str(len(r.unchanged))) \
                .replace("%4", str(len(r.refused))).replace("%5", str(len(r.skipped)))
        self.figures.setText(text)
        lines = [] if r.cancelled else self.lines()
        self.refused.setRowCount(len(lines))
        for i, (row, reason) in enumerate(lines):
            self.refused.setItem(i, 0, QTableWidgetItem(row))
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            self.refused.setItem(i, 1, item)
        self.refused.resizeColumnToContents(0)
        self.refused.setVisible(bool(lines))
        self.save_button.setEnabled(not r.cancelled)

    def save_report(self, path: str | None = None) -> str | None:
        """The figures and the refused rows as a CSV file (UTF-8 with BOM: Excel opens it)."""
        import csv

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                                  self.tr("import report.csv"),
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return None
        r = self.w.report
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as f:
                out = csv.writer(f)
                out.writerow([self.tr("File"), self.w.table.path])
                for label, rows in ((self.tr("New"), r.new), (self.tr("Updated"), r.updated),
                                    (self.tr("Unchanged"), r.unchanged),
                                    (self.tr("Refused"), r.refused),
                                    (self.tr("Skipped"), r.skipped)):
                    out.writerow([label, len(rows)])
                out.writerow([])
                out.writerow([self.tr("Row"), self.tr("Reason")])
                out.writerows(self.lines())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), str(exc))
            return None
        return path

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Report"))
        self.setSubTitle(self.tr("What the import did; the registers show the new records."))
        self.refused.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Reason")])
        self.save_button.setText(self.tr("&Save report…"))
        if self.w.report is not None:
            self._show()
