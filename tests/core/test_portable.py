"""Portable mode (marker file, --portable, removable storage, snapshots) and the bundle's
prebuilt search index. All Qt-free."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.core.search import prebuilt as prebuilt_index
from desktop.core.storage import paths, portable
from desktop.core.storage.portable import Storage

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /tmp rw,nosuid shared:20 - tmpfs tmpfs rw
51 22 8:17 / /media/ana/MY\\040STICK rw,nosuid,nodev shared:30 - vfat /dev/sdb1 rw,uid=1000
52 22 0:50 / /srv/share rw shared:31 - nfs4 server:/export rw
53 22 8:33 / /data rw shared:32 - ext4 /dev/sdc1 rw
garbage line without separator
"""


# --------------------------------------------------------------------------- storage


def _fake_sys(root: Path, devno: str, device_path: str, removable: str = "0") -> Path:
    """A /sys with /sys/dev/block/<devno> -> devices/<device_path> (a partition)."""
    part = root / "devices" / device_path
    part.mkdir(parents=True)
    (part / "partition").write_text("1\n")
    (part.parent / "removable").write_text(f"{removable}\n")
    link = root / "dev" / "block" / devno
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(part)
    return root


def test_parse_mountinfo_unescapes_and_skips_garbage() -> None:
    mounts = portable.parse_mountinfo(MOUNTINFO)
    assert [m.mount_point for m in mounts] == [
        "/",
        "/tmp",
        "/media/ana/MY STICK",
        "/srv/share",
        "/data",
    ]
    stick = mounts[2]
    assert (stick.devno, stick.fstype, stick.source) == ("8:17", "vfat", "/dev/sdb1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sysfs layout")
def test_usb_stick_is_removable(tmp_path: Path) -> None:
    sys_root = _fake_sys(
        tmp_path / "sys", "8:17", "pci0000:00/0000:00:14.0/usb2/2-1/host6/block/sdb/sdb1", "1"
    )
    info = tmp_path / "mountinfo"
    info.write_text(MOUNTINFO)
    found = portable.linux_storage(
        Path("/media/ana/MY STICK/Accord/AccordData"),
        sys_root=sys_root,
        mountinfo=info,
        devno="8:17",
    )
    assert found.kind == "removable" and found.risky
    assert found.device == "sdb"
    assert found.fstype == "vfat" and found.mount_point == "/media/ana/MY STICK"
    text = found.describe()
    assert "reports itself removable" in text and "USB" in text and "vfat" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sysfs layout")
def test_usb_hard_disk_without_removable_flag_is_still_removable(tmp_path: Path) -> None:
    sys_root = _fake_sys(tmp_path / "sys", "8:33", "pci0/usb1/1-2/host2/block/sdc/sdc1", "0")
    info = tmp_path / "mountinfo"
    info.write_text(MOUNTINFO)
    found = portable.linux_storage(Path("/data/x"), sys_root=sys_root, mountinfo=info, devno="8:33")
    assert found.kind == "removable"
    assert found.evidence == ("the disk sdc is connected by USB",)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sysfs layout")
def test_internal_disk_is_fixed(tmp_path: Path) -> None:
    sys_root = _fake_sys(tmp_path / "sys", "8:1", "pci0000:00/ata1/host0/block/sda/sda1", "0")
    info = tmp_path / "mountinfo"
    info.write_text(MOUNTINFO)
    found = portable.linux_storage(
        Path("/home/ana/Accord"), sys_root=sys_root, mountinfo=info, devno="8:1"
    )
    assert found.kind == "fixed" and not found.risky
    assert found.mount_point == "/" and found.fstype == "ext4"
    assert found.describe() == "a fixed disk"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sysfs layout")
def test_network_file_system_is_risky(tmp_path: Path) -> None:
    info = tmp_path / "mountinfo"
    info.write_text(MOUNTINFO)
    found = portable.linux_storage(
        Path("/srv/share/accord"), sys_root=tmp_path / "nosys", mountinfo=info, devno="0:50"
    )
    assert found.kind == "network" and found.risky
    assert "nfs4" in found.describe()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sysfs layout")
def test_sd_card_is_removable(tmp_path: Path) -> None:
    sys_root = _fake_sys(
        tmp_path / "sys", "179:1", "platform/mmc_host/mmc0/mmc0:0001/block/mmcblk0/mmcblk0p1"
    )
    found = portable.linux_storage(
        Path("/x"), sys_root=sys_root, mountinfo=tmp_path / "none", devno="179:1"
    )
    assert found.kind == "removable" and "SD or MMC card" in found.describe()


def test_storage_of_real_folder_never_raises(tmp_path: Path) -> None:
    found = portable.storage_of(tmp_path / "not" / "yet")
    assert found.kind in ("fixed", "removable", "network", "unknown")


# --------------------------------------------------------------------------- layout


def _fixed(path: Path) -> Storage:
    return Storage(path=path)


def _stick(path: Path) -> Storage:
    return Storage(path=path, kind="removable", evidence=("the disk sdb reports itself removable",))


@pytest.fixture
def no_portable_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(portable.PORTABLE_ENV, raising=False)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)


