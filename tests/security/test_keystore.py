"""The office's key pairs: keyring when there is one, a passphrase-encrypted file when not,
and the public-key file with its fingerprint."""
import json
import os
import stat

import pytest

from desktop.security.keystore import (KEYRING_SERVICE, KeyFileError, KeyStore, KeyStoreError,
                                       PublicKeys, generate_keys)
from desktop.security.suites import DEFAULT, fingerprint

PASS = "correct horse"


def public_of(keys, role="grassroots"):
    return PublicKeys.of(keys, unit_code="320101", unit_name="青山县人民检察院", role=role)


def test_generated_keys_sign_and_open_with_their_public_halves():
    keys = generate_keys()
    assert keys.suite == DEFAULT.name
    message = b"package header"
    DEFAULT.verify(keys.signing_public, message, DEFAULT.sign(keys.signing_private, message))
    sealed = DEFAULT.seal(keys.encryption_public, b"rows", b"aad")
    assert DEFAULT.open(keys.encryption_private, sealed, b"aad") == b"rows"
    assert keys.fingerprint == fingerprint(keys.signing_public, keys.encryption_public)
    assert len(keys.signing_key_id) == 16 and keys.signing_key_id != keys.encryption_key_id
    assert keys.signing_private.hex() not in repr(keys)
    assert generate_keys().fingerprint != keys.fingerprint


def test_public_key_file_round_trip():
    keys = generate_keys()
    public = public_of(keys, role="upper")
    data = public.to_file_bytes()
    body = json.loads(data)
    assert body["format"] == 1 and body["fingerprint"] == keys.fingerprint
    assert keys.signing_private not in data and keys.encryption_private not in data
    again = PublicKeys.from_file_bytes(data)
    assert again == public
    assert (again.fingerprint, again.signing_key_id, again.encryption_key_id) == (
        keys.fingerprint, keys.signing_key_id, keys.encryption_key_id)


def altered(data: bytes, **changes) -> bytes:
    """The file with `changes`, its checksum recomputed as someone altering it would."""
    from desktop.security.keystore import _checksum

    body = json.loads(data)
    body.update(changes)
    body["checksum"] = _checksum(body)
    return json.dumps(body).encode()


@pytest.mark.parametrize("change, code", [
    ({"fingerprint": "0000 0000 0000 0000 0000 0000 0000 0000"}, "fingerprint"),
    ({"suite": "sm2-sm3-sm4-v1"}, "suite"),
    ({"format": 2}, "format"),
    ({"role": "chief"}, "damaged"),
    ({"signing_public": "not base64!"}, "damaged"),
    ({"kind": "something else"}, "damaged"),
    ({"unit_name": None}, "damaged"),
])
def test_a_damaged_or_foreign_public_key_file_is_refused(change, code):
    data = public_of(generate_keys()).to_file_bytes()
    with pytest.raises(KeyFileError) as exc:
        PublicKeys.from_file_bytes(altered(data, **change))
    assert exc.value.code == code


def test_a_public_key_of_the_wrong_size_or_swapped_is_refused():
    import base64

    keys = generate_keys()
    data = public_of(keys).to_file_bytes()
    short = base64.b64encode(keys.signing_public[:31]).decode()
    with pytest.raises(KeyFileError) as exc:
        PublicKeys.from_file_bytes(altered(data, signing_public=short))
    assert exc.value.code == "size"
    # Another office's key with this file's fingerprint: the fingerprint gives it away.
    other = base64.b64encode(generate_keys().signing_public).decode()
    with pytest.raises(KeyFileError) as exc:
        PublicKeys.from_file_bytes(altered(data, signing_public=other))
    assert exc.value.code == "fingerprint"


