"""The upper office's list indexes after an import (request_index, petition_search and their
FTS5 tables, refreshed set-wise per package) are exactly what the unit's change capture derived
for the same records, and what a rebuild from the records alone derives; later packages that
rename a suspect or tombstone a request keep them so."""
from __future__ import annotations

from datetime import datetime

import pytest

from desktop.security.keystore import generate_keys
from desktop.services.demo import create_demo
from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import receive_package
from desktop.services.sync_registry import register_unit, set_upper
from desktop.store import petition_index, request_index
from tests.conftest import TODAY
from tests.sync.test_end_to_end import Side, world  # noqa: F401  (the fixture)

_REQUEST_ROWS = (
    "SELECT i.request_id, i.police_case_no, i.suspects, i.charges, i.detained, i.juvenile, "
    "i.received_date, i.due_date, i.status, i.officer_id, i.search_text, i.search_chars "
    "FROM request_index i JOIN arrest_requests r ON r.id = i.request_id "
    "WHERE r.unit_code = ? ORDER BY i.request_id")
_PETITION_ROWS = (
    "SELECT s.petition_id, s.search_text FROM petition_search s "
    "JOIN petitions p ON p.id = s.petition_id WHERE p.unit_code = ? ORDER BY s.petition_id")


def rows(side, sql, code):
    return [tuple(r) for r in side.office.reader.execute(sql, (code,))]


def send_all(unit, upper, **limit):
    """Every change the upper office has not acknowledged, in packages (of `limit` changes)."""
    after = 0
    while (p := export_changes(unit.office, unit.keys, after=after, **limit)) is not None:
        result = receive_package(upper.office, upper.keys, p.data)
        assert result.result == "applied"
        receive_package(unit.office, unit.keys, result.ack.data)
        after = p.last_seq


def fts_intact(side):
    """FTS5's own check that each external-content index holds exactly its table's text."""
    for fts in ("request_fts", "request_chars_fts", "petition_fts"):
        side.office.reader.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")


@pytest.fixture
def demo_unit(world, tmp_path):  # noqa: F811
    upper, _units = world
    office = create_demo(tmp_path / "demo-320111.sqlite3", cases=15, seed=5, today=TODAY,
                         unit_code="320111", unit_name="白山县人民检察院")
    side = Side(office, generate_keys(), "grassroots")
    register_unit(upper.office, side.public())
    set_upper(side.office, upper.public())
    yield side
    office.close()


def test_imported_index_rows_equal_the_units_own_and_a_rebuild(world, demo_unit):  # noqa: F811
    upper, _units = world
    code = demo_unit.office.unit_code
    send_all(demo_unit, upper, limit=150)  # several packages: requests split across them
    imported = rows(upper, _REQUEST_ROWS, code)
    petitions = rows(upper, _PETITION_ROWS, code)
    assert len(imported) == demo_unit.count("SELECT count(*) FROM arrest_requests "
                                            "WHERE deleted_at IS NULL")
    assert petitions, "the demo has petitions"
    # what the unit's change capture derived, row for row
    assert imported == rows(demo_unit, _REQUEST_ROWS, code)
    assert petitions == rows(demo_unit, _PETITION_ROWS, code)
    fts_intact(upper)
    # and what a rebuild from the records alone derives at the upper office
    with upper.office.transaction("register_request") as session:
        conn = session.connection()
        request_index.rebuild_all(conn)
        petition_index.rebuild_all(conn)
    assert rows(upper, _REQUEST_ROWS, code) == imported
    assert rows(upper, _PETITION_ROWS, code) == petitions
    fts_intact(upper)


def test_a_package_received_twice_leaves_the_index_rows_and_their_ids(world,  # noqa: F811
                                                                      demo_unit):
    upper, _units = world
    package = export_changes(demo_unit.office, demo_unit.keys)
    assert receive_package(upper.office, upper.keys, package.data).result == "applied"
    ids = "SELECT rowid, request_id FROM request_index ORDER BY rowid"
    before = upper.office.reader.execute(ids).fetchall()
    changes = upper.count("SELECT count(*) FROM request_fts_data")
    assert receive_package(upper.office, upper.keys, package.data).result == "already"
    # re-applying the rows of an earlier package (a re-send) derives the same rows: untouched
    with upper.office.transaction("register_request") as session:
        request_index.refresh(session.connection(), [r[1] for r in before])
    assert upper.office.reader.execute(ids).fetchall() == before
    assert upper.count("SELECT count(*) FROM request_fts_data") == changes
    fts_intact(upper)


def test_a_renamed_suspect_and_a_tombstoned_request_reach_the_upper_list(world,  # noqa: F811
                                                                          demo_unit):
    from desktop.store.models import ArrestRequest, Person

    upper, _units = world
    code = demo_unit.office.unit_code
    send_all(demo_unit, upper)
    with demo_unit.office.transaction("register_request") as session:
        person = session.query(Person).order_by(Person.id.desc()).first()
        person.name = "龚改名"  # only the persons row changes: no review, no request
        gone = session.query(ArrestRequest).order_by(ArrestRequest.id).first()
        gone.deleted_at = datetime(2026, 11, 23, 9, 0)
        gone_id = gone.id
    outbox = demo_unit.office.reader.execute(
        "SELECT DISTINCT table_name FROM outbox WHERE seq > (SELECT max(seq) - 2 FROM outbox)"
    ).fetchall()
    assert sorted(r[0] for r in outbox) == ["arrest_requests", "persons"]
    send_all(demo_unit, upper)  # the two changes
    assert rows(upper, _REQUEST_ROWS, code) == rows(demo_unit, _REQUEST_ROWS, code)
    suspects = [r[0] for r in upper.office.reader.execute(
        "SELECT suspects FROM request_index WHERE rowid IN "
        "(SELECT rowid FROM request_chars_fts WHERE request_chars_fts MATCH '\"改 名\"')")]
    assert suspects and all("龚改名" in s for s in suspects)
    assert upper.count("SELECT count(*) FROM request_index WHERE request_id = ?", gone_id) == 0
    fts_intact(upper)
