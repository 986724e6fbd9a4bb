"""The package container with real keys and real bytes: a round trip, and every refusal code
reached by a real case, in the order the checks run (container.py)."""
from __future__ import annotations

import dataclasses
import json
import pickle
import zlib

import pytest

from desktop.security import suites
from desktop.security.suites import DEFAULT, key_id
from desktop.sync.container import (CODES, FORMAT, Header, PackageError, package_file_name,
                                    read_header)
from tests.sync.parties import (ROWS, UNIT, UNIT_SIGNING, UPPER, UPPER_ENCRYPTION_PUBLIC,
                                layout, make, open_at_upper, registered, resigned)


def refusal(data: bytes, **overrides) -> str:
    with pytest.raises(PackageError) as caught:
        open_at_upper(data, **overrides)
    return caught.value.code


def test_round_trip_gives_back_the_payload_and_the_header():
    data = make()
    header, payload = open_at_upper(data)
    assert payload == ROWS
    assert header == read_header(data) == Header(
        format=FORMAT, kind="changes", suite=DEFAULT.name, sender_unit=UNIT,
        sender_key_id=key_id(DEFAULT.signing_public(UNIT_SIGNING)), recipient_unit=UPPER,
        recipient_key_id=key_id(UPPER_ENCRYPTION_PUBLIC), created_at="2026-11-23T08:15:00Z")
    assert ROWS not in data and zlib.compress(ROWS, 9) not in data  # encrypted, not just packed
    assert make() != data  # a fresh ephemeral key and nonce every time


def test_an_ack_goes_down_and_an_empty_payload_travels():
    unit_encryption = DEFAULT.new_encryption_key()
    upper_signing = DEFAULT.new_signing_key()
    data = make(payload=b"", kind="ack", sender_unit=UPPER, recipient_unit=UNIT,
                signing_private=upper_signing,
                recipient_public=DEFAULT.encryption_public(unit_encryption))
    header, payload = open_at_upper(
        data, recipient_unit=UNIT, encryption_private=unit_encryption,
        signing_key_for=lambda unit, kid: DEFAULT.signing_public(upper_signing))
    assert (header.kind, header.sender_unit, payload) == ("ack", UPPER, b"")


def test_created_at_defaults_to_now_in_utc():
    stamp = read_header(make(created_at=None)).created_at
    assert len(stamp) == 20 and stamp.endswith("Z") and stamp[10] == "T"


def test_a_package_for_another_unit_is_refused():
    assert refusal(make(recipient_unit="320200")) == "wrong_recipient"


def test_a_package_for_another_key_of_the_same_unit_is_refused():
    # e.g. the upper office renewed its keys and the unit still had the old ones
    old = DEFAULT.encryption_public(DEFAULT.new_encryption_key())
    assert refusal(make(recipient_public=old)) == "wrong_recipient"


def test_an_unregistered_sender_or_key_is_refused_before_any_cryptography():
    assert refusal(make(sender_unit="320102")) == "unknown_sender"
    assert refusal(make(signing_private=DEFAULT.new_signing_key())) == "unknown_sender"
    # a register that answers with a key other than the one named is not trusted either
    stranger = DEFAULT.signing_public(DEFAULT.new_signing_key())
    assert refusal(make(), signing_key_for=lambda unit, kid: stranger) == "unknown_sender"


def test_the_sender_is_looked_up_by_unit_and_key_id():
    asked = []
    open_at_upper(make(), signing_key_for=lambda *a: asked.append(a) or registered(*a))
    assert asked == [(UNIT, key_id(DEFAULT.signing_public(UNIT_SIGNING)))]


