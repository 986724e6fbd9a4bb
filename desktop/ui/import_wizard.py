"""The import wizard (导入向导), issue 9: an office's existing register in Excel or CSV, or a
police export, brought in without retyping.

Pages: the file (kind of register, sheet, encoding, a saved mapping) → the mapping of columns
to fields (guessed from the headers, corrected in combo boxes, savable) → the check (rows as
they will be stored; problem rows fixed in place or skipped) → the import (in a worker thread,
progress bar and Cancel: cancelling rolls everything back) → the report. In police mode the
rows become drafts the officer confirms one by one (ui/import_drafts.py).

The wizard holds the state the pages share (table, mapping, fixes, skipped rows, the report);
every slow step runs in an ImportJob so the window never freezes. Services:
services/register_import (read_table, guess_mapping, check_rows, import_rows),
register_import_mappings, register_import_police."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QWizard, QWizardPage)

from desktop.domain.import_fields import ARREST, KINDS
from desktop.ui.import_job import ImportJob
from desktop.ui.import_labels import charge_names, file_error_text, kind_text

PAGE_FILE, PAGE_MAPPING, PAGE_CHECK, PAGE_RUN, PAGE_REPORT = range(5)
ENCODINGS = (None, "utf-8", "gb18030")  # None: auto (BOM, then UTF-8, then GB18030)


def allowed_kinds(office) -> list[str]:
    """The registers this user may import into: those the user may register by hand."""
    from desktop.domain import permissions

    needs = {ARREST: permissions.REGISTER_REQUEST, "supervision": permissions.SUPERVISION,
             "petition": permissions.PETITIONS}
    return [k for k in KINDS if office.may(needs[k])]


class ImportWizard(QWizard):
    imported = Signal()  # records (or drafts) were written: the registers read again

    def __init__(self, office, parent=None, *, today: date, police: bool = False):
        super().__init__(parent)
        from desktop.ui.import_check_page import CheckPage
        from desktop.ui.import_mapping_table import MappingPage
        from desktop.ui.import_run_pages import ReportPage, RunPage

        self.setObjectName("importWizard")
        self.office, self.today, self.police = office, today, police
        self.table = self.mapping = self.report = None
        self.kind = ARREST if police else (allowed_kinds(office) or [ARREST])[0]
        self.fixes: dict[int, dict[str, str]] = {}
        self.skip: set[int] = set()
        self.checks: list = []
        self.catalogue = charge_names(office)
        self.job = ImportJob(self)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for number, page in enumerate((self.file_page, self.mapping_page, self.check_page,
                                       self.run_page, self.report_page)):
            self.setPage(number, page)
        self.resize(980, 640)
        self.retranslateUi()

    def reject(self) -> None:
        if self.job.running():  # Cancel mid-import: the transaction is rolled back first
            self.job.cancel()
            self.job.wait()
        super().reject()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import a police export") if self.police
                            else self.tr("Import a register"))
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page,
                     self.report_page):
            page.retranslateUi()


class FilePage(QWizardPage):
    """The file, the register it holds, its sheet or encoding, and a saved mapping."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self._loading = False
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("importBrowse")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("importKind")
        for kind in allowed_kinds(wizard.office) or [ARREST]:
            self.kind_combo.addItem("", kind)
        self.kind_combo.setEnabled(not wizard.police)  # a police export is an arrest request
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("importEncoding")
        for encoding in ENCODINGS:
            self.encoding_combo.addItem("", encoding)
        self.mapping_combo = QComboBox(self)
        self.mapping_combo.setObjectName("importSavedMapping")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("importFileStatus")
        self.status_label.setWordWrap(True)
        path_line = QHBoxLayout()
        path_line.addWidget(self.path_edit, 1)
        path_line.addWidget(self.browse_button)
        self.labels = [QLabel(self) for _ in range(5)]
        self.form = QFormLayout(self)
        for label, field in zip(self.labels, (path_line, self.kind_combo, self.sheet_combo,
                                              self.encoding_combo, self.mapping_combo)):
            self.form.addRow(label, field)
            label.setBuddy(self.browse_button if field is path_line else field)
        self.form.addRow(self.status_label)
        self.browse_button.clicked.connect(self.browse)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.sheet_combo.activated.connect(lambda: self.load(self.path_edit.text()))
        self.encoding_combo.activated.connect(lambda: self.load(self.path_edit.text()))
        self.mapping_combo.currentIndexChanged.connect(self._apply_mapping)
        self._fill_mappings()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register file"), "",
            self.tr("Registers (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load(path, new_file=True)

    def load(self, path: str, *, new_file: bool = False) -> None:
        """Read the file in the worker (a 20,000-row workbook takes a second or two)."""
        from desktop.services.register_import import read_table

        if not path or self.w.job.running():
            return
        self.path_edit.setText(path)
        sheet = None if new_file else self.sheet_combo.currentText() or None
        encoding = self.encoding_combo.currentData()
        self._loading = True
        self.w.table = None
        self.status_label.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        self.w.job.finished.connect(self._loaded)
        self.w.job.start(lambda job: read_table(path, sheet=sheet, encoding=encoding))

    def _loaded(self, table, error) -> None:
        self.w.job.finished.disconnect(self._loaded)
        self._loading = False
        if error is not None:
            from desktop.services.register_import import ImportFileError

            if not isinstance(error, (ImportFileError, OSError, ValueError)):
                raise error
            self.status_label.setText(file_error_text(error))
            self.completeChanged.emit()
            return
        self.w.table = table
        self.w.fixes, self.w.skip = {}, set()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheet_names)
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setEnabled(len(table.sheet_names) > 1)
        self.encoding_combo.setEnabled(not table.sheet_names)  # CSV only
        self._apply_mapping()
        self._show_table()
        self.completeChanged.emit()

    def _show_table(self) -> None:
        table = self.w.table
        text = self.tr("%n data row(s), %1 column(s).", "", len(table.rows)).replace(
            "%1", str(len(table.headers)))
        if table.encoding:
            text += " " + self.tr("Encoding: %1.").replace("%1", table.encoding.upper())
        self.status_label.setText(text)

    def _kind_changed(self) -> None:
        self.w.kind = self.kind_combo.currentData()
        self.w.fixes, self.w.skip = {}, set()
        self._fill_mappings()
        self._apply_mapping()

    def _fill_mappings(self) -> None:
        from desktop.services.register_import_mappings import POLICE_DEFAULT, mappings

        self.mapping_combo.blockSignals(True)
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("Guess from the headers"), None)
        for saved in mappings(self.w.office, self.w.kind):
            self.mapping_combo.addItem(saved.name, saved.name)
        if self.w.police:
            self.mapping_combo.setCurrentIndex(max(self.mapping_combo.findData(POLICE_DEFAULT),
                                                   0))
        self.mapping_combo.blockSignals(False)

    def _apply_mapping(self) -> None:
        """The saved mapping chosen, applied by header text; else the guess."""
        from desktop.services.register_import import guess_mapping
        from desktop.services.register_import_mappings import load_mapping

        if self.w.table is None:
            return
        name = self.mapping_combo.currentData()
        if name:
            self.w.mapping = load_mapping(self.w.office, name).for_table(self.w.table)
        else:
            self.w.mapping = guess_mapping(self.w.table, self.w.kind)

    def isComplete(self) -> bool:
        return self.w.table is not None and not self._loading

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file; the first rows are "
                                 "searched for the header."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        labels = (self.tr("&File:"), self.tr("&Register:"), self.tr("&Sheet:"),
                  self.tr("&Encoding (CSV):"), self.tr("Saved &mapping:"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_text(self.kind_combo.itemData(i)))
        names = {None: self.tr("Automatic"), "utf-8": "UTF-8", "gb18030": "GB18030"}
        for i in range(self.encoding_combo.count()):
            self.encoding_combo.setItemText(i, names[self.encoding_combo.itemData(i)])
        if self.mapping_combo.count():
            self.mapping_combo.setItemText(0, self.tr("Guess from the headers"))
        if self.w.table is not None:
            self._show_table()
