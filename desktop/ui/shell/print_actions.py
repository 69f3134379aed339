"""Print and Save as PDF for the document shown in the main window's reader.

The dialogs run on the UI thread; the printing itself runs on the work lane
(``desktop.ui.common.printing``), and the status bar says when it is done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.ui.common.tasks import Task, TaskContext

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow


def print_document(window: ShellWindow) -> None:
    """Choose a printer, then print off the UI thread."""
    if window.reader.current_doc is None:
        return
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(
        QCoreApplication.translate("MainWindow", "Print %1").replace(
            "%1", window.reader.current_doc.title
        )
    )
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    html, css, images, title = window.reader.print_payload()

    def job(_ctx: TaskContext) -> None:
        from desktop.ui.common.printing import print_document

        print_document(html, css, images, title, printer)

    task = window.runner.submit(job, lane="work", name="print")
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Printing…"))
    task.succeeded.connect(
        lambda _r: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Sent to the printer."), 4000
        )
    )
    task.failed.connect(
        lambda exc: window.notice.show_notice(
            QCoreApplication.translate("MainWindow", "Printing failed: %1").replace("%1", str(exc)),
            "error",
        )
    )


def ask_pdf_target(window: ShellWindow, suggested: Path) -> Path | None:
    """Ask where to save the PDF (``.pdf`` added when missing); None when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Save as PDF"),
        str(suggested),
        QCoreApplication.translate("MainWindow", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_pdf(window: ShellWindow) -> Task | None:
    """Write the document shown as a PDF, off the UI thread (``window.pdf_target`` asks
    where)."""
    doc = window.reader.current_doc
    if doc is None:
        return None
    target = window.pdf_target(Path.home() / f"{doc.id.rsplit('/', 1)[-1]}.pdf")
    if target is None:
        return None
    html, css, images, title = window.reader.print_payload()

    def job(_ctx: TaskContext) -> Path:
        from desktop.ui.common.printing import export_pdf

        return export_pdf(html, css, images, title, target)

    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Saving %1…").replace("%1", target.name)
    )
    task = window.runner.submit(job, lane="work", name="save pdf")
    task.succeeded.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved %1.").replace("%1", str(path)), 6000
        )
    )
    task.failed.connect(
        lambda exc: window.notice.show_notice(
            QCoreApplication.translate("MainWindow", "The PDF could not be saved: %1").replace(
                "%1", str(exc)
            ),
            "error",
        )
    )
    return task
