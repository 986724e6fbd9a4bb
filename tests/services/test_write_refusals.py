"""A full disk or a read-only database: the service raises a typed DatabaseError the UI puts
into words; nothing half-written, nothing committed before lost, and the same write succeeds
once there is room again."""
import pytest

from desktop.services import arrest_register
from desktop.services.check import check_database
from desktop.store.sqlite import DatabaseError

from tests.conftest import TODAY, make_registration
from tests.services.disk_limits import full_disk, read_only


def count(office, table="arrest_requests"):
    return office.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("trouble, code", [(full_disk, "disk_full"), (read_only, "read_only")])
def test_a_refused_write_is_typed_and_loses_nothing(office, trouble, code):
    first = arrest_register.register_request(office, make_registration(office), today=TODAY)
    audit, outbox = count(office, "audit_log"), count(office, "outbox")
    with trouble(office):
        with pytest.raises(DatabaseError) as exc:
            arrest_register.register_request(
                office, make_registration(office, case_no="A3201012026110002"), today=TODAY)
    assert exc.value.code == code
    assert exc.value.details["path"] == str(office.db.path)
    assert count(office) == 1 and count(office, "audit_log") == audit
    assert count(office, "outbox") == outbox
    assert office.reader.execute("SELECT id FROM arrest_requests").fetchone()[0] == first
    report = check_database(office.db.path)
    assert report.ok, (report.integrity, report.audit_faults)
    # room again: the same registration saves
    arrest_register.register_request(
        office, make_registration(office, case_no="A3201012026110002"), today=TODAY)
    assert count(office) == 2
    assert check_database(office.db.path).ok


def test_other_errors_are_not_mistaken_for_disk_trouble(office):
    from desktop.store.sqlite import write_refusal
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError) as exc:
        conn.execute("INSERT INTO t VALUES (1)")
    assert write_refusal(exc.value) is None
    assert write_refusal(ValueError("database or disk is full")) is None
