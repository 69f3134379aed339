"""Ed25519 keys for packs: key files, the trust store, signing and checking signatures.

Formats (``docs/packs.md``):

* private key: PKCS#8 PEM (``-----BEGIN PRIVATE KEY-----``, as OpenSSL writes Ed25519
  keys), file mode 0600;
* public key (``.pub``): one line ``accord-ed25519 <base64 of the 32 raw bytes> <comment>``;
* key id: the first 16 hex digits of SHA-256 over the 32 raw public-key bytes;
* ``manifest.sig``: canonical JSON ``{"algorithm": "ed25519", "key_id": …, "signature": …}``
  with the base64 signature over the exact bytes of ``manifest.json``.

Trusted keys are the ones shipped with the app (``packaging/keys/*.pub``: the coordinating
body) plus any a user added explicitly (``<data dir>/trusted-keys/*.pub``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from desktop.core.packs.errors import PackError
from desktop.core.packs.format import SIGNATURE_NAME, canonical_json

PUBLIC_PREFIX = "accord-ed25519"
ALGORITHM = "ed25519"
TRUSTED_DIR = "trusted-keys"
# PKCS#8 DER for an Ed25519 private key is this fixed prefix followed by the 32-byte seed
# (RFC 8410), so the file is readable by OpenSSL without a full ASN.1 library here.
_PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
_PEM_BEGIN = "-----BEGIN PRIVATE KEY-----"
_PEM_END = "-----END PRIVATE KEY-----"


@dataclass(frozen=True)
class PublicKey:
    """A public key with its id and the comment from its file (who it belongs to)."""

    raw: bytes
    comment: str = ""
    source: str = ""  # "bundled", "user" or a file path, for listings

    @property
    def key_id(self) -> str:
        """The key's short, stable name (see ``key_id``)."""
        return key_id(self.raw)

    def to_line(self) -> str:
        """The ``.pub`` file line for this key."""
        text = f"{PUBLIC_PREFIX} {base64.b64encode(self.raw).decode()}"
        return f"{text} {self.comment}".rstrip() + "\n"

    def verify(self, signature: bytes, data: bytes) -> bool:
        """True when ``signature`` is this key's Ed25519 signature of ``data``."""
        try:
            VerifyKey(self.raw).verify(data, signature)
        except (BadSignatureError, ValueError):
            return False
        return True


def key_id(raw: bytes) -> str:
    """The short, stable name of a public key."""
    return hashlib.sha256(raw).hexdigest()[:16]


def parse_public_key(text: str, source: str = "") -> PublicKey:
    """Read a ``.pub`` line; raises ValueError with a readable reason."""
    parts = text.strip().split(None, 2)
    if len(parts) < 2 or parts[0] != PUBLIC_PREFIX:
        raise ValueError(f"expected a line starting with '{PUBLIC_PREFIX} '")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except binascii.Error as exc:
        raise ValueError("the key is not valid base64") from exc
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return PublicKey(raw=raw, comment=parts[2].strip() if len(parts) > 2 else "", source=source)


def load_public_key(path: Path, source: str = "") -> PublicKey:
    """Read a public key file; raises PackError naming the file."""
    try:
        return parse_public_key(path.read_text(encoding="utf-8"), source or str(path))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise PackError(
            f"{path} is not an Accord public key ({exc}); it should be the .pub file",
            code="pack.bad-key-file",
        ) from exc


def generate_keypair(out: Path, comment: str = "", overwrite: bool = False) -> PublicKey:
    """Write a new private key to ``out`` (mode 0600) and its public key to ``out.pub``."""
    out = Path(out)
    pub_path = out.with_name(out.name + ".pub")
    if not overwrite:
        for existing in (out, pub_path):
            if existing.exists():
                raise PackError(
                    f"{existing} already exists",
                    code="pack.key-exists",
                    details={"path": str(existing)},
                )
    private = SigningKey.generate()
    der = _PKCS8_PREFIX + bytes(private)
    pem = f"{_PEM_BEGIN}\n{base64.b64encode(der).decode()}\n{_PEM_END}\n".encode()
    raw = bytes(private.verify_key)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Create with 0600 from the start: a private key must never be readable by others,
    # not even for the moment between creating the file and a chmod.
    with contextlib.suppress(FileNotFoundError):
        if overwrite:
            out.unlink()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public = PublicKey(raw=raw, comment=comment)
    pub_path.write_text(public.to_line(), encoding="utf-8")
    return public


