"""The default cryptographic suite: signatures verify only the signed bytes under the right
key; sealed bytes open only with the recipient's key and the same associated data."""
import pytest

from desktop.security.suites import (DEFAULT, CryptoError, fingerprint, get_suite, key_id)


def test_signatures_bind_the_message_and_the_key():
    private = DEFAULT.new_signing_key()
    public = DEFAULT.signing_public(private)
    signature = DEFAULT.sign(private, b"package")
    DEFAULT.verify(public, b"package", signature)
    with pytest.raises(CryptoError):
        DEFAULT.verify(public, b"packagf", signature)
    other = DEFAULT.signing_public(DEFAULT.new_signing_key())
    with pytest.raises(CryptoError):
        DEFAULT.verify(other, b"package", signature)
    with pytest.raises(CryptoError):
        DEFAULT.verify(public, b"package", signature[:-1] + bytes([signature[-1] ^ 1]))


def test_sealed_bytes_open_only_for_the_recipient_with_the_same_header():
    recipient = DEFAULT.new_encryption_key()
    public = DEFAULT.encryption_public(recipient)
    sealed = DEFAULT.seal(public, b"rows", b"header")
    assert b"rows" not in sealed
    assert DEFAULT.open(recipient, sealed, b"header") == b"rows"
    assert DEFAULT.seal(public, b"rows", b"header") != sealed  # fresh key and nonce each time
    with pytest.raises(CryptoError):
        DEFAULT.open(recipient, sealed, b"other header")
    with pytest.raises(CryptoError):
        DEFAULT.open(DEFAULT.new_encryption_key(), sealed, b"header")
    for i in (0, 40, len(sealed) - 1):  # ephemeral key, nonce, tag
        flipped = bytearray(sealed)
        flipped[i] ^= 0x01
        with pytest.raises(CryptoError):
            DEFAULT.open(recipient, bytes(flipped), b"header")
    with pytest.raises(CryptoError):
        DEFAULT.open(recipient, sealed[:50], b"header")


def test_bad_keys_and_unknown_suites_are_crypto_errors():
    with pytest.raises(CryptoError):
        DEFAULT.sign(b"short", b"x")
    with pytest.raises(CryptoError):
        DEFAULT.seal(b"\x00" * 5, b"x", b"")
    with pytest.raises(CryptoError):
        get_suite("sm2-sm3-sm4-v1")
    assert get_suite(DEFAULT.name) is DEFAULT


def test_key_ids_and_fingerprints_are_stable_and_readable():
    public = bytes(range(32))
    assert key_id(public) == key_id(bytes(range(32))) and len(key_id(public)) == 16
    text = fingerprint(public, bytes(32))
    assert len(text.split(" ")) == 8 and all(len(g) == 4 for g in text.split(" "))
    assert text != fingerprint(bytes(32), public)
