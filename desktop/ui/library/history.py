"""The reader's back/forward list of places (document, heading, scroll position)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class HistoryEntry:
    """A place in the reader: a document, a heading, a scroll position."""

    doc_id: str
    anchor: str = ""
    scroll: int | None = None


class History:
    """Back/forward list of places."""

    def __init__(self) -> None:
        self.entries: list[HistoryEntry] = []
        self.position = -1

    @property
    def current(self) -> HistoryEntry | None:
        """Where the reader is."""
        return self.entries[self.position] if 0 <= self.position < len(self.entries) else None

    def push(self, entry: HistoryEntry) -> None:
        """Go somewhere new: forward entries are dropped."""
        del self.entries[self.position + 1 :]
        self.entries.append(entry)
        self.position = len(self.entries) - 1

    def can_go_back(self) -> bool:
        """True when there is an earlier place."""
        return self.position > 0

    def can_go_forward(self) -> bool:
        """True when there is a later place."""
        return self.position < len(self.entries) - 1

    def back(self) -> HistoryEntry | None:
        """Step back; returns the new current entry."""
        if not self.can_go_back():
            return None
        self.position -= 1
        return self.current

    def forward(self) -> HistoryEntry | None:
        """Step forward; returns the new current entry."""
        if not self.can_go_forward():
            return None
        self.position += 1
        return self.current
