"""The upper office on PostgreSQL: a unit's records, applied from its package, are read-only
there through the write path (the same check in store/capture.py as on SQLite), and the
office's level, units and own officers read the same through the PostgreSQL reader."""
from datetime import datetime

import pytest

from desktop.services.arrest_queries import officers
from desktop.services.unit_scope import ForeignRecordReadOnly, office_scope
from tests.pg.test_sync_upper import world  # noqa: F401
from tests.sync.test_end_to_end import exchange, register


def test_a_units_request_cannot_be_changed_at_an_upper_office_on_postgresql(world):  # noqa: F811
    from desktop.store.models import ArrestRequest

    upper, (a, _b) = world
    register(a, 2, "A")
    exchange(a, upper)
    request_id = upper.office.reader.execute(
        "SELECT id FROM arrest_requests WHERE unit_code = ? ORDER BY id LIMIT 1",
        ("320101",)).fetchone()[0]

    def state():
        return (upper.count("SELECT count(*) FROM outbox"),
                upper.count("SELECT count(*) FROM audit_log"),
                upper.count("SELECT version FROM arrest_requests WHERE id = ?", request_id),
                upper.count("SELECT count(*) FROM arrest_requests WHERE deleted_at IS NULL"))

    before = state()
    with pytest.raises(ForeignRecordReadOnly):
        with upper.office.transaction("review_work") as session:
            session.get(ArrestRequest, request_id).deleted_at = datetime(2026, 11, 23)
    assert state() == before


def test_the_upper_offices_scope_and_officers_on_postgresql(world):  # noqa: F811
    upper, (a, b) = world
    for unit, prefix in ((a, "A"), (b, "B")):
        register(unit, 1, prefix)
        exchange(unit, upper)
    conn = upper.office.reader
    scope = office_scope(conn, "320100")
    assert scope.upper and [c for c, _n in scope.units] == ["320100", "320101", "320102"]
    assert [name for _id, name in officers(conn, "320100")] == ["李华"]
