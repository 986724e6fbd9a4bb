"""Benchmark of the statistics page (issue 7): "the statistics page shown in under 500 ms", on
the 100,000-request database of bench/statistics.py (built there first if missing), offscreen.

Timed from creating the page until its figures are on screen (the worker's result drawn), the
median of --repeat fresh pages, for the default period (the current month of the demo data's
day) and for its year so far (January to November); and once the first opening of the trends
tab (QtCharts imported, 12 months from one grouped statement per register). The window stays
responsive meanwhile: the longest gap between two event-loop turns while the page computes is
reported too.

Usage: python bench/statistics_page.py [--repeat 5]
Prints a Markdown table and writes it to bench/out/statistics_page.md.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZHENJIAN_NO_WARM_UP", "1")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import statistics as stats  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

TARGET_S = 0.5
TODAY = date(2026, 11, 23)  # the demo data's day


def database() -> Path:
    spec = importlib.util.spec_from_file_location("bench_statistics",
                                                  ROOT / "bench" / "statistics.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.database()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = database()
    from PySide6.QtWidgets import QApplication

    from desktop.services.office import open_office
    from desktop.ui.context import AppContext
    from desktop.ui.statistics_page import StatisticsPage

    from desktop.ui.pyside_workarounds import collect_in_gui_thread, protect_singletons

    protect_singletons()  # as the program does (ui/app.py): the worker hands Python objects
    app = QApplication.instance() or QApplication([])
    collect_in_gui_thread()
    office = open_office(path)
    context = AppContext(office, clock=lambda: TODAY)
    gaps: list[float] = []

    def until_shown(page, done=None) -> None:
        done = done or (lambda: page.figures_shown())
        last = time.perf_counter()
        while not done():
            app.processEvents()
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
            time.sleep(0.001)
        app.processEvents()

    def show_page(kind: str | None) -> float:
        t0 = time.perf_counter()
        page = StatisticsPage(context)
        page.resize(1280, 800)
        page.show()
        if kind:
            page.kind.setCurrentIndex(page.kind.findData(kind))
        until_shown(page)
        elapsed = time.perf_counter() - t0
        until_shown(page, lambda: not page.is_busy())  # the workload too, before the next run
        page.close()
        page.deleteLater()
        app.processEvents()
        return elapsed

    show_page(None)  # the file into the OS cache, the page's modules imported
    month = stats.median(show_page(None) for _ in range(args.repeat))
    year = stats.median(show_page("year") for _ in range(args.repeat))
    page = StatisticsPage(context)
    page.show()
    until_shown(page, lambda: not page.is_busy())
    t0 = time.perf_counter()
    page.tabs.setCurrentIndex(1)
    until_shown(page, lambda: not page.is_busy())
    trends = time.perf_counter() - t0
    requests = office.reader.execute(
        "SELECT count(*) FROM arrest_requests WHERE deleted_at IS NULL").fetchone()[0]
    office.close()
    rows = [
        ("database", f"{requests:,} requests (+ 20,000 matters, 20,000 petitions)", "", ""),
        ("page shown with its figures, current month, median", f"{month * 1000:.0f} ms",
         "< 500 ms", "yes" if month < TARGET_S else "NO"),
        ("page shown with its figures, a year, median", f"{year * 1000:.0f} ms",
         "< 500 ms", "yes" if year < TARGET_S else "NO"),
        ("trends tab first opened (QtCharts import + 12 months)", f"{trends * 1000:.0f} ms",
         "", ""),
        ("longest event-loop gap while computing", f"{max(gaps) * 1000:.0f} ms", "", ""),
    ]
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "statistics_page.md").write_text(table + "\n", encoding="utf-8")
    return 0 if month < TARGET_S and year < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
