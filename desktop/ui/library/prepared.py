"""A document made ready to show, on the render lane: its HTML and its images.

Rendering the Markdown and reading the images happen off the UI thread; the reader then
only hands the finished HTML and the loaded images to its view. (Parsing the HTML into
Qt's text document stays on the UI thread: PySide holds the interpreter lock during that
call, so doing it on a worker would stall the UI thread just the same. The bounds of
``desktop.core.library.limits`` keep it short: about 0.2 s for the largest document.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt

from desktop.ui.common.links import DocumentImages, load_images

if TYPE_CHECKING:
    from desktop.core.library.documents import Document, Library
    from desktop.core.library.render import Rendered


@dataclass
class Prepared:
    """What the reader needs to show a document (see the module docstring)."""

    rendered: Rendered
    html: str  # the rendered HTML, wrapped for right-to-left languages
    images: DocumentImages


def prepare(doc: Document, library: Library | None) -> Prepared:
    """Render ``doc`` and load the images it may show (from inside its own library
    folder). Safe on a worker thread."""
    from desktop.core.library.render import render_document

    rendered = render_document(doc, library)
    root: Path | None = doc.root if doc.root is not None else (library.root if library else None)
    images = load_images(rendered.images, root, doc.path)
    html = rendered.html
    if QLocale(doc.language).textDirection() == Qt.LayoutDirection.RightToLeft:
        html = f'<div dir="rtl">{html}</div>'
    return Prepared(rendered, html, images)
