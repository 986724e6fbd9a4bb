"""The payload parser meets anything the container could hand it (a sender's bug, a newer
program): it returns a well-formed payload or raises PayloadError, never anything else."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.sync_payload import Change, Payload, PayloadError, parse

VALID = Payload(kind="changes", unit="320101", schema="0010", changes=[
    Change(1, "persons", "p1", 1, "upsert", '{"id":"p1","version":1}'),
    Change(2, "persons", "p1", 2, "upsert", '{"id":"p1","version":2}')], ack_down=0)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=6),
    max_leaves=30)


def _only_payload_errors(data: bytes) -> None:
    try:
        payload = parse(data)
    except PayloadError:
        return
    assert payload.kind in ("changes", "ack")
    assert all(b.seq == a.seq + 1 for a, b in zip(payload.changes, payload.changes[1:]))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes(data):
    _only_payload_errors(data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json(value):
    _only_payload_errors(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(json.loads(VALID.to_bytes()))), json_values)
def test_a_valid_payload_with_one_field_replaced(key, value):
    doc = json.loads(VALID.to_bytes())
    doc[key] = value
    _only_payload_errors(json.dumps(doc).encode())
