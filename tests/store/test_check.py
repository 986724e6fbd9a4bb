"""`zhenjian check` finds an edited, removed or truncated audit chain and a damaged file."""
import sqlite3
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.services.arrest_register import register_request
from tests.conftest import TODAY, make_registration


@pytest.fixture
def db_path(office):
    for n in range(3):
        register_request(office, make_registration(office, case_no=f"A{n}",
                                                   id_number=""), today=TODAY)
    path = office.db.path
    office.close()
    return path


def tamper(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_intact_database_passes(db_path, capsys):
    assert main(["check", "--db", str(db_path)]) == 0
    assert "intact" in capsys.readouterr().out


def test_edited_audit_entry_fails(db_path, capsys):
    tamper(db_path, "UPDATE audit_log SET user_name = 'someone' WHERE id = 5")
    assert main(["check", "--db", str(db_path)]) == 1
    assert "audit entry 5 was altered" in capsys.readouterr().out


def test_deleted_audit_entry_fails(db_path, capsys):
    tamper(db_path, "DELETE FROM audit_log WHERE id = 4")
    assert main(["check", "--db", str(db_path)]) == 1
    assert "missing" in capsys.readouterr().out


def test_removed_tail_fails(db_path, capsys):
    last = sqlite3.connect(db_path).execute("SELECT max(id) FROM audit_log").fetchone()[0]
    tamper(db_path, f"DELETE FROM audit_log WHERE id = {last}")
    assert main(["check", "--db", str(db_path)]) == 1
    assert "removed" in capsys.readouterr().out


def test_rehashed_entry_breaks_the_next_link(db_path, capsys):
    # A forger who recomputes one entry's hash still breaks the link to the next entry.
    from desktop.store.audit import entry_hash

    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT id, at, user_name, action, table_name, row_id, version, detail, "
                       "prev_hash FROM audit_log WHERE id = 3").fetchone()
    forged = entry_hash(row[8], row[0], row[1], "intruder", *row[3:8])
    conn.execute("UPDATE audit_log SET user_name='intruder', hash=? WHERE id=3", (forged,))
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "does not follow" in capsys.readouterr().out


def test_not_a_database_is_refused(tmp_path, capsys):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    assert main(["check", "--db", str(bogus)]) == 1
    assert "not a Zhenjian database" in capsys.readouterr().err


def test_check_runs_as_a_command(db_path):
    out = subprocess.run([sys.executable, "-m", "desktop", "check", "--db", str(db_path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    bad = subprocess.run([sys.executable, "-m", "desktop", "check"], capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "--db" in bad.stderr


def test_dangling_reference_is_reported(db_path, capsys):
    conn = sqlite3.connect(db_path)  # foreign keys off in this connection, as a careless tool
    conn.execute("UPDATE arrest_reviews SET person_id = 'nobody' WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "refers to a missing persons row" in capsys.readouterr().out


# -- the first broken link, exactly -------------------------------------------------------------
def _check_output(db_path, capsys) -> str:
    assert main(["check", "--db", str(db_path)]) == 1
    return capsys.readouterr().out


def test_tampered_entry_is_named_with_what_is_wrong(db_path, capsys):
    tamper(db_path, "UPDATE audit_log SET detail = '{}' WHERE id = 6")
    out = _check_output(db_path, capsys)
    assert "first broken link at entry 6 (hash)" in out
    assert "edited after it was written" in out
    assert out.count("first broken link") == 1


def test_deleted_entry_is_named_with_the_gap(db_path, capsys):
    tamper(db_path, "DELETE FROM audit_log WHERE id = 4")
    out = _check_output(db_path, capsys)
    assert "first broken link at entry 5 (gap): audit entries 4–4 are missing" in out


def test_reordered_entries_break_at_the_first_moved_one(db_path, capsys):
    # Swap the contents of entries 3 and 4 (ids stay in place, hashes travel with the rows).
    conn = sqlite3.connect(db_path)
    cols = "at, user_name, action, table_name, row_id, version, detail, prev_hash, hash"
    three = conn.execute(f"SELECT {cols} FROM audit_log WHERE id = 3").fetchone()
    four = conn.execute(f"SELECT {cols} FROM audit_log WHERE id = 4").fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    conn.execute(f"UPDATE audit_log SET {sets} WHERE id = 3", four)
    conn.execute(f"UPDATE audit_log SET {sets} WHERE id = 4", three)
    conn.commit()
    conn.close()
    out = _check_output(db_path, capsys)
    assert "first broken link at entry 3 (link)" in out
    assert "reordered" in out


def test_report_carries_the_first_broken_entry(db_path):
    from desktop.services.check import check_database

    tamper(db_path, "UPDATE audit_log SET user_name = 'x' WHERE id = 2")
    tamper(db_path, "UPDATE audit_log SET user_name = 'y' WHERE id = 7")
    report = check_database(db_path)
    assert (report.first_broken, report.fault_code) == (2, "hash")
    assert len(report.audit_faults) == 1
