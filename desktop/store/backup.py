"""The mechanics of backups (备份) and restores: a consistent copy of a live SQLite file, the
encrypted backup file, the checks a copy must pass before it may replace anything, and the
swap that keeps the replaced database.

The file (extension .zjbak):

    MAGIC (8 bytes) | header length (4, big-endian) | header (JSON, UTF-8)
    | wrapped-key length (2) | wrapped key | chunk* 

The header names the format, unit, time, schema revision, program version and the key that
wraps the content key; it is not secret and is readable without the key (what a restore
dialog shows). The content key — random, 32 bytes, one per backup — is sealed to the unit's
backup key by the caller (`wrap`), with MAGIC + header as associated data: an edited header
does not open. The zlib-compressed database follows in chunks, each `length (4) | ciphertext`
sealed with ChaCha20-Poly1305 under the content key; the nonce is the chunk's number and a
"last chunk" flag, the associated data the SHA-256 of everything before the chunks. So a chunk
altered, swapped, dropped or a file cut short is refused, never restored half.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.store import schema
from desktop.store.audit import verify_chain

MAGIC = b"ZJBAK\x00\x01\n"
FORMAT = 1
SUFFIX = ".zjbak"
CHUNK = 1 << 20  # 1 MiB of compressed data per sealed chunk
_MAX_HEADER = 64 * 1024
_MAX_CIPHER_CHUNK = CHUNK + 1024
_TAG = 16


class BackupError(Exception):
    """A backup or restore that did not happen; nothing was changed. `code`:
    "not_a_backup", "format_newer", "damaged" (altered or cut short), "forged" (header or key
    wrapping does not verify: another key, or an edited header), "too_new" (schema of a newer
    program), "unsound" (the copy fails integrity, foreign-key or audit-chain checks),
    "write_failed" (the folder is missing, read-only or full), "not_sqlite"."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details


# -- a consistent copy of the live file ------------------------------------------------------
def snapshot(db_path: Path, target: Path) -> None:
    """Copy `db_path` into the new file `target` with SQLite's online backup API: a consistent
    picture (WAL content included) while the program keeps writing."""
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        src.execute("PRAGMA busy_timeout = 5000")
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            # A single file to encrypt: no WAL next to the copy.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def describe(copy_path: Path) -> dict:
    """What the header records about a copy: revision, unit and the audit chain's length and
    head (so a restore can say how far the copy goes)."""
    conn = sqlite3.connect(f"file:{copy_path}?mode=ro", uri=True)
    try:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        meta = dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return {"revision": rev[0] if rev else None, "unit_code": meta.get("self_unit_code", ""),
            "audit_entries": head[0] if head else 0, "audit_head": head[1] if head else ""}


