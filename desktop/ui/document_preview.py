"""Showing a document's PDF inside the program: `PdfPreview` (a QPdfView fed from bytes via a
QBuffer), `BackgroundRenderer` (renders drafts in a worker thread, debounced, newest wins),
and `DocumentViewerDialog` (an issued document as stored, with Print and Save as PDF)."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)


class PdfPreview(QStackedWidget):
    """The pages of a PDF, one under the other, fitted to the width. Until a PDF arrives (or
    if it cannot be read) a line of text says why there is nothing to see."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("pdfPreview")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.addWidget(self.message)
        self.addWidget(self.view)
        self.document = None
        self.data = b""

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_pdf(self, data: bytes) -> bool:
        from desktop.ui.document_printing import load_pdf

        try:
            document = load_pdf(data)
        except ValueError:
            self.show_message(self.tr("The PDF could not be shown."))
            return False
        scroll = self.view.verticalScrollBar().value()
        old, self.document, self.data = self.document, document, data
        document.setParent(self)
        self.view.setDocument(document)
        self.view.verticalScrollBar().setValue(scroll)  # keep the place while typing
        if old is not None:
            old.deleteLater()
        self.setCurrentWidget(self.view)
        return True

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0


class _Relay(QObject):
    finished = Signal(int, object, object)  # generation, result, error


class BackgroundRenderer(QObject):
    """Runs `job()` in a worker thread when asked, `delay_ms` after the last request (typing
    does not start a render per key). Only one job runs at a time; a request made meanwhile
    runs once it ends, and only the newest result is reported."""

    rendered = Signal(object)  # the job's result
    failed = Signal(object)  # the exception
    busy_changed = Signal(bool)

    def __init__(self, delay_ms: int = 300, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._relay = _Relay()
        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._job: Callable[[], object] | None = None
        self._generation = 0
        self._running: threading.Thread | None = None
        self._again = False
        self._stopped = False

    def request(self, job: Callable[[], object], *, now: bool = False) -> None:
        self._job = job
        self._generation += 1
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def is_busy(self) -> bool:
        return self._running is not None or self._timer.isActive()

    def _start(self) -> None:
        if self._job is None or self._stopped:
            return
        if self._running is not None:
            self._again = True
            return
        job, generation, relay = self._job, self._generation, self._relay

        def work() -> None:
            try:
                relay.finished.emit(generation, job(), None)
            except Exception as exc:  # shown by the dialog
                relay.finished.emit(generation, None, exc)

        self._running = threading.Thread(target=work, name="zhenjian-preview", daemon=True)
        self.busy_changed.emit(True)
        self._running.start()

    def _finished(self, generation: int, result, error) -> None:
        if self._running is not None:
            self._running.join()
        self._running = None
        if self._again or generation != self._generation:
            self._again = False
            self._start()  # a newer request is waiting: its result is the one to show
            return
        self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.rendered.emit(result)

    def wait(self) -> None:
        """Block until the running job ends (closing the dialog, tests)."""
        if self._running is not None:
            self._running.join()

    def stop(self) -> None:
        """No more jobs, not even one already asked for: the dialog is closing, and the office
        the jobs read from may be closed next. Waits for the running one."""
        self._stopped = True
        self._timer.stop()
        self._job = None
        self.wait()


class DocumentViewerDialog(QDialog):
    """An issued document exactly as stored (its bytes checked against the SHA-256), with
    Print and Save as PDF."""

    def __init__(self, data: bytes, number: str, file_name: str, *, voided: bool = False,
                 parent: QWidget | None = None, office=None, document_id: str = ""):
        super().__init__(parent)
        self.setObjectName("documentViewer")
        # with both, printing and saving are audited (services/sensitive_reads)
        self._office, self._document_id = office, document_id
        self.data, self.number, self.file_name = data, number, file_name
        self.info = QLabel(self)
        self.info.setObjectName("documentViewerInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("viewerPrintButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("viewerSaveButton")
        for button in (self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_document())
        self._voided = voided
        self.preview.show_pdf(data)
        self.resize(760, 860)
        self.retranslateUi()

    def print_document(self, printer=None) -> int:
        from desktop.ui.document_printing import PrintCancelled, print_with_progress

        try:
            pages = print_with_progress(self, [self.data], printer)
            if pages and self._office is not None and self._document_id:
                from desktop.services import sensitive_reads

                sensitive_reads.printed_documents(self._office, [self._document_id], pages)
            return pages
        except PrintCancelled:
            return 0
        except Exception as exc:  # noqa: BLE001  a printer problem is shown, not raised
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return 0

    def save_document(self, path: str | None = None):
        from desktop.ui.document_printing import save_pdf

        try:
            saved = save_pdf(self, self.data, self.file_name, path)
            if saved is not None and self._office is not None and self._document_id:
                from desktop.services import sensitive_reads

                sensitive_reads.saved_document(self._office, self._document_id, saved.name)
            return saved
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be written: %1")
                                .replace("%1", str(exc)))
            return None

    def retranslateUi(self) -> None:
        import hashlib

        self.setWindowTitle(self.tr("Document %1").replace("%1", self.number))
        digest = hashlib.sha256(self.data).hexdigest()
        text = self.tr("%1 — %2 page(s), SHA-256 %3").replace("%1", self.number) \
            .replace("%2", str(self.preview.page_count())).replace("%3", digest)
        if self._voided:
            text += " — " + self.tr("VOIDED")
        self.info.setText(text)
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