def flip(data: bytes, position: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


def test_a_flipped_signature_byte_is_forged():
    data = make()
    at = layout(data)
    assert refusal(flip(data, at["signature"].start + 3)) == "forged"
    assert refusal(flip(data, at["signature"].stop - 1)) == "forged"


def test_a_flipped_header_byte_is_forged_when_the_header_still_parses():
    data = make()
    at = layout(data)
    position = data.index(b"08:15:00Z") + 1  # 08 → 09 o'clock: a valid header, not the signed one
    assert refusal(flip(data, position)) == "forged"
    assert at["header"].start < position < at["header"].stop


def test_a_flipped_ciphertext_byte_is_forged():
    data = make()
    at = layout(data)
    for position in (at["sealed"].start, at["sealed"].start + 40, at["sealed"].stop - 1):
        assert refusal(flip(data, position)) == "forged"


def test_the_signature_is_checked_before_the_recipient():
    # a forged package addressed elsewhere is reported as forged, not as misaddressed
    data = make(recipient_unit="320200")
    assert refusal(flip(data, layout(data)["signature"].start)) == "forged"


def test_a_newer_format_is_refused_by_number_before_its_layout_is_read():
    data = make()
    newer = data[:10] + (FORMAT + 1).to_bytes(2, "big") + b"anything at all"
    for check in (read_header, lambda d: open_at_upper(d)):
        with pytest.raises(PackageError) as caught:
            check(newer)
        assert caught.value.code == "format_newer" and caught.value.params["format"] == 2


def test_an_unknown_suite_is_refused_and_a_registered_one_is_used(monkeypatch):
    national = dataclasses.replace(DEFAULT, name="sm2-sm3-sm4-v1")  # same maths, another name
    data = make(suite=national)
    assert read_header(data).suite == "sm2-sm3-sm4-v1"
    assert refusal(data) == "unknown_suite"
    monkeypatch.setitem(suites._SUITES, national.name, national)
    assert open_at_upper(data)[1] == ROWS


def test_a_signed_package_that_does_not_decrypt_is_undecryptable():
    data = make()
    other = DEFAULT.seal(UPPER_ENCRYPTION_PUBLIC, zlib.compress(ROWS), b"another header")
    assert refusal(resigned(data, other)) == "undecryptable"


def test_a_signed_payload_that_is_not_a_whole_zlib_stream_is_damaged():
    data = make()
    aad = data[:layout(data)["header"].stop]
    for plain in (b"not zlib", zlib.compress(ROWS)[:-3], zlib.compress(ROWS) + b"tail"):
        sealed = DEFAULT.seal(UPPER_ENCRYPTION_PUBLIC, plain, aad)
        assert refusal(resigned(data, sealed)) == "damaged"


def test_a_payload_beyond_the_cap_is_too_large_and_the_cap_itself_passes():
    bomb = make(payload=bytes(2 * 2**20))  # 2 MiB of zeros: about 2 kB packed
    assert len(bomb) < 10_000
    assert refusal(bomb, max_payload=2**20) == "too_large"
    assert open_at_upper(bomb, max_payload=2 * 2**20)[1] == bytes(2 * 2**20)
    assert refusal(bomb, max_payload=2 * 2**20 - 1) == "too_large"
    assert open_at_upper(make(payload=b""), max_payload=0)[1] == b""


def test_something_else_is_not_a_package_and_a_cut_magic_is_damaged():
    for data, code in ((b"PK\x03\x04 a zip file", "not_a_package"),
                       (json.dumps({"rows": []}).encode(), "not_a_package"),
                       (b"", "damaged"), (make()[:6], "damaged")):
        with pytest.raises(PackageError) as caught:
            read_header(data)
        assert caught.value.code == code


def test_every_code_is_reached_above_and_errors_carry_their_code():
    error = PackageError("forged", "the signature does not match", unit=UNIT)
    assert (error.code, str(error), error.params) == ("forged", "the signature does not match",
                                                      {"unit": UNIT})
    assert str(PackageError("damaged")) == "damaged"
    assert set(CODES) == {"damaged", "not_a_package", "format_newer", "unknown_suite",
                          "unknown_sender", "wrong_recipient", "forged", "undecryptable",
                          "too_large"}
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.message, copy.params) == (error.code, error.message, error.params)
    with pytest.raises(ValueError):
        PackageError("broken")


def test_seal_refuses_malformed_arguments():
    for bad in (dict(kind="push"), dict(sender_unit="../etc"), dict(recipient_unit="3"),
                dict(created_at=""), dict(created_at="2026-11-23 08:15:00"),
                dict(created_at="2026-13-40T08:15:00Z")):
        with pytest.raises(ValueError):
            make(**bad)


def test_file_names_say_who_to_whom_what_and_when():
    header = read_header(make())
    assert (package_file_name(header, 1, 250)
            == "320101-to-320100-changes-000001-000250-20261123T081500Z.zjpkg")
    assert (package_file_name(header, 1_000_000, 1_000_001)
            == "320101-to-320100-changes-1000000-1000001-20261123T081500Z.zjpkg")
    ack = dataclasses.replace(header, kind="ack", sender_unit=UPPER, recipient_unit=UNIT)
    assert package_file_name(ack, None, None) == "320100-to-320101-ack-20261123T081500Z.zjpkg"
    assert (package_file_name(ack, 3, 7)
            == "320100-to-320101-ack-000003-000007-20261123T081500Z.zjpkg")
    for first, last in ((1, None), (5, 4), (-1, 2)):
        with pytest.raises(ValueError):
            package_file_name(header, first, last)
    with pytest.raises(ValueError):
        package_file_name(dataclasses.replace(header, sender_unit="a/b"), 1, 2)
