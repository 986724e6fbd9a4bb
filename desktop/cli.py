"""The `zhenjian` command: the desktop program by default, plus administration subcommands.

Errors go to stderr; exit status 2 for bad usage, 1 for failures."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

SUBCOMMANDS = ("init", "demo", "check", "documents", "keys", "units", "upper", "sync", "serve",
               "backup", "restore", "backup-key", "stats", "import")
PASSPHRASE_HELP = ("file holding the passphrase that encrypts the private keys where this "
                   "computer has no keyring (at least 8 characters; never on the command line)")


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
                                       "{init,demo,check,documents,keys,units,upper,sync,"
                                       "serve,backup,restore,backup-key,stats,import} --help")
    p.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    p.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--self-test", action="store_true",
                   help="check this installation (temporary database, migrations, a deadline, "
                        "a document, the window offscreen), print one line and exit 0 or 1")
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
    init.add_argument("--upper-code", default="", help="the upper office's unit code")
    init.add_argument("--role", choices=("grassroots", "upper"), default="grassroots",
                      help="upper: an upper-level office that receives its units' packages")
    init.add_argument("--passphrase-file", type=Path, help=PASSPHRASE_HELP)
    demo = sub.add_parser("demo", help="create a demo database with realistic data")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    demo.add_argument("--passphrase-file", type=Path, help=PASSPHRASE_HELP)
    demo.add_argument("--unit-code", help="another demo unit's code (several units can feed "
                                          "one upper office)")
    demo.add_argument("--unit-name", help="another demo unit's name, e.g. 绿水县人民检察院")
    check = sub.add_parser("check", help="verify the database's integrity and the audit chain")
    check.add_argument("--db", type=_database, required=True,
                       help="a file, or a PostgreSQL URL (postgresql+psycopg://…)")
    documents = sub.add_parser("documents", help="issued legal documents")
    doc_sub = documents.add_subparsers(dest="documents_command", required=True)
    export = doc_sub.add_parser("export", help="write every issued document's PDF (named by "
                                "its number) and the register as register.csv")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True, help="folder to write into")
    export.add_argument("--include-juveniles", action="store_true",
                        help="also the documents about juvenile suspects (left out unless "
                             "asked for: sealed records, CPL 286)")
    keys = sub.add_parser("keys", help="this office's keys for sync packages (密钥)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="create this office's key pairs")
    create.add_argument("--db", type=Path, required=True)
    create.add_argument("--passphrase-file", type=Path, help=PASSPHRASE_HELP)
    create.add_argument("--replace", action="store_true",
                        help="replace existing keys (every office that registered the old "
                             "public keys must register the new ones)")
    key_export = keys_sub.add_parser("export", help="write this office's public-key file "
                                     "(.zjkey) and print its fingerprint")
    key_export.add_argument("--db", type=Path, required=True)
    key_export.add_argument("--out", type=Path, required=True, help="file to write")
    show = keys_sub.add_parser("show", help="key ids, fingerprint and where the private keys "
                               "are kept")
    show.add_argument("--db", type=Path, required=True)
    from desktop import cli_sync

    cli_sync.add_parsers(sub)  # units, upper, sync, serve
    from desktop import cli_backup

    cli_backup.add_parsers(sub, PASSPHRASE_HELP)  # backup, restore, backup-key
    from desktop import cli_stats

    cli_stats.add_parser(sub)  # stats
    from desktop import cli_import

    cli_import.add_parser(sub)  # import
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
    passphrase = _read_passphrase(args.passphrase_file)
    if isinstance(passphrase, int):
        return passphrase
    try:
        office = create_office(args.db, OfficeSetup(
            unit_code=args.unit_code, unit_name=args.unit_name, unit_abbr=args.unit_abbr,
            upper_name=args.upper_name, officer_name=args.officer, password=password,
            officer_username=args.username, upper_code=args.upper_code, level=args.role))
    except ValidationFailed as exc:
        return _fail(str(exc))
    except DatabaseError as exc:
        return _fail(str(exc))
    print(f"created {_label(args.db)}")
    _keys_after_setup(office, passphrase, args.db)
    office.close()
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
    passphrase = _read_passphrase(args.passphrase_file)
    if isinstance(passphrase, int):
        return passphrase

    def progress(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    try:
        office = create_demo(args.db, cases=args.cases, seed=args.seed,
                             today=args.today or date.today(), progress=progress,
                             unit_code=args.unit_code, unit_name=args.unit_name)
    except DatabaseError as exc:
        return _fail(str(exc))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"created {args.db} with {args.cases} requests")
    _keys_after_setup(office, passphrase, args.db)
    office.close()
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
    from desktop.services import sensitive_reads
    from desktop.services.office import open_office

    office = open_office(args.db)
    try:
        leave_out = (frozenset() if args.include_juveniles
                     else sensitive_reads.juvenile_document_ids(office.reader))
        report = export_documents(office.reader, args.out, leave_out=leave_out)
        sensitive_reads.exported_documents(office, str(args.out.resolve()),
                                           len(report.written) - 1, report.left_out)
    except OSError as exc:
        return _fail(f"cannot write to {args.out}: {exc}")
    finally:
        office.close()
    for failure in report.failures:
        print(f"zhenjian: not exported: {failure}", file=sys.stderr)
    print(f"wrote {len(report.written) - 1} documents and register.csv to {args.out}")
    if report.left_out:
        print(f"left out {report.left_out} documents about juvenile suspects "
              "(--include-juveniles to export them)")
    return 1 if report.failures else 0


# -- keys (密钥) ---------------------------------------------------------------------------
def _read_passphrase(path: Path | None) -> str | None | int:
    """The passphrase in `path` (one line; the line end is not part of it), None without a
    file, or the exit status after a message when it cannot be used."""
    if path is None:
        return None
    from desktop.security.keystore import MIN_PASSPHRASE

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read the passphrase file {path}: {exc}")
    passphrase = text[:-1] if text.endswith("\n") else text
    passphrase = passphrase[:-1] if passphrase.endswith("\r") else passphrase
    if len(passphrase) < MIN_PASSPHRASE:
        return _fail(f"the passphrase in {path} is too short: at least {MIN_PASSPHRASE} "
                     "characters (口令至少 8 个字符)")
    return passphrase


def _where(location: str | None) -> str:
    return {"keyring": "in this computer's keyring (系统密钥环)",
            "file": "in a file encrypted with a passphrase (口令加密的密钥文件)"}.get(
        location, "not on this computer (本机没有私钥)")


def _keys_after_setup(office, passphrase: str | None, db: Path) -> None:
    """Set-up creates the office's keys where it can; where it cannot, the office is still
    made and a note says how to create them later."""
    from desktop.security.keystore import KeyStoreError
    from desktop.services.errors import ValidationFailed
    from desktop.services.office_keys import create_office_keys, key_status, keyring_available

    later = f"create them with: zhenjian keys create --db {_label(db)} --passphrase-file FILE"
    if passphrase is None and not keyring_available():
        print("zhenjian: note: no keys created: this computer has no usable keyring, so the "
              "private keys need a passphrase (本机没有可用的系统密钥环，未生成密钥); "
              + later, file=sys.stderr)
        return
    try:
        public = create_office_keys(office, passphrase=passphrase)
    except (ValidationFailed, KeyStoreError) as exc:
        print(f"zhenjian: note: no keys created: {exc}; {later}", file=sys.stderr)
        return
    print(f"keys created, private keys {_where(key_status(office).location)}")
    print(f"fingerprint (指纹): {public.fingerprint}")


def _open_for_keys(db: Path):
    """The office in `db`, or the exit status after a message."""
    from desktop.services.office import open_office
    from desktop.store.database import Database
    from desktop.store.sqlite import DatabaseError

    if not db.exists():
        return _fail(f"{db} does not exist")
    try:
        state = Database(db).check_openable()
        if state != "current":
            return _fail(f"{db} is not an up-to-date Zhenjian database ({state}); "
                         "open it once in Zhenjian Desk to upgrade it")
        return open_office(db)
    except DatabaseError as exc:
        return _fail(str(exc))


def cmd_keys(args) -> int:
    from desktop.security.keystore import KeyFileError, KeyStoreError
    from desktop.services.errors import NotFound, ValidationFailed
    from desktop.services.office_keys import (create_office_keys, export_public_keys,
                                              key_status)

    passphrase = None
    if args.keys_command == "create":
        passphrase = _read_passphrase(args.passphrase_file)
        if isinstance(passphrase, int):
            return passphrase
    office = _open_for_keys(args.db)
    if isinstance(office, int):
        return office
    try:
        if args.keys_command == "create":
            try:
                public = create_office_keys(office, passphrase=passphrase,
                                            replace=args.replace)
            except ValidationFailed as exc:
                if exc.errors[0].code == "keys.exist":
                    return _fail("this office already has keys (本院已有密钥); --replace "
                                 "makes new ones, which every office that registered the old "
                                 "public keys must then register again")
                return _fail(f"this computer already keeps private keys for unit "
                             f"{office.unit_code} (本机已保存该单位的私钥), perhaps of another "
                             "database; --replace overwrites them")
            except KeyStoreError as exc:
                if exc.code == "no_keyring":
                    return _fail("this computer has no usable keyring (本机没有可用的系统"
                                 "密钥环): give a passphrase with --passphrase-file FILE to keep "
                                 "the private keys in an encrypted file")
                return _fail(str(exc))
            print(f"keys created, private keys {_where(key_status(office).location)}")
            print(f"fingerprint (指纹): {public.fingerprint}")
            return 0
        if args.keys_command == "export":
            try:
                public = export_public_keys(office, args.out)
            except NotFound:
                return _fail(f"this office has no keys yet (本院尚无密钥): zhenjian keys create "
                             f"--db {args.db}")
            except OSError as exc:
                return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
            print(f"wrote {args.out}")
            print(f"fingerprint (指纹): {public.fingerprint}")
            return 0
        status = key_status(office)
        if status.public is None:
            return _fail(f"this office has no keys yet (本院尚无密钥): zhenjian keys create "
                         f"--db {args.db}")
        public = status.public
        print(f"unit (单位): {public.unit_code} {public.unit_name} ({public.role})")
        print(f"suite: {public.suite}")
        print(f"signing key id (签名密钥): {public.signing_key_id}")
        print(f"encryption key id (加密密钥): {public.encryption_key_id}")
        print(f"fingerprint (指纹): {public.fingerprint}")
        print(f"private keys (私钥): {_where(status.location)}")
        return 0
    except KeyFileError as exc:
        return _fail(f"the office's recorded public keys are damaged (本院公钥记录已损坏): {exc}")
    finally:
        office.close()


MAX_ARGUMENT = 4096  # characters: a path or a name, never a file's contents


def _bad_argument(args) -> str | None:
    """What no subcommand can use, said before any of them runs (issue 6, bad input): control
    characters, undecodable bytes (surrogate escapes), absurd lengths, a file name longer than
    the file system allows. Checked here once for every subcommand's arguments."""
    from desktop.domain.text_input import text_problem

    for name, value in vars(args).items():
        if not isinstance(value, (str, Path)):
            continue
        option = "--" + name.replace("_", "-")
        problem = text_problem(str(value), max_length=MAX_ARGUMENT)
        if problem is not None:
            if problem.code == "too_long":
                return f"{option}: {problem.length} characters, at most {MAX_ARGUMENT}"
            return (f"{option}: character {problem.position} ({problem.character}) is not "
                    "allowed")
        if isinstance(value, Path) and any(len(os.fsencode(part)) > 255
                                           for part in value.parts):
            return f"{option}: a file or folder name is longer than 255 bytes"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        try:
            args = _admin_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        problem = _bad_argument(args)
        if problem is not None:
            print(f"zhenjian: {problem}", file=sys.stderr)
            return 2
        if args.command in ("units", "upper", "sync", "serve"):
            from desktop import cli_sync

            return cli_sync.run(args)
        if args.command in ("backup", "restore", "backup-key"):
            from desktop import cli_backup

            if args.command == "backup":
                return cli_backup.cmd_backup(args, _read_passphrase, _open_for_keys)
            if args.command == "backup-key":
                return cli_backup.cmd_backup_key(args, _read_passphrase, _open_for_keys)
            return cli_backup.cmd_restore(args, _read_passphrase)
        if args.command == "stats":
            from desktop import cli_stats

            return cli_stats.run(args)
        if args.command == "import":
            from desktop import cli_import

            return cli_import.run(args)
        return {"init": cmd_init, "demo": cmd_demo, "check": cmd_check,
                "documents": cmd_documents, "keys": cmd_keys}[args.command](args)
    try:
        args = _gui_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from desktop.logs import setup_logging

    setup_logging()  # the desktop program and its self-test log to the user's log folder
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test()
    from desktop.ui.app import run

    return run(args.db, args.lang, exit_after_show=args.exit_after_show)


if __name__ == "__main__":
    sys.exit(main())
