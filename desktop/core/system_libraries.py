"""Before the window opens on Linux: are the system libraries Qt's X11 plugin needs there?

On a fresh desktop, ``pip install`` brings Qt but not the few X11 libraries its ``xcb``
platform plugin loads (``libxcb-cursor0`` and friends). Qt then stops with "no Qt
platform plugin could be initialized". This module asks the dynamic linker (``ldd`` on
the plugin) which libraries are missing, *before* Qt is imported, so ``accord`` can print
the exact packages and the one command that installs them, and exit 2 without a
traceback. It never imports Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

# Shared object → (Debian/Ubuntu package, Fedora/RHEL package). Debian's are the names
# .ci/run installs; a library missing from this table is named by its file.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

# How each family of Linux installs packages, by the ID / ID_LIKE of /etc/os-release.
INSTALLERS: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("debian", "ubuntu"), "sudo apt install", 0),
    (("fedora", "rhel", "centos"), "sudo dnf install", 1),
)


@dataclass(frozen=True)
class MissingLibraries:
    """What the window needs and this computer lacks, and how to install it."""

    libraries: tuple[str, ...]
    command: str  # the one command to run; "" when the platform's installer is unknown

    def message(self) -> str:
        """The explanation ``accord`` prints (plain words, the fix last)."""
        names = ", ".join(self.libraries)
        text = (
            "Accord cannot open its window: the system libraries Qt needs to draw on this "
            f"desktop are missing ({names}). Nothing was changed."
        )
        if self.command:
            return f"{text}\nInstall them with:\n    {self.command}\nthen start Accord again."
        return f"{text}\nInstall the packages that provide them, then start Accord again."


def xcb_will_be_used(environ: dict[str, str] | None = None) -> bool:
    """True when Qt will draw through X11 (its ``xcb`` plugin): on Linux, unless another
    platform is chosen (``QT_QPA_PLATFORM``) or the session is Wayland."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def _xcb_plugin() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations)))
    plugin = plugin / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_from_ldd(output: str) -> list[str]:
    """The shared objects ``ldd`` reports as "not found", in order, without repeats."""
    missing: list[str] = []
    for line in output.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def os_family(os_release: str) -> tuple[str, ...]:
    """The ids of ``/etc/os-release`` (ID, then ID_LIKE), lower case."""
    ids: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').lower().split()
    return tuple(ids)


def install_command(libraries: list[str], family: tuple[str, ...]) -> str:
    """The one command that installs ``libraries`` here ("" for an unknown platform)."""
    for names, installer, column in INSTALLERS:
        if any(name in family for name in names):
            packages = dict.fromkeys(PACKAGES[lib][column] for lib in libraries if lib in PACKAGES)
            return f"{installer} {' '.join(packages)}" if packages else ""
    return ""


def check(environ: dict[str, str] | None = None) -> MissingLibraries | None:
    """What is missing for the window to open, or None when nothing is (or when it cannot
    be told: no ``ldd``, no Qt plugin, not X11 — Qt then reports for itself)."""
    if not xcb_will_be_used(environ):
        return None
    plugin, ldd = _xcb_plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    missing = missing_from_ldd(done.stdout)
    if not missing:
        return None
    try:
        release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        release = ""
    return MissingLibraries(tuple(missing), install_command(missing, os_family(release)))
