"""Benchmark of the workload figures (issue 7): a year's workload per officer and per head,
and the case load per officer month by month, on the 100,000-request database.

Uses bench/out/dashboard-100000.sqlite3 when bench/dashboard.py has built it (the requests
plus 20,000 supervision matters and 20,000 petitions: every register has rows to count),
else bench/out/bench-100000.sqlite3 (built here, as bench/run.py does, when missing).

  (a) officer_workload + office_load for the year before TODAY, fresh connection (the
      modules imported before: the program has imported them long before anyone asks)
  (b) the same, median of repeated calls                              (target < 300 ms)
  (c), (d) each of the two alone, median

Usage: python bench/workload.py [--repeat 9]
Prints a Markdown table and writes it to bench/out/workload.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# bench/statistics.py would shadow the standard library's module: take bench/ off the path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from datetime import date, timedelta  # noqa: E402

TODAY = date(2026, 11, 23)
CASES = 100_000
TARGET_S = 0.300


def database() -> Path:
    for name in (f"dashboard-{CASES}.sqlite3", f"bench-{CASES}.sqlite3"):
        if (OUT / name).exists():
            return OUT / name
    path = OUT / f"bench-{CASES}.sqlite3"
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--cases",
                    str(CASES), "--seed", "7"], check=True, cwd=ROOT)
    return path


FIRST = TODAY - timedelta(days=364)


def year_of_workload(conn):
    from desktop.services.workload import office_load, officer_workload

    return (officer_workload(conn, FIRST, TODAY, today=TODAY), office_load(conn, FIRST, TODAY))


def median_ms(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    import desktop.services.workload  # noqa: F401  (imports are not the queries' time)
    from desktop.store.sqlite import connect

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    path = database()
    conn = connect(path, readonly=True)
    t0 = time.perf_counter()
    workload, loads = year_of_workload(conn)
    cold = time.perf_counter() - t0
    from desktop.services.workload import office_load, officer_workload

    median = median_ms(lambda: year_of_workload(conn), args.repeat) / 1000
    alone = median_ms(lambda: officer_workload(conn, FIRST, TODAY, today=TODAY), args.repeat)
    load = median_ms(lambda: office_load(conn, FIRST, TODAY), args.repeat)
    requests = conn.execute("SELECT count(*) FROM arrest_requests "
                            "WHERE deleted_at IS NULL").fetchone()[0]
    conn.close()
    handled = sum(u.handled for u in workload.units)
    rows = [
        ("database", f"{path.name}: {requests:,} requests", "", ""),
        ("a year's figures", f"{len(workload.officers)} officers, {handled:,} items handled, "
         f"{sum(u.open for u in workload.units):,} open, "
         f"{sum(u.overdue for u in workload.units):,} overdue; {len(loads)} unit-months", "", ""),
        ("(a) workload + monthly load for a year, fresh connection", f"{cold * 1000:.1f} ms",
         "< 300 ms", "yes" if cold < TARGET_S else "no"),
        ("(b) the same, median", f"{median * 1000:.1f} ms (of {args.repeat})", "< 300 ms",
         "yes" if median < TARGET_S else "no"),
        ("(c) officer_workload alone, median", f"{alone:.1f} ms", "", ""),
        ("(d) office_load alone, median", f"{load:.1f} ms", "", ""),
    ]
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "workload.md").write_text(table + "\n", encoding="utf-8")
    return 0 if cold < TARGET_S and median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