def test_off_without_marker_flag_or_env(tmp_path: Path, no_portable_env: None) -> None:
    assert portable.detect(tmp_path / "home", app_dir=tmp_path, probe=_fixed) is None


def test_marker_file_turns_it_on(tmp_path: Path, no_portable_env: None) -> None:
    (tmp_path / portable.MARKER_NAME).write_text("")
    layout = portable.detect(tmp_path / "home", app_dir=tmp_path, probe=_fixed)
    assert layout is not None
    assert layout.data_dir == tmp_path / "AccordData" == layout.folder
    assert "marker file" in layout.reason
    assert not layout.needs_consent and layout.export_dir is None


def test_flag_and_env_turn_it_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_portable_env: None
) -> None:
    layout = portable.detect(tmp_path / "home", forced=True, app_dir=tmp_path, probe=_fixed)
    assert layout is not None and layout.reason == "--portable was given"
    monkeypatch.setenv(portable.PORTABLE_ENV, "1")
    layout = portable.detect(tmp_path / "home", app_dir=tmp_path, probe=_fixed)
    assert layout is not None and portable.PORTABLE_ENV in layout.reason
    monkeypatch.setenv(portable.PORTABLE_ENV, "0")
    assert portable.detect(tmp_path / "home", app_dir=tmp_path, probe=_fixed) is None


def test_explicit_data_dir_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_portable_env: None
) -> None:
    monkeypatch.setattr(portable, "app_folder", lambda: tmp_path)
    (tmp_path / portable.MARKER_NAME).write_text("")
    assert portable.resolve(explicit=str(tmp_path / "mine")) is None
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert portable.resolve(forced=True) is None
    assert paths.data_dir() == tmp_path / "env"


def test_paths_data_dir_uses_the_folder_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_portable_env: None
) -> None:
    monkeypatch.setattr(portable, "app_folder", lambda: tmp_path)
    assert paths.data_dir() != tmp_path / "AccordData"  # no marker: the platform folder
    (tmp_path / portable.MARKER_NAME).write_text("portable\n")
    assert paths.data_dir() == tmp_path / "AccordData"
    assert (tmp_path / "AccordData").is_dir()
    assert paths.data_dir(tmp_path / "override") == tmp_path / "override"


def test_removable_storage_needs_consent_once(tmp_path: Path, no_portable_env: None) -> None:
    home = tmp_path / "home"
    layout = portable.detect(home, forced=True, app_dir=tmp_path, probe=_stick)
    assert layout is not None and layout.needs_consent
    assert layout.data_dir == tmp_path / "AccordData"  # until the user decides

    chosen = portable.record_choice(layout, portable.DATA_ON_COMPUTER, home)
    assert chosen.data_dir == home and chosen.export_dir == tmp_path / "AccordData" / "exports"
    assert not chosen.needs_consent
    settings = json.loads((tmp_path / "AccordData" / "portable.json").read_text())
    assert settings["data_on"] == "computer" and "removable" in settings["storage"]

    again = portable.detect(home, forced=True, app_dir=tmp_path, probe=_stick)
    assert again is not None and not again.needs_consent
    assert again.data_dir == home and again.export_dir == chosen.export_dir

    stick = portable.record_choice(again, portable.DATA_ON_STICK, home)
    assert stick.data_dir == tmp_path / "AccordData" and stick.export_dir is None
    last = portable.detect(home, forced=True, app_dir=tmp_path, probe=_stick)
    assert last is not None and last.data_on == "stick" and not last.needs_consent
    with pytest.raises(ValueError):
        portable.record_choice(last, "cloud", home)


def test_damaged_settings_mean_ask_again(tmp_path: Path, no_portable_env: None) -> None:
    (tmp_path / "AccordData").mkdir()
    (tmp_path / "AccordData" / "portable.json").write_text("{not json")
    layout = portable.detect(tmp_path / "home", forced=True, app_dir=tmp_path, probe=_stick)
    assert layout is not None and layout.needs_consent


def test_risk_message_tells_the_risk_and_the_way_out(tmp_path: Path) -> None:
    layout = portable.detect(tmp_path / "h", forced=True, app_dir=tmp_path, probe=_stick)
    assert layout is not None
    text = portable.risk_message(layout)
    assert str(layout.folder) in text and "reports itself removable" in text
    assert "sqlite.org/howtocorrupt" in text and "this computer" in text
    assert "eject" in portable.risk_message(layout)
    assert str(layout.folder) in portable.cli_warning(layout)


def test_app_folder_from_source_frozen_and_mac_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (portable.app_folder() / "desktop" / "core" / "storage" / "portable.py").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Accord" / "accord"))
    assert portable.app_folder() == tmp_path / "Accord"
    mac = tmp_path / "Stick" / "Accord.app" / "Contents" / "MacOS" / "Accord"
    monkeypatch.setattr(sys, "executable", str(mac))
    assert portable.app_folder() == tmp_path / "Stick"


# --------------------------------------------------------------------------- snapshots


def _make_db(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (value,))
    conn.commit()
    conn.close()


