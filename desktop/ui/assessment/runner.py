"""The runner: answer a checklist question by question, by keyboard alone if you like.

Layout (:mod:`.runner_layout`, for the width there is): the sections and their shown
questions (with progress, :mod:`.question_list`), the question with its answer buttons
and evidence note (:mod:`.question_card`, with the navigation row and the key-hint bar
under it) and its guidance (rendered Markdown, links open in the library) side by side
in a wide window; in a narrow one the guidance follows the question and the list is a
drawer. The header (:mod:`.runner_header`) is above them; the keyboard is listed in
:mod:`.runner_keys`.

Every answer and note goes into :class:`~desktop.ui.assessment.saver.AnswerSaver`'s
pending buffer and is written on the db lane (answers at once, notes after a short
pause); the header shows "Saving…", "Saved ✓" once the commit returned, or "Not saved"
with a retry. The question shown is remembered (``set_position``) so the assessment
reopens where one left off.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.assessments.item_states import question_count, unanswered_items
from desktop.core.assessments.localized import localized
from desktop.core.library.checklists import NOT_APPLICABLE
from desktop.ui.assessment.answer_sheet import AnswerSheet
from desktop.ui.assessment.complete_dialog import CompleteDialog
from desktop.ui.assessment.na_reason import ask_na_reason
from desktop.ui.assessment.navigator_model import NavigatorModel
from desktop.ui.assessment.question_pane import question_meta
from desktop.ui.assessment.runner_completion import Completion, completed_message
from desktop.ui.assessment.runner_header import RunnerHeader
from desktop.ui.assessment.runner_keys import KEYBOARD_MAP, install_shortcuts
from desktop.ui.assessment.runner_layout import RunnerBody
from desktop.ui.assessment.runner_navigation import PlaceKeeper
from desktop.ui.assessment.runner_notices import (
    ReadOnlyReason,
    not_saved_message,
    opening_notice,
    reopened_message,
)
from desktop.ui.assessment.saver import AnswerSaver, SaveState
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.common.notice import NoticeBar

if TYPE_CHECKING:
    from desktop.core.assessments.completion import CompletionCheck
    from desktop.core.assessments.model import (
        Assessment,
        AssessmentState,
        CompleteResult,
        SaveResult,
    )
    from desktop.core.library.checklists import Item
    from desktop.core.library.documents import Library

__all__ = ["KEYBOARD_MAP", "CompleteDialog", "ReadOnlyReason", "RunnerPage"]


class RunnerPage(QWidget):
    """Answer one assessment (see the module docstring)."""

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
        self.sheet = AnswerSheet(service, self)  # the answers shown, and their savers
        self.sheet.stateChanged.connect(self._on_save_state)
        self.sheet.saved.connect(self._on_saved)
        self.current_id: str | None = None
        self.read_only: ReadOnlyReason | None = None
        self.place = PlaceKeeper(service, self._place, self)
        self.navigator_model = NavigatorModel(self)
        self._build()
        self.shortcuts = install_shortcuts(
            self,
            {
                "next": self.go_next,
                "previous": self.go_previous,
                "unanswered": self.go_first_unanswered,
                "note": self.focus_note,
                "complete": self.mark_complete,
                "list": self.body.show_list,
            },
        )

    # == construction ====================================================================
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = RunnerHeader(self)
        h = self.header
        self.title, self.subtitle, self.progress = h.title, h.subtitle, h.progress
        self.status_chip, self.save_state = h.status_chip, h.save_state
        self.retry_button, self.results_button = h.retry_button, h.results_button
        self.complete_button, self.close_button = h.complete_button, h.close_button
        h.retry_button.clicked.connect(self.retry_save)
        h.results_button.clicked.connect(self.show_results)
        h.complete_button.clicked.connect(self.mark_complete)
        h.close_button.clicked.connect(self.request_close)
        layout.addWidget(h)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.completion = Completion(self.service, self.sheet, self.notice, self)
        self.completion.completed.connect(self._on_completed)

        # The list, the question and its guidance, laid out for the width (runner_layout).
        self.body = RunnerBody(self.navigator_model, self)
        self.splitter, self.navigator = self.body.splitter, self.body.navigator
        self.body.itemChosen.connect(lambda item_id: self.go_to(item_id, focus=False))
        pane = self.body.pane
        self.card, self.nav = pane.card, pane.nav
        self.prev_button, self.next_button = pane.nav.previous, pane.nav.next
        self.unanswered_button = pane.nav.unanswered
        self.card.answerChosen.connect(self.answer)
        self.card.noteEdited.connect(self._on_note_edited)
        self.nav.previous.clicked.connect(self.go_previous)
        self.nav.next.clicked.connect(self.go_next)
        self.nav.unanswered.clicked.connect(self.go_first_unanswered)
        self.guidance_pane = self.body.guidance_pane
        self.guidance_title, self.guidance = self.guidance_pane.title, self.guidance_pane.view
        self.guidance_pane.documentRequested.connect(self.documentRequested)
        layout.addWidget(self.body, 1)
        self.setTabOrder(self.card.options_box, self.card.note)

    @property
    def saver(self) -> AnswerSaver | None:
        """The saver of the assessment shown (None before one is open)."""
        return self.sheet.saver

    # == loading =========================================================================
    def set_library(self, library: Library | None) -> None:
        """The library: renders guidance links, tells whether the checklist still validates."""
        self.library = library
        self.guidance_pane.set_library(library)
        if self.state is not None:
            self._check_checklist()
            self._show_current()

    def open_assessment(self, assessment_id: str) -> None:
        """Load ``assessment_id`` on the db lane and show it where it was left."""
        self.flush()
        self.sheet.leave()
        self.current_id = None
        self.state = None
        self.notice.dismiss()
        self.title.setText(self.tr("Opening…"))
        library = self.library
        # The checklist's words in the assessment's language (ids and answers unchanged).
        task = self.service.call(
            lambda store: localized(store.load(assessment_id), library), "load assessment"
        )
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.title.setText(self.tr("The assessment could not be opened"))
        self.notice.show_notice(describe_error(exc), "error")

    def _on_loaded(self, state: AssessmentState) -> None:
        self.state = state
        a = state.assessment
        self.sheet.start(state)
        self._on_save_state(SaveState.IDLE, "")
        self.navigator_model.set_checklist(
            state.checklist, self.values(), state.new_items, state.changed_items
        )
        self.navigator.expandAll()
        self.guidance_pane.forget()
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
        notice = opening_notice(state, self.library, self.service.read_only)
        aid = state.assessment.id
        actions = {
            "newer-version": [
                (self.tr("Review and move…"), lambda: self.migrateRequested.emit(aid))
            ],
            "read-only-store": [(self.tr("Try saving now"), self.retry_save)],
        }
        if notice is not None:
            if notice.kind == "invalid-checklist":
                self.read_only = ReadOnlyReason(notice.kind, notice.message)
            self.notice.show_notice(notice.message, notice.level, actions.get(notice.kind))
        self.complete_button.setEnabled(self.read_only is None)
        self._update_header()
        self._show_current()

    # == state ===========================================================================
    def values(self) -> dict[str, str]:
        """Current answers (stored, overlaid with those waiting to be saved)."""
        return self.sheet.values()

    def note_of(self, item_id: str) -> str:
        """The current note of ``item_id`` (waiting text first)."""
        return self.sheet.note_of(item_id)

    def visible_ids(self) -> list[str]:
        """The ids of the questions skip logic shows now."""
        return [i.id for i in self.navigator_model.visible_items()]

    def current_item(self) -> Item | None:
        """The question shown."""
        if self.state is None or self.current_id is None:
            return None
        return self.state.checklist.item(self.current_id)

    def _update_header(self) -> None:
        if self.state is None:
            return
        self.header.show_assessment(self.state.assessment, self.read_only is not None)
        self._update_progress()

    def _update_progress(self) -> None:
        if self.state is not None:
            self.header.show_progress(question_count(self.state.checklist, self.values()))

    def _position(self) -> tuple[int, int]:
        """(1-based position of the question shown among those shown (0: none), count)."""
        ids = self.visible_ids()
        return (ids.index(self.current_id) + 1 if self.current_id in ids else 0), len(ids)

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None or self.state is None:
            return
        count = question_count(self.state.checklist, self.values())
        meta = question_meta(item, count, self.state.checklist.sections)
        is_new, read_only = item.id in self.state.new_items, self.read_only is not None
        value = self.values().get(item.id)
        changed = item.id in self.state.changed_items and value is None
        note = self.note_of(item.id)
        self.card.show_item(item, value, note, meta, is_new, read_only, changed)
        self.guidance_pane.show_item(item)
        self.navigator.show_item(item.id)
        self.nav.update(*self._position())

    # == navigation ======================================================================
    def go_to(self, item_id: str, focus: bool = True) -> bool:
        """Show question ``item_id`` (if skip logic shows it)."""
        if item_id not in self.visible_ids():
            return False
        self.current_id = item_id
        self._show_current()
        if focus:
            self.card.focus_answers()
        self.place.touch()
        return True

    def go_next(self) -> bool:
        """Page Down: the next shown question."""
        return self._step(1)

    def go_previous(self) -> bool:
        """Page Up: the previous shown question."""
        return self._step(-1)

    def _step(self, delta: int) -> bool:
        ids = self.visible_ids()
        if self.current_id in ids:
            n = ids.index(self.current_id) + delta
            if 0 <= n < len(ids):
                return self.go_to(ids[n])
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

    def _place(self) -> tuple[str, str] | None:
        """(assessment id, item id) of the question shown, when it may be remembered."""
        if self.state is None or self.current_id is None or self.read_only is not None:
            return None
        return self.state.assessment.id, self.current_id

    # == answering =======================================================================
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digit keys answer (when the focus is not in a text field)."""
        modified = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if self.state is not None and self.read_only is None and not modified:
            handled, value = self.card.value_for_key(event.key(), event.text())
            if handled:
                self.answer(value)
                event.accept()
                return
        super().keyPressEvent(event)

    def answer(self, value: str | None) -> None:
        """Answer the question shown (None clears the answer; "not applicable" asks for
        the reason first, and saves it as the note)."""
        item = self.current_item()
        if item is None or self.saver is None or self.read_only is not None:
            return
        note = None
        if value == NOT_APPLICABLE:
            note = self.ask_na_reason(item, self.note_of(item.id))
            if note is None:  # cancelled: the answer stays as it was
                self.card.set_value(self.values().get(item.id))
                return
        elif value is not None and not item.accepts(value):
            return
        self.saver.set_value(item.id, value, note)
        if note is not None:
            self.card.set_note(note)
        self.card.set_value(value)
        self._after_change()

    def ask_na_reason(self, item: Item, note: str) -> str | None:
        """Why ``item`` does not apply (None: cancelled). Tests replace this."""
        return ask_na_reason(item, note, self)

    def _on_note_edited(self, text: str) -> None:
        item = self.current_item()
        if item is None or self.saver is None or self.read_only is not None:
            return
        self.saver.set_note(item.id, text)

    def _after_change(self) -> None:
        """Skip logic and progress follow the answers at once (before the save returns)."""
        self.navigator_model.update_answers(self.values())
        self.navigator.show_item(self.current_id or "", scroll=False)
        self._show_meta()
        self.nav.update(*self._position())

    def _show_meta(self) -> None:
        """The header's count and the question's line, after an answer changed them."""
        self._update_progress()
        item = self.current_item()
        if item is not None and self.state is not None:
            count = question_count(self.state.checklist, self.values())
            self.card.meta.setText(question_meta(item, count, self.state.checklist.sections))

    def _on_saved(self, result: SaveResult) -> None:
        if self.state is not None and result.reopened:
            # The core started a new revision of a completed assessment: show it.
            self.reload_header()
            self.notice.show_notice(reopened_message(result.revision), "info")

    def reload_header(self) -> None:
        """Read the header again (status, revision) after a change made elsewhere."""
        if self.state is None:
            return
        aid = self.state.assessment.id
        task = self.service.call(lambda store: store.get(aid), "read the assessment")

        task.succeeded.connect(self._set_assessment)

    def _set_assessment(self, assessment: Assessment) -> None:
        """A newer header of the assessment shown (status, revision)."""
        if self.state is not None and self.state.assessment.id == assessment.id:
            self.state = replace(self.state, assessment=assessment)
            self._update_header()

    # == saving state ======================================================================
    def _on_save_state(self, state: SaveState, message: str) -> None:
        self.header.show_save_state(state, message)
        if state == SaveState.FAILED:
            retry = (self.tr("Retry now"), self.retry_save)
            self.notice.show_notice(not_saved_message(message), "error", [retry])
        elif (
            state == SaveState.SAVED
            and self.notice.isVisible()
            and self.notice.property("kind") == "error"
        ):
            self.notice.show_notice(self.tr("Saved: everything you typed is on disk now."), "info")

    def retry_save(self) -> None:
        """Try to save what is waiting, now."""
        self.sheet.retry()

    def has_unsaved(self) -> bool:
        """True while something typed is not yet committed (here or in an assessment
        left while its answers were still being saved)."""
        return self.sheet.has_unsaved()

    def flush(self) -> None:
        """Write what is waiting now (leaving the runner)."""
        self.sheet.flush()
        self.place.flush()

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
        """Ctrl+Enter: show what stands in the way first (runner_completion.py)."""
        if self.state is None or self.read_only is not None:
            return
        self.flush()
        by = self.saver.by if self.saver else ""
        self.completion.ask(self.state, by, self.go_to, self.make_complete_dialog)

    def make_complete_dialog(self, check: CompletionCheck) -> CompleteDialog:
        """The dialog :meth:`mark_complete` shows (tests replace ``exec``)."""
        return CompleteDialog(check, self)

    def _on_completed(self, result: CompleteResult) -> None:
        if self.state is not None:
            self.state = replace(self.state, assessment=result.assessment)
            self._update_header()
        self.notice.show_notice(completed_message(result), "info")
        self.completed.emit(result.assessment.id)
