"""The backup key (备份密钥) of a unit: a key pair whose public half encrypts backups and whose
private half (a random 32-byte X25519 key) opens them.

Why a pair and not one symmetric key: backups run unattended — at start and daily — and on a
computer without a keyring the private half sits in a passphrase-protected file. With a pair the
program writes a backup with the public half alone (kept in the database, not secret) and asks
for the passphrase only to restore.

The private half is kept exactly like the office's private keys (security/keystore.py): in the
OS keyring (service "zhenjian-desk", entry "backup/<unit>"), or where there is none in a file
encrypted with a passphrase (scrypt + ChaCha20-Poly1305, the key store's own file format), never
in plain text.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.security.keystore import (KeyStore, KeyStoreError, _b64, _decrypt_file,
                                       _encrypt_file, _unb64, check_passphrase)
from desktop.security.suites import DEFAULT, CryptoError, get_suite, key_id

BACKUP_KEY_FORMAT = 1
_KIND = "zhenjian-backup-key"


@dataclass(frozen=True)
class BackupKey:
    suite: str
    private: bytes = field(repr=False)

    @property
    def public(self) -> bytes:
        return get_suite(self.suite).encryption_public(self.private)

    @property
    def key_id(self) -> str:
        return key_id(self.public)


def generate_backup_key() -> BackupKey:
    return BackupKey(DEFAULT.name, DEFAULT.new_encryption_key())


class BackupKeyStore:
    """Where this computer keeps the backup keys of its units (one per unit code): the key
    store's own keeping, under the keyring entry "backup/<unit>" and a file of its own."""

    def __init__(self, data_dir: Path):
        self._keys = KeyStore(data_dir, entry="backup/", suffix=".zjbackupkey",
                              what="backup key")

    def key_file(self, unit_code: str) -> Path:
        return self._keys.key_file(unit_code)

    def keyring_available(self) -> bool:
        return self._keys.keyring_available()

    def location(self, unit_code: str) -> str | None:
        return self._keys.location(unit_code)

    def save(self, unit_code: str, key: BackupKey, *, passphrase: str | None = None) -> str:
        """Keyring when there is one, else a file encrypted with `passphrase`; "keyring" or
        "file". KeyStoreError "no_keyring" without either."""
        return self._keys.save_secret(unit_code, _secret(key), passphrase=passphrase)

    def load(self, unit_code: str, *, passphrase: str | None = None) -> BackupKey:
        return _parse(self._keys.load_secret(unit_code, passphrase=passphrase))

    def export(self, unit_code: str, key: BackupKey, passphrase: str) -> bytes:
        """The key as a recovery file (the key-file format, under `passphrase`): kept away from
        this computer — a safe, a second office — it opens the backups after this computer's
        disk is lost, which the keyring cannot."""
        check_passphrase(passphrase)
        return _encrypt_file(unit_code, _secret(key).encode("utf-8"), passphrase)

    @staticmethod
    def load_exported(unit_code: str, data: bytes, passphrase: str) -> BackupKey:
        """A key from a recovery file; KeyStoreError "wrong_passphrase" / "damaged"."""
        return _parse(_decrypt_file(unit_code, data, passphrase))

    def delete(self, unit_code: str) -> None:
        self._keys.delete(unit_code)


def _secret(key: BackupKey) -> str:
    return json.dumps({"kind": _KIND, "format": BACKUP_KEY_FORMAT, "suite": key.suite,
                       "private": _b64(key.private)})


def _parse(data: bytes) -> BackupKey:
    try:
        body = json.loads(data.decode("utf-8"))
        private = _unb64(body["private"])
        if body.get("kind") != _KIND or body.get("format") != BACKUP_KEY_FORMAT or not private:
            raise ValueError
        key = BackupKey(get_suite(body["suite"]).name, private)
        key.public  # a malformed key fails here
        return key
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, CryptoError):
        raise KeyStoreError("damaged", "the stored backup key is damaged") from None
