"""The sync subcommands of `zhenjian` (issue 5): registering the other side's keys, and
packages as files.

    zhenjian units add   --db PATH --key FILE                (the upper office)
    zhenjian upper set   --db PATH --key FILE [--url URL]    (a unit)
    zhenjian sync export --db PATH --out DIR                 (prints each package's path)
    zhenjian sync import --db PATH FILE [--ack-out DIR]
    zhenjian sync push   --db PATH [--url URL]               (online, to the upper office)
    zhenjian serve       --db PATH --host 127.0.0.1 --port P (the upper office's service)

Private keys come from the keyring, or from the passphrase-protected key file with the
passphrase in --passphrase-file or ZHENJIAN_KEY_PASSPHRASE. Exit status 2 for bad usage,
1 for a refusal (with its reason on stderr), 0 otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

COMMANDS = ("units", "upper", "sync", "serve")


def add_parsers(sub) -> None:
    from desktop.cli import _database  # a SQLite file, or an upper office's PostgreSQL URL

    units = sub.add_parser("units", help="the units registered at this upper office")
    units_sub = units.add_subparsers(dest="units_command", required=True)
    add = units_sub.add_parser("add", help="register a unit by its public key file")
    add.add_argument("--db", type=_database, required=True)
    add.add_argument("--key", type=Path, required=True)
    upper = sub.add_parser("upper", help="this unit's upper office")
    upper_sub = upper.add_subparsers(dest="upper_command", required=True)
    set_ = upper_sub.add_parser("set", help="register the upper office's public key file")
    set_.add_argument("--db", type=Path, required=True)
    set_.add_argument("--key", type=Path, required=True)
    set_.add_argument("--url", default="", help="the upper office's receiving service")
    sync = sub.add_parser("sync", help="sync packages")
    sync_sub = sync.add_subparsers(dest="sync_command", required=True)
    export = sync_sub.add_parser("export", help="write the unacknowledged changes as packages")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True, help="folder (e.g. a USB stick)")
    export.add_argument("--passphrase-file", type=Path)
    imp = sync_sub.add_parser("import", help="apply a package or an acknowledgement file")
    imp.add_argument("--db", type=_database, required=True)
    imp.add_argument("file", type=Path)
    imp.add_argument("--ack-out", type=Path, help="folder for the acknowledgement file")
    imp.add_argument("--passphrase-file", type=Path)
    push = sync_sub.add_parser("push", help="send the pending changes to the upper office "
                               "online and apply its acknowledgement")
    push.add_argument("--db", type=Path, required=True)
    push.add_argument("--url", help="the upper office's service (default: the one registered)")
    push.add_argument("--passphrase-file", type=Path)
    serve = sub.add_parser("serve", help="run the upper office's receiving service")
    serve.add_argument("--db", type=_database, required=True,
                       help="a file, or a PostgreSQL URL (postgresql+psycopg://…)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--passphrase-file", type=Path)


def _fail(message: str) -> int:
    print(f"zhenjian: {message}", file=sys.stderr)
    return 1


def _passphrase(args) -> str | None:
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return path.read_text(encoding="utf-8").strip()
    return os.environ.get("ZHENJIAN_KEY_PASSPHRASE")


def _office(db):
    from desktop.services.office import open_office
    from desktop.store.sqlite import DatabaseError

    if isinstance(db, Path) and not db.exists():
        raise SystemExit(_fail(f"{db} does not exist"))
    try:
        return open_office(db)
    except DatabaseError as exc:
        raise SystemExit(_fail(str(exc))) from None


def _read_key_file(path: Path):
    from desktop.security.keystore import PublicKeys

    try:
        return PublicKeys.from_file_bytes(path.read_bytes())
    except OSError as exc:
        raise SystemExit(_fail(f"cannot read {path}: {exc}")) from None
    except Exception as exc:  # KeyFileError: damaged, unknown suite…
        raise SystemExit(_fail(f"{path} is not a usable public key file: {exc}")) from None


def _refusal(exc) -> str:
    from desktop.services.sync_messages import refusal_text

    return refusal_text(exc, lang="en")


def run(args) -> int:
    try:
        return {"units": _units, "upper": _upper, "sync": _sync,
                "serve": _serve}[args.command](args)
    except SystemExit as exc:
        return int(exc.code or 0)


def _units(args) -> int:
    from desktop.services.errors import ValidationFailed
    from desktop.services.sync_registry import register_unit

    keys = _read_key_file(args.key)
    office = _office(args.db)
    try:
        peer = register_unit(office, keys)
    except ValidationFailed as exc:
        return _fail("; ".join(e.message for e in exc.errors))
    finally:
        office.close()
    print(f"registered {peer.unit_code} {peer.unit_name}; fingerprint {keys.fingerprint}")
    return 0


def _upper(args) -> int:
    from desktop.services.errors import ValidationFailed
    from desktop.services.sync_registry import set_upper

    keys = _read_key_file(args.key)
    office = _office(args.db)
    try:
        peer = set_upper(office, keys, url=args.url)
    except ValidationFailed as exc:
        return _fail("; ".join(e.message for e in exc.errors))
    finally:
        office.close()
    print(f"upper office {peer.unit_code} {peer.unit_name}; fingerprint {keys.fingerprint}"
          + (f"; {peer.url}" if peer.url else ""))
    return 0


def _sync(args) -> int:
    from desktop.security.keystore import KeyStoreError
    from desktop.services.errors import ValidationFailed
    from desktop.services.office_keys import load_office_keys
    from desktop.services.sync_push import PushError
    from desktop.services.sync_receive import SyncRefused
    from desktop.sync.container import PackageError

    office = _office(args.db)
    try:
        keys = load_office_keys(office, passphrase=_passphrase(args))
        if args.sync_command == "export":
            return _export(office, keys, args.out)
        if args.sync_command == "push":
            return _push(office, keys, args.url)
        return _import(office, keys, args.file, args.ack_out)
    except KeyStoreError as exc:
        return _fail(f"the office's private keys: {exc}")
    except PushError as exc:
        return _fail(f"no answer from the upper office ({exc.code}): {exc}")
    except (PackageError, SyncRefused) as exc:
        return _fail(_refusal(exc))
    except ValidationFailed as exc:
        return _fail("; ".join(e.message for e in exc.errors))
    finally:
        office.close()


def _export(office, keys, folder: Path) -> int:
    from desktop.services.sync_export import export_changes, write_package

    if not folder.is_dir():
        return _fail(f"{folder} is not a folder")
    after, written = 0, 0
    while (package := export_changes(office, keys, after=after)) is not None:
        try:
            print(write_package(package, folder))
        except OSError as exc:
            return _fail(f"cannot write to {folder}: {exc}")
        written += 1
        after = package.last_seq
    if not written:
        print("nothing to send: the upper office has acknowledged every change")
    return 0


def _push(office, keys, url: str | None) -> int:
    from desktop.services.sync_push import push

    result = push(office, keys, url)
    print(f"posted {result.packages} package(s) with {result.rows} change(s); acknowledged "
          f"up to {result.acked}; {result.received} record(s) from the upper office applied")
    return 0


def _serve(args) -> int:
    from desktop.security.keystore import KeyStoreError
    from desktop.server import serve
    from desktop.services.office_keys import load_office_keys

    office = _office(args.db)
    try:
        keys = load_office_keys(office, passphrase=_passphrase(args))
    except KeyStoreError as exc:
        office.close()
        return _fail(f"the office's private keys: {exc}")
    print(f"serving {office.unit_code} ({office.db.label}) on "
          f"http://{args.host}:{args.port}/v1/packages", flush=True)
    try:
        serve(office, keys, host=args.host, port=args.port)
    finally:
        office.close()
    return 0


def _import(office, keys, path: Path, ack_out: Path | None) -> int:
    from desktop.services.sync_export import write_package
    from desktop.services.sync_receive import receive_package

    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {path}: {exc}")
    result = receive_package(office, keys, data)
    span = (f"{result.first_seq}–{result.last_seq}" if result.first_seq is not None
            else "no changes")
    if result.kind == "ack":
        print(f"acknowledgement from {result.sender}: this office's changes acknowledged up "
              f"to {result.acked}; {result.rows} record(s) of the upper office applied")
    else:
        print(f"changes from {result.sender}: {span}: {result.result}; applied up to "
              f"{result.watermark}" + (f"; held {result.held}" if result.held else ""))
    if result.ack is not None:
        folder = ack_out or path.parent
        print(write_package(result.ack, folder))
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="zhenjian")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    sys.exit(run(parser.parse_args()))
