"""Saved as you type: a pending buffer of answers and notes, written on the db lane.

Nothing the user typed lives only in a widget: every change goes into :class:`AnswerSaver`'s
pending buffer first. Answer clicks are written at once; notes after a short pause
(``NOTE_DEBOUNCE_MS``, well under the one-second budget). "Saved" is reported only after
the store's commit returned. When a write fails (read-only folder, full disk, a removed
USB stick) the entries stay pending, the state says "Not saved", and the saver retries on
its own with a growing pause, or at once with :meth:`AnswerSaver.retry`.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.actions.assessments import save_answer, save_note
from desktop.core.assessments.errors import StoreError
from desktop.core.assessments.model import SaveResult
from desktop.ui.assessment.service import AssessmentService, describe_error

if TYPE_CHECKING:
    from desktop.core.assessments.store import AssessmentStore

NOTE_DEBOUNCE_MS = 500
RETRY_DELAYS_MS = (2_000, 4_000, 8_000, 15_000, 30_000)


class _Unset(enum.Enum):
    UNSET = "unset"


UNSET = _Unset.UNSET


class SaveState(enum.Enum):
    """What the save indicator shows."""

    IDLE = "idle"  # nothing typed yet in this session
    PENDING = "pending"  # typed, waiting for the pause
    SAVING = "saving"  # the write is running
    SAVED = "saved"  # the last write committed and nothing is waiting
    FAILED = "failed"  # the last write failed; what was typed is kept and retried


@dataclass
class Pending:
    """One item's change not yet committed. ``value`` UNSET: only the note changed;
    ``note`` None: only the value changed."""

    value: str | _Unset | None = UNSET
    note: str | None = None
    generation: int = 0


@dataclass
class SaveBatch:
    """What one db-lane job did: the saved entries, and the error that stopped it."""

    saved: list[tuple[str, int, SaveResult]] = field(default_factory=list)
    error: BaseException | None = None


class AnswerSaver(QObject):
    """The pending buffer of one assessment and its writer (see the module docstring)."""

    stateChanged = Signal(object, str)  # SaveState, message
    saved = Signal(object)  # SaveResult, once per committed entry

    def __init__(
        self,
        service: AssessmentService,
        assessment_id: str,
        by: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.assessment_id = assessment_id
        self.by = by
        self.pending: dict[str, Pending] = {}
        self.state = SaveState.IDLE
        self.message = ""
        self.last_saved_at = ""
        self._generations = itertools.count(1)
        self._in_flight = False
        self._again = False
        self._failures = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.flush)

    # -- changes from the form ---------------------------------------------------------
    def set_value(self, item_id: str, value: str | None, note: str | None = None) -> None:
        """An answer was chosen (None clears it), with its note when given (the reason
        for "not applicable"): written at once, in one save."""
        entry = self.pending.setdefault(item_id, Pending())
        entry.value = value
        if note is not None:
            entry.note = note
        entry.generation = next(self._generations)
        self._set_state(SaveState.PENDING if self.state != SaveState.FAILED else self.state)
        self._schedule(0)

    def set_note(self, item_id: str, note: str) -> None:
        """The evidence note changed: written after a short pause in typing."""
        entry = self.pending.setdefault(item_id, Pending())
        entry.note = note
        entry.generation = next(self._generations)
        if self.state != SaveState.FAILED:
            self._set_state(SaveState.PENDING)
        self._schedule(NOTE_DEBOUNCE_MS)

    def pending_value(self, item_id: str) -> str | _Unset | None:
        """The answer waiting to be saved for ``item_id`` (UNSET when none)."""
        entry = self.pending.get(item_id)
        return entry.value if entry else UNSET

    def pending_note(self, item_id: str) -> str | None:
        """The note waiting to be saved for ``item_id`` (None when none)."""
        entry = self.pending.get(item_id)
        return entry.note if entry else None

    def has_unsaved(self) -> bool:
        """True while anything typed is not yet committed."""
        return bool(self.pending) or self._in_flight

    # -- writing -------------------------------------------------------------------------
    def _schedule(self, delay_ms: int) -> None:
        if self.state == SaveState.FAILED and self._retry.isActive():
            # Waiting to retry: a new change is tried with the next attempt, unless the
            # user pauses (then try now: the cause may be gone).
            self._debounce.start(max(delay_ms, NOTE_DEBOUNCE_MS))
            return
        self._debounce.start(delay_ms)

    def retry(self) -> None:
        """Try to save what is waiting, now."""
        self._retry.stop()
        self.flush()

    def flush(self) -> None:
        """Write everything pending now (one transaction per item, in order)."""
        self._debounce.stop()
        if not self.pending:
            if not self._in_flight and self.state in (SaveState.PENDING, SaveState.SAVING):
                self._set_state(SaveState.SAVED)
            return
        if self._in_flight:
            self._again = True
            return
        self._retry.stop()
        snapshot = {k: Pending(v.value, v.note, v.generation) for k, v in self.pending.items()}
        aid, by = self.assessment_id, self.by

        def write(store: AssessmentStore) -> SaveBatch:
            batch = SaveBatch()
            for item_id, entry in snapshot.items():
                try:
                    if entry.value is not UNSET:
                        result = save_answer(store, aid, item_id, entry.value, entry.note, by)
                    else:
                        result = save_note(store, aid, item_id, entry.note or "", by)
                except Exception as exc:  # reported on the UI thread; nothing is lost
                    batch.error = exc
                    break
                batch.saved.append((item_id, entry.generation, result))
            return batch

        self._in_flight = True
        if self.state != SaveState.FAILED:
            self._set_state(SaveState.SAVING)
        task = self.service.call(write, "save answers", write=True, ids=[aid])
        task.succeeded.connect(self._on_written)
        task.failed.connect(lambda exc: self._on_written(SaveBatch(error=exc)))

    def _on_written(self, batch: SaveBatch) -> None:
        self._in_flight = False
        for item_id, generation, result in batch.saved:
            entry = self.pending.get(item_id)
            if entry is not None and entry.generation == generation:
                del self.pending[item_id]
            self.last_saved_at = result.saved_at
            self.saved.emit(result)
        if batch.error is not None:
            self._failures += 1
            error = batch.error
            retryable = not isinstance(error, StoreError) or error.retryable
            self._set_state(SaveState.FAILED, describe_error(error))
            if retryable:
                delay = RETRY_DELAYS_MS[min(self._failures - 1, len(RETRY_DELAYS_MS) - 1)]
                self._retry.start(delay)
            return
        self._failures = 0
        if self.pending and (self._again or not self._debounce.isActive()):
            self._again = False
            self._set_state(SaveState.PENDING)
            self.flush()
            return
        self._again = False
        self._set_state(SaveState.PENDING if self.pending else SaveState.SAVED)

    def _set_state(self, state: SaveState, message: str = "") -> None:
        if state == self.state and message == self.message:
            return
        self.state = state
        self.message = message
        self.stateChanged.emit(state, message)

    def stop(self) -> None:
        """Stop the timers (the widget closes); call :meth:`flush` first to write."""
        self._debounce.stop()
        self._retry.stop()

    def retry_delay_active(self) -> bool:
        """True while an automatic retry is scheduled."""
        return self._retry.isActive()

    def debug_state(self) -> dict[str, Any]:
        """For tests and logs."""
        return {
            "state": self.state.value,
            "pending": sorted(self.pending),
            "in_flight": self._in_flight,
            "failures": self._failures,
        }


class BackgroundSavers:
    """Savers of assessments the runner left while their answers were still being saved:
    each keeps writing (and retrying) until everything it holds is saved, then goes."""

    def __init__(self) -> None:
        self._savers: list[AnswerSaver] = []

    def adopt(self, saver: AnswerSaver) -> None:
        """Take over ``saver`` (already detached from the page), or release it at once
        when nothing is waiting."""
        if not saver.has_unsaved():
            self._release(saver)
            return
        self._savers.append(saver)
        saver.stateChanged.connect(
            lambda state, _message, sv=saver: (
                self._release(sv) if state == SaveState.SAVED and not sv.has_unsaved() else None
            )
        )

    def has_unsaved(self) -> bool:
        """True while any of them holds something not yet committed."""
        return any(s.has_unsaved() for s in self._savers)

    def _release(self, saver: AnswerSaver) -> None:
        if saver in self._savers:
            self._savers.remove(saver)
        saver.stop()
        saver.deleteLater()
