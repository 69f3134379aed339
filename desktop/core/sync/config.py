"""Sync settings kept in the user database: the enrolled hub and the proxy.

* The hub: its id, URL (None for a USB-only enrollment), Ed25519 public key (verifies
  receipts), X25519 public key (envelopes are sealed to it) and that key's id. One hub per
  installation; enrolling again replaces it (queued items are re-sealed on their next send).
* The proxy: ``system`` (the ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``NO_PROXY`` environment),
  ``none`` (direct), or ``manual`` with a URL such as ``http://proxy.example:3128``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.storage.transactions import transaction
from desktop.core.sync.protocol import HUB_KEYS_FORMAT, EnvelopeError, b64decode, b64encode, key_id

PROXY_MODES = ("system", "none", "manual")


class SyncConfigError(AccordError, ValueError):
    """A setting that cannot be used; the message says which and why."""

    code = "sync.config"


@dataclass(frozen=True)
class HubInfo:
    """The hub this device is enrolled with."""

    hub_id: str
    signing_key: bytes
    box_key: bytes
    key_id: str
    url: str | None = None
    enrolled: str = ""
    pending_code: str | None = None  # USB-only enrollment: travels in the next transfer file
    max_body: int | None = None  # the hub's body limit, from its health answer

    def as_json(self) -> dict[str, Any]:
        """The JSON form (``accord sync status --json``, ``accord sync proxy``)."""
        return {
            "hub_id": self.hub_id,
            "url": self.url,
            "key_id": self.key_id,
            "enrolled": self.enrolled,
            "offline_enrollment_pending": self.pending_code is not None,
        }


def parse_hub_keys(data: Any) -> tuple[str, bytes, bytes, str]:
    """``(hub_id, signing_key, box_key, key_id)`` from an ``accord-hub-keys/1`` document.

    Raises SyncConfigError when the document is malformed or its key id does not match its
    box key (a damaged or edited file).
    """
    if not isinstance(data, dict) or data.get("format") != HUB_KEYS_FORMAT:
        raise SyncConfigError(f"not a hub keys document (expected format {HUB_KEYS_FORMAT})")
    hub_id = data.get("hub_id")
    if not isinstance(hub_id, str) or not hub_id:
        raise SyncConfigError("the hub keys document has no hub_id")
    try:
        signing = b64decode(data.get("signing_key"), "signing_key")
        box = b64decode(data.get("box_key"), "box_key")
    except EnvelopeError as exc:
        raise SyncConfigError(f"the hub keys document is damaged: {exc}") from exc
    if len(signing) != 32 or len(box) != 32:
        raise SyncConfigError("the hub keys document is damaged: keys must be 32 bytes")
    if data.get("key_id") != key_id(box):
        raise SyncConfigError(
            "the hub keys document is damaged: its key_id does not match its box key"
        )
    return hub_id, signing, box, key_id(box)


def hub_info(db: sqlite_utils.Database) -> HubInfo | None:
    """The enrolled hub, or None."""
    row = db.execute(
        "SELECT hub_id, signing_key, box_key, key_id, url, enrolled, pending_code, max_body "
        "FROM sync_hub WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return HubInfo(
        hub_id=row[0],
        signing_key=b64decode(row[1], "signing_key"),
        box_key=b64decode(row[2], "box_key"),
        key_id=row[3],
        url=row[4],
        enrolled=row[5],
        pending_code=row[6],
        max_body=row[7],
    )


def save_hub(db: sqlite_utils.Database, info: HubInfo) -> HubInfo:
    """Store ``info`` as the enrolled hub (replacing any earlier one), in one transaction."""
    enrolled = info.enrolled or utcnow()
    with transaction(db) as conn:
        conn.execute("DELETE FROM sync_hub")
        conn.execute(
            "INSERT INTO sync_hub (id, url, hub_id, signing_key, box_key, key_id, enrolled, "
            "pending_code, max_body) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.url,
                info.hub_id,
                b64encode(info.signing_key),
                b64encode(info.box_key),
                info.key_id,
                enrolled,
                info.pending_code,
                info.max_body,
            ),
        )
    stored = hub_info(db)
    assert stored is not None
    return stored


def update_hub_limits(db: sqlite_utils.Database, max_body: int | None) -> None:
    """Remember the hub's advertised body limit (checked before each send)."""
    with transaction(db) as conn:
        conn.execute("UPDATE sync_hub SET max_body = ? WHERE id = 1", (max_body,))


def clear_pending_code(db: sqlite_utils.Database) -> None:
    """The hub confirmed this device (a receipt came back): the code is spent."""
    with transaction(db) as conn:
        conn.execute("UPDATE sync_hub SET pending_code = NULL WHERE id = 1")


@dataclass(frozen=True)
class ProxySettings:
    """How the sync reaches the hub. ``mode`` is ``system``, ``none`` or ``manual``."""

    mode: str = "system"
    url: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The JSON form (``accord sync status --json``, ``accord sync proxy``)."""
        return {"mode": self.mode, "url": self.url}


def validate_proxy(settings: ProxySettings) -> ProxySettings:
    """The settings, normalised; raises SyncConfigError with the reason."""
    if settings.mode not in PROXY_MODES:
        raise SyncConfigError(
            f"proxy mode must be one of {', '.join(PROXY_MODES)}", code="sync.bad-proxy"
        )
    if settings.mode != "manual":
        return ProxySettings(settings.mode, None)
    url = (settings.url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncConfigError(
            f"'{url or '(empty)'}' is not a proxy address; write it as "
            "http://host:port (or https://host:port)",
            code="sync.bad-proxy",
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise SyncConfigError(
            f"'{url}': the port is not valid ({exc})", code="sync.bad-proxy"
        ) from exc
    return ProxySettings("manual", url)


def proxy_settings(db: sqlite_utils.Database) -> ProxySettings:
    """The stored proxy settings (``system`` when none were saved)."""
    row = db.execute("SELECT value FROM sync_config WHERE key = 'proxy'").fetchone()
    if row is None:
        return ProxySettings()
    data = json.loads(row[0])
    return ProxySettings(data.get("mode", "system"), data.get("url"))


def save_proxy_settings(db: sqlite_utils.Database, settings: ProxySettings) -> ProxySettings:
    """Validate and store the proxy settings (what the proxy dialog calls on OK)."""
    settings = validate_proxy(settings)
    with transaction(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO sync_config (key, value) VALUES ('proxy', ?)",
            (json.dumps(settings.as_json()),),
        )
    return settings
