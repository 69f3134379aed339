"""Talking to the hub over HTTP (httpx): enrollment, health, and one submission at a time.

The client never decides what an outcome means for the outbox beyond this rule: an item
is *rejected* only when the hub itself answers with a definite refusal (a 4xx carrying
its JSON ``{"error", "reason"}``); everything else — no connection, a reset, a timeout, a
5xx, a proxy's error page, a 429 — is *transient* and retried. So a flaky link or a
misconfigured proxy never loses a submission.
"""

from __future__ import annotations

import json
import socket
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import sqlite_utils

from desktop import __version__
from desktop.core.errors import AccordError
from desktop.core.storage.gateway import Gateway, as_gateway
from desktop.core.sync.config import (
    HubInfo,
    ProxySettings,
    SyncConfigError,
    parse_hub_keys,
    proxy_settings,
    save_hub,
)
from desktop.core.sync.device_keys import DeviceKey, load_or_create_device_key
from desktop.core.sync.outbox import LINK, SERVER, OutboxEntry
from desktop.core.sync.protocol import EnvelopeError, verify_receipt

DEFAULT_TIMEOUT = 30.0
NODELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
DELIVERED = "delivered"
REJECTED = "rejected"
TRANSIENT = "transient"


class EnrollmentError(AccordError):
    """Enrollment (or "Test connection") failed; the message says why and what to do."""

    code = "sync.enrollment"


@dataclass(frozen=True)
class SendOutcome:
    """What one upload attempt ended with.

    ``kind``: ``delivered`` (``signed_receipt`` set), ``rejected`` (``reason``) or
    ``transient`` (``reason`` = the error, ``failure_kind`` = ``link`` or ``server``,
    ``retry_after`` seconds when the hub asked for a pause).
    """

    kind: str
    status: int | None = None
    signed_receipt: dict[str, Any] | None = None
    reason: str | None = None
    failure_kind: str | None = None
    retry_after: float | None = None


def resolve_proxy(url: str, proxy: ProxySettings) -> str | None:
    """The proxy to reach ``url`` through, or None for a direct connection.

    ``manual``: the given URL. ``none``: direct. ``system``: the standard library's view of
    the system settings — ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and ``NO_PROXY``
    from the environment (and the registry or system configuration on Windows and macOS).
    Resolved once per client because a client only ever talks to one hub.
    """
    if proxy.mode == "manual":
        return proxy.url
    if proxy.mode != "system":
        return None
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not proxies or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    chosen = proxies.get(parts.scheme) or proxies.get("all")
    if chosen and "://" not in chosen:
        chosen = "http://" + chosen
    return chosen or None


def _hub_error(response: httpx.Response) -> tuple[str, str] | None:
    """``(code, reason)`` when the body is the hub's own JSON error, else None."""
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        return data["error"], str(data.get("reason") or data["error"])
    return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _describe(exc: httpx.HTTPError) -> str:
    name = {
        httpx.ConnectError: "cannot connect",
        httpx.ConnectTimeout: "connection timed out",
        httpx.ReadTimeout: "no answer in time",
        httpx.WriteTimeout: "sending timed out",
        httpx.PoolTimeout: "no free connection",
        httpx.RemoteProtocolError: "connection cut",
        httpx.ReadError: "connection lost while waiting for the answer",
        httpx.WriteError: "connection lost while sending",
        httpx.ProxyError: "the proxy refused",
    }.get(type(exc), type(exc).__name__)
    detail = str(exc).strip()
    return f"{name} ({detail})" if detail and detail != name else name


