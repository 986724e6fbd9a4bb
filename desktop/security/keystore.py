"""The office's own key pairs (DESIGN §6, DOMAIN §9): where the private keys live, and the
public-key file that other offices register.

Private keys live in the operating system's keyring (service "zhenjian-desk", one entry per
unit). Where there is none — a machine without a desktop session, or only a plaintext keyring
such as keyrings.alt's — they go into a file in the data folder encrypted with a passphrase
(scrypt + ChaCha20-Poly1305), never in plain text. Private bytes are never logged, never put
in an exception message and never written to the database, the outbox or the audit chain.

`keyring` and `cryptography` load on first use: the window must start without them.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.security.suites import DEFAULT, CryptoError, fingerprint, get_suite, key_id

KEYRING_SERVICE = "zhenjian-desk"
PUBLIC_KEY_FORMAT = 1
PRIVATE_FILE_FORMAT = 1
PUBLIC_KEY_SUFFIX = ".zjkey"
ROLES = ("grassroots", "upper")  # 基层院 | 上级院
MIN_PASSPHRASE = 8
_MAX_KEY_FILE = 64 * 1024  # a public-key file is a few hundred bytes
# scrypt cost: about 32 MiB and a tenth of a second; a stolen file costs an attacker as much
# per guess. The limits refuse a doctored file that would make us allocate gigabytes.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2 ** 15, 8, 1
_SCRYPT_MAX_N, _SCRYPT_MAX_R, _SCRYPT_MAX_P = 2 ** 20, 16, 4
_UNIT = re.compile(r"^[0-9A-Za-z-]{1,64}$")


class KeyStoreError(Exception):
    """codes: "no_keyring" (no usable keyring: a passphrase is needed), "wrong_passphrase",
    "missing", "damaged", "weak_passphrase"."""

    def __init__(self, code: str, message: str = ""):
        super().__init__(message or code)
        self.code = code


class KeyFileError(Exception):
    """A public-key file that cannot be used. codes: "damaged", "format" (made by a newer
    version), "suite" (unknown suite), "size" (key of the wrong length), "fingerprint"."""

    def __init__(self, code: str, message: str = ""):
        super().__init__(message or code)
        self.code = code


@lru_cache(maxsize=None)
def _public_sizes(suite_name: str) -> tuple[int, int]:
    """The lengths of a suite's signing and encryption public keys, learnt from a throw-away
    key pair so that any registered suite is checked without knowing its algorithms."""
    suite = get_suite(suite_name)
    return (len(suite.signing_public(suite.new_signing_key())),
            len(suite.encryption_public(suite.new_encryption_key())))


@dataclass(frozen=True)
class OfficeKeys:
    """This office's two key pairs. The private halves stay out of repr()."""
    suite: str
    signing_private: bytes = field(repr=False)
    encryption_private: bytes = field(repr=False)

    @property
    def signing_public(self) -> bytes:
        return get_suite(self.suite).signing_public(self.signing_private)

    @property
    def encryption_public(self) -> bytes:
        return get_suite(self.suite).encryption_public(self.encryption_private)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public)

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.encryption_public)


def generate_keys(suite_name: str = DEFAULT.name) -> OfficeKeys:
    suite = get_suite(suite_name)
    return OfficeKeys(suite=suite.name, signing_private=suite.new_signing_key(),
                      encryption_private=suite.new_encryption_key())


