"""The unit's audit chain head travels in each package of changes; the upper office keeps
the heads it received and raises an "audit_rewritten" alarm when a unit's history was
rewritten (the same entry with another hash) or rolled back (a unit restored from a backup
reports an older head in a package made later). End to end with real SQLite files."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop.services import audit_heads
from desktop.services.audit_heads import ReportedHead, rewritten
from desktop.services.office import open_office
from desktop.services.sync_export import export_changes
from desktop.services.sync_payload import Payload, PayloadError, parse
from desktop.services.sync_receive import receive_package
from desktop.store.audit import GENESIS, entry_hash
from desktop.sync import container
from tests.sync.test_end_to_end import Side, exchange, register, world  # noqa: F401

H1, H2 = "a" * 64, "b" * 64


def _head(office):
    row = office.reader.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
                                ).fetchone()
    return row[0], row[1]


def _alarms(upper, kind="audit_rewritten"):
    return upper.office.reader.execute(
        "SELECT peer_unit, seq, detail FROM sync_alarms WHERE kind = ?", (kind,)).fetchall()


@pytest.fixture
def clock(monkeypatch):
    """Package headers made one minute apart, so "made later" is certain within a test."""
    minutes = iter(range(10, 60))
    real = container.seal

    def seal(**kw):
        kw.setdefault("created_at", f"2026-12-03T08:{next(minutes):02d}:00Z")
        return real(**kw)

    monkeypatch.setattr(container, "seal", seal)


# -- the payload field -------------------------------------------------------------------------
def test_payload_round_trips_the_head_and_old_payloads_parse_without_it():
    p = Payload(kind="changes", unit="320101", schema="0011", audit_head=(42, H1))
    assert parse(p.to_bytes()).audit_head == (42, H1)
    old = json.loads(Payload(kind="changes", unit="320101", schema="0010").to_bytes())
    assert "audit_head" not in old
    assert parse(json.dumps(old).encode()).audit_head is None


@pytest.mark.parametrize("bad", [{"id": -1, "hash": H1}, {"id": 1, "hash": "xyz"},
                                 {"id": "1", "hash": H1}, {"id": 1}, [1, H1],
                                 {"id": 1, "hash": H1.upper()}])
def test_a_malformed_head_is_refused_as_damaged(bad):
    doc = json.loads(Payload(kind="changes", unit="320101", schema="0011").to_bytes())
    doc["audit_head"] = bad
    with pytest.raises(PayloadError) as err:
        parse(json.dumps(doc).encode())
    assert err.value.code == "damaged"


# -- the rule ----------------------------------------------------------------------------------
def test_rule_same_id_other_hash_is_rewritten():
    known = [ReportedHead(10, H1, "2026-12-01T08:00:00Z")]
    assert "another hash" in rewritten(known, (10, H2), "2026-12-02T08:00:00Z")
    assert rewritten(known, (10, H1), "2026-12-02T08:00:00Z") is None
    assert rewritten(known, (11, H2), "2026-12-02T08:00:00Z") is None  # extends it


def test_rule_a_later_package_going_back_is_rewritten_a_stale_one_is_not():
    known = [ReportedHead(10, H1, "2026-12-01T08:00:00Z"),
             ReportedHead(30, H2, "2026-12-02T08:00:00Z")]
    assert "went back from entry 30 to entry 20" in rewritten(known, (20, H1),
                                                              "2026-12-03T08:00:00Z")
    # a package made before the newest head (a late file) may carry an older head
    assert rewritten(known, (20, H1), "2026-12-01T09:00:00Z") is None
    assert rewritten([], (1, GENESIS), "") is None


# -- end to end --------------------------------------------------------------------------------
def test_each_package_carries_the_head_and_the_upper_office_keeps_it(world, clock):
    upper, (a, _b) = world
    register(a, 2, "A")
    package = export_changes(a.office, a.keys)
    head = _head(a.office)
    # the unit's own export is audited, and the head includes that entry
    last = a.office.reader.execute("SELECT action, table_name FROM audit_log WHERE id = ?",
                                   (head[0],)).fetchone()
    assert tuple(last) == ("export", "sync_packages")
    receive_package(upper.office, upper.keys, package.data)
    message = upper.office.reader.execute(
        "SELECT message FROM sync_log WHERE direction = 'received' AND peer_unit = ?",
        (a.office.unit_code,)).fetchone()[0]
    assert json.loads(message)["audit_head"] == {"id": head[0], "hash": head[1]}
    detail = upper.office.reader.execute(
        "SELECT detail FROM audit_log WHERE action = 'import' ORDER BY id DESC").fetchone()[0]
    assert json.loads(detail)["audit_head"] == [head[0], head[1]]
    register(a, 1, "B")
    exchange(a, upper)
    assert _alarms(upper) == []


def test_a_unit_restored_from_an_old_backup_raises_the_alarm(world, clock, tmp_path):
    upper, (a, _b) = world
    register(a, 2, "A")
    exchange(a, upper)
    path = a.office.db.path
    a.office.close()
    shutil.copy(path, tmp_path / "backup.sqlite3")  # the unit's backup, taken here
    a.office = open_office(path)
    register(a, 3, "B")
    package = export_changes(a.office, a.keys)  # reaches the upper office; its ack is lost
    receive_package(upper.office, upper.keys, package.data)
    reported = _head(a.office)
    a.office.close()
    shutil.copy(tmp_path / "backup.sqlite3", path)  # the unit restores the old backup
    a.office = open_office(path)
    assert _head(a.office)[0] < reported[0]
    # the next package (an online push asking for news) reports the older head
    package = export_changes(a.office, a.keys, allow_empty=True)
    result = receive_package(upper.office, upper.keys, package.data)
    assert result.result in ("already", "applied")
    alarms = _alarms(upper)
    assert len(alarms) == 1 and alarms[0][0] == a.office.unit_code
    assert f"went back from entry {reported[0]}" in alarms[0][2]


def test_a_rehashed_history_with_the_same_head_id_raises_the_alarm(world, clock):
    upper, (a, _b) = world
    register(a, 1, "A")
    exchange(a, upper)
    # an online push with nothing new reports the head as it stands (its ack is not read)
    receive_package(upper.office, upper.keys, export_changes(a.office, a.keys,
                                                             allow_empty=True).data)
    path = a.office.db.path
    # the unit's last entry rewritten with a hash made to fit (a consistent forgery)
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT id, at, user_name, action, table_name, row_id, version, detail, "
                       "prev_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    forged = entry_hash(row[8], row[0], row[1], "someone else", *row[3:8])
    conn.execute("UPDATE audit_log SET user_name = 'someone else', hash = ? WHERE id = ?",
                 (forged, row[0]))
    conn.commit()
    conn.close()
    package = export_changes(a.office, a.keys, allow_empty=True)  # nothing new: head kept
    receive_package(upper.office, upper.keys, package.data)
    alarms = _alarms(upper)
    assert len(alarms) == 1 and alarms[0][1] == row[0]
    assert "another hash" in alarms[0][2]


def test_a_package_without_a_head_is_accepted(world, clock, monkeypatch):
    upper, (a, _b) = world
    register(a, 1, "A")
    monkeypatch.setattr(audit_heads, "chain_head", lambda session: None)
    import desktop.services.sync_export as sync_export

    monkeypatch.setattr(sync_export, "chain_head", lambda session: None)
    package, result, _ = exchange(a, upper)
    assert result.result == "applied"
    assert _alarms(upper) == []