class HubClient:
    """A keep-alive HTTP client for one hub URL (use as a context manager, or close())."""

    def __init__(
        self,
        base_url: str,
        proxy: ProxySettings | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.proxy = resolve_proxy(self.base_url, proxy or ProxySettings())
        if transport is None:
            # TCP_NODELAY: h11 writes the headers and the body separately; with Nagle's
            # algorithm the body waits for the peer's delayed ACK (~40 ms per submission).
            transport = httpx.HTTPTransport(proxy=self.proxy, socket_options=NODELAY)
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": f"accord/{__version__}"},
            transport=transport,
            trust_env=False,  # the proxy was resolved above, from the settings
        )

    def close(self) -> None:
        """Close the connections to the hub."""
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def health(self) -> dict[str, Any]:
        """The hub's ``/v1/health`` answer; raises httpx.HTTPError."""
        response = self._http.get("/v1/health")
        response.raise_for_status()
        return response.json()

    def enroll(self, code: str, device: DeviceKey, label: str | None = None) -> dict[str, Any]:
        """Register the device key with a one-time code; returns the hub's answer.

        Raises EnrollmentError with the hub's reason (or the connection problem)."""
        body = {"code": code.strip(), "public_key": device.public_key_b64, "label": label or ""}
        try:
            response = self._http.post("/v1/enroll", json=body)
        except httpx.HTTPError as exc:
            raise EnrollmentError(
                f"could not reach the hub at {self.base_url}: {_describe(exc)}",
                code="sync.hub-unreachable",
            ) from exc
        if response.status_code != 200:
            error = _hub_error(response)
            why = error[1] if error else f"HTTP {response.status_code}"
            raise EnrollmentError(
                f"the hub refused the enrollment: {why}", code="sync.enrollment-refused"
            )
        try:
            return response.json()
        except ValueError as exc:
            raise EnrollmentError(
                "the hub's answer is not JSON; is this an Accord hub?", code="sync.not-a-hub"
            ) from exc

    def submit(self, envelope_bytes: bytes, hub: HubInfo, entry: OutboxEntry) -> SendOutcome:
        """Upload one envelope and classify the answer (see the module docstring)."""
        try:
            response = self._http.post(
                "/v1/submissions",
                content=envelope_bytes,
                headers={"Content-Type": "application/json"},
            )
        except httpx.HTTPError as exc:
            return SendOutcome(TRANSIENT, reason=_describe(exc), failure_kind=LINK)
        status = response.status_code
        if status in (200, 201):
            return self._receipt(response, hub, entry)
        error = _hub_error(response)
        if status == 429:
            return SendOutcome(
                TRANSIENT,
                status,
                reason="the hub asked to slow down",
                failure_kind=SERVER,
                retry_after=_retry_after(response),
            )
        if 400 <= status < 500 and status not in (407, 408) and error is not None:
            return SendOutcome(REJECTED, status, reason=f"{error[1]} [{error[0]}, HTTP {status}]")
        # Gateways (502–504) and proxies speak for a hub they cannot reach: a link problem.
        kind = LINK if status in (407, 408, 502, 503, 504) else SERVER
        why = error[1] if error else f"HTTP {status} from {self.base_url}"
        return SendOutcome(TRANSIENT, status, reason=why, failure_kind=kind)

    def _receipt(self, response: httpx.Response, hub: HubInfo, entry: OutboxEntry) -> SendOutcome:
        try:
            signed = response.json()
            receipt = verify_receipt(signed, hub.signing_key)
        except (ValueError, EnvelopeError) as exc:
            return SendOutcome(
                TRANSIENT,
                response.status_code,
                reason=f"no valid receipt: {exc}",
                failure_kind=SERVER,
            )
        expected = (entry.assessment_id, entry.revision, entry.payload_sha256)
        got = (receipt.get("assessment_id"), receipt.get("revision"), receipt.get("payload_sha256"))
        if got != expected:
            return SendOutcome(
                TRANSIENT,
                response.status_code,
                reason="the receipt is for another submission",
                failure_kind=SERVER,
            )
        return SendOutcome(DELIVERED, response.status_code, signed_receipt=signed)