# -- the encrypted file -----------------------------------------------------------------------
def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def write_encrypted(plain: Path, out: Path, header: dict,
                    wrap: Callable[[bytes, bytes], bytes]) -> int:
    """Encrypt the file `plain` into `out` atomically (temporary file in the same folder,
    fsync, rename). Returns the size written. BackupError("write_failed") when the folder
    cannot take it; no partial file is left under the final name."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    content_key = os.urandom(32)
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    wrapped = wrap(content_key, prefix)
    prefix += struct.pack(">H", len(wrapped)) + wrapped
    aad = hashlib.sha256(prefix).digest()
    aead = ChaCha20Poly1305(content_key)
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as sink, open(plain, "rb") as source:
            sink.write(prefix)
            packer = zlib.compressobj(6)
            pending, index = b"", 0
            while True:
                block = source.read(CHUNK)
                pending += packer.compress(block) if block else packer.flush()
                while len(pending) > CHUNK or (not block and pending):
                    piece, pending = pending[:CHUNK], pending[CHUNK:]
                    last = not block and not pending
                    sealed = aead.encrypt(_nonce(index, last), piece, aad)
                    sink.write(struct.pack(">I", len(sealed)) + sealed)
                    index += 1
                if not block:
                    break
            if index == 0:  # nothing at all: still one (empty) last chunk
                sealed = aead.encrypt(_nonce(0, True), b"", aad)
                sink.write(struct.pack(">I", len(sealed)) + sealed)
            sink.flush()
            os.fsync(sink.fileno())
        size = temp.stat().st_size
        os.replace(temp, out)
        fsync_folder(out.parent)
        return size
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BackupError("write_failed", f"cannot write the backup to {out.parent}: "
                          f"{exc.strerror or exc}", folder=str(out.parent),
                          reason=_os_reason(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def read_header(path: Path) -> tuple[dict, bytes, bytes]:
    """(header, the bytes the wrapping covers, the wrapped key). BackupError "not_a_backup",
    "damaged", "format_newer"."""
    with open(path, "rb") as f:
        return _read_header(f, path)


def _read_header(f, path: Path) -> tuple[dict, bytes, bytes]:
    magic = f.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupError("not_a_backup", f"{path} is not a Zhenjian backup", path=str(path))
    raw = f.read(4)
    size = struct.unpack(">I", raw)[0] if len(raw) == 4 else -1
    if not 0 < size <= _MAX_HEADER:
        raise BackupError("damaged", f"{path}: damaged header", path=str(path))
    head = f.read(size)
    try:
        header = json.loads(head.decode("utf-8"))
        if not isinstance(header, dict) or header.get("kind") != "zhenjian-backup":
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        raise BackupError("damaged", f"{path}: damaged header", path=str(path)) from None
    fmt = header.get("format")
    if not isinstance(fmt, int) or fmt > FORMAT:
        raise BackupError("format_newer", f"{path} was made by a newer version of the program",
                          path=str(path))
    raw = f.read(2)
    if len(raw) != 2:
        raise BackupError("damaged", f"{path}: cut short", path=str(path))
    wrapped = f.read(struct.unpack(">H", raw)[0])
    return header, MAGIC + struct.pack(">I", size) + head, wrapped


def decrypt_to(path: Path, out: Path, unwrap: Callable[[bytes, bytes], bytes]) -> dict:
    """Decrypt the backup `path` into the new file `out`; returns the header. Raises
    BackupError ("forged" when `unwrap` refuses, "damaged" for any altered, missing or extra
    chunk) and removes `out` on failure."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    damaged = BackupError("damaged", f"{path} is damaged or incomplete (altered, or a copy "
                          "that did not finish)", path=str(path))
    try:
        with open(path, "rb") as f, open(out, "xb") as sink:
            header, covered, wrapped = _read_header(f, path)
            content_key = unwrap(wrapped, covered)
            prefix = covered + struct.pack(">H", len(wrapped)) + wrapped
            aad = hashlib.sha256(prefix).digest()
            aead = ChaCha20Poly1305(content_key)
            unpacker = zlib.decompressobj()
            index, finished = 0, False
            while not finished:
                raw = f.read(4)
                if len(raw) != 4:
                    raise damaged  # cut short: no last chunk
                size = struct.unpack(">I", raw)[0]
                if not _TAG <= size <= _MAX_CIPHER_CHUNK:
                    raise damaged
                sealed = f.read(size)
                if len(sealed) != size:
                    raise damaged
                try:
                    piece = aead.decrypt(_nonce(index, False), sealed, aad)
                except InvalidTag:
                    try:
                        piece = aead.decrypt(_nonce(index, True), sealed, aad)
                    except InvalidTag:
                        raise damaged from None
                    finished = True
                sink.write(unpacker.decompress(piece))
                index += 1
            if f.read(1) or not unpacker.eof:
                raise damaged  # something after the last chunk, or a stream not whole
            sink.write(unpacker.flush())
            sink.flush()
            os.fsync(sink.fileno())
        return header
    except zlib.error:
        out.unlink(missing_ok=True)
        raise damaged from None
    except BaseException:
        out.unlink(missing_ok=True)
        raise


# -- checks before anything is replaced -------------------------------------------------------
def check_candidate(path: Path) -> list[str]:
    """Why the database file `path` must not replace anything: an unknown (newer) schema,
    integrity, foreign keys or a broken audit chain. Empty when it is sound."""
    conn = sqlite3.connect(str(path))
    try:
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            return [f"not a Zhenjian database: {exc}"]
        if rev is None or rev[0] not in schema.REVISIONS:
            return [f"schema {rev[0] if rev else None} is not known to this version"]
        faults = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        faults = [] if faults == ["ok"] else faults
        faults += [f"{r[0]} row {r[1]} refers to a missing {r[2]} row"
                   for r in conn.execute("PRAGMA foreign_key_check")]
        faults += [f.message for f in verify_chain(conn)[1]]
        return faults
    finally:
        conn.close()


