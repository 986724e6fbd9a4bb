"""Long work off the GUI thread: run a function in a Python thread while a modal progress
dialog keeps the window alive, and hand back its result (or raise its exception) here.

Used for the few slow, one-off jobs of the UI so far (creating a database, filling a demo
one); the GUI thread never waits on disk for more than a frame.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    done = Signal()
    progressed = Signal(int, int)


def run_with_progress(parent: QWidget | None, label: str,
                      job: Callable[[Callable[[int, int], bool]], object], *,
                      cancellable: bool = False, title: str = ""):
    """Run `job(progress)` in a thread; `progress(done, total)` updates the dialog and returns
    False once the user has cancelled (the job then stops where it can, keeping what it
    committed). Returns the job's result or raises its exception."""
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if title:
        dialog.setWindowTitle(title)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Worker", "Cancel"))
    else:
        dialog.setCancelButton(None)
    relay = _Relay()
    loop = QEventLoop()
    outcome: dict = {}
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    relay.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)

    def progress(done: int, total: int) -> bool:
        relay.progressed.emit(done, total)
        return not cancelled.is_set()

    def work() -> None:
        try:
            outcome["value"] = job(progress)
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc
        finally:
            relay.done.emit()

    thread = threading.Thread(target=work, name="zhenjian-job")
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
