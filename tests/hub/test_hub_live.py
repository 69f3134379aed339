"""The body limit on a real server (uvicorn on 127.0.0.1), spoken to over raw sockets."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.app import HubSettings
from tests.hub.helpers import LiveHub, live_hub

LIMIT = 4096


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveHub]:
    with live_hub(tmp_path / "hub", HubSettings(max_body=LIMIT)) as s:
        yield s


def exchange(
    port: int, head: bytes, body_chunks: list[bytes] = (), read_first: bool = False
) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head)
        if read_first:  # the whole answer must come without a byte of the body being sent
            data = b""
            while b"}" not in data:
                part = sock.recv(65536)
                if not part:
                    break
                data += part
            return data
        for chunk in body_chunks:
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
        data = b""
        try:
            while True:
                part = sock.recv(65536)
                if not part:
                    break
                data += part
                if b"\r\n\r\n" in data and b"too_large" in data:
                    break
        except (ConnectionResetError, TimeoutError):
            pass
        return data


def test_declared_length_over_the_limit_is_refused_before_the_body(server: LiveHub) -> None:
    head = (
        b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000000000\r\n\r\n"
    )
    answer = exchange(server.port, head, read_first=True)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b'"too_large"' in answer and b"connection: close" in answer.lower()
    assert server.hub.store.counts()["accepted"] == 0


def test_a_chunked_body_is_counted_as_it_streams(server: LiveHub) -> None:
    head = (
        b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"a" * 1024
    chunks = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(8)] + [b"0\r\n\r\n"]
    answer = exchange(server.port, head, chunks)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"too_large" in answer


def test_a_body_within_the_limit_reaches_the_checks(server: LiveHub) -> None:
    body = b'{"format": "nope"}'
    head = (
        b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    )
    answer = exchange(server.port, head, [body])
    assert answer.startswith(b"HTTP/1.1 400") and b"bad_format" in answer


def test_a_body_cut_half_way_stores_nothing_and_the_hub_keeps_serving(server: LiveHub) -> None:
    head = (
        b"POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 2000\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head + b"{" * 1000)
    import httpx

    assert httpx.get(server.url + "/v1/health", timeout=5).status_code == 200
    assert server.hub.store.counts()["accepted"] == 0
