"""Bad input and faults: a killed process, a power cut, a read-only or full data folder, a
corrupt database, and a checklist that fails validation. Each test checks that no
acknowledged answer is lost and that the person is told what happened."""

from __future__ import annotations

import contextlib
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from desktop.cli import main
from desktop.core.assessments.store import (
    AssessmentStore,
    ChecklistNotStartableError,
    StoreError,
    startable_checklist,
)
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.documents import load_library
from desktop.core.storage import db as dbmod
from desktop.core.storage.db import CorruptDatabaseError, latest_backup, restore_backup

CHECKLIST = Checklist(
    "checklists/demo",
    "Demo",
    "1.0.0",
    "yes-partial-no",
    (
        Section(
            "ethics",
            "Ethics",
            "ethics",
            (
                Item("ETH-1", "a?", "ethics", "ethics"),
                Item("ETH-2", "b?", "ethics", "ethics", show_if=ShowIf("ETH-1", ("yes",))),
            ),
        ),
        Section(
            "gov",
            "Gov",
            "governance",
            (Item("GOV-1", "c?", "gov", "governance", scale="maturity-0-4"),),
        ),
    ),
    "hash-demo",
)
# What the child saves, in turn: (item, value).
PLAN = [("ETH-1", "yes"), ("ETH-2", "partial"), ("GOV-1", "3"), ("ETH-1", "no"), ("GOV-1", "1")]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# --- SIGKILL ------------------------------------------------------------------------------


def _child(write_fd: int, db_path: Path, assessment_id: str, start: int) -> None:
    """Runs in the forked child: save in a loop, acknowledge each save after it returned
    (i.e. after its commit). Never returns into pytest."""
    try:
        store = AssessmentStore.open(db_path)
        os.write(write_fd, b"ready\n")
        n = start
        while True:
            item, value = PLAN[n % len(PLAN)]
            store.save_answer(assessment_id, item, value, note=f"save {n}", by="child")
            os.write(write_fd, f"{n}\n".encode())
            n += 1
    except BaseException as exc:  # pragma: no cover - only seen if the child fails
        os.write(2, f"child failed: {exc!r}\n".encode())
    finally:
        os._exit(1)


def _read_lines(fd: int, until_ready: bool, timeout: float = 10.0) -> list[str]:
    buffer = b""
    deadline = time.monotonic() + timeout
    while True:
        if until_ready and b"ready\n" in buffer:
            break
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError("the child did not answer in time")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
    return buffer.decode().split("\n")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_at_random_moments_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    """50 runs: a child process saves answers in a loop and acknowledges each save on a
    pipe once ``save_answer`` returned; the parent SIGKILLs it at a random moment (some
    runs while it is still opening the database). After every kill: PRAGMA
    integrity_check is ok, every acknowledged save is in the history, and each item's
    stored answer is the last acknowledged one or a later (unacknowledged) one.

    The child is forked from the test process (a real separate process, killed for real)
    because starting a fresh interpreter 50 times costs ~1 s each here.
    """
    db_path = tmp_path / "accord.db"
    with AssessmentStore.open(db_path) as store:
        aid = store.create(CHECKLIST, institution="M", country="KE").id
    rng = random.Random(20260101)
    total_acked = 0
    killed_mid_loop = 0
    for run in range(50):
        start = run * 1_000_000
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(read_fd)
            _child(write_fd, db_path, aid, start)
        os.close(write_fd)
        try:
            if run % 5 == 0:
                time.sleep(rng.uniform(0, 0.02))  # may land while the child opens the database
                lines: list[str] = []
            else:
                lines = _read_lines(read_fd, until_ready=True)
                time.sleep(rng.uniform(0.001, 0.1))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            assert os.WIFSIGNALED(status), "the child stopped by itself: it failed"
            lines += _read_lines(read_fd, until_ready=False)
        finally:
            os.close(read_fd)
        acked = [int(x) for x in lines if x.isdigit()]
        total_acked += len(acked)
        killed_mid_loop += bool(acked)

        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            notes = {
                r[0]
                for r in conn.execute(
                    "SELECT note FROM assessment_history WHERE action = 'answer' AND note >= ?",
                    (f"save {start}",),
                )
            }
            stored = dict(
                conn.execute("SELECT item_id, note FROM answers WHERE assessment_id = ?", (aid,))
            )
        finally:
            conn.close()
        for n in acked:
            assert f"save {n}" in notes, f"run {run}: acknowledged save {n} is missing"
        last_acked: dict[str, int] = {}
        for n in acked:
            last_acked[PLAN[n % len(PLAN)][0]] = n
        for item, n in last_acked.items():
            assert int(stored[item].split()[1]) >= n, f"run {run}: {item} went back in time"
    # The test must really have killed the child while it was saving.
    assert killed_mid_loop >= 20 and total_acked >= 100, (killed_mid_loop, total_acked)


