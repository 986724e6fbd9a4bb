"""Two offices with real keys for the container tests: unit 320101 (青山县院) sends to its
upper office 320100 (临江市院). Keys are made once per test run."""
from __future__ import annotations

from desktop.security.suites import DEFAULT, key_id
from desktop.sync.container import open_package, seal

UNIT, UPPER = "320101", "320100"
UNIT_SIGNING = DEFAULT.new_signing_key()
UPPER_ENCRYPTION = DEFAULT.new_encryption_key()
UPPER_ENCRYPTION_PUBLIC = DEFAULT.encryption_public(UPPER_ENCRYPTION)
ROWS = b'[{"table":"arrest_requests","id":"01a2","version":1,"row":{"suspect":"\xe5\x88\x98"}}]'


def registered(unit: str, kid: str) -> bytes | None:
    """The upper office's register of its units' signing keys (only 320101 is registered)."""
    public = DEFAULT.signing_public(UNIT_SIGNING)
    return public if (unit, kid) == (UNIT, key_id(public)) else None


def make(payload: bytes = ROWS, **overrides) -> bytes:
    args = dict(kind="changes", sender_unit=UNIT, recipient_unit=UPPER, payload=payload,
                signing_private=UNIT_SIGNING, recipient_public=UPPER_ENCRYPTION_PUBLIC,
                created_at="2026-11-23T08:15:00Z")
    args.update(overrides)
    return seal(**args)


def open_at_upper(data: bytes, **overrides):
    args = dict(signing_key_for=registered, recipient_unit=UPPER,
                encryption_private=UPPER_ENCRYPTION)
    args.update(overrides)
    return open_package(data, **args)


def layout(data: bytes) -> dict[str, slice]:
    """Where each field of a format-1 package lies, read from the bytes by the documented layout
    (container.py), independently of the parser under test."""
    magic = 10
    header_length = int.from_bytes(data[magic + 2:magic + 4], "big")
    header_end = magic + 4 + header_length
    sealed_length = int.from_bytes(data[header_end:header_end + 8], "big")
    sealed_end = header_end + 8 + sealed_length
    return {"magic": slice(0, magic), "format": slice(magic, magic + 2),
            "header_length": slice(magic + 2, magic + 4),
            "header": slice(magic + 4, header_end),
            "sealed_length": slice(header_end, header_end + 8),
            "sealed": slice(header_end + 8, sealed_end),
            "signature_length": slice(sealed_end, sealed_end + 2),
            "signature": slice(sealed_end + 2, len(data))}


def resigned(data: bytes, sealed: bytes, signing_private: bytes = UNIT_SIGNING) -> bytes:
    """The package with other sealed bytes, signed again by the sender: what a registered
    sender with a broken program could send."""
    at = layout(data)
    signed = data[:at["sealed_length"].start] + len(sealed).to_bytes(8, "big") + sealed
    signature = DEFAULT.sign(signing_private, signed)
    return signed + len(signature).to_bytes(2, "big") + signature
