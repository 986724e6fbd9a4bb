"""A working session on the big database, in one process: open the main window, show the
arrest-review list (timing its first page), scroll a few pages, search for two-character
names (fresh each time), and a common word; print the figures as JSON with the peak memory."""
from __future__ import annotations

import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.services.arrest_queries import ListFilter
from desktop.ui.app import load_holiday_calendar, make_application
from desktop.ui.main_window import PAGE_LIST, MainWindow
from desktop.ui.opening import open_database
from desktop.ui.pyside_workarounds import protect_singletons


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(db: str) -> int:
    app = make_application()
    protect_singletons()  # PySide6 6.12 on Python 3.11, see desktop/ui/pyside_workarounds.py
    load_holiday_calendar()
    opened = open_database(Path(db), allow_setup=False)
    if opened is None:
        return 1
    window = MainWindow(opened)
    window.resize(1280, 800)
    window.show()
    settle(app)
    page = window.arrest_list
    # (b) first page: the model's count and first page of ids, the first block of rows, and
    # the paint of the visible cells.
    t0 = time.perf_counter()
    window.show_page(PAGE_LIST)
    page.ensure_loaded()
    model = page.model
    for row in range(min(40, model.rowCount())):
        for col in range(model.columnCount()):
            model.index(row, col).data()
    page.view.viewport().repaint()
    first_page_ms = (time.perf_counter() - t0) * 1000
    for _ in range(5):  # scroll: the view fetches more pages as it reaches the end
        page.view.scrollToBottom()
        settle(app)
    conn = opened.office.reader
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT substr(suspects, 1, 2) FROM request_index WHERE length(suspects) >= 2 "
        "AND substr(suspects, 2, 1) != '、' LIMIT 400")]
    random.Random(7).shuffle(names)
    times2 = []
    for name in names[:30]:
        t0 = time.perf_counter()
        model.set_filter(ListFilter(search=name))
        for row in range(min(40, model.rowCount())):
            model.index(row, 1).data()
        times2.append((time.perf_counter() - t0) * 1000)
    times3 = []
    for word in ("盗窃罪", "帮助信息网络", "故意伤害", "寻衅滋事", "诈骗罪"):
        t0 = time.perf_counter()
        model.set_filter(ListFilter(search=word))
        for row in range(min(40, model.rowCount())):
            model.index(row, 1).data()
        times3.append((time.perf_counter() - t0) * 1000)
    common = []
    for word in ("盗窃", "诈骗", "王"):
        t0 = time.perf_counter()
        model.set_filter(ListFilter(search=word))
        common.append((time.perf_counter() - t0) * 1000)
    model.set_filter(ListFilter())
    settle(app)
    window.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "first_page_ms": first_page_ms,
        "search2_median_ms": statistics.median(times2), "search2_max_ms": max(times2),
        "search2_queries": len(times2),
        "search3_median_ms": statistics.median(times3),
        "common_word_max_ms": max(common),
        "peak_rss_mb": peak_mb,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
