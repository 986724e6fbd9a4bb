"""Issuing a document: the draft filled from the record, its recipient, body paragraphs (one
per line) and attachments editable, beside a live PDF preview rendered in a worker thread
(debounced: typing never waits for reportlab). Characters the document font cannot print are
named. "Issue" numbers, renders and registers the text as shown (in a worker, with progress);
the dialog then shows the issued PDF and offers Print and Save as PDF.

The document font (settings) is loaded off the GUI thread as the dialog opens, inside the
first preview's job, so the first preview costs one font load plus one render (~0.5 s)."""
from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from desktop.services import documents as D
from desktop.ui import settings
from desktop.ui.document_preview import BackgroundRenderer, PdfPreview


def document_font():
    """The font chosen in the settings, or None (the shipped one) if unset or gone."""
    from pathlib import Path

    from desktop.documents.fonts import FontChoice

    path = settings.get(settings.DOCUMENT_FONT)
    if path and Path(path).is_file():
        return FontChoice(Path(path), 0, Path(path).stem)
    return None


_ERRORS = {
    "document.body_empty": QT_TRANSLATE_NOOP("DocumentMessages", "The document has no text."),
    "void.reason_required": QT_TRANSLATE_NOOP("DocumentMessages",
                                              "Enter the reason for voiding the document."),
    "not_found": QT_TRANSLATE_NOOP("DocumentMessages", "The document is not in the register."),
    "already_voided": QT_TRANSLATE_NOOP("DocumentMessages", "The document was voided already."),
    "file_corrupt": QT_TRANSLATE_NOOP(
        "DocumentMessages", "The stored PDF does not match its SHA-256: it was changed or "
                            "damaged. Re-issue the document."),
    "document.subject_unknown": QT_TRANSLATE_NOOP(
        "DocumentMessages", "The record for this document no longer exists."),
    "document.type_unknown": QT_TRANSLATE_NOOP("DocumentMessages",
                                               "This kind of document is not known."),
}


def error_text(exc: Exception) -> str:
    """The officer's wording for what the document services refuse (else the English)."""
    codes = [e.code for e in getattr(exc, "errors", [])] or [getattr(exc, "code", "")]
    return "\n".join(QCoreApplication.translate("DocumentMessages", _ERRORS[c])
                     if c in _ERRORS else str(exc) for c in codes)


