"""Render the hostile document corpus every way the app does: the reader (with its
images), a PDF of the page, and checklist guidance in a PDF report. Used in-process under
an audit hook, and as ``python -m tests.hostile.render_all LIBRARY OUT`` under strace.

Nothing here may open a file outside the library: the tests check.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Guidance as a checklist writer could write it, with every way of naming an outside
# image; it is printed the way the PDF report prints guidance.
GUIDANCE = (
    "See ![chart]({outside}/secret.png) and <img src='{outside}/secret.png'> and "
    "![rel](../../outside/secret.png) and ![cwd](secret.png) and ![svg](secret.svg)."
)
PDF_LIMIT = 300 * 1024  # only pages of modest size are also printed (time, not safety)


def render_everything(library: Path, outside: Path, out: Path) -> dict[str, list[str]]:
    """Show every document of ``library`` in the reader, print the modest ones to PDF and
    print hostile guidance as the report does; returns the refused images per document."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from desktop.core.library.documents import load_library
    from desktop.ui.common.printing import export_pdf
    from desktop.ui.common.reader_style import reader_css
    from desktop.ui.library.prepared import prepare
    from desktop.ui.library.reader import ReaderView
    from desktop.ui.report.words import guidance_html

    app = QApplication.instance() or QApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    loaded = load_library(library)
    refused: dict[str, list[str]] = {}
    view = ReaderView()
    view.library_root = library
    view.resize(900, 700)
    view.show()
    for n, doc in enumerate(sorted(loaded.documents.values(), key=lambda d: d.id)):
        prepared = prepare(doc, loaded)
        view.show_html(prepared.html, doc.path, prepared.images, prepared.rendered.images)
        app.processEvents()
        view.grab()  # lays the page out and paints it, images included
        refused[doc.id] = list(view.refused)
        if len(prepared.html) <= PDF_LIMIT:
            export_pdf(
                prepared.html,
                reader_css(dark=False),
                dict(view.images),
                doc.title,
                out / f"page-{n}.pdf",
            )
    view.close()
    report_page = QTextDocument()  # as the report lays guidance out: no view, no loader
    report_page.setHtml(guidance_html(GUIDANCE.replace("{outside}", str(outside)), None))
    writer = QPdfWriter(str(out / "guidance.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    report_page.print_(writer)
    del writer
    return refused


def main(argv: list[str]) -> int:
    """``render_all LIBRARY OUTSIDE OUT``: render, and print how many documents were shown."""
    library, outside, out = (Path(a) for a in argv)
    refused = render_everything(library, outside, out)
    print(f"{len(refused)} documents shown")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
