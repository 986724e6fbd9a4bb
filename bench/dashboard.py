"""Benchmark of the dashboard (issue 4): every register's running deadlines gathered, on the
100,000-request database with 20,000 supervision matters and 20,000 petitions added.

The registers are filled as eight years of an office's work look: matters and petitions
spread over the years, the old ones closed (no running deadline, as the services leave them),
the recent ones open with their notices served and deadlines running — some overdue, some due
soon, most later. Records are written through the ORM inside the office's transactions, so
change capture, the audit chain, the outbox and the search indexes hold them as real use would.

  (a) `services.dashboard.due_items` on a freshly opened connection (target < 200 ms)
  (b) the same, median of repeated calls
  (c) the dashboard page's whole refresh (query, tree, texts), Qt offscreen

Usage: python bench/dashboard.py [--rebuild] [--repeat 9]
Builds bench/out/bench-100000.sqlite3 first if it is missing (as bench/run.py does), copies it
to bench/out/dashboard-100000.sqlite3 (kept), then measures. Prints a Markdown table and writes
it to bench/out/dashboard.md.
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)
CASES = 100_000
MATTERS = 20_000
PETITIONS = 20_000
YEARS = 8
OPEN_DAYS_SUPERVISION = 120  # matters opened in the last four months are still running
OPEN_DAYS_PETITIONS = 100  # petitions received in the last hundred days are still open
CHUNK = 1000


def base_database(rebuild: bool) -> Path:
    path = OUT / f"bench-{CASES}.sqlite3"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--cases",
                        str(CASES), "--seed", "7"], check=True, cwd=ROOT)
    target = OUT / f"dashboard-{CASES}.sqlite3"
    if target.exists() and not rebuild:
        return target
    for p in OUT.glob(f"{target.name}*"):
        p.unlink()
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def _day(rng: random.Random) -> date:
    return TODAY - timedelta(days=rng.randrange(1, 365 * YEARS))


def fill_supervision(office, rng: random.Random) -> int:
    from desktop.store.supervision_models import SupervisionMatter, SupervisionNotice

    conn = office.reader
    agencies = [r[0] for r in conn.execute("SELECT id FROM police_agencies")]
    officers = [r[0] for r in conn.execute("SELECT id FROM users")]
    running = 0
    for start in range(0, MATTERS, CHUNK):
        with office.transaction("supervision") as session:
            for i in range(start, min(start + CHUNK, MATTERS)):
                opened = _day(rng)
                open_ = (TODAY - opened).days <= OPEN_DAYS_SUPERVISION
                kind = rng.choice(("explain_non_filing", "explain_filing", "correction",
                                   "notice_to_file", "suggestion"))
                served = opened + timedelta(days=rng.randint(1, 5))
                period = {"correction": 15, "notice_to_file": 15}.get(kind, 7)
                due = served + timedelta(days=period) if open_ and served <= TODAY else None
                matter = SupervisionMatter(
                    source=rng.choice(("own_finding", "victim_complaint", "petition",
                                       "arrest_review")),
                    area="investigation" if kind in ("correction", "suggestion") else "case_filing",
                    police_agency_id=rng.choice(agencies), officer_id=rng.choice(officers),
                    opened_on=opened, police_case_no=f"A320115{opened:%Y%m}{i:05d}",
                    party_name="", subject_name="", tags="", summary=f"监督线索{i}",
                    status="open" if open_ else "closed", current_kind=kind,
                    current_state="served" if due else "closed",
                    due_kind="reply" if due else "", due_date=due,
                    closed_on=None if open_ else opened + timedelta(days=40),
                    result="" if open_ else "已纠正", search_text=f"监督线索{i}")
                session.add(matter)
                session.add(SupervisionNotice(
                    matter_id=matter.id, kind=kind, state="served" if due else "closed",
                    addressee="公安局", drafted_on=opened, approved_on=opened,
                    served_on=served, period_days=period, due_kind="reply" if due else "",
                    due_start=served if due else None, due_days=period if due else None,
                    raw_end=due, due_date=due,
                    closed_on=None if open_ else opened + timedelta(days=40)))
                running += due is not None
    return running


def fill_petitions(office, rng: random.Random) -> int:
    from desktop.store.petition_models import Petition, Petitioner

    officers = [r[0] for r in office.reader.execute("SELECT id FROM users")]
    running = 0
    for start in range(0, PETITIONS, CHUNK):
        with office.transaction("petitions") as session:
            for i in range(start, min(start + CHUNK, PETITIONS)):
                received = _day(rng)
                age = (TODAY - received).days
                open_ = age <= OPEN_DAYS_PETITIONS
                if not open_:
                    due_kind, due = "", None
                elif age <= 7:
                    due_kind, due = "procedural", received + timedelta(days=7)
                else:
                    due_kind, due = "result", received + timedelta(days=91)
                handler = rng.choice(officers)
                petition = Petition(
                    received_on=received, channel=rng.choice(("letter", "visit", "online", "12309")),
                    petition_type=rng.choice(("accusation", "report", "appeal", "suggestion",
                                              "enquiry")),
                    summary=f"反映问题{i}", first_handler_id=handler, handler_id=handler,
                    risk_level=rng.choices(("high", "medium", "low"), (1, 4, 15))[0],
                    status="in_handling" if open_ else "closed", due_kind=due_kind,
                    raw_end=due, due_date=due, closure="" if open_ else "settled",
                    closed_on=None if open_ else received + timedelta(days=60))
                session.add(petition)
                session.add(Petitioner(petition_id=petition.id, position=0, name=f"信访人{i}"))
                running += due is not None
    return running


def fill(path: Path) -> tuple[int, int, float]:
    from desktop.services.office import open_office

    office = open_office(path)  # upgrades the copy to this version's schema first
    try:
        have = office.reader.execute("SELECT count(*) FROM supervision_matters").fetchone()[0]
        if have >= MATTERS:
            return 0, 0, 0.0
        t0 = time.perf_counter()
        rng = random.Random(11)
        matters = fill_supervision(office, rng)
        petitions = fill_petitions(office, rng)
        return matters, petitions, time.perf_counter() - t0
    finally:
        office.close()


def measure(path: Path, repeat: int) -> dict:
    from desktop.services import dashboard
    from desktop.store.sqlite import connect

    conn = connect(path, readonly=True)
    t0 = time.perf_counter()
    items = dashboard.due_items(conn, today=TODAY)
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        dashboard.due_items(conn, today=TODAY)
        warm.append(time.perf_counter() - t0)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
              for t in ("arrest_requests", "supervision_matters", "petitions")}
    conn.close()
    by_kind: dict[str, int] = {}
    for item in items:
        key = item.kind.split(".")[0] if item.kind.startswith("cooperation.") else item.kind
        by_kind[key] = by_kind.get(key, 0) + 1
    return {"cold": cold, "warm": statistics.median(warm), "items": len(items),
            "by_kind": by_kind, "counts": counts}


def measure_page(path: Path, repeat: int) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.services.office import open_office
    from desktop.ui.context import AppContext
    from desktop.ui.dashboard import DashboardPage
    from desktop.ui.pyside_workarounds import protect_singletons

    protect_singletons()  # as the program does (PySide6 6.12 on Python 3.11)
    app = QApplication.instance() or QApplication([])
    office = open_office(path)
    context = AppContext(office, clock=lambda: TODAY)
    page = DashboardPage(context)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        page.refresh()
        app.processEvents()
        times.append(time.perf_counter() - t0)
    office.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    path = base_database(args.rebuild)
    matters, petitions, fill_time = fill(path)
    if fill_time:
        print(f"filled: {MATTERS} matters ({matters} running), {PETITIONS} petitions "
              f"({petitions} open) in {fill_time:.0f} s", flush=True)
    r = measure(path, args.repeat)
    page = measure_page(path, args.repeat)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(r["by_kind"].items()))
    rows = [
        ("database", f'{r["counts"]["arrest_requests"]:,} requests, '
                     f'{r["counts"]["supervision_matters"]:,} supervision matters, '
                     f'{r["counts"]["petitions"]:,} petitions', "", ""),
        ("items overdue or due within 3 days", f'{r["items"]} ({kinds})', "", ""),
        ("(a) dashboard items, fresh connection", f'{r["cold"] * 1000:.1f} ms', "< 200 ms",
         "yes" if r["cold"] < 0.2 else "no"),
        ("(b) dashboard items, median", f'{r["warm"] * 1000:.1f} ms', "< 200 ms",
         "yes" if r["warm"] < 0.2 else "no"),
        ("(c) dashboard page refresh (query + tree), median", f"{page * 1000:.1f} ms", "", ""),
    ]
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines)
    print(table)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dashboard.md").write_text(table + "\n", encoding="utf-8")
    return 0 if r["cold"] < 0.2 and r["warm"] < 0.2 else 1


if __name__ == "__main__":
    sys.exit(main())
