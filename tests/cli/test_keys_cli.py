"""`zhenjian keys …`, and the keys that `init` and `demo` create."""
import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from desktop.security.keystore import PublicKeys

from tests.cli.test_cli import INIT

ROOT = Path(__file__).resolve().parents[2]


def passphrase_file(tmp_path, text="correct horse\n"):
    path = tmp_path / "passphrase.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_init_with_a_keyring_creates_the_keys(tmp_path, monkeypatch, capsys, memory_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "keyring" in out and "fingerprint" in out
    assert main(["keys", "show", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "320101 青山县人民检察院 (grassroots)" in shown and "keyring" in shown
    key = tmp_path / "320101.zjkey"
    assert main(["keys", "export", "--db", str(db), "--out", str(key)]) == 0
    public = PublicKeys.from_file_bytes(key.read_bytes())
    exported = capsys.readouterr().out
    assert public.fingerprint in exported and public.fingerprint in shown
    assert public.signing_key_id in shown and public.encryption_key_id in shown
    assert main(["keys", "create", "--db", str(db)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["keys", "create", "--db", str(db), "--replace"]) == 0
    assert public.fingerprint not in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0


def test_init_without_a_keyring_still_sets_up_and_says_how_to_make_keys(
        tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "zhenjian keys create" in captured.err and "keyring" in captured.err
    assert main(["keys", "show", "--db", str(db)]) == 1
    assert "no keys yet" in capsys.readouterr().err
    assert main(["keys", "export", "--db", str(db), "--out", str(tmp_path / "k.zjkey")]) == 1
    assert not (tmp_path / "k.zjkey").exists()
    assert main(["keys", "create", "--db", str(db)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    weak = passphrase_file(tmp_path, "short\n")
    assert main(["keys", "create", "--db", str(db), "--passphrase-file", str(weak)]) == 1
    assert "at least 8" in capsys.readouterr().err
    good = passphrase_file(tmp_path)
    assert main(["keys", "create", "--db", str(db), "--passphrase-file", str(good)]) == 0
    assert "encrypted with a passphrase" in capsys.readouterr().out
    key_file = no_keyring_key_file()
    assert key_file.exists() and b"correct horse" not in key_file.read_bytes()
    assert main(["keys", "show", "--db", str(db)]) == 0
    assert "passphrase" in capsys.readouterr().out


def no_keyring_key_file() -> Path:
    return Path(os.environ["ZHENJIAN_DATA_DIR"]) / "keys" / "320101.zjpriv"


def test_init_with_a_passphrase_file_and_no_keyring(tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    missing = tmp_path / "missing.txt"
    assert main([*INIT, "--db", str(db), "--passphrase-file", str(missing)]) == 1
    assert not db.exists()  # refused before anything was made
    assert main([*INIT, "--db", str(db), "--passphrase-file",
                 str(passphrase_file(tmp_path))]) == 0
    assert "fingerprint" in capsys.readouterr().out
    assert no_keyring_key_file().exists()


def test_demo_skips_the_keys_without_a_keyring_and_makes_them_with_one(
        tmp_path, capsys, no_keyring):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--cases", "0"]) == 0
    assert "zhenjian keys create" in capsys.readouterr().err
    assert not (Path(os.environ["ZHENJIAN_DATA_DIR"]) / "keys").exists()
    db2 = tmp_path / "demo2.sqlite3"
    assert main(["demo", "--db", str(db2), "--cases", "0", "--passphrase-file",
                 str(passphrase_file(tmp_path))]) == 0
    assert "fingerprint" in capsys.readouterr().out
    # A third demo of the same unit must not overwrite the second one's private keys.
    db3 = tmp_path / "demo3.sqlite3"
    assert main(["demo", "--db", str(db3), "--cases", "0", "--passphrase-file",
                 str(passphrase_file(tmp_path))]) == 0
    assert "no keys created" in capsys.readouterr().err


def test_keys_commands_refuse_bad_usage_and_missing_files(tmp_path, capsys, no_keyring):
    assert main(["keys"]) == 2
    assert main(["keys", "export", "--db", "x.sqlite3"]) == 2
    capsys.readouterr()
    assert main(["keys", "show", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_the_installed_command_end_to_end_without_a_keyring(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), ZHENJIAN_DATA_DIR=str(tmp_path / "data"),
               ZHENJIAN_PASSWORD="secret1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def run(*argv):
        return subprocess.run([sys.executable, "-m", "desktop.cli", *argv], env=env,
                              capture_output=True, text=True, timeout=120)

    db = tmp_path / "o.sqlite3"
    phrase = passphrase_file(tmp_path)
    made = run(*INIT, "--db", str(db), "--passphrase-file", str(phrase))
    assert made.returncode == 0, made.stderr
    out = tmp_path / "o.zjkey"
    exported = run("keys", "export", "--db", str(db), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    fingerprint = PublicKeys.from_file_bytes(out.read_bytes()).fingerprint
    assert fingerprint in exported.stdout and fingerprint in made.stdout
    shown = run("keys", "show", "--db", str(db))
    assert shown.returncode == 0 and fingerprint in shown.stdout
    assert "passphrase" in shown.stdout


def test_a_damaged_record_of_the_public_keys_is_reported(tmp_path, monkeypatch, capsys,
                                                          memory_keyring):
    import sqlite3

    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE app_meta SET value = substr(value, 2) WHERE key = 'own_public_keys'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    for argv in (["keys", "show"], ["keys", "export", "--out", str(tmp_path / "k.zjkey")],
                 ["keys", "create"]):
        assert main([*argv, "--db", str(db)]) == 1
        assert "damaged" in capsys.readouterr().err
    assert not (tmp_path / "k.zjkey").exists()
