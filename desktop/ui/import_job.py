"""One piece of the import's work (reading the file, checking the rows, writing them) in a
Python thread, its result handed back to the GUI thread by a queued signal: the wizard stays
responsive while 20,000 rows are read and written (worker.run_with_progress would block the
wizard in a modal dialog; here the progress bar and Cancel are on the wizard's own page)."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class ImportJob(QObject):
    finished = Signal(object, object)  # result, exception (one of them None)
    progressed = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._holding = False  # this job's hold on the collector's full collections
        self._relay = _Relay()
        self._relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def running(self) -> bool:
        return self._thread is not None

    def start(self, job: Callable[["ImportJob"], object]) -> None:
        """Run `job(self)` in a thread; it reports with `report(done, total)` and asks
        `cancelled()`. One job at a time: the wizard's pages start the next one after."""
        if self._thread is not None:
            raise RuntimeError("an import job is running")
        self._cancel.clear()
        relay = self._relay

        def work() -> None:
            try:
                relay.done.emit(job(self), None)
            except BaseException as exc:  # shown by the GUI thread
                relay.done.emit(None, exc)

        self._young_only(True)
        self._thread = threading.Thread(target=work, name="zhenjian-import", daemon=True)
        self._thread.start()

    def report(self, done: int, total: int) -> None:  # from the worker
        self._relay.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:  # from the worker
        return self._cancel.is_set()

    def wait(self) -> None:
        """Block until the thread ends (closing the wizard mid-job: the import's own
        cancel point is at most a few hundred ms away)."""
        if self._thread is not None:
            self._thread.join()
            self._young_only(False)  # the wizard may be gone before the result arrives

    def _done(self, result, error) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        self._young_only(False)
        self.finished.emit(result, error)

    def _young_only(self, on: bool) -> None:
        """The worker allocates a million objects: the GUI thread's collector keeps to the
        young generations while it runs (pyside_workarounds.GuiThreadCollector.young_only)."""
        from desktop.ui.pyside_workarounds import collect_in_gui_thread

        if on != self._holding:
            self._holding = on
            collect_in_gui_thread().young_only(on)


class _Relay(QObject):
    done = Signal(object, object)
    progressed = Signal(int, int)
