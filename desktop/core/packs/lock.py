"""One install at a time: an OS file lock on ``<data>/packs/.lock``.

The operating system drops the lock when its process dies (even on SIGKILL or a power
cut), so a crashed install never blocks the next one, and the start-up clean-up can tell
"an install is running right now" (leave its files alone) from "an install was interrupted"
(remove its leftovers).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from desktop.core.packs.errors import PackError

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class PacksLock:
    """Exclusive, non-blocking lock on a packs folder; use as a context manager."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / ".lock"
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; False when another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if _try_lock(fd):
            self._fd = fd
            return True
        os.close(fd)
        return False

    def release(self) -> None:
        """Give the lock back (safe to call when not held)."""
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> PacksLock:
        if not self.try_acquire():
            raise PackError(
                "another pack install, rollback or removal is running in this data folder; "
                "wait for it to finish and try again",
                code="pack.busy",
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