# --- power cut ----------------------------------------------------------------------------


class _Recording(sqlite3.Connection):
    """A connection that records the pragmas in force when it is closed."""

    seen: ClassVar[list[tuple[str, str, int]]] = []

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            path = self.execute("PRAGMA database_list").fetchone()[2]
            mode = self.execute("PRAGMA journal_mode").fetchone()[0]
            sync = self.execute("PRAGMA synchronous").fetchone()[0]
            _Recording.seen.append((path, mode, sync))
        super().close()


@pytest.fixture
def recorded_connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list]:
    real_connect = sqlite3.connect
    opened: list[sqlite3.Connection] = []

    def spy(*args, **kwargs):
        kwargs.setdefault("factory", _Recording)
        conn = real_connect(*args, **kwargs)
        opened.append(conn)
        return conn

    _Recording.seen = []
    monkeypatch.setattr(sqlite3, "connect", spy)
    yield opened
    for conn in opened:  # connections nobody closed are checked too
        with contextlib.suppress(sqlite3.ProgrammingError):
            conn.close()


def test_every_connection_has_wal_and_synchronous_full(
    tmp_path: Path, recorded_connections: list, capsys: pytest.CaptureFixture[str]
) -> None:
    """A power cut cannot be simulated portably here, so this test pins down the
    guarantee instead: every connection the store opens to the database — through the
    API and through the CLI — runs with ``journal_mode=wal`` and ``synchronous=2``
    (FULL).

    Why that is enough (https://www.sqlite.org/pragma.html#pragma_synchronous and
    https://www.sqlite.org/wal.html): in WAL mode a commit appends the transaction to the
    WAL file; with synchronous=FULL SQLite fsyncs the WAL at *every* commit before COMMIT
    returns, so a transaction that has returned survives an OS crash or power loss (with
    NORMAL it is durable only after the next checkpoint: acknowledged answers could be
    lost). A checkpoint syncs the WAL before writing the database and the database before
    the WAL is reused, so a cut during a checkpoint is recovered from the WAL on the next
    open. Atomicity across a cut comes from the WAL's checksummed frames: a half-written
    transaction at the end of the WAL is ignored. ``save_answer`` returns only after its
    COMMIT (checked below with a statement trace), so "saved" is shown only for durable
    answers.
    """
    db_path = tmp_path / "data" / "accord.db"
    db_path.parent.mkdir()
    store = AssessmentStore.open(db_path)
    aid = store.create(CHECKLIST, institution="M", country="KE").id
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.save_answer(aid, "ETH-1", "yes")
    store.db.conn.set_trace_callback(None)
    # The write is one transaction, and nothing runs after its COMMIT before returning.
    assert statements.count("BEGIN IMMEDIATE") == 1 and statements[-1] == "COMMIT"
    # Also takes a backup (a separate file, excluded below). Partial: one answer of three.
    store.complete(aid, partial_reason="a first look")
    store.close()
    lib = tmp_path / "lib"
    (lib / "checklists").mkdir(parents=True)
    for argv in (
        ["assessment", "answer", aid, "GOV-1", "2"],
        ["assessment", "score", aid, "--json"],
        ["assessment", "list"],
        ["assessment", "export", aid, "--format", "json", "--out", str(tmp_path / "a.json")],
    ):
        assert main(["--data-dir", str(db_path.parent), "--library", str(lib), *argv]) == 0
    capsys.readouterr()
    for conn in recorded_connections:
        with contextlib.suppress(sqlite3.ProgrammingError):
            conn.close()
    to_db = [s for s in _Recording.seen if Path(s[0]) == db_path]
    assert len(to_db) >= 5  # the API store + one per CLI command
    for path, mode, sync in to_db:
        assert (mode, sync) == ("wal", 2), f"{path}: journal_mode={mode} synchronous={sync}"
    # Every connection was to the database or to a backup copy: nothing else was opened.
    others = {Path(s[0]).parent.name for s in _Recording.seen if Path(s[0]) != db_path}
    assert others <= {"backups"}


