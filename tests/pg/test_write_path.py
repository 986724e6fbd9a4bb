"""The write path on a real PostgreSQL server (an upper office): a new office, records written
through `office.transaction(action)` and the registration service, their outbox rows and the hash
chain of the audit log, `zhenjian init` / `zhenjian check` by URL, a rollback that leaves
nothing, and two writers at once that keep one unbroken chain."""
import json
import threading

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.services.arrest_register import register_request
from desktop.services.check import check_database
from desktop.store.audit import verify_chain
from tests.conftest import TODAY, make_registration

TABLES = ("police_agencies", "arrest_requests", "arrest_reviews", "persons", "outbox",
          "audit_log")


def counts(office):
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def chain_faults(office):
    issued = office.reader.execute("SELECT value FROM app_meta WHERE key = 'audit_issued'"
                                   ).fetchone()[0]
    return verify_chain(office.reader, issued=int(issued))[1]


def test_a_new_office_on_postgresql(pg_url, office_setup):
    from desktop.services.setup import create_office

    pg_office = create_office(pg_url, office_setup)
    assert pg_office.db.dialect == "postgresql" and pg_office.db.path is None
    assert pg_office.unit_code == "320101" and pg_office.unit_name == "青山县人民检察院"
    assert pg_office.reader.execute("SELECT count(*) FROM charges").fetchone()[0] == 483
    # units, the upper office, the officer and the police agency: four synced records
    assert counts(pg_office)["audit_log"] == 4 and counts(pg_office)["outbox"] == 4
    assert chain_faults(pg_office) == []
    pg_office.close()
    assert check_database(pg_office.db.url).ok


