"""Applying a unit's changes at the upper office, on real SQLite files: whole rows upserted by
id and version, the same changes twice changing nothing, an older version never over a newer,
rows of another owner refused, the unit's own note of its upper office skipped, attachments
stored by SHA-256, and the upper office's list index following."""
import json
from datetime import date

import pytest

from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_apply import apply_changes
from desktop.services.sync_payload import Change, Payload, PayloadError, parse
from tests.conftest import TODAY, make_registration


@pytest.fixture
def unit(tmp_path):
    o = create_office(tmp_path / "unit.sqlite3", OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", upper_code="320100", officer_name="张明",
        officer_username="zhangming", password="secret1"))
    yield o
    o.close()


@pytest.fixture
def upper(tmp_path):
    o = create_office(tmp_path / "upper.sqlite3", OfficeSetup(
        unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", upper_code="320000", officer_name="李华",
        officer_username="lihua", password="secret1"))
    yield o
    o.close()


def outbox(office, after=0):
    return [Change(*r) for r in office.reader.execute(
        "SELECT seq, table_name, row_id, version, op, payload FROM outbox WHERE seq > ? "
        "ORDER BY seq", (after,))]


def apply(office, changes, owner="320101", files=None):
    with office.transaction("sync") as session:
        return apply_changes(session, changes, owner=owner, files=files or {})


def test_a_registration_arrives_whole_and_twice_changes_nothing(unit, upper):
    from desktop.services.arrest_register import register_request

    register_request(unit, make_registration(unit), today=TODAY)
    changes = outbox(unit)
    written = apply(upper, changes)
    assert written > 0
    def q(sql):
        return [tuple(r) for r in upper.reader.execute(sql).fetchall()]

    assert q("SELECT unit_code, police_case_no FROM arrest_requests") == [
        ("320101", "A3201012026110001")]
    assert q("SELECT name FROM units ORDER BY code") == [
        ("江东省人民检察院",), ("临江市人民检察院",), ("青山县人民检察院",)]  # by code
    # the request is in the upper office's list index, with its suspect
    assert q("SELECT suspects FROM request_index") == [("王小明",)]
    outbox_before = q("SELECT count(*) FROM outbox")
    assert apply(upper, changes) == 0  # the same changes again
    assert q("SELECT count(*) FROM outbox") == outbox_before  # not this office's changes


def test_an_older_version_never_overwrites_a_newer(unit, upper):
    from desktop.store.models import PoliceAgency

    with unit.transaction("settings") as session:
        agency = session.query(PoliceAgency).one()
        agency.short_name = "青山公安"
    with unit.transaction("settings") as session:
        session.query(PoliceAgency).one().short_name = "青山县局"
    changes = outbox(unit)
    agency_changes = [c for c in changes if c.table == "police_agencies"]
    assert [c.version for c in agency_changes] == [1, 2, 3]
    others = [c for c in changes if c.table != "police_agencies"]
    apply(upper, others + [agency_changes[2]])
    apply(upper, [agency_changes[1]])  # version 2 arrives late
    assert tuple(upper.reader.execute("SELECT short_name, version FROM police_agencies WHERE "
                                      "unit_code = '320101'").fetchone()) == ("青山县局", 3)


def test_rows_of_another_owner_are_refused_with_nothing_written(unit, upper):
    changes = outbox(unit)
    with pytest.raises(PayloadError) as err:
        apply(upper, changes, owner="320199")
    assert err.value.code == "not_owner"
    assert upper.reader.execute("SELECT count(*) FROM users WHERE unit_code = '320101'"
                                ).fetchone()[0] == 0


def test_local_tables_never_travel(upper):
    bad = Change(1, "app_meta", "x", 1, "upsert", '{"id": "x", "version": 1}')
    with pytest.raises(PayloadError) as err:
        apply(upper, [bad])
    assert err.value.code == "foreign_table"


def test_the_payload_round_trips_and_rejects_a_broken_manifest(unit):
    changes = outbox(unit)
    payload = Payload(kind="changes", unit="320101", schema="0010", changes=changes,
                      files={"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08":
                             b"test"}, ack_down=3)
    back = parse(payload.to_bytes())
    assert back.changes == changes and back.ack_down == 3 and back.files == payload.files
    assert [c.digest for c in back.changes] == [c.digest for c in changes]
    broken = payload.to_bytes().replace(b'"first_seq":1', b'"first_seq":2')
    with pytest.raises(PayloadError):
        parse(broken)
    gap = Payload(kind="changes", unit="320101", schema="0010",
                  changes=[changes[0], changes[2]])
    with pytest.raises(PayloadError):
        parse(gap.to_bytes())
    bad_file = payload.to_bytes().replace(b'"dGVzdA=="', b'"dGVzdQ=="')
    with pytest.raises(PayloadError):
        parse(bad_file)


def test_a_timestamp_without_a_fraction_is_stored_as_the_orm_stores_it(unit, upper):
    from datetime import datetime

    from desktop.store.models import PoliceAgency

    changes = outbox(unit)
    agency = next(c for c in changes if c.table == "police_agencies")
    row = agency.row()
    row["created_at"] = "2026-11-23T08:15:00"  # what isoformat() gives at .000000
    others = [c for c in changes if c.table != "police_agencies"]
    apply(upper, others + [Change(agency.seq, agency.table, agency.row_id, agency.version,
                                  agency.op, json.dumps(row, ensure_ascii=False))])
    assert upper.reader.execute("SELECT created_at FROM police_agencies WHERE id = ?",
                                (agency.row_id,)).fetchone()[0] == "2026-11-23 08:15:00.000000"
    with upper.transaction("sync") as session:
        assert session.get(PoliceAgency, agency.row_id).created_at == datetime(2026, 11, 23, 8, 15)