# --- read-only and full folders -----------------------------------------------------------


def test_full_disk_is_a_clear_error_and_the_answer_saves_later(tmp_path: Path) -> None:
    """A full disk, simulated with PRAGMA max_page_count (works as root, unlike chmod)."""
    db_path = tmp_path / "accord.db"
    store = AssessmentStore.open(db_path)
    aid = store.create(CHECKLIST, institution="M", country="KE").id
    store.save_answer(aid, "ETH-1", "yes", note="short")
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(db_path)
    long_note = "Evidence: " + "x" * 200_000  # needs new pages
    with pytest.raises(StoreError) as err:
        store.save_answer(aid, "ETH-1", "partial", note=long_note)
    assert err.value.kind == "full" and err.value.retryable
    message = str(err.value)
    assert "disk" in message and "full" in message and "Nothing was changed" in message
    assert "sqlite" not in message.lower()
    assert dump(db_path) == before  # no half-saved answer or stray history row
    # The store is still usable (no transaction left open)...
    assert not store.db.conn.in_transaction
    assert store.answers(aid)["ETH-1"].note == "short"
    # ...and once there is room the same save (the text the form kept) goes through.
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.save_answer(aid, "ETH-1", "partial", note=long_note).changed
    store.close()
    with AssessmentStore.open(db_path) as again:
        assert again.answers(aid)["ETH-1"].note == long_note


def test_read_only_database_is_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    """A read-only database, simulated with a ``mode=ro`` connection (works as root)."""
    db_path = tmp_path / "accord.db"
    with AssessmentStore.open(db_path) as store:
        aid = store.create(CHECKLIST, institution="M", country="KE").id
        store.save_answer(aid, "ETH-1", "yes", note="first")
    before = dump(db_path)
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    conn.isolation_level = None
    import sqlite_utils

    read_only = AssessmentStore(sqlite_utils.Database(conn), path=db_path)
    assert read_only.load(aid).values() == {"ETH-1": "yes"}  # drafts stay readable
    with pytest.raises(StoreError) as err:
        read_only.save_answer(aid, "ETH-1", "no", note="typed while read-only")
    assert err.value.kind == "read-only"
    assert "read-only" in str(err.value) and "Nothing was changed" in str(err.value)
    read_only.close()
    assert dump(db_path) == before
    with AssessmentStore.open(db_path) as store:  # writable again: the kept text saves
        store.save_answer(aid, "ETH-1", "no", note="typed while read-only")
        assert store.answers(aid)["ETH-1"].note == "typed while read-only"


def _chattr(flag: str, *paths: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    result = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True)
    return result.returncode == 0


def test_immutable_data_folder_even_as_root(tmp_path: Path) -> None:
    """A truly read-only folder (``chattr +i`` stops root too): opening says "read-only",
    not "damaged"; the drafts can still be read; an open store's save fails clearly and
    succeeds once the folder is writable again."""
    folder = tmp_path / "data"
    folder.mkdir()
    db_path = folder / "accord.db"
    with AssessmentStore.open(db_path) as store:
        aid = store.create(CHECKLIST, institution="M", country="KE").id
        store.save_answer(aid, "ETH-1", "yes")
    if not _chattr("+i", folder, db_path):
        pytest.skip("chattr +i is not available on this file system")
    try:
        with pytest.raises(StoreError) as err:
            AssessmentStore.open(db_path)
        assert err.value.kind == "read-only" and "damaged" not in str(err.value)
        with AssessmentStore.open_read_only(db_path) as reader:
            assert reader.load(aid).values() == {"ETH-1": "yes"}
            with pytest.raises(StoreError, match="read-only"):
                reader.save_answer(aid, "ETH-1", "no")
    finally:
        _chattr("-i", folder, db_path)
    store = AssessmentStore.open(db_path)
    wal = Path(f"{db_path}-wal")
    assert _chattr("+i", folder, db_path, *([wal] if wal.exists() else []))
    try:
        with pytest.raises(StoreError) as err:
            store.save_answer(aid, "ETH-1", "no", note="kept in the form")
        assert err.value.kind == "read-only"
    finally:
        _chattr("-i", folder, db_path, *([wal] if wal.exists() else []))
    assert store.save_answer(aid, "ETH-1", "no", note="kept in the form").changed
    store.close()


