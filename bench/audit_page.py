"""Benchmark of the audit page's reads (issue 6) on a chain of 1,000,000 entries.

A new office gets a chain written with plain SQL, hashed as store/audit.py hashes it (the
page's cost depends on the rows, not on how they were written): 1,000 entries per minute of
invented time, users officer1–5, actions and tables mixed, one read of a juvenile in 50.
Timed, median of --repeat runs on one open reader (services/audit_queries):

  first page (200 ids, no filter), the 50th page by keyset, a block of rows, a user filter,
  an action filter on a rare action ("read"), a date range (binary search to an id range),
  a text search in the details; and the whole chain's verification (chain_state) once.

Usage: python bench/audit_page.py [--entries 1000000] [--repeat 5]
       (builds bench/out/audit-<entries>.sqlite3 once)
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))


def build(path: Path, entries: int) -> None:
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.store.audit import entry_hash

    office = create_office(path, OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
    office.close()
    conn = sqlite3.connect(path)
    head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    next_id, prev = head[0] + 1, head[1]
    start = datetime(2024, 1, 1)
    tables = ("arrest_requests", "arrest_reviews", "persons", "petitions", "custody_reviews")
    batch = []
    for n in range(entries):
        entry_id = next_id + n
        at = (start + timedelta(seconds=n * 0.06)).isoformat(timespec="microseconds")
        user = f"officer{n % 5 + 1}"
        if n % 50 == 0:
            action, table, detail = "read", "arrest_requests", {"juvenile_reviews": [f"r{n}"]}
        else:
            action = "insert" if n % 3 else "update"
            table = tables[n % len(tables)]
            detail = {"name": f"姓名{n % 997}", "id_number": f"{320101198001010000 + n % 9999}",
                      "note": f"第{n}条"}
        detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(prev, entry_id, at, user, action, table, f"row{n % 50000}", 1,
                            detail_json)
        batch.append((entry_id, at, user, action, table, f"row{n % 50000}", 1, detail_json,
                      prev, digest))
        prev = digest
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
            conn.commit()
            batch.clear()
    conn.executemany("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
    conn.commit()
    conn.close()


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--entries", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"audit-{args.entries}.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.entries)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
    from desktop.services import audit_queries as Q
    from desktop.store.sqlite import connect

    conn = connect(path, readonly=True)
    total = Q.latest_id(conn)
    f0 = Q.AuditFilter()

    def fiftieth():
        query, before = Q.AuditQuery(conn, f0), None
        for _ in range(50):
            before = query.page(conn, before=before)[-1]

    ids = Q.page_ids(conn, f0)
    rows = [
        ("first page, no filter", lambda: Q.page_ids(conn, f0)),
        ("50th page (keyset, 50 queries)", fiftieth),
        ("a block of 200 rows", lambda: Q.fetch_rows(conn, ids)),
        ("user filter, first page", lambda: Q.page_ids(conn, Q.AuditFilter(user="officer3"))),
        ("action 'read' (1 in 50), first page",
         lambda: Q.page_ids(conn, Q.AuditFilter(action="read"))),
        ("a date range (id range by binary search)",
         lambda: Q.page_ids(conn, Q.AuditFilter(date_from=date(2024, 1, 1),
                                                date_to=date(2024, 1, 1)))),
        ("a date range past the chain's end",
         lambda: Q.page_ids(conn, Q.AuditFilter(date_from=date(2025, 1, 5)))),
        ("text in the details, first page",
         lambda: Q.page_ids(conn, Q.AuditFilter(text="姓名996"))),
        ("text that matches nothing (whole scan)",
         lambda: Q.page_ids(conn, Q.AuditFilter(text="没有这个"))),
    ]
    print(f"audit chain of {total:,} entries, median of {args.repeat}")
    for name, fn in rows:
        print(f"  {name:52s} {timed(fn, args.repeat):8.1f} ms")
    conn.close()
    t = time.perf_counter()
    state = Q.chain_state(path)
    print(f"  {'verify the whole chain (chain_state)':52s} {(time.perf_counter() - t):8.1f} s"
          f"  intact={state.intact}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
