"""Build Accord's one-folder desktop bundle and its archive.

    pip install -e '.[build]'          # PyInstaller, once
    python packaging/build.py          # → dist/Accord/ and dist/Accord-<ver>-<os>-<arch>.tar.gz

Steps: render the icons if they are missing (``make_icons.py``); run PyInstaller on
``packaging/accord.spec`` (which also indexes ``content/`` into the bundle's prebuilt
index); add the platform files (Linux: ``share/`` with the .desktop file, AppStream
metainfo and icons); check the bundle holds what the app needs; run the frozen
``--self-test``; pack the folder (``.tar.gz``; ``.zip`` on Windows) with a ``.sha256`` file;
report the sizes and fail when the archive is over the budget.

Options: ``--portable`` puts the ``accord-portable.txt`` marker in the bundle (data then
lives in ``AccordData/`` beside the program: a USB-stick build); ``--no-self-test``;
``--max-mb N`` (default 90); ``--dist``/``--work`` folders. Run from any folder.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP = "Accord"
BUDGET_MB = 90.0
MARKER_NAME = "accord-portable.txt"  # desktop.core.storage.portable.MARKER_NAME
MARKER_TEXT = (
    "This file switches Accord to portable mode: your data is kept in the AccordData\n"
    "folder beside the program, so the whole folder can travel on a USB stick.\n"
    "Delete this file to keep data in your user profile instead.\n"
)


def exe_name() -> str:
    """The program's file name inside the bundle on this platform."""
    if sys.platform == "win32":
        return "accord-cli.exe"  # the console twin: it can print the self-test
    if sys.platform == "darwin":
        return "Accord"
    return "accord"


def platform_tag() -> str:
    """e.g. ``linux-x86_64``, ``windows-amd64``, ``macos-arm64``."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    return f"{system}-{platform.machine().lower()}"


def version() -> str:
    """The app version (``desktop.__version__``)."""
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Run PyInstaller on the spec (a clean build into ``dist``/``work``)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed: pip install -e '.[build]' (see docs/installers.md)"
        ) from None
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(PACKAGING / "accord.spec"),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def bundle_root(dist: Path) -> Path:
    """The folder users get: ``dist/Accord`` (``dist/Accord.app`` on macOS)."""
    app = dist / f"{APP}.app"
    return app if sys.platform == "darwin" and app.is_dir() else dist / APP


def data_root(bundle: Path) -> Path:
    """Where PyInstaller put the data files (``sys._MEIPASS`` of the frozen app)."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "Resources"
    return bundle / "_internal"


def program(bundle: Path) -> Path:
    """The frozen ``accord`` program inside ``bundle``."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / exe_name()
    return bundle / exe_name()


def add_platform_files(bundle: Path, portable: bool) -> None:
    """Linux: freedesktop files under ``share/``; any platform: the portable marker."""
    if sys.platform.startswith("linux"):
        share = bundle / "share"
        files = {
            PACKAGING / "linux" / "accord.desktop": share / "applications" / "accord.desktop",
            PACKAGING / "linux" / "org.accord.Accord.metainfo.xml": share
            / "metainfo"
            / "org.accord.Accord.metainfo.xml",
            PACKAGING / "icons" / "accord.svg": share
            / "icons"
            / "hicolor"
            / "scalable"
            / "apps"
            / "accord.svg",
            PACKAGING / "icons" / "accord.png": share
            / "icons"
            / "hicolor"
            / "256x256"
            / "apps"
            / "accord.png",
            PACKAGING / "linux" / "install-desktop-entry.sh": share / "install-desktop-entry.sh",
        }
        for src, dest in files.items():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
    marker_dir = bundle.parent if bundle.suffix == ".app" else bundle
    marker = marker_dir / MARKER_NAME
    if portable:
        marker.write_text(MARKER_TEXT, encoding="utf-8")
    elif marker.exists():
        marker.unlink()


def check_bundle(bundle: Path) -> list[str]:
    """What the frozen app needs but the bundle lacks (empty when complete)."""
    data = data_root(bundle)
    wanted = [
        program(bundle),
        data / "content",
        data / "prebuilt-index" / "index.json",
        data / "icons" / "accord.png",
        data / "wordllama" / "weights" / "l2_supercat_64.safetensors",
        data / "wordllama" / "tokenizers" / "l2_supercat_tokenizer_config.json",
    ]
    problems = [f"missing: {p}" for p in wanted if not p.exists()]
    if not list((data / "packaging" / "keys").glob("*.pub")):
        problems.append(f"no trusted key in {data / 'packaging' / 'keys'}")
    return problems


def unresolved_libs(bundle: Path) -> dict[str, list[str]]:
    """Linux: libraries the window-system plugins need that neither the bundle nor this
    machine has (so PyInstaller could not bundle them). Empty elsewhere or when complete."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return {}
    data = data_root(bundle)
    qt = data / "PySide6" / "Qt"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{data}:{qt / 'lib'}")
    missing: dict[str, list[str]] = {}
    for plugin in sorted((qt / "plugins" / "platforms").glob("*.so")):
        out = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
        libs = [ln.split()[0] for ln in out.stdout.splitlines() if "not found" in ln]
        if libs:
            missing[plugin.name] = libs
    return missing


