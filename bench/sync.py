"""Benchmark of sync packages (issue 5), each beside a raw sqlite3 executemany of the same rows
into a bare table, measured in the same run:

  (a) export of 10,000 changed rows: read the outbox, build, compress, encrypt, sign (< 1 s)
  (b) import at the upper office of 100,000 rows from 10 units: verify, decrypt, check the
      sequence, upsert every row by id and version, record digests, audit, answer with an ack
      (target: at least a third of the raw insert rate)
  (c) package size against the plain JSON of the same rows (target: at most 40%)

Usage: python bench/sync.py [--rebuild] [--profile]
Ten demo units (about 10,000 changes each) are built once into bench/out/sync/ and kept.
Prints a Markdown table and writes it to bench/out/sync.md. --profile adds up the CPU time of
each phase of the import and prints it before the table.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SYNC = OUT / "sync"
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)
UNITS = 10
ROWS = 10_000  # per unit
CASES = 2_100  # demo requests per unit: enough for ROWS changes


def unit_path(i: int) -> Path:
    return SYNC / f"unit-{i:02d}.sqlite3"


def build(rebuild: bool) -> None:
    from desktop.services.demo import create_demo

    SYNC.mkdir(parents=True, exist_ok=True)
    for i in range(UNITS):
        path = unit_path(i)
        if path.exists() and not rebuild:
            continue
        for p in SYNC.glob(f"{path.name}*"):
            p.unlink()
        office = create_demo(path, cases=CASES, seed=100 + i, today=TODAY,
                             unit_code=f"3201{50 + i:02d}", unit_name=f"第{i + 1}县人民检察院")
        rows = office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0]
        office.close()
        if rows < ROWS:
            raise SystemExit(f"{path.name}: only {rows} changes; raise CASES")
        print(f"built {path.name}: {rows} changes", flush=True)


# The import's phases: (label, module, function) whose CPU time is the phase's.
PHASES = (
    ("verify, decrypt, decompress", "desktop.sync.container", "open_package"),
    ("parse the payload", "desktop.services.sync_receive", "parse"),
    ("apply the rows (all of sync_apply.apply_changes)", "desktop.services.sync_apply",
     "apply_changes"),
    ("  upsert the rows (driver executemany)", "desktop.services.sync_apply", "_upsert_rows"),
    ("  list indexes (request_index, petition_index)", "desktop.services.sync_apply",
     "_refresh_indexes"),
    ("  of which the request_index statement (FTS5 triggers)", "desktop.store.request_index",
     "_write"),
    ("apply, digests and sync_applied (sync_receive._apply)", "desktop.services.sync_receive",
     "_apply"),
    ("the acknowledgement", "desktop.services.sync_export", "build_ack"),
)


def timed_phases() -> dict[str, float]:
    """Wrap each phase's function to add up its CPU time (this thread's, so other programs
    on the machine count less than in wall time); returns the totals, filled as it runs."""
    import importlib

    totals: dict[str, float] = {}
    for label, module_name, name in PHASES:
        module = importlib.import_module(module_name)
        function = getattr(module, name)

        def timed(*args, _f=function, _label=label, **kwargs):
            start = time.thread_time()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.thread_time() - start

        setattr(module, name, timed)
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="print the CPU time of the import's phases")
    args = parser.parse_args()
    build(args.rebuild)

    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.office import open_office
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_receive import receive_package
    from desktop.services.sync_registry import register_unit, set_upper

    scratch = Path(tempfile.mkdtemp(prefix="zhenjian-sync-bench-"))
    try:
        upper_keys = generate_keys()
        upper = create_office(scratch / "upper.sqlite3", OfficeSetup(
            unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
            upper_name="江东省人民检察院", officer_name="李华", officer_username="lihua",
            password="secret1", level="upper"))
        upper_public = PublicKeys.of(upper_keys, unit_code="320100",
                                     unit_name="临江市人民检察院", role="upper")
        packages, exports, json_sizes, raw_rows = [], [], [], []
        for i in range(UNITS):
            copy = scratch / unit_path(i).name
            shutil.copyfile(unit_path(i), copy)
            unit = open_office(copy)
            keys = generate_keys()
            register_unit(upper, PublicKeys.of(keys, unit_code=unit.unit_code,
                                               unit_name=unit.unit_name, role="grassroots"))
            set_upper(unit, upper_public)
            t0 = time.perf_counter()
            package = export_changes(unit, keys, limit=ROWS)
            exports.append(time.perf_counter() - t0)
            rows = unit.reader.execute(
                "SELECT seq, table_name, row_id, version, op, payload FROM outbox "
                "WHERE seq <= ? ORDER BY seq", (package.last_seq,)).fetchall()
            json_sizes.append(len(json.dumps([list(r) for r in rows], ensure_ascii=False)
                                  .encode("utf-8")))
            raw_rows += [tuple(r) for r in rows]
            packages.append(package)
            unit.close()
        # (b) import of the ten packages at the upper office, beside raw inserts
        phases = timed_phases() if args.profile else None
        t0, cpu0 = time.perf_counter(), time.thread_time()
        for package in packages:
            result = receive_package(upper, upper_keys, package.data)
            assert result.result == "applied", result
        imported = time.perf_counter() - t0
        if phases is not None:
            print(f"import phases, CPU seconds (all: {time.thread_time() - cpu0:.2f}):")
            for label, _module, _name in PHASES:
                print(f"  {phases.get(label, 0.0):6.2f}  {label}")
        upper.close()
        raw = sqlite3.connect(scratch / "raw.sqlite3")
        raw.execute("CREATE TABLE rows (seq INTEGER, table_name TEXT, row_id TEXT, "
                    "version INTEGER, op TEXT, payload TEXT)")
        t0 = time.perf_counter()
        with raw:
            raw.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)", raw_rows)
        raw_time = time.perf_counter() - t0
        raw.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    total = sum(p.rows for p in packages)
    ours_rate, raw_rate = total / imported, len(raw_rows) / raw_time
    export_median = sorted(exports)[len(exports) // 2]
    size = sum(len(p.data) for p in packages) / sum(json_sizes)
    raw_10k = raw_time * ROWS / len(raw_rows)
    rows = [
        ("(a) export of 10,000 changes (median of 10 units)",
         f"{export_median * 1000:.0f} ms (raw insert of 10,000 rows: {raw_10k * 1000:.0f} ms)",
         "< 1 s", "yes" if export_median < 1 else "NO"),
        ("(b) import of 100,000 changes from 10 units",
         f"{imported:.1f} s = {ours_rate:,.0f} rows/s; raw insert {raw_rate:,.0f} rows/s "
         f"({ours_rate / raw_rate:.2f}×)", "≥ 1/3 of raw",
         "yes" if ours_rate >= raw_rate / 3 else "NO"),
        ("(c) package size against the plain JSON of the same rows", f"{size:.1%}", "≤ 40%",
         "yes" if size <= 0.4 else "NO"),
    ]
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    table = "\n".join(lines)
    print(table)
    (OUT / "sync.md").write_text(table + "\n", encoding="utf-8")
    return 0 if all(r[3] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
