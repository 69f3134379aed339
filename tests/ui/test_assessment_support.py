"""Shared fixtures and helpers of the assessment UI tests (this module has no tests).

A fixture library with a small checklist (two sections, a maturity item, skip logic,
guidance linking to a playbook and a standard), a panel on a private data folder, and
helpers that wait for the db lane and press keys where the user would.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHECKLIST = """\
---
title: Fixture readiness
type: checklist
version: {version}
sections:
  - id: ethics
    title: Ethics
    component: ethics
    items:
      - id: ETH-1
        ask: Are there national AI ethics principles?
        guidance: |
          Count only adopted principles. See [[playbooks/help|the help playbook]].
        evidence: Name the document and its date.
        weight: 2
        frameworks:
          nist-ai-rmf: [GOVERN 1.1]
          unesco-ram: [legal]
      - id: ETH-2
        ask: Are they applied in procurement?
        show_if: {{item: ETH-1, in: [yes, partial]}}
        guidance: Look at the procurement rules. See [[standards/std]].
      - id: ETH-3
        ask: How mature is the consultation of affected groups?
        scale: maturity-0-4
        frameworks:
          unesco-ram: [social]
{extra_ethics}
  - id: gov
    title: Governance
    component: governance
    items:
      - id: GOV-1
        ask: Is there a body with a legal mandate to oversee AI?
        guidance: Read [[standards/std]] and [[playbooks/help]].
        frameworks:
          unesco-ram: [legal]
      - id: GOV-2
        ask: Does it publish yearly reports?
---
# Fixture readiness
"""

NEW_ITEM = """\
      - id: ETH-4
        ask: Is there a complaint route for people harmed by AI?
"""

PLAYBOOK = """\
---
title: Help playbook
type: playbook
components: [ethics]
---
# Help playbook

Steps that help.
"""

STANDARD = """\
---
title: Fixture standard
type: standard
components: [governance]
---
# Fixture standard

Requirements.
"""


def write_fixture_library(root: Path, version: str = "1.0.0", extra: bool = False) -> Path:
    """The fixture library; ``extra`` adds ETH-4 (a new version) and drops GOV-2."""
    text = CHECKLIST.format(version=version, extra_ethics=NEW_ITEM.rstrip("\n") if extra else "")
    if extra:
        text = text.replace("      - id: GOV-2\n        ask: Does it publish yearly reports?\n", "")
    files = {
        "checklists/fixture.md": text,
        "playbooks/help.md": PLAYBOOK,
        "standards/std.md": STANDARD,
    }
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body), encoding="utf-8")
    return root


def break_checklist(root: Path) -> None:
    """Make the fixture checklist fail validation (an unknown component)."""
    path = root / "checklists" / "fixture.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("component: governance", "component: nonsense"),
        encoding="utf-8",
    )


@pytest.fixture
def fixture_library(tmp_path: Path):
    """The loaded fixture library."""
    from desktop.core.library.documents import load_library

    return load_library(write_fixture_library(tmp_path / "library"))


@pytest.fixture
def task_runner(qapp) -> Iterator[object]:
    """A task runner, shut down (after its db lane is idle) at the end."""
    from desktop.ui.common.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait("db", 10_000)
    runner.shutdown()


@pytest.fixture
def make_panel(qtbot, task_runner, data_dir: Path) -> Iterator[Callable[..., object]]:
    """Create panels on ``data_dir`` (open and listed), closing their stores at the end."""
    from desktop.ui.assessment.panel import AssessmentsPanel

    panels: list[AssessmentsPanel] = []

    def factory(library: object, data: Path | None = None, show: bool = True) -> AssessmentsPanel:
        panel = AssessmentsPanel(data or data_dir, library, task_runner)
        qtbot.addWidget(panel)
        panels.append(panel)
        panel.resize(1280, 820)
        if show:
            panel.show()
            qtbot.waitExposed(panel)
            panel.activateWindow()
        qtbot.waitUntil(lambda: panel.service.available, timeout=10_000)
        qtbot.waitUntil(lambda: not task_runner.active_tasks("db"), timeout=10_000)
        return panel

    yield factory
    for panel in panels:
        panel.close_store()
    task_runner.wait("db", 10_000)


def wait_db(qtbot, runner) -> None:
    """Wait until the db lane is idle and its results were delivered."""
    qtbot.waitUntil(lambda: not runner.active_tasks("db"), timeout=10_000)


def create_assessment(
    qtbot, panel, checklist_id: str = "checklists/fixture", institution: str = "Ministry of ICT"
) -> str:
    """Create an assessment through the store (on the db lane) and return its id."""
    from desktop.core.assessments.store import startable_checklist

    library = panel.library
    task = panel.service.call(
        lambda store: store.create(
            startable_checklist(library, checklist_id),
            institution=institution,
            country="KE",
            assessors=["Amina Otieno"],
        ),
        "create",
        write=True,
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert task.state == "succeeded", task.error
    return task.result.id


def open_in_runner(qtbot, panel, assessment_id: str) -> object:
    """Open the runner on ``assessment_id`` and wait for it; returns the runner page."""
    panel.open_assessment(assessment_id)
    qtbot.waitUntil(
        lambda: (
            panel.runner.state is not None and panel.runner.state.assessment.id == assessment_id
        ),
        timeout=10_000,
    )
    from PySide6.QtWidgets import QApplication

    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window(), timeout=5_000)
    return panel.runner


def press(qtbot, runner, key, text: str = "") -> None:
    """Press ``key`` on the widget that has the focus inside the runner (like a user)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    if target is None or not (target is runner or runner.isAncestorOf(target)):
        runner.card.focus_answers()
        target = QApplication.focusWidget() or runner
    qtbot.keyClick(target, key)


def wait_saved(qtbot, runner, timeout: int = 5_000) -> None:
    """Wait until the runner reports "Saved ✓" (the commit returned)."""
    from desktop.ui.assessment.saver import SaveState

    qtbot.waitUntil(
        lambda: (
            runner.saver is not None
            and runner.saver.state == SaveState.SAVED
            and not runner.saver.has_unsaved()
        ),
        timeout=timeout,
    )


def stored_answers(data_dir: Path, assessment_id: str) -> dict[str, tuple[str | None, str]]:
    """The answers as a second connection reads them from disk."""
    from desktop.core.assessments.store import AssessmentStore

    with AssessmentStore.open_data_dir(data_dir) as store:
        return {k: (a.value, a.note) for k, a in store.answers(assessment_id).items()}


def stored_assessment(data_dir: Path, assessment_id: str):
    """The assessment header as a second connection reads it."""
    from desktop.core.assessments.store import AssessmentStore

    with AssessmentStore.open_data_dir(data_dir) as store:
        return store.get(assessment_id)
