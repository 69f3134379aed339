"""The Qt side of the frozen bundle's checks and hooks.

* ``render_check``: the self-test's offscreen rendering of one document in the real reader
  view (``accord --self-test``; the Qt-free checks are in ``desktop.core.selftest``).
* ``probe_main``: a start-up probe for benchmarks and screenshots. With the environment
  variable ``ACCORD_PROBE=paint`` the app prints a JSON line of wall-clock marks at its first
  paint and quits; with ``ACCORD_PROBE=ready`` it waits until the library and the search
  index are ready, runs a search, opens a document (``ACCORD_PROBE_OPEN``, default: the
  first hit), saves a screenshot of the window to ``ACCORD_PROBE_SHOT`` when set, prints
  the marks and quits. The frozen entry point (``packaging/accord_main.py``) dispatches to
  it; ``bench/frozen_bench.py`` uses it.

Accord's window icon is found by ``desktop.ui.shell.app.window_icon_path``; the portable
storage question is ``desktop.ui.shell.portable_question``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

PROBE_ENV = "ACCORD_PROBE"
PROBE_SHOT_ENV = "ACCORD_PROBE_SHOT"
PROBE_OPEN_ENV = "ACCORD_PROBE_OPEN"
PROBE_TIMEOUT_MS = 120_000
RENDER_SIZE = (900, 1100)
# Share of sampled pixels that must differ from the page background for a page with text.
MIN_INK = 0.002


def use_offscreen_without_display() -> bool:
    """Select Qt's offscreen platform when there is no screen to draw on (Linux/BSD).

    Does nothing when ``QT_QPA_PLATFORM`` is already set or on Windows and macOS (which
    always have one). Returns True when it chose offscreen.
    """
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return False
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return False
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return True


def _ink_share(image: object) -> float:
    """Share of sampled pixels that differ from the page background (the commonest colour)."""
    from collections import Counter

    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height, stride = img.width(), img.height(), img.bytesPerLine()
    if width == 0 or height == 0:
        return 0.0
    data = bytes(img.constBits())
    step = 3
    colours: Counter[bytes] = Counter()
    for y in range(0, height, step):
        row = data[y * stride : y * stride + width * 4]
        colours.update(row[x : x + 4] for x in range(0, width * 4, 4 * step))
    total = sum(colours.values())
    background = colours.most_common(1)[0][1]
    return (total - background) / total if total else 0.0


def render_check(html: str, title: str, library_root: Path, doc_path: str) -> tuple[bool, str]:
    """Render ``html`` in the app's reader view offscreen; (ok, what was seen).

    Creates the QApplication if there is none (offscreen when there is no display).
    """
    chose_offscreen = use_offscreen_without_display()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.library.reader import ReaderView
    from desktop.ui.shell.app import create_application

    app = QApplication.instance() or create_application([sys.argv[0] if sys.argv else "accord"])
    platform_name = QApplication.platformName()
    view = ReaderView()
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.library_root = Path(library_root)
        view.resize(*RENDER_SIZE)
        view.show()
        view.show_html(html, doc_path)
        app.processEvents()
        image = view.grab().toImage()
        text = view.document().toPlainText()
    finally:
        view.close()
        view.deleteLater()
    ink = _ink_share(image)
    where = f"{platform_name} platform" + (" (no display)" if chose_offscreen else "")
    if not text.strip():
        return False, f"the reader showed no text ({where})"
    if title and title.split()[0] not in text:
        return False, f"the title '{title}' is not in the rendered text ({where})"
    if image.isNull() or ink < MIN_INK:
        return False, f"the rendered page is blank ({ink:.1%} ink, {where})"
    return True, (
        f"{len(text)} characters rendered on a {image.width()}×{image.height()} page, "
        f"{ink:.1%} ink ({where})"
    )


# --------------------------------------------------------------------------- probe


def probe_main() -> int:
    """Start the app as ``accord`` would, print timing marks as JSON and quit (see above)."""
    marks: dict[str, object] = {"main": time.time()}
    mode = os.environ.get(PROBE_ENV, "paint")
    shot = os.environ.get(PROBE_SHOT_ENV, "")
    wanted_doc = os.environ.get(PROBE_OPEN_ENV, "")

    from desktop.core.search.prebuilt import adopt_bundled_index
    from desktop.core.storage import paths

    data = paths.data_dir()
    library = paths.bundled_library()
    marks["index_adopted"] = adopt_bundled_index(paths.index_dir(data))

    from PySide6.QtCore import QTimer

    from desktop.ui.shell.app import create_application

    app = create_application([sys.argv[0] if sys.argv else "accord"])
    marks["qapp"] = time.time()
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(library, data)

    def finish() -> None:
        if shot:
            Path(shot).parent.mkdir(parents=True, exist_ok=True)
            marks["shot_saved"] = window.grab().save(shot)
        QTimer.singleShot(0, app.quit)

    def on_paint() -> None:
        marks.setdefault("paint", time.time())
        if mode == "paint":
            finish()

    def on_library(_library: object) -> None:
        marks.setdefault("library", time.time())

    def on_index(report: object) -> None:
        marks.setdefault("index", time.time())
        marks["index_rebuilt"] = bool(getattr(report, "rebuilt", False))
        if mode != "ready":
            return
        from index import SearchQuery

        results = window.index.search(SearchQuery(text="governance", limit=10))
        marks["search_hits"] = results.total
        doc_id = wanted_doc or (results.hits[0].id if results.hits else "")
        if doc_id and window.open_document(doc_id):
            marks["opened"] = doc_id
        else:
            QTimer.singleShot(300, finish)

    def on_shown(_doc_id: str) -> None:
        marks.setdefault("shown", time.time())
        QTimer.singleShot(400, finish)  # let the reader lay out and paint

    def on_failed(message: str) -> None:
        marks["index_failed"] = message
        finish()

    window.firstPainted.connect(on_paint)
    window.libraryLoaded.connect(on_library)
    window.indexReady.connect(on_index)
    window.indexFailed.connect(on_failed)
    window.reader.documentShown.connect(on_shown)
    QTimer.singleShot(PROBE_TIMEOUT_MS, app.quit)
    window.show()
    code = app.exec()
    window.close()
    marks["frozen"] = bool(getattr(sys, "frozen", False))
    print(json.dumps(marks), flush=True)
    return code
