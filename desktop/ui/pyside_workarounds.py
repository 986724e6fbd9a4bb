"""Work-arounds for defects of the Qt bindings we ship with, each with its test.

PySide6 6.12 on Python 3.11 loses references to the singletons None, True and False on some
paths from Qt back into Python: a null pointer returned to Python (`tree.currentItem()` with
nothing current, `QApplication.focusWidget()` with no focus), an empty QVariant
(`item.data(role)` for a role never set, `combo.currentData()` on an empty combo box), a
Python-declared `Signal(bool)` emitting True into some slots. Each call takes one reference
away; after enough of them the count reaches zero and the interpreter aborts with "Fatal
Python error: none_dealloc" (or bool_dealloc) — late in a working day, or at the end of a
test run. Python 3.12 made these objects immortal; on 3.11 we give them so many references
that no session can use them up. The code also avoids such calls where it can (data roles are
always set, empty combo boxes are not asked).
"""
from __future__ import annotations

import sys

_SPARE_REFERENCES = min(1 << 40, sys.maxsize >> 4)
_protected = False


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12; True if it acted."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return False
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
    _protected = True
    return True


YOUNG_ONLY_INTERVAL_MS = 50


class GuiThreadCollector:
    """Python's cyclic garbage collector runs in whichever thread happens to allocate when a
    threshold is crossed — a document-render or import worker as often as the GUI thread. A
    cycle holding a Qt wrapper (a closed dialog and its slots) then has its C++ object
    destroyed outside the GUI thread, which crashes the process at random (seen as a bus
    error during a preview render). So automatic collection is switched off and the GUI
    thread collects on a timer, by the same generation thresholds Python would use."""

    def __init__(self, interval_ms: int = 1000):
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc
        self.threshold = gc.get_threshold()
        gc.disable()
        self._interval_ms = interval_ms
        self._young_holds = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def young_only(self, on: bool) -> None:
        """While a worker builds a large heap (an import of 20,000 rows: a million objects),
        collect only the young generations, and often: a full collection of that heap on the
        GUI thread froze the window for 0.5–1 s each time (bench/import_wizard.py). The full
        collection waits until the last such worker has ended, when most of its objects are
        gone. Calls nest (on/off in pairs)."""
        self._young_holds = max(0, self._young_holds + (1 if on else -1))
        self.timer.setInterval(YOUNG_ONLY_INTERVAL_MS if self._young_holds
                               else self._interval_ms)

    def keeps_to_young(self) -> bool:
        return self._young_holds > 0

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold; its number."""
        counts = self._gc.get_count()
        generation = None
        for g in (1, 0) if self._young_holds else (2, 1, 0):
            if counts[g] > self.threshold[g]:
                generation = g
                break
        if generation is not None:
            self._gc.collect(generation)
        return generation


_collector: GuiThreadCollector | None = None


def collect_in_gui_thread() -> GuiThreadCollector:
    """Install the collector once (needs a QCoreApplication); returns it."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()
    return _collector
