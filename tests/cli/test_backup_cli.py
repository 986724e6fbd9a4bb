"""`zhenjian backup --db PATH --out DIR` prints the backup file; `zhenjian restore --db PATH
FILE` replaces the database after its checks, asking for the passphrase where the backup key
lives in a file (as `zhenjian keys` does). Failures exit 1 with a message; usage errors 2."""
import sqlite3
from contextlib import closing
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from desktop.cli import main

from tests.cli.test_cli import INIT
from tests.cli.test_keys_cli import passphrase_file

ROOT = Path(__file__).resolve().parents[2]


def requests(db):
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
    finally:
        conn.close()


def test_backup_and_restore_without_a_keyring(tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main(["demo", "--db", str(db), "--cases", "3"]) == 0
    out = tmp_path / "usb"
    out.mkdir()
    capsys.readouterr()
    # the first backup needs a passphrase for the backup key on this computer
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    secret = passphrase_file(tmp_path)
    assert main(["backup", "--db", str(db), "--out", str(out),
                 "--passphrase-file", str(secret)]) == 0
    printed = capsys.readouterr().out.strip()
    backup = Path(printed)
    assert backup.parent == out and backup.exists() and backup.suffix == ".zjbak"
    # later backups need no passphrase (the public half is in the database)
    assert main(["backup", "--db", str(db), "--out", str(out), "--keep", "1"]) == 0
    second = Path(capsys.readouterr().out.strip())
    assert list(out.glob("*.zjbak")) == [second]
    cases = requests(db)
    with closing(sqlite3.connect(str(db))) as conn, conn:
        conn.execute("DELETE FROM request_index")
    assert main(["restore", "--db", str(db), str(second)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = passphrase_file(tmp_path / "..", "wrong horse\n")
    assert main(["restore", "--db", str(db), str(second), "--passphrase-file", str(wrong)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert main(["restore", "--db", str(db), str(second), "--passphrase-file",
                 str(secret)]) == 0
    said = capsys.readouterr().out
    assert "restored" in said and "replaced-" in said
    assert requests(db) == cases
    assert main(["check", "--db", str(db)]) == 0


def test_backup_refusals(tmp_path, monkeypatch, capsys, memory_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(db), "--out", str(tmp_path / "absent")]) == 1
    assert "not a folder" in capsys.readouterr().err
    assert main(["backup", "--db", str(tmp_path / "nothing.sqlite3"), "--out",
                 str(tmp_path)]) == 1
    assert main(["backup", "--db", str(db), "--out", str(tmp_path), "--keep", "0"]) == 1
    assert main(["backup", "--db", str(db)]) == 2  # usage
    assert main(["backup", "--db", str(db), "--out", str(tmp_path)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    tampered = tmp_path / "t.zjbak"
    data = bytearray(backup.read_bytes())
    data[-1] ^= 1
    tampered.write_bytes(bytes(data))
    before = db.read_bytes()
    assert main(["restore", "--db", str(db), str(tampered)]) == 1
    err = capsys.readouterr().err
    assert "nothing changed" in err and "damaged" in err
    assert db.read_bytes() == before
    assert main(["restore", "--db", str(db), str(tmp_path / "none.zjbak")]) == 1


def test_restore_is_refused_while_the_program_has_the_database_open(tmp_path, monkeypatch,
                                                                    capsys, memory_keyring):
    """A second, real process holds the database as the window does (claim_database)."""
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--out", str(tmp_path)]) == 0
    backup = Path(capsys.readouterr().out.strip().splitlines()[-1])
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from desktop.services.office import claim_database
            lock = claim_database({str(db)!r})
            print("held", flush=True)
            sys.stdin.readline()
        """)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        before = db.read_bytes()
        assert main(["restore", "--db", str(db), str(backup)]) == 1
        assert "close the program first" in capsys.readouterr().err
        assert db.read_bytes() == before
        assert not list(tmp_path.glob("*.replaced-*"))
    finally:
        holder.communicate("\n", timeout=30)
    time.sleep(0.05)
    assert main(["restore", "--db", str(db), str(backup)]) == 0


def test_a_new_computer_restores_with_the_key_recovery_file(tmp_path, monkeypatch, capsys,
                                                           memory_keyring):
    """The disk died: the backups on the USB stick and the recovery file of the backup key
    (zhenjian backup-key) are all a new computer needs."""
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "old-pc" / "o.sqlite3"
    db.parent.mkdir()
    assert main(["demo", "--db", str(db), "--cases", "2"]) == 0
    assert main(["backup", "--db", str(db), "--out", str(tmp_path)]) == 0
    backup = Path(capsys.readouterr().out.strip().splitlines()[-1])
    secret = passphrase_file(tmp_path, "recovery words 1\n")
    recovery = tmp_path / "backup-key.zjbackupkey"
    assert main(["backup-key", "--db", str(db), "--out", str(recovery),
                 "--passphrase-file", str(secret)]) == 0
    assert "keep it" in capsys.readouterr().out
    import json

    stored = json.loads(next(v for (svc, name), v in memory_keyring.secrets.items()
                             if name.startswith("backup/")))
    assert stored["private"].encode() not in recovery.read_bytes()  # encrypted, not in clear
    cases = requests(db)
    # the new computer: another data folder, an empty keyring
    monkeypatch.setenv("ZHENJIAN_DATA_DIR", str(tmp_path / "new-pc-data"))
    memory_keyring.secrets.clear()
    new = tmp_path / "new-pc" / "o.sqlite3"
    assert main(["restore", "--db", str(new), str(backup)]) == 1
    assert "does not hold" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the words\n", encoding="utf-8")
    assert main(["restore", "--db", str(new), str(backup), "--key-file", str(recovery),
                 "--passphrase-file", str(wrong)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err and not new.exists()
    assert main(["restore", "--db", str(new), str(backup), "--key-file", str(recovery),
                 "--passphrase-file", str(secret)]) == 0
    assert requests(new) == cases
    assert main(["check", "--db", str(new)]) == 0
