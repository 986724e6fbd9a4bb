"""End to end on real SQLite files: two units and their upper office exchange packages as
files and over HTTP on 127.0.0.1; acknowledgements, re-sends, replays, gaps, forgery and a
reused sequence number."""
from __future__ import annotations

import socket
import threading
import time
from datetime import date

import pytest

from desktop.security.keystore import PublicKeys, generate_keys
from desktop.services.arrest_register import register_request
from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import SyncRefused, receive_package
from desktop.services.sync_registry import register_unit, set_upper
from desktop.sync.container import PackageError
from tests.conftest import TODAY, make_registration

UPPER = ("320100", "临江市人民检察院")
UNITS = (("320101", "青山县人民检察院", "青检"), ("320102", "绿水县人民检察院", "绿检"))


class Side:
    def __init__(self, office, keys, role):
        self.office, self.keys, self.role = office, keys, role

    def public(self) -> PublicKeys:
        return PublicKeys(unit_code=self.office.unit_code, unit_name=self.office.unit_name,
                          role=self.role, suite=self.keys.suite,
                          signing_public=self.keys.signing_public,
                          encryption_public=self.keys.encryption_public)

    def count(self, sql, *args):
        return self.office.reader.execute(sql, args).fetchone()[0]


@pytest.fixture
def world(tmp_path):
    upper = Side(create_office(tmp_path / "upper.sqlite3", OfficeSetup(
        unit_code=UPPER[0], unit_name=UPPER[1], unit_abbr="临检", upper_name="江东省人民检察院",
        upper_code="320000", officer_name="李华", officer_username="lihua",
        password="secret1")), generate_keys(), "upper")
    units = []
    for i, (code, name, abbr) in enumerate(UNITS):
        side = Side(create_office(tmp_path / f"{code}.sqlite3", OfficeSetup(
            unit_code=code, unit_name=name, unit_abbr=abbr, upper_name=UPPER[1],
            upper_code=UPPER[0], officer_name=f"张明{i}", officer_username=f"zhang{i}",
            password="secret1")), generate_keys(), "grassroots")
        register_unit(upper.office, side.public())
        set_upper(side.office, upper.public())
        units.append(side)
    yield upper, units
    for side in (upper, *units):
        side.office.close()


def register(side, n, prefix):
    for i in range(n):
        register_request(side.office, make_registration(
            side.office, case_no=f"{prefix}{i:04d}", name=f"嫌疑人{prefix}{i}",
            id_number=""), today=TODAY)


def exchange(unit, upper):
    package = export_changes(unit.office, unit.keys)
    result = receive_package(upper.office, upper.keys, package.data)
    back = receive_package(unit.office, unit.keys, result.ack.data)
    return package, result, back


def test_both_units_reach_the_upper_office_and_are_acknowledged(world):
    upper, (a, b) = world
    register(a, 3, "A")
    register(b, 2, "B")
    for unit in (a, b):
        package, result, back = exchange(unit, upper)
        assert result.result == "applied" and result.watermark == package.last_seq
        assert back.kind == "ack" and back.acked == package.last_seq
        assert export_changes(unit.office, unit.keys) is None  # nothing left to send
    for unit, code in ((a, "320101"), (b, "320102")):
        assert upper.count("SELECT count(*) FROM arrest_requests WHERE unit_code = ?", code) \
            == unit.count("SELECT count(*) FROM arrest_requests")
        assert upper.count("SELECT count(*) FROM arrest_reviews WHERE unit_code = ?", code) \
            == unit.count("SELECT count(*) FROM arrest_reviews")
    assert upper.count("SELECT count(*) FROM request_index") == 5


def test_a_replayed_package_changes_nothing(world):
    upper, (a, _b) = world
    register(a, 2, "A")
    package, _result, _back = exchange(a, upper)
    rows = upper.count("SELECT count(*) FROM arrest_requests")
    again = receive_package(upper.office, upper.keys, package.data)
    assert again.result == "already"
    assert upper.count("SELECT count(*) FROM arrest_requests") == rows


def test_packages_in_shuffled_order_end_in_the_same_state(world):
    upper, (a, _b) = world
    register(a, 6, "A")
    total = a.count("SELECT max(seq) FROM outbox")
    packages, after = [], 0
    while (p := export_changes(a.office, a.keys, limit=7, after=after)) is not None:
        packages.append(p)
        after = p.last_seq
    assert len(packages) >= 3
    results = [receive_package(upper.office, upper.keys, p.data) for p in reversed(packages)]
    assert results[0].result == "held"
    assert results[-1].result == "applied" and results[-1].watermark == total
    assert upper.count("SELECT count(*) FROM sync_held") == 0
    assert upper.count("SELECT count(*) FROM arrest_requests WHERE unit_code = '320101'") == 6


