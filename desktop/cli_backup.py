"""`zhenjian backup` and `zhenjian restore` (备份、恢复).

backup prints the path of the backup file it wrote (and nothing else on stdout, so a script
can use it); restore says what it replaced and where the replaced database went. Errors go to
stderr in both languages; exit status 1 for failures, 2 for bad usage."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REASONS = {
    "missing": "the folder is not there (a USB stick not plugged in?) / 文件夹不存在（U盘未插入？）",
    "full": "the disk is full / 磁盘已满",
    "read_only": "the folder cannot be written (read-only) / 文件夹只读，无法写入",
}

BACKUP_REFUSALS = {
    "not_a_backup": "this is not a Zhenjian backup file / 这不是侦监台备份文件",
    "format_newer": "the backup was made by a newer version of the program: update this one "
                    "/ 该备份由更新版本的程序生成，请升级本程序",
    "too_new": "the backup holds a database of a newer program version: install that version "
               "or newer to restore it / 该备份中的数据库来自更新版本的程序",
    "damaged": "the backup file is damaged or incomplete (altered, or a copy that did not "
               "finish) / 备份文件已损坏或不完整",
    "forged": "the backup does not verify: it was altered or not made with this office's "
              "backup key / 备份校验失败：文件被篡改，或并非用本单位备份密钥生成",
    "wrong_key": "the backup was made with another backup key than the one on this computer "
                 "/ 该备份使用的备份密钥与本机保存的不同",
    "unsound": "the database in the backup fails its checks / 备份中的数据库未通过完整性检查",
    "no_key": "backups are not set up yet / 尚未设置备份密钥",
    "not_sqlite": "a PostgreSQL database is backed up with the server's pg_dump "
                  "/ PostgreSQL 数据库请用服务器的 pg_dump 备份",
}


def add_parsers(sub, passphrase_help: str) -> None:
    backup = sub.add_parser("backup", help="write an encrypted backup of the database and "
                            "print its path")
    backup.add_argument("--db", type=Path, required=True)
    backup.add_argument("--out", type=Path, required=True, help="folder to write into "
                        "(must exist: e.g. a USB stick)")
    backup.add_argument("--keep", type=int, default=10,
                        help="keep the newest N backups of this database there (default 10)")
    backup.add_argument("--passphrase-file", type=Path, help="only for the first backup on a "
                        "computer without a keyring: " + passphrase_help)
    restore = sub.add_parser("restore", help="replace the database with a backup, after "
                             "checking it; the replaced database is kept under a new name")
    restore.add_argument("--db", type=Path, required=True, help="the database to replace "
                         "(or create)")
    restore.add_argument("file", type=Path, help="the backup file (.zjbak)")
    restore.add_argument("--passphrase-file", type=Path, help="where the backup key is kept "
                         "in a file (no keyring), or with --key-file: the file holding its "
                         "passphrase")
    restore.add_argument("--key-file", type=Path, help="the backup key's recovery file "
                         "(zhenjian backup-key), on a computer that does not hold the key")
    key = sub.add_parser("backup-key", help="write the backup key as a recovery file protected "
                         "by a passphrase, to keep away from this computer")
    key.add_argument("--db", type=Path, required=True)
    key.add_argument("--out", type=Path, required=True, help="file to write")
    key.add_argument("--passphrase-file", type=Path, required=True,
                     help="the file holding the passphrase for the recovery file")
    key.add_argument("--current-passphrase-file", type=Path,
                     help="where the backup key is kept in a file (no keyring): its passphrase")


def _fail(message: str) -> int:
    print(f"zhenjian: {message}", file=sys.stderr)
    return 1


def _refusal(exc) -> str:
    code = getattr(exc, "code", "")
    if code == "write_failed":
        reason = REASONS.get(exc.details.get("reason", ""), str(exc))
        return f"no backup written to {exc.details.get('folder', '')}: {reason}; nothing lost"
    text = BACKUP_REFUSALS.get(code, str(exc))
    if code == "unsound":
        text += ": " + "; ".join(exc.details.get("faults", [])[:5])
    return text


def _key_problem(exc) -> str:
    return {
        "no_keyring": "the backup key is kept in a file that needs its passphrase: give it "
                      "with --passphrase-file FILE / 备份密钥保存在口令加密文件中，请用 "
                      "--passphrase-file 提供口令",
        "wrong_passphrase": "wrong passphrase for the backup key / 备份密钥口令错误",
        "missing": "this computer does not hold the backup key of this unit / 本机没有该单位"
                   "的备份密钥",
        "damaged": "the backup key on this computer is damaged / 本机的备份密钥已损坏",
        "weak_passphrase": "the passphrase needs at least 8 characters / 口令至少 8 个字符",
    }.get(exc.code, str(exc))


def cmd_backup(args, read_passphrase, open_office) -> int:
    from desktop.security.keystore import KeyStoreError
    from desktop.services import backups
    from desktop.services.office import DatabaseError

    if args.keep < 1:
        return _fail("--keep must be 1 or more")
    passphrase = read_passphrase(args.passphrase_file)
    if isinstance(passphrase, int):
        return passphrase
    if not args.out.is_dir():
        return _fail(f"no backup written: {args.out} is not a folder / 备份文件夹不存在")
    office = open_office(args.db)
    if isinstance(office, int):
        return office
    try:
        try:
            backups.ensure_backup_key(office, passphrase=passphrase)
        except KeyStoreError as exc:
            if exc.code == "no_keyring":
                return _fail("the first backup on a computer without a keyring needs a "
                             "passphrase for the backup key: --passphrase-file FILE / 本机没有"
                             "系统密钥环，首次备份需要为备份密钥设置口令")
            return _fail(_key_problem(exc))
        try:
            result = backups.make_backup(office, args.out, keep=args.keep)
        except backups.BackupError as exc:
            return _fail(_refusal(exc))
        except DatabaseError as exc:
            return _fail(str(exc))
        if not result.recorded:
            print("zhenjian: note: the backup was written but could not be recorded in the "
                  "audit log (the database's disk may be full)", file=sys.stderr)
        print(result.path)
        return 0
    finally:
        office.close()


def cmd_restore(args, read_passphrase) -> int:
    from desktop.security.keystore import KeyStoreError
    from desktop.services import backups
    from desktop.services.office import DatabaseError

    passphrase = read_passphrase(args.passphrase_file)
    if isinstance(passphrase, int):
        return passphrase
    if not args.file.is_file():
        return _fail(f"{args.file} does not exist")
    try:
        result = backups.restore_backup(args.db, args.file, passphrase=passphrase,
                                        key_file=args.key_file)
    except backups.BackupError as exc:
        return _fail(f"not restored, nothing changed: {_refusal(exc)}")
    except KeyStoreError as exc:
        return _fail(f"not restored, nothing changed: {_key_problem(exc)}")
    except DatabaseError as exc:
        if exc.code == "in_use":
            return _fail(f"not restored: {args.db} is open in Zhenjian Desk; close the program "
                         "first / 数据库正在使用，请先关闭程序")
        return _fail(str(exc))
    header = result.header
    print(f"restored {result.database} from the backup of {header.get('created_at')} "
          f"({header.get('unit_name')}, {header.get('audit_entries')} audit entries)")
    if result.kept is not None:
        print(f"the replaced database was kept as {result.kept}")
    return 0


def cmd_backup_key(args, read_passphrase, open_office) -> int:
    from desktop.security.keystore import KeyStoreError
    from desktop.services import backups

    passphrase = read_passphrase(args.passphrase_file)
    if isinstance(passphrase, int):
        return passphrase
    current = read_passphrase(args.current_passphrase_file)
    if isinstance(current, int):
        return current
    office = open_office(args.db)
    if isinstance(office, int):
        return office
    try:
        key_id = backups.export_backup_key(office, args.out, passphrase,
                                           current_passphrase=current)
    except backups.BackupError as exc:
        return _fail(_refusal(exc))
    except KeyStoreError as exc:
        if exc.code == "no_keyring":
            return _fail("the backup key is kept in a file: give its passphrase with "
                         "--current-passphrase-file FILE / 备份密钥保存在口令加密文件中")
        return _fail(_key_problem(exc))
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
    finally:
        office.close()
    print(f"wrote {args.out} (backup key {key_id}); keep it and its passphrase away from this "
          "computer: with them the backups can be restored anywhere / 请将该文件与口令另行妥善保存")
    return 0