# --- corrupt database ---------------------------------------------------------------------


def test_corrupt_database_says_what_happened_and_the_backup_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "accord.db"
    with AssessmentStore.open(db_path) as store:
        aid = store.create(CHECKLIST, institution="M", country="KE").id
        store.save_answer(aid, "ETH-1", "yes", note="before the backup")
        # Completing (here as partial: one answer of three) takes an automatic backup.
        backup = store.complete(aid, partial_reason="a first look").backup
    assert backup is not None
    with open(db_path, "r+b") as handle:  # damage the file's header
        handle.write(b"this is not a database at all" * 4)
    with pytest.raises(CorruptDatabaseError) as err:
        AssessmentStore.open(db_path)
    assert str(db_path) in str(err.value) and "backup" in str(err.value)
    # The CLI says the same and names the backup; exit 1, not a traceback.
    code = main(["--data-dir", str(data), "assessment", "list"])
    stderr = capsys.readouterr().err
    assert code == 1 and "damaged" in stderr and str(backup) in stderr
    # What the app offers: restore the automatic backup, keeping the damaged file aside.
    assert latest_backup(db_path, data / "backups") == backup
    aside = restore_backup(db_path, backup)
    assert aside.exists()
    with AssessmentStore.open(db_path) as store:
        assert store.answers(aid)["ETH-1"].note == "before the backup"
        assert store.get(aid).status == "complete"


def test_completion_backups_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamps = iter(f"20260101-0000{n:02d}" for n in range(60))
    monkeypatch.setattr(dbmod.time, "strftime", lambda fmt: next(stamps))
    with AssessmentStore.open(tmp_path / "accord.db") as store:
        aid = store.create(CHECKLIST, institution="M", country="KE").id
        for n in range(8):
            store.save_answer(aid, "GOV-1", str(n % 5))
            store.complete(aid, partial_reason="a first look")
    kept = sorted((tmp_path / "backups").glob("accord-*-complete.db"))
    assert len(kept) == 5 and kept[-1].name == "accord-20260101-000007-complete.db"


# --- a checklist that fails validation ----------------------------------------------------

CHECKLIST_MD = """\
---
title: Demo
type: checklist
version: 1.0.0
sections:
  - id: ethics
    title: Ethics
    component: ethics
    items:
      - id: ETH-1
        ask: First?
      - id: ETH-2
        ask: Second?
---
"""


def test_invalid_checklist_cannot_start_but_its_drafts_stay_readable(tmp_path: Path) -> None:
    path = tmp_path / "checklists" / "demo.md"
    path.parent.mkdir()
    path.write_text(CHECKLIST_MD, encoding="utf-8")
    with AssessmentStore.open(tmp_path / "accord.db") as store:
        good = startable_checklist(load_library(tmp_path), "checklists/demo")
        aid = store.create(good, institution="M", country="KE").id
        store.save_answer(aid, "ETH-1", "partial")
        # The file is edited and now fails validation (duplicate id on line 12).
        path.write_text(CHECKLIST_MD.replace("id: ETH-2", "id: ETH-1"), encoding="utf-8")
        with pytest.raises(ChecklistNotStartableError) as err:
            startable_checklist(load_library(tmp_path), "checklists/demo")
        assert f"{path}:12:" in str(err.value) and "duplicate item id" in str(err.value)
        assert err.value.problems and err.value.problems[0].line == 12
        # The draft is untouched, readable, scorable and can still be answered.
        state = store.load(aid)
        assert [i.id for i in state.checklist.items] == ["ETH-1", "ETH-2"]
        ethics = state.score().components["ethics"]
        assert ethics.score is None and ethics.coverage == 0.5  # 1 of 2: below 80 %
        store.save_answer(aid, "ETH-2", "yes")
        assert store.score(aid).components["ethics"].score == 75
