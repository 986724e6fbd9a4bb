"""Cryptographic suites for sync packages: one replaceable module.

A package names the suite it was made with, so another suite (a national-algorithm one with
SM2/SM3/SM4, DOMAIN.md §9) can be added here without changing the package format: a suite
signs and verifies, and seals bytes to a recipient's public encryption key. Keys travel as raw
bytes; `key_id` and `fingerprint` name a public key the same way in every suite.

The default suite, `ed25519-x25519-chacha20poly1305-v1`:
* signatures: Ed25519;
* encryption to a recipient: an ephemeral X25519 key agreed with the recipient's key, HKDF-
  SHA-256 over both public keys to a 32-byte key, ChaCha20-Poly1305 with a random nonce; the
  caller's associated data (the package header) is authenticated with the ciphertext.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Protocol


class CryptoError(Exception):
    """A signature that does not verify, a ciphertext that does not open, a malformed key."""


class Suite(Protocol):
    name: str

    def new_signing_key(self) -> bytes: ...
    def signing_public(self, private: bytes) -> bytes: ...
    def sign(self, private: bytes, message: bytes) -> bytes: ...
    def verify(self, public: bytes, message: bytes, signature: bytes) -> None: ...
    def new_encryption_key(self) -> bytes: ...
    def encryption_public(self, private: bytes) -> bytes: ...
    def seal(self, recipient_public: bytes, plaintext: bytes, aad: bytes) -> bytes: ...
    def open(self, recipient_private: bytes, sealed: bytes, aad: bytes) -> bytes: ...


@dataclass(frozen=True)
class Ed25519X25519ChaCha:
    name: str = "ed25519-x25519-chacha20poly1305-v1"
    signature_size: int = 64
    _NONCE = 12
    _PUBLIC = 32

    # -- signatures ------------------------------------------------------------------------
    def new_signing_key(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return _raw_private(Ed25519PrivateKey.generate())

    def signing_public(self, private: bytes) -> bytes:
        return _raw_public(self._ed_private(private).public_key())

    def sign(self, private: bytes, message: bytes) -> bytes:
        return self._ed_private(private).sign(message)

    def verify(self, public: bytes, message: bytes, signature: bytes) -> None:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
        except (InvalidSignature, ValueError) as exc:
            raise CryptoError("signature") from exc

    @staticmethod
    def _ed_private(private: bytes):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            return Ed25519PrivateKey.from_private_bytes(private)
        except ValueError as exc:
            raise CryptoError("key") from exc

    # -- encryption to a recipient ---------------------------------------------------------
    def new_encryption_key(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return _raw_private(X25519PrivateKey.generate())

    def encryption_public(self, private: bytes) -> bytes:
        return _raw_public(self._x_private(private).public_key())

    def seal(self, recipient_public: bytes, plaintext: bytes, aad: bytes) -> bytes:
        """ephemeral public (32) ‖ nonce (12) ‖ ciphertext with its 16-byte tag."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import (X25519PrivateKey,
                                                                      X25519PublicKey)
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        try:
            recipient = X25519PublicKey.from_public_bytes(recipient_public)
        except ValueError as exc:
            raise CryptoError("key") from exc
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = _raw_public(ephemeral.public_key())
        key = _derive(ephemeral.exchange(recipient), ephemeral_public, recipient_public)
        nonce = os.urandom(self._NONCE)
        return ephemeral_public + nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)

    def open(self, recipient_private: bytes, sealed: bytes, aad: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        head = self._PUBLIC + self._NONCE
        if len(sealed) < head + 16:
            raise CryptoError("ciphertext")
        private = self._x_private(recipient_private)
        ephemeral_public, nonce = sealed[:self._PUBLIC], sealed[self._PUBLIC:head]
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        except ValueError as exc:  # a low-order point: all-zero shared secret
            raise CryptoError("ciphertext") from exc
        key = _derive(shared, ephemeral_public, _raw_public(private.public_key()))
        try:
            return ChaCha20Poly1305(key).decrypt(nonce, sealed[head:], aad)
        except InvalidTag as exc:
            raise CryptoError("ciphertext") from exc

    @staticmethod
    def _x_private(private: bytes):
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        try:
            return X25519PrivateKey.from_private_bytes(private)
        except ValueError as exc:
            raise CryptoError("key") from exc


def _raw_private(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"zhenjian sync v1" + ephemeral_public + recipient_public).derive(shared)


DEFAULT = Ed25519X25519ChaCha()
_SUITES: dict[str, Suite] = {DEFAULT.name: DEFAULT}


def get_suite(name: str) -> Suite:
    """The suite a package or a key file names; CryptoError("suite") when unknown."""
    try:
        return _SUITES[name]
    except KeyError:
        raise CryptoError("suite") from None


def register_suite(suite: Suite) -> None:
    _SUITES[suite.name] = suite


def key_id(public: bytes) -> str:
    """A short, stable name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:16]


def fingerprint(*publics: bytes) -> str:
    """The keys of an office as one string to read out over the phone: the SHA-256 of the
    public keys in order, 32 hex digits in groups of four ("3f2a 91c0 …")."""
    digest = hashlib.sha256(b"".join(publics)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))