def test_a_forged_or_foreign_package_is_refused_with_nothing_applied(world, tmp_path):
    upper, (a, b) = world
    register(a, 1, "A")
    data = bytearray(export_changes(a.office, a.keys).data)
    data[len(data) // 2] ^= 0x01
    with pytest.raises(PackageError):
        receive_package(upper.office, upper.keys, bytes(data))
    # a package for the upper office cannot be opened by another unit
    with pytest.raises(PackageError):
        receive_package(b.office, b.keys, export_changes(a.office, a.keys).data)
    assert upper.count("SELECT count(*) FROM arrest_requests") == 0


def test_a_sequence_number_reused_with_other_contents_raises_an_alarm(world):
    upper, (a, _b) = world
    register(a, 1, "A")
    exchange(a, upper)
    # the unit "restores an old backup" and writes other things under the same numbers
    with a.office.transaction("sync") as session:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET payload = replace(payload, 'A0000', 'X9999')")
        session.connection().exec_driver_sql("UPDATE sync_watermarks SET acked_seq = 0")
    before = upper.count("SELECT count(*) FROM arrest_requests")
    with pytest.raises(SyncRefused) as err:
        receive_package(upper.office, upper.keys, export_changes(a.office, a.keys).data)
    assert err.value.code == "sequence_reused"
    assert upper.count("SELECT count(*) FROM sync_alarms") == 1
    assert upper.count("SELECT count(*) FROM arrest_requests") == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_online_push_to_the_upper_office_service(world):
    import uvicorn

    from desktop.server import create_app
    from desktop.services.sync_push import PushError, push
    from desktop.services.sync_registry import set_upper_url

    upper, (a, _b) = world
    register(a, 2, "A")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    set_upper_url(a.office, url)
    with pytest.raises(PushError):  # nothing listens yet: the changes stay pending
        push(a.office, a.keys, timeout=2)
    server = uvicorn.Server(uvicorn.Config(create_app(upper.office, upper.keys),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        result = push(a.office, a.keys)
        assert result.rows == a.count("SELECT count(*) FROM outbox")
        assert result.acked == a.count("SELECT max(seq) FROM outbox")
        assert upper.count("SELECT count(*) FROM arrest_requests") == 2
        again = push(a.office, a.keys)  # nothing pending: one empty package fetches news
        assert again.rows == 0 and again.packages == 1
    finally:
        server.should_exit = True
        thread.join(5)


def test_two_demo_units_with_the_same_user_names_consolidate_at_the_upper_office(world,
                                                                                 tmp_path):
    """Demo data on both units (every module, the same officers' user names in both): the
    upper office's counts of every replicated table equal each unit's own."""
    from desktop.services.demo import create_demo
    from desktop.services.sync_apply import synced_tables

    upper, _units = world
    demo_units = []
    for code, name in (("320111", "白山县人民检察院"), ("320112", "黑水县人民检察院")):
        office = create_demo(tmp_path / f"demo-{code}.sqlite3", cases=12, seed=3,
                             today=TODAY, unit_code=code, unit_name=name)
        side = Side(office, generate_keys(), "grassroots")
        register_unit(upper.office, side.public())
        set_upper(side.office, upper.public())
        demo_units.append(side)
    try:
        for side in demo_units:
            after = 0
            while (p := export_changes(side.office, side.keys, after=after)) is not None:
                result = receive_package(upper.office, upper.keys, p.data)
                assert result.result == "applied"
                receive_package(side.office, side.keys, result.ack.data)
                after = p.last_seq
            assert export_changes(side.office, side.keys) is None
        for side in demo_units:
            code = side.office.unit_code
            for table in synced_tables():
                # a unit's own note of its upper office stays with the unit
                own_rows = "unit_code = ? AND code = unit_code" if table == "units" \
                    else "unit_code = ?"
                own = side.count(f"SELECT count(*) FROM {table} WHERE {own_rows}", code)
                there = upper.count(f"SELECT count(*) FROM {table} WHERE unit_code = ?", code)
                assert there == own, table
        assert upper.count("SELECT count(DISTINCT unit_code) FROM users") == 3
        # and row for row the same values (dates, timestamps, booleans, text), but for the
        # password hash, which never leaves its office
        for side in demo_units:
            for table in ("arrest_requests", "arrest_reviews", "review_decisions", "users",
                          "petitions", "supervision_notices", "cooperation_entries"):
                columns = [r[1] for r in side.office.reader.execute(
                    f"PRAGMA table_info({table})") if r[1] != "password_hash"]
                sql = f"SELECT {', '.join(columns)} FROM {table} WHERE unit_code = ? ORDER BY id"
                mine = [tuple(r) for r in side.office.reader.execute(sql, (side.office.unit_code,))]
                there = [tuple(r) for r in upper.office.reader.execute(
                    sql, (side.office.unit_code,))]
                assert mine == there, table
    finally:
        for side in demo_units:
            side.office.close()


def test_a_push_whose_answer_was_lost_is_retried_and_applied_once(world):
    """The upper office applied the package but the answer never reached the unit (the link
    dropped mid-transfer): the next push carries the same changes, the upper office applies
    nothing twice, and its answer acknowledges them."""
    import uvicorn

    from desktop.server import create_app
    from desktop.services.sync_push import push
    from desktop.services.sync_registry import set_upper_url

    upper, (a, _b) = world
    register(a, 2, "A")
    lost = export_changes(a.office, a.keys)
    receive_package(upper.office, upper.keys, lost.data)  # applied there; the ack is lost
    rows = upper.count("SELECT count(*) FROM arrest_requests")
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
    finally:
        server.should_exit = True
        thread.join(5)
    assert result.acked == lost.last_seq
    assert upper.count("SELECT count(*) FROM arrest_requests") == rows
    assert upper.count("SELECT count(*) FROM sync_applied") == lost.rows
    assert [r[0] for r in upper.office.reader.execute(
        "SELECT result FROM sync_log WHERE direction = 'received' ORDER BY id")] == [
        "applied", "already"]
