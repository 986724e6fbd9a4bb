"""The `zhenjian` command: usage errors exit 2, failures exit 1 with a message on stderr."""
import sqlite3

import pytest

from desktop.cli import main

INIT = ["init", "--unit-code", "320101", "--unit-name", "青山县人民检察院", "--unit-abbr", "青检",
        "--upper-name", "临江市人民检察院", "--officer", "张明"]


def test_init_creates_a_database_with_the_catalogue(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM charges").fetchone()[0] == 483
    assert conn.execute("SELECT name FROM police_agencies").fetchone()[0] == "青山县公安局"
    assert main(["check", "--db", str(db)]) == 0


def test_init_without_a_password_fails_cleanly(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ZHENJIAN_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    db = tmp_path / "o.sqlite3"
    assert main([*INIT, "--db", str(db)]) == 1
    assert "ZHENJIAN_PASSWORD" in capsys.readouterr().err
    assert not db.exists()


def test_init_refuses_bad_input_and_an_existing_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    db = tmp_path / "o.sqlite3"
    bad = [*INIT, "--db", str(db)]
    bad[bad.index("320101")] = "32 01"
    assert main(bad) == 1
    assert "unit code" in capsys.readouterr().err
    assert main([*INIT, "--db", str(db)]) == 0
    assert main([*INIT, "--db", str(db)]) == 1
    assert "already holds a database" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["demo", "--db", "x.sqlite3"], ["check"], ["init"],
                                  ["--lang", "fr"], ["demo", "--db", "x", "--cases", "many"]])
def test_bad_usage_exits_2(argv, capsys):
    assert main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_demo_refuses_an_existing_file(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    db.write_bytes(b"x")
    assert main(["demo", "--db", str(db), "--cases", "3"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_demo_then_check(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--db", str(db), "--cases", "20", "--today", "2026-11-23"]) == 0
    assert "20 requests" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
