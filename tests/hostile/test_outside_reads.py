"""Nothing outside the library is read, ever: rendering the hostile corpus in the reader,
printing it and printing hostile guidance in a report open no file outside the library
and the app's own resources.

Two witnesses. An audit hook (``sys.addaudithook``) sees every file Python opens, so the
list of what may be opened is strict. Qt opens files in C++, where only the system can
see it: under ``strace`` the same rendering runs in a child process, and no file in the
test's folders but the library and the output is opened (nor any of the sentinels the
documents name), whatever the way of naming it.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile import documents
from tests.hostile.render_all import render_everything

REPO = Path(__file__).resolve().parents[2]
_opened: list[str] | None = None  # set while a test records


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], str | bytes):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)  # hooks cannot be removed: it records only while asked to


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[tuple[Path, Path, Path]]:
    library, outside, out = tmp_path / "library", tmp_path / "outside", tmp_path / "out"
    documents.write_library(library, outside)
    previous = Path.cwd()
    os.chdir(outside)  # relative names must never be tried against the working folder
    try:
        yield library, outside, out
    finally:
        os.chdir(previous)


def _allowed_roots(*extra: Path) -> list[Path]:
    roots = {Path(sys.prefix), Path(sys.base_prefix), REPO, *map(Path, site.getsitepackages())}
    roots |= {Path(p) for p in sysconfig.get_paths().values()}
    return [r.resolve() for r in (*roots, *extra)]


def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def test_python_opens_nothing_outside_the_library(qapp, corpus) -> None:  # type: ignore[no-untyped-def]
    global _opened
    library, outside, out = corpus
    _opened = []
    try:
        refused = render_everything(library, outside, out)
    finally:
        opened, _opened = _opened, None
    roots = _allowed_roots(library, out)
    strays = sorted({p for p in opened if not _inside((outside / p).resolve(), roots)})
    assert strays == [], f"opened outside the library: {strays}"
    assert not any(str(outside) in p or "secret" in p for p in opened)
    # The reader saw the hostile images and loaded none of them.
    assert "../../../outside/secret.png" in refused["hostile/img-escape"]
    assert refused["good/three"] == []


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=openat", "true"], capture_output=True
    )
    return done.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="strace is not installed or not permitted")
def test_qt_opens_nothing_outside_the_library(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, outside, out = corpus
    log = tmp_path / "trace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=open,openat,openat2,creat",
            "-o",
            str(log),
            sys.executable,
            "-P",
            "-m",
            "tests.hostile.render_all",
            str(library),
            str(outside),
            str(out),
        ],
        capture_output=True,
        cwd=outside,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert b"documents shown" in done.stdout
    opened = re.findall(r'open\w*\((?:AT_FDCWD, )?"((?:[^"\\]|\\.)*)"', log.read_text())
    assert len(opened) > 100  # the trace really saw the process open its files
    ours = tmp_path.resolve()
    strays = sorted(
        {
            p
            for p in opened
            if not p.startswith("/")  # a relative name: tried against the working folder
            or "secret" in p
            or (Path(p).is_relative_to(ours) and not _inside(Path(p), [library, out, log]))
        }
    )
    assert strays == [], f"opened outside the library: {strays}"
