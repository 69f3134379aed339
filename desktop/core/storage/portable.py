"""Portable mode: Accord runs from a folder (or a USB stick) and keeps its data beside itself.

Portable mode is on when any of these holds:

* a marker file named ``accord-portable.txt`` sits beside the executable (the folder of
  ``sys.executable`` in a frozen build; beside ``Accord.app`` on macOS; the checkout root
  when run from source);
* ``accord --portable`` was given;
* the environment variable ``ACCORD_PORTABLE=1`` is set.

The user's data then lives in ``AccordData/`` next to the executable. An explicit
``--data-dir`` or ``ACCORD_DATA_DIR`` still wins over portable mode.

**Removable storage.** A live SQLite database on a USB stick is at risk: pulling the stick
out (or a laptop sleeping or losing power) in the middle of a write can corrupt it, and many
sticks report data as written before it is (SQLite, "How To Corrupt An SQLite Database
File", sections 3.1 and 4). The same holds for network file systems. When the portable data
folder is on such storage, the user is asked once (``needs_consent``) and the answer is
kept in ``AccordData/portable.json``:

* ``"computer"`` (recommended): the live data stays in the computer's user data folder and a
  consistent snapshot of the database is exported to ``AccordData/exports/`` at the end of
  each session; a computer with no Accord data of its own starts from the newest snapshot;
* ``"stick"``: the live data stays on the stick (the user was told the risk).

Everything here is Qt-free; the question itself is asked by
``desktop.ui.shell.selftest.confirm_portable_storage`` (GUI) or printed by the CLI.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core.errors import AccordError
from desktop.core.storage import user_folder
from desktop.core.storage.files import write_text_atomic

MARKER_NAME = "accord-portable.txt"
PORTABLE_ENV = "ACCORD_PORTABLE"
DATA_FOLDER = "AccordData"
SETTINGS_NAME = "portable.json"
EXPORTS_FOLDER = "exports"
DATABASE_NAME = "accord.db"  # the same name as ``paths.database_path``
SNAPSHOT_PREFIX = "accord-"
KEEP_SNAPSHOTS = 5

DATA_ON_STICK = "stick"
DATA_ON_COMPUTER = "computer"
CHOICES = (DATA_ON_STICK, DATA_ON_COMPUTER)

# File systems with no journal, typical of USB sticks and SD cards.
REMOVABLE_FS = frozenset({"vfat", "msdos", "exfat", "fat", "fat32", "umsdos"})
# Network file systems: SQLite's locking is unreliable there (SQLite FAQ, "How To Corrupt").
NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "fuse.sshfs", "sshfs", "davfs", "ncpfs"}
)
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")

SQLITE_ADVICE_URL = "https://www.sqlite.org/howtocorrupt.html"


class PortableError(AccordError, OSError):
    """Portable mode cannot be used here (e.g. the folder beside the app is read-only)."""

    code = "storage.portable"


# --------------------------------------------------------------------------- where


def app_folder() -> Path:
    """The folder the marker file and ``AccordData/`` sit in.

    Frozen: the executable's folder (on macOS the folder holding ``Accord.app``). From
    source: the checkout root (the folder holding ``desktop/``).
    """
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        # Accord.app/Contents/MacOS/Accord: the user sees (and puts the marker beside) the .app.
        if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents":
            bundle = exe_dir.parent.parent
            if bundle.suffix == ".app":
                return bundle.parent
        return exe_dir
    return Path(__file__).resolve().parents[3]


def marker_path(app_dir: Path | None = None) -> Path:
    """Where the portable-mode marker file is looked for."""
    return (app_dir or app_folder()) / MARKER_NAME


def portable_reason(forced: bool = False, app_dir: Path | None = None) -> str | None:
    """Why portable mode is on (for messages), or None when it is off."""
    if forced:
        return "--portable was given"
    if os.environ.get(PORTABLE_ENV, "").strip().lower() in ("1", "yes", "true", "on"):
        return f"{PORTABLE_ENV} is set"
    marker = marker_path(app_dir)
    if marker.is_file():
        return f"the marker file {marker} is present"
    return None


# --------------------------------------------------------------------------- storage


@dataclass(frozen=True)
class Storage:
    """What kind of storage a folder is on. ``risky`` means removable or network storage."""

    path: Path
    kind: str = "fixed"  # "fixed", "removable", "network" or "unknown"
    evidence: tuple[str, ...] = ()
    mount_point: str = ""
    fstype: str = ""
    device: str = ""

    @property
    def risky(self) -> bool:
        """True when a live database there may be damaged by unplugging or the network."""
        return self.kind in ("removable", "network")

    def describe(self) -> str:
        """A short phrase for people, e.g. 'removable storage (the disk sdb says so)'."""
        what = {
            "removable": "removable storage",
            "network": "a network drive",
            "fixed": "a fixed disk",
            "unknown": "storage of unknown kind",
        }[self.kind]
        return f"{what} ({'; '.join(self.evidence)})" if self.evidence else what


def _existing(path: Path) -> Path:
    """``path`` or its nearest existing ancestor (the data folder may not exist yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _unescape_mount(field: str) -> str:
    # /proc/self/mountinfo escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


@dataclass(frozen=True)
class Mount:
    """One line of /proc/self/mountinfo."""

    devno: str  # "major:minor"
    mount_point: str
    fstype: str
    source: str


def parse_mountinfo(text: str) -> list[Mount]:
    """Parse ``/proc/self/mountinfo`` (see proc(5)); malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        before, after = left.split(), right.split()
        if len(before) < 5 or len(after) < 2:
            continue
        mounts.append(Mount(before[2], _unescape_mount(before[4]), after[0], after[1]))
    return mounts


def _mount_for(path: Path, mounts: list[Mount]) -> Mount | None:
    """The mount whose mount point is the longest prefix of ``path``."""
    text = str(path)
    best: Mount | None = None
    for mount in mounts:
        mp = mount.mount_point.rstrip("/") or "/"
        inside = text == mp or text.startswith(mp if mp == "/" else mp + "/")
        if inside and (best is None or len(mp) >= len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""


def linux_storage(
    path: Path,
    *,
    sys_root: Path = Path("/sys"),
    mountinfo: Path = Path("/proc/self/mountinfo"),
    devno: str | None = None,
) -> Storage:
    """Classify the storage under ``path`` on Linux from sysfs and the mount table.

    Evidence, strongest first: the block device says it is removable
    (``/sys/block/<disk>/removable``), it hangs off a USB bus or an SD card reader, the file
    system is FAT/exFAT, the mount point is under ``/media`` or ``/run/media`` (where
    desktops mount sticks), or it is a network file system. ``sys_root``, ``mountinfo`` and
    ``devno`` are parameters for tests.
    """
    absolute = Path(os.path.abspath(path))
    target = _existing(absolute)
    # Symlinks resolved in the part that exists; the rest (not created yet) kept as given.
    real = Path(os.path.realpath(target)) / absolute.relative_to(target)
    mounts = parse_mountinfo(_read(mountinfo)) if mountinfo.exists() else []
    mount = _mount_for(real, mounts)
    if devno is None:
        try:
            st = os.stat(target)
            devno = f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
        except OSError:
            devno = mount.devno if mount else ""
    fstype = mount.fstype if mount else ""
    mount_point = mount.mount_point if mount else ""
    source = mount.source if mount else ""
    evidence: list[str] = []
    kind = "fixed"

    device = ""
    sys_dev = sys_root / "dev" / "block" / devno if devno else None
    if sys_dev is not None and sys_dev.exists():
        node = sys_dev.resolve()
        disk = node.parent if (node / "partition").exists() else node
        device = disk.name
        if _read(disk / "removable") == "1":
            kind = "removable"
            evidence.append(f"the disk {device} reports itself removable")
        parts = set(node.parts)
        if any(p.startswith("usb") for p in parts):
            kind = "removable"
            evidence.append(f"the disk {device} is connected by USB")
        elif device.startswith("mmcblk") or any(p.startswith("mmc") for p in parts):
            kind = "removable"
            evidence.append(f"the disk {device} is an SD or MMC card")
    if fstype.lower() in REMOVABLE_FS:
        kind = "removable"
        evidence.append(f"the file system is {fstype}, as on USB sticks (no journal)")
    if mount_point.startswith(REMOVABLE_MOUNT_ROOTS) or mount_point in ("/media", "/run/media"):
        if kind == "fixed":
            kind = "removable"
        evidence.append(f"it is mounted at {mount_point}, where desktops mount removable disks")
    if fstype.lower() in NETWORK_FS or fstype.lower().startswith("fuse.sshfs"):
        kind = "network"
        evidence.append(f"the file system is {fstype}, a network file system")
    return Storage(
        path=Path(path),
        kind=kind,
        evidence=tuple(evidence),
        mount_point=mount_point,
        fstype=fstype,
        device=device or source,
    )


def windows_storage(path: Path) -> Storage:  # pragma: no cover - Windows only
    """Classify a Windows drive with GetDriveTypeW (removable, network, fixed)."""
    import ctypes

    anchor = Path(os.path.abspath(path)).anchor or "C:\\"
    kinds = {2: "removable", 3: "fixed", 4: "network", 5: "removable", 6: "fixed"}
    try:
        code = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
    except (AttributeError, OSError):
        return Storage(path=Path(path), kind="unknown")
    kind = kinds.get(code, "unknown")
    evidence = (f"Windows reports drive {anchor} as {kind}",) if kind != "fixed" else ()
    return Storage(path=Path(path), kind=kind, evidence=evidence, device=anchor)


def mac_storage(path: Path) -> Storage:  # pragma: no cover - macOS only
    """Best effort on macOS: volumes under /Volumes are external or network disks."""
    real = os.path.realpath(_existing(path))
    if real.startswith("/Volumes/"):
        volume = "/".join(real.split("/")[:3])
        return Storage(
            path=Path(path),
            kind="removable",
            evidence=(f"it is on the external volume {volume}",),
            mount_point=volume,
        )
    return Storage(path=Path(path))


def storage_of(path: Path) -> Storage:
    """What kind of storage ``path`` (or its nearest existing ancestor) is on; never raises."""
    try:
        if sys.platform.startswith("linux"):
            return linux_storage(Path(path))
        if sys.platform == "win32":
            return windows_storage(Path(path))
        if sys.platform == "darwin":
            return mac_storage(Path(path))
    except Exception as exc:  # best effort: a probe failure must not stop the app
        return Storage(path=Path(path), kind="unknown", evidence=(f"could not tell: {exc}",))
    return Storage(path=Path(path), kind="unknown")


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    """Where a portable Accord keeps its data, and what the user chose about it."""

    app_dir: Path
    folder: Path  # AccordData/ beside the executable
    reason: str
    storage: Storage
    data_on: str | None  # DATA_ON_STICK, DATA_ON_COMPUTER, or None (not asked)
    data_dir: Path  # where the live database and index are
    export_dir: Path | None = None  # snapshots go here when data_on == DATA_ON_COMPUTER
    notes: tuple[str, ...] = field(default=())

    @property
    def needs_consent(self) -> bool:
        """The data folder is on risky storage and the user has not decided yet."""
        return self.storage.risky and self.data_on is None


def _read_settings(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def detect(
    computer_dir: Path,
    *,
    forced: bool = False,
    app_dir: Path | None = None,
    probe: Callable[[Path], Storage] = storage_of,
) -> Layout | None:
    """The portable layout, or None when portable mode is off.

    ``computer_dir`` is the computer's own user data folder (``default_data_dir()``),
    used when the user chose to keep the live data on the computer.
    """
    app_dir = app_dir or app_folder()
    reason = portable_reason(forced, app_dir)
    if reason is None:
        return None
    folder = app_dir / DATA_FOLDER
    storage = probe(folder)
    data_on = _read_settings(folder).get("data_on")
    if data_on not in CHOICES:
        data_on = None
    if data_on == DATA_ON_COMPUTER:
        return Layout(
            app_dir, folder, reason, storage, data_on, Path(computer_dir), folder / EXPORTS_FOLDER
        )
    return Layout(app_dir, folder, reason, storage, data_on, folder)


def resolve(forced: bool = False, explicit: str | os.PathLike[str] | None = None) -> Layout | None:
    """The portable layout for this run, or None when portable mode is off or overridden.

    An explicit data folder (``--data-dir``, passed as ``explicit``) or ``ACCORD_DATA_DIR``
    wins over portable mode, so tests and scripts stay in control.
    """
    if explicit or os.environ.get(user_folder.DATA_DIR_ENV):
        return None
    return detect(user_folder.default_data_dir(), forced=forced)


def begin(layout: Layout, *, warn: Callable[[str], object] | None = None) -> Path:
    """Start a portable session; returns the data folder to use.

    Data kept on the computer: a computer with no database of its own starts from the
    newest snapshot on the stick, and a fresh snapshot is exported when the program exits.
    Risky storage the user was not asked about (a headless command): ``warn`` is called
    with ``cli_warning`` (default: print to stderr).
    """
    if layout.data_on == DATA_ON_COMPUTER and layout.export_dir is not None:
        with contextlib.suppress(OSError, sqlite3.Error):
            import_snapshot(layout.export_dir, layout.data_dir)
        atexit.register(_export_quietly, layout.data_dir, layout.export_dir)
    elif layout.needs_consent:
        (warn or (lambda text: print(text, file=sys.stderr)))(cli_warning(layout))
    return layout.data_dir


def _export_quietly(data_dir: Path, export_dir: Path) -> None:
    try:
        export_snapshot(data_dir, export_dir)
    except (OSError, sqlite3.Error) as exc:
        print(f"accord: could not save a copy of your data to {export_dir}: {exc}", file=sys.stderr)


def record_choice(layout: Layout, data_on: str, computer_dir: Path) -> Layout:
    """Remember where the live data should be (``"stick"`` or ``"computer"``)."""
    if data_on not in CHOICES:
        raise ValueError(f"data_on must be one of {CHOICES}, not {data_on!r}")
    layout.folder.mkdir(parents=True, exist_ok=True)
    settings = _read_settings(layout.folder)
    settings.update(
        {
            "data_on": data_on,
            "decided": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "storage": layout.storage.describe(),
        }
    )
    write_text_atomic(layout.folder / SETTINGS_NAME, json.dumps(settings, indent=2) + "\n")
    if data_on == DATA_ON_COMPUTER:
        return replace(
            layout,
            data_on=data_on,
            data_dir=Path(computer_dir),
            export_dir=layout.folder / EXPORTS_FOLDER,
        )
    return replace(layout, data_on=data_on, data_dir=layout.folder, export_dir=None)


# --------------------------------------------------------------------------- messages

RISK_TITLE = "Your data folder is on removable storage"


def risk_message(layout: Layout) -> str:
    """Tell the user, in plain words, why a live database on a stick is risky."""
    return (
        f"Accord is running in portable mode ({layout.reason}), so it would keep your "
        f"bookmarks and assessments in {layout.folder}, which is on "
        f"{layout.storage.describe()}.\n\n"
        "Accord saves your work as you type into a live database. If the stick is pulled "
        "out, or the computer sleeps or loses power while Accord is writing, that database "
        "can be damaged, and many USB sticks report data as saved before it really is. "
        f"SQLite, the database Accord uses, warns about this ({SQLITE_ADVICE_URL}).\n\n"
        "Recommended: keep your data on this computer. Accord then saves a copy of it to "
        f"{layout.folder / EXPORTS_FOLDER} each time you close it, so your work still "
        "travels with the stick.\n\n"
        "If you keep the live data on the stick, always close Accord and eject the stick "
        "before you pull it out."
    )


def cli_warning(layout: Layout) -> str:
    """One paragraph for the terminal when a headless command uses risky storage."""
    return (
        f"accord: note: portable data folder {layout.folder} is on "
        f"{layout.storage.describe()}. A live database there can be damaged if the stick is "
        f"pulled out while Accord writes ({SQLITE_ADVICE_URL}). Open the app once to choose "
        "to keep the data on this computer instead, or close Accord before ejecting."
    )


# --------------------------------------------------------------------------- snapshots


def snapshots(export_dir: Path) -> list[Path]:
    """Database snapshots in ``export_dir``, oldest first."""
    if not export_dir.is_dir():
        return []
    return sorted(export_dir.glob(f"{SNAPSHOT_PREFIX}*.db"))


def export_snapshot(data_dir: Path, export_dir: Path, keep: int = KEEP_SNAPSHOTS) -> Path | None:
    """Copy the live database to ``export_dir`` consistently (SQLite's backup API).

    The copy is made on this computer first; when it equals the newest snapshot nothing is
    written (None). Otherwise it is copied to a temporary name on the stick, synced and
    renamed, so a stick pulled out mid-export leaves the previous snapshots intact. Keeps
    the newest ``keep`` snapshots. None as well when there is no database yet.
    """
    source = data_dir / DATABASE_NAME
    if not source.is_file():
        return None
    local = data_dir / f".{DATABASE_NAME}.export.tmp"
    # A normal connection: a read-only one would leave -wal/-shm files behind in WAL mode.
    src = sqlite3.connect(str(source))
    try:
        dest = sqlite3.connect(str(local))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            dest.close()
        src.close()
        existing = snapshots(export_dir)
        if existing and _same_file(local, existing[-1]):
            return None
        export_dir.mkdir(parents=True, exist_ok=True)
        target = _snapshot_name(export_dir, existing[-1].name if existing else "")
        tmp = export_dir / f".{target.name}.tmp"
        try:
            shutil.copyfile(local, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    finally:
        src.close()
        with contextlib.suppress(OSError):
            local.unlink()
    for old in snapshots(export_dir)[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def _same_file(a: Path, b: Path) -> bool:
    """True when both files hold the same bytes."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            chunk = fa.read(1 << 20)
            if chunk != fb.read(1 << 20):
                return False
            if not chunk:
                return True


def _snapshot_name(export_dir: Path, newest: str) -> Path:
    """``accord-<sequence>-<date-time>.db``, numbered after ``newest``.

    A sequence number, not the clock, orders snapshots: laptops' clocks disagree.
    """
    try:
        seq = int(newest[len(SNAPSHOT_PREFIX) :].split("-", 1)[0]) + 1
    except ValueError:
        seq = 1
    while True:
        name = f"{SNAPSHOT_PREFIX}{seq:06d}-{time.strftime('%Y%m%d-%H%M%S')}.db"
        if not (export_dir / name).exists():
            return export_dir / name
        seq += 1


def import_snapshot(export_dir: Path, data_dir: Path) -> Path | None:
    """Start a computer with no Accord database from the newest snapshot on the stick.

    Never overwrites: returns None when ``data_dir`` already has a database or there is no
    snapshot; otherwise the snapshot that was copied in.
    """
    target = data_dir / DATABASE_NAME
    if target.exists():
        return None
    found = snapshots(export_dir)
    if not found:
        return None
    newest = found[-1]
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = data_dir / f".{DATABASE_NAME}.import.tmp"
    src = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return newest
