"""Backups and restore: a round trip gives back every table as it was; a tampered, forged,
truncated or too-new backup, a wrong key or passphrase, an open database — each refused with
nothing changed; the replaced database is kept."""
import json
import sqlite3
import struct
from datetime import date, datetime, timezone

import pytest

from desktop.security.keystore import KeyStoreError
from desktop.services import arrest_register, backups
from desktop.services.backups import BackupError
from desktop.services.office import claim_database
from desktop.store import backup as mechanics
from desktop.store.audit import verify_chain
from desktop.store.sqlite import DatabaseError

from tests.conftest import TODAY, make_registration

PASS = "correct horse"


def register(office, n: int) -> list[str]:
    return [arrest_register.register_request(
        office, make_registration(office, case_no=f"A3201012026{n:02d}{i:04d}"), today=TODAY)
        for i in range(n)]


def tables(path) -> dict[str, list]:
    """Every table's rows in a stable order (the FTS shadow tables included)."""
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        conn.close()


@pytest.fixture
def backed_up(office, tmp_path, no_keyring):
    """An office with three requests, its backup key in a passphrase file, one backup."""
    register(office, 3)
    backups.ensure_backup_key(office, passphrase=PASS)
    folder = tmp_path / "usb"
    folder.mkdir()
    result = backups.make_backup(office, folder)
    return office, result


