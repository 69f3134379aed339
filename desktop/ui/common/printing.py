"""Print and save as PDF off the UI thread.

The reader's HTML is laid out again in a fresh document inside the worker (QPainter on a
QPrinter is allowed outside the GUI thread). That document only sees the images the
reader already loaded through its guarded ``loadResource``; it never loads anything itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.common.links import refused_resource


class _PrintDocument(QTextDocument):
    """A document whose resources are exactly the images it was given."""

    def __init__(self, images: dict[str, QImage]) -> None:
        super().__init__()
        self._images = images

    def loadResource(self, type: int, name: QUrl) -> object:
        kind = type.value if hasattr(type, "value") else int(type)
        image = self._images.get(name.toString())
        if kind == QTextDocument.ResourceType.ImageResource.value and image is not None:
            return image
        return refused_resource(kind)  # never None: Qt would open the name itself


def build_document(html: str, css: str, images: dict[str, QImage], title: str) -> QTextDocument:
    """The document to print: same HTML and style sheet as the reader."""
    doc = _PrintDocument(dict(images))
    doc.setDefaultStyleSheet(css)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setHtml(html)
    return doc


def _pdf_printer(path: str, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setDocName(title)
    printer.setCreator("Accord")
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def export_pdf(html: str, css: str, images: dict[str, QImage], title: str, target: Path) -> Path:
    """Write a PDF of the document to ``target`` (via a temporary name, then renamed)."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.part")
    doc = build_document(html, css, images, title)
    printer = _pdf_printer(str(tmp), title)
    doc.print_(printer)
    del printer  # finishes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError(f"could not write {target}")
    os.replace(tmp, target)
    return target


def print_document(
    html: str, css: str, images: dict[str, QImage], title: str, printer: QPrinter
) -> None:
    """Send the document to a printer the user chose in the print dialog."""
    doc = build_document(html, css, images, title)
    doc.print_(printer)
