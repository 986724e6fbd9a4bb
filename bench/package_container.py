"""Size and speed of the sync package container (desktop/sync/container.py) on real rows: the
outbox payloads of a demo database, against the plain JSON of the same rows.

The payload here is a JSON array of the outbox entries (table, id, version, op, row); what the
sync services really put in a package is theirs to measure in their own bench — this shows
what the container adds (compression, encryption, signature) to rows of this shape.

Usage: python bench/package_container.py [--rows 10000] [--db PATH]
Without --db a demo database of 2,000 requests is made in bench/out/ (about 10,400 outbox rows).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    from desktop.security.suites import DEFAULT
    from desktop.sync.container import open_package, seal

    db = args.db or OUT / "container-demo.sqlite3"
    if not db.exists():
        from desktop.services.demo import create_demo

        OUT.mkdir(parents=True, exist_ok=True)
        create_demo(db, cases=2000, today=date(2026, 11, 23)).close()
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT table_name, row_id, version, op, payload FROM outbox "
                        "ORDER BY seq LIMIT ?", (args.rows,)).fetchall()
    plain = json.dumps([{"table": t, "id": i, "version": v, "op": o, "row": json.loads(p)}
                        for t, i, v, o, p in rows], ensure_ascii=False).encode("utf-8")
    signing, encryption = DEFAULT.new_signing_key(), DEFAULT.new_encryption_key()
    started = time.perf_counter()
    package = seal(kind="changes", sender_unit="320101", recipient_unit="320100",
                   payload=plain, signing_private=signing,
                   recipient_public=DEFAULT.encryption_public(encryption))
    sealed = time.perf_counter()
    _, payload = open_package(package, recipient_unit="320100", encryption_private=encryption,
                              signing_key_for=lambda u, k: DEFAULT.signing_public(signing))
    opened = time.perf_counter()
    assert payload == plain
    print(f"| rows | plain JSON | package | ratio | seal | open |\n|---|---|---|---|---|---|\n"
          f"| {len(rows):,} | {len(plain):,} B | {len(package):,} B "
          f"| {len(package) / len(plain):.1%} (target ≤ 40 %) | {sealed - started:.3f} s "
          f"| {opened - sealed:.3f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
