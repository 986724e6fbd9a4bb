"""`zhenjian import`: bring an existing register (.xlsx or .csv) into the database.

  zhenjian import --db PATH FILE [--kind arrest|supervision|petition] [--mapping NAME]
                  [--sheet NAME] [--police] [--dry-run]

The columns are mapped by their headers (or by a saved mapping), every row is checked with
the rules of manual entry and the accepted rows are written in one transaction
(services/register_import). `--police` reads a police export into drafts the officer
confirms in the program. The report lists new, updated, unchanged and refused rows, one line
per refused row with its sheet row number and reason."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EPILOG = ("exit status: 0 when no row was refused, 1 when some rows were refused (the others "
          "were imported, unless --dry-run) or the file or database could not be read, "
          "2 for bad usage. --dry-run checks every row and writes nothing.")


def add_parser(sub) -> None:
    p = sub.add_parser("import", help="import an existing register from Excel (.xlsx) or CSV",
                       description="\n\n".join(__doc__.split("\n\n")[2:]).strip(), epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("file", type=Path, help="the register: .xlsx, or .csv in UTF-8 or GB18030")
    p.add_argument("--kind", choices=("arrest", "supervision", "petition"), default="arrest",
                   help="which register (default: arrest, 审查逮捕)")
    p.add_argument("--mapping", help="a saved column mapping, by name (default: guessed from "
                                     "the headers)")
    p.add_argument("--sheet", help="the sheet to read (default: the first)")
    p.add_argument("--police", action="store_true",
                   help="a police export (提请批准逮捕信息): rows become drafts to confirm in "
                        "the program, using the saved police mapping unless --mapping is given")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")


def _fail(message: str) -> int:
    print(f"zhenjian: {message}", file=sys.stderr)
    return 1


def _field_name(kind: str, key: str) -> str:
    from desktop.domain.import_fields import field

    try:
        f = field(kind, key)
    except KeyError:
        return key
    return f"{f.zh} / {f.en}"


def print_report(report, kind: str, out=None) -> None:
    out = out or sys.stdout
    label = " (dry run: nothing written)" if report.dry_run else ""
    if report.cancelled:
        label = " (cancelled: nothing written)"
    print(f"new {len(report.new)}, updated {len(report.updated)}, "
          f"unchanged {len(report.unchanged)}, refused {len(report.refused)}{label}", file=out)
    for row, errors in report.refused:
        for e in errors:
            print(f"row {row}: {_field_name(kind, e.field)}: {e.message} [{e.code}]", file=out)
    for row, diff in report.differences:
        shown = "; ".join(f"{_field_name(kind, k)}: {old} → {new}" for k, (old, new) in diff.items())
        print(f"row {row}: already registered, differs: {shown} (not changed)", file=out)


def run(args) -> int:
    from desktop.services import register_import as ri
    from desktop.services.errors import NotFound, PermissionDenied
    from desktop.services.office import claim_database, open_office
    from desktop.services.register_import_mappings import POLICE_DEFAULT, load_mapping
    from desktop.services.register_import_table import ImportFileError
    from desktop.store.sqlite import DatabaseError

    if not args.db.is_file():
        return _fail(f"no database at {args.db} / 数据库文件不存在")
    if not args.file.is_file():
        return _fail(f"no file {args.file}")
    kind = "arrest" if args.police else args.kind
    try:
        lock = claim_database(args.db)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        office = open_office(args.db)
    except DatabaseError as exc:
        lock.release()
        return _fail(str(exc))
    try:
        table = ri.read_table(args.file, sheet=args.sheet)
        name = args.mapping or (POLICE_DEFAULT if args.police else None)
        if name:
            saved = load_mapping(office, name)
            if saved.kind != kind:
                return _fail(f"the mapping {name!r} is for the {saved.kind} register")
            mapping = saved.for_table(table)
        else:
            mapping = ri.guess_mapping(table, kind)
        if args.police:
            from desktop.services.register_import_police import import_police_export

            report = import_police_export(office, table, mapping, dry_run=args.dry_run)
        else:
            report = ri.import_rows(office, table, mapping, kind, dry_run=args.dry_run)
    except ImportFileError as exc:
        return _fail(f"cannot read {args.file}: {exc}")
    except NotFound:
        return _fail(f"no saved mapping named {args.mapping!r}")
    except PermissionDenied as exc:
        return _fail(str(exc))
    finally:
        office.close()
        lock.release()
    print_report(report, kind)
    if args.police and not args.dry_run and report.new:
        print(f"{len(report.new)} drafts wait for confirmation in the program")
    return 1 if report.refused else 0
