"""SQLCipher evaluation (issue 6, "encryption at rest"): does the program run on an encrypted
database through the `sqlcipher3` package, and what does it cost? Not a dependency of the
program: run it in a separate environment that has `sqlcipher3-binary` (or `sqlcipher3`):

    python -m venv /tmp/sqlc && /tmp/sqlc/bin/pip install sqlcipher3-binary
    PYTHONPATH=.:<the program's site-packages> /tmp/sqlc/bin/python bench/sqlcipher_eval.py

Part 1 checks what the program needs (FTS5 trigram and unicode61, json_each, WAL, the online
backup API, a wrong key refused, plain sqlite3 refused). Part 2 runs the program itself on an
encrypted file — set-up with its Alembic migrations, `zhenjian demo` (registrations and the
workflow through the services), `zhenjian check`, the list and search queries — by swapping
the sqlite3 module for a keyed sqlcipher3 one, and times the same on a plain file.
Results are written into docs/ENCRYPTION_AT_REST.md by hand.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import types
from datetime import date
from pathlib import Path

from sqlcipher3 import dbapi2 as sc

KEY = "x'" + "2b" * 32 + "'"  # a raw 256-bit key, as the keyring would hold it


def keyed_connect(database, *args, **kwargs):
    conn = sc.connect(database, *args, **kwargs)
    if KEY:
        conn.execute(f'PRAGMA key = "{KEY}"')
    return conn


def features(folder: Path) -> None:
    path = folder / "features.db"
    c = keyed_connect(str(path), isolation_level=None)
    print("cipher_version", c.execute("PRAGMA cipher_version").fetchone()[0],
          "sqlite", c.execute("SELECT sqlite_version()").fetchone()[0])
    print("journal_mode", c.execute("PRAGMA journal_mode = WAL").fetchone()[0])
    for what, sql in (("fts5 trigram", "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')"),
                      ("fts5 unicode61", "CREATE VIRTUAL TABLE u USING fts5(x, "
                                         "tokenize='unicode61')")):
        try:
            c.execute(sql)
            print(what, "ok")
        except Exception as exc:
            print(what, "FAILED", type(exc).__name__, exc)
    c.execute("INSERT INTO t VALUES ('张三李四王五')")
    print("trigram MATCH", c.execute("SELECT x FROM t WHERE t MATCH '李四王'").fetchall())
    print("LIKE on trigram", c.execute("SELECT x FROM t WHERE x LIKE '%李四%'").fetchall())
    print("json_each", c.execute("SELECT value FROM json_each('[1,2,3]')").fetchall())
    copy = keyed_connect(str(folder / "copy.db"))
    c.backup(copy)
    print("online backup to an encrypted copy ok",
          copy.execute("SELECT count(*) FROM t").fetchone())
    copy.close()
    c.close()
    import sqlite3

    try:
        sqlite3.connect(str(path)).execute("SELECT count(*) FROM t").fetchone()
        print("plain sqlite3 READ the file (bad)")
    except sqlite3.DatabaseError as exc:
        print("plain sqlite3 refuses:", exc)
    wrong = sc.connect(str(path))
    wrong.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    try:
        wrong.execute("SELECT count(*) FROM t").fetchone()
        print("wrong key READ the file (bad)")
    except sc.DatabaseError as exc:
        print("wrong key refused:", exc)


def encrypt_program(keyed: bool = True) -> None:
    """Every sqlite3 connection of the program (plain reads and SQLAlchemy writes) through
    sqlcipher3, keyed (or not: the same SQLite library without encryption, to tell the cost
    of the cipher from that of another SQLite version)."""
    global KEY
    if not keyed:
        KEY = ""
    import sqlalchemy

    import desktop.store.backup
    import desktop.store.database
    import desktop.store.engine
    import desktop.store.sqlite

    shim = types.ModuleType("keyed_sqlite3")
    shim.__dict__.update({k: getattr(sc, k) for k in dir(sc) if not k.startswith("__")})
    shim.connect = keyed_connect
    for module in (desktop.store.sqlite, desktop.store.database, desktop.store.backup):
        module.sqlite3 = shim
    real = sqlalchemy.create_engine

    def create_engine(url, **kwargs):
        if str(url).startswith("sqlite"):
            kwargs["module"] = shim
        engine = real(url, **kwargs)
        if str(url).startswith("sqlite"):
            if KEY:
                sqlalchemy.event.listen(engine, "connect",
                                        lambda c, _r: c.execute(f'PRAGMA key = "{KEY}"'),
                                        insert=True)
        return engine

    desktop.store.engine.create_engine = create_engine


def workload(path: Path, cases: int) -> dict[str, float]:
    from desktop.services import arrest_queries
    from desktop.services.arrest_queries import ListFilter
    from desktop.services.check import check_database
    from desktop.services.demo import create_demo

    times = {}
    started = time.perf_counter()
    office = create_demo(path, cases=cases, seed=1, today=date(2026, 11, 23))
    times["demo (set-up + %d requests with workflow)" % cases] = time.perf_counter() - started
    office.close()
    from desktop.services.office import open_office

    office = open_office(path)
    started = time.perf_counter()
    for _ in range(50):
        ids = arrest_queries.list_page(office.reader, ListFilter(), today=date(2026, 11, 23),
                                       offset=0, limit=200)
        arrest_queries.fetch_rows(office.reader, ids)
    times["first list page (200 rows) x50"] = time.perf_counter() - started
    started = time.perf_counter()
    texts = ([f"王{c}" for c in "一二三四五六七八九十小明华军"] + list("张李赵刘陈杨黄周吴")
             + ["盗窃罪", "故意伤害", "诈骗罪", "A3201", "寻衅滋事", "危险驾驶"])
    for text in texts:  # each text once: the hit table is cached per text
        arrest_queries.count_requests(office.reader, ListFilter(search=text),
                                      today=date(2026, 11, 23))
    times["search, 29 texts"] = time.perf_counter() - started
    office.close()
    started = time.perf_counter()
    report = check_database(path)
    times["zhenjian check"] = time.perf_counter() - started
    assert report.ok, (report.integrity, report.audit_faults)
    times["file MB"] = path.stat().st_size / 1e6
    return times


def one(mode: str, cases: int) -> None:
    """One workload in this process: "plain" (the standard library's SQLite), "sqlcipher"
    (sqlcipher3 without a key) or "encrypted"; prints its times as JSON."""
    import json

    folder = Path(tempfile.mkdtemp(prefix=f"sqlcipher-{mode}-"))
    os.environ["ZHENJIAN_DATA_DIR"] = str(folder / "data")
    if mode != "plain":
        encrypt_program(keyed=mode == "encrypted")
    workload(folder / "warm-up.sqlite3", 50)  # imports, fonts, caches: not in the timings
    times = workload(folder / "db.sqlite3", cases)
    if mode == "encrypted":
        import sqlite3

        try:
            sqlite3.connect(str(folder / "db.sqlite3")).execute(
                "SELECT count(*) FROM arrest_requests").fetchone()
            times["plain sqlite3 can read it"] = 1
        except sqlite3.DatabaseError:
            times["plain sqlite3 can read it"] = 0
    print(json.dumps(times))


def main() -> int:
    import json
    import subprocess

    if len(sys.argv) > 2:
        one(sys.argv[2], int(sys.argv[1]))
        return 0
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path(tempfile.mkdtemp(prefix="sqlcipher-eval-"))
    features(folder)
    results: dict[str, list[dict]] = {"plain": [], "sqlcipher": [], "encrypted": []}
    for _ in range(2):  # alternate, so that the machine's mood is shared out
        for mode in results:
            out = subprocess.run([sys.executable, __file__, str(cases), mode], check=True,
                                 capture_output=True, text=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
    print("encrypted file readable by plain sqlite3:",
          any(r.get("plain sqlite3 can read it") for r in results["encrypted"]))
    print(f"\n| step ({cases} requests; best of 2, seconds) | standard sqlite3 (SQLite 3.40) | "
          "sqlcipher3, no key (SQLite 3.51) | sqlcipher3 with key | cipher cost |")
    print("|---|---|---|---|---|")
    for key in results["plain"][0]:
        best = {m: min(r[key] for r in rs) for m, rs in results.items()}
        print(f"| {key} | {best['plain']:.2f} | {best['sqlcipher']:.2f} | "
              f"{best['encrypted']:.2f} | {best['encrypted'] / best['sqlcipher']:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
