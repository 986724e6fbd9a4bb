"""The golden package of container format 1 (tests/fixtures, made once by
make_golden_package.py): every later version of the program must still open these bytes."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.sync.container import Header, PackageError, open_package, read_header

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The committed bytes, pinned: a remade golden file would prove nothing about old packages.
SHA256 = "da660b04d07e9cd636cd8e0b118dc6de6c93540d8f8ffcf0d72bf8f82791670c"


def golden():
    data = (FIXTURES / "package-format-1.zjpkg").read_bytes()
    keys = json.loads((FIXTURES / "package-format-1-keys.json").read_text(encoding="utf-8"))
    return data, keys


def open_golden(data, keys, **overrides):
    args = dict(
        signing_key_for=lambda unit, kid: (bytes.fromhex(keys["sender_signing_public"])
                                           if unit == keys["sender_unit"] else None),
        recipient_unit=keys["recipient_unit"],
        encryption_private=bytes.fromhex(keys["recipient_encryption_private"]))
    args.update(overrides)
    return open_package(data, **args)


def test_the_golden_package_is_the_committed_one():
    data, _ = golden()
    assert hashlib.sha256(data).hexdigest() == SHA256


def test_the_format_1_golden_package_still_opens():
    data, keys = golden()
    expected = Header(**keys["expected_header"])
    assert read_header(data) == expected
    header, payload = open_golden(data, keys)
    assert header == expected
    assert header.format == 1 and header.kind == "changes"
    assert (header.sender_unit, header.recipient_unit) == ("320101", "320100")
    assert payload.decode("utf-8") == keys["expected_payload"]
    assert json.loads(payload)["changes"][1]["row"]["case_name"] == "刘思远盗窃案"


def test_the_golden_package_is_still_refused_to_others():
    data, keys = golden()
    with pytest.raises(PackageError) as caught:
        open_golden(data, keys, recipient_unit="320200")
    assert caught.value.code == "wrong_recipient"
    with pytest.raises(PackageError) as caught:
        open_golden(data, keys, signing_key_for=lambda unit, kid: None)
    assert caught.value.code == "unknown_sender"
