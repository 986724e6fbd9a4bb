"""Benchmark of the upper office's consolidated arrest-review list (issue 5): 100,000 requests
of 10 units in one upper office, the list's queries with and without a unit filter.

The requests and their list rows (`request_index`, with its FTS shadows kept by the triggers)
are written with plain SQL, as sync apply writes them: the list's cost depends on the rows and
indexes, not on how they arrived. Timed, median of --repeat runs on one open reader:

  count, first page (200 ids), page at offset 5,000, one block of rows (fetch_rows, with the
  unit's name), each for all units and for one unit; and the dashboard's due items (every
  register, with each item's unit looked up), all units and one unit.

Usage: python bench/upper_lists.py [--repeat 9]   (builds bench/out/upper-lists.sqlite3 once)
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)
UNITS = 10
PER_UNIT = 10_000
UPPER = "320100"


def unit_code(i: int) -> str:
    return f"3201{50 + i:02d}"


def build(path: Path) -> None:
    from desktop.services.setup import OfficeSetup, create_office

    os.environ.setdefault("ZHENJIAN_DATA_DIR", tempfile.mkdtemp(prefix="zhenjian-bench-"))
    office = create_office(path, OfficeSetup(
        unit_code=UPPER, unit_name="临江市人民检察院", unit_abbr="临检", upper_name="江东省人民检察院",
        officer_name="李华", password="secret1", level="upper"))
    office.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    rng = random.Random(5)
    now = "2026-11-23 08:00:00.000000"
    with conn:
        for i in range(UNITS):
            code = unit_code(i)
            conn.execute("INSERT INTO units (id, unit_code, version, created_at, updated_at, "
                         "code, name, abbr, level) VALUES (?, ?, 1, ?, ?, ?, ?, '', "
                         "'grassroots')", (f"unit-{code}", code, now, now, code,
                                           f"第{i + 1}县人民检察院"))
            requests, index = [], []
            for n in range(PER_UNIT):
                rid = f"{code}-{n:06d}"
                received = TODAY - timedelta(days=rng.randrange(0, 8 * 365))
                running = received > TODAY - timedelta(days=10)
                due = (received + timedelta(days=7)).isoformat() if running else None
                case_no = f"A{code}{received.year}{n:06d}"
                requests.append((rid, code, now, now, "agency", case_no, "提请批准逮捕书",
                                 received.isoformat(), received.isoformat(), 0, "officer",
                                 "C0401", ""))
                index.append((rid, case_no, f"嫌疑人{n}", "盗窃罪", 1, 0, received.isoformat(),
                              due, "under_review" if running else "approved", "officer",
                              f"{case_no} 嫌疑人{n} 盗窃罪", f"嫌 疑 人 {n}"))
            conn.executemany(
                "INSERT INTO arrest_requests (id, unit_code, version, created_at, updated_at, "
                "police_agency_id, police_case_no, request_no, request_date, received_date, "
                "major_complex, officer_id, charge_codes, note) "
                "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requests)
            conn.executemany(
                "INSERT INTO request_index (request_id, police_case_no, suspects, charges, "
                "detained, juvenile, received_date, due_date, status, officer_id, search_text, "
                "search_chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", index)
    conn.execute("ANALYZE")
    conn.close()


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "upper-lists.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)

    from desktop.services import arrest_queries as q
    from desktop.services import dashboard
    from desktop.store.sqlite import apply_pragmas

    conn = sqlite3.connect(path)
    apply_pragmas(conn)
    rows = []
    for label, unit in (("all units", None), ("one unit", unit_code(3))):
        f = q.ListFilter(unit_code=unit)
        ids = q.list_page(conn, f, today=TODAY, limit=200)
        rows += [
            (f"count ({label}: {q.count_requests(conn, f, today=TODAY):,})",
             median_ms(lambda: q.count_requests(conn, f, today=TODAY), args.repeat)),
            (f"first page, {label}",
             median_ms(lambda: q.list_page(conn, f, today=TODAY, limit=200), args.repeat)),
            (f"page at 5,000, {label}",
             median_ms(lambda: q.list_page(conn, f, today=TODAY, offset=5000, limit=200),
                       args.repeat)),
            (f"fetch_rows of 200, {label}",
             median_ms(lambda: q.fetch_rows(conn, ids), args.repeat)),
            (f"dashboard due items, {label} "
             f"({len(dashboard.due_items(conn, today=TODAY, unit_code=unit, own_code=UPPER))})",
             median_ms(lambda: dashboard.due_items(conn, today=TODAY, unit_code=unit,
                                                   own_code=UPPER), args.repeat)),
        ]
    table = ["| query | median ms |", "|---|---|"] + [f"| {n} | {ms:.1f} |" for n, ms in rows]
    text = "\n".join(table)
    print(text)
    (OUT / "upper_lists.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
