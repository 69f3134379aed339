"""The workshop view's table of scores: built here, and fitted to the page, at the
desk (every group, rows as tall as their text) or presenting (large high-contrast type,
rows sharing the screen's height, the groups that fit and the rest on further pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from desktop.core.library.components import COMPONENTS
from desktop.ui.assessment.workshop_models import WorkshopModel
from desktop.ui.assessment.workshop_present import (
    PRESENT_STYLE,
    STAT_COLUMNS,
    group_column_width,
    groups_per_page,
    present_font,
)


def build_caption(parent: QWidget) -> QLabel:
    """The line above the table: the checklist, how many groups, how to read it."""
    caption = QLabel(parent)
    caption.setObjectName("workshopCaption")
    caption.setWordWrap(True)
    caption.setAccessibleName(
        QCoreApplication.translate("WorkshopPage", "What the workshop view shows")
    )
    caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return caption


def build_table(model: WorkshopModel, parent: QWidget) -> QTableView:
    """The table of scores per group with mean, range and spread."""
    table = QTableView(parent)
    table.setObjectName("workshopTable")
    table.setAccessibleName(
        QCoreApplication.translate("WorkshopPage", "Scores per group with mean and spread")
    )
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    )
    return table


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The least width in which ``text`` wraps into at most two lines."""
    words = text.split()
    if len(words) < 2:
        return metrics.horizontalAdvance(text)
    return min(
        max(
            metrics.horizontalAdvance(" ".join(words[:n])),
            metrics.horizontalAdvance(" ".join(words[n:])),
        )
        for n in range(1, len(words))
    )


class PresentTable:
    """Fits the table to its page (see the module docstring)."""

    def __init__(self, table: QTableView, model: WorkshopModel) -> None:
        self.table = table
        self.model = model
        self.first = 0
        self.per_page: int | None = None
        table.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_header_height())

    def apply_font(self, page: QWidget, base: QFont, presenting: bool, height: int) -> QFont:
        """The page's font (and look): ``base`` at the desk, sized to a screen ``height``
        pixels tall and high-contrast when presenting; returns it."""
        font = present_font(base, height) if presenting else QFont(base)
        page.setStyleSheet(PRESENT_STYLE if presenting else "")
        for widget in (page, self.table, self.table.horizontalHeader()):
            widget.setFont(font)
        self.model.set_header_font(font)
        return font

    def fit(self, presenting: bool) -> None:
        """Fit the columns, rows and height of the table (and the page of groups)."""
        header = self.table.horizontalHeader()
        rows_header = self.table.verticalHeader()
        if presenting:
            self._page_groups()
        else:
            self.first, self.per_page = 0, None
            self.model.set_page(0, None)
        shown = max(0, self.model.columnCount() - 1 - STAT_COLUMNS)  # this page's groups
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, 1 + shown):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if presenting or self._crowded(shown):
            # Presenting, or a narrow window: the names wrap in two lines, so the
            # groups' columns keep room for their longest word.
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, self._component_width())
        if presenting:
            for column, width in enumerate(self._stat_widths(), start=1 + shown):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, width)
        self.table.resizeRowsToContents()
        self._room_for_names()
        self._fit_header_height()
        if presenting:  # alone on the screen: the rows share the whole height
            self.table.setMinimumHeight(0)
            self.table.setMaximumHeight(16_777_215)
            rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows = len(COMPONENTS) + 1
        height = header.height() + sum(self.table.rowHeight(r) for r in range(rows)) + 4
        # Whole when there is room; in a short window it keeps its header and three
        # rows and scrolls (the chart beside it must keep its own minimum).
        least = header.height() + sum(self.table.rowHeight(r) for r in range(3)) + 4
        self.table.setMinimumHeight(min(height, least))
        self.table.setMaximumHeight(height + 2)

    def _component_width(self) -> int:
        """Presenting: wide enough for every component name in two lines (at most 40 %
        of the width)."""
        metrics = QFontMetrics(self.table.font())
        names = [str(self.model.index(r, 0).data() or "") for r in range(self.model.rowCount())]
        needed = max((two_line_width(metrics, n) for n in names), default=100) + 40
        room = int(self.table.viewport().width() * 0.4)
        return max(metrics.horizontalAdvance("Governance") + 24, min(needed, room))

    def _room_for_names(self) -> None:
        """Rows tall enough for their wrapped name with the cell's margins (Qt measures
        a name that just fits on one line without them, then cuts it)."""
        metrics = QFontMetrics(self.table.font())
        room = self.table.columnWidth(0) - 36  # the item padding of the style sheet
        wrap = int(Qt.TextFlag.TextWordWrap)
        for row in range(self.model.rowCount()):
            text = str(self.model.index(row, 0).data() or "")
            needed = metrics.boundingRect(0, 0, max(20, room), 10_000, wrap, text).height() + 10
            if self.table.rowHeight(row) < needed:
                self.table.setRowHeight(row, needed)

    def _crowded(self, shown: int) -> bool:
        """At the desk: the component names on one line leave the groups too little."""
        metrics = QFontMetrics(self.table.font())
        names = [str(self.model.index(r, 0).data() or "") for r in range(self.model.rowCount())]
        one_line = max((metrics.horizontalAdvance(n) for n in names), default=0) + 24
        groups = shown * group_column_width(self.table.font(), self.model.groups())
        return one_line + groups + sum(self._stat_widths()) > self.table.viewport().width()

    def _stat_widths(self) -> list[int]:
        """Presenting: the widths of the mean, range and spread columns, at the table's
        font (their headings wrap: "Spread" over "(SD)")."""
        metrics = QFontMetrics(self.table.font())
        pad = metrics.horizontalAdvance("M") + 12  # the cell's padding
        texts = (
            QCoreApplication.translate("AssessmentModels", "Mean"),
            "100–100",
            QCoreApplication.translate("AssessmentModels", "Spread"),
        )
        return [metrics.horizontalAdvance(t) + pad for t in texts]

    def _page_groups(self) -> None:
        self.model.set_page(0, None)
        names = self.model.groups()
        width = self.table.viewport().width()
        fixed = self._component_width() + sum(self._stat_widths())
        per_page = groups_per_page(
            width, fixed, group_column_width(self.table.font(), names), len(names)
        )
        self.per_page = per_page if per_page < len(names) else None
        if self.per_page is None:
            self.first = 0
        else:
            self.first = min(self.first, max(0, len(names) - self.per_page))
        self.model.set_page(self.first, self.per_page)

    def turn(self, step: int) -> bool:
        """Move a page of groups forward (1) or back (-1); False when there is no more."""
        if self.per_page is None:
            return False
        total = self.model.page()[2]
        first = max(0, min(self.first + step * self.per_page, total - 1))
        if first == self.first:
            return False
        self.first = first
        return True

    def _fit_header_height(self) -> None:
        """Tall enough for group names wrapped in their columns (QHeaderView wraps the
        text but does not grow by itself)."""
        header = self.table.horizontalHeader()
        font = self.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if font is not None else header.font())
        lines = 1
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(20, header.sectionSize(column) - 12)
            rect = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
            lines = max(lines, round(rect.height() / metrics.lineSpacing()))
        height = lines * metrics.lineSpacing() + 12
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)
