"""Change capture: every change to a synced record writes its outbox entry and a chained audit
entry in the same transaction; a rolled-back change leaves neither."""
import json
from datetime import date

import pytest

from desktop.services.arrest_register import register_request
from desktop.store.audit import verify_chain
from tests.conftest import TODAY, make_registration


def counts(office):
    c = office.reader
    return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("arrest_requests", "arrest_reviews", "persons", "outbox", "audit_log")}


def test_registration_writes_outbox_and_audit_together(office):
    before = counts(office)
    request_id = register_request(office, make_registration(office), today=TODAY)
    after = counts(office)
    # one request, one person, one review: three records, three outbox and three audit entries
    assert after["arrest_requests"] - before["arrest_requests"] == 1
    assert after["outbox"] - before["outbox"] == 3
    assert after["audit_log"] - before["audit_log"] == 3
    row = office.reader.execute(
        "SELECT payload, version, op FROM outbox WHERE row_id = ?", (request_id,)).fetchone()
    payload = json.loads(row[0])
    assert payload["police_case_no"] == "A3201012026110001" and row[1] == 1 and row[2] == "upsert"
    assert payload["unit_code"] == "320101"
    assert verify_chain(office.reader)[1] == []


def test_rollback_leaves_neither_change_nor_outbox_nor_audit(office):
    from desktop.store.models import Person

    before = counts(office)
    with pytest.raises(RuntimeError):
        with office.transaction("register_request") as session:
            session.add(Person(name="李四"))
            session.flush()  # capture has run: outbox and audit rows exist inside the transaction
            inside = session.connection().exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
            assert inside == before["audit_log"] + 1
            raise RuntimeError("the user cancelled")
    assert counts(office) == before


def test_update_bumps_version_and_records_the_difference(office):
    from desktop.store.models import Person

    register_request(office, make_registration(office), today=TODAY)
    with office.transaction("register_request") as session:
        person = session.query(Person).one()
        person.name = "王晓明"
    row = office.reader.execute(
        "SELECT version, name FROM persons").fetchone()
    assert tuple(row) == (2, "王晓明")
    audit = office.reader.execute(
        "SELECT action, version, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[0] == "update" and audit[1] == 2
    assert json.loads(audit[2]) == {"name": ["王小明", "王晓明"]}
    # the list index follows a renamed suspect at once
    assert office.reader.execute("SELECT suspects FROM request_index").fetchone()[0] == "王晓明"


def test_synced_records_are_tombstoned_never_deleted(office):
    from desktop.store.capture import HardDeleteRefused
    from desktop.store.models import Person

    with office.transaction("register_request") as session:
        session.add(Person(name="赵六"))
    with pytest.raises(HardDeleteRefused):
        with office.transaction("register_request") as session:
            session.delete(session.query(Person).one())
    assert office.reader.execute("SELECT count(*) FROM persons").fetchone()[0] == 1


def test_password_hash_never_leaves_in_outbox_or_audit(office):
    dump = " ".join(r[0] for r in office.reader.execute("SELECT payload FROM outbox"))
    dump += " ".join(r[0] for r in office.reader.execute("SELECT detail FROM audit_log"))
    assert "scrypt$" not in dump and "password_hash" not in dump


def test_every_audit_entry_names_the_user(office):
    register_request(office, make_registration(office), today=TODAY)
    users = {r[0] for r in office.reader.execute("SELECT DISTINCT user_name FROM audit_log")}
    assert users == {"officer1"}
