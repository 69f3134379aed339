"""Mixed-direction text: Unicode isolates around embedded pieces, and arrows that point
the way the reader reads.

An id such as ETH-1, a number, an English name or a file path inside an Arabic sentence
must keep its own order and must not pull the punctuation around it to the wrong side:
wrapping it in FSI … PDI (first strong isolate; LRI … PDI for runs known to be
left-to-right) isolates it from the surrounding text without changing it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

FSI = "\u2068"  # first strong isolate: the piece's own first letter decides
LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate
ISOLATES = (FSI, LRI, "\u2067", PDI)


def isolate(text: str, ltr: bool = False) -> str:
    """``text`` as one isolated run (unchanged when empty)."""
    if not text:
        return text
    return f"{LRI if ltr else FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (for comparisons and plain-text copies)."""
    return text.translate({ord(c): None for c in ISOLATES})


def right_to_left() -> bool:
    """True when the interface is laid out right to left."""
    app = QCoreApplication.instance()
    direction = app.layoutDirection() if hasattr(app, "layoutDirection") else None
    if direction is None:
        direction = QLocale().textDirection()
    return direction == Qt.LayoutDirection.RightToLeft


def arrow(forward: bool) -> str:
    """The arrow for going forward (Next, Forward) or back (Previous, Back): it points
    the way the text runs, so right to left it is mirrored."""
    return "→" if forward != right_to_left() else "←"
