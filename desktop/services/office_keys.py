"""This office's keys (密钥): created at set-up, private halves in the KeyStore of the user's
data folder, the public halves recorded in the database (`app_meta` "own_public_keys") so that
the program can show the fingerprint, export the public-key file and check that the private
keys it loads are the ones this database was set up with."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain import permissions
from desktop.paths import user_data_dir
from desktop.security.keystore import (ROLES, KeyStore, KeyStoreError, OfficeKeys, PublicKeys,
                                       check_passphrase, generate_keys, write_atomically)
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office

OWN_PUBLIC_KEYS = "own_public_keys"


def office_keystore() -> KeyStore:
    return KeyStore(user_data_dir())


def keyring_available() -> bool:
    """Whether this computer has a usable keyring; without one, keys need a passphrase."""
    return office_keystore().keyring_available()


def own_public_keys(conn) -> PublicKeys | None:
    """The office's own public keys as recorded at set-up; None before keys were created.
    KeyFileError if the record is damaged."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (OWN_PUBLIC_KEYS,)).fetchone()
    if row is None:
        return None
    return PublicKeys.from_file_bytes(row[0].encode("utf-8"))


@dataclass(frozen=True)
class KeyStatus:
    """What the settings page and `zhenjian keys show` say about the office's keys."""
    public: PublicKeys | None
    location: str | None  # "keyring" | "file" | None (not on this computer)
    keyring_available: bool


def key_status(office: Office) -> KeyStatus:
    store = office_keystore()
    try:
        location = store.location(office.unit_code)
    except KeyStoreError:
        location = None
    return KeyStatus(own_public_keys(office.reader), location, store.keyring_available())


def create_office_keys(office: Office, *, passphrase: str | None = None,
                       role: str | None = None, replace: bool = False) -> PublicKeys:
    """Generate the office's key pairs, keep the private keys (keyring, or a file encrypted
    with `passphrase` where there is no keyring) and record the public keys in the database.
    `role` defaults to the database's mode. Refuses (ValidationFailed "keys.exist") when the
    office or this computer already holds keys for the unit, unless `replace`; raises
    KeyStoreError "no_keyring" / "weak_passphrase" with nothing changed."""
    role = role or office.meta("mode") or "grassroots"
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    if passphrase is not None:
        check_passphrase(passphrase)
    store = office_keystore()
    if not replace:
        if own_public_keys(office.reader) is not None:
            raise ValidationFailed([FieldError("keys", "keys.exist",
                                               "this office already has keys")])
        if store.location(office.unit_code) is not None:
            # Keys of another database of the same unit code: replacing them would lock that
            # database out of its own packages.
            raise ValidationFailed([FieldError(
                "keys", "keys.exist_elsewhere",
                f"this computer already keeps private keys for unit {office.unit_code}")])
    keys = generate_keys()
    public = PublicKeys.of(keys, unit_code=office.unit_code, unit_name=office.unit_name,
                           role=role)
    store.save(office.unit_code, keys, passphrase=passphrase)
    try:
        with office.transaction(permissions.SYNC_SETUP) as session:
            session.connection().exec_driver_sql(
                "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
                (OWN_PUBLIC_KEYS, public.to_file_bytes().decode("utf-8")))
    except BaseException:
        if not replace:
            store.delete(office.unit_code)
        raise
    return public


def export_public_keys(office: Office, path: Path | str) -> PublicKeys:
    """Write the office's public-key file (.zjkey) to `path`, atomically. NotFound before the
    keys were created; OSError when the file cannot be written."""
    public = own_public_keys(office.reader)
    if public is None:
        raise NotFound("this office has no keys yet")
    write_atomically(Path(path), public.to_file_bytes(), mode=0o644)
    return public


def load_office_keys(office: Office, *, passphrase: str | None = None) -> OfficeKeys:
    """The office's private keys, checked against the public keys recorded in the database:
    KeyStoreError "damaged" when they are another pair (e.g. replaced by another database of
    the same unit code), "missing" when the office has no keys."""
    public = own_public_keys(office.reader)
    if public is None:
        raise KeyStoreError("missing", "this office has no keys yet")
    return load_matching_keys(office.unit_code, public, passphrase=passphrase)


def load_matching_keys(unit_code: str, public: PublicKeys, *,
                       passphrase: str | None = None) -> OfficeKeys:
    """The private keys of `unit_code` from this computer's key store, if they are the pair
    of `public`. Touches no database, so a worker thread may call it (the keyring and the
    passphrase's key derivation take time)."""
    keys = office_keystore().load(unit_code, passphrase=passphrase)
    if (keys.suite, keys.signing_public, keys.encryption_public) != (
            public.suite, public.signing_public, public.encryption_public):
        raise KeyStoreError("damaged", "the private keys on this computer are not the ones "
                            "this database was set up with")
    return keys
