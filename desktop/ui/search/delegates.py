"""Item delegates: search results with type badges and highlighted snippets, facet counts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.common.labels import type_colour, type_label
from desktop.ui.library.models import COUNT_ROLE, DOC_TYPE_ROLE
from desktop.ui.search.models import LANGUAGE_ROLE, SNIPPET_ROLE, TITLE_ROLE

# A string alias: ``A | B`` on Qt classes at import time loads shiboken's signature
# machinery (~0.1 s of start-up), so the union is only spelled for type checkers.
ModelIndex = "QModelIndex | QPersistentModelIndex"

MARK_STYLE = "background-color:#ffe08a; color:#1f1f1f; font-weight:600;"
PAD_X = 14
PAD_Y = 10
GAP = 5
SNIPPET_LINES = 3


def mark_to_span(snippet_html: str) -> str:
    """Qt rich text has no ``<mark>``: show it as a highlighted span."""
    return snippet_html.replace("<mark>", f'<span style="{MARK_STYLE}">').replace(
        "</mark>", "</span>"
    )


def paint_badge(painter: QPainter, rect: QRect, text: str, colour: QColor, font: QFont) -> None:
    """A rounded, coloured label (e.g. the document type)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(rect), 4, 4)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def badge_font(base: QFont) -> QFont:
    """The small bold font of badges."""
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.78))
    font.setBold(True)
    return font


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit: type badge, bold title, then up to three lines of snippet with marks."""

    def _title_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.12)
        font.setBold(True)
        return font

    @staticmethod
    def _text_direction(index: ModelIndex) -> Qt.LayoutDirection:
        """Text runs in the direction of its own language, whatever the UI's direction."""
        return QLocale(index.data(LANGUAGE_ROLE) or "en").textDirection()

    def _snippet_doc(
        self, html: str, option: QStyleOptionViewItem, width: int, direction: Qt.LayoutDirection
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(direction)
        text_option.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        )
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(mark_to_span(html))
        doc.setTextWidth(max(40, width))
        return doc

    def _content_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        widget = option.widget
        if width <= 0 and widget is not None:
            width = widget.width()
        return max(120, width - 2 * PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title_height = QFontMetrics(self._title_font(option.font)).height()
        snippet = index.data(SNIPPET_ROLE) or ""
        line = QFontMetrics(option.font).lineSpacing()
        snippet_height = 0
        if snippet:
            doc = self._snippet_doc(
                snippet, option, self._content_width(option), self._text_direction(index)
            )
            snippet_height = min(int(doc.size().height()), SNIPPET_LINES * line + 2)
        height = PAD_Y + title_height + (GAP + snippet_height if snippet_height else 0) + PAD_Y
        return QSize(self._content_width(option) + 2 * PAD_X, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            opt.text = ""
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)

        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_height = self._paint_heading(painter, opt, index, rect, text_colour)
        snippet = index.data(SNIPPET_ROLE) or ""
        if snippet:
            muted = QColor(text_colour)
            if not selected:
                muted = opt.palette.color(group, QPalette.ColorRole.Text)
                muted.setAlpha(205)
            top = rect.top() + title_height + GAP
            self._paint_snippet(painter, opt, index, snippet, rect, top, muted)
        painter.restore()
        # A hairline between results
        painter.save()
        line_colour = opt.palette.color(QPalette.ColorRole.Mid)
        line_colour.setAlpha(90)
        painter.setPen(line_colour)
        painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())
        painter.restore()

    def _paint_heading(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: ModelIndex,
        rect: QRect,
        text_colour: QColor,
    ) -> int:
        """The type badge and the elided title on the first line; returns its height."""
        direction = opt.direction
        doc_type = index.data(DOC_TYPE_ROLE) or ""
        bfont = badge_font(opt.font)
        bmetrics = QFontMetrics(bfont)
        title_font = self._title_font(opt.font)
        title_height = QFontMetrics(title_font).height()
        badge_text = type_label(doc_type).upper()
        badge_w = bmetrics.horizontalAdvance(badge_text) + 12
        badge_h = bmetrics.height() + 4
        logical_badge = QRect(
            rect.left(), rect.top() + (title_height - badge_h) // 2, badge_w, badge_h
        )
        paint_badge(
            painter,
            QStyle.visualRect(direction, rect, logical_badge),
            badge_text,
            type_colour(doc_type),
            bfont,
        )
        logical_title = QRect(
            rect.left() + badge_w + 8, rect.top(), rect.width() - badge_w - 8, title_height
        )
        title_rect = QStyle.visualRect(direction, rect, logical_title)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = QFontMetrics(title_font).elidedText(
            index.data(TITLE_ROLE) or "", Qt.TextElideMode.ElideRight, title_rect.width()
        )
        # The title starts next to the badge (the UI's side) and runs in its own direction.
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        align |= (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        painter.save()
        painter.setLayoutDirection(self._text_direction(index))
        painter.drawText(title_rect, align, title)
        painter.restore()
        return title_height

    def _paint_snippet(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: ModelIndex,
        snippet: str,
        rect: QRect,
        top: int,
        colour: QColor,
    ) -> None:
        """Up to SNIPPET_LINES lines of the snippet, marks highlighted, from ``top``."""
        doc = self._snippet_doc(snippet, opt, rect.width(), self._text_direction(index))
        line = QFontMetrics(opt.font).lineSpacing()
        height = min(int(doc.size().height()), SNIPPET_LINES * line + 2, rect.bottom() - top + 1)
        painter.translate(rect.left(), top)
        clip = QRectF(0, 0, rect.width(), height)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        doc.documentLayout().draw(painter, ctx)


class CountDelegate(QStyledItemDelegate):
    """Draws an item as usual, plus its count (``COUNT_ROLE``) in a pill at the end."""

    def __init__(self, parent: QWidget | None = None, *, leaves_only: bool = True) -> None:
        super().__init__(parent)
        self._leaves_only = leaves_only

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        count = index.data(COUNT_ROLE)
        if count is None or (self._leaves_only and index.model().hasChildren(index)):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
        metrics = QFontMetrics(font)
        text = str(count)
        pill_w = max(metrics.horizontalAdvance(text) + 12, 26)
        pill_h = metrics.height() + 2
        full = opt.rect
        logical = QRect(
            full.right() - pill_w - 6, full.top() + (full.height() - pill_h) // 2, pill_w, pill_h
        )
        pill = QStyle.visualRect(opt.direction, full, logical)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        logical_text = QRect(full.left(), full.top(), full.width() - pill_w - 12, full.height())
        opt.rect = QStyle.visualRect(opt.direction, full, logical_text)
        super().paint(painter, opt, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        background = opt.palette.color(QPalette.ColorRole.Mid)
        background.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(pill), pill_h / 2, pill_h / 2)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 44, max(size.height(), QFontMetrics(option.font).height() + 8))
