"""One progress bar over the stages of an install, and cancelling until the switch.

The UI calls an install from a worker thread with ``progress(done, total)`` and
``stage(text)`` callbacks; returning False from ``progress`` cancels, which is possible
until the switch (after it the install completes: cancelling then is too late to matter).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.packs.errors import PackCancelled

ProgressFn = Callable[[int, int], bool | None]
StageFn = Callable[[str], None]

# Share of the overall progress bar per stage (start, end) in thousandths.
STAGES = {
    "copy": (0, 50, "Copying the pack"),
    "verify": (50, 350, "Checking the signature and every file"),
    "extract": (350, 600, "Unpacking"),
    "prepare": (600, 700, "Comparing with the installed version"),
    "index": (700, 1000, "Updating the search index"),
}


class StageProgress:
    """Maps each stage's own (done, total) onto one 0..1000 bar; False from the caller
    cancels while cancelling is still possible (before the switch)."""

    def __init__(self, progress: ProgressFn | None, stage: StageFn | None) -> None:
        self._progress = progress
        self._stage = stage
        self._span = (0, 0)
        self.cancellable = True
        self.cancel_requested = False

    def stage(self, name: str) -> None:
        """Start the stage ``name`` (one of ``STAGES``) and tell the caller its text."""
        start, end, text = STAGES[name]
        self._span = (start, end)
        if self._stage is not None:
            self._stage(text)
        self(0, 1)

    def __call__(self, done: int, total: int) -> bool:
        if self._progress is None:
            return True
        start, end = self._span
        overall = start + (end - start) * min(done, total) // max(total, 1)
        if self._progress(overall, 1000) is False:
            self.cancel_requested = True
            if self.cancellable:
                raise PackCancelled()
            return False
        return True
