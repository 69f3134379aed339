"""Logins for the hub's people: HTTP Basic over the TLS of the reverse proxy in front.

Devices never log in (their envelopes are signed). The dashboard, the index and its
exports need an ``analyst`` or ``operator`` account unless the hub publishes them on
purpose (``public_index``); device administration needs ``operator``. Failed logins are
rate-limited per client address in the database (every worker counts the same), and a
client over the limit is refused before its password is checked.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from fastapi import Request

from hub.db.ratelimit import RateLimit, peek
from hub.db.schema import OPERATOR
from hub.errors import Rejected, retry_after
from hub.store import HubStore
from hub.users import NAME_PATTERN, User

REALM = 'Basic realm="Accord hub", charset="UTF-8"'
SCHEME_NAME = "login"
# Added to each protected operation of /openapi.json.
SECURITY = {"security": [{SCHEME_NAME: []}]}


def client_host(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    name, sep, password = decoded.partition(":")
    return (name, password) if sep else None


def _refused(reason: str, code: str = "login_required") -> Rejected:
    return Rejected(401, code, reason, {"WWW-Authenticate": REALM})


def login(store: HubStore, limit: RateLimit, request: Request, role: str | None) -> User:
    """The logged-in account of ``request`` with at least ``role``; else Rejected (401,
    403 or 429)."""
    given = _credentials(request)
    if given is None:
        raise _refused("log in with a hub account (operator or analyst) to see this page")
    key = "login:" + client_host(request)
    with store.db.read() as conn:
        wait = peek(conn, key, limit)
    if wait > 0:
        raise Rejected(
            429,
            "rate_limited",
            f"too many failed logins from this address; retry in {retry_after(wait)} s",
            {"Retry-After": retry_after(wait)},
        )
    name, password = given
    user = None
    if NAME_PATTERN.fullmatch(name) and len(password) <= 1024:
        user = store.users.verify(name, password)
    if user is None:
        store.take_token(key, limit)
        raise _refused("the account name or password is wrong", "bad_login")
    if role == OPERATOR and user.role != OPERATOR:
        raise Rejected(403, "forbidden", f"account {user.name} may read but not administer")
    return user


def requirement(
    store: HubStore, limit: RateLimit, role: str | None, *, public: bool = False
) -> Callable[[Request], User | None]:
    """A FastAPI dependency: the account of the request (None when ``public``)."""

    def dependency(request: Request) -> User | None:
        if public:
            return None
        return login(store, limit, request, role)

    return dependency
