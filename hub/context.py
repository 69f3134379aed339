"""What the hub's routes share: settings, keys, the store and the ingestion pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hub.auth import requirement
from hub.db.ratelimit import RateLimit
from hub.db.schema import ANALYST, OPERATOR
from hub.ingest import GroupCommit, Ingestor
from hub.keys import HubKeys
from hub.store import HubStore
from hub.users import User


@dataclass(frozen=True)
class HubSettings:
    """Limits. ``max_body`` bytes per request; ``body_timeout`` seconds to send a whole
    request body; ``rate``/``burst``: submissions per second per device (token bucket);
    ``enroll_rate``/``enroll_burst``: enrollment attempts per second per client address
    (slows down guessing codes); ``login_rate``/``login_burst``: failed logins per second
    per client address; ``public_index``: anyone may read the dashboard and the index
    (publishing them is a choice, off by default)."""

    max_body: int = 256 * 1024
    body_timeout: float = 20.0
    rate: float = 50.0
    burst: float = 500.0
    enroll_rate: float = 0.5
    enroll_burst: float = 10.0
    login_rate: float = 0.2
    login_burst: float = 10.0
    public_index: bool = False

    @property
    def submission_limit(self) -> RateLimit:
        return RateLimit(self.rate, self.burst)

    @property
    def enroll_limit(self) -> RateLimit:
        return RateLimit(self.enroll_rate, self.enroll_burst)

    @property
    def login_limit(self) -> RateLimit:
        return RateLimit(self.login_rate, self.login_burst)


@dataclass(frozen=True)
class HubContext:
    """One application's open resources, handed to each router."""

    data_dir: Path
    settings: HubSettings
    keys: HubKeys
    store: HubStore
    writer: GroupCommit
    ingestor: Ingestor

    def reader(self) -> Callable[..., User | None]:
        """The dependency of the index, its exports and the dashboard."""
        s = self.settings
        return requirement(self.store, s.login_limit, ANALYST, public=s.public_index)

    def account(self) -> Callable[..., User | None]:
        """Any account, even when the index is public (the API description)."""
        return requirement(self.store, self.settings.login_limit, ANALYST)

    def operator(self) -> Callable[..., User | None]:
        """The dependency of device administration."""
        return requirement(self.store, self.settings.login_limit, OPERATOR)
