"""An in-window notice bar: says what happened and offers what can be done, without a modal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class NoticeBar(QFrame):
    """A coloured strip with a message and buttons; ``kind`` is info, warning or error."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(self.tr("Notice"))
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(8)
        self.message = QLabel(self)
        self.message.setObjectName("noticeMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Notice message"))
        layout.addWidget(self.message, 1)
        self._buttons: list[QPushButton] = []
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(6)
        layout.addLayout(self._button_row)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(
        self,
        text: str,
        kind: str = "info",
        actions: list[tuple[str, Callable[[], object]]] | None = None,
    ) -> None:
        """Show ``text`` with buttons (label, callback)."""
        for button in self._buttons:
            self._button_row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.setObjectName("noticeAction")
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            self._button_row.addWidget(button)
            self._buttons.append(button)
        self.message.setText(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def buttons(self) -> list[QPushButton]:
        """The action buttons shown."""
        return list(self._buttons)

    def dismiss(self) -> None:
        """Hide the bar."""
        self.hide()
        self.dismissed.emit()