@dataclass(frozen=True)
class PublicKeys:
    """What one office gives another: as a .zjkey file, and as a fingerprint read out over
    the phone to check that the file is the one that was sent."""
    unit_code: str
    unit_name: str
    role: str  # "grassroots" (基层院) | "upper" (上级院)
    suite: str
    signing_public: bytes
    encryption_public: bytes

    @classmethod
    def of(cls, keys: OfficeKeys, *, unit_code: str, unit_name: str, role: str) -> "PublicKeys":
        return cls(unit_code=unit_code, unit_name=unit_name, role=role, suite=keys.suite,
                   signing_public=keys.signing_public,
                   encryption_public=keys.encryption_public)

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public)

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.encryption_public)

    def to_file_bytes(self) -> bytes:
        body = {
            "kind": "zhenjian-public-keys", "format": PUBLIC_KEY_FORMAT,
            "unit_code": self.unit_code, "unit_name": self.unit_name, "role": self.role,
            "suite": self.suite,
            "signing_public": _b64(self.signing_public),
            "encryption_public": _b64(self.encryption_public),
            # Redundant on purpose: a file altered on the way no longer matches its own
            # fingerprint, and a person can compare this line with what was read out.
            "fingerprint": self.fingerprint,
        }
        body["checksum"] = _checksum(body)
        return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_file_bytes(cls, data: bytes) -> "PublicKeys":
        if len(data) > _MAX_KEY_FILE:
            raise KeyFileError("damaged", "not a public-key file (too large)")
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeyFileError("damaged", "not a public-key file (not JSON)") from None
        if not isinstance(body, dict) or body.get("kind") != "zhenjian-public-keys":
            raise KeyFileError("damaged", "not a Zhenjian public-key file")
        if body.get("format") != PUBLIC_KEY_FORMAT:
            raise KeyFileError("format", f"public-key file format {body.get('format')!r} "
                                         "is not known to this version")
        texts = {}
        for name in ("unit_code", "unit_name", "role", "suite", "signing_public",
                     "encryption_public", "fingerprint"):
            value = body.get(name)
            if not isinstance(value, str):
                raise KeyFileError("damaged", f"public-key file without {name}")
            texts[name] = value
        if texts["role"] not in ROLES or not _UNIT.match(texts["unit_code"]):
            raise KeyFileError("damaged", "public-key file with an unknown role or unit code")
        try:
            sizes = _public_sizes(texts["suite"])
        except CryptoError:
            raise KeyFileError("suite", f"unknown cryptographic suite {texts['suite']!r}") \
                from None
        signing, encryption = (_unb64(texts["signing_public"]),
                               _unb64(texts["encryption_public"]))
        if signing is None or encryption is None:
            raise KeyFileError("damaged", "public-key file with a malformed key")
        if (len(signing), len(encryption)) != sizes:
            raise KeyFileError("size", "public key of the wrong length for its suite")
        if body.get("checksum") != _checksum(body):
            raise KeyFileError("damaged", "the public-key file was altered or damaged")
        keys = cls(unit_code=texts["unit_code"], unit_name=texts["unit_name"],
                   role=texts["role"], suite=texts["suite"], signing_public=signing,
                   encryption_public=encryption)
        if keys.fingerprint != texts["fingerprint"]:
            raise KeyFileError("fingerprint", "the keys do not match the file's fingerprint")
        return keys


def _checksum(body: dict) -> str:
    """SHA-256 over the file's fields but itself: the fingerprint covers only the keys, this
    also the unit code, name and role, so that a damaged file is never taken for another
    unit's. (Not a signature: whoever alters the file can recompute it; the fingerprint read
    out over the phone is what proves the keys.)"""
    fields = {k: v for k, v in body.items() if k != "checksum"}
    canonical = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyStoreError("weak_passphrase",
                            f"the passphrase needs at least {MIN_PASSPHRASE} characters")


def _usable_backend(backend) -> bool:
    """A keyring that really keeps secrets: not the fail or null backend, and nothing from
    keyrings.alt, whose file backends keep the secret in plain text (or ask on a terminal)."""
    from keyring.backends import chainer, fail

    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module == "keyring.backends.null":
        return False
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        # The chain writes to the first backend that takes the secret: all must be safe.
        chained = list(backend.backends)
        return bool(chained) and all(_usable_backend(b) for b in chained)
    return True


