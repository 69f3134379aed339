"""The runner: answer a checklist question by question, by keyboard alone if you like.

Layout: the sections and their shown questions on the left (with progress), the question
with its answer buttons and evidence note in the middle, its guidance (rendered Markdown,
links open in the library) on the right.

Keyboard (shown in the runner's footer and in :data:`KEYBOARD_MAP`):

============================  ======================================================
``1`` ``2`` ``3``             Yes / Partly / No (yes–partial–no questions)
``0`` – ``4``                 the maturity level (maturity questions)
``0`` or ``N``                Not applicable (``N`` only on maturity questions)
``Delete``                    clear the answer
``Page Down``                 next question (skips questions hidden by skip logic)
``Page Up``                   previous question
``Ctrl+U``                    first unanswered question
``Ctrl+E``                    the evidence note (``Esc`` goes back to the answers)
``Ctrl+Enter``                mark the assessment complete
============================  ======================================================

Every answer and note goes into :class:`~desktop.ui.assessment.saver.AnswerSaver`'s
pending buffer and is written on the db lane (answers at once, notes after a short
pause); the header shows "Saving…", "Saved ✓" once the commit returned, or "Not saved"
with a retry. The question shown is remembered (``set_position``) so the assessment
reopens where one left off.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actions.assessments import complete_and_queue
from desktop.core.assessments.scoring import applicable_items, unanswered_items
from desktop.core.library.checklists import NOT_APPLICABLE, SCALES
from desktop.core.library.versions import is_newer
from desktop.ui.assessment.models import (
    ITEM_ID_ROLE,
    NavigatorModel,
    answer_text,
    format_when,
    status_label,
)
from desktop.ui.assessment.saver import UNSET, AnswerSaver, SaveState
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.assessment.widgets import GuidanceView, ProgressLine, heading, key_cap
from desktop.ui.common.labels import component_label
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.store import AssessmentState, SaveResult
    from desktop.core.library.checklists import Item
    from desktop.core.library.documents import Library

NEXT_KEY = QKeySequence(Qt.Key.Key_PageDown)
PREVIOUS_KEY = QKeySequence(Qt.Key.Key_PageUp)
UNANSWERED_KEY = QKeySequence("Ctrl+U")
NOTE_KEY = QKeySequence("Ctrl+E")
COMPLETE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))

KEYBOARD_MAP: tuple[tuple[str, str], ...] = (
    ("1 / 2 / 3", "Yes / Partly / No"),
    ("0 – 4", "Maturity level"),
    ("0 or N", "Not applicable (N on maturity questions)"),
    ("Delete", "Clear the answer"),
    ("Page Down", "Next question"),
    ("Page Up", "Previous question"),
    ("Ctrl+U", "First unanswered question"),
    ("Ctrl+E", "Evidence note (Esc: back to the answers)"),
    ("Ctrl+Enter", "Mark complete"),
)


@dataclass(frozen=True)
class ReadOnlyReason:
    """Why the runner does not accept changes: ``kind`` is ``invalid-checklist``."""

    kind: str
    message: str


class NoteEdit(QPlainTextEdit):
    """The evidence note. Lets the runner's navigation keys through (they are shortcuts,
    not text edits) and goes back to the answers with Esc."""

    escaped = Signal()
    RESERVED = (NEXT_KEY, PREVIOUS_KEY, UNANSWERED_KEY, NOTE_KEY, *COMPLETE_KEYS)

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

        top = QHBoxLayout()
        self.meta = QLabel(self)
        self.meta.setObjectName("questionMeta")
        self.meta.setAccessibleName(self.tr("Question number and section"))
        top.addWidget(self.meta, 1)
        self.new_badge = QLabel(self.tr("New in this version"), self)
        self.new_badge.setObjectName("newBadge")
        self.new_badge.setAccessibleName(self.tr("New question in this checklist version"))
        self.new_badge.hide()
        top.addWidget(self.new_badge)
        layout.addLayout(top)

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

    # -- content
    def show_item(
        self,
        item: Item,
        value: str | None,
        note: str,
        meta: str,
        is_new: bool,
        read_only: bool,
    ) -> None:
        """Show ``item`` with its current answer and note (no save is triggered)."""
        self._loading = True
        try:
            self.item = item
            self.meta.setText(meta)
            self.new_badge.setVisible(is_new)
            self.question.setText(item.ask)
            self._build_options(item)
            self.set_value(value)
            if item.scale == "maturity-0-4":
                self.hint.setText(
                    self.tr("Keys: 0–4 choose the level, N = not applicable, Delete clears.")
                )
            else:
                self.hint.setText(
                    self.tr(
                        "Keys: 1 = yes, 2 = partly, 3 = no, 0 or N = not applicable, Delete clears."
                    )
                )
            self.evidence_prompt.setText(
                item.evidence or self.tr("Note what supports your answer.")
            )
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            self.set_read_only(read_only)
        finally:
            self._loading = False

    def _build_options(self, item: Item) -> None:
        """Show the answer buttons of ``item``'s scale (built on first use)."""
        if item.scale not in self._rows:
            row = QWidget(self.options_box)
            row.setAccessibleName(self.tr("Answers"))
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(8)
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
                row_layout.addWidget(button)
                buttons[value] = button
            row_layout.addStretch(1)
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
            return "N" if item.scale == "maturity-0-4" else "0"
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
        if item.scale == "maturity-0-4":
            if char in SCALES["maturity-0-4"]:
                return True, char
            return False, None
        mapping = {"1": "yes", "2": "partial", "3": "no", "0": NOT_APPLICABLE}
        if char in mapping:
            return True, mapping[char]
        return False, None

    def set_value(self, value: str | None) -> None:
        """Check the button of ``value`` (None: none checked)."""
        self.group.setExclusive(False)
        for answer, button in self.buttons.items():
            button.setChecked(answer == value)
        self.group.setExclusive(True)

    def value(self) -> str | None:
        """The checked answer."""
        button = self.group.checkedButton()
        return button.property("answer") if button else None

    def set_read_only(self, read_only: bool) -> None:
        """Disable the answers and make the note read-only."""
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.note.setReadOnly(read_only)

    def focus_answers(self) -> None:
        """Move the focus to the checked answer (or the first one)."""
        button = self.group.checkedButton() or next(iter(self.buttons.values()), None)
        if button is not None and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- signals
    def _on_clicked(self, button: QRadioButton) -> None:
        if not self._loading:
            self.answerChosen.emit(button.property("answer"))

    def _on_note_changed(self) -> None:
        if not self._loading and not self.note.isReadOnly():
            self.noteEdited.emit(self.note.toPlainText())


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


