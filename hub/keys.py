"""The hub's keys: Ed25519 (signs receipts) and X25519 (opens sealed envelopes).

Both live in ``DIR/hub-keys.json`` (mode 0600), created once by ``accord-hub init``. Losing
the file means envelopes already sealed to the hub cannot be opened: back it up with the
database. ``public_document()`` is what devices receive at enrollment (or as a file for an
offline enrollment).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing

from desktop.core.errors import AccordError
from desktop.core.sync.protocol import HUB_KEYS_FORMAT, b64decode, b64encode, key_id

KEYS_FILE = "hub-keys.json"
DATABASE_FILE = "hub.db"
PRIVATE_FORMAT = "accord-hub-private-keys/1"


class HubSetupError(AccordError):
    """The hub's data folder is missing, incomplete or damaged; the message says what to do."""

    code = "hub.setup"


@dataclass(frozen=True)
class HubKeys:
    hub_id: str
    signing_key: nacl.signing.SigningKey
    box_key: nacl.public.PrivateKey

    @property
    def key_id(self) -> str:
        return key_id(bytes(self.box_key.public_key))

    def public_document(self) -> dict[str, Any]:
        """The ``accord-hub-keys/1`` document devices store."""
        return {
            "format": HUB_KEYS_FORMAT,
            "hub_id": self.hub_id,
            "signing_key": b64encode(bytes(self.signing_key.verify_key)),
            "box_key": b64encode(bytes(self.box_key.public_key)),
            "key_id": self.key_id,
        }

    @classmethod
    def generate(cls) -> HubKeys:
        return cls(
            hub_id="hub-" + secrets.token_hex(8),
            signing_key=nacl.signing.SigningKey.generate(),
            box_key=nacl.public.PrivateKey.generate(),
        )


def keys_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_FILE


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def create_keys(data_dir: Path) -> HubKeys:
    """Create the hub's keys in ``data_dir`` (created if needed). Refuses to overwrite."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = keys_path(data_dir)
    if path.exists():
        raise HubSetupError(
            f"{path} already exists: this hub is already set up. Replacing its keys would "
            "make every submission sealed to it unreadable; nothing was changed.",
            code="hub.already-set-up",
        )
    keys = HubKeys.generate()
    document = {
        "format": PRIVATE_FORMAT,
        "hub_id": keys.hub_id,
        "signing_seed": b64encode(bytes(keys.signing_key)),
        "box_private": b64encode(bytes(keys.box_key)),
    }
    tmp = path.with_suffix(".tmp")
    # O_EXCL + 0600: the private keys are never readable by other users, even briefly.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return keys


def load_keys(data_dir: Path) -> HubKeys:
    """The hub's keys from ``data_dir``; raises HubSetupError with the fix."""
    path = keys_path(data_dir)
    if not path.exists():
        raise HubSetupError(
            f"{path} does not exist; set up the hub first with: accord-hub init --data {data_dir}",
            code="hub.not-set-up",
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != PRIVATE_FORMAT:
            raise ValueError(f"expected format {PRIVATE_FORMAT}")
        return HubKeys(
            hub_id=str(document["hub_id"]),
            signing_key=nacl.signing.SigningKey(b64decode(document["signing_seed"], "seed")),
            box_key=nacl.public.PrivateKey(b64decode(document["box_private"], "box")),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HubSetupError(
            f"{path} is damaged ({exc}); restore it from a backup", code="hub.keys-damaged"
        ) from exc
