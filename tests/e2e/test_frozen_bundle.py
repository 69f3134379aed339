"""Smoke test of the frozen bundle: build it, then run it with no network.

Opt-in, because building takes several minutes (about 4 on the 2-core build machine)::

    ACCORD_BUILD_TESTS=1 pytest tests/e2e/test_frozen_bundle.py -v

``ACCORD_BUNDLE_DIST=dist`` reuses a ``dist/`` folder that ``python packaging/build.py``
already made instead of building a fresh one in a temporary folder.

"No network" means a fresh network namespace (``unshare --net``, which has only a loopback
interface that is down) when this machine allows it (root, or user namespaces); otherwise
every proxy variable points at a closed local port, so any HTTP attempt fails at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUDGET_MB = 90.0
OFFLINE_PROXY = "http://127.0.0.1:9"  # the discard port: nothing listens there

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("ACCORD_BUILD_TESTS") != "1",
        reason="builds the frozen bundle (minutes); run with ACCORD_BUILD_TESTS=1",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tested on Linux only"),
    pytest.mark.timeout(1800),
]


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "--net", "true"], timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


UNSHARE = _unshare_works() if os.environ.get("ACCORD_BUILD_TESTS") == "1" else False


def offline(
    cmd: list[str], env: dict[str, str], cwd: Path, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` with no network: a new network namespace, else dead proxies."""
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        env[name] = OFFLINE_PROXY
    env.pop("NO_PROXY", None)
    env.pop("no_proxy", None)
    if UNSHARE:
        cmd = ["unshare", "--net", "--", *cmd]
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the test suite's data folder or Python paths."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ACCORD_DATA_DIR", "ACCORD_LIBRARY", "PYTHONPATH", "ACCORD_PORTABLE")
    }
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist/ folder holding Accord/ and its archive (built now unless reused)."""
    reuse = os.environ.get("ACCORD_BUNDLE_DIST")
    if reuse:
        return Path(reuse).resolve()
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build.py"),
            "--dist",
            str(out),
            "--work",
            str(work),
            "--no-self-test",  # run below, offline
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def bundle(dist: Path) -> Path:
    """The one-folder bundle."""
    folder = dist / "Accord"
    assert (folder / "accord").is_file()
    return folder


@pytest.fixture(scope="module")
def archive(dist: Path) -> Path:
    """The .tar.gz of the bundle."""
    found = sorted(dist.glob("Accord-*-linux-*.tar.gz"))
    assert found, f"no archive in {dist}"
    return found[-1]


LANGS = ("en", "fr", "es", "pt", "ar")
QT_LANGS = ("fr", "es", "pt_BR", "ar")


def test_network_is_really_unavailable(tmp_path: Path) -> None:
    if not UNSHARE:
        pytest.skip("unshare --net is not allowed here: proxies point at a closed port")
    proc = offline(["cat", "/proc/net/dev"], clean_env(), tmp_path)
    interfaces = [ln.split(":")[0].strip() for ln in proc.stdout.splitlines() if ":" in ln]
    assert interfaces == ["lo"]


def test_archive_is_within_budget_and_complete(archive: Path) -> None:
    size_mb = archive.stat().st_size / 1e6
    assert size_mb <= BUDGET_MB, f"{archive.name} is {size_mb:.1f} MB"
    checksum = archive.with_name(archive.name + ".sha256").read_text().split()[0]
    assert checksum == hashlib.sha256(archive.read_bytes()).hexdigest()
    with tarfile.open(archive) as tf:
        names = set(tf.getnames())
    for wanted in (
        "Accord/accord",
        "Accord/_internal/content",
        "Accord/_internal/prebuilt-index/index.json",
        "Accord/_internal/packaging/keys/coordinating-body.pub",
        "Accord/_internal/icons/accord.svg",
        "Accord/share/applications/accord.desktop",
        "Accord/share/metainfo/org.accord.Accord.metainfo.xml",
        # The interface in every language, Qt's own buttons to match, the Arabic font.
        *(f"Accord/_internal/desktop/ui/translations/accord_{lang}.qm" for lang in LANGS),
        *(f"Accord/_internal/PySide6/Qt/translations/qtbase_{q}.qm" for q in QT_LANGS),
        "Accord/_internal/desktop/ui/fonts/NotoNaskhArabic-Regular.ttf",
        "Accord/_internal/desktop/ui/fonts/OFL.txt",  # its licence travels with it
    ):
        assert wanted in names, wanted


def test_unpacked_archive_passes_its_self_test_offline(archive: Path, tmp_path: Path) -> None:
    with tarfile.open(archive) as tf:
        tf.extractall(tmp_path, filter="data")
    program = tmp_path / "Accord" / "accord"
    proc = offline([str(program), "--self-test"], clean_env(), tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "frozen bundle" in proc.stdout
    assert proc.stdout.count("\nok ") == 5
    assert "prebuilt index adopted, up to date" in proc.stdout
    assert proc.stdout.rstrip().endswith("self-test passed: 5 checks")


def test_frozen_search_works_offline(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = offline(
        [str(bundle / "accord"), "--data-dir", str(data), "search", "governance"],
        clean_env(),
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "documents match 'governance'" in proc.stdout
    manifest = (data / "index" / "index.json").read_text()
    assert '"source": "bundle"' in manifest  # the prebuilt index was adopted, not rebuilt


def test_only_the_qt_modules_in_use_are_bundled(bundle: Path) -> None:
    internal = bundle / "_internal"
    modules = sorted(p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so"))
    assert modules == ["QtCore", "QtGui", "QtPrintSupport", "QtWidgets"]
    names = [p.name for p in internal.rglob("*")]
    for unwanted in ("Qml", "Quick", "WebEngine", "Qt63D", "Multimedia", "Network", "Pdf"):
        assert not [n for n in names if unwanted in n], unwanted
    translations = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir())
    assert translations and all(n.startswith(("qtbase_", "qt_")) for n in translations)
    assert not (internal / "hub").exists()


def test_marker_file_makes_the_frozen_app_portable(bundle: Path, tmp_path: Path) -> None:
    marker = bundle / "accord-portable.txt"
    folder = bundle / "AccordData"
    assert not marker.exists() and not folder.exists()
    marker.write_text("portable\n")
    try:
        proc = offline([str(bundle / "accord"), "search", "model"], clean_env(), tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert (folder / "index" / "index.json").is_file()
    finally:
        marker.unlink()
        shutil.rmtree(folder, ignore_errors=True)


def test_data_kept_on_the_computer_is_exported_to_the_stick(bundle: Path, tmp_path: Path) -> None:
    """Portable, data on the computer: the frozen app copies the database at exit."""
    marker = bundle / "accord-portable.txt"
    folder = bundle / "AccordData"
    home_data = tmp_path / "xdg" / "Accord"  # platformdirs' user data folder on Linux
    home_data.mkdir(parents=True)
    conn = sqlite3.connect(home_data / "accord.db")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES ('work done on this laptop')")
    conn.commit()
    conn.close()
    marker.write_text("portable\n")
    folder.mkdir()
    (folder / "portable.json").write_text(json.dumps({"data_on": "computer"}))
    try:
        env = clean_env(XDG_DATA_HOME=str(tmp_path / "xdg"))
        proc = offline([str(bundle / "accord"), "search", "model"], env, tmp_path)
        assert proc.returncode == 0, proc.stderr
        snapshots = sorted((folder / "exports").glob("accord-*.db"))
        assert len(snapshots) == 1
        conn = sqlite3.connect(snapshots[0])
        assert conn.execute("SELECT v FROM t").fetchall() == [("work done on this laptop",)]
        conn.close()
        assert (home_data / "index" / "index.json").is_file()  # live data stayed on the laptop
    finally:
        marker.unlink()
        shutil.rmtree(folder, ignore_errors=True)
