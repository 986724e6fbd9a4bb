"""Backups and restore (备份与恢复): the use cases behind the window's automatic backups, the
settings page and `zhenjian backup` / `zhenjian restore`.

A backup is a consistent copy (SQLite's online backup API), compressed and encrypted to the
unit's backup key (security/backup_keys.py), written atomically into a folder, the newest
`keep` kept, and recorded as one entry of the audit chain. Writing one needs only the public
half of the key, recorded in the database, so automatic backups never ask for a passphrase.

A restore decrypts to a temporary file beside the database, checks it (integrity, foreign keys,
audit chain, known schema) and only then puts it in place, keeping the replaced database under
a timestamped name; anything wrong and nothing is changed.
"""
from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import desktop
from desktop.domain import permissions
from desktop.paths import user_data_dir
from desktop.security.backup_keys import BackupKey, BackupKeyStore, generate_backup_key
from desktop.security.keystore import KeyStoreError, _b64, _unb64
from desktop.security.suites import CryptoError, get_suite, key_id
from desktop.services.office import Office, claim_database
from desktop.store import backup as mechanics
from desktop.store import schema
from desktop.store.backup import BackupError
from desktop.store.sqlite import DatabaseError

DEFAULT_KEEP = 10
BACKUP_PUBLIC_KEY = "backup_public_key"  # app_meta: the public half, JSON
LAST_BACKUP = "backup_last"  # app_meta: when and where the last backup went, JSON
_AAD = b"zhenjian backup content key v1\x00"

__all__ = ["BackupError", "DEFAULT_KEEP", "backup_status", "default_backup_folder",
           "ensure_backup_key", "inspect_backup", "make_backup", "restore_backup"]


def default_backup_folder() -> Path:
    return user_data_dir() / "backups"


def backup_keystore() -> BackupKeyStore:
    return BackupKeyStore(user_data_dir())


# -- the key ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordedKey:
    suite: str
    public: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public)


def recorded_key(conn) -> RecordedKey | None:
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?",
                       (BACKUP_PUBLIC_KEY,)).fetchone()
    if row is None:
        return None
    try:
        body = json.loads(row[0])
        public = _unb64(body["public"])
        get_suite(body["suite"])
        if not public:
            raise ValueError
        return RecordedKey(body["suite"], public)
    except (ValueError, KeyError, TypeError, CryptoError):
        return None


def ensure_backup_key(office: Office, *, passphrase: str | None = None) -> str:
    """The id of the unit's backup key, creating the key when the database has none yet: the
    private half into the keyring (or, without one, a file encrypted with `passphrase`), the
    public half into the database. KeyStoreError "no_keyring" / "weak_passphrase" with
    nothing changed."""
    existing = recorded_key(office.reader)
    if existing is not None:
        return existing.key_id
    key = generate_backup_key()
    store = backup_keystore()
    store.save(office.unit_code, key, passphrase=passphrase)
    try:
        with office.transaction(permissions.BACKUP) as session:
            session.connection().exec_driver_sql(
                "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                (BACKUP_PUBLIC_KEY, json.dumps({"suite": key.suite,
                                                "public": _b64(key.public)})))
    except BaseException:
        store.delete(office.unit_code)
        raise
    return key.key_id


def export_backup_key(office: Office, path: Path, passphrase: str, *,
                      current_passphrase: str | None = None) -> str:
    """Write the backup key as a recovery file protected by `passphrase` (atomically); returns
    its id. Without it, backups can be opened only on this computer. `current_passphrase`
    opens the key where it is kept in a file. KeyStoreError as `load`; NotFound-like
    BackupError("no_key") before the first backup."""
    from desktop.security.keystore import write_atomically

    recorded = recorded_key(office.reader)
    if recorded is None:
        raise BackupError("no_key", "backups are not set up yet: no backup key")
    store = backup_keystore()
    key = store.load(office.unit_code, passphrase=current_passphrase)
    if key.key_id != recorded.key_id:
        raise BackupError("wrong_key", "the backup key on this computer is not this "
                          "database's", key_id=recorded.key_id)
    write_atomically(Path(path), store.export(office.unit_code, key, passphrase))
    return key.key_id