class KeyStore:
    """The private keys of the units kept on this computer (one entry per unit code).

    The keeping itself — the OS keyring, or a passphrase-encrypted file where there is none —
    is the same for any secret of a unit: `entry` names the keyring entry ("" → the unit code
    itself; "backup/" → "backup/<unit>") and `suffix` the file, so the backup key
    (security/backup_keys.py) is kept by this same code."""

    def __init__(self, data_dir: Path, *, entry: str = "", suffix: str = ".zjpriv",
                 what: str = "private keys"):
        self.data_dir = Path(data_dir)
        self._entry, self._suffix, self._what = entry, suffix, what

    # -- where -----------------------------------------------------------------------------
    def keyring_available(self) -> bool:
        import keyring

        return _usable_backend(keyring.get_keyring())

    def key_file(self, unit_code: str) -> Path:
        if not _UNIT.match(unit_code):
            raise ValueError(f"not a unit code: {unit_code!r}")
        return self.data_dir / "keys" / f"{unit_code}{self._suffix}"

    def location(self, unit_code: str) -> str | None:
        """"file", "keyring" or None when this computer holds no keys for the unit."""
        if self.key_file(unit_code).exists():
            return "file"
        if self.keyring_available() and self._keyring_get(unit_code) is not None:
            return "keyring"
        return None

    def needs_passphrase(self, unit_code: str) -> bool:
        return self.location(unit_code) == "file"

    # -- save ------------------------------------------------------------------------------
    def save(self, unit_code: str, keys: OfficeKeys, *, passphrase: str | None = None) -> str:
        """Keep `keys` for the unit: in the keyring when there is one (then `passphrase` is
        not used), else in a passphrase-encrypted file. Returns "keyring" or "file"; replaces
        what was kept for the unit before, wherever it was."""
        return self.save_secret(unit_code, _private_json(keys), passphrase=passphrase)

    def save_secret(self, unit_code: str, secret: str, *,
                    passphrase: str | None = None) -> str:
        if passphrase is not None:
            check_passphrase(passphrase)
        if self.keyring_available():
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(KEYRING_SERVICE, self._name(unit_code), secret)
            except KeyringError:
                pass  # e.g. a locked keyring: fall back to the file if we may
            else:
                self.key_file(unit_code).unlink(missing_ok=True)
                return "keyring"
        if passphrase is None:
            raise KeyStoreError("no_keyring", "no usable keyring on this computer: a "
                                f"passphrase is needed to keep the {self._what} in a file")
        write_atomically(self.key_file(unit_code),
                         _encrypt_file(unit_code, secret.encode("utf-8"), passphrase),
                         make_folder=True)
        return "file"

    # -- load ------------------------------------------------------------------------------
    def load(self, unit_code: str, *, passphrase: str | None = None) -> OfficeKeys:
        return _parse_private_json(self.load_secret(unit_code, passphrase=passphrase))

    def load_secret(self, unit_code: str, *, passphrase: str | None = None) -> bytes:
        path = self.key_file(unit_code)
        if path.exists():
            if passphrase is None:
                raise KeyStoreError("no_keyring", f"the file holding the {self._what} needs "
                                    "its passphrase")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise KeyStoreError("damaged", f"cannot read {path}: {exc.strerror}") from None
            return _decrypt_file(unit_code, data, passphrase)
        if not self.keyring_available():
            raise KeyStoreError("missing", f"no {self._what} for this unit on this computer "
                                "(and no usable keyring)")
        secret = self._keyring_get(unit_code)
        if secret is None:
            raise KeyStoreError("missing", f"no {self._what} for this unit on this computer")
        return secret.encode("utf-8")

    def delete(self, unit_code: str) -> None:
        """Forget the unit's secret (used to undo a set-up that failed half-way)."""
        self.key_file(unit_code).unlink(missing_ok=True)
        if self.keyring_available():
            import keyring
            from keyring.errors import KeyringError, PasswordDeleteError

            try:
                keyring.delete_password(KEYRING_SERVICE, self._name(unit_code))
            except (PasswordDeleteError, KeyringError):
                pass

    def _name(self, unit_code: str) -> str:
        return f"{self._entry}{unit_code}"

    def _keyring_get(self, unit_code: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, self._name(unit_code))
        except KeyringError as exc:
            raise KeyStoreError("no_keyring", f"the keyring cannot be read: {exc}") from None


