"""A first start on a fresh Linux desktop: missing X11 libraries are named, with the one
command that installs them, before Qt loads (exit 2, no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.core import system_libraries as sl
from tests.conftest import REPO

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f30)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f30)
"""


def test_missing_libraries_are_read_from_ldd() -> None:
    assert sl.missing_from_ldd(LDD) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert sl.missing_from_ldd("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_install_command_fits_the_platform() -> None:
    missing = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    ubuntu = sl.os_family('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')
    assert ubuntu == ("ubuntu", "debian")
    assert (
        sl.install_command(missing, ubuntu)
        == "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    )
    fedora = sl.os_family("ID=fedora\n")
    assert sl.install_command(missing, fedora) == (
        "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms"
    )
    assert sl.install_command(missing, ("arch",)) == ""
    assert sl.install_command(["libunknown.so.3"], ubuntu) == ""


def test_only_an_x11_session_needs_them() -> None:
    linux = sys.platform.startswith("linux")
    assert sl.xcb_will_be_used({"DISPLAY": ":0"}) is linux
    assert sl.xcb_will_be_used({"QT_QPA_PLATFORM": "offscreen"}) is False
    assert sl.xcb_will_be_used({"QT_QPA_PLATFORM": "xcb"}) is linux
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert sl.xcb_will_be_used(wayland) is False


def test_the_message_names_the_libraries_and_the_fix() -> None:
    text = sl.MissingLibraries(("libxcb-cursor.so.0",), "sudo apt install libxcb-cursor0").message()
    assert "libxcb-cursor.so.0" in text and "sudo apt install libxcb-cursor0" in text
    assert "Nothing was changed" in text


def test_accord_stops_before_qt_with_the_command(tmp_path) -> None:
    """``accord`` with missing libraries: exit 2, the apt command, no traceback, no Qt."""
    script = f"""
import subprocess, sys
from desktop.core import system_libraries as sl
sl._xcb_plugin = lambda: __import__("pathlib").Path("/fake/libqxcb.so")
sl.shutil.which = lambda name: "/usr/bin/ldd"
def fake_run(cmd, **kw):
    return subprocess.CompletedProcess(cmd, 0, {LDD!r}, "")
sl.subprocess.run = fake_run
from desktop.cli import main
code = main(["--data-dir", {str(tmp_path)!r}])
print("QT" if any(m.startswith("PySide6") for m in sys.modules) else "NOQT", code)
"""
    env = {**os.environ, "DISPLAY": ":0"}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.stdout.split() == ["NOQT", "2"], done.stderr
    assert "Traceback" not in done.stderr
    assert "libxcb-cursor.so.0" in done.stderr
    if "debian" in sl.os_family(Path("/etc/os-release").read_text()):
        assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in done.stderr