def load_private_key(path: Path) -> SigningKey:
    """Read a private key written by ``generate_keypair`` (or OpenSSL's genpkey ED25519)."""
    try:
        text = Path(path).read_text(encoding="ascii")
        body = text.split(_PEM_BEGIN, 1)[1].split(_PEM_END, 1)[0]
        der = base64.b64decode("".join(body.split()), validate=True)
        if len(der) != 48 or not der.startswith(_PKCS8_PREFIX):
            raise ValueError("not an Ed25519 key")
    except (OSError, UnicodeDecodeError, IndexError, ValueError, binascii.Error) as exc:
        reason = getattr(exc, "strerror", None) or exc or "no PEM private key found"
        raise PackError(
            f"cannot read the private key {path} ({reason})", code="pack.bad-private-key"
        ) from exc
    return SigningKey(der[len(_PKCS8_PREFIX) :])


def public_of(private: SigningKey) -> PublicKey:
    """The public half of a private key."""
    return PublicKey(raw=bytes(private.verify_key))


def sign_bytes(private: SigningKey, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return private.sign(data).signature


def sign_manifest(private: SigningKey, manifest_bytes: bytes) -> bytes:
    """The ``manifest.sig`` bytes for ``manifest_bytes``."""
    signature = sign_bytes(private, manifest_bytes)
    return canonical_json(
        {
            "algorithm": ALGORITHM,
            "key_id": public_of(private).key_id,
            "signature": base64.b64encode(signature).decode(),
        }
    )


def parse_signature(raw: bytes) -> tuple[str, bytes]:
    """(key id, signature bytes) from ``manifest.sig``; PackError when malformed."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or canonical_json(data) != raw:
            raise ValueError("not canonical")
        if data.get("algorithm") != ALGORITHM:
            raise ValueError(f"unknown algorithm {data.get('algorithm')!r}")
        signature = base64.b64decode(str(data["signature"]), validate=True)
        kid = str(data["key_id"])
    except (ValueError, KeyError, UnicodeDecodeError, binascii.Error) as exc:
        raise PackError(
            f"{SIGNATURE_NAME} is malformed ({exc}); the pack was changed or damaged. "
            "Get a fresh copy from the publisher.",
            SIGNATURE_NAME,
            code="pack.bad-signature",
        ) from exc
    if len(signature) != 64:
        raise PackError(
            f"{SIGNATURE_NAME} holds no Ed25519 signature",
            SIGNATURE_NAME,
            code="pack.bad-signature",
        )
    return kid, signature


# --- trust store -------------------------------------------------------------------------


def bundled_keys_dir() -> Path:
    """``packaging/keys`` in a checkout, or the same folder inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "packaging" / "keys"
    return Path(__file__).resolve().parents[3] / "packaging" / "keys"


def user_keys_dir(data: Path) -> Path:
    """Where the keys a user chose to trust are kept."""
    return Path(data) / TRUSTED_DIR


def _keys_in(folder: Path, source: str) -> list[PublicKey]:
    keys = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            # A broken key file must not stop the others from loading; it simply trusts nothing.
            with contextlib.suppress(PackError):
                keys.append(load_public_key(path, source))
    return keys


def trusted_keys(data: Path | None, extra: list[PublicKey] | None = None) -> list[PublicKey]:
    """The shipped keys, the user's added keys (when ``data`` is given), then ``extra``."""
    keys = _keys_in(bundled_keys_dir(), "bundled")
    if data is not None:
        keys += _keys_in(user_keys_dir(data), "user")
    keys += list(extra or [])
    unique: dict[str, PublicKey] = {}
    for key in keys:
        unique.setdefault(key.key_id, key)
    return list(unique.values())


def add_trusted_key(data: Path, key: PublicKey) -> Path:
    """Store ``key`` as trusted for this data folder; returns its file."""
    folder = user_keys_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key.key_id}.pub"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(key.to_line(), encoding="utf-8")
    os.replace(tmp, target)
    return target


def remove_trusted_key(data: Path, kid: str) -> bool:
    """Forget a key the user added (shipped keys cannot be removed); True if removed."""
    target = user_keys_dir(data) / f"{kid}.pub"
    if target.is_file():
        target.unlink()
        return True
    return False