def test_every_flipped_byte_of_a_public_key_file_is_refused():
    data = public_of(generate_keys()).to_file_bytes()
    for i in range(len(data)):
        for bit in (0x01, 0x20):
            flipped = bytearray(data)
            flipped[i] ^= bit
            with pytest.raises(KeyFileError):
                PublicKeys.from_file_bytes(bytes(flipped))
    for cut in (0, 1, len(data) // 2, len(data) - 3):
        with pytest.raises(KeyFileError):
            PublicKeys.from_file_bytes(data[:cut])


def test_keys_go_into_the_keyring_when_there_is_one(memory_keyring, key_data_dir):
    store = KeyStore(key_data_dir)
    keys = generate_keys()
    assert store.keyring_available()
    assert store.location("320101") is None
    assert store.save("320101", keys) == "keyring"
    assert store.location("320101") == "keyring" and not store.needs_passphrase("320101")
    assert store.load("320101") == keys
    assert list(memory_keyring.secrets) == [(KEYRING_SERVICE, "320101")]
    assert not (key_data_dir / "keys").exists() or not any((key_data_dir / "keys").iterdir())
    memory_keyring.secrets[(KEYRING_SERVICE, "320101")] = "{not json"
    with pytest.raises(KeyStoreError) as exc:
        store.load("320101")
    assert exc.value.code == "damaged"
    store.delete("320101")
    with pytest.raises(KeyStoreError) as exc:
        store.load("320101")
    assert exc.value.code == "missing"


def test_without_a_keyring_a_passphrase_is_needed(no_keyring, key_data_dir):
    store = KeyStore(key_data_dir)
    assert not store.keyring_available()
    with pytest.raises(KeyStoreError) as exc:
        store.save("320101", generate_keys())
    assert exc.value.code == "no_keyring"
    with pytest.raises(KeyStoreError) as exc:
        store.save("320101", generate_keys(), passphrase="short")
    assert exc.value.code == "weak_passphrase"
    assert store.location("320101") is None
    with pytest.raises(KeyStoreError) as exc:
        store.load("320101")
    assert exc.value.code == "missing"


def test_the_key_file_is_encrypted_private_and_opens_only_with_its_passphrase(no_keyring,
                                                                               key_data_dir):
    store = KeyStore(key_data_dir)
    keys = generate_keys()
    assert store.save("320101", keys, passphrase=PASS) == "file"
    path = store.key_file("320101")
    assert path.parent.parent == key_data_dir
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = path.read_bytes()
    for secret in (keys.signing_private, keys.encryption_private):
        import base64

        assert secret not in data
        assert base64.b64encode(secret) not in data and secret.hex().encode() not in data
    assert PASS.encode() not in data
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    assert store.location("320101") == "file" and store.needs_passphrase("320101")
    assert store.load("320101", passphrase=PASS) == keys
    with pytest.raises(KeyStoreError) as exc:
        store.load("320101", passphrase="wrong horse")
    assert exc.value.code == "wrong_passphrase"
    with pytest.raises(KeyStoreError) as exc:
        store.load("320101")
    assert exc.value.code == "no_keyring"


def test_a_damaged_key_file_says_damaged_not_wrong_passphrase(no_keyring, key_data_dir):
    store = KeyStore(key_data_dir)
    store.save("320101", generate_keys(), passphrase=PASS)
    path = store.key_file("320101")
    good = path.read_bytes()
    for i in range(len(good)):
        flipped = bytearray(good)
        flipped[i] ^= 0x04
        path.write_bytes(bytes(flipped))
        with pytest.raises(KeyStoreError) as exc:
            store.load("320101", passphrase=PASS)
        assert exc.value.code == "damaged", i
    for cut in (0, 10, len(good) // 2, len(good) - 1):
        path.write_bytes(good[:cut])
        with pytest.raises(KeyStoreError) as exc:
            store.load("320101", passphrase=PASS)
        assert exc.value.code == "damaged"
    # A file copied to another unit's name does not open as that unit's keys.
    path.write_bytes(good)
    os.replace(path, store.key_file("320102"))
    with pytest.raises(KeyStoreError) as exc:
        store.load("320102", passphrase=PASS)
    assert exc.value.code == "damaged"


def test_saving_again_replaces_the_keys_wherever_they_were(memory_keyring, key_data_dir):
    import keyring
    from keyring.backends import fail

    store = KeyStore(key_data_dir)
    keyring.set_keyring(fail.Keyring())
    first = generate_keys()
    store.save("320101", first, passphrase=PASS)
    keyring.set_keyring(memory_keyring)
    second = generate_keys()
    assert store.save("320101", second, passphrase=PASS) == "keyring"  # passphrase not needed
    assert not store.key_file("320101").exists()
    assert store.load("320101") == second


def test_a_plaintext_keyring_from_keyrings_alt_does_not_count(memory_keyring, key_data_dir):
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends.chainer import ChainerBackend

    class PlaintextKeyring(KeyringBackend):  # how keyrings.alt's file backend presents itself
        priority = 0.5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("a private key must not reach a plaintext keyring")

        def delete_password(self, service, username):
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(PlaintextKeyring())
        store = KeyStore(key_data_dir)
        assert not store.keyring_available()
        with pytest.raises(KeyStoreError) as exc:
            store.save("320101", generate_keys())
        assert exc.value.code == "no_keyring"
        class Chain(ChainerBackend):  # a secure keyring chained with a plaintext one
            backends = [memory_keyring, PlaintextKeyring()]

        keyring.set_keyring(Chain())
        assert not store.keyring_available()
        Chain.backends = [memory_keyring]
        assert store.keyring_available()
    finally:
        keyring.set_keyring(previous)


def test_a_file_altered_without_its_checksum_is_damaged():
    data = public_of(generate_keys()).to_file_bytes()
    body = json.loads(data)
    body["unit_code"] = "320102"
    with pytest.raises(KeyFileError) as exc:
        PublicKeys.from_file_bytes(json.dumps(body).encode())
    assert exc.value.code == "damaged"
