"""The runner's body, laid out for the width it gets.

Wide (at least :data:`WIDE_MIN` pixels): the question list, the question and its guidance
side by side in a splitter (whose positions the window remembers). Narrow (a 1024×600
laptop, a 1024×768 projector): the question takes the width, its guidance follows under
it in the same scrolling column, and the question list is a drawer over the question,
opened with the "Questions" button or ``Ctrl+L`` and closed with ``Esc`` or by choosing a
question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui.assessment.navigator_model import NavigatorModel
from desktop.ui.assessment.question_list import QuestionList
from desktop.ui.assessment.question_pane import GuidancePane, QuestionPane
from desktop.ui.common.responsive import Breakpoint

WIDE_MIN = 1200  # px: below it the guidance goes under the question, the list to a drawer
DRAWER_MAX = 420  # px: the drawer's width at most (never more than 80 % of the body)


class RunnerBody(QWidget):
    """The question list, the question pane and the guidance pane (see the module
    docstring). ``itemChosen`` carries the question chosen in the list."""

    itemChosen = Signal(str)  # item id
    layoutChanged = Signal(bool)  # narrow

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerBody")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("runnerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.navigator = QuestionList(model, self.splitter)
        self.navigator.itemChosen.connect(self._on_chosen)
        self.navigator.installEventFilter(self)
        self.pane = QuestionPane(self.splitter)
        self.guidance_pane = GuidancePane(self.splitter)
        for widget in (self.navigator, self.pane, self.guidance_pane):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([330, 600, 420])
        layout.addWidget(self.splitter, 1)
        self.pane.nav.questions.clicked.connect(self.toggle_drawer)
        self.narrow: bool | None = None  # set at the first resize, for the real width
        self.breakpoint = Breakpoint(self, WIDE_MIN, self.set_narrow)

    # == wide or narrow ====================================================================
    def set_narrow(self, narrow: bool) -> None:
        """Lay the body out for a narrow window (or a wide one again)."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        if narrow:
            sizes = self.splitter.sizes()
            if len(sizes) == 3 and all(sizes):
                self._wide_sizes = sizes
            # The list leaves the splitter: a drawer over the question, hidden until asked.
            self.navigator.setParent(self)
            self.navigator.setObjectName("navigatorDrawer")
            self.navigator.hide()
            self.pane.show_guidance_inline(self.guidance_pane)
        else:
            self.navigator.setObjectName("navigator")
            self.splitter.insertWidget(0, self.navigator)
            self.navigator.show()
            self.splitter.insertWidget(2, self.guidance_pane)
            self.guidance_pane.set_inline(False)
            self.guidance_pane.show()
            remembered = self.splitter.property("rememberedSizes")  # from the last session
            sizes = getattr(self, "_wide_sizes", None) or remembered or self._first_sizes()
            self.splitter.setSizes(list(sizes))
        self.pane.nav.questions.setVisible(narrow)
        self.navigator.style().unpolish(self.navigator)
        self.navigator.style().polish(self.navigator)
        self.layoutChanged.emit(narrow)

    def _first_sizes(self) -> list[int]:
        """The list 300 px, the rest three to two between the question and guidance."""
        rest = max(600, self.width() - 300)
        return [300, rest * 3 // 5, rest * 2 // 5]

    def drawer_open(self) -> bool:
        """True while the question list is open over the question (narrow layout)."""
        return bool(self.narrow) and self.navigator.isVisible()

    def toggle_drawer(self) -> None:
        """Open the question list over the question, or close it."""
        if self.drawer_open():
            self.close_drawer()
        else:
            self.show_list()

    def show_list(self) -> None:
        """Ctrl+L: the question list with the keyboard focus (opened as a drawer when
        the window is narrow)."""
        if self.narrow:
            self._place_drawer()
            self.navigator.show()
            self.navigator.raise_()
        self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_drawer(self) -> None:
        """Close the drawer; the focus goes back to the answers."""
        if self.drawer_open():
            self.navigator.hide()
            self.pane.card.focus_answers()

    def _place_drawer(self) -> None:
        width = min(DRAWER_MAX, int(self.width() * 0.8))
        self.navigator.setGeometry(QRect(0, 0, width, self.height()))

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.drawer_open():
            self._place_drawer()

    def _on_chosen(self, item_id: str) -> None:
        self.itemChosen.emit(item_id)
        if self.drawer_open():
            self.close_drawer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.navigator
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.drawer_open()
        ):
            self.close_drawer()
            return True
        return super().eventFilter(watched, event)
