"""Benchmark of the statistics indicators (issue 7): every indicator of DOMAIN.md §7 for a year,
on the 100,000-request database with 20,000 supervision matters and 20,000 petitions added
(the database bench/dashboard.py builds; built here first if it is missing).

  (a) `services.statistics.indicators` for a year, on a freshly opened connection (< 300 ms),
      median over several new connections
  (b) the same, median of repeated calls
  (c) the same for a month, median
  (d) the records behind one figure (不批准逮捕 of the year), median

Usage: python bench/statistics.py [--repeat 9] [--year 2025]
Prints a Markdown table and writes it to bench/out/statistics.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# This file's name is the standard library's: take bench/ off the path before importing it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import statistics as stats  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

TARGET_S = 0.3


def database() -> Path:
    # bench/dashboard.py builds it: the 100,000 requests, then the matters and petitions
    spec = importlib.util.spec_from_file_location("bench_dashboard",
                                                  ROOT / "bench" / "dashboard.py")
    dashboard = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dashboard)
    path = dashboard.base_database(False)
    dashboard.fill(path)
    return path


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return stats.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--year", type=int, default=2025, help="a full year of the demo data")
    args = parser.parse_args()
    from desktop.domain.indicators import Period
    from desktop.services import statistics as st
    from desktop.store.sqlite import connect

    import desktop.services.petition_settings  # noqa: F401  (imported by then in the program)

    path = database()
    year, month = Period.year(args.year), Period.month(args.year, 6)
    today = date(2026, 11, 23)  # the demo data's day
    # (a): each time a new connection (empty SQLite page cache), after one run that brings the
    # file into the operating system's cache, as an office PC that has opened it today
    colds = []
    for i in range(args.repeat // 2 + 2):
        fresh = connect(path, readonly=True)
        t0 = time.perf_counter()
        st.indicators(fresh, year, today=today)
        colds.append(time.perf_counter() - t0)
        fresh.close()
    cold = stats.median(colds[1:])
    conn = connect(path, readonly=True)
    report = st.indicators(conn, year, today=today)
    warm, _ = timed(lambda: st.indicators(conn, year, today=today), args.repeat)
    monthly, _ = timed(lambda: st.indicators(conn, month, today=today), args.repeat)
    behind, ids = timed(lambda: st.records_behind(conn, year, "arrest.refused", today=today),
                        args.repeat)
    requests = conn.execute("SELECT count(*) FROM arrest_requests WHERE deleted_at IS NULL"
                            ).fetchone()[0]
    conn.close()
    v = report.value
    rate = report.figures["arrest.non_arrest_rate"]
    rows = [
        ("database", f"{requests:,} requests (+ 20,000 supervision matters, 20,000 petitions)",
         "", ""),
        (f"year {args.year}", f'received {v("arrest.received_cases"):,} 件 / '
         f'{v("arrest.received_persons"):,} 人, concluded {v("arrest.concluded_persons"):,} 人, '
         f"不捕率 {rate.value}% ({rate.numerator:,}/{rate.denominator:,}), "
         f'notices {v("supervision.notices_issued"):,}, petitions {v("petitions.received"):,}',
         "", ""),
        ("(a) all indicators for a year, fresh connection, median", f"{cold * 1000:.0f} ms",
         "< 300 ms", "yes" if cold < TARGET_S else "NO"),
        ("(b) all indicators for a year, median", f"{warm * 1000:.0f} ms", "< 300 ms",
         "yes" if warm < TARGET_S else "NO"),
        ("(c) all indicators for a month, median", f"{monthly * 1000:.0f} ms", "", ""),
        ("(d) records behind 不批准逮捕 of the year, median",
         f"{behind * 1000:.0f} ms ({len(ids):,} ids)", "", ""),
    ]
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "statistics.md").write_text(table + "\n", encoding="utf-8")
    return 0 if cold < TARGET_S and warm < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
