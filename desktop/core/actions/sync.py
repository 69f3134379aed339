"""Sync use cases shared by ``accord sync …`` and the app's Sync menu and status bar.

Each takes the user database as a connection or a gateway (``core.storage.gateway``): the
command line passes its connection, the app its session's database thread. Errors are
:class:`~desktop.core.errors.AccordError` subclasses whose codes let each front end phrase
the way out (``sync.not-enrolled``: the CLI prints the enroll command, the app offers
"Connect to the hub…").
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop.core.storage.gateway import Gateway, as_gateway

if TYPE_CHECKING:
    from desktop.core.sync.config import HubInfo, ProxySettings
    from desktop.core.sync.outbox import OutboxEntry
    from desktop.core.sync.runner import RunReport, SyncRunner
    from desktop.core.sync.status import SyncStatus
    from desktop.core.sync.transfer import ExportReport

Database = Gateway | sqlite_utils.Database
DEFAULT_TIMEOUT = 30.0  # one HTTP request (the app passes a shorter one: Stop answers sooner)


@dataclass(frozen=True)
class Enrollment:
    """This device and the hub it is now enrolled with."""

    device_id: str
    hub: HubInfo

    def as_json(self) -> dict[str, Any]:
        """What ``accord sync enroll --json`` prints."""
        return {"device_id": self.device_id, "hub": self.hub.as_json()}


def _device_id(gateway: Gateway) -> str:
    from desktop.core.sync.device_keys import load_or_create_device_key

    return gateway.run(load_or_create_device_key).device_id


def enroll_online(
    database: Database,
    hub_url: str,
    code: str,
    label: str = "",
    *,
    expect_key_id: str | None = None,
    proxy: ProxySettings | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Enrollment:
    """Enroll with the hub at ``hub_url`` using a one-time ``code`` from its operator.

    Raises EnrollmentError (``sync.bad-hub-address``, ``sync.hub-unreachable``,
    ``sync.enrollment-refused``, ``sync.wrong-hub-key``, ``sync.not-a-hub``…).
    """
    from desktop.core.sync.client import EnrollmentError, enroll

    if not hub_url.startswith(("http://", "https://")):
        raise EnrollmentError(
            f"'{hub_url}' is not a hub address; write http://host:port",
            code="sync.bad-hub-address",
        )
    gateway = as_gateway(database)
    hub = enroll(
        gateway, hub_url, code, label, proxy=proxy, expect_key_id=expect_key_id, timeout=timeout
    )
    return Enrollment(_device_id(gateway), hub)


def enroll_offline(
    database: Database, hub_keys_file: str | os.PathLike[str], code: str
) -> Enrollment:
    """Enroll without a network, from the hub's public keys file (``accord-hub keys``); the
    code travels in the next transfer file. Raises EnrollmentError (``sync.cannot-read``,
    ``sync.bad-hub-keys``, ``sync.empty-code``)."""
    from desktop.core.sync.client import EnrollmentError, enroll_offline

    try:
        text = Path(hub_keys_file).read_text(encoding="utf-8")
    except OSError as exc:
        raise EnrollmentError(
            f"cannot read {hub_keys_file}: {exc.strerror}", code="sync.cannot-read"
        ) from exc
    gateway = as_gateway(database)
    try:
        hub = enroll_offline(gateway, json.loads(text), code)
    except ValueError as exc:  # not JSON (a damaged document is an EnrollmentError)
        raise EnrollmentError(
            f"{hub_keys_file}: not a hub keys file ({exc})", code="sync.bad-hub-keys"
        ) from exc
    return Enrollment(_device_id(gateway), hub)


def check_hub_connection(
    hub_url: str, proxy: ProxySettings | None = None, timeout: float = 10.0
) -> dict[str, Any]:
    """Ask the hub for its health with these proxy settings; raises EnrollmentError."""
    from desktop.core.sync.client import check_connection

    return check_connection(hub_url.strip(), proxy, timeout=timeout)


@dataclass(frozen=True)
class SendResult:
    """What sending did: completed assessments queued first, then the runner's report."""

    newly_queued: int
    report: RunReport

    def as_json(self) -> dict[str, Any]:
        """What ``accord sync run --json`` prints."""
        return {"newly_queued": self.newly_queued, **self.report.as_json()}


def send_outbox(
    runner: SyncRunner,
    *,
    timeout: float | None = None,
    once: bool = False,
    started: Callable[[int], object] | None = None,
) -> SendResult:
    """Queue every completed assessment not queued yet, then send until the outbox is empty
    (or ``timeout``, or ``runner.stop()``); ``started(pending)`` is told how many wait.

    Raises NotEnrolledError (``sync.not-enrolled``, ``sync.usb-only``) before sending.
    """
    from desktop.core.sync.outbox import pending_count, queue_completed

    queued = runner.database.run(lambda db: len(queue_completed(db)))
    if started is not None:
        started(runner.database.run(pending_count))
    return SendResult(queued, runner.run(until_idle=True, timeout=timeout, once=once))


def export_for_usb(database: Database, out: Path, include_rejected: bool = False) -> ExportReport:
    """Queue completed assessments, then write every undelivered submission to ``out`` for
    a USB stick. Raises TransferError (``sync.cannot-seal``, ``sync.no-such-folder``)."""
    from desktop.core.sync.outbox import queue_completed
    from desktop.core.sync.transfer import export_transfer

    def export(db: sqlite_utils.Database) -> ExportReport:
        queue_completed(db)
        return export_transfer(db, Path(out), include_rejected=include_rejected)

    return as_gateway(database).run(export)


def import_receipts(database: Database, path: Path) -> int:
    """Mark delivered what the hub's receipts file confirms; returns how many changed."""
    from desktop.core.sync.transfer import import_receipts as read_receipts

    return as_gateway(database).run(lambda db: read_receipts(db, Path(path)))


def queue(database: Database, assessment_id: str | None = None) -> list[OutboxEntry]:
    """Queue one completed assessment (or every one not queued yet); returns the rows."""
    from desktop.core.sync.outbox import queue_completed, queue_submission

    def run(db: sqlite_utils.Database) -> list[OutboxEntry]:
        return [queue_submission(db, assessment_id)] if assessment_id else queue_completed(db)

    return as_gateway(database).run(run)


def retry(database: Database, outbox_id: int | None = None) -> int:
    """Queue rejected submissions again (one, or all); returns how many."""
    from desktop.core.sync.outbox import retry as requeue

    return as_gateway(database).run(lambda db: requeue(db, outbox_id))


def proxy(database: Database, mode: str | None = None, url: str | None = None) -> ProxySettings:
    """The proxy settings; with ``mode``, validated and saved first (SyncConfigError)."""
    from desktop.core.sync.config import ProxySettings, proxy_settings, save_proxy_settings

    if mode is None:
        return as_gateway(database).run(proxy_settings)
    settings = ProxySettings(mode, url)
    return as_gateway(database).run(lambda db: save_proxy_settings(db, settings))


def status(database: Database) -> SyncStatus:
    """Device, hub, proxy and every outbox item, in one read."""
    from desktop.core.sync.status import sync_status

    return as_gateway(database).run(sync_status)
