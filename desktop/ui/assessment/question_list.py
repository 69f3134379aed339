"""The runner's question list: sections with their progress, and the questions shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop.ui.assessment.navigator_model import NavigatorModel
from desktop.ui.assessment.roles import ITEM_ID_ROLE


class QuestionList(QTreeView):
    """A tree of sections and their shown questions (:class:`NavigatorModel`). Choosing a
    question, or a section (its first question), emits ``itemChosen``."""

    itemChosen = Signal(str)  # item id

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections and questions"))
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Whole questions, wrapped: a list of "ETH-1 H…" tells nothing.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        header_view = self.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)
        self.setMinimumWidth(260)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().sectionResized.connect(lambda *_a: self.scheduleDelayedItemsLayout())

    def show_item(self, item_id: str, scroll: bool = True) -> None:
        """Make the question ``item_id`` current (when it is shown)."""
        model = self.model()
        assert isinstance(model, NavigatorModel)
        index = model.index_of_item(item_id)
        if index.isValid():
            self.setCurrentIndex(index)
            if scroll:
                self.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        item_id = index.siblingAtColumn(0).data(ITEM_ID_ROLE)
        if item_id:
            self.itemChosen.emit(item_id)
        elif index.isValid() and not index.parent().isValid():
            first = self.model().index(0, 0, index.siblingAtColumn(0))
            if first.isValid():
                self.itemChosen.emit(first.data(ITEM_ID_ROLE))
