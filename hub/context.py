"""What the hub's routes share: settings, keys, the store and the ingestion pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hub.ingest import GroupCommit, Ingestor, TokenBucket
from hub.keys import HubKeys
from hub.store import HubStore


@dataclass(frozen=True)
class HubSettings:
    """Limits. ``max_body`` bytes per request; ``rate``/``burst``: submissions per second
    per device (token bucket); ``enroll_rate``/``enroll_burst``: enrollment attempts per
    second per client address (slows down guessing codes)."""

    max_body: int = 256 * 1024
    rate: float = 50.0
    burst: float = 500.0
    enroll_rate: float = 0.5
    enroll_burst: float = 10.0


@dataclass(frozen=True)
class HubContext:
    """One application's open resources, handed to each router."""

    data_dir: Path
    settings: HubSettings
    keys: HubKeys
    store: HubStore
    writer: GroupCommit
    ingestor: Ingestor
    enroll_limiter: TokenBucket
