"""Download a pack over HTTP(S), resuming after a break with HTTP Range requests.

Links in the field are slow and drop often, so the bytes received are kept in
``<name>.part`` (with ``<name>.part.json`` remembering the URL and the server's ETag /
Last-Modified). The next attempt — in the same call after a short pause, or a later
download of the same address — asks only for the rest (``Range: bytes=N-``, guarded by
``If-Range`` so a file that changed on the server starts over). Nothing downloaded is
trusted: the finished file is verified and installed like any other (``packs_install``).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from desktop.core.packs.errors import PackCancelled, PackError
from desktop.core.packs.format import DEFAULT_LIMITS, PACK_SUFFIX, path_problem
from desktop.core.packs.progress import ProgressFn

CHUNK = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_TRANSIENT = (
    urllib.error.URLError,
    ConnectionError,
    TimeoutError,
    socket.timeout,
    http.client.IncompleteRead,
    http.client.RemoteDisconnected,
)


def _failed(message: str, code: str = "pack.download") -> PackError:
    return PackError(message, code=code)


def file_name_for(url: str) -> str:
    """A safe local file name for ``url`` (its last path part when that is a pack name)."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
    if not name.endswith(PACK_SUFFIX) or path_problem(name) or "/" in name:
        name = "download" + PACK_SUFFIX
    return name


def _read_sidecar(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def download(
    url: str,
    folder: Path,
    *,
    progress: ProgressFn | None = None,
    timeout: float = 30.0,
    retries: int = 5,
    backoff: float = 1.0,
    max_bytes: int = DEFAULT_LIMITS.max_pack_bytes,
    sleep: Callable[[float], None] = time.sleep,
) -> Path:
    """Fetch ``url`` into ``folder`` and return the complete file.

    Resumes a ``.part`` file left by an earlier attempt for the same URL. Retries up to
    ``retries`` times after a dropped connection, each time from where it stopped. Raises
    ``PackError`` with a readable reason (``PackCancelled`` if ``progress`` returns False);
    the partial file is kept so a later call can resume.
    """
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise _failed(f"'{url}' is not an http:// or https:// address")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / file_name_for(url)
    part = final.with_name(final.name + ".part")
    side = final.with_name(final.name + ".part.json")
    meta = _read_sidecar(side)
    if meta.get("url") != url:
        # A leftover from another address: never splice two files together.
        part.unlink(missing_ok=True)
        meta = {"url": url}

    attempt = 0
    while True:
        try:
            done = _attempt(url, part, side, meta, progress, timeout, max_bytes)
        except PackCancelled:
            raise
        except urllib.error.HTTPError as exc:
            if exc.code == 416:
                # Our partial file is not a prefix of what the server has now: start over.
                part.unlink(missing_ok=True)
                meta = {"url": url}
                attempt += 1
                if attempt > retries:
                    raise _failed(f"the server refused every range request for {url}") from exc
                continue
            raise _failed(
                f"the server answered {exc.code} {exc.reason} for {url}; check the address "
                "or try again later"
            ) from exc
        except _TRANSIENT as exc:
            attempt += 1
            if attempt > retries:
                have = part.stat().st_size if part.exists() else 0
                raise _failed(
                    f"the download of {url} broke off {attempt} times ({exc}); "
                    f"{have} bytes are kept and the next download resumes there",
                    "pack.download-interrupted",
                ) from exc
            sleep(min(backoff * attempt, 30.0))
            continue
        if done:
            break
    os.replace(part, final)
    side.unlink(missing_ok=True)
    return final


def _attempt(
    url: str,
    part: Path,
    side: Path,
    meta: dict[str, str],
    progress: ProgressFn | None,
    timeout: float,
    max_bytes: int,
) -> bool:
    """One request; True when the file is complete."""
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "Accord"})
    validator = meta.get("etag") or meta.get("last_modified")
    if have and validator:
        request.add_header("Range", f"bytes={have}-")
        request.add_header("If-Range", validator)
    elif have:
        # Without a validator a resumed file might mix two versions: start again.
        part.unlink(missing_ok=True)
        have = 0
    with urllib.request.urlopen(request, timeout=timeout) as response:
        status = response.status
        total: int | None
        if status == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != have:
                raise _failed(f"the server sent the wrong part of {url}; try again")
            total = int(match.group(3)) if match.group(3) != "*" else None
            mode = "ab"
        elif status == 200:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            have = 0
            mode = "wb"
        else:
            raise _failed(f"the server answered {status} for {url}")
        if total is not None and total > max_bytes:
            raise _failed(
                f"{url} is {total // (1024 * 1024)} MB, more than a pack may be; not downloaded"
            )
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        new_meta = {"url": url, "total": str(total or "")}
        if etag and not etag.startswith("W/"):  # weak ETags cannot guard a byte range
            new_meta["etag"] = etag
        elif modified:
            new_meta["last_modified"] = modified
        meta.clear()
        meta.update(new_meta)
        side.write_text(json.dumps(meta), encoding="utf-8")
        with open(part, mode) as out:
            while True:
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                out.write(chunk)
                have += len(chunk)
                if have > max_bytes:
                    raise _failed(f"{url} is larger than a pack may be; download stopped")
                if progress is not None and progress(have, total or have) is False:
                    out.flush()
                    raise PackCancelled()
            out.flush()
            with contextlib.suppress(OSError):
                os.fsync(out.fileno())
    if total is not None and have < total:
        raise http.client.IncompleteRead(b"", total - have)
    return True
