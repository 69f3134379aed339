"""Before marking an assessment complete: the shown questions still without an answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.core.library.checklists import Item


class CompleteDialog(QDialog):
    """Lists the unanswered shown questions first; the choice is in ``choice``:
    ``complete``, ``goto`` (the first unanswered) or ``cancel``."""

    def __init__(self, unanswered: list[Item], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.setWindowTitle(self.tr("Mark the assessment complete"))
        self.setAccessibleName(self.tr("Mark the assessment complete"))
        self.choice = "cancel"
        layout = QVBoxLayout(self)
        if unanswered:
            text = self.tr(
                "%1 questions shown to you have no answer yet. They are listed below; an "
                "unanswered question does not count in the scores."
            ).replace("%1", str(len(unanswered)))
        else:
            text = self.tr(
                "Every question has an answer. Mark the assessment complete? You can still "
                "change answers later: a change starts a new revision, and this one is kept."
            )
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setObjectName("unansweredList")
        self.list.setAccessibleName(self.tr("Unanswered questions"))
        for item in unanswered:
            self.list.addItem(f"{item.id} — {item.ask}")
        self.list.setVisible(bool(unanswered))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.complete_button = buttons.addButton(
            self.tr("Mark complete anyway") if unanswered else self.tr("Mark complete"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.complete_button.setObjectName("completeAnyway")
        self.goto_button: QPushButton | None = None
        if unanswered:
            self.goto_button = buttons.addButton(
                self.tr("Go to the first unanswered"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.goto_button.setObjectName("gotoUnanswered")
            self.goto_button.setDefault(True)
            self.goto_button.clicked.connect(lambda: self._finish("goto"))
        else:
            self.complete_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(lambda: self._finish("cancel"))
        self.complete_button.clicked.connect(lambda: self._finish("complete"))
        layout.addWidget(buttons)
        self.resize(560, 360 if unanswered else 160)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == "cancel":
            self.reject()
        else:
            self.accept()
