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
