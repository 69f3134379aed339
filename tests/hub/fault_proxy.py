"""A fault-injecting TCP proxy for HTTP/1.1 (plain asyncio), between the app and the hub.

It frames requests and responses by ``Content-Length`` (all the sync client and the hub
send), so it can pick a fault per *request* even on a keep-alive connection:

* ``ok``     — forward both ways;
* ``delay``  — wait ``delay`` seconds, then forward;
* ``stall``  — wait ``stall`` seconds (longer than the client's timeout), then forward: the
  hub commits after the client gave up;
* ``cut``    — forward half the request to the hub, then close both sides;
* ``drop``   — forward the request, read the hub's whole answer (it has committed), then
  close the client's connection without it;
* ``reset``  — read the request, then reset the client's connection (RST) without
  forwarding;
* ``refuse`` — (per connection) reset a new connection at once, before reading anything.

Requests in absolute form (``POST http://host/path``, as sent to an HTTP proxy) are
rewritten to origin form and counted in ``stats["via_proxy"]``, so it doubles as a forward
proxy for proxy-settings tests.

``down = True`` closes the listening socket, so connections are refused for real (the link
is gone); ``down = False`` listens again on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable

FAULTS = ("ok", "delay", "stall", "cut", "drop", "reset")


async def _read_message(reader: asyncio.StreamReader) -> bytes | None:
    """One HTTP/1.1 message framed by Content-Length; None at a clean EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise ConnectionError("message cut in its head") from exc
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return head + body


def _rst(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            # SO_LINGER 0: close() sends RST instead of FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def weighted_plan(seed: int, weights: dict[str, float]) -> Callable[[int], str]:
    """A reproducible fault per request index."""
    rng = random.Random(seed)
    names, values = zip(*weights.items(), strict=True)
    cache: dict[int, str] = {}

    def plan(index: int) -> str:
        while len(cache) <= index:
            cache[len(cache)] = rng.choices(names, values)[0]
        return cache[index]

    return plan


class FaultProxy:
    """Listen on 127.0.0.1:``port`` (0 = any free port) and forward to ``target_port``."""

    def __init__(
        self,
        target_port: int,
        plan: Callable[[int], str] = lambda i: "ok",
        *,
        refuse_rate: float = 0.0,
        delay: float = 0.1,
        stall: float = 1.5,
        seed: int = 0,
    ) -> None:
        self.target_port = target_port
        self.plan = plan
        self.refuse_rate = refuse_rate
        self.delay = delay
        self.stall = stall
        self.stats: Counter[str] = Counter()
        self.port = 0
        self._rng = random.Random(seed)
        self._requests = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._down = False
        self._lock = threading.Lock()
        self._open: set[asyncio.StreamWriter] = set()

    # -- lifecycle (called from the test's thread)

    def start(self) -> FaultProxy:
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        self._call(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def down(self) -> bool:
        return self._down

    @down.setter
    def down(self, value: bool) -> None:
        if value == self._down:
            return
        self._down = value
        self._call(self._close() if value else self._listen())

    def _call(self, coro: object) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)  # type: ignore[arg-type]

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        # The link is gone: connections already open die too.
        for writer in list(self._open):
            _rst(writer)

    # -- the proxy

    def _next_fault(self) -> str:
        with self._lock:
            index = self._requests
            self._requests += 1
        return self.plan(index)

    def _origin_form(self, request: bytes) -> bytes:
        """Act as an HTTP forward proxy too: ``POST http://host/path`` → ``POST /path``."""
        line, sep, rest = request.partition(b"\r\n")
        method, _, remainder = line.partition(b" ")
        if remainder.startswith((b"http://", b"https://")):
            self.stats["via_proxy"] += 1
            target, _, version = remainder.partition(b" ")
            path = b"/" + target.split(b"/", 3)[3] if target.count(b"/") >= 3 else b"/"
            line = b" ".join((method, path, version))
        return line + sep + rest

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._rng.random() < self.refuse_rate:
            self.stats["refuse"] += 1
            _rst(writer)
            return
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self._open.add(writer)
        try:
            while True:
                request = await _read_message(reader)
                if request is None:
                    break
                request = self._origin_form(request)
                fault = self._next_fault()
                self.stats[fault] += 1
                if fault == "reset":
                    _rst(writer)
                    return
                if fault in ("delay", "stall"):
                    await asyncio.sleep(self.delay if fault == "delay" else self.stall)
                if upstream is None:
                    upstream = await asyncio.open_connection("127.0.0.1", self.target_port)
                up_reader, up_writer = upstream
                if fault == "cut":
                    up_writer.write(request[: len(request) // 2])
                    await up_writer.drain()
                    up_writer.close()
                    _rst(writer)
                    return
                up_writer.write(request)
                await up_writer.drain()
                response = await _read_message(up_reader)
                if response is None:
                    _rst(writer)
                    return
                if fault == "drop":
                    writer.transport.abort()
                    return
                if b"connection: close" in response.split(b"\r\n\r\n", 1)[0].lower():
                    up_writer.close()
                    upstream = None
                if writer.is_closing():
                    return
                writer.write(response)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.IncompleteReadError, ValueError):
            with contextlib.suppress(Exception):
                writer.transport.abort()
        finally:
            self._open.discard(writer)
            if upstream is not None:
                upstream[1].close()
            if not writer.is_closing():
                writer.close()
