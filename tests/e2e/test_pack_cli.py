"""``accord pack …`` as a publisher and a field user run it: messages, exit codes, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import REPO, write_doc


def accord(*args: str, data: Path, library: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI; ``library`` stands in for the bundled library (ACCORD_LIBRARY)."""
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data)]
    env = {k: v for k, v in os.environ.items() if k not in ("ACCORD_DATA_DIR", "ACCORD_LIBRARY")}
    if library is not None:
        env["ACCORD_LIBRARY"] = str(library)
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, timeout=300, cwd=REPO, env=env
    )


def test_publish_verify_trust_install_search_rollback_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = tmp_path / "publisher.key"
    out = accord("pack", "keygen", "--out", str(key), "--comment", "Test body", data=data)
    assert out.returncode == 0, out.stderr
    assert key.exists() and Path(f"{key}.pub").exists()

    content = REPO / "content"
    v1 = tmp_path / "core-1.0.0.accordpack"
    out = accord(
        "pack",
        "build",
        str(content),
        "--key",
        str(key),
        "--id",
        "core",
        "--version",
        "1.0.0",
        "--out",
        str(v1),
        data=data,
    )
    assert out.returncode == 0, out.stderr
    assert "Built" in out.stdout and "core 1.0.0" in out.stdout

    # Not yet trusted: verify explains the fix; --trust makes it pass.
    out = accord("pack", "verify", str(v1), data=data)
    assert out.returncode == 1 and "unknown key" in out.stderr
    assert "accord pack trust add" in out.stderr
    out = accord("pack", "verify", str(v1), "--trust", f"{key}.pub", "--json", data=data)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ok"] is True

    out = accord("pack", "trust", "add", f"{key}.pub", data=data)
    assert out.returncode == 0 and "WARNING" in out.stderr

    # A fresh data folder, an empty bundled library: the pack alone makes the library.
    empty = tmp_path / "empty"
    empty.mkdir()
    out = accord("pack", "install", str(v1), "--json", data=data, library=empty)
    assert out.returncode == 0, out.stderr
    (result,) = json.loads(out.stdout)["installed"]
    assert result["action"] == "installed" and len(result["changes"]["added"]) >= 20

    out = accord("search", "inspection", "--json", data=data, library=empty)
    assert out.returncode == 0, out.stderr
    assert "playbooks/conduct-ai-inspection" in [h["id"] for h in json.loads(out.stdout)["hits"]]

    out = accord("pack", "list", "--json", data=data, library=empty)
    rows = json.loads(out.stdout)
    installed = [r for r in rows if r["source"] == "installed"]
    assert installed[0]["id"] == "core" and installed[0]["version"] == "1.0.0"
    assert installed[0]["active"] is True

    # A tampered byte: verify and install both fail with a reason; nothing changes.
    tampered = tmp_path / "tampered.accordpack"
    raw = bytearray(v1.read_bytes())
    raw[len(raw) // 3] ^= 0x20
    tampered.write_bytes(bytes(raw))
    out = accord("pack", "verify", str(tampered), data=data)
    assert out.returncode == 1 and "tampered.accordpack" in out.stderr
    out = accord("pack", "install", str(tampered), data=data, library=empty)
    assert out.returncode == 1 and "tampered.accordpack" in out.stderr

    # An update with one changed document, as a delta; then roll it back.
    library = tmp_path / "library"
    import shutil

    shutil.copytree(content, library)
    target = library / "playbooks" / "conduct-ai-inspection.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nWombat clause.\n", encoding="utf-8")
    d2 = tmp_path / "core-1.1.0-delta.accordpack"
    out = accord(
        "pack",
        "build",
        str(library),
        "--key",
        str(key),
        "--id",
        "core",
        "--version",
        "1.1.0",
        "--out",
        str(d2),
        "--base",
        str(v1),
        data=data,
    )
    assert out.returncode == 0, out.stderr and "delta from 1.0.0" in out.stdout
    out = accord("pack", "install", str(d2), data=data, library=empty)
    assert out.returncode == 0, out.stderr
    assert "core 1.1.0 updated from a delta pack (was 1.0.0)" in out.stdout
    assert "updated  playbooks/conduct-ai-inspection" in out.stdout
    out = accord("search", "wombat", "--json", data=data, library=empty)
    assert json.loads(out.stdout)["total"] == 1

    out = accord("pack", "rollback", "core", data=data, library=empty)
    assert out.returncode == 0, out.stderr
    assert "core 1.0.0 rolled back" in out.stdout
    out = accord("search", "wombat", "--json", data=data, library=empty)
    assert json.loads(out.stdout)["total"] == 0

    # Peer distribution: export to a "USB stick", install on another laptop.
    usb = tmp_path / "usb"
    out = accord("pack", "export", "--out", str(usb), data=data)
    assert out.returncode == 0, out.stderr
    assert (usb / "core-1.0.0.accordpack").is_file()
    laptop = tmp_path / "laptop"
    out = accord("pack", "trust", "add", f"{key}.pub", data=laptop)
    out = accord("pack", "install", str(usb), "--no-index", data=laptop, library=empty)
    assert out.returncode == 0, out.stderr
    assert "core 1.0.0 installed" in out.stdout


def test_build_refuses_library_with_errors(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = tmp_path / "k"
    accord("pack", "keygen", "--out", str(key), data=data)
    write_doc(tmp_path / "lib", "bad.md", "---\ntitle: [oops\n---\n")
    out = accord(
        "pack",
        "build",
        str(tmp_path / "lib"),
        "--key",
        str(key),
        "--id",
        "x",
        "--version",
        "1.0.0",
        "--out",
        str(tmp_path / "x.accordpack"),
        data=data,
    )
    assert out.returncode == 1
    assert "error(s), so no pack was built" in out.stderr and "bad.md" in out.stderr
    assert not (tmp_path / "x.accordpack").exists()


def test_download_resumable_and_installed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = tmp_path / "k"
    accord("pack", "keygen", "--out", str(key), data=data)
    accord("pack", "trust", "add", f"{key}.pub", data=data)
    lib = tmp_path / "lib"
    write_doc(lib, "guides/hello.md", "---\ntitle: Hello\ntype: guide\n---\nPlatypus.\n")
    served = tmp_path / "served"
    served.mkdir()
    out = accord(
        "pack",
        "build",
        str(lib),
        "--key",
        str(key),
        "--id",
        "national-xx",
        "--version",
        "1.0.0",
        "--out",
        str(served / "xx.accordpack"),
        data=data,
    )
    assert out.returncode == 0, out.stderr
    handler = partial(SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/xx.accordpack"
        out = accord("pack", "download", url, "--json", data=data)
    finally:
        server.shutdown()
        server.server_close()
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["id"] == "national-xx"
    out = accord("search", "platypus", "--json", data=data)
    assert "guides/hello" in [h["id"] for h in json.loads(out.stdout)["hits"]]