class DocumentIssueDialog(QDialog):
    issued = Signal(str)  # the document id

    def __init__(self, office, doc_type: str, subject: D.Subject, parent: QWidget | None = None,
                 *, today: date, extra: dict | None = None, font=None):
        super().__init__(parent)
        self.setObjectName("documentIssueDialog")
        self._office, self._today = office, today
        self._font = font if font is not None else document_font()
        self.draft = D.preview(office, doc_type, subject, today=today, extra=extra)
        self.info = None  # IssuedDocumentInfo once issued
        self.issued_pdf = b""
        self.first_preview_seconds: float | None = None
        self._opened_at = time.perf_counter()

        self.title_label = QLabel(self)
        self.title_label.setObjectName("documentTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.recipient_edit = QLineEdit(self.draft.recipient, self)
        self.recipient_edit.setObjectName("recipientEdit")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setPlainText("\n".join(self.draft.paragraphs))
        self.attachments_edit = QLineEdit(self.draft.attachments, self)
        self.attachments_edit.setObjectName("attachmentsEdit")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("documentWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a4262c;")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("documentStatus")
        self.status_label.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(3)]
        for label, buddy in zip(self._labels, (self.recipient_edit, self.body_edit,
                                               self.attachments_edit)):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self._labels[0], self.recipient_edit)
        form.addRow(self._labels[1], self.body_edit)
        form.addRow(self._labels[2], self.attachments_edit)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addLayout(form, 1)
        column.addWidget(self.warning_label)
        column.addWidget(self.status_label)
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(self)
        self.issue_button = QPushButton(self)
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setDefault(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdfButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.renderer = BackgroundRenderer(300, self)
        self.renderer.rendered.connect(self._show_render)
        self.renderer.failed.connect(self._render_failed)
        for edit in (self.recipient_edit, self.attachments_edit):
            edit.textChanged.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.issue_button.clicked.connect(lambda: self.issue())
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_document())
        self.buttons.rejected.connect(self.reject)
        self.resize(1240, 820)
        self.retranslateUi()
        self.preview.show_message(self.tr("Preparing the preview…"))
        self.renderer.request(self._render_job(), now=True)  # loads the font off the GUI thread

    # -- draft and preview -----------------------------------------------------------------
    def current_draft(self) -> D.DocumentDraft:
        lines = [line.strip() for line in self.body_edit.toPlainText().split("\n")]
        return self.draft.edited(recipient=self.recipient_edit.text().strip(),
                                 paragraphs=[line for line in lines if line],
                                 attachments=self.attachments_edit.text().strip())

    def _render_job(self):
        office, draft, today, font = self._office, self.current_draft(), self._today, self._font

        def job():
            D.prepare_fonts(font)
            return (D.render_draft(office, draft, today=today, font=font),
                    D.unprintable_characters(draft, font))
        return job

    def _edited(self) -> None:
        if self.info is None:
            self.renderer.request(self._render_job())

    def _show_render(self, result) -> None:
        if self.info is not None:
            return  # issued meanwhile: the issued PDF is on show
        data, unprintable = result
        self.preview.show_pdf(data)
        if self.first_preview_seconds is None:
            self.first_preview_seconds = time.perf_counter() - self._opened_at
        self.unprintable = unprintable
        self._show_warnings()

    def _render_failed(self, error) -> None:
        self.preview.show_message(self.tr("The preview could not be made: %1")
                                  .replace("%1", error_text(error)))

    def _show_warnings(self) -> None:
        notes = []
        if self.draft.missing:
            notes.append(self.tr("Left blank (not in the record): %1")
                         .replace("%1", "、".join(self.draft.missing)))
        if getattr(self, "unprintable", None):
            notes.append(self.tr("The document font cannot print: %1 — choose another font in "
                                 "the settings or write them in by hand.")
                         .replace("%1", " ".join(self.unprintable)))
        self.warning_label.setText("\n".join(notes))
        self.warning_label.setVisible(bool(notes))

    def wait_for_preview(self) -> None:
        self.renderer.wait()

    # -- issue, print, save ----------------------------------------------------------------
    def issue(self) -> bool:
        from desktop.ui.worker import run_with_progress

        if self.info is not None:
            return False
        draft = self.current_draft()
        office, today, font = self._office, self._today, self._font
        try:
            info = run_with_progress(self, self.tr("Issuing the document…"),
                                     lambda _p: D.issue(office, draft, today=today, font=font))
            data = D.pdf_bytes(office.reader, info.id)
        except Exception as exc:  # noqa: BLE001  services refuse with a reason: show it
            QMessageBox.warning(self, self.tr("Issue document"), error_text(exc))
            return False
        self.info, self.issued_pdf = info, data
        self.preview.show_pdf(data)
        for edit in (self.recipient_edit, self.attachments_edit):
            edit.setReadOnly(True)
        self.body_edit.setReadOnly(True)
        self.issue_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setDefault(True)
        self._show_status()
        self.issued.emit(info.id)
        return True

    def print_document(self, printer=None) -> int:
        from desktop.ui.document_printing import PrintCancelled, print_with_progress

        if not self.issued_pdf:
            return 0
        try:
            pages = print_with_progress(self, [self.issued_pdf], printer)
            if pages:  # printing is audited (services/sensitive_reads)
                from desktop.services import sensitive_reads

                sensitive_reads.printed_documents(self._office, [self.info.id], pages)
            return pages
        except PrintCancelled:
            return 0
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return 0

    def save_document(self, path: str | None = None):
        from desktop.domain.document_numbers import file_name_for
        from desktop.ui.document_printing import save_pdf

        if not self.issued_pdf:
            return None
        try:
            saved = save_pdf(self, self.issued_pdf, file_name_for(self.info.number), path)
            if saved is not None:  # a PDF leaving the database is audited
                from desktop.services import sensitive_reads

                sensitive_reads.saved_document(self._office, self.info.id, saved.name)
            return saved
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be written: %1")
                                .replace("%1", str(exc)))
            return None

    # -- window ----------------------------------------------------------------------------
    def _show_status(self) -> None:
        if self.info is None:
            self.status_label.setText(self.tr("Preview: the number is given when the document "
                                              "is issued. Edit the text on the left; one line "
                                              "is one paragraph."))
        else:
            self.status_label.setText(
                self.tr("Issued as %1 (%2 page(s)). What is shown is what was registered.")
                .replace("%1", self.info.number).replace("%2", str(self.info.pages)))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Issue document — %1").replace("%1", self.draft.title))
        self.title_label.setText(self.draft.title)
        for label, text in zip(self._labels, (self.tr("&Recipient:"), self.tr("&Body:"),
                                              self.tr("&Attachments:"))):
            label.setText(text)
        self.issue_button.setText(self.tr("&Issue"))
        self.issue_button.setToolTip(self.tr("Give the document its number and register it "
                                             "exactly as previewed"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self._show_status()
        self._show_warnings()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Closing after an issue accepts the dialog: something was written, so whoever
        opened it (`accepted` → records_changed) refreshes its views."""
        self.renderer.stop()
        if self.info is not None:
            result = QDialog.DialogCode.Accepted
        super().done(result)
