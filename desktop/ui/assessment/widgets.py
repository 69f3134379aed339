"""Small shared widgets of the assessment screens: guidance view, key caps, headings, and
the header band with the title at the top of each page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.links import LinkKind, classify_link, refused_resource
from desktop.ui.common.reader_style import reader_css

GUIDANCE_EXTRA_CSS = """
body { font-size: medium; }
p { margin-bottom: 8px; line-height: 135%; }
a.wikilink { font-weight: 600; }
"""


class GuidanceView(QTextBrowser):
    """Rendered Markdown (guidance, gap details). Library links are emitted as
    ``documentRequested``; web links open only after the user confirms; nothing loads."""

    documentRequested = Signal(str, str)  # doc id, anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(14)
        self.document().setDefaultStyleSheet(reader_css() + GUIDANCE_EXTRA_CSS)
        self.anchorClicked.connect(self.handle_link)
        self.confirm: Callable[[QUrl], bool] = self._confirm_external

    def loadResource(self, type: int, name: QUrl) -> object:
        """Guidance never loads images or anything else (a stand-in, never ``None``: for
        ``None`` Qt would open the name as a file itself)."""
        return refused_resource(type.value if hasattr(type, "value") else int(type))

    def handle_link(self, url: QUrl) -> None:
        """Library links ask the app to open the document; web links need a yes."""
        target = classify_link(url)
        if target.kind == LinkKind.DOCUMENT:
            self.documentRequested.emit(target.doc_id, target.anchor)
        elif target.kind == LinkKind.ANCHOR:
            self.scrollToAnchor(target.anchor)
        elif target.kind == LinkKind.EXTERNAL and self.confirm(url):
            QDesktopServices.openUrl(url)

    def _confirm_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open a web page?"),
            self.tr("This link leaves Accord and opens in your web browser:\n%1").replace(
                "%1", url.toString()
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


class ProgressLine(QWidget):
    """A light progress bar with its text ("12 of 37 answered"). Unlike QProgressBar it
    never repaints synchronously, so answering stays instant on a slow laptop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = 0
        self.total = 0
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Wide enough for its whole text ("43 of 46 answered (3 closed by …)").
        text_w = self.fontMetrics().horizontalAdvance(self.text) + 24
        return QSize(max(240, text_w), self.fontMetrics().height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_progress(self, done: int, total: int, text: str) -> None:
        """Show ``done`` of ``total`` with ``text``."""
        if (done, total, text) == (self.done, self.total, self.text):
            return
        grew = self.fontMetrics().horizontalAdvance(text) != self.fontMetrics().horizontalAdvance(
            self.text
        )
        self.done, self.total, self.text = done, total, text
        if grew:
            self.updateGeometry()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, radius, radius)
        filled = QRectF(rect)
        filled.setWidth(0)
        if self.total and self.done:
            filled.setWidth(max(rect.height(), rect.width() * self.done / self.total))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f5fbf"))
            painter.drawRoundedRect(filled, radius, radius)
        # Dark text on the empty part, white text on the filled part.
        align = int(Qt.AlignmentFlag.AlignCenter)
        painter.save()
        painter.setClipRect(QRectF(filled.right(), rect.top(), rect.width(), rect.height()))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(rect, align, self.text)
        painter.restore()
        if filled.width() > 0:
            painter.setClipRect(filled)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, align, self.text)
        painter.end()


def key_cap(text: str, parent: QWidget | None = None) -> QLabel:
    """A small key-cap label such as ``PgDn``."""
    label = QLabel(text, parent)
    label.setObjectName("keyCap")
    label.setAccessibleName(QCoreApplication.translate("Assessment", "Key %1").replace("%1", text))
    return label


def heading(text: str, parent: QWidget | None = None, name: str = "sectionTitle") -> QLabel:
    """A section heading label."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def page_header(
    parent: QWidget,
    margins: tuple[int, int, int, int],
    *,
    horizontal: bool = False,
    spacing: int | None = None,
) -> tuple[QFrame, QBoxLayout]:
    """The band at the top of a page (styled as ``runnerHeader``) and its layout: rows
    under each other, or (``horizontal``) side by side."""
    header = QFrame(parent)
    header.setObjectName("runnerHeader")
    layout = QHBoxLayout(header) if horizontal else QVBoxLayout(header)
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return header, layout


def page_title(
    text: str, parent: QWidget, accessible_name: str | None = None, *, wrap: bool = True
) -> QLabel:
    """The title of a page; ``wrap`` lets a long institution name take two lines rather
    than widen the window."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    if wrap:
        title.setWordWrap(True)
    title.setAccessibleName(text if accessible_name is None else accessible_name)
    return title


