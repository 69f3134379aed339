"""The request body limit: enforced before the body is read (by ``Content-Length``) and
while it streams (by counting), so no client can make the hub hold a large body."""

from __future__ import annotations

import json

from fastapi import Request
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.ingest import Rejected


class BodyLimit:
    """Pure ASGI middleware: refuse a body over ``limit`` bytes with 413.

    A declared ``Content-Length`` over the limit is refused before a byte of the body is
    read. A body without one (chunked) is counted as it streams; when it passes the limit
    the 413 is sent at once and the application sees the client disconnect.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

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
        received = 0
        refused = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    if not started:
                        await _send_json(send, 413, "too_large", self._reason(received))
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:  # the 413 went out; the application's answer is dropped
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counting_receive, guarded_send)

    def _reason(self, size: int) -> str:
        return f"the body ({size} bytes or more) is larger than this hub's limit of {self.limit}"


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
