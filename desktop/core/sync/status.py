"""One read of everything a sync status view shows (and ``accord sync status --json``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.core.sync import outbox as outbox
from desktop.core.sync.config import HubInfo, ProxySettings, hub_info, proxy_settings
from desktop.core.sync.device_keys import load_device_key


@dataclass(frozen=True)
class SyncStatus:
    """The device, its hub and proxy, and the outbox, as one consistent read."""

    device_id: str | None
    hub: HubInfo | None
    proxy: ProxySettings
    counts: dict[str, int]
    items: list[outbox.OutboxEntry]
    not_queued: list[tuple[str, int]]  # completed revisions the next sync will queue

    @property
    def pending(self) -> int:
        """Items waiting to be sent (queued, or caught mid-send)."""
        return self.counts[outbox.QUEUED] + self.counts[outbox.SENDING]

    @property
    def enrolled(self) -> bool:
        """A hub is known (online, or for USB transfer only)."""
        return self.hub is not None

    @property
    def online(self) -> bool:
        """Enrolled with a hub that has an address (not USB transfer only)."""
        return self.hub is not None and bool(self.hub.url)

    @property
    def hub_url(self) -> str | None:
        """The hub's address (None when not enrolled, or enrolled for USB transfer only)."""
        return self.hub.url if self.hub is not None else None

    @property
    def last_delivered(self) -> str | None:
        """When the latest receipt came back (None before the first one)."""
        delivered = [e.delivered for e in self.items if e.delivered]
        return max(delivered) if delivered else None

    def as_json(self) -> dict[str, Any]:
        """What ``accord sync status --json`` prints."""
        return {
            "device_id": self.device_id,
            "hub": self.hub.as_json() if self.hub else None,
            "proxy": self.proxy.as_json(),
            "counts": self.counts,
            "pending": self.pending,
            "items": [e.as_json() for e in self.items],
            "not_queued": [{"assessment_id": a, "revision": r} for a, r in self.not_queued],
        }


def sync_status(db: sqlite_utils.Database) -> SyncStatus:
    """Device, hub, proxy, counts per state, every outbox row, and what is not queued yet.
    Read-only."""
    device = load_device_key(db)
    return SyncStatus(
        device_id=device.device_id if device else None,
        hub=hub_info(db),
        proxy=proxy_settings(db),
        counts=outbox.counts(db),
        items=outbox.entries(db),
        not_queued=outbox.not_queued(db),
    )
