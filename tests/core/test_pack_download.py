"""Downloading a pack: resume after a break with HTTP Range, then verify and install.

The "hub" here is a tiny stdlib HTTP server on 127.0.0.1 that can cut a response short.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.core.packs.download import download, file_name_for
from desktop.core.packs.format import PackError
from desktop.core.packs.install import install_pack
from desktop.core.packs.verify import PackCancelled
from tests.core import test_pack_support as support
from tests.core.test_pack_support import Keys, build, make_library

# Shared fixtures (a plain assignment, so pytest finds them in this module).
keys = support.keys


class Hub:
    """Serves files from a dict; ``cut_after`` bytes end the next responses early."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.cuts: list[int] = []
        self.requests: list[dict[str, str]] = []
        self.ignore_range = False
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                hub.requests.append(dict(self.headers))
                body = hub.files.get(self.path)
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                start = 0
                wanted = self.headers.get("Range")
                if_range = self.headers.get("If-Range")
                if wanted and not hub.ignore_range and (if_range in (None, etag)):
                    start = int(wanted.removeprefix("bytes=").split("-")[0])
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(body)}")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", str(len(body) - start))
                self.send_header("ETag", etag)
                self.end_headers()
                payload = body[start:]
                if hub.cuts:
                    # Simulate a dropped link: send part of the body, then hang up.
                    payload = payload[: hub.cuts.pop(0)]
                    self.wfile.write(payload)
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hub() -> Iterator[Hub]:
    server = Hub()
    yield server
    server.close()


@pytest.fixture
def pack_bytes(tmp_path: Path, keys: Keys) -> bytes:
    lib = make_library(tmp_path / "lib", 40)
    return build(lib, keys, tmp_path / "p.accordpack", pack_id="national").read_bytes()


def test_download_resumes_within_one_call(hub: Hub, pack_bytes: bytes, tmp_path: Path) -> None:
    hub.files["/packs/national-1.0.0.accordpack"] = pack_bytes
    hub.cuts = [1000, 2000]
    path = download(hub.url("/packs/national-1.0.0.accordpack"), tmp_path / "dl", backoff=0)
    assert path.name == "national-1.0.0.accordpack"
    assert path.read_bytes() == pack_bytes
    ranges = [r.get("Range") for r in hub.requests]
    assert ranges == [None, "bytes=1000-", "bytes=3000-"]
    assert all(r.get("If-Range") for r in hub.requests[1:])
    assert not list((tmp_path / "dl").glob("*.part*"))


def test_download_resumes_in_a_later_call_then_installs(
    hub: Hub, pack_bytes: bytes, tmp_path: Path, keys: Keys
) -> None:
    hub.files["/p.accordpack"] = pack_bytes
    hub.cuts = [1500, 0, 0]
    with pytest.raises(PackError, match=r"broke off.*resumes"):
        download(hub.url("/p.accordpack"), tmp_path / "dl", retries=2, backoff=0)
    part = tmp_path / "dl" / "p.accordpack.part"
    assert part.stat().st_size == 1500
    path = download(hub.url("/p.accordpack"), tmp_path / "dl", backoff=0)
    assert hub.requests[-1]["Range"] == "bytes=1500-"
    assert path.read_bytes() == pack_bytes
    result = install_pack(path, tmp_path / "data", trusted=keys.trusted, update_index=False)
    assert result.pack_id == "national" and len(result.changes.added) == 41


def test_changed_file_on_server_restarts_from_zero(
    hub: Hub, pack_bytes: bytes, tmp_path: Path
) -> None:
    hub.files["/p.accordpack"] = b"x" * 5000
    hub.cuts = [1000]
    with pytest.raises(PackError):
        download(hub.url("/p.accordpack"), tmp_path / "dl", retries=0)
    hub.files["/p.accordpack"] = pack_bytes  # a new version was published meanwhile
    path = download(hub.url("/p.accordpack"), tmp_path / "dl", backoff=0)
    assert path.read_bytes() == pack_bytes  # If-Range made the server send it whole


def test_server_without_range_support(hub: Hub, pack_bytes: bytes, tmp_path: Path) -> None:
    hub.files["/p.accordpack"] = pack_bytes
    hub.ignore_range = True
    hub.cuts = [700]
    path = download(hub.url("/p.accordpack"), tmp_path / "dl", backoff=0)
    assert path.read_bytes() == pack_bytes


def test_http_errors_and_bad_urls_are_clear(hub: Hub, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="404"):
        download(hub.url("/missing.accordpack"), tmp_path / "dl")
    with pytest.raises(PackError, match="not an http"):
        download("file:///etc/passwd", tmp_path / "dl")
    with pytest.raises(PackError, match="more than a pack may be"):
        hub.files["/big.accordpack"] = b"y" * 2000
        download(hub.url("/big.accordpack"), tmp_path / "dl", max_bytes=1000)


def test_cancel_keeps_the_partial_file(hub: Hub, pack_bytes: bytes, tmp_path: Path) -> None:
    hub.files["/p.accordpack"] = pack_bytes
    with pytest.raises(PackCancelled):
        download(hub.url("/p.accordpack"), tmp_path / "dl", progress=lambda d, t: False)
    assert (tmp_path / "dl" / "p.accordpack.part").exists()


def test_tampered_download_is_not_installed(
    hub: Hub, pack_bytes: bytes, tmp_path: Path, keys: Keys
) -> None:
    bad = bytearray(pack_bytes)
    bad[len(bad) // 2] ^= 0xFF
    hub.files["/p.accordpack"] = bytes(bad)
    path = download(hub.url("/p.accordpack"), tmp_path / "dl")
    with pytest.raises(PackError):
        install_pack(path, tmp_path / "data", trusted=keys.trusted, update_index=False)
    assert not (tmp_path / "data" / "packs" / "national").exists()


def test_file_names_from_urls_are_safe() -> None:
    assert file_name_for("https://hub/x/core-1.2.accordpack?sig=1") == "core-1.2.accordpack"
    assert file_name_for("https://hub/x/%2e%2e%2fevil.accordpack") == "download.accordpack"
    assert file_name_for("https://hub/packs/") == "download.accordpack"
