"""The upper office on PostgreSQL: two SQLite units' packages applied there, acknowledged,
replayed without effect, a reused sequence number refused with an alarm, and the receiving
service over HTTP on 127.0.0.1 — the same code as on SQLite."""
import threading
import time

import pytest

from desktop.security.keystore import generate_keys
from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import SyncRefused, receive_package
from desktop.services.sync_registry import register_unit, set_upper, set_upper_url
from tests.sync.test_end_to_end import UNITS, Side, _free_port, exchange, register


@pytest.fixture
def world(tmp_path, pg_url):
    upper = Side(create_office(pg_url, OfficeSetup(
        unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", upper_code="320000", officer_name="李华",
        officer_username="lihua", password="secret1", level="upper")), generate_keys(),
        "upper")
    units = []
    for i, (code, name, abbr) in enumerate(UNITS):
        side = Side(create_office(tmp_path / f"{code}.sqlite3", OfficeSetup(
            unit_code=code, unit_name=name, unit_abbr=abbr, upper_name="临江市人民检察院",
            upper_code="320100", officer_name=f"张明{i}", officer_username=f"zhang{i}",
            password="secret1")), generate_keys(), "grassroots")
        register_unit(upper.office, side.public())
        set_upper(side.office, upper.public())
        units.append(side)
    yield upper, units
    for side in (upper, *units):
        side.office.close()


def test_units_packages_apply_on_postgresql_and_match_the_units(world):
    upper, (a, b) = world
    register(a, 3, "A")
    register(b, 2, "B")
    for unit in (a, b):
        package, result, back = exchange(unit, upper)
        assert result.result == "applied" and back.acked == package.last_seq
        again = receive_package(upper.office, upper.keys, package.data)
        assert again.result == "already"
    for unit, code in ((a, "320101"), (b, "320102")):
        for table in ("arrest_requests", "arrest_reviews", "persons", "users"):
            assert upper.count(f"SELECT count(*) FROM {table} WHERE unit_code = ?", code) \
                == unit.count(f"SELECT count(*) FROM {table}")
    assert upper.count("SELECT count(*) FROM request_index") == 5


def test_a_reused_sequence_number_is_refused_with_an_alarm_on_postgresql(world):
    upper, (a, _b) = world
    register(a, 1, "A")
    exchange(a, upper)
    with a.office.transaction("sync") as session:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET payload = replace(payload, 'A0000', 'X9999')")
        session.connection().exec_driver_sql("UPDATE sync_watermarks SET acked_seq = 0")
    with pytest.raises(SyncRefused) as err:
        receive_package(upper.office, upper.keys, export_changes(a.office, a.keys).data)
    assert err.value.code == "sequence_reused"
    assert upper.count("SELECT count(*) FROM sync_alarms") == 1
    assert upper.count("SELECT count(*) FROM arrest_requests WHERE police_case_no LIKE 'X%'") \
        == 0


def test_the_receiving_service_on_postgresql(world):
    import uvicorn

    from desktop.server import create_app
    from desktop.services.sync_push import push

    upper, (a, _b) = world
    register(a, 2, "A")
    port = _free_port()
    set_upper_url(a.office, f"http://127.0.0.1:{port}")
    server = uvicorn.Server(uvicorn.Config(create_app(upper.office, upper.keys),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        result = push(a.office, a.keys)
        assert result.acked == a.count("SELECT max(seq) FROM outbox")
        assert upper.count("SELECT count(*) FROM arrest_requests") == 2
    finally:
        server.should_exit = True
        thread.join(5)
