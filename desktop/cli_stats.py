"""`zhenjian stats`: the period's indicators (DOMAIN.md §7) written as JSON.

  zhenjian stats --db PATH --from 2026-01-01 --to 2026-12-31 --format json --out FILE
  zhenjian stats --db postgresql://user@host/db …   (an upper office on PostgreSQL)

The file holds every indicator with its Chinese name, unit, value, juvenile sub-count, the
numerator and denominator of each rate, and the definition shown next to it. The database is
opened read-only: counting changes nothing, and the report holds counts only (no names), so no
audit entry is written. `--format xlsx` writes the laid-out
workbook and `--format pdf` the same report through the document engine's font
(services/stats_report). Every file is written atomically. Exit 1 for failures, 2 for bad
usage."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(sub) -> None:
    stats = sub.add_parser("stats", help="the statistics indicators of a period, as JSON, "
                                                 "Excel (.xlsx) or PDF")
    stats.add_argument("--db", required=True,
                       help="the SQLite file, or an upper office's postgresql:// URL")
    stats.add_argument("--from", dest="start", type=_day, required=True,
                       help="first day of the period (YYYY-MM-DD)")
    stats.add_argument("--to", dest="end", type=_day, required=True,
                       help="last day of the period, included")
    stats.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json")
    stats.add_argument("--out", type=Path, required=True, help="file to write")
    stats.add_argument("--unit-code", help="count one unit only (default: every unit in the "
                                           "database)")
    stats.add_argument("--denominator", choices=("concluded", "decided"),
                       help="不捕率's denominator (default: this office's setting)")
    stats.add_argument("--today", type=_day, help="the report's day: which missing receipts "
                                                  "are overdue (default: today)")


def run(args) -> int:
    from desktop.domain.indicators import Period
    from desktop.services import statistics, stats_report
    from desktop.store.postgres import Reader, display_url, is_postgres_url, normalize_url
    from desktop.store.sqlite import DatabaseError, connect

    try:
        period = Period.custom(args.start, args.end)
    except ValueError as exc:
        print(f"zhenjian: {exc}", file=sys.stderr)
        return 2
    if is_postgres_url(args.db):  # an upper office on PostgreSQL: the same statements
        try:
            conn = Reader(normalize_url(args.db))
        except DatabaseError as exc:
            print(f"zhenjian: {exc} / 无法连接数据库", file=sys.stderr)
            return 1
    elif not Path(args.db).is_file():
        print(f"zhenjian: no database at {args.db} / 数据库文件不存在", file=sys.stderr)
        return 1
    else:
        conn = connect(args.db, readonly=True)
    try:
        if args.format == "json":
            report = statistics.indicators(conn, period, unit_code=args.unit_code,
                                           today=args.today or date.today(),
                                           denominator=args.denominator)
        else:
            data = stats_report.collect(conn, period, unit_code=args.unit_code,
                                        today=args.today or date.today(),
                                        denominator=args.denominator)
    except (sqlite3.DatabaseError, *_postgres_errors(args.db)) as exc:
        label = display_url(args.db) if is_postgres_url(args.db) else args.db
        print(f"zhenjian: {label} is not a Zhenjian database this version can read ({exc}) "
              "/ 无法读取该数据库", file=sys.stderr)
        return 1
    finally:
        conn.close()
    try:
        if args.format == "xlsx":
            stats_report.write_xlsx(data, args.out)
        elif args.format == "pdf":
            stats_report.write_pdf(data, args.out)
        else:
            text = json.dumps(report.to_json(), ensure_ascii=False, indent=1)
            tmp = args.out.with_name(args.out.name + ".part")
            tmp.write_text(text + "\n", encoding="utf-8")
            tmp.replace(args.out)  # a reader never sees half a report
    except OSError as exc:
        print(f"zhenjian: cannot write {args.out}: {exc.strerror} / 无法写入文件", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def _postgres_errors(db: str) -> tuple[type[BaseException], ...]:
    """psycopg's error class when the database is PostgreSQL (psycopg is imported only then)."""
    from desktop.store.postgres import is_postgres_url

    if not is_postgres_url(db):
        return ()
    import psycopg

    return (psycopg.Error,)