# -- the private keys as text (inside the keyring, or inside the encrypted file) -----------
def _private_json(keys: OfficeKeys) -> str:
    return json.dumps({"format": PRIVATE_FILE_FORMAT, "suite": keys.suite,
                       "signing": _b64(keys.signing_private),
                       "encryption": _b64(keys.encryption_private)})


def _parse_private_json(data: bytes) -> OfficeKeys:
    try:
        body = json.loads(data.decode("utf-8"))
        suite = get_suite(body["suite"])
        signing, encryption = _unb64(body["signing"]), _unb64(body["encryption"])
        if body.get("format") != PRIVATE_FILE_FORMAT or signing is None or encryption is None:
            raise ValueError
        keys = OfficeKeys(suite=suite.name, signing_private=signing,
                          encryption_private=encryption)
        keys.signing_public, keys.encryption_public  # malformed keys fail here
        return keys
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, CryptoError):
        raise KeyStoreError("damaged", "the stored private keys are damaged") from None


# -- the passphrase-encrypted file ----------------------------------------------------------
# Layout: one line of JSON (the KDF parameters, nonce and ciphertext), then one line with the
# SHA-256 of that first line. The checksum is not a secret: it only tells a damaged file
# ("damaged") from a wrong passphrase ("wrong_passphrase"), which the AEAD alone cannot.
def _aad(unit_code: str) -> bytes:
    return b"zhenjian private keys v1\x00" + unit_code.encode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _encrypt_file(unit_code: str, plaintext: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    body = json.dumps({
        "kind": "zhenjian-private-keys", "format": PRIVATE_FILE_FORMAT, "unit_code": unit_code,
        "kdf": {"name": "scrypt", "n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P,
                "salt": _b64(salt)},
        "cipher": "chacha20poly1305", "nonce": _b64(nonce),
        "ciphertext": _b64(ChaCha20Poly1305(key).encrypt(nonce, plaintext, _aad(unit_code))),
    }, separators=(",", ":")).encode("ascii")
    return body + b"\n" + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n"


def _decrypt_file(unit_code: str, data: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    damaged = KeyStoreError("damaged", "the private-key file is damaged")
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"" or \
            hashlib.sha256(lines[0]).hexdigest().encode("ascii") != lines[1]:
        raise damaged
    try:
        body = json.loads(lines[0].decode("ascii"))
        kdf = body["kdf"]
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        salt, nonce, ciphertext = (_unb64(kdf["salt"]), _unb64(body["nonce"]),
                                   _unb64(body["ciphertext"]))
        valid = (body["kind"] == "zhenjian-private-keys"
                 and body["format"] == PRIVATE_FILE_FORMAT
                 and body["unit_code"] == unit_code and kdf["name"] == "scrypt"
                 and body["cipher"] == "chacha20poly1305"
                 and all(type(v) is int for v in (n, r, p))
                 and 2 <= n <= _SCRYPT_MAX_N and n & (n - 1) == 0
                 and 1 <= r <= _SCRYPT_MAX_R and 1 <= p <= _SCRYPT_MAX_P
                 and salt and nonce is not None and len(nonce) == 12 and ciphertext)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise damaged from None
    if not valid:
        raise damaged
    key = _derive(passphrase, salt, n, r, p)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, _aad(unit_code))
    except InvalidTag:
        raise KeyStoreError("wrong_passphrase", "wrong passphrase for the private keys") \
            from None


def write_atomically(path: Path, data: bytes, mode: int = 0o600, *,
                     make_folder: bool = False) -> None:
    """Temporary file, fsync, rename: a crash leaves the old file or the new one, never half
    of one. The temporary file is created with `mode`, so secrets are never world-readable."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)  # O_CREAT keeps the mode of a leftover temporary file
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