def audit_rows(path) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_round_trip_gives_back_every_table(backed_up, tmp_path):
    office, result = backed_up
    before = tables(office.db.path)
    audit = audit_rows(office.db.path)
    assert audit[-1][3] == "backup"  # written after the copy: not in the backup itself
    before.pop("audit_log"), before.pop("app_meta")  # (the backup's own entry and date)
    target = tmp_path / "restored" / "office.sqlite3"
    restored = backups.restore_backup(target, result.path, passphrase=PASS)
    assert restored.kept is None  # nothing was there to replace
    after = tables(target)
    after.pop("audit_log"), after.pop("app_meta")
    assert after == before
    restored_audit = audit_rows(target)
    assert restored_audit[:-1] == audit[:-1]
    assert restored_audit[-1][3:6] == ("restore", "backups", result.path.name)
    conn = sqlite3.connect(str(target))
    app_meta = dict(conn.execute("SELECT key, value FROM app_meta"))
    assert backups.BACKUP_PUBLIC_KEY in app_meta
    assert verify_chain(conn) == (len(audit), [])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_is_encrypted_atomic_and_audited(backed_up):
    office, result = backed_up
    data = result.path.read_bytes()
    assert data.startswith(mechanics.MAGIC)
    assert "王小".encode() not in data and b"SQLite format 3" not in data
    assert b"A320101" not in data[len(mechanics.MAGIC) + 600:]
    header = backups.inspect_backup(result.path)
    assert header["unit_code"] == "320101" and header["revision"] and header["key_id"]
    assert not list(result.path.parent.glob(".*"))  # no temporary file left
    assert not list(office.db.path.parent.glob(".*tmp"))  # no plain copy left
    entry = office.reader.execute(
        "SELECT action, table_name, row_id, detail FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert (entry[0], entry[1], entry[2]) == ("backup", "backups", result.path.name)
    assert json.loads(entry[3])["bytes"] == result.size
    status = backups.backup_status(office)
    assert status.last_file == str(result.path) and status.key_id == header["key_id"]


def test_restore_replaces_and_keeps_the_replaced_database(backed_up):
    office, result = backed_up
    later = register(office, 2)
    office.close()
    path = office.db.path
    replaced = tables(path)
    restored = backups.restore_backup(path, result.path, passphrase=PASS)
    assert restored.kept is not None and restored.kept.exists()
    assert tables(restored.kept) == replaced  # every later record kept there
    conn = sqlite3.connect(str(path))
    ids = {r[0] for r in conn.execute("SELECT id FROM arrest_requests")}
    assert len(ids) == 3 and not ids & set(later)


def _must_refuse(path, backup, code, **kwargs):
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(BackupError) as exc:
        backups.restore_backup(path, backup, **kwargs)
    assert exc.value.code == code
    assert (path.read_bytes() if path.exists() else None) == before
    assert [p.name for p in path.parent.glob("*.replaced-*")] == []
    assert list(path.parent.glob(".*.tmp")) == []


def test_tampered_backup_is_refused_with_nothing_changed(backed_up, tmp_path):
    office, result = backed_up
    office.close()
    data = bytearray(result.path.read_bytes())
    bad = tmp_path / "tampered.zjbak"
    data[-100] ^= 0x01  # one bit in the last chunk
    bad.write_bytes(bytes(data))
    _must_refuse(office.db.path, bad, "damaged", passphrase=PASS)
    # cut short: the last chunk missing
    bad.write_bytes(result.path.read_bytes()[:-50])
    _must_refuse(office.db.path, bad, "damaged", passphrase=PASS)
    # something added after the end
    bad.write_bytes(result.path.read_bytes() + b"\0" * 20)
    _must_refuse(office.db.path, bad, "damaged", passphrase=PASS)


def test_edited_header_and_forged_backup_are_refused(backed_up, tmp_path):
    office, result = backed_up
    office.close()
    header, covered, wrapped = mechanics.read_header(result.path)
    data = result.path.read_bytes()
    edited = dict(header, unit_name="某某县人民检察院")
    head = json.dumps(edited, ensure_ascii=False, sort_keys=True).encode()
    forged = mechanics.MAGIC + struct.pack(">I", len(head)) + head + data[len(covered):]
    bad = tmp_path / "forged.zjbak"
    bad.write_bytes(forged)
    _must_refuse(office.db.path, bad, "forged", passphrase=PASS)
    # a whole backup made by someone else, with another key but naming ours
    from desktop.security.backup_keys import generate_backup_key
    other = generate_backup_key()
    plain = tmp_path / "plain.sqlite3"
    mechanics.snapshot(office.db.path, plain)
    from desktop.security.suites import get_suite
    mechanics.write_encrypted(plain, bad, header, lambda k, c: get_suite(other.suite).seal(
        other.public, k, backups._AAD + c))
    _must_refuse(office.db.path, bad, "forged", passphrase=PASS)
    _must_refuse(office.db.path, result.path, "wrong_key", key=other)


def test_not_a_backup_and_newer_versions_are_refused(backed_up, tmp_path):
    office, result = backed_up
    office.close()
    bad = tmp_path / "x.zjbak"
    bad.write_bytes(office.db.path.read_bytes()[:4096])
    _must_refuse(office.db.path, bad, "not_a_backup", passphrase=PASS)
    header, covered, wrapped = mechanics.read_header(result.path)
    for change, code in (({"revision": "9999"}, "too_new"), ({"format": 99}, "format_newer")):
        head = json.dumps(dict(header, **change), sort_keys=True).encode()
        bad.write_bytes(mechanics.MAGIC + struct.pack(">I", len(head)) + head
                        + result.path.read_bytes()[len(covered):])
        _must_refuse(office.db.path, bad, code, passphrase=PASS)


def test_wrong_or_missing_passphrase_changes_nothing(backed_up):
    office, result = backed_up
    office.close()
    before = office.db.path.read_bytes()
    for passphrase, code in (("wrong horse", "wrong_passphrase"), (None, "no_keyring")):
        with pytest.raises(KeyStoreError) as exc:
            backups.restore_backup(office.db.path, result.path, passphrase=passphrase)
        assert exc.value.code == code
    assert office.db.path.read_bytes() == before


def test_a_damaged_database_inside_a_valid_backup_is_refused(backed_up, tmp_path):
    office, result = backed_up
    office.close()
    # a backup whose database has an edited audit entry, encrypted with the real key
    plain = tmp_path / "edited.sqlite3"
    mechanics.snapshot(office.db.path, plain)
    conn = sqlite3.connect(str(plain))
    conn.execute("UPDATE audit_log SET user_name = 'someone' WHERE id = 2")
    conn.commit()
    conn.close()
    header, _, _ = mechanics.read_header(result.path)
    recorded = backups.recorded_key(office.reader)
    from desktop.security.suites import get_suite
    bad = tmp_path / "edited.zjbak"
    mechanics.write_encrypted(plain, bad, header, lambda k, c: get_suite(recorded.suite).seal(
        recorded.public, k, backups._AAD + c))
    _must_refuse(office.db.path, bad, "unsound", passphrase=PASS)


def test_restore_is_refused_while_the_database_is_open(backed_up):
    office, result = backed_up
    lock = claim_database(office.db.path)
    try:
        before = office.db.path.read_bytes()
        with pytest.raises(DatabaseError) as exc:
            backups.restore_backup(office.db.path, result.path, passphrase=PASS)
        assert exc.value.code == "in_use"
        assert office.db.path.read_bytes() == before
    finally:
        lock.release()


def test_keyring_key_needs_no_passphrase(office, tmp_path, memory_keyring):
    register(office, 1)
    backups.ensure_backup_key(office)
    assert any(k[1] == "backup/320101" for k in memory_keyring.secrets)
    result = backups.make_backup(office, None)  # the default folder, made when missing
    assert result.path.parent == backups.default_backup_folder()
    target = tmp_path / "again.sqlite3"
    backups.restore_backup(target, result.path)
    assert tables(target)["arrest_requests"] == tables(office.db.path)["arrest_requests"]


def test_no_key_and_no_keyring_means_no_backup_and_a_clear_error(office, tmp_path, no_keyring):
    with pytest.raises(KeyStoreError) as exc:
        backups.ensure_backup_key(office)
    assert exc.value.code == "no_keyring"
    with pytest.raises(BackupError) as exc:
        backups.make_backup(office, tmp_path)
    assert exc.value.code == "no_key"
    assert list(tmp_path.glob("*.zjbak")) == []


def test_keeps_the_newest_n_and_reports_a_missing_folder(backed_up, tmp_path):
    office, first = backed_up
    folder = first.path.parent
    made = [first.path]
    for minute in range(1, 5):
        made.append(backups.make_backup(
            office, folder, keep=3,
            now=datetime(2030, 1, 1, 10, minute, tzinfo=timezone.utc)).path)
    assert sorted(folder.glob("*.zjbak")) == sorted(made[-3:])
    with pytest.raises(BackupError) as exc:
        backups.make_backup(office, tmp_path / "stick-not-plugged-in")
    assert exc.value.code == "write_failed" and exc.value.details["reason"] == "missing"
    assert not (tmp_path / "stick-not-plugged-in").exists()


def test_a_full_backup_disk_loses_nothing(backed_up, monkeypatch):
    office, first = backed_up
    import errno
    import os as _os

    real_write = _os.fdopen

    class Full:
        def __init__(self, f):
            self._f = f

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mechanics.os, "fdopen", lambda fd, mode: Full(real_write(fd, mode)))
    entries = office.reader.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(BackupError) as exc:
        backups.make_backup(office, first.path.parent)
    assert exc.value.details["reason"] == "full"
    assert sorted(first.path.parent.iterdir()) == [first.path]  # the old one kept, no temp
    assert office.reader.execute("SELECT count(*) FROM audit_log").fetchone()[0] == entries


def test_restoring_an_older_schema_is_allowed_and_upgraded_on_open(tmp_path, no_keyring):
    """A backup from an earlier release restores; opening upgrades it as usual."""
    from pathlib import Path

    from desktop.security.backup_keys import generate_backup_key
    from desktop.security.suites import get_suite
    from desktop.services.office import open_office

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1.0.sqlite3"
    facts = mechanics.describe(fixture)
    key = generate_backup_key()
    bak = tmp_path / "old.zjbak"
    mechanics.write_encrypted(fixture, bak, {
        "kind": "zhenjian-backup", "format": 1, "unit_code": facts["unit_code"],
        "revision": facts["revision"], "key_id": key.key_id, "suite": key.suite,
        "created_at": "2026-01-01T00:00:00+00:00"},
        lambda k, c: get_suite(key.suite).seal(key.public, k, backups._AAD + c))
    target = tmp_path / "old.sqlite3"
    backups.restore_backup(target, bak, key=key)
    office = open_office(target)
    assert office.upgrade_backup is not None
    office.close()
    assert date.today()  # (no clock in the checks above)
