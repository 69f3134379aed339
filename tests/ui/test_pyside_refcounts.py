"""PySide6 6.12.0 dropped a reference to None on every void call on CPython 3.11 and
crashed the app after a few minutes; pyproject pins it out. This catches a regression
in whatever PySide6 is installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_singleton_refcounts(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(500):
        label.setText("x")
        emitter.fired.emit()
    after = (sys.getrefcount(None), sys.getrefcount(True))
    # Small drift from unrelated allocations is fine; a leak would be about -500.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
