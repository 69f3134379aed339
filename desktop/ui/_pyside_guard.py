"""Guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

PySide6 6.12.0 returns ``None`` from every void method (``QWidget.update()``,
``QLabel.setText()``, ``QCoreApplication.processEvents()`` …) and ``True`` from
``Signal.emit()`` without taking a new reference. CPython 3.12 made these singletons
immortal (PEP 683), so the bug is invisible there; on 3.11 each call removes one
reference, and after a few hundred signals or some ten thousand void calls the
interpreter aborts with "Fatal Python error: bool_dealloc / none_dealloc".

The guard gives the three singletons a reference count no program can exhaust, which is
what PEP 683 does on 3.12. It changes nothing else, and does nothing on 3.12+, on other
Python implementations, or when the bug is absent. The proper fix is a PySide6 release
without the bug (6.11.3 is fine) — see ``needed()``.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: at a billion lost references a second this lasts over ten minutes of
# pure loss; real apps lose at most a few thousand a second.
_HEADROOM = 1 << 40
_applied = False


def needed() -> bool:
    """True on CPython before 3.12 (where None/True/False are mortal)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def apply() -> bool:
    """Make None, True and False effectively immortal on CPython < 3.12; True if done."""
    global _applied
    if _applied or not needed():
        return _applied
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _HEADROOM
    _applied = True
    return True
