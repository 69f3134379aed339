"""What an install, rollback or removal did: ``InstallResult``, for the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.packs.changes import PackChanges
from index import IndexReport


@dataclass
class InstallResult:
    """What an install, rollback or removal did (for the CLI and the UI's report)."""

    pack_id: str
    version: str
    previous_version: str | None
    action: str  # installed, updated, downgraded, reinstalled, unchanged, rolled back, removed
    delta: bool = False
    changes: PackChanges = field(default_factory=PackChanges)
    # PackNotice sentences (plain strings with a code), e.g. a forced downgrade.
    warnings: list[str] = field(default_factory=list)
    index: IndexReport | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: 'core 1.1.0 installed (was 1.0.0): 2 new, 10 updated, 0 removed …'."""
        was = f" (was {self.previous_version})" if self.previous_version else ""
        kind = " from a delta pack" if self.delta else ""
        return f"{self.pack_id} {self.version} {self.action}{kind}{was}: {self.changes.summary()}"

    def as_json(self) -> dict[str, Any]:
        """The result as the CLI prints it with ``--json``."""
        return {
            "id": self.pack_id,
            "version": self.version,
            "previous_version": self.previous_version,
            "action": self.action,
            "delta": self.delta,
            "changes": self.changes.as_json(),
            "warnings": self.warnings,
            "index": None
            if self.index is None
            else {
                "added": self.index.added,
                "updated": self.index.updated,
                "removed": self.index.removed,
                "rebuilt": self.index.rebuilt,
                "reason": self.index.reason,
            },
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }
