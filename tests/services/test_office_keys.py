"""The office's own keys: created once, private halves kept on this computer, public halves
recorded in the database and exported as a file."""
import stat

import pytest

from desktop.security.keystore import KeyStoreError, PublicKeys
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.office_keys import (create_office_keys, export_public_keys, key_status,
                                          load_office_keys, office_keystore, own_public_keys)

PASS = "correct horse"


def test_keys_in_the_keyring_recorded_in_the_database(office, memory_keyring):
    assert own_public_keys(office.reader) is None
    public = create_office_keys(office)
    assert (public.unit_code, public.unit_name, public.role) == (
        "320101", "青山县人民检察院", "grassroots")
    assert own_public_keys(office.reader) == public
    status = key_status(office)
    assert (status.public, status.location, status.keyring_available) == (public, "keyring",
                                                                          True)
    keys = load_office_keys(office)
    assert keys.fingerprint == public.fingerprint
    # The private keys are nowhere in the database: not in app_meta, outbox or audit chain.
    dump = "\n".join(office.reader.iterdump()).encode()
    for secret in (keys.signing_private, keys.encryption_private):
        import base64

        assert base64.b64encode(secret) not in dump and secret.hex().encode() not in dump


def test_keys_are_not_replaced_by_accident(office, memory_keyring):
    first = create_office_keys(office)
    with pytest.raises(ValidationFailed) as exc:
        create_office_keys(office)
    assert exc.value.errors[0].code == "keys.exist"
    assert own_public_keys(office.reader) == first
    second = create_office_keys(office, replace=True)
    assert second.fingerprint != first.fingerprint
    assert load_office_keys(office).fingerprint == second.fingerprint


def test_another_database_of_the_same_unit_does_not_take_over_its_keys(office, memory_keyring,
                                                                       tmp_path, office_setup):
    from desktop.services.setup import create_office

    create_office_keys(office)
    twin = create_office(tmp_path / "twin.sqlite3", office_setup)
    try:
        with pytest.raises(ValidationFailed) as exc:
            create_office_keys(twin)
        assert exc.value.errors[0].code == "keys.exist_elsewhere"
        assert load_office_keys(office).fingerprint == own_public_keys(office.reader).fingerprint
        # Forced, the twin takes the unit's entry, and the first office notices the mismatch.
        create_office_keys(twin, replace=True)
        with pytest.raises(KeyStoreError) as err:
            load_office_keys(office)
        assert err.value.code == "damaged"
    finally:
        twin.close()


def test_without_a_keyring_a_passphrase_file_and_nothing_half_done(office, no_keyring):
    with pytest.raises(KeyStoreError) as exc:
        create_office_keys(office)
    assert exc.value.code == "no_keyring"
    with pytest.raises(KeyStoreError) as exc:
        create_office_keys(office, passphrase="1234567")
    assert exc.value.code == "weak_passphrase"
    assert own_public_keys(office.reader) is None
    assert office_keystore().location("320101") is None

    public = create_office_keys(office, passphrase=PASS, role="upper")
    assert public.role == "upper"
    status = key_status(office)
    assert (status.location, status.keyring_available) == ("file", False)
    with pytest.raises(KeyStoreError) as exc:
        load_office_keys(office)
    assert exc.value.code == "no_keyring"
    with pytest.raises(KeyStoreError) as exc:
        load_office_keys(office, passphrase="wrong horse")
    assert exc.value.code == "wrong_passphrase"
    assert load_office_keys(office, passphrase=PASS).fingerprint == public.fingerprint


def test_export_writes_the_public_key_file(office, memory_keyring, tmp_path):
    with pytest.raises(NotFound):
        export_public_keys(office, tmp_path / "none.zjkey")
    assert not (tmp_path / "none.zjkey").exists()
    public = create_office_keys(office)
    out = tmp_path / "usb" / "320101.zjkey"
    out.parent.mkdir()
    assert export_public_keys(office, out) == public
    assert PublicKeys.from_file_bytes(out.read_bytes()) == public
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert sorted(p.name for p in out.parent.iterdir()) == ["320101.zjkey"]


def test_the_role_follows_the_database_mode(office, memory_keyring):
    with office.transaction("settings") as session:
        session.connection().exec_driver_sql(
            "UPDATE app_meta SET value = 'upper' WHERE key = 'mode'")
    assert create_office_keys(office).role == "upper"


def test_a_failed_database_write_leaves_no_keys_behind(office, memory_keyring):
    import sqlite3

    conn = sqlite3.connect(office.db.path)
    conn.execute("CREATE TRIGGER refuse_keys BEFORE INSERT ON app_meta "
                 "WHEN NEW.key = 'own_public_keys' BEGIN SELECT RAISE(ABORT, 'refused'); END")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="refused"):
        create_office_keys(office)
    assert memory_keyring.secrets == {}
    assert own_public_keys(office.reader) is None
