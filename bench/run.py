"""Benchmarks of issue 2 on a 100,000-request database (build once with `zhenjian demo`):

  (a) start until the main window is shown, against an empty PySide6 window (target ≤ 1.5×)
  (b) the first page of the arrest-review list (target < 100 ms)
  (c) search for a two-character Chinese substring (target < 50 ms median)
  (d) peak memory of a session: start, list, scroll, search (target < 300 MB)

Usage: python bench/run.py [--cases 100000] [--repeat 7] [--rebuild]
Prints a Markdown table and writes it to bench/out/results.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def start_display(env: dict) -> subprocess.Popen | None:
    """A real X server when Xvfb is installed (closer to an office PC); else offscreen."""
    if env.get("DISPLAY") or not shutil.which("Xvfb"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    display = ":97"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    env["DISPLAY"] = display
    env.pop("QT_QPA_PLATFORM", None)
    return proc


def time_until_shown(cmd: list[str], env: dict) -> tuple[float, int]:
    """Seconds from spawn to the "shown" line, and the process's peak RSS in KiB."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=ROOT, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != "shown" or proc.returncode != 0:
        raise SystemExit(f"{cmd} failed: {line!r} {proc.stderr.read()}")
    return elapsed, usage.ru_maxrss


def build_database(cases: int, rebuild: bool, env: dict) -> tuple[Path, float | None]:
    path = OUT / f"bench-{cases}.sqlite3"
    if path.exists() and not rebuild:
        return path, None
    for p in OUT.glob(f"bench-{cases}.sqlite3*"):
        p.unlink()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--cases",
                    str(cases), "--seed", "7"], check=True, env=env, cwd=ROOT)
    return path, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    scratch = Path(tempfile.mkdtemp(prefix="zhenjian-bench-"))
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # QSettings of the runs stay here
    env["ZHENJIAN_DATA_DIR"] = str(scratch / "data")
    env["PYTHONPATH"] = str(ROOT)
    db, build_s = build_database(args.cases, args.rebuild, env)
    display = start_display(env)
    try:
        empty, ours, rss = [], [], []
        # warm the file cache once for both, then interleave so drift hits both alike
        time_until_shown([sys.executable, "bench/empty_window.py"], env)
        time_until_shown([sys.executable, "-m", "desktop", "--db", str(db), "--exit-after-show"],
                         env)
        for _ in range(args.repeat):
            empty.append(time_until_shown([sys.executable, "bench/empty_window.py"], env)[0])
            t, kib = time_until_shown([sys.executable, "-m", "desktop", "--db", str(db),
                                       "--exit-after-show"], env)
            ours.append(t)
            rss.append(kib)
        session = subprocess.run([sys.executable, "bench/gui_session.py", str(db)], env=env,
                                 cwd=ROOT, capture_output=True, text=True)
        if session.returncode != 0:
            raise SystemExit(session.stderr)
        s = json.loads(session.stdout.strip().splitlines()[-1])
    finally:
        if display:
            display.terminate()
        shutil.rmtree(scratch, ignore_errors=True)
    e, o = statistics.median(empty), statistics.median(ours)
    platform = "Xvfb" if display else env.get("QT_QPA_PLATFORM", "display")
    rows = [
        ("database", f"{args.cases:,} requests, {db.stat().st_size / 2**20:.0f} MB"
         + (f", built in {build_s:.0f} s" if build_s else ""), "", ""),
        ("(a) empty PySide6 window shown", f"{e * 1000:.0f} ms (median of {args.repeat})", "", ""),
        ("(a) Zhenjian main window shown", f"{o * 1000:.0f} ms = {o / e:.2f}× empty",
         "≤ 1.5×", "yes" if o <= 1.5 * e else "NO"),
        ("(b) first page of the list", f"{s['first_page_ms']:.1f} ms", "< 100 ms",
         "yes" if s["first_page_ms"] < 100 else "NO"),
        ("(c) two-character search, median", f"{s['search2_median_ms']:.1f} ms "
         f"(max {s['search2_max_ms']:.1f}; {s['search2_queries']} queries)", "< 50 ms",
         "yes" if s["search2_median_ms"] < 50 else "NO"),
        ("(c') three-character search (FTS5 trigram), median", f"{s['search3_median_ms']:.1f} ms",
         "", ""),
        ("(d) peak memory, start only", f"{max(rss) / 1024:.0f} MB", "< 300 MB",
         "yes" if max(rss) / 1024 < 300 else "NO"),
        ("(d) peak memory, session (list, scroll to end, searches)",
         f"{s['peak_rss_mb']:.0f} MB", "< 300 MB", "yes" if s["peak_rss_mb"] < 300 else "NO"),
    ]
    table = [f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, Qt platform: "
             f"{platform}.", "", "| measure | result | target | met |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join(table)
    (OUT / "results.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if all(r[3] != "NO" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
