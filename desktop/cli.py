"""The `zhenjian` command: the desktop program by default, plus administration subcommands.

Errors go to stderr; exit status 2 for bad usage, 1 for failures."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

SUBCOMMANDS = ("init", "demo", "check", "documents")


def _database(value: str) -> Path | str:
    """--db: a SQLite file, or (init and check) an upper office's PostgreSQL URL."""
    if value.startswith(("postgresql://", "postgresql+")):
        return value
    return Path(value)


def _is_file(db) -> bool:
    return isinstance(db, Path)


def _label(db) -> str:
    if _is_file(db):
        return str(db)
    from desktop.store.postgres import display_url

    return display_url(db)


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhenjian", description="Zhenjian Desk (侦监台)",
                                epilog="administration: zhenjian "
                                       "{init,demo,check,documents} --help")
    p.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    p.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    return p


def _admin_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhenjian")
    sub = p.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init", help="create a new office database")
    init.add_argument("--db", type=_database, required=True,
                      help="a new file, or an empty PostgreSQL database "
                           "(postgresql+psycopg://user@host/name)")
    init.add_argument("--unit-code", required=True)
    init.add_argument("--unit-name", required=True)
    init.add_argument("--unit-abbr", required=True)
    init.add_argument("--upper-name", required=True)
    init.add_argument("--officer", required=True, help="the first officer's name")
    init.add_argument("--username", default="officer1")
    demo = sub.add_parser("demo", help="create a demo database with realistic data")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    check = sub.add_parser("check", help="verify the database's integrity and the audit chain")
    check.add_argument("--db", type=_database, required=True,
                       help="a file, or a PostgreSQL URL (postgresql+psycopg://…)")
    documents = sub.add_parser("documents", help="issued legal documents")
    doc_sub = documents.add_subparsers(dest="documents_command", required=True)
    export = doc_sub.add_parser("export", help="write every issued document's PDF (named by "
                                "its number) and the register as register.csv")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True, help="folder to write into")
    return p


def _fail(message: str) -> int:
    print(f"zhenjian: {message}", file=sys.stderr)
    return 1


def _password() -> str | None:
    import getpass

    env = os.environ.get("ZHENJIAN_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Password for the first officer: ")
    if getpass.getpass("Repeat it: ") != first:
        print("zhenjian: the two passwords differ", file=sys.stderr)
        return None
    return first


def cmd_init(args) -> int:
    from desktop.services.errors import ValidationFailed
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.store.sqlite import DatabaseError

    password = _password()
    if not password:
        return _fail("no password: set ZHENJIAN_PASSWORD or run in a terminal")
    try:
        office = create_office(args.db, OfficeSetup(
            unit_code=args.unit_code, unit_name=args.unit_name, unit_abbr=args.unit_abbr,
            upper_name=args.upper_name, officer_name=args.officer, password=password,
            officer_username=args.username))
    except ValidationFailed as exc:
        return _fail(str(exc))
    except DatabaseError as exc:
        return _fail(str(exc))
    office.close()
    print(f"created {_label(args.db)}")
    return 0


def cmd_demo(args) -> int:
    from desktop.services.calendar_setup import load_holiday_calendar
    from desktop.services.demo import create_demo
    from desktop.store.sqlite import DatabaseError

    for problem in load_holiday_calendar():
        print(f"zhenjian: holiday file ignored: {problem}", file=sys.stderr)
    if args.cases < 0:
        return _fail("--cases must be 0 or more")
    if args.db.exists() and args.db.stat().st_size > 0:
        return _fail(f"{args.db} already exists; choose a new file")

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    try:
        office = create_demo(args.db, cases=args.cases, seed=args.seed,
                             today=args.today or date.today(), progress=progress)
    except DatabaseError as exc:
        return _fail(str(exc))
    office.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"created {args.db} with {args.cases} requests")
    return 0


def cmd_check(args) -> int:
    from desktop.services.check import check_database
    from desktop.store.sqlite import DatabaseError

    if _is_file(args.db) and not args.db.exists():
        return _fail(f"{args.db} does not exist")
    try:
        report = check_database(args.db)
    except DatabaseError as exc:
        return _fail(str(exc))
    for line in report.integrity:
        print(f"integrity: {line}")
    for line in report.audit_faults:
        print(f"audit chain: {line}")
    if report.ok:
        print(f"ok: integrity ok, audit chain of {report.audit_entries} entries intact")
        return 0
    print("FAULTY: see above", file=sys.stderr)
    return 1


def cmd_documents(args) -> int:
    from desktop.services.document_export import export_documents
    from desktop.store.database import Database
    from desktop.store.sqlite import DatabaseError

    if not args.db.exists():
        return _fail(f"{args.db} does not exist")
    if args.out.exists() and not args.out.is_dir():
        return _fail(f"{args.out} is not a folder")
    db = Database(args.db)
    try:
        state = db.check_openable()
    except DatabaseError as exc:
        return _fail(str(exc))
    if state != "current":
        return _fail(f"{args.db} is not an up-to-date Zhenjian database ({state}); "
                     "open it once in Zhenjian Desk to upgrade it")
    conn = db.read_connection()
    try:
        report = export_documents(conn, args.out)
    except OSError as exc:
        return _fail(f"cannot write to {args.out}: {exc}")
    finally:
        conn.close()
    for failure in report.failures:
        print(f"zhenjian: not exported: {failure}", file=sys.stderr)
    print(f"wrote {len(report.written) - 1} documents and register.csv to {args.out}")
    return 1 if report.failures else 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        try:
            args = _admin_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        return {"init": cmd_init, "demo": cmd_demo, "check": cmd_check,
                "documents": cmd_documents}[args.command](args)
    try:
        args = _gui_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from desktop.ui.app import run

    return run(args.db, args.lang, exit_after_show=args.exit_after_show)


if __name__ == "__main__":
    sys.exit(main())
