"""``accord --self-test`` from source (the frozen one: ``test_frozen_bundle.py``), its
offscreen render check, and the start-up probe the frozen benchmark relies on."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import selftest
from tests.conftest import write_doc

REPO = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def test_self_test_passes_on_the_bundled_library(tmp_path: Path) -> None:
    user_data = tmp_path / "user-data"
    user_data.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        cwd=REPO,
        env=_env(ACCORD_DATA_DIR=str(user_data)),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Accord ") and "from source" in lines[0]
    checks = [ln for ln in lines if ln.startswith(("ok ", "FAIL"))]
    assert [ln.split(":")[0].split()[-1] for ln in checks] == [
        "library",
        "keys",
        "search",
        "render",
        "database",
    ]
    assert all(ln.startswith("ok ") for ln in checks), proc.stdout
    assert lines[-1] == "self-test passed: 5 checks"
    assert "offscreen" in proc.stdout  # chose (or was given) the offscreen platform
    assert list(user_data.iterdir()) == []  # the user's data is never touched


def test_self_test_reports_each_failure_on_its_own_line(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "library"
    write_doc(broken, "bad.md", "---\ntitle: [unclosed\n---\nBody\n")
    out = io.StringIO()
    assert selftest.run_self_test(broken, out=out) == 1
    text = out.getvalue()
    assert "FAIL  library: 1 errors in" in text and "bad.md" in text
    assert "FAIL  search: skipped: the library did not load" in text
    assert "ok    database:" in text  # the other checks still ran
    assert text.rstrip().endswith("self-test FAILED: 3 of 5 checks (library, search, render)")

    out = io.StringIO()
    assert selftest.run_self_test(tmp_path / "missing", out=out) == 1
    assert "is missing" in out.getvalue()


def test_self_test_reports_a_crashing_check(
    monkeypatch: pytest.MonkeyPatch, small_library: Path, qapp: object
) -> None:
    def boom(_state: object) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(selftest, "CHECKS", (("database", boom),))
    results = selftest.run_checks(small_library)
    assert len(results) == 1 and not results[0].ok
    assert results[0].line().startswith("FAIL  database: RuntimeError: disk on fire (at ")


def test_cli_dispatches_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import cli

    seen: list[object] = []
    renderers: list[object] = []

    def fake(library=None, render=None):
        renderers.append(render)
        return seen.append(library) or 0

    monkeypatch.setattr(selftest, "run_self_test", fake)
    assert cli.main(["--library", "/somewhere", "--self-test"]) == 0
    assert seen == ["/somewhere"]
    assert callable(renderers[0])  # the CLI brings the app's renderer to the core's checks


def test_render_check_sees_text_and_blank_pages(qapp: object, tmp_path: Path) -> None:
    from desktop.ui.shell.selftest import render_check

    ok, detail = render_check(
        "<h1>Model cards</h1><p>" + "Providers shall publish a model card. " * 40 + "</p>",
        "Model cards",
        tmp_path,
        "doc.md",
    )
    assert ok, detail
    assert "ink" in detail and "characters rendered" in detail
    ok, detail = render_check("", "Empty", tmp_path, "doc.md")
    assert not ok and "no text" in detail
    ok, detail = render_check("<p>Something else</p>", "Model cards", tmp_path, "doc.md")
    assert not ok and "title" in detail


def test_offscreen_only_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.shell import selftest as ui_selftest

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    if sys.platform.startswith("linux"):
        assert ui_selftest.use_offscreen_without_display() is False
        monkeypatch.delenv("DISPLAY")
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        assert ui_selftest.use_offscreen_without_display() is True
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert ui_selftest.use_offscreen_without_display() is False


def test_probe_prints_first_paint_and_quits(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "accord_main.py")],
        cwd=tmp_path,
        env=_env(ACCORD_PROBE="paint", ACCORD_DATA_DIR=str(tmp_path / "data")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    marks = json.loads(proc.stdout.strip().splitlines()[-1])
    assert marks["main"] <= marks["qapp"] <= marks["paint"]
    assert marks["frozen"] is False and marks["index_adopted"] is False


def test_entry_script_runs_the_cli(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "accord_main.py"), "--version"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("accord ")


def test_storage_question_records_the_answer(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.core.storage import paths, portable
    from desktop.ui.shell.portable_question import confirm_portable_storage

    home = tmp_path / "home"
    monkeypatch.setattr(paths, "default_data_dir", lambda: home)

    def stick(path: Path) -> portable.Storage:
        return portable.Storage(path=path, kind="removable", evidence=("it is a USB stick",))

    layout = portable.detect(home, forced=True, app_dir=tmp_path, probe=stick)
    assert layout is not None and layout.needs_consent
    shown: list[str] = []

    def answer(label: str) -> None:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, click)
                return
            shown.append(box.informativeText())
            next(b for b in box.buttons() if label in b.text()).click()

        QTimer.singleShot(0, click)

    answer("on this computer")
    chosen = confirm_portable_storage(layout)
    assert chosen.data_on == "computer" and chosen.data_dir == home
    assert chosen.export_dir == tmp_path / "AccordData" / "exports"
    assert "it is a USB stick" in shown[0] and "sqlite.org" in shown[0]

    answer("on the stick")
    chosen = confirm_portable_storage(layout)
    assert chosen.data_on == "stick" and chosen.data_dir == tmp_path / "AccordData"
    again = portable.detect(home, forced=True, app_dir=tmp_path, probe=stick)
    assert again is not None and again.data_on == "stick" and not again.needs_consent


def test_window_icon_is_found_from_source() -> None:
    from desktop.ui.shell.app import window_icon_path

    path = window_icon_path()
    assert path is not None and path.name == "accord.png" and path.stat().st_size > 1000
