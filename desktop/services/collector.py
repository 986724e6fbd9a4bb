"""Python's cycle collector paused for bulk work (批量处理时暂停循环垃圾回收).

A sync package's import and a register's import each keep tens or hundreds of thousands of
objects alive until their transaction ends (row dicts, ORM instances, parsed cells), and every
generation-2 pass of the collector walks them all: with the collector on, the sync benchmark's
100,000 rows spent about a quarter of their import in seven such passes (bench/sync.py) and a
20,000-row register took 24 s instead of 15 s (bench/register_import.py). Nothing in that work
makes cycles worth collecting mid-way; the collector runs again as soon as it is done."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused_collector():
    """Automatic collection off for the block, then back as it was (a caller that had turned
    it off — the desktop program collects on the GUI thread's timer — keeps it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
