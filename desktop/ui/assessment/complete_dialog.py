"""Before marking an assessment complete: what stands in the way, and the way forward.

The dialog shows the core's :class:`~desktop.core.assessments.completion.CompletionCheck`
of the answers as they are now:

* every component at the minimum coverage: "Mark complete" (the shown questions still
  without an answer are listed, with "Go to the first unanswered");
* a component below the minimum: it cannot be marked complete. The components are listed
  with their coverage; "Go to the first unanswered", or "Submit as partial…", which asks
  for the reason (the hub keeps partial assessments out of the national index);
* a question marked not applicable without a reason: "Go to it" first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessments.completion import MAX_REASON_CHARS
from desktop.ui.assessment.formatting import tally_coverage_text
from desktop.ui.assessment.na_reason import ReasonEdit
from desktop.ui.common.labels import component_label

if TYPE_CHECKING:
    from desktop.core.assessments.completion import CompletionCheck
    from desktop.core.library.checklists import Item


class CompleteDialog(QDialog):
    """The choice is in ``choice``: ``complete``, ``partial`` (with ``reason()``),
    ``goto`` (``goto_item``) or ``cancel``."""

    def __init__(self, check: CompletionCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.check = check
        self.choice = "cancel"
        title = self.tr("Mark the assessment complete")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.message = QLabel(self._message(), self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.message.text())
        layout.addWidget(self.message)
        self.list = QListWidget(self)
        self.list.setObjectName("unansweredList")
        self.list.setAccessibleName(self.tr("What is missing"))
        for line in self._lines():
            self.list.addItem(line)
            if line.startswith("\u2014 "):  # a heading between the two lists
                heading = self.list.item(self.list.count() - 1)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
        self.list.setVisible(self.list.count() > 0)
        layout.addWidget(self.list)
        self.reason_label = QLabel(
            self.tr(
                "Why is it partial? The reason goes with the assessment to the coordinating "
                "body, which keeps partial assessments out of the national index."
            ),
            self,
        )
        self.reason_label.setWordWrap(True)
        self.reason_edit = ReasonEdit(self)
        self.reason_edit.setObjectName("partialReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for submitting as partial"))
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the data protection office did not take part.")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self.reason_edit.submitted.connect(self._on_partial)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        self._show_reason(False)
        layout.addWidget(self._buttons())
        self.resize(600, 380 if self.list.count() else 180)

    # -- content
    def _message(self) -> str:
        c = self.check
        if c.na_without_reason:
            return self.tr(
                "These questions are marked not applicable without a reason. Write in each "
                "one's note why it does not apply, or answer it, before completing."
            )
        if c.below_minimum:
            return self.tr(
                "This assessment cannot be marked complete: every component needs at "
                "least %1 % of its questions answered to have a score, and these do not. "
                "Answer more of their questions, or submit the assessment as partial, "
                "with a reason."
            ).replace("%1", str(round(c.min_coverage * 100)))
        if c.unanswered:
            return self.tr(
                "%n question(s) shown to you have no answer yet. They are listed below; an "
                "unanswered question does not count in the scores. Every component has "
                "enough answers for a score.",
                "",
                len(c.unanswered),
            )
        return self.tr(
            "Every question has an answer. Mark the assessment complete? You can still "
            "change answers later: a change starts a new revision, and this one is kept."
        )

    def _lines(self) -> list[str]:
        c = self.check
        if c.na_without_reason:
            return [f"{i.id} — {i.ask}" for i in c.na_without_reason]
        lines = [
            self.tr("%1: coverage %2")
            .replace("%1", component_label(comp.component))
            .replace("%2", tally_coverage_text(comp))
            if comp.applicable
            else self.tr("%1: every question marked not applicable").replace(
                "%1", component_label(comp.component)
            )
            for comp in c.below_minimum
        ]
        unanswered = [f"{i.id} — {i.ask}" for i in c.unanswered]
        if lines and unanswered:
            lines.append("\u2014 " + self.tr("Questions still unanswered:"))
        return lines + unanswered

    @property
    def goto_item(self) -> Item | None:
        """Where "Go to…" leads: the first item without a reason, or unanswered."""
        items = self.check.na_without_reason or self.check.unanswered
        return items[0] if items else None

    # -- buttons
    def _buttons(self) -> QDialogButtonBox:
        c = self.check
        buttons = QDialogButtonBox(self)
        self.complete_button: QPushButton | None = None
        self.partial_button: QPushButton | None = None
        self.goto_button: QPushButton | None = None
        if self.goto_item is not None:
            label = (
                self.tr("Go to the first one")
                if c.na_without_reason
                else self.tr("Go to the first unanswered")
            )
            self.goto_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            self.goto_button.setObjectName("gotoUnanswered")
            self.goto_button.clicked.connect(lambda: self._finish("goto"))
        if c.can_complete:
            self.complete_button = buttons.addButton(
                self.tr("Mark complete"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.complete_button.setObjectName("markComplete")
            self.complete_button.clicked.connect(lambda: self._finish("complete"))
        elif c.can_submit_partial:
            self.partial_button = buttons.addButton(
                self.tr("Submit as partial…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.partial_button.setObjectName("submitPartial")
            self.partial_button.clicked.connect(self._on_partial)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(lambda: self._finish("cancel"))
        default = self.goto_button or self.complete_button
        if default is not None:
            default.setDefault(True)
        return buttons

    def _show_reason(self, shown: bool) -> None:
        self.asking_reason = shown
        self.reason_label.setVisible(shown)
        self.reason_edit.setVisible(shown)

    def _on_partial(self) -> None:
        """First press: ask for the reason. Then: submit, once a reason is written."""
        assert self.partial_button is not None
        if not self.asking_reason:
            self._show_reason(True)
            self.partial_button.setText(self.tr("Submit as partial"))
            self.partial_button.setEnabled(False)
            self.partial_button.setDefault(True)
            self.resize(self.width(), self.height() + 150)
            self.reason_edit.setFocus()
            return
        if self.reason() and self.partial_button.isEnabled():
            self._finish("partial")

    def _on_reason_changed(self) -> None:
        if self.partial_button is not None and self.asking_reason:
            text = self.reason()
            self.partial_button.setEnabled(bool(text) and len(text) <= MAX_REASON_CHARS)

    def reason(self) -> str:
        """The reason typed for a partial submission (trimmed)."""
        return " ".join(self.reason_edit.toPlainText().split())

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == "cancel":
            self.reject()
        else:
            self.accept()
