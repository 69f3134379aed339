"""The request body limits: its size, enforced before the body is read (by
``Content-Length``) and while it streams (by counting), and the time it may take to
arrive, so no client can make the hub hold a large body or a stalled connection."""

from __future__ import annotations

import asyncio
import json
import time

from fastapi import Request
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.errors import Rejected


class BodyLimit:
    """Pure ASGI middleware: refuse a body over ``limit`` bytes with 413, and one that has
    not fully arrived ``timeout`` seconds after the request started with 408.

    A declared ``Content-Length`` over the limit is refused before a byte of the body is
    read. A body without one (chunked) is counted as it streams; when it passes the limit
    the 413 is sent at once and the application sees the client disconnect. A body that
    stalls (or trickles) is cut off at the deadline the same way: a slow client cannot
    hold a connection and a worker's memory for longer than ``timeout``.
    """

    def __init__(self, app: ASGIApp, limit: int, timeout: float = 20.0) -> None:
        self.app = app
        self.limit = limit
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
                if length < 0:
                    raise ValueError(declared)
            except ValueError:
                await _send_json(send, 400, "bad_length", "Content-Length is not a number")
                return
            if length > self.limit:
                await _send_json(send, 413, "too_large", self._reason(length))
                return
        guard = _Guard(self, receive, send)
        await self.app(scope, guard.receive, guard.send)

    def _reason(self, size: int) -> str:
        return f"the body ({size} bytes or more) is larger than this hub's limit of {self.limit}"


class _Guard:
    """One request's view of the body limits: counts and times the body as it arrives."""

    def __init__(self, limit: BodyLimit, receive: Receive, send: Send) -> None:
        self.limit = limit
        self._receive = receive
        self._send = send
        self.deadline = time.monotonic() + limit.timeout
        self.received = 0
        self.refused = False
        self.started = False
        self.body_done = False

    async def _refuse(self, status: int, code: str, reason: str) -> Message:
        self.refused = True
        if not self.started:
            await _send_json(self._send, status, code, reason)
        return {"type": "http.disconnect"}

    async def receive(self) -> Message:
        if self.refused:
            return {"type": "http.disconnect"}
        if self.body_done or self.started:  # only the body has a deadline, not a long answer
            return await self._receive()
        try:
            message = await asyncio.wait_for(
                self._receive(), max(0.0, self.deadline - time.monotonic())
            )
        except TimeoutError:
            return await self._refuse(
                408,
                "body_timeout",
                f"the request body did not arrive within {self.limit.timeout:g} s; "
                "send it again on a steadier connection",
            )
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if self.received > self.limit.limit:
                return await self._refuse(413, "too_large", self.limit._reason(self.received))
            self.body_done = not message.get("more_body", False)
        return message

    async def send(self, message: Message) -> None:
        if self.refused:  # the refusal went out; the application's answer is dropped
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


async def _send_json(send: Send, status: int, code: str, reason: str) -> None:
    body = json.dumps({"error": code, "reason": reason}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                # The unread body makes the connection unusable: tell the client.
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes or (400) when cut short."""
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:  # BodyLimit answers first; this is the second line of defence
                raise Rejected(413, "too_large", f"the body is larger than {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise Rejected(
            400, "incomplete_body", "the connection closed before the body ended"
        ) from exc
    return b"".join(chunks)
