"""The question shown in the runner: meta line, question, answer buttons, evidence note.

:class:`QuestionCard` shows one item with its answer and note and emits what the user
chose or typed; it never saves (the runner hands changes to the saver). The answer
buttons of each scale are built once and shown as needed, so no button is ever deleted
under the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.checklists import NOT_APPLICABLE, SCALES
from desktop.ui.assessment.formatting import answer_text
from desktop.ui.assessment.number_field import NumberField
from desktop.ui.assessment.runner_keys import (
    COMPLETE_KEYS,
    LIST_KEY,
    NEXT_KEY,
    NOTE_KEY,
    PREVIOUS_KEY,
    UNANSWERED_KEY,
)
from desktop.ui.assessment.widgets import heading
from desktop.ui.common.responsive import FlowRow

if TYPE_CHECKING:
    from desktop.core.library.checklists import Item


class NoteEdit(QPlainTextEdit):
    """The evidence note. Lets the runner's navigation keys through (they are shortcuts,
    not text edits) and goes back to the answers with Esc."""

    escaped = Signal()
    RESERVED = (NEXT_KEY, PREVIOUS_KEY, UNANSWERED_KEY, NOTE_KEY, LIST_KEY, *COMPLETE_KEYS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.RESERVED
            ):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QuestionCard(QFrame):
    """The question shown: meta line, question, answer options, evidence prompt and note."""

    answerChosen = Signal(object)  # str | None
    noteEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionCard")
        self.setAccessibleName(self.tr("Question"))
        self.item: Item | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)

        layout.addLayout(self._build_top())

        self.question = QLabel(self)
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setAccessibleName(self.tr("Question text"))
        layout.addWidget(self.question)

        self.options_box = QWidget(self)
        self.options_box.setAccessibleName(self.tr("Answers"))
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 6, 0, 0)
        # A number item's figure, with its unit, level, bands and source (number_field.py).
        self.number = NumberField(self.options_box)
        self.number.figureEntered.connect(self._on_figure)
        self.number.hide()
        self.options_layout.addWidget(self.number)
        # One row of answer buttons per scale, built once and shown as needed: buttons
        # are never deleted under the keyboard focus.
        self._rows: dict[str, tuple[QWidget, QButtonGroup, dict[str, QRadioButton]]] = {}
        layout.addWidget(self.options_box)
        self.group: QButtonGroup = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}

        self.hint = QLabel(self)
        self.hint.setObjectName("questionMeta")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Keys for this question"))
        layout.addWidget(self.hint)

        self.evidence_title = heading(self.tr("Evidence"), self)
        layout.addWidget(self.evidence_title)
        self.evidence_prompt = QLabel(self)
        self.evidence_prompt.setObjectName("evidencePrompt")
        self.evidence_prompt.setWordWrap(True)
        self.evidence_prompt.setAccessibleName(self.tr("What evidence to give"))
        layout.addWidget(self.evidence_prompt)
        self.note = NoteEdit(self)
        self.note.setObjectName("evidenceNote")
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.note.setPlaceholderText(
            self.tr(
                "Type the evidence here: documents, dates, who adopted them. Saved as you type."
            )
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(110)
        self.note.setMaximumHeight(240)
        self.note.textChanged.connect(self._on_note_changed)
        self.evidence_title.setBuddy(self.note)
        layout.addWidget(self.note, 1)
        layout.addStretch(0)

    def _build_top(self) -> QHBoxLayout:
        """The meta line and the badges: new in this version, changed (answer again)."""
        top = QHBoxLayout()
        self.meta = QLabel(self)
        self.meta.setObjectName("questionMeta")
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName(self.tr("Question number and section"))
        top.addWidget(self.meta, 1)
        self.new_badge = QLabel(self.tr("New in this version"), self)
        self.new_badge.setObjectName("newBadge")
        self.new_badge.setAccessibleName(self.tr("New question in this checklist version"))
        self.new_badge.hide()
        top.addWidget(self.new_badge)
        self.changed_badge = QLabel(self.tr("Changed in this version: answer again"), self)
        self.changed_badge.setObjectName("newBadge")
        self.changed_badge.setAccessibleName(
            self.tr("This question changed in this checklist version; answer it again")
        )
        self.changed_badge.hide()
        top.addWidget(self.changed_badge)
        return top

    # -- content
    def show_item(
        self,
        item: Item,
        value: str | None,
        note: str,
        meta: str,
        is_new: bool,
        read_only: bool,
        changed: bool = False,
    ) -> None:
        """Show ``item`` with its current answer and note (no save is triggered);
        ``changed``: its question changed in this checklist version, answer it again."""
        self._loading = True
        try:
            self.item = item
            self.meta.setText(meta)
            self.new_badge.setVisible(is_new)
            self.changed_badge.setVisible(changed)
            self.question.setText(item.ask)
            self._build_options(item)
            self.set_value(value)
            self.hint.setText(self._hint(item))
            self._set_prompt(value)
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            self.set_read_only(read_only)
        finally:
            self._loading = False

    def _hint(self, item: Item) -> str:
        if item.indicator is not None:
            return self.tr(
                "Type the figure and press Enter (a comma or a point for decimals). If it "
                "does not apply, Tab to “Not applicable”."
            )
        if item.scale == "maturity-0-4":
            return self.tr("Keys: 0–4 choose the level, N = not applicable, Delete clears.")
        return self.tr("Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears.")

    def _set_prompt(self, value: str | None) -> None:
        """What the note is for: the evidence, or why the question does not apply."""
        if value == NOT_APPLICABLE:
            self.evidence_title.setText(self.tr("Why it does not apply"))
            self.evidence_prompt.setText(
                self.tr("The reason this question does not apply; it is shown in the report.")
            )
        else:
            self.evidence_title.setText(self.tr("Evidence"))
            text = self.item.evidence if self.item else ""
            self.evidence_prompt.setText(text or self.tr("Note what supports your answer."))

    def set_note(self, note: str) -> None:
        """Show ``note`` (a reason given in the not-applicable dialog) without saving it."""
        self._loading = True
        try:
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
        finally:
            self._loading = False

    def _build_options(self, item: Item) -> None:
        """Show the answer buttons of ``item``'s scale (built on first use); a number
        item shows its figure field and "not applicable"."""
        self.number.setVisible(item.indicator is not None)
        if item.scale not in self._rows:
            # The buttons wrap to a second line in a narrow window: each keeps its whole
            # label ("0  Not applicable"), never cut.
            row = FlowRow(self.options_box, spacing=8)
            row.setAccessibleName(self.tr("Answers"))
            group = QButtonGroup(row)
            group.setExclusive(True)
            group.buttonClicked.connect(self._on_clicked)
            buttons: dict[str, QRadioButton] = {}
            for value in (*SCALES[item.scale], NOT_APPLICABLE):
                label = answer_text(item, value)
                if item.scale == "maturity-0-4" and value != NOT_APPLICABLE:
                    label = self.tr("Level %1").replace("%1", value)
                key = self.key_for(item, value)
                button = QRadioButton(f"{key}  {label}", row)
                button.setObjectName("answerOption")
                button.setProperty("answer", value)
                button.setAccessibleName(label)
                button.setAccessibleDescription(self.tr("Key %1").replace("%1", key))
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                group.addButton(button)
                row.add(button)
                buttons[value] = button
            self.options_layout.addWidget(row)
            self._rows[item.scale] = (row, group, buttons)
        for scale, (row, _group, _buttons) in self._rows.items():
            if scale != item.scale:
                row.hide()
        row, self.group, self.buttons = self._rows[item.scale]
        row.show()

    @staticmethod
    def key_for(item: Item, value: str) -> str:
        """The key that gives ``value`` to ``item``."""
        if value == NOT_APPLICABLE:
            return "0" if item.scale == "yes-partial-no" else "N"
        if item.scale == "maturity-0-4":
            return value
        return {"yes": "1", "partial": "2", "no": "3"}[value]

    def value_for_key(self, key: int, text: str) -> tuple[bool, str | None]:
        """(handled, value) for a key press on this question."""
        item = self.item
        if item is None:
            return False, None
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return True, None
        char = text.lower()
        if char == "n":
            return True, NOT_APPLICABLE
        if item.indicator is not None:
            return False, None  # figures are typed in the field
        if item.scale == "maturity-0-4":
            if char in SCALES["maturity-0-4"]:
                return True, char
            return False, None
        mapping = {"1": "yes", "2": "partial", "3": "no", "0": NOT_APPLICABLE}
        if char in mapping:
            return True, mapping[char]
        return False, None

    def set_value(self, value: str | None) -> None:
        """Check the button of ``value`` (None: none checked); a figure goes in the
        number field."""
        self.group.setExclusive(False)
        for answer, button in self.buttons.items():
            button.setChecked(answer == value)
        self.group.setExclusive(True)
        if self.item is not None and self.item.indicator is not None:
            self.number.show_item(self.item, value)
        if self.item is not None:
            self._set_prompt(value)
        if value is not None:
            self.changed_badge.hide()  # answered again

    def value(self) -> str | None:
        """The checked answer."""
        button = self.group.checkedButton()
        return button.property("answer") if button else None

    def set_read_only(self, read_only: bool) -> None:
        """Disable the answers and make the note read-only."""
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.number.set_read_only(read_only)
        self.note.setReadOnly(read_only)

    def focus_answers(self) -> None:
        """Move the focus to the checked answer (or the first one)."""
        if self.item is not None and self.item.indicator is not None:
            self.number.input.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        button = self.group.checkedButton() or next(iter(self.buttons.values()), None)
        if button is not None and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- signals
    def _on_clicked(self, button: QRadioButton) -> None:
        if not self._loading:
            self.answerChosen.emit(button.property("answer"))

    def _on_figure(self, stored: str) -> None:
        if not self._loading:
            self.answerChosen.emit(stored or None)

    def _on_note_changed(self) -> None:
        if not self._loading and not self.note.isReadOnly():
            self.noteEdited.emit(self.note.toPlainText())
