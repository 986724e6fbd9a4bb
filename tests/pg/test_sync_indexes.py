"""The upper office on PostgreSQL derives the same list-index rows from a unit's packages as
the unit's own change capture (the portable path of store/request_index and petition_index:
one executemany per package), also after a renamed suspect and a tombstoned request."""
from datetime import datetime

from desktop.security.keystore import generate_keys
from desktop.services.demo import create_demo
from desktop.services.sync_registry import register_unit, set_upper
from tests.conftest import TODAY
from tests.pg.test_sync_upper import world  # noqa: F401  (the fixture)
from tests.sync.test_derived_indexes import _PETITION_ROWS, _REQUEST_ROWS, rows, send_all
from tests.sync.test_end_to_end import Side


def test_index_rows_on_postgresql_equal_the_units_own(world, tmp_path):  # noqa: F811
    from desktop.store.models import ArrestRequest, Person

    upper, _units = world
    office = create_demo(tmp_path / "demo-320111.sqlite3", cases=10, seed=5, today=TODAY,
                         unit_code="320111", unit_name="白山县人民检察院")
    unit = Side(office, generate_keys(), "grassroots")
    try:
        register_unit(upper.office, unit.public())
        set_upper(unit.office, upper.public())
        send_all(unit, upper, limit=120)
        code = unit.office.unit_code
        assert rows(upper, _REQUEST_ROWS, code) == rows(unit, _REQUEST_ROWS, code) != []
        assert rows(upper, _PETITION_ROWS, code) == rows(unit, _PETITION_ROWS, code) != []
        with unit.office.transaction("register_request") as session:
            session.query(Person).order_by(Person.id.desc()).first().name = "龚改名"
            gone = session.query(ArrestRequest).order_by(ArrestRequest.id).first()
            gone.deleted_at = datetime(2026, 11, 23, 9, 0)
        send_all(unit, upper)
        after = rows(upper, _REQUEST_ROWS, code)
        assert after == rows(unit, _REQUEST_ROWS, code)
        assert any("龚改名" in r[2] for r in after)
        assert gone.id not in [r[0] for r in after]
    finally:
        office.close()
