"""Find in page: a bar under the reader (Enter next, Shift+Enter previous, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_HIGHLIGHTS = 2000


class FindBar(QWidget):
    """Searches the text of a ``QTextEdit``; highlights every match and selects the current one."""

    closed = Signal()

    def __init__(self, target: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._target = target
        self.setAccessibleName(self.tr("Find in page"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        label = QLabel(self.tr("Find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Text in this document"))
        self.edit.setAccessibleName(self.tr("Text to find in this document"))
        self.edit.setClearButtonEnabled(True)
        label.setBuddy(self.edit)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.case_box.setAccessibleName(self.tr("Match case"))
        self.status = QLabel("", self)
        self.status.setObjectName("findStatus")
        self.status.setAccessibleName(self.tr("Find result"))
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        for widget in (label, self.edit, self.previous_button, self.next_button, self.case_box):
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.case_box.toggled.connect(lambda _on: self._on_text_changed(self.edit.text()))
        self.close_button.clicked.connect(self.close_bar)
        self.match_count = 0
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the current selection (if any) as the text to find."""
        selected = self._target.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._highlight_all()

    def close_bar(self) -> None:
        """Hide the bar, drop the highlights and give the focus back to the document."""
        self.hide()
        self._target.setExtraSelections([])
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def refresh(self) -> None:
        """Highlight again after the document changed."""
        if self.isVisible():
            self._highlight_all()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _on_text_changed(self, _text: str) -> None:
        cursor = self._target.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._target.setTextCursor(cursor)
        self._highlight_all()
        if self.edit.text():
            self.find_next()

    def _highlight_all(self) -> None:
        text = self.edit.text()
        selections: list[QTextEdit.ExtraSelection] = []
        doc = self._target.document()
        if text:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe08a"))
            fmt.setForeground(QColor("#1f1f1f"))
            cursor = QTextCursor(doc)
            while len(selections) < MAX_HIGHLIGHTS:
                cursor = doc.find(text, cursor, self._flags())
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.match_count = len(selections)
        self._target.setExtraSelections(selections)
        self._update_status(found=True)

    def _update_status(self, found: bool) -> None:
        if not self.edit.text():
            self.status.setText("")
        elif self.match_count == 0 or not found:
            self.status.setText(self.tr("No matches"))
        else:
            self.status.setText(self.tr("Matches: %n", "", self.match_count))

    def find_next(self) -> bool:
        """Select the next match, wrapping at the end; False when there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match, wrapping at the start; False when there is none."""
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        text = self.edit.text()
        if not text:
            return False
        if self._target.find(text, self._flags(backward)):
            self._update_status(found=True)
            return True
        cursor = self._target.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self._target.setTextCursor(cursor)
        found = self._target.find(text, self._flags(backward))
        self._update_status(found=found)
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