def assessment_stylesheet(dark: bool = False) -> str:
    """Style of the assessment screens (added to the app's style sheet by the panel)."""
    accent = "#8ab4f8" if dark else "#1f5fbf"
    on_accent = "#0b1b33" if dark else "#ffffff"
    card = "#1f242a" if dark else "#ffffff"
    soft = "#262c33" if dark else "#f4f6f9"
    return f"""
QWidget#assessmentPanel {{ background: palette(window); }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 700; }}
QLabel#pageSubtitle {{ color: palette(placeholder-text); font-size: 10.5pt; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; margin-top: 6px; }}
QLabel#questionMeta {{ color: palette(placeholder-text); font-size: 10pt; }}
QLabel#questionText {{ font-size: 15pt; font-weight: 600; }}
QLabel#evidencePrompt {{ color: palette(placeholder-text); }}
QLabel#newBadge {{ background: #ffe08a; color: #3d2e00; border-radius: 4px; padding: 1px 6px;
    font-weight: 600; }}
QLabel#statusChip {{ border-radius: 9px; padding: 2px 10px; font-weight: 600;
    background: {soft}; border: 1px solid palette(mid); }}
QLabel#statusChip[status="complete"] {{ background: #dff3e6; color: #14532d;
    border-color: #8fd0a6; }}
QLabel#statusChip[status="readonly"] {{ background: #fdecea; color: #6b1a14;
    border-color: #f0b4ae; }}
QLabel#saveState {{ padding: 2px 8px; border-radius: 9px; }}
QLabel#saveState[state="saved"] {{ color: #1e7b45; }}
QLabel#saveState[state="saving"], QLabel#saveState[state="pending"] {{
    color: palette(placeholder-text); }}
QLabel#saveState[state="failed"] {{ background: #fdecea; color: #8c1d18; font-weight: 600; }}
QFrame#questionCard, QFrame#resultCard {{ background: {card}; border: 1px solid palette(mid);
    border-radius: 10px; }}
QRadioButton#answerOption {{ border: 1px solid palette(mid); border-radius: 8px;
    padding: 9px 14px; background: {card}; spacing: 0px; }}
QRadioButton#answerOption::indicator {{ width: 0px; height: 0px; }}
QRadioButton#answerOption:hover {{ background: palette(midlight); }}
QRadioButton#answerOption:checked {{ background: {accent}; color: {on_accent};
    border-color: {accent}; font-weight: 600; }}
QRadioButton#answerOption:focus {{ border: 2px solid {accent}; padding: 8px 13px; }}
QRadioButton#answerOption:disabled {{ color: palette(mid); }}
QRadioButton#answerOption:checked:disabled {{ background: palette(mid); color: {card}; }}
QPlainTextEdit#evidenceNote {{ border: 1px solid palette(mid); border-radius: 6px;
    padding: 6px; background: palette(base); }}
QPlainTextEdit#evidenceNote:focus {{ border: 2px solid {accent}; padding: 5px; }}
QTextBrowser#guidanceView, QTextBrowser#gapDetail {{ background: {card};
    border: 1px solid palette(mid); border-radius: 10px; }}
QTreeView#navigator {{ background: palette(window); border: none;
    border-right: 1px solid palette(mid); }}
QTreeView#navigator::item {{ padding: 3px 2px; }}
QLabel#bigScore {{ font-size: 44pt; font-weight: 700; color: {accent}; }}
QLabel#bigScoreUnit {{ font-size: 14pt; color: palette(placeholder-text); }}
QPushButton#primaryButton {{ background: {accent}; color: {on_accent}; border: none;
    border-radius: 6px; padding: 7px 16px; font-weight: 600; }}
QPushButton#primaryButton:focus {{ border: 2px solid palette(highlighted-text);
    outline: 2px solid {accent}; }}
QPushButton#primaryButton:disabled {{ background: palette(mid); }}
QTableView#scoreTable, QTableView#workshopTable, QTableView#comparisonTable,
QTableView#assessmentList {{ border: 1px solid palette(mid); border-radius: 6px;
    gridline-color: palette(midlight); }}
QTableView#workshopTable::item {{ padding: 4px 10px; }}
QLabel#workshopCaption {{ color: palette(placeholder-text); }}
QListView#gapList {{ border: 1px solid palette(mid); border-radius: 6px; }}
QListView#gapList::item {{ padding: 6px 4px; }}
QFrame#continueCard {{ background: {soft}; border: 1px solid palette(mid);
    border-radius: 10px; }}
"""
