"""The reader treats content as untrusted: links, resources, confirmation for outside links."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.library.resources import resolve_image
from desktop.ui.common.links import LinkKind, classify_link, resolve_resource
from tests.ui.conftest import click_link

IMAGE = QTextDocument.ResourceType.ImageResource.value


def open_alpha(qtbot, make_window):
    window = make_window(wait_index=False)
    window.open_document("standards/alpha")
    qtbot.waitUntil(lambda: window.reader.current_id == "standards/alpha")
    return window


def test_link_classification() -> None:
    assert classify_link(QUrl("accord://doc/standards/alpha#details")).kind is LinkKind.DOCUMENT
    assert classify_link(QUrl("accord://doc/standards/alpha#details")).doc_id == "standards/alpha"
    assert classify_link(QUrl("#fn:1")).kind is LinkKind.ANCHOR
    assert classify_link(QUrl("https://example.org/")).kind is LinkKind.EXTERNAL
    assert classify_link(QUrl("mailto:a@example.org")).kind is LinkKind.EXTERNAL
    for blocked in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "ftp://example.org/x",
        "accord://evil/x",
        "../../etc/passwd",
        "http:///nohost",
    ):
        assert classify_link(QUrl(blocked)).kind is LinkKind.BLOCKED, blocked


def test_load_resource_only_inside_the_library(
    qtbot, make_window, library_dir: Path, tmp_path: Path
) -> None:
    window = open_alpha(qtbot, make_window)
    view = window.reader.view
    # Rendering asked for the three images: only the local one was loaded, by us.
    assert [view.references[name] for name in view.images] == ["img/ok.png"]
    assert "../../etc/passwd" in view.refused
    assert "http://example.com/track.png" in view.refused
    # Qt only ever sees opaque names: no path or address reaches it.
    assert "etc/passwd" not in view.toHtml() and "example.com/track" not in view.toHtml()
    (name,) = view.images
    assert view.loadResource(IMAGE, QUrl(name)) is view.images[name]
    for bad in (
        "../../etc/passwd",
        "/etc/passwd",
        "file:///etc/passwd",
        "http://example.com/x.png",
        "https://example.com/x.png",
        "img/../../../outside.png",
        "img/ok.png",  # even an allowed file: only what was loaded beforehand is served
        "qrc:/x.png",
    ):
        # Never None (for None, Qt opens the name itself): an empty stand-in image.
        stand_in = view.loadResource(IMAGE, QUrl(bad))
        assert stand_in is not None and stand_in.size().width() <= 1, bad
    # Style sheets and other resource types are never loaded.
    sheet = view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl(name))
    assert sheet == ""
    # A symbolic link inside the library pointing outside is refused.
    outside = tmp_path / "secret.png"
    outside.write_bytes((library_dir / "standards" / "img" / "ok.png").read_bytes())
    os.symlink(outside, library_dir / "standards" / "img" / "link.png")
    assert resolve_resource(QUrl("img/link.png"), library_dir, "standards/alpha.md") is None
    assert resolve_image("img/link.png", library_dir, "standards/alpha.md") is None
    assert resolve_image("img/ok.png", library_dir, "standards/alpha.md") is not None


def _answer_next_dialog(button_name: str | None, seen: list[str], tries: int = 300):
    """Answer the next message box; returns a function that stops waiting for one.

    The poll must end (after ``tries`` × 10 ms, or when stopped): a poller left running
    would answer some later test's dialog."""
    state = {"left": tries}

    def stop() -> None:
        state["left"] = 0

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            state["left"] -= 1
            if state["left"] > 0:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        if button_name is None:
            box.reject()
        else:
            box.findChild(object, button_name).click()

    QTimer.singleShot(0, answer)
    return stop


def test_outside_link_asks_first(qtbot, make_window) -> None:
    window = open_alpha(qtbot, make_window)
    opened: list[str] = []
    window.reader.external_opener = lambda url: opened.append(url.toString()) or True
    asked: list[str] = []

    _answer_next_dialog(None, asked)  # Cancel
    click_link(qtbot, window.reader.view, "outside guidance")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "web browser" in asked[0]
    assert opened == []

    _answer_next_dialog("openExternal", asked)  # Open
    click_link(qtbot, window.reader.view, "outside guidance")
    qtbot.waitUntil(lambda: opened == ["https://example.org/guidance"])
    assert window.reader.current_id == "standards/alpha"


def test_javascript_and_file_links_do_nothing(qtbot, make_window) -> None:
    window = open_alpha(qtbot, make_window)
    reader = window.reader
    opened: list[str] = []
    reader.external_opener = lambda url: opened.append(url.toString()) or True
    dialogs: list[str] = []
    stop = _answer_next_dialog(None, dialogs)  # catches a dialog if one were (wrongly) shown
    history = len(reader.history.entries)
    # The raw HTML links lost their href when sanitised: clicking them does nothing.
    assert "javascript" not in reader.view.toHtml()
    click_link(qtbot, reader.view, "script link")
    click_link(qtbot, reader.view, "file link")
    # Even if such a URL reached the reader, it is refused.
    messages: list[str] = []
    reader.statusMessage.connect(messages.append)
    reader.handle_link(QUrl("javascript:alert(1)"))
    reader.handle_link(QUrl("file:///etc/passwd"))
    qtbot.wait(50)
    stop()
    assert opened == []
    assert dialogs == []
    assert len(reader.history.entries) == history
    assert reader.current_id == "standards/alpha"
    assert len(messages) == 2 and "not opened" in messages[0]


def test_unresolved_links_are_marked_and_tables_footnotes_anchors_render(
    qtbot, make_window
) -> None:
    window = open_alpha(qtbot, make_window)
    view = window.reader.view
    html = window.reader.shown_html
    assert '<span class="broken-link"' in html and "missing-page" in html
    # The broken link is drawn in the warning colour, not as a link.
    cursor = view.document().find("missing-page")
    fmt = cursor.charFormat()
    assert not fmt.isAnchor()
    assert fmt.foreground().color().name() == "#b3261e"
    # Table, footnote and heading anchors.
    assert view.document().find("R1 shall publish a register").currentTable() is not None
    assert "footnote" in html
    window.reader.handle_link(QUrl("#details"))
    assert view.verticalScrollBar().value() > 0
    assert window.reader.history.current.anchor == "details"
    # The contents pane lists the headings and jumps to them.
    toc = window.reader.toc_model
    assert [toc.index(r, 0).data() for r in range(toc.rowCount())] == ["Purpose", "Details"]
    view.verticalScrollBar().setValue(0)
    window.reader.toc_view.activated.emit(toc.index(1, 0))
    assert view.verticalScrollBar().value() > 0


def test_right_to_left_documents_are_laid_out_right_to_left(
    qtbot, make_window, library_dir: Path
) -> None:
    (library_dir / "guides" / "arabic.md").write_text(
        "---\ntitle: دليل\ntype: guide\nlanguage: ar\n---\n\n# دليل\n\nنص عربي.\n", encoding="utf-8"
    )
    window = make_window(wait_index=False)
    window.open_document("guides/arabic")
    qtbot.waitUntil(lambda: window.reader.current_id == "guides/arabic")
    from PySide6.QtCore import Qt

    block = window.reader.view.document().findBlock(0)
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft or (
        block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    )
