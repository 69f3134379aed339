"""A score (0–100) drawn as a bar with its number, in a table cell, and the read-only
tables of scores that use it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

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


def score_table(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible_name: str,
    bar_column: int,
    row_height: int = 32,
) -> QTableView:
    """A read-only table of scores: the first column stretches, ``bar_column`` draws each
    score as a bar, the others fit their contents; rows are selected whole."""
    table = QTableView(parent)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setItemDelegateForColumn(bar_column, ScoreBarDelegate(table))
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    h = table.horizontalHeader()
    h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(model.columnCount()):
        h.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    h.setSectionResizeMode(bar_column, QHeaderView.ResizeMode.Fixed)
    h.resizeSection(bar_column, 250)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table
