"""The answers the runner shows: the stored ones, overlaid with those waiting to be saved.

:class:`AnswerSheet` owns the :class:`~desktop.ui.assessment.saver.AnswerSaver` of the
assessment shown, and keeps the savers of assessments left while still saving writing in
the background (:class:`~desktop.ui.assessment.saver.BackgroundSavers`), so nothing
typed is lost by moving on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.assessment.saver import UNSET, AnswerSaver, BackgroundSavers, SaveState

if TYPE_CHECKING:
    from desktop.core.assessments.model import AssessmentState, SaveResult
    from desktop.ui.assessment.service import AssessmentService

# How often to look again while waiting for answers still being written.
WAIT_MS = 50


class AnswerSheet(QObject):
    """Stored answers (item → (value, note)) and the saver of the assessment shown."""

    stateChanged = Signal(object, str)  # SaveState, message: the saver's
    saved = Signal(object)  # SaveResult, once per committed entry

    def __init__(self, service: AssessmentService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.stored: dict[str, tuple[str | None, str]] = {}
        self.saver: AnswerSaver | None = None
        self._background = BackgroundSavers()

    def start(self, state: AssessmentState) -> AnswerSaver:
        """Show ``state``'s answers; a new saver writes changes as its first assessor."""
        a = state.assessment
        self.stored = {k: (v.value, v.note) for k, v in state.answers.items()}
        by = a.assessors[0] if a.assessors else ""
        self.saver = AnswerSaver(self.service, a.id, by, self.parent())
        self.saver.stateChanged.connect(self.stateChanged)
        self.saver.saved.connect(self._on_saved)
        return self.saver

    def leave(self) -> None:
        """Stop showing the assessment (after :meth:`flush`): its saver writes what is
        waiting, detached (it keeps retrying in the background until everything is
        saved)."""
        saver, self.saver = self.saver, None
        if saver is None:
            return
        saver.stateChanged.disconnect(self.stateChanged)
        saver.saved.disconnect(self._on_saved)
        self._background.adopt(saver)

    def _on_saved(self, result: SaveResult) -> None:
        self.stored[result.item_id] = (result.value, result.note)
        self.saved.emit(result)

    # -- what the runner shows
    def values(self) -> dict[str, str]:
        """Current answers (stored, overlaid with those waiting to be saved)."""
        values = {k: v for k, (v, _n) in self.stored.items() if v is not None}
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
        return self.stored.get(item_id, (None, ""))[1]

    # -- saving
    def flush(self) -> None:
        """Write what is waiting now."""
        if self.saver is not None:
            self.saver.flush()

    def retry(self) -> None:
        """Try to save what is waiting, now."""
        if self.saver is not None:
            self.saver.retry()

    def has_unsaved(self) -> bool:
        """True while something typed is not yet committed (here or in an assessment
        left while its answers were still being saved)."""
        mine = self.saver is not None and self.saver.has_unsaved()
        return mine or self._background.has_unsaved()

    def when_saved(self, then: Callable[[], object], failed: Callable[[str], object]) -> None:
        """Call ``then`` once everything typed here is committed, or ``failed`` with the
        reason when saving it has failed (the saver keeps retrying meanwhile)."""
        saver = self.saver
        if saver is not None and saver.has_unsaved():
            if saver.state == SaveState.FAILED:
                failed(saver.message)
                return
            QTimer.singleShot(WAIT_MS, lambda: self.when_saved(then, failed))
            return
        then()