class RunnerPage(QWidget):
    """Answer one assessment (see the module docstring for the keyboard)."""

    resultsRequested = Signal(str)  # assessment id
    closeRequested = Signal()
    documentRequested = Signal(str, str)  # doc id, anchor
    completed = Signal(str)
    loaded = Signal(str)
    migrateRequested = Signal(str)  # assessment id
    statusMessage = Signal(str)

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerPage")
        self.setAccessibleName(self.tr("Assessment questions"))
        self.service = service
        self.library: Library | None = None
        self.state: AssessmentState | None = None
        self.answers: dict[str, tuple[str | None, str]] = {}  # stored: item → (value, note)
        self.saver: AnswerSaver | None = None
        self._background: list[AnswerSaver] = []  # left assessments still saving
        self.current_id: str | None = None
        self.read_only: ReadOnlyReason | None = None
        self._guidance_cache: dict[str, str] = {}
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(300)
        self._position_timer.timeout.connect(self._save_position)
        self.navigator_model = NavigatorModel(self)
        self._build()
        self._build_shortcuts()

    # == construction ====================================================================
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame(self)
        header.setObjectName("runnerHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(18, 12, 18, 10)
        hl.setSpacing(4)
        row = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long institution name must not widen the window
        self.title.setAccessibleName(self.tr("Assessment"))
        row.addWidget(self.title, 1)
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("statusChip")
        self.status_chip.setAccessibleName(self.tr("Status"))
        row.addWidget(self.status_chip)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        row.addWidget(self.save_state)
        self.retry_button = QPushButton(self.tr("&Retry saving"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.retry_save)
        row.addWidget(self.retry_button)
        self.results_button = QPushButton(self.tr("Re&sults"), self)
        self.results_button.setAccessibleName(self.tr("Show the results"))
        self.results_button.clicked.connect(self.show_results)
        row.addWidget(self.results_button)
        self.complete_button = QPushButton(self.tr("&Mark complete…"), self)
        self.complete_button.setObjectName("primaryButton")
        self.complete_button.setAccessibleName(self.tr("Mark the assessment complete"))
        self.complete_button.setToolTip(self.tr("Mark complete (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self.mark_complete)
        row.addWidget(self.complete_button)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the assessment"))
        self.close_button.clicked.connect(self.request_close)
        row.addWidget(self.close_button)
        hl.addLayout(row)
        sub = QHBoxLayout()
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("Checklist and country"))
        sub.addWidget(self.subtitle, 1)
        self.progress = ProgressLine(self)
        self.progress.setObjectName("runnerProgress")
        self.progress.setAccessibleName(self.tr("Questions answered"))
        sub.addWidget(self.progress)
        hl.addLayout(sub)
        layout.addWidget(header)

        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.navigator = QTreeView(self.splitter)
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(self.tr("Sections and questions"))
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setUniformRowHeights(True)
        self.navigator.setAllColumnsShowFocus(True)
        header_view = self.navigator.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.navigator.activated.connect(self._on_navigator_activated)
        self.navigator.clicked.connect(self._on_navigator_activated)
        self.navigator.setMinimumWidth(240)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideRight)

        middle = QWidget(self.splitter)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(16, 14, 10, 10)
        ml.setSpacing(10)
        self.card = QuestionCard(middle)
        self.card.answerChosen.connect(self.answer)
        self.card.noteEdited.connect(self._on_note_edited)
        self.card.note.escaped.connect(self.card.focus_answers)
        ml.addWidget(self.card)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("← &Previous"), middle)
        self.prev_button.setAccessibleName(self.tr("Previous question"))
        self.prev_button.setToolTip(self.tr("Previous question (Page Up)"))
        self.prev_button.clicked.connect(self.go_previous)
        self.next_button = QPushButton(self.tr("&Next →"), middle)
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Next question (Page Down)"))
        self.next_button.clicked.connect(self.go_next)
        self.unanswered_button = QPushButton(self.tr("First &unanswered"), middle)
        self.unanswered_button.setAccessibleName(self.tr("First unanswered question"))
        self.unanswered_button.setToolTip(self.tr("First unanswered question (Ctrl+U)"))
        self.unanswered_button.clicked.connect(self.go_first_unanswered)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.unanswered_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        ml.addLayout(nav)
        keys = QHBoxLayout()
        keys.setSpacing(6)
        for cap, text in (
            ("1 2 3 0", self.tr("answer")),
            ("PgDn", self.tr("next")),
            ("PgUp", self.tr("previous")),
            ("Ctrl+U", self.tr("first unanswered")),
            ("Ctrl+E", self.tr("evidence")),
        ):
            keys.addWidget(key_cap(cap, middle))
            hint = QLabel(text, middle)
            hint.setObjectName("questionMeta")
            keys.addWidget(hint)
            keys.addSpacing(6)
        keys.addStretch(1)
        ml.addLayout(keys)
        ml.addStretch(1)

        guidance_box = QWidget(self.splitter)
        gl = QVBoxLayout(guidance_box)
        gl.setContentsMargins(6, 14, 16, 10)
        gl.setSpacing(6)
        self.guidance_title = heading(self.tr("Guidance"), guidance_box)
        gl.addWidget(self.guidance_title)
        self.guidance = GuidanceView(guidance_box)
        self.guidance.setObjectName("guidanceView")
        self.guidance.setAccessibleName(self.tr("Guidance for this question"))
        self.guidance.documentRequested.connect(self.documentRequested)
        gl.addWidget(self.guidance, 1)

        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(guidance_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([330, 600, 420])
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.card.options_box, self.card.note)

    def _build_shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (
            ("next", [NEXT_KEY], self.go_next),
            ("previous", [PREVIOUS_KEY], self.go_previous),
            ("unanswered", [UNANSWERED_KEY], self.go_first_unanswered),
            ("note", [NOTE_KEY], self.focus_note),
            ("complete", list(COMPLETE_KEYS), self.mark_complete),
        ):
            for n, key in enumerate(keys):
                shortcut = QShortcut(key, self)
                shortcut.setContext(ctx)
                shortcut.activated.connect(slot)
                self.shortcuts[f"{name}{n or ''}"] = shortcut

    # == loading =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The library: renders guidance links, tells whether the checklist still validates."""
        self.library = library
        self._guidance_cache.clear()
        if self.state is not None:
            self._check_checklist()
            self._show_current()

    def open_assessment(self, assessment_id: str) -> None:
        """Load ``assessment_id`` on the db lane and show it where it was left."""
        self._drop_saver()
        self.current_id = None
        self.state = None
        self.notice.dismiss()
        self.title.setText(self.tr("Opening…"))
        task = self.service.call(lambda store: store.load(assessment_id), "load assessment")
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.title.setText(self.tr("The assessment could not be opened"))
        self.notice.show_notice(describe_error(exc), "error")

    def _on_loaded(self, state: AssessmentState) -> None:
        self.state = state
        a = state.assessment
        self.answers = {k: (v.value, v.note) for k, v in state.answers.items()}
        by = a.assessors[0] if a.assessors else ""
        self.saver = AnswerSaver(self.service, a.id, by, self)
        self.saver.stateChanged.connect(self._on_save_state)
        self.saver.saved.connect(self._on_saved)
        self._on_save_state(SaveState.IDLE, "")
        self.navigator_model.set_checklist(state.checklist, self.values(), state.new_items)
        self.navigator.expandAll()
        self._guidance_cache.clear()
        self._update_header()
        self.read_only = None
        self.notice.dismiss()
        self._check_checklist()
        visible = {i.id for i in self.navigator_model.visible_items()}
        start = a.position if a.position in visible else None
        if start is None:
            first = unanswered_items(state.checklist, self.values())
            items = self.navigator_model.visible_items()
            start = first[0].id if first else (items[0].id if items else None)
        self.current_id = start
        self._show_current()
        self.card.focus_answers()
        QTimer.singleShot(0, self._focus_if_shown)
        self.loaded.emit(a.id)

    def _focus_if_shown(self) -> None:
        if self.isVisible() and self.state is not None:
            self.card.focus_answers()

    def _check_checklist(self) -> None:
        """Read-only when the library's copy of the checklist fails validation; offer a
        newer version to a draft; say so when the store is read-only."""
        state = self.state
        if state is None:
            return
        a = state.assessment
        doc = self.library.get(a.checklist_id) if self.library is not None else None
        if doc is not None and doc.type == "checklist" and doc.checklist is None:
            problems = "; ".join(
                f"{p.file}:{p.line}: {p.message}" for p in doc.checklist_problems[:3]
            )
            message = (
                self.tr(
                    "The checklist “%1” fails validation, so this assessment opens read-only: "
                    "you can read its answers and results but not change them until the "
                    "checklist is fixed. %2"
                )
                .replace("%1", a.checklist_title)
                .replace("%2", problems)
            )
            self.read_only = ReadOnlyReason("invalid-checklist", message)
            self.notice.show_notice(message, "warning")
        elif (
            doc is not None
            and doc.checklist is not None
            and doc.checklist.content_hash
            and doc.checklist.content_hash != a.checklist_hash
            and is_newer(doc.checklist.version, a.checklist_version)
            and not a.is_complete
        ):
            message = (
                self.tr(
                    "Version %1 of this checklist is installed; this draft uses version %2. "
                    "You can move it: answers are carried by question, removed questions are "
                    "listed, new ones are flagged."
                )
                .replace("%1", doc.checklist.version)
                .replace("%2", a.checklist_version)
            )
            self.notice.show_notice(
                message,
                "info",
                [(self.tr("Review and move…"), lambda: self.migrateRequested.emit(a.id))],
            )
        elif state.new_items:
            removed = state.removed_answers()
            message = (
                self.tr("Moved to version %1: %2 new questions are flagged “new”.")
                .replace("%1", a.checklist_version)
                .replace("%2", str(len(state.new_items)))
            )
            if removed:
                message += " " + self.tr(
                    "%1 answers belong to questions this version removed: they are kept "
                    "and listed in the report, but no longer count."
                ).replace("%1", str(len(removed)))
            self.notice.show_notice(message, "info")
        elif self.service.read_only:
            self._notice_read_only_store()
        elif a.is_complete:
            self.notice.show_notice(
                self.tr(
                    "This assessment was marked complete on %1 (revision %2). Changing an "
                    "answer starts revision %3; revision %2 stays as it was."
                )
                .replace("%1", format_when(a.completed or ""))
                .replace("%2", str(a.revision))
                .replace("%3", str(a.revision + 1)),
                "info",
            )
        editable = self.read_only is None
        self.complete_button.setEnabled(editable)
        self._update_header()
        self._show_current()

    def _notice_read_only_store(self) -> None:
        self.notice.show_notice(
            self.tr(
                "Accord's data folder cannot be written just now, so answers cannot be "
                "saved. What you type stays in this form and is saved as soon as the "
                "folder can be written again."
            ),
            "warning",
            [(self.tr("Try saving now"), self.retry_save)],
        )

    # == state ===========================================================================
    def values(self) -> dict[str, str]:
        """Current answers (stored, overlaid with those waiting to be saved)."""
        values = {k: v for k, (v, _n) in self.answers.items() if v is not None}
        if self.saver is not None:
            for item_id, entry in self.saver.pending.items():
                if entry.value is UNSET:
                    continue
                if entry.value is None:
                    values.pop(item_id, None)
                else:
                    values[item_id] = entry.value  # type: ignore[assignment]
        return values

    def note_of(self, item_id: str) -> str:
        """The current note of ``item_id`` (waiting text first)."""
        if self.saver is not None:
            pending = self.saver.pending_note(item_id)
            if pending is not None:
                return pending
        return self.answers.get(item_id, (None, ""))[1]

    def visible_ids(self) -> list[str]:
        """The ids of the questions skip logic shows now."""
        return [i.id for i in self.navigator_model.visible_items()]

    def current_item(self) -> Item | None:
        """The question shown."""
        if self.state is None or self.current_id is None:
            return None
        return self.state.checklist.item(self.current_id)

    def _update_header(self) -> None:
        state = self.state
        if state is None:
            return
        a = state.assessment
        self.title.setText(a.institution)
        self.subtitle.setText(
            self.tr("%1 · version %2 · %3 · assessors: %4")
            .replace("%1", a.checklist_title)
            .replace("%2", a.checklist_version)
            .replace("%3", a.country_name)
            .replace("%4", ", ".join(a.assessors) or self.tr("none named"))
        )
        if self.read_only is not None:
            self.status_chip.setText(self.tr("Read-only"))
            self.status_chip.setProperty("status", "readonly")
        else:
            self.status_chip.setText(status_label(a))
            self.status_chip.setProperty("status", a.status)
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self._update_progress()

    def _update_progress(self) -> None:
        if self.state is None:
            return
        values = self.values()
        shown = applicable_items(self.state.checklist, values)
        done = sum(1 for i in shown if values.get(i.id) in i.allowed_answers())
        self.progress.set_progress(
            done,
            len(shown),
            self.tr("%1 of %2 answered").replace("%1", str(done)).replace("%2", str(len(shown))),
        )

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None or self.state is None:
            return
        ids = self.visible_ids()
        position = ids.index(item.id) + 1 if item.id in ids else 0
        sections = self.state.checklist.sections
        s_index = next((n for n, s in enumerate(sections) if s.id == item.section), 0)
        meta = (
            self.tr("Question %1 of %2 · Section %3 of %4: %5 · %6")
            .replace("%1", str(position))
            .replace("%2", str(len(ids)))
            .replace("%3", str(s_index + 1))
            .replace("%4", str(len(sections)))
            .replace("%5", sections[s_index].title)
            .replace("%6", item.id)
        )
        if item.weight != 1:
            meta += " · " + self.tr("weight %1").replace("%1", f"{item.weight:g}")
        value = self.values().get(item.id)
        self.card.show_item(
            item,
            value,
            self.note_of(item.id),
            meta,
            item.id in self.state.new_items,
            self.read_only is not None,
        )
        self.guidance_title.setText(
            self.tr("Guidance · %1").replace("%1", component_label(item.component))
        )
        self.guidance.setHtml(self._guidance_html(item))
        index = self.navigator_model.index_of_item(item.id)
        if index.isValid():
            self.navigator.setCurrentIndex(index)
            self.navigator.scrollTo(index)
        self.prev_button.setEnabled(position > 1)
        self.next_button.setEnabled(0 < position < len(ids))

    def _guidance_html(self, item: Item) -> str:
        cached = self._guidance_cache.get(item.id)
        if cached is not None:
            return cached
        from desktop.core.library.render import render_markdown

        if item.guidance:
            body = render_markdown(item.guidance, self.library).html
        else:
            body = "<p>" + html.escape(self.tr("This question has no guidance.")) + "</p>"
        self._guidance_cache[item.id] = body
        return body

    # == navigation ======================================================================
    def go_to(self, item_id: str, focus: bool = True) -> bool:
        """Show question ``item_id`` (if skip logic shows it)."""
        if item_id not in self.visible_ids():
            return False
        self.current_id = item_id
        self._show_current()
        if focus:
            self.card.focus_answers()
        self._position_timer.start()
        return True

    def go_next(self) -> bool:
        """Page Down: the next shown question."""
        ids = self.visible_ids()
        if self.current_id in ids:
            n = ids.index(self.current_id)
            if n + 1 < len(ids):
                return self.go_to(ids[n + 1])
        return False

    def go_previous(self) -> bool:
        """Page Up: the previous shown question."""
        ids = self.visible_ids()
        if self.current_id in ids:
            n = ids.index(self.current_id)
            if n > 0:
                return self.go_to(ids[n - 1])
        return False

    def go_first_unanswered(self) -> bool:
        """Ctrl+U: the first shown question without an answer."""
        if self.state is None:
            return False
        missing = unanswered_items(self.state.checklist, self.values())
        if not missing:
            self.statusMessage.emit(self.tr("Every question shown has an answer."))
            return False
        return self.go_to(missing[0].id)

    def focus_note(self) -> None:
        """Ctrl+E: the evidence note."""
        self.card.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_navigator_activated(self, index: QModelIndex) -> None:
        item_id = index.siblingAtColumn(0).data(ITEM_ID_ROLE)
        if item_id:
            self.go_to(item_id, focus=False)
        elif index.isValid() and not index.parent().isValid():
            first = self.navigator_model.index(0, 0, index.siblingAtColumn(0))
            if first.isValid():
                self.go_to(first.data(ITEM_ID_ROLE), focus=False)

    def _save_position(self) -> None:
        if self.state is None or self.current_id is None or self.read_only is not None:
            return
        if self.service.read_only:
            return
        aid, item_id = self.state.assessment.id, self.current_id
        task = self.service.call(
            lambda store: store.set_position(aid, item_id), "remember the place"
        )
        # Not user data: a failure only means the place is not remembered.
        task.failed.connect(lambda _exc: None)

    # == answering =======================================================================
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digit keys answer (when the focus is not in a text field)."""
        if (
            self.state is None
            or self.read_only is not None
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            super().keyPressEvent(event)
            return
        handled, value = self.card.value_for_key(event.key(), event.text())
        if handled:
            self.answer(value)
            event.accept()
            return
        super().keyPressEvent(event)

    def answer(self, value: str | None) -> None:
        """Answer the question shown (None clears the answer)."""
        item = self.current_item()
        if item is None or self.saver is None or self.read_only is not None:
            return
        if value is not None and value not in item.allowed_answers():
            return
        self.saver.set_value(item.id, value)
        self.card.set_value(value)
        self._after_change()

    def _on_note_edited(self, text: str) -> None:
        item = self.current_item()
        if item is None or self.saver is None or self.read_only is not None:
            return
        self.saver.set_note(item.id, text)

    def _after_change(self) -> None:
        """Skip logic and progress follow the answers at once (before the save returns)."""
        self.navigator_model.update_answers(self.values())
        self._update_progress()
        index = self.navigator_model.index_of_item(self.current_id or "")
        if index.isValid():
            self.navigator.setCurrentIndex(index)
        ids = self.visible_ids()
        position = ids.index(self.current_id) + 1 if self.current_id in ids else 0
        self.next_button.setEnabled(0 < position < len(ids))

    def _on_saved(self, result: SaveResult) -> None:
        self.answers[result.item_id] = (result.value, result.note)
        if self.state is None:
            return
        if result.reopened:
            # The core started a new revision of a completed assessment: show it.
            self.reload_header()
            self.notice.show_notice(
                self.tr(
                    "You changed a completed assessment, so it is a draft again as revision "
                    "%1. The completed revision %2 is kept as it was; mark this one complete "
                    "when you are done."
                )
                .replace("%1", str(result.revision))
                .replace("%2", str(result.revision - 1)),
                "info",
            )

    def reload_header(self) -> None:
        """Read the header again (status, revision) after a change made elsewhere."""
        if self.state is None:
            return
        aid = self.state.assessment.id
        task = self.service.call(lambda store: store.get(aid), "read the assessment")

        def done(assessment: Any) -> None:
            if self.state is not None and self.state.assessment.id == assessment.id:
                from dataclasses import replace

                self.state = replace(self.state, assessment=assessment)
                self._update_header()

        task.succeeded.connect(done)

    # == saving state ======================================================================
    def _on_save_state(self, state: SaveState, message: str) -> None:
        text = {
            SaveState.IDLE: "",
            SaveState.PENDING: self.tr("Saving…"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.SAVED: self.tr("Saved ✓"),
            SaveState.FAILED: self.tr("Not saved — kept here"),
        }[state]
        self.save_state.setText(text)
        self.save_state.setProperty("state", state.value)
        self.save_state.setToolTip(message)
        self.save_state.setAccessibleDescription(message or text)
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)
        self.retry_button.setVisible(state == SaveState.FAILED)
        if state == SaveState.FAILED:
            self.notice.show_notice(
                self.tr(
                    "Your answers are not saved yet. %1 What you typed stays here and is "
                    "saved automatically as soon as possible."
                ).replace("%1", message),
                "error",
                [(self.tr("Retry now"), self.retry_save)],
            )
        elif (
            state == SaveState.SAVED
            and self.notice.isVisible()
            and self.notice.property("kind") == "error"
        ):
            self.notice.show_notice(self.tr("Saved: everything you typed is on disk now."), "info")

    def retry_save(self) -> None:
        """Try to save what is waiting, now."""
        if self.saver is not None:
            self.saver.retry()

    def has_unsaved(self) -> bool:
        """True while something typed is not yet committed (here or in an assessment
        left while its answers were still being saved)."""
        savers = [self.saver, *self._background]
        return any(s is not None and s.has_unsaved() for s in savers)

    def flush(self) -> None:
        """Write what is waiting now (leaving the runner)."""
        if self.saver is not None:
            self.saver.flush()
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._save_position()

    def _drop_saver(self) -> None:
        """Leave the assessment shown: its saver writes what is waiting, detached from
        this page (it keeps retrying in the background until everything is saved)."""
        self.flush()
        saver, self.saver = self.saver, None
        if saver is None:
            return
        saver.stateChanged.disconnect(self._on_save_state)
        saver.saved.disconnect(self._on_saved)
        if not saver.has_unsaved():
            self._release(saver)
            return
        self._background.append(saver)
        saver.stateChanged.connect(
            lambda state, _message, sv=saver: (
                self._release(sv) if state == SaveState.SAVED and not sv.has_unsaved() else None
            )
        )

    def _release(self, saver: AnswerSaver) -> None:
        if saver in self._background:
            self._background.remove(saver)
        saver.stop()
        saver.deleteLater()

    # == leaving ===========================================================================
    def show_results(self) -> None:
        """The results of this assessment."""
        if self.state is not None:
            self.flush()
            self.resultsRequested.emit(self.state.assessment.id)

    def request_close(self) -> None:
        """Back to the list (what is waiting keeps being saved)."""
        self.flush()
        self.closeRequested.emit()

    def mark_complete(self) -> None:
        """Ctrl+Enter: list the unanswered questions first, then mark complete."""
        if self.state is None or self.read_only is not None:
            return
        self.flush()
        missing = unanswered_items(self.state.checklist, self.values())
        dialog = self.make_complete_dialog(missing)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice == "goto" and missing:
            self.go_to(missing[0].id)
        elif choice == "complete":
            self._complete_when_saved()

    def make_complete_dialog(self, missing: list[Item]) -> CompleteDialog:
        """The dialog :meth:`mark_complete` shows (tests replace ``exec``)."""
        return CompleteDialog(missing, self)

    def _complete_when_saved(self) -> None:
        saver = self.saver
        if saver is not None and saver.has_unsaved():
            if saver.state == SaveState.FAILED:
                self.notice.show_notice(
                    self.tr("Cannot mark complete while answers are not saved. %1").replace(
                        "%1", saver.message
                    ),
                    "error",
                    [(self.tr("Retry now"), self.retry_save)],
                )
                return
            QTimer.singleShot(50, self._complete_when_saved)
            return
        assert self.state is not None
        aid = self.state.assessment.id
        by = self.saver.by if self.saver else ""
        task = self.service.call(
            lambda store: complete_and_queue(store, aid, by).result,
            "complete",
            write=True,
            ids=[aid],
        )
        task.succeeded.connect(self._on_completed)
        task.failed.connect(
            lambda exc: self.notice.show_notice(
                self.tr("Could not mark the assessment complete: %1").replace(
                    "%1", describe_error(exc)
                ),
                "error",
                [(self.tr("Try again"), self._complete_when_saved)],
            )
        )

    def _on_completed(self, result: Any) -> None:
        if self.state is not None:
            from dataclasses import replace

            self.state = replace(self.state, assessment=result.assessment)
            self._update_header()
        self.notice.show_notice(
            self.tr("Marked complete as revision %1.").replace(
                "%1", str(result.assessment.revision)
            ),
            "info",
        )
        self.completed.emit(result.assessment.id)