def load_key_file(path: Path, unit_code: str, passphrase: str) -> BackupKey:
    """A backup key from its recovery file (`export_backup_key`)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyStoreError("missing", f"cannot read {path}: {exc.strerror}") from None
    return BackupKeyStore.load_exported(unit_code, data, passphrase)


# -- what the settings page shows --------------------------------------------------------------
@dataclass(frozen=True)
class BackupStatus:
    key_id: str | None  # None: no backup key yet
    last_at: datetime | None  # UTC
    last_file: str
    keyring_available: bool
    key_location: str | None = None  # "keyring" | "file" | None: where the private half is


def backup_status(office: Office) -> BackupStatus:
    key = recorded_key(office.reader)
    last = office.meta(LAST_BACKUP)
    at, file = None, ""
    if last:
        try:
            body = json.loads(last)
            at, file = datetime.fromisoformat(body["at"]), body["file"]
        except (ValueError, KeyError, TypeError):
            pass
    store = backup_keystore()
    try:
        location = store.location(office.unit_code)
    except KeyStoreError:
        location = None
    return BackupStatus(key.key_id if key else None, at, file, store.keyring_available(),
                        location)


# -- making a backup ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupResult:
    path: Path
    created_at: datetime
    size: int
    seconds: float
    recorded: bool  # False when the audit entry could not be written (e.g. its disk is full)
    removed: tuple[Path, ...] = ()


def backup_prefix(office: Office) -> str:
    """Backups of one database share a prefix: unit and file name (two databases of one unit,
    e.g. a demo, never prune each other's)."""
    return f"zhenjian-{office.unit_code}-{office.db.path.stem}-"


def make_backup(office: Office, folder: Path | None = None, *, keep: int = DEFAULT_KEEP,
                now: datetime | None = None) -> BackupResult:
    """Write an encrypted backup of the office's database into `folder` (default: the data
    folder's `backups`, created when missing; a chosen folder — a USB stick — is never
    created, so an absent stick is reported, not filled in on the system disk). Keeps the
    newest `keep`. BackupError: "not_sqlite", "no_key", "write_failed" (reason "missing",
    "full", "read_only", "other")."""
    started = time.monotonic()
    if not office.db.is_sqlite:
        raise BackupError("not_sqlite", "an upper office's PostgreSQL database is backed up "
                          "with the server's pg_dump")
    key = recorded_key(office.reader)
    if key is None:
        raise BackupError("no_key", "backups are not set up yet: no backup key")
    folder = Path(folder) if folder is not None else default_backup_folder()
    if folder == default_backup_folder():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError("write_failed", str(exc), folder=str(folder),
                              reason=mechanics._os_reason(exc)) from None
    if not folder.is_dir():
        raise BackupError("write_failed", f"the backup folder {folder} is not there",
                          folder=str(folder), reason="missing")
    now = now or datetime.now(timezone.utc)
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    prefix = backup_prefix(office)
    target = folder / f"{prefix}{stamp}{mechanics.SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{prefix}{stamp}-{n}{mechanics.SUFFIX}"
    plain = office.db.path.with_name(f".{office.db.path.name}.backup.{os.getpid()}.tmp")
    mechanics.remove_dead_temps(office.db.path.parent, f".{office.db.path.name}.backup.")
    mechanics.remove_dead_temps(folder, f".{prefix}")
    try:
        try:
            mechanics.snapshot(office.db.path, plain)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError("write_failed", f"cannot copy the database: {exc}",
                              folder=str(plain.parent), reason=_sqlite_reason(exc)) from None
        facts = mechanics.describe(plain)
        header = {"kind": "zhenjian-backup", "format": mechanics.FORMAT,
                  "unit_code": office.unit_code, "unit_name": office.unit_name,
                  "created_at": now.isoformat(timespec="seconds"),
                  "revision": facts["revision"], "program": desktop.version(),
                  "database": office.db.path.name, "suite": key.suite, "key_id": key.key_id,
                  "audit_entries": facts["audit_entries"], "audit_head": facts["audit_head"],
                  "compression": "zlib"}
        suite = get_suite(key.suite)
        size = mechanics.write_encrypted(
            plain, target, header,
            lambda content_key, covered: suite.seal(key.public, content_key, _AAD + covered))
    finally:
        plain.unlink(missing_ok=True)
    removed = tuple(mechanics.prune(folder, prefix, max(1, keep)))
    recorded = _record(office, target, header, size)
    return BackupResult(target, now, size, time.monotonic() - started, recorded, removed)


def backup_in_worker(office: Office, folder: Path | None = None, *, keep: int = DEFAULT_KEEP,
                     passphrase: str | None = None) -> BackupResult:
    """`ensure_backup_key` then `make_backup` for a worker thread: on connections of its own
    (the window's reader stays the GUI thread's), closed when done."""
    from desktop.store.database import Database

    # the same user and roles (the role check), on a database handle of the worker's own
    own = dataclasses.replace(office, db=Database(office.db.path), _reader=None)
    try:
        try:
            ensure_backup_key(own, passphrase=passphrase)
        except KeyStoreError as exc:
            if exc.code != "no_keyring":
                raise
            raise BackupError("no_key", "backups are not set up yet: this computer has no "
                              "keyring, so the backup key needs a passphrase") from None
        return make_backup(own, folder, keep=keep)
    finally:
        own.close()


def _record(office: Office, target: Path, header: dict, size: int) -> bool:
    """One audit entry per backup, and the last backup for the settings page, in one
    transaction. The backup file stands even when this fails (the database's own disk full)."""
    from desktop.store.capture import audit_entry

    detail = {"file": str(target), "bytes": size, "key_id": header["key_id"],
              "revision": header["revision"], "audit_entries": header["audit_entries"]}
    try:
        with office.transaction(permissions.BACKUP) as session:
            audit_entry(session, action="backup", table="backups", row_id=target.name,
                        detail=detail)
            session.connection().exec_driver_sql(
                "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                (LAST_BACKUP, json.dumps({"at": header["created_at"], "file": str(target)})))
    except DatabaseError:
        return False
    return True


def _sqlite_reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return mechanics._os_reason(exc)
    text = str(exc).lower()
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    return "other"


# -- restoring ---------------------------------------------------------------------------------
def inspect_backup(path: Path) -> dict:
    """The header of a backup (unit, time, revision, program, key id): no key needed."""
    return mechanics.read_header(Path(path))[0]


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    kept: Path | None  # the database that was replaced, renamed with a timestamp
    header: dict


def check_may_restore(office: Office) -> None:
    """A restore replaces everyone's work: PermissionDenied unless the user at the keyboard
    may restore (an administrator). Asked before the window lets go of the database."""
    office.require(permissions.RESTORE)


def restore_backup(database: Path, backup: Path, *, passphrase: str | None = None,
                   key: BackupKey | None = None, key_file: Path | None = None) -> RestoreResult:
    """Replace `database` (or create it) with the backup, after every check. Refuses with
    nothing changed: BackupError ("not_a_backup", "format_newer", "too_new", "wrong_key",
    "forged", "damaged", "unsound"), KeyStoreError (key missing, passphrase needed or wrong),
    DatabaseError("in_use") while a program has the database open."""
    database, backup = Path(database), Path(backup)
    header = inspect_backup(backup)
    revision = header.get("revision")
    if revision not in schema.REVISIONS:
        raise BackupError("too_new", f"{backup} holds a database of a newer program (schema "
                          f"{revision}); install that version or newer to restore it",
                          revision=str(revision))
    unit = str(header.get("unit_code", ""))
    if key is None and key_file is not None:  # a new computer: the recovery file
        if passphrase is None:
            raise KeyStoreError("no_keyring", "the backup key file needs its passphrase")
        key = load_key_file(key_file, unit, passphrase)
    if key is None:
        key = backup_keystore().load(unit, passphrase=passphrase)
    if key.key_id != header.get("key_id"):
        raise BackupError("wrong_key", f"{backup} was made with another backup key "
                          f"({header.get('key_id')}) than the one on this computer "
                          f"({key.key_id})", key_id=str(header.get("key_id")))
    suite = get_suite(key.suite)

    def unwrap(wrapped: bytes, covered: bytes) -> bytes:
        try:
            content_key = suite.open(key.private, wrapped, _AAD + covered)
        except CryptoError:
            raise BackupError("forged", f"{backup} does not verify: its header was altered or "
                              "it was not made with this key") from None
        if len(content_key) != 32:
            raise BackupError("forged", f"{backup} does not verify")
        return content_key

    database.parent.mkdir(parents=True, exist_ok=True)
    lock = claim_database(database)  # DatabaseError("in_use") while a window has it open
    candidate = database.with_name(f".{database.name}.restore.{os.getpid()}.tmp")
    mechanics.remove_dead_temps(database.parent, f".{database.name}.restore.")
    try:
        try:
            mechanics.decrypt_to(backup, candidate, unwrap)
        except OSError as exc:
            raise BackupError("write_failed", f"cannot write next to {database}: {exc}",
                              folder=str(database.parent),
                              reason=mechanics._os_reason(exc)) from None
        faults = mechanics.check_candidate(candidate)
        if faults:
            raise BackupError("unsound", f"{backup} holds a damaged database: "
                              + "; ".join(faults[:5]), faults=faults)
        kept = mechanics.swap_in(candidate, database)
    finally:
        candidate.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(candidate) + suffix).unlink(missing_ok=True)
        lock.release()
    _record_restore(database, backup, kept, header)
    return RestoreResult(database, kept, header)


def _record_restore(database: Path, backup: Path, kept: Path | None, header: dict) -> None:
    """The restored database's chain says it was restored, from what, and where the replaced
    one went. An older schema is upgraded (and recorded) when the program next opens it."""
    if header.get("revision") != schema.HEAD:
        return
    from desktop.services.office import open_office
    from desktop.store.capture import audit_entry

    office = open_office(database)
    try:
        # Recorded as the backup side of the work: who may restore was asked before (the
        # window); a DatabaseError here leaves the restore itself standing.
        with office.transaction(permissions.BACKUP) as session:
            audit_entry(session, action="restore", table="backups", row_id=backup.name,
                        detail={"file": str(backup), "created_at": header.get("created_at"),
                                "kept": str(kept) if kept else None,
                                "audit_entries": header.get("audit_entries")})
    except DatabaseError:
        pass
    finally:
        office.close()
