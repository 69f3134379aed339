"""Not applicable, with a reason: the small dialog the runner opens when a question is
marked "not applicable".

``docs/scoring.md``: an item leaves the score only by the respondent's choice, with a
reason, and the report shows the reason beside it. The reason is the question's note
(prefilled with the note typed so far); the core refuses ``na`` without one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.core.library.checklists import Item


class ReasonEdit(QPlainTextEdit):
    """A reason, typed in a sentence or two: Enter submits it (Shift+Enter starts a new
    line), Tab moves on, so the dialog works by keyboard alone."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NaReasonDialog(QDialog):
    """Asks why ``item`` does not apply; ``reason()`` once accepted."""

    def __init__(self, item: Item, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("naReasonDialog")
        title = self.tr("Not applicable: %1").replace("%1", item.id)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        question = QLabel(item.ask, self)
        question.setWordWrap(True)
        question.setObjectName("questionText")
        layout.addWidget(question)
        prompt = QLabel(
            self.tr(
                "Why does this question not apply to this institution? The reason is saved "
                "as the question's note and shown in the report. A weak answer is not a "
                "reason: answer it instead. Enter saves; Shift+Enter starts a new line."
            ),
            self,
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.edit = ReasonEdit(self)
        self.edit.setObjectName("naReason")
        self.edit.setAccessibleName(self.tr("Reason it does not apply"))
        self.edit.setPlainText(note)
        self.edit.setTabChangesFocus(True)
        prompt.setBuddy(self.edit)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Mark not applicable"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("confirmNa")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._update)
        self.edit.submitted.connect(lambda: self.reason() and self.accept())
        self._update()
        self.edit.setFocus()
        self.resize(520, 260)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason()))
        self.ok.setDefault(bool(self.reason()))

    def reason(self) -> str:
        """The reason typed, trimmed ('' when none)."""
        return self.edit.toPlainText().strip()


def ask_na_reason(item: Item, note: str, parent: QWidget | None = None) -> str | None:
    """The reason ``item`` does not apply, or None when the user cancels."""
    dialog = NaReasonDialog(item, note, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason() if accepted and dialog.reason() else None
    finally:
        dialog.deleteLater()
