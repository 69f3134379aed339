"""A score (0–100) drawn as a bar with its number, in a table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.assessment.radar import whole
from desktop.ui.assessment.roles import SCORE_ROLE


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws a score (0–100) as a bar with its number; "Not assessed" as muted text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(SCORE_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        text_w = 34
        bar = QRect(rect.left(), rect.center().y() - 5, max(10, rect.width() - text_w - 8), 10)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        track = option.palette.color(QPalette.ColorRole.Midlight)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRect(bar)
        filled.setWidth(max(4, round(bar.width() * float(value) / 100)))
        painter.setBrush(QColor("#1f5fbf"))
        painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(bar.right() + 6, rect.top(), text_w, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            whole(float(value)),
        )
        painter.restore()
