"""Hostile command lines and data folders: undecodable arguments, a read-only data
folder, an empty or foreign database, paths to folders that do not exist."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.running import accord as run


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("ACCORD_DATA_DIR", str(folder))
    return folder


def _new(*extra: str) -> str:
    code, out, err = run("assessment", "new", "--checklist", "checklists/national-ai-readiness",
                         "--institution", "Ministry of ICT", "--country", "KE", *extra)  # fmt: skip
    assert code == 0, err
    return out.strip().splitlines()[-1]


# --- arguments that are not text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["assessment", "answer", "X", "ETH-1", "yes", "--note", "\udcff\udcfe"], "--note"),
        (
            ["assessment", "new", "--checklist", "c", "--institution", "\udcff", "--country", "KE"],
            "--institution",
        ),
        (["search", "caf\udce9"], "argument 2"),
        (["show", "\ud800"], "argument 2"),  # a lone surrogate (Windows command lines)
    ],
)
def test_undecodable_arguments_exit_2_with_a_message(
    args: list[str], shown: str, data: Path
) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.startswith("accord: ") and shown in err and "UTF-8" in err
    assert "Traceback" not in err
    assert not (data / "accord.db").exists()  # nothing was started


def test_undecodable_argument_from_a_real_command_line(tmp_path: Path) -> None:
    """The bytes as a shell passes them (``--note $'\\xff\\xfe'``), in a real process."""
    env = {**os.environ, "ACCORD_DATA_DIR": str(tmp_path / "d"), "PYTHONUTF8": "0"}
    command = [sys.executable, "-m", "desktop.cli", "assessment", "answer", "X", "ETH-1", "yes"]
    result = subprocess.run(
        [*command, b"--note", b"\xff\xfe"],
        capture_output=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=120,
    )
    assert result.returncode == 2
    assert b"--note" in result.stderr and b"Traceback" not in result.stderr


# --- the database file --------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_zero_length_database_is_reported_not_reused(data: Path) -> None:
    data.mkdir()
    (data / "accord.db").write_bytes(b"")
    for args in (
        ["assessment", "list"],
        [
            "assessment",
            "new",
            "--checklist",
            "checklists/national-ai-readiness",
            "--institution",
            "M",
            "--country",
            "KE",
        ],
    ):
        code, _out, err = run(*args)
        assert code == 1 and "empty (0 bytes)" in err and "Traceback" not in err
    assert (data / "accord.db").stat().st_size == 0  # not turned into a new database


def test_a_foreign_database_is_reported_and_left_unchanged(data: Path) -> None:
    data.mkdir()
    conn = sqlite3.connect(data / "accord.db")
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = _digest(data / "accord.db")
    code, _out, err = run("assessment", "list")
    assert code == 1 and "another program" in err and "moz_places" in err
    assert _digest(data / "accord.db") == before
    assert not (data / "accord.db-wal").exists()


# --- folders nobody asked for -------------------------------------------------------------


def test_keygen_does_not_create_the_folder(tmp_path: Path, data: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "publisher.key"
    code, _out, err = run("pack", "keygen", "--out", str(target))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "no").exists()
    (tmp_path / "keys").mkdir()
    assert run("pack", "keygen", "--out", str(tmp_path / "keys" / "p.key"))[0] == 0


def test_pack_build_does_not_create_the_folder(tmp_path: Path, data: Path) -> None:
    (tmp_path / "keys").mkdir()
    assert run("pack", "keygen", "--out", str(tmp_path / "keys" / "p.key"))[0] == 0
    library = tmp_path / "lib"
    library.mkdir()
    (library / "a.md").write_text("---\ntitle: A\ntype: guide\n---\nx\n")
    out = tmp_path / "missing" / "p.accordpack"
    code, _o, err = run("pack", "build", str(library), "--key", str(tmp_path / "keys" / "p.key"),
                        "--id", "core", "--version", "1.0.0", "--out", str(out))  # fmt: skip
    assert code == 1 and "does not exist" in err and not (tmp_path / "missing").exists()


def test_a_data_folder_under_a_missing_folder_is_not_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCORD_DATA_DIR", raising=False)
    code, _out, err = run("--data-dir", str(tmp_path / "typo" / "deeper" / "data"), "assessment",
                          "list")  # fmt: skip
    assert code == 2 and "does not exist" in err and not (tmp_path / "typo").exists()
    # The folder itself is made when its parent exists: that is the folder asked for.
    assert run("--data-dir", str(tmp_path / "data"), "assessment", "list")[0] == 0


# --- a read-only data folder --------------------------------------------------------------

_RUN_ALL = """
import json, sys
from tests.hostile.running import accord
print(json.dumps([accord(*args) for args in json.loads(sys.argv[1])]))
"""


def run_on_read_only_mount(data: Path, commands: list[list[str]]) -> list[list]:
    """Run ``commands`` with ``data`` mounted read-only (a private bind mount, as a
    write-protected stick or share looks), in a child process."""
    import json

    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only mount needs root and unshare(1)")
    script = (
        f"mount --bind '{data}' '{data}' && mount -o remount,ro,bind '{data}' && "
        f'exec "$0" -c "$1" "$2"'
    )
    env = {**os.environ, "ACCORD_DATA_DIR": str(data), "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, sys.executable, _RUN_ALL, json.dumps(commands)],
        capture_output=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=300,
    )
    if done.returncode != 0 and b"mount" in done.stderr and not done.stdout:
        pytest.skip(f"cannot mount read-only here: {done.stderr.decode().strip()[:200]}")
    return json.loads(done.stdout)


def test_reading_commands_work_on_a_read_only_data_folder(data: Path) -> None:
    aid = _new()
    assert run("assessment", "answer", aid, "ETH-1", "yes", "--note", "Cabinet, 2024")[0] == 0
    before = {p.name: _digest(p) for p in data.rglob("*") if p.is_file()}
    listing, score, shown, status, answer = run_on_read_only_mount(
        data,
        [
            ["assessment", "list"],
            ["assessment", "score", aid, "--json"],
            ["assessment", "show", aid],
            ["sync", "status"],
            ["assessment", "answer", aid, "ETH-2", "no"],
        ],
    )
    assert listing[0] == 0 and aid[:8] in listing[1] and "read-only" in listing[2]
    assert score[0] == 0 and '"overall"' in score[1]
    assert shown[0] == 0 and "Cabinet, 2024" in shown[1]
    assert status[0] == 0
    # Writing is refused in plain words, and nothing changes.
    assert answer[0] == 1 and "read-only" in answer[2] and "Traceback" not in answer[2]
    assert {p.name: _digest(p) for p in data.rglob("*") if p.is_file()} == before
