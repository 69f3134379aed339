"""This installation's identity: an Ed25519 key that signs every submission.

The key is created on first use and kept in the user database (table ``sync_device``), so
a portable install on a USB stick and a restored backup keep the same identity. The device
id is derived from the public key (``dev-`` + 20 hex digits of its SHA-256), so the two can
never disagree. The private seed never leaves the machine; only the public key is sent, at
enrollment.
"""

from __future__ import annotations

from dataclasses import dataclass

import nacl.signing
import sqlite_utils

from desktop.core.storage.clock import utcnow_seconds
from desktop.core.storage.transactions import transaction
from desktop.core.sync.protocol import b64decode, b64encode, device_id_for


@dataclass(frozen=True)
class DeviceKey:
    """An Ed25519 signing key and the id derived from it."""

    signing_key: nacl.signing.SigningKey

    @classmethod
    def generate(cls) -> DeviceKey:
        """A new random key."""
        return cls(nacl.signing.SigningKey.generate())

    @classmethod
    def from_seed(cls, seed_b64: str) -> DeviceKey:
        """The key stored as ``seed_b64`` (its 32-byte seed, base64)."""
        return cls(nacl.signing.SigningKey(b64decode(seed_b64, "seed")))

    @property
    def public_key(self) -> bytes:
        """The Ed25519 public key (32 bytes)."""
        return bytes(self.signing_key.verify_key)

    @property
    def public_key_b64(self) -> str:
        """The public key, base64 (what the hub registers)."""
        return b64encode(self.public_key)

    @property
    def device_id(self) -> str:
        """``dev-`` and 20 hex digits of the public key's SHA-256."""
        return device_id_for(self.public_key)

    def seed_b64(self) -> str:
        """The private seed, base64 (kept in the user database only)."""
        return b64encode(bytes(self.signing_key))


def load_device_key(db: sqlite_utils.Database) -> DeviceKey | None:
    """The stored device key, or None before the first submission or enrollment."""
    row = db.execute("SELECT seed FROM sync_device WHERE id = 1").fetchone()
    return DeviceKey.from_seed(row[0]) if row else None


def load_or_create_device_key(db: sqlite_utils.Database) -> DeviceKey:
    """The device key, created and stored (one committed row) on first use."""
    key = load_device_key(db)
    if key is not None:
        return key
    key = DeviceKey.generate()
    created = utcnow_seconds()
    with transaction(db) as conn:
        # INSERT OR IGNORE: if another connection created one meanwhile, theirs wins and we
        # read it back, so one database never has two identities.
        conn.execute(
            "INSERT OR IGNORE INTO sync_device (id, device_id, seed, public_key, created) "
            "VALUES (1, ?, ?, ?, ?)",
            (key.device_id, key.seed_b64(), key.public_key_b64, created),
        )
    stored = load_device_key(db)
    assert stored is not None
    return stored
