"""The dialog an unexpected error shows: what happened in plain words, where the crash report
and the log are, and that nothing was sent. Shown from any thread (a signal carries it to the
GUI thread); not modal-blocking, so the excepthook returns at once and the program runs on."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import logs


class CrashDialog(QMessageBox):
    def __init__(self, report: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.folder = logs.log_dir()
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected error"))
        text = self.tr("Zhenjian Desk met an unexpected error. What you saved before is safe; "
                       "the action you were doing may not have finished.")
        if report is not None:
            details = self.tr("A crash report was written to:\n%1\n\nThe log files are in "
                              "the same folder. Nothing was sent anywhere; give the report "
                              "to whoever supports your office.").replace("%1", str(report))
        else:
            details = self.tr("The log files are in:\n%1\n\nNothing was sent anywhere.") \
                .replace("%1", str(self.folder))
        self.setText(text)
        self.setInformativeText(details)
        self.open_folder = self.addButton(self.tr("Open the log folder"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(self._open_folder)
        self.addButton(QMessageBox.StandardButton.Close)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


class _Bridge(QObject):
    """Lives in the GUI thread; an emit from a worker thread is queued to it."""

    crashed = Signal(object)

    def __init__(self):
        super().__init__()
        self.dialog: CrashDialog | None = None
        self.crashed.connect(self._show)

    @Slot(object)
    def _show(self, report) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the further reports are on disk
        self.dialog = CrashDialog(report, QApplication.activeWindow())
        self.dialog.open()


_bridge: _Bridge | None = None


def ensure_bridge() -> _Bridge | None:
    """The bridge, made in the GUI thread once the QApplication exists."""
    global _bridge
    app = QApplication.instance()
    if _bridge is None and app is not None and QThread.currentThread() is app.thread():
        _bridge = _Bridge()
    return _bridge


def _show(report: Path | None) -> None:
    bridge = ensure_bridge()
    if bridge is not None:  # before the QApplication: the report and the log only
        bridge.crashed.emit(report)


def install() -> None:
    """Crash reports with this dialog from now on. Call it before make_application(): the
    handlers installed there (read-only refusal, denied action) pass on to this one what they
    do not handle themselves."""
    logs.install_crash_handler(_show)
