"""Every sync package names the program version that made it (issue 8), inside the signed
payload; packages of earlier versions (the golden fixtures) have no such field and still open,
and earlier programs ignore it. The receiving office keeps it in its audit entry."""
from __future__ import annotations

import json

import pytest

import desktop
from desktop.services.sync_payload import Payload, PayloadError, parse
from tests.sync.test_end_to_end import exchange, register, world  # noqa: F401


def test_the_version_round_trips_and_old_payloads_parse_without_it():
    made = Payload(kind="changes", unit="320101", schema="0012", program="1.2.0rc1+deb12")
    assert parse(made.to_bytes()).program == "1.2.0rc1+deb12"
    old = json.loads(Payload(kind="changes", unit="320101", schema="0010").to_bytes())
    assert "program" not in old
    assert parse(json.dumps(old).encode()).program == ""


@pytest.mark.parametrize("bad", [12, "1.0 beta", "x" * 65, "1.0\n", None])
def test_a_malformed_version_is_refused_as_damaged(bad):
    doc = json.loads(Payload(kind="ack", unit="320100", schema="0012", for_unit="320101"
                             ).to_bytes())
    doc["program"] = bad
    with pytest.raises(PayloadError) as err:
        parse(json.dumps(doc).encode())
    assert err.value.code == "damaged"


def _import_details(side) -> list[dict]:
    return [json.loads(d) for (d,) in side.office.reader.execute(
        "SELECT detail FROM audit_log WHERE action = 'import' AND table_name = 'sync_packages' "
        "ORDER BY id")]


def test_changes_and_acknowledgements_carry_this_programs_version(world):
    upper, (a, _b) = world
    register(a, 2, "A")
    exchange(a, upper)
    received_upper = _import_details(upper)
    received_unit = _import_details(a)
    assert [d["kind"] for d in received_upper] == ["changes"]
    assert [d["kind"] for d in received_unit] == ["ack"]
    assert received_upper[0]["program"] == desktop.version()
    assert received_unit[0]["program"] == desktop.version()
