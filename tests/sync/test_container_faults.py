"""Faults: whatever happens to a package's bytes — a flipped bit, a cut, random garbage,
random edits — opening it gives a PackageError or, only when the bytes are unchanged, the very
payload that was sealed. Never another exception, never another payload."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sync.container import MAGIC, PackageError, read_header
from tests.sync.parties import ROWS, make, open_at_upper

SMALL = make()


def outcome(data: bytes):
    """'ok' with the payload checked, or the refusal code; any other exception fails the test."""
    try:
        read_header(data)
    except PackageError as exc:
        read_code = exc.code
    else:
        read_code = None
    try:
        _, payload = open_at_upper(data)
    except PackageError as exc:
        return exc.code
    assert payload == ROWS and read_code is None
    return "ok"


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_flipped_byte_is_refused(mask):
    assert 300 < len(SMALL) < 600
    codes = set()
    for position in range(len(SMALL)):
        changed = bytearray(SMALL)
        changed[position] ^= mask
        code = outcome(bytes(changed))
        assert code != "ok", f"byte {position} flipped with {mask:#x} still opened"
        codes.add(code)
    # the flips land in every part of the layout: magic, format, lengths, header, body
    assert {"not_a_package", "damaged", "forged"} <= codes


def test_every_cut_is_damaged_and_so_is_a_tail():
    for length in range(len(SMALL)):
        with pytest.raises(PackageError) as caught:
            open_at_upper(SMALL[:length])
        assert caught.value.code == "damaged", length
        with pytest.raises(PackageError):
            read_header(SMALL[:length])
    with pytest.raises(PackageError) as caught:
        read_header(SMALL + b"\x00")
    assert caught.value.code == "damaged"


def test_a_deeply_nested_header_is_damaged_not_a_recursion_error():
    header = b"[" * 4000 + b"]" * 96
    data = MAGIC + b"\x00\x01" + len(header).to_bytes(2, "big") + header + bytes(8) + b"\x00\x01x"
    with pytest.raises(PackageError) as caught:
        read_header(data)
    assert caught.value.code == "damaged"


def test_a_header_in_another_spelling_is_damaged():
    start = 14
    raw = SMALL[start:start + int.from_bytes(SMALL[12:14], "big")]
    fields = json.loads(raw)
    for spelling in (json.dumps(fields).encode(),  # spaces
                     json.dumps(dict(reversed(fields.items())), separators=(",", ":")).encode(),
                     raw.replace(b'"kind"', b'"kind":"ack","kind"'),  # duplicate key
                     json.dumps({**fields, "extra": "x"}, sort_keys=True,
                                separators=(",", ":")).encode()):
        data = SMALL[:12] + len(spelling).to_bytes(2, "big") + spelling + SMALL[start + len(raw):]
        with pytest.raises(PackageError) as caught:
            read_header(data)
        assert caught.value.code == "damaged"


FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_refused(data):
    assert outcome(data) != "ok"


@FAST
@given(st.binary(max_size=600))
def test_arbitrary_bytes_after_the_magic_are_refused(rest):
    assert outcome(MAGIC + b"\x00\x01" + rest) != "ok"


edits = st.lists(st.tuples(st.sampled_from(["set", "insert", "delete"]),
                           st.integers(min_value=0, max_value=len(SMALL) - 1),
                           st.integers(min_value=0, max_value=255)), min_size=1, max_size=8)


@FAST
@given(edits)
def test_random_edits_of_a_valid_package_are_refused_or_harmless(changes):
    data = bytearray(SMALL)
    for action, position, value in changes:
        position = min(position, len(data) - 1) if data else 0
        if action == "set" and data:
            data[position] = value
        elif action == "insert":
            data.insert(position, value)
        elif action == "delete" and data:
            del data[position]
    code = outcome(bytes(data))
    assert code != "ok" or bytes(data) == SMALL


@FAST
@given(st.dictionaries(st.sampled_from(["kind", "suite", "sender_unit", "sender_key_id",
                                        "recipient_unit", "recipient_key_id", "created_at",
                                        "format", "x"]),
                       st.one_of(st.text(max_size=40), st.integers(), st.none(),
                                 st.lists(st.text(max_size=3), max_size=3))))
def test_random_headers_are_refused_or_read_back_exactly(fields):
    raw = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()[:4096]
    data = (SMALL[:12] + len(raw).to_bytes(2, "big") + raw
            + SMALL[14 + int.from_bytes(SMALL[12:14], "big"):])
    try:
        header = read_header(data)
    except PackageError:
        return
    assert {k: v for k, v in vars(header).items() if k != "format"} == fields
    with pytest.raises(PackageError):  # the signature was made over another header
        open_at_upper(data)