# -- putting a checked copy in place ----------------------------------------------------------
def swap_in(candidate: Path, target: Path) -> Path | None:
    """Put `candidate` (a checked database file in the target's folder) in place of `target`,
    keeping the database it replaces as `<name>.replaced-<time><suffix>`; returns that path,
    None when there was no database. The caller holds the program's lock on `target`.

    At every moment `target` is a whole database: the old one is first folded into its main
    file (WAL checkpoint) and given a second name (a hard link, or a copy where the file system
    has none), then the candidate is renamed over it in one step."""
    kept, damaged = None, False
    if target.exists():
        conn = sqlite3.connect(str(target))
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                raise BackupError("in_use", f"{target} is being written by another program",
                                  path=str(target))
            conn.execute("PRAGMA journal_mode = DELETE")  # nothing left in a WAL file
        except sqlite3.DatabaseError:
            damaged = True  # the reason to restore: kept as it is, its WAL file beside it
        finally:
            conn.close()
        kept = _free_name(target, "replaced")
        try:
            os.link(target, kept)
        except OSError:  # e.g. FAT on a USB stick: no hard links
            _copy_file(target, kept)
        wal = Path(str(target) + "-wal")
        if damaged and wal.exists():
            os.replace(wal, Path(str(kept) + "-wal"))
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(candidate, target)
    fsync_folder(target.parent)
    return kept


def _copy_file(source: Path, dest: Path) -> None:
    with open(source, "rb") as src, open(dest, "xb") as dst:
        while block := src.read(CHUNK):
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())


def _free_name(target: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = target.with_name(f"{target.stem}.{label}-{stamp}{target.suffix}")
    n = 1
    while name.exists():
        n += 1
        name = target.with_name(f"{target.stem}.{label}-{stamp}-{n}{target.suffix}")
    return name


# -- the backup folder ------------------------------------------------------------------------
def prune(folder: Path, prefix: str, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups named `prefix…` (the time in the name sorts),
    and the temporary files of backups that were killed. Returns what was removed."""
    removed = []

    def age(path: Path) -> tuple[str, int]:  # "<time>" before "<time>-2" before "<time>-10"
        _, _, n = path.name[len(prefix):-len(SUFFIX)][15:].partition("-")
        return path.name[len(prefix):len(prefix) + 15], int(n) if n.isdigit() else 1

    ours = sorted((p for p in folder.glob(f"{prefix}*{SUFFIX}") if p.is_file()), key=age)
    for old in ours[:max(0, len(ours) - keep)]:
        old.unlink(missing_ok=True)
        removed.append(old)
    removed += remove_dead_temps(folder, f".{prefix}")
    return removed


def remove_dead_temps(folder: Path, prefix: str) -> list[Path]:
    """Remove the temporary files `<prefix>….<pid>.tmp` of programs that were killed: a plain
    copy of the database must not linger, nor half a backup. A file of a process still running
    (a backup from the command line beside the window) is left alone."""
    removed = []
    for temp in folder.glob(f"{prefix}*.tmp*"):
        name = temp.name
        for suffix in ("-journal", "-wal", "-shm"):
            name = name.removesuffix(suffix)
        if not name.endswith(".tmp"):
            continue
        pid = name[:-len(".tmp")].rpartition(".")[2]
        if not pid.isdigit() or (int(pid) != os.getpid() and _alive(int(pid))):
            continue
        try:
            temp.unlink()
            removed.append(temp)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_reason(exc: OSError) -> str:
    """"full", "read_only", "missing" or "other": what the officer can do about it."""
    import errno

    return {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "read_only",
            errno.EACCES: "read_only", errno.EPERM: "read_only",
            errno.ENOENT: "missing", errno.ENODEV: "missing",
            errno.ENXIO: "missing"}.get(exc.errno, "other")
