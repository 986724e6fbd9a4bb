"""Printing and saving issued documents.

Pages are rendered from the PDF with QtPdf (`QPdfDocument.render`) at the printer's resolution,
capped at `MAX_DPI` (a 1200 dpi laser printer gains nothing for 16 pt text but 16× the pixels),
and painted on the QPrinter page by page. The whole job runs in a worker thread (QPainter may
paint on a QPrinter outside the GUI thread) behind a cancellable progress dialog, so the window
never freezes, even for a batch from the register.

Each page also carries its text, drawn fully transparent over the picture, so that "print to
PDF" makes a searchable file. A PDF meant to be kept is better saved as it was issued
(`save_pdf`): atomically — a temp file in the same folder, fsync, then os.replace.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.ui.fonts import ensure_cjk_font, with_cjk_fallback

MAX_DPI = 300

translate = QCoreApplication.translate


class PrintCancelled(Exception):
    """The officer stopped a print job; the pages already sent stay printed."""


def atomic_write(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` so that the file is either the old one or the whole new one."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def load_pdf(data: bytes):
    """A QPdfDocument on `data` (kept alive with its buffer), or raise ValueError."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise ValueError(f"not a readable PDF ({document.error()})")
    document._buffer = buffer  # noqa: SLF001  the document reads from it while open
    return document


def page_count(data: bytes) -> int:
    return load_pdf(data).pageCount()


def print_pdfs(printer: QPrinter, documents: Sequence[bytes], *,
               progress: Callable[[int, int], bool] | None = None, max_dpi: int = MAX_DPI,
               text_layer: bool = True) -> int:
    """Print every page of `documents` on `printer` (set up already: from a dialog, or a PDF
    file in tests). `progress(done, total)` returning False stops the job (PrintCancelled).
    Returns the number of pages printed. Safe to call from a worker thread."""
    loaded = [load_pdf(data) for data in documents]
    total = sum(d.pageCount() for d in loaded)
    if total == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("DocumentPrinting", "The printer could not be started."))
    done, cancelled = 0, False
    try:
        for document in loaded:
            for page in range(document.pageCount()):
                if progress is not None and not progress(done, total):
                    printer.abort()
                    cancelled = True
                    break
                if done:
                    printer.newPage()
                _paint_page(painter, printer, document, page, max_dpi, text_layer)
                done += 1
            if cancelled:
                break
        if progress is not None and not cancelled:
            progress(done, total)
    finally:
        if painter.isActive():
            painter.end()
        # The documents belong to this (worker) thread: free them here, not in whatever
        # thread a traceback holding this frame would be dropped in.
        loaded.clear()
        document = None  # noqa: F841
    if cancelled:
        raise PrintCancelled()
    return done


def _paint_page(painter: QPainter, printer: QPrinter, document, page: int, max_dpi: int,
                text_layer: bool) -> None:
    target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    target.moveTo(0, 0)
    points = document.pagePointSize(page)  # 1/72 inch
    dpi = min(printer.resolution(), max_dpi)
    size = QSize(max(1, round(points.width() / 72 * dpi)),
                 max(1, round(points.height() / 72 * dpi)))
    # fit the page into the printable area, keeping its proportions
    scale = min(target.width() / size.width(), target.height() / size.height())
    rect = QRectF(target.x(), target.y(), size.width() * scale, size.height() * scale)
    painter.drawImage(rect, document.render(page, size))
    if text_layer:
        text = document.getAllText(page).text()
        if text:
            painter.save()
            painter.setPen(QColor(0, 0, 0, 0))
            # the machine may have no Chinese font of its own: the shipped one fills in
            font = with_cjk_fallback(painter.font())
            font.setPixelSize(max(4, round(rect.height() / 120)))
            painter.setFont(font)
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, text.replace("\r\n", "\n"))
            painter.restore()


def print_with_progress(parent: QWidget | None, documents: Sequence[bytes],
                        printer: QPrinter | None = None) -> int:
    """Ask for a printer (unless given one) and print `documents` in a worker thread behind a
    cancellable progress dialog. Returns pages printed; 0 if the dialog was cancelled. Raises
    PrintCancelled when stopped midway."""
    from desktop.ui.worker import run_with_progress

    ensure_cjk_font()  # for the text layer, painted in the worker
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF carries its own GB/T 9704 margins
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("DocumentPrinting", "Print documents"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
    label = translate("DocumentPrinting", "Printing %n document(s)…", "", len(documents))
    return run_with_progress(parent, label,
                             lambda progress: print_pdfs(printer, documents,
                                                         progress=progress),
                             cancellable=True)


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> str:
    start = str(Path.home() / suggested_name)
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("DocumentPrinting", "Save document as PDF"), start,
        translate("DocumentPrinting", "PDF files (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def save_pdf(parent: QWidget | None, data: bytes, suggested_name: str,
             path: str | None = None) -> Path | None:
    """Save the PDF as issued (atomically), asking where unless `path` is given."""
    path = path or ask_pdf_path(parent, suggested_name)
    if not path:
        return None
    return atomic_write(path, data)
