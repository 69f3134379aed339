"""UI test fixtures: offscreen Qt, a small library with one broken file, window factories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import desktop.ui  # noqa: F401  (applies the PySide6 6.12 reference-count guard first)

ALPHA = """\
---
title: Alpha governance standard
type: standard
summary: Requirements for AI governance bodies.
components: [governance, transparency]
audience: [regulator]
tags: [governance/bodies]
version: 1.0.0
reviewed: 2025-01-15
---

# Alpha governance standard

## Purpose

This standard sets governance requirements for oversight bodies.[^1]
See the [[playbooks/beta|beta playbook]] and the [[missing-page]].
Read the [outside guidance](https://example.org/guidance) too.

| Requirement | Evidence |
|---|---|
| R1 shall publish a register | The register |
| R2 should report yearly | The report |

![local figure](img/ok.png)
![escape attempt](../../etc/passwd)
![network image](http://example.com/track.png)

<a href="javascript:alert(1)">script link</a> and <a href="file:///etc/passwd">file link</a>.

## Details

Detailed governance text about registers and oversight.

[^1]: A footnote about oversight bodies.
"""

BETA = """\
---
title: Beta oversight playbook
type: playbook
summary: Steps to run an oversight review.
components: [ethics]
audience: [trainer]
tags: [oversight]
---

# Beta oversight playbook

## Steps

Run the governance review with the regulator. Then read [[standards/alpha#Details]].
"""

GAMMA = """\
---
title: Gamma transparency guide
type: guide
summary: A guide to transparency reports.
components: [transparency]
audience: [official]
language: fr
tags: [transparency]
---

# Guide de transparence

La gouvernance des systèmes et les rapports de transparence.
"""

BROKEN = """\
---
title: Broken file
type: standard
tags: [a, b
---

Body.
"""


def write_library(root: Path) -> Path:
    """A four-file library: three good documents (with links) and one with bad YAML."""
    from PySide6.QtGui import QColor, QImage

    for rel, text in {
        "standards/alpha.md": ALPHA,
        "playbooks/beta.md": BETA,
        "guides/gamma.md": GAMMA,
        "standards/broken.md": BROKEN,
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d9c"))
    (root / "standards" / "img").mkdir(parents=True, exist_ok=True)
    assert image.save(str(root / "standards" / "img" / "ok.png"))
    return root


@pytest.fixture(autouse=True)
def english_interface(qapp: object) -> Iterator[None]:
    """Tests speak English (with its plural forms) unless they choose another language;
    a test that switches language is put back afterwards."""
    from desktop.ui.translations import language

    language.apply("en")
    yield
    if language.current_language() != "en" or language.installed_language() != "en":
        language.apply("en")


@pytest.fixture
def library_dir(tmp_path: Path, qapp: object) -> Path:
    """A small library in a temporary folder."""
    return write_library(tmp_path / "library")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty user data folder."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def make_window(qtbot, library_dir: Path, data_dir: Path) -> Iterator[Callable[..., object]]:
    """Create, show and wait for a main window (library loaded, index ready by default)."""
    from desktop.ui.shell.main_window import MainWindow

    windows: list[MainWindow] = []

    def factory(
        *,
        library: Path | None = None,
        data: Path | None = None,
        wait_index: bool = True,
        **kwargs: object,
    ) -> MainWindow:
        window = MainWindow(library or library_dir, data or data_dir, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.library is not None, timeout=15_000)
        if wait_index:
            qtbot.waitUntil(lambda: window.controller.ready, timeout=30_000)
        qtbot.waitUntil(lambda: window.store.available or window.store.failure is not None)
        # Fully started: the assessments page is added once the library is in.
        qtbot.waitUntil(
            lambda: window.assessments is not None or window.assessments_error is not None,
            timeout=15_000,
        )
        return window

    yield factory
    for window in windows:
        window.close()


def click_link(qtbot, view, text: str) -> None:
    """Click the middle of the first occurrence of ``text`` in a QTextBrowser."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    cursor = view.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not in the document"
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + max(1, len(text) // 2))
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    rect = view.cursorRect(middle)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