def test_records_written_through_a_transaction_and_the_registration_service(pg_office):
    from desktop.store.models import PoliceAgency

    with pg_office.transaction("settings") as session:
        session.add(PoliceAgency(name="青山县公安局交通警察大队", short_name="交警大队"))
    agency = pg_office.reader.execute(
        "SELECT id, version, unit_code FROM police_agencies WHERE short_name = ?",
        ("交警大队",)).fetchone()
    assert agency[1] == 1 and agency[2] == "320101"
    request_id = register_request(pg_office, make_registration(pg_office), today=TODAY)

    rows = pg_office.reader.execute(
        "SELECT seq, table_name, row_id, version, op, payload FROM outbox ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in rows] == list(range(1, 9))  # gap-free, in the order written
    assert rows[4][1:4] == ("police_agencies", agency[0], 1)
    tables = {r[1] for r in rows[5:]}
    assert tables == {"persons", "arrest_requests", "arrest_reviews"}
    request = next(r for r in rows if r[2] == request_id)
    payload = json.loads(request[5])
    assert payload["police_case_no"] == "A3201012026110001" and request[4] == "upsert"
    assert payload["received_date"] == "2026-09-28" and payload["unit_code"] == "320101"
    # the derived list row is kept on PostgreSQL too (without SQLite's full-text shadow)
    index = pg_office.reader.execute(
        "SELECT suspects, received_date, due_date, status FROM request_index").fetchall()
    assert [tuple(r) for r in index] == [("王小明", "2026-09-28", "2026-10-05", "received")]

    audit = pg_office.reader.execute(
        "SELECT id, action, table_name, user_name FROM audit_log ORDER BY id").fetchall()
    assert [r[0] for r in audit] == list(range(1, 9))
    assert audit[4][1:] == ("insert", "police_agencies", "officer1")
    assert chain_faults(pg_office) == []


def test_an_update_is_versioned_and_audited_with_its_difference(pg_office):
    from desktop.store.models import Person

    register_request(pg_office, make_registration(pg_office), today=TODAY)
    with pg_office.transaction("register_request") as session:
        session.query(Person).one().name = "王晓明"
    assert tuple(pg_office.reader.execute("SELECT version, name FROM persons").fetchone()) == (
        2, "王晓明")
    action, detail = pg_office.reader.execute(
        "SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action == "update" and json.loads(detail) == {"name": ["王小明", "王晓明"]}
    suspects = pg_office.reader.execute("SELECT suspects FROM request_index").fetchone()[0]
    assert suspects == "王晓明"
    assert chain_faults(pg_office) == []


def test_an_audit_entry_of_its_own_joins_the_chain(pg_office):
    """What is not a record change (a sync package received) is audited by
    `capture.audit_entry`, in the same chain and under the same rules."""
    from desktop.store.capture import audit_entry

    with pg_office.transaction("sync") as session:
        audit_entry(session, action="receive", table="sync_packages", row_id="pkg-1",
                    detail={"units": ["320101"], "changes": 12})
    register_request(pg_office, make_registration(pg_office), today=TODAY)
    rows = pg_office.reader.execute(
        "SELECT id, action, row_id, version FROM audit_log WHERE id >= 5 ORDER BY id").fetchall()
    assert [tuple(r) for r in rows[:2]] == [(5, "receive", "pkg-1", 0),
                                            (6, "insert", rows[1][2], 1)]
    assert pg_office.meta("audit_issued") == "8" and chain_faults(pg_office) == []


def test_a_rolled_back_transaction_leaves_nothing(pg_office):
    from desktop.store.models import Person

    before = counts(pg_office)
    issued = pg_office.meta("audit_issued")
    with pytest.raises(RuntimeError):
        with pg_office.transaction("register_request") as session:
            session.add(Person(name="李四"))
            session.flush()  # capture has run: outbox and audit rows exist inside
            assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() == (
                before["audit_log"] + 1)
            raise RuntimeError("the user cancelled")
    assert counts(pg_office) == before and pg_office.meta("audit_issued") == issued
    # the next write continues the chain and the outbox numbers without a gap
    register_request(pg_office, make_registration(pg_office), today=TODAY)
    seqs = [r[0] for r in pg_office.reader.execute("SELECT seq FROM outbox ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert chain_faults(pg_office) == []


def test_two_writers_at_once_keep_one_chain(pg_office):
    """Each writer has its own connection; the write lock (an advisory lock taken when the
    transaction begins) makes the second wait for the first, so neither reads a stale head."""
    from desktop.services.office import open_office
    from desktop.store.models import Person

    second = open_office(pg_office.db.url)
    before = counts(pg_office)["audit_log"]
    rounds = 15
    errors = []
    barrier = threading.Barrier(2)

    def write(office, prefix):
        try:
            barrier.wait()
            for n in range(rounds):
                with office.transaction("register_request") as session:
                    session.add(Person(name=f"{prefix}{n}"))
                    session.flush()
                    session.add(Person(name=f"{prefix}{n}乙"))
        except Exception as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(o, p))
               for o, p in ((pg_office, "甲"), (second, "丙"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    second.close()
    assert errors == []
    assert counts(pg_office)["audit_log"] == before + 4 * rounds
    assert chain_faults(pg_office) == []
    assert check_database(pg_office.db.url).ok


def test_zhenjian_init_and_check_by_url(pg_url, monkeypatch, capsys):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    assert main(["init", "--db", pg_url, "--unit-code", "3201", "--unit-name",
                 "临江市人民检察院", "--unit-abbr", "临检", "--upper-name", "江南省人民检察院",
                 "--officer", "赵刚"]) == 0
    assert "created postgresql+psycopg://postgres@127.0.0.1" in capsys.readouterr().out
    assert main(["init", "--db", pg_url, "--unit-code", "3201", "--unit-name", "x",
                 "--unit-abbr", "x", "--upper-name", "x", "--officer", "x"]) == 1
    assert "already holds a database" in capsys.readouterr().err
    assert main(["check", "--db", pg_url]) == 0
    assert "audit chain of 4 entries intact" in capsys.readouterr().out


def _tamper(url, sql):
    import psycopg

    from desktop.store.postgres import _conninfo

    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        conn.execute(sql)


def test_check_finds_an_edited_and_a_removed_audit_entry(pg_office, capsys):
    register_request(pg_office, make_registration(pg_office), today=TODAY)
    url = pg_office.db.url
    _tamper(url, "UPDATE audit_log SET user_name = 'someone' WHERE id = 5")
    assert main(["check", "--db", url]) == 1
    assert "audit entry 5 was altered" in capsys.readouterr().out
    _tamper(url, "DELETE FROM audit_log WHERE id >= 5")
    assert main(["check", "--db", url]) == 1
    assert "audit entries 5–7 were removed" in capsys.readouterr().out


def test_check_finds_a_row_whose_foreign_key_points_nowhere(pg_office, capsys):
    # A superuser's session with triggers off (as a careless restore does) slips past the
    # constraint; check still sees the orphan.
    register_request(pg_office, make_registration(pg_office), today=TODAY)
    _tamper(pg_office.db.url, "SET session_replication_role = replica; "
                              "DELETE FROM persons")
    assert main(["check", "--db", pg_office.db.url]) == 1
    out = capsys.readouterr().out
    assert "arrest_reviews row" in out and "refers to a missing persons row" in out


def test_an_unreachable_server_is_a_clear_error(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert main(["check", "--db", url]) == 1
    assert "cannot connect to postgresql+psycopg://nobody@127.0.0.1:1/none" in (
        capsys.readouterr().err)
