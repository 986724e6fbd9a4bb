"""The upper office (上级院) on real files: its consolidated registers count exactly what its
units hold, a unit filter narrows them to one unit's own records, officer pickers offer only
the office's own staff, and a unit's record cannot be written there through any service."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.services import (arrest_queries, cooperation_queries, custody_queries,
                              dashboard, petition_queries, review_lookups,
                              supervision_queries)
from desktop.services.unit_scope import office_scope
from desktop.store.capture import ForeignRecordReadOnly
from tests.conftest import TODAY
from tests.upper_office import UNITS, UPPER, _upper_world_files, upper_world  # noqa: F401

UNIT_CODES = [code for code, _name, _seed in UNITS]

# register → (count with a filter, the filter type)
REGISTERS = {
    "arrest": (lambda conn, f: arrest_queries.count_requests(conn, f, today=TODAY),
               arrest_queries.ListFilter),
    "petitions": (lambda conn, f: petition_queries.count_petitions(conn, f, today=TODAY),
                  petition_queries.PetitionFilter),
    "supervision": (lambda conn, f: supervision_queries.count_matters(conn, f, today=TODAY),
                    supervision_queries.SupervisionFilter),
    "cooperation": (lambda conn, f: cooperation_queries.count_entries(conn, f, today=TODAY),
                    cooperation_queries.CooperationFilter),
    "custody": (lambda conn, f: len(custody_queries.list_reviews(conn, f, today=TODAY)),
                custody_queries.CustodyFilter),
}


@pytest.fixture
def offices(upper_world):
    upper = upper_world.open_upper()
    units = {code: upper_world.open_unit(code) for code in UNIT_CODES}
    yield upper, units
    for office in (upper, *units.values()):
        office.close()


def test_the_upper_office_knows_its_level_and_units(offices):
    upper, units = offices
    scope = office_scope(upper.reader, upper.unit_code)
    assert scope.upper
    assert scope.units == ((UPPER[0], UPPER[1]),
                           *((code, name) for code, name, _seed in UNITS))
    unit_scope = office_scope(units[UNIT_CODES[0]].reader, UNIT_CODES[0])
    assert not unit_scope.upper and unit_scope.units == ((UNIT_CODES[0], UNITS[0][1]),)


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_consolidated_counts_equal_the_units_own(offices, register):
    upper, units = offices
    count, make_filter = REGISTERS[register]
    own = {code: count(office.reader, make_filter()) for code, office in units.items()}
    assert all(own.values()), own  # the demo fills every register
    assert count(upper.reader, make_filter()) == sum(own.values())
    for code in UNIT_CODES:
        assert count(upper.reader, make_filter(unit_code=code)) == own[code]
    assert count(upper.reader, make_filter(unit_code=UPPER[0])) == 0


def test_a_unit_filter_keeps_paging_and_rows_to_that_unit(offices):
    upper, units = offices
    code, name = UNITS[1][0], UNITS[1][1]
    f = arrest_queries.ListFilter(unit_code=code, status="open")
    ids = arrest_queries.list_rowids(upper.reader, f, today=TODAY)
    rows = arrest_queries.fetch_rows(upper.reader, ids)
    assert ids and {(r.unit_code, r.unit_name) for r in rows.values()} == {(code, name)}
    mine = arrest_queries.fetch_rows(units[code].reader, arrest_queries.list_rowids(
        units[code].reader, replace(f, unit_code=None), today=TODAY))
    assert sorted(r.request_id for r in rows.values()) == \
        sorted(r.request_id for r in mine.values())


def test_the_dashboard_shows_every_units_due_items_with_the_unit(offices):
    upper, units = offices
    everything = dashboard.due_items(upper.reader, today=TODAY, unit_code=None,
                                     own_code=upper.unit_code)
    per_unit = {code: dashboard.due_items(office.reader, today=TODAY, own_code=code)
                for code, office in units.items()}
    assert all(per_unit.values())
    assert len(everything) == sum(len(items) for items in per_unit.values())
    for code in UNIT_CODES:
        only = dashboard.due_items(upper.reader, today=TODAY, unit_code=code,
                                   own_code=upper.unit_code)
        assert {i.unit_code for i in only} == {code}
        assert sorted((i.kind, i.record_id) for i in only) == \
            sorted((i.kind, i.record_id) for i in per_unit[code])


def test_officer_pickers_offer_only_this_offices_staff(offices):
    upper, _units = offices
    assert upper.reader.execute("SELECT count(DISTINCT unit_code) FROM users").fetchone()[0] == 3
    own = {r[0] for r in upper.reader.execute("SELECT id FROM users WHERE unit_code = ?",
                                              (upper.unit_code,))}
    for picked in (arrest_queries.officers(upper.reader, upper.unit_code),
                   petition_queries.handlers(upper.reader, upper.unit_code),
                   [u[:2] for u in review_lookups.users_with_roles(upper.reader,
                                                                   upper.unit_code)]):
        assert {uid for uid, _name in picked} == own
    assert {uid for uid, _ in review_lookups.chiefs(upper.reader, upper.unit_code)} <= own


def test_a_new_records_police_agency_is_picked_from_this_offices_own(offices):
    upper, units = offices
    conn = upper.reader
    own = {r[0] for r in conn.execute("SELECT id FROM police_agencies WHERE unit_code = ?",
                                      (upper.unit_code,))}
    assert {a for a, _n in arrest_queries.police_agencies(conn, upper.unit_code)} == own
    everyone = {a for a, _n in arrest_queries.police_agencies(conn)}
    assert own < everyone  # the filters of the consolidated lists still offer every unit's
    assert arrest_queries.last_used_agency(conn, upper.unit_code) is None  # no own request
    unit = units[UNIT_CODES[0]]
    assert arrest_queries.last_used_agency(unit.reader, unit.unit_code) is not None


def _state(office):
    conn = office.reader
    return (conn.execute("SELECT count(*), max(id) FROM audit_log").fetchone(),
            conn.execute("SELECT count(*) FROM outbox").fetchone(),
            conn.execute("SELECT id, version, deleted_at, done_on FROM cooperation_entries "
                         "ORDER BY id").fetchall())


def test_a_units_record_is_read_only_at_the_upper_office(offices):
    from desktop.services.cooperation_log import remove_entry

    upper, _units = offices
    entry_id, = upper.reader.execute(
        "SELECT id FROM cooperation_entries WHERE unit_code = ? AND deleted_at IS NULL "
        "LIMIT 1", (UNIT_CODES[0],)).fetchone()
    before = _state(upper)
    with pytest.raises(ForeignRecordReadOnly) as refused:
        remove_entry(upper, entry_id)
    assert (refused.value.record_id, refused.value.owner, refused.value.office) == \
        (entry_id, UNIT_CODES[0], UPPER[0])
    assert _state(upper) == before


def test_the_owning_unit_still_writes_its_own_record(offices):
    from desktop.services.cooperation_log import remove_entry

    _upper, units = offices
    unit = units[UNIT_CODES[0]]
    entry_id, = unit.reader.execute("SELECT id FROM cooperation_entries WHERE deleted_at IS "
                                    "NULL LIMIT 1").fetchone()
    remove_entry(unit, entry_id)
    assert unit.reader.execute("SELECT deleted_at IS NOT NULL FROM cooperation_entries "
                               "WHERE id = ?", (entry_id,)).fetchone()[0] == 1


def test_a_record_cannot_be_made_or_moved_into_another_unit(office):
    from desktop.store.models import PoliceAgency

    with pytest.raises(ForeignRecordReadOnly):
        with office.transaction("settings") as session:
            session.add(PoliceAgency(name="外单位公安局", unit_code="999999"))
    with pytest.raises(ForeignRecordReadOnly):
        with office.transaction("settings") as session:
            agency = session.query(PoliceAgency).first()
            agency.unit_code = "999999"
    assert office.reader.execute("SELECT count(*) FROM police_agencies WHERE unit_code != ?",
                                 (office.unit_code,)).fetchone()[0] == 0


def test_a_units_officer_cannot_be_put_in_charge_at_the_upper_office(offices):
    from desktop.services.arrest_register import validate_registration
    from tests.conftest import make_registration

    upper, _units = offices
    stranger, = upper.reader.execute("SELECT id FROM users WHERE unit_code = ? LIMIT 1",
                                     (UNIT_CODES[0],)).fetchone()
    own = replace(make_registration(upper, id_number=""), officer_id=upper.user_id)
    assert "officer" not in {e.field for e in validate_registration(upper, own, today=TODAY)}
    theirs = replace(own, officer_id=stranger)
    assert "officer" in {e.field for e in validate_registration(upper, theirs, today=TODAY)}