def enroll(
    database: Gateway | sqlite_utils.Database,
    hub_url: str,
    code: str,
    label: str | None = None,
    proxy: ProxySettings | None = None,
    expect_key_id: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> HubInfo:
    """Enroll this device with the hub at ``hub_url`` using a one-time ``code``.

    Stores the hub's public keys (replacing any earlier hub). ``expect_key_id`` (printed by
    ``accord-hub init``) guards against talking to the wrong server. Raises EnrollmentError.
    ``database`` is a connection or a gateway (no database step runs during a request).
    """
    gateway = as_gateway(database)
    device, stored_proxy = gateway.run(
        lambda db: (load_or_create_device_key(db), proxy_settings(db))
    )
    with HubClient(hub_url, proxy or stored_proxy, timeout) as client:
        answer = client.enroll(code, device, label)
        try:
            max_body = client.health().get("max_body")
        except (httpx.HTTPError, ValueError, AttributeError):
            max_body = None
    if not isinstance(answer, dict) or answer.get("device_id") != device.device_id:
        raise EnrollmentError(
            "the hub's answer names another device; is this an Accord hub?",
            code="sync.not-a-hub",
        )
    try:
        hub_id, signing, box, kid = parse_hub_keys(answer.get("hub"))
    except SyncConfigError as exc:
        raise EnrollmentError(str(exc), code="sync.bad-hub-keys") from exc
    if expect_key_id and kid != expect_key_id:
        raise EnrollmentError(
            f"the hub at {hub_url} has key {kid}, not the expected {expect_key_id}; "
            "nothing was changed",
            code="sync.wrong-hub-key",
        )
    info = HubInfo(
        hub_id=hub_id,
        signing_key=signing,
        box_key=box,
        key_id=kid,
        url=hub_url.rstrip("/"),
        max_body=max_body if isinstance(max_body, int) else None,
    )
    return gateway.run(lambda db: save_hub(db, info))


def enroll_offline(
    database: Gateway | sqlite_utils.Database,
    hub_keys: dict[str, Any] | str,
    code: str,
    url: str | None = None,
) -> HubInfo:
    """Enroll without a network: take the hub's public keys from a file carried by hand
    (``accord-hub keys --out FILE``); the one-time code and this device's public key travel
    inside the next transfer file, and the hub registers the device when it imports it."""
    data = json.loads(hub_keys) if isinstance(hub_keys, str) else hub_keys
    try:
        hub_id, signing, box, kid = parse_hub_keys(data)
    except SyncConfigError as exc:
        raise EnrollmentError(str(exc), code="sync.bad-hub-keys") from exc
    if not code.strip():
        raise EnrollmentError("the one-time code is empty", code="sync.empty-code")
    info = HubInfo(
        hub_id=hub_id,
        signing_key=signing,
        box_key=box,
        key_id=kid,
        url=url,
        pending_code=code.strip(),
    )

    def save(db: sqlite_utils.Database) -> HubInfo:
        load_or_create_device_key(db)
        return save_hub(db, info)

    return as_gateway(database).run(save)


def check_connection(
    hub_url: str, proxy: ProxySettings | None = None, timeout: float = 10.0
) -> dict[str, Any]:
    """Ask the hub for its health with these proxy settings ("Test connection" in the proxy
    dialog). Returns the hub's answer; raises EnrollmentError with a reason for people."""
    try:
        with HubClient(hub_url, proxy, timeout) as client:
            answer = client.health()
    except httpx.HTTPStatusError as exc:
        raise EnrollmentError(
            f"{hub_url} answered HTTP {exc.response.status_code}; is this an Accord hub?",
            code="sync.not-a-hub",
        ) from exc
    except httpx.HTTPError as exc:
        raise EnrollmentError(
            f"could not reach {hub_url}: {_describe(exc)}", code="sync.hub-unreachable"
        ) from exc
    except ValueError as exc:
        raise EnrollmentError(
            f"{hub_url} did not answer like an Accord hub", code="sync.not-a-hub"
        ) from exc
    if not isinstance(answer, dict) or answer.get("status") != "ok":
        raise EnrollmentError(f"{hub_url} did not answer like an Accord hub", code="sync.not-a-hub")
    return answer