def _values(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT v FROM t ORDER BY rowid")]
    finally:
        conn.close()


def test_export_then_import_on_another_computer(tmp_path: Path) -> None:
    laptop_a, laptop_b, exports = tmp_path / "a", tmp_path / "b", tmp_path / "stick" / "exports"
    assert portable.export_snapshot(laptop_a, exports) is None  # nothing to export yet
    _make_db(laptop_a / "accord.db", "answer 1")
    first = portable.export_snapshot(laptop_a, exports)
    assert first is not None and _values(first) == ["answer 1"]
    assert portable.export_snapshot(laptop_a, exports) is None  # unchanged: no new copy
    assert not list(exports.glob(".*.tmp")) and not list(laptop_a.glob(".*.tmp"))
    assert sorted(p.name for p in laptop_a.iterdir()) == ["accord.db"]  # no -wal/-shm left

    assert portable.import_snapshot(exports, laptop_b) == first
    assert _values(laptop_b / "accord.db") == ["answer 1"]
    _make_db(laptop_b / "accord.db", "answer 2")
    assert portable.import_snapshot(exports, laptop_b) is None  # never overwrites
    assert _values(laptop_b / "accord.db") == ["answer 1", "answer 2"]


def test_export_keeps_the_newest_snapshots(tmp_path: Path) -> None:
    data, exports = tmp_path / "data", tmp_path / "exports"
    for n in range(4):
        _make_db(data / "accord.db", f"v{n}")
        assert portable.export_snapshot(data, exports, keep=2) is not None
    kept = portable.snapshots(exports)
    assert len(kept) == 2
    assert _values(kept[-1]) == ["v0", "v1", "v2", "v3"]


def test_begin_imports_and_exports_at_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_portable_env: None
) -> None:
    home = tmp_path / "home"
    layout = portable.detect(home, forced=True, app_dir=tmp_path, probe=_stick)
    assert layout is not None
    layout = portable.record_choice(layout, portable.DATA_ON_COMPUTER, home)
    assert layout.export_dir is not None
    _make_db(tmp_path / "elsewhere" / "accord.db", "from the stick")
    portable.export_snapshot(tmp_path / "elsewhere", layout.export_dir)
    registered = []
    monkeypatch.setattr(portable.atexit, "register", lambda *a: registered.append(a))
    assert portable.begin(layout) == home
    assert _values(home / "accord.db") == ["from the stick"]
    assert registered and registered[0][1:] == (home, layout.export_dir)


def test_begin_warns_headless_users_about_the_stick(tmp_path: Path, no_portable_env: None) -> None:
    layout = portable.detect(tmp_path / "h", forced=True, app_dir=tmp_path, probe=_stick)
    assert layout is not None
    said: list[str] = []
    assert portable.begin(layout, warn=said.append) == tmp_path / "AccordData"
    assert said and "sqlite.org" in said[0]
    fixed = portable.detect(tmp_path / "h", forced=True, app_dir=tmp_path, probe=_fixed)
    assert fixed is not None
    said.clear()
    portable.begin(fixed, warn=said.append)
    assert said == []


def test_cli_portable_flag_keeps_data_beside_the_app(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    small_library: Path,
    no_portable_env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    monkeypatch.setattr(portable, "app_folder", lambda: tmp_path / "app")
    monkeypatch.setattr(portable, "storage_of", _fixed)
    assert main(["--portable", "--library", str(small_library), "search", "model"]) == 0
    assert "match" in capsys.readouterr().out
    assert (tmp_path / "app" / "AccordData" / "index" / "index.json").is_file()


# --------------------------------------------------------------------------- prebuilt index


def test_no_prebuilt_index_from_source() -> None:
    assert prebuilt_index.bundled_index_dir() is None
    assert prebuilt_index.adopt_bundled_index(Path("/nonexistent/index")) is False


def test_bundled_index_is_adopted_once_and_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_library: Path
) -> None:
    from desktop.core.library.documents import load_library
    from desktop.core.search.documents import open_index

    bundle = tmp_path / "_internal"
    count = prebuilt_index.build_index(small_library, bundle / prebuilt_index.BUNDLED_INDEX)
    assert count > 0
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert prebuilt_index.bundled_index_dir() == bundle / "prebuilt-index"

    index_dir = tmp_path / "data" / "index"
    assert prebuilt_index.adopt_bundled_index(index_dir) is True
    manifest = json.loads((index_dir / "index.json").read_text())
    assert manifest["source"] == "bundle" and (index_dir / manifest["generation"]).is_dir()
    assert prebuilt_index.adopt_bundled_index(index_dir) is False  # already has one

    index, report = open_index(index_dir, load_library(small_library))
    try:
        assert not report.rebuilt and report.added == report.updated == report.removed == 0
        assert index.doc_count() == count
    finally:
        index.close()


def test_foreign_prebuilt_index_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "prebuilt-index").mkdir(parents=True)
    (bundle / "prebuilt-index" / "index.json").write_text(
        json.dumps({"engine": "whoosh", "schema_version": -1, "generation": "g-x"})
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert prebuilt_index.adopt_bundled_index(tmp_path / "index") is False
    assert not (tmp_path / "index" / "index.json").exists()
