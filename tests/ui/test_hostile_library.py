"""The app on a library full of hostile files (``tests/hostile/documents.py``): it opens
with every good document, lists each bad file as a problem, and shows a document over a
bound as plain text with the reason, without a traceback or a frozen window."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.library.models import FILE_ROLE
from tests.hostile import documents


def test_the_app_opens_a_hostile_library_and_lists_each_bad_file(
    qtbot, make_window, tmp_path: Path
) -> None:
    library = documents.write_library(tmp_path / "hostile-library", tmp_path / "outside")
    window = make_window(library=library, wait_index=False)
    shown = window.library.documents
    handled = [c for c in documents.CASES if c.expect == "handled"]
    assert all(c.id in shown for c in handled)
    assert all(rel.removesuffix(".md") in shown for rel in documents.GOOD)
    model = window.problems_dock.model
    listed = {model.index(r, 0).data(FILE_ROLE) for r in range(model.rowCount())}
    for case in documents.CASES:
        if case.expect == "refused":
            assert any(case.path in str(f) for f in listed), case.name

    messages: list[str] = []
    window.reader.statusMessage.connect(messages.append)
    window.open_document("hostile/divs-20000")
    qtbot.waitUntil(lambda: window.reader.current_id == "hostile/divs-20000", timeout=30_000)
    assert "This document is shown as plain text" in window.reader.view.toPlainText()
    assert any("plain text" in m and "HTML elements" in m for m in messages)

    window.open_document("good/three")
    qtbot.waitUntil(lambda: window.reader.current_id == "good/three", timeout=30_000)
    assert len(window.reader.view.images) == 1 and window.reader.view.refused == []


def test_guidance_views_hand_qt_a_stand_in_never_none(qtbot) -> None:
    """For ``None`` Qt opens the name itself (absolute, or from the working folder)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.ui.assessment.widgets import GuidanceView

    view = GuidanceView()
    qtbot.addWidget(view)
    image = QTextDocument.ResourceType.ImageResource.value
    for name in ("/etc/passwd", "secret.png", "../../outside/secret.png", "accord-image:0"):
        stand_in = view.loadResource(image, QUrl(name))
        assert stand_in is not None and stand_in.width() <= 1, name
