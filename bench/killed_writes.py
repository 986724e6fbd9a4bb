"""The kill loop at length (tests/store/test_killed_writes.py runs 60): a writer process killed
with SIGKILL at random moments while it registers requests, issues documents, imports sync
packages and writes backups; after each kill both databases are checked (integrity_check,
foreign_key_check, the audit chain) and every write it reported committed must be there.
Also times a backup and a restore of a demo database.

Usage: python bench/killed_writes.py [--runs 500] [--seed 6] [--cases 2000]
Prints the counts (runs, faults, losses) for the README.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--cases", type=int, default=2000, help="demo size for the backup timing")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="zhenjian-kill-"))
    os.environ["ZHENJIAN_DATA_DIR"] = str(folder / "data")
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the passphrase file, as on a bare machine
    from tests.store.killed_writes import PASS, kill_loop, make_world

    world = make_world(folder)
    tally = kill_loop(world, args.runs, seed=args.seed)
    print(f"kill loop: {tally.runs} runs in {tally.seconds:.0f} s; faults {len(tally.faults)}; "
          f"losses {len(tally.losses)}")
    print(f"  cut while writing: {dict(sorted(tally.in_flight.items()))}")
    print(f"  committed and reported: {dict(sorted(tally.reported.items()))}")
    for line in (tally.faults + tally.losses)[:20]:
        print("  ", line)

    from desktop.services import backups
    from desktop.services.demo import create_demo

    demo = create_demo(folder / "demo.sqlite3", cases=args.cases, seed=1, today=date(2026, 11, 23))
    backups.ensure_backup_key(demo, passphrase=PASS)
    (folder / "out").mkdir()
    made = backups.make_backup(demo, folder / "out")
    size = demo.db.path.stat().st_size
    demo.close()
    started = time.monotonic()
    backups.restore_backup(folder / "restored.sqlite3", made.path, passphrase=PASS)
    restore_s = time.monotonic() - started
    print(f"backup of a {args.cases}-request demo ({size / 1e6:.1f} MB): {made.seconds:.2f} s, "
          f"{made.size / 1e6:.1f} MB encrypted; restore with every check: {restore_s:.2f} s")
    return 1 if tally.faults or tally.losses else 0


if __name__ == "__main__":
    sys.exit(main())