def self_test(bundle: Path) -> bool:
    """Run the frozen ``--self-test`` (offscreen when there is no display)."""
    env = dict(os.environ)
    env.pop("ACCORD_DATA_DIR", None)
    cmd = [str(program(bundle)), "--self-test"]
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, env=env).returncode == 0


def meaning_check(bundle: Path) -> bool:
    """The frozen program searches by meaning too: a broken model or NumPy would only make
    search fall back to words, silently (as it should for users), so the build checks."""
    import json
    import tempfile

    env = dict(os.environ)
    env.pop("ACCORD_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="accord-meaning-") as data:
        cmd = [str(program(bundle)), "--data-dir", data, "search", "how do we stop an AI system"]
        print("$", " ".join(cmd), "--json", flush=True)
        out = subprocess.run([*cmd, "--json"], env=env, capture_output=True, text=True)
    try:
        return out.returncode == 0 and json.loads(out.stdout).get("semantic") is True
    except ValueError:
        return False


def folder_size(path: Path) -> int:
    """Bytes in all files under ``path`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(bundle: Path, out_dir: Path, name: str) -> Path:
    """Pack ``bundle`` into ``out_dir/name.tar.gz`` (``.zip`` on Windows), top folder kept."""
    if sys.platform == "win32":
        target = out_dir / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(bundle.name) / path.relative_to(bundle))
        return target
    target = out_dir / f"{name}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz", compresslevel=9) as tf:
        tf.add(bundle, arcname=bundle.name, filter=normalise)
    return target


def write_checksum(path: Path) -> Path:
    """``<file>.sha256`` in the format ``sha256sum -c`` reads."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    out = path.with_name(path.name + ".sha256")
    out.write_text(f"{digest.hexdigest()}  {path.name}\n", encoding="ascii")
    return out


def main(argv: list[str] | None = None) -> int:
    """Build, check and archive; returns 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (dist/)")
    parser.add_argument(
        "--work", default=str(ROOT / "build" / "pyinstaller"), help="PyInstaller's work folder"
    )
    parser.add_argument("--portable", action="store_true", help="ship the portable marker")
    parser.add_argument("--no-self-test", action="store_true", help="skip the frozen self-test")
    parser.add_argument("--max-mb", type=float, default=BUDGET_MB, help="archive size budget")
    args = parser.parse_args(argv)
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    started = time.perf_counter()

    icons = PACKAGING / "icons"
    if not all((icons / n).exists() for n in ("accord.png", "accord.ico", "accord.icns")):
        subprocess.run([sys.executable, str(PACKAGING / "make_icons.py")], check=True)
    run_pyinstaller(dist, work)
    bundle = bundle_root(dist)
    add_platform_files(bundle, args.portable)
    problems = check_bundle(bundle)
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    if problems:
        return 1
    for plugin, libs in unresolved_libs(bundle).items():
        print(
            f"build: warning: {plugin} needs {', '.join(libs)}, missing on this build machine "
            "and so not bundled; install them (docs/installers.md) and build again",
            file=sys.stderr,
        )
    if not args.no_self_test and not self_test(bundle):
        print("build: the frozen self-test failed", file=sys.stderr)
        return 1
    if not args.no_self_test and not meaning_check(bundle):
        print(
            "build: the frozen program does not search by meaning (the model files or NumPy "
            "did not load; see the log in the data folder)",
            file=sys.stderr,
        )
        return 1

    name = f"{APP}-{version()}-{platform_tag()}" + ("-portable" if args.portable else "")
    archive = make_archive(bundle, dist, name)
    checksum = write_checksum(archive)
    size_mb = archive.stat().st_size / 1e6
    bundle_mb = folder_size(bundle) / 1e6
    print(f"bundle:  {bundle}  ({bundle_mb:.1f} MB)")
    print(f"archive: {archive}  ({size_mb:.1f} MB; budget {args.max_mb:.0f} MB)")
    print(f"sha256:  {checksum}")
    print(f"built in {time.perf_counter() - started:.0f} s")
    if size_mb > args.max_mb:
        print(f"build: the archive is over budget ({size_mb:.1f} > {args.max_mb} MB)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
