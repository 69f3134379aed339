"""The packs table of File → Content packs…: plain ``PackRow`` rows and their Qt model.

Rows are read on the work lane (``pack_rows``, from the use case ``actions.packs.
list_packs``); the model only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.ui.common.locale_format import date_text
from desktop.ui.common.row_table_model import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_MUTED = QColor("#6b7682")
PACK_ID_ROLE = Qt.ItemDataRole.UserRole + 70


def _t(text: str) -> str:
    return QCoreApplication.translate("PacksDialog", text)


@dataclass(frozen=True)
class PackRow:
    """One line of the packs table: the bundled library or an installed pack."""

    id: str
    title: str
    version: str
    documents: int | None
    previous_version: str | None
    source: str  # "bundled" or "installed"
    active: bool
    installed: str = ""  # when it was installed (ISO time)

    @property
    def removable(self) -> bool:
        """Installed packs can be removed; the bundled library cannot."""
        return self.source == "installed"

    @property
    def can_roll_back(self) -> bool:
        """An installed pack with a previous version kept."""
        return self.source == "installed" and bool(self.previous_version)


def pack_rows(data: Path, bundled: Path | None, counts: dict[str, int]) -> list[PackRow]:
    """The bundled library and every installed pack (``counts``: documents per pack id in
    the loaded library, for the bundled one)."""
    from desktop.core.actions.packs import list_packs

    rows = []
    for entry in list_packs(data, bundled):
        pack = entry.installed
        if pack is None:
            documents = counts.get(entry.id) if entry.active else None
            rows.append(
                PackRow(entry.id, "", entry.version, documents, None, "bundled", entry.active)
            )
            continue
        documents = pack.meta.get("documents")
        rows.append(
            PackRow(
                pack.id,
                pack.title,
                pack.version,
                documents if isinstance(documents, int) else None,
                pack.previous_version,
                "installed",
                entry.active,
                str(pack.meta.get("installed") or ""),
            )
        )
    return rows


class PacksModel(RowTableModel):
    """The packs table."""

    COLUMNS = ("id", "title", "version", "documents", "previous", "source")

    def row_of(self, pack_id: str, source: str = "installed") -> int:
        """The row number of a pack (-1 when it is not shown)."""
        for n, row in enumerate(self._rows):
            if row.id == pack_id and row.source == source:
                return n
        return -1

    def header(self, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            centred = column == "documents"
            side = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != _DISPLAY:
            return None
        return {
            "id": QCoreApplication.translate("PacksDialog", "Pack"),
            "title": QCoreApplication.translate("PacksDialog", "Title"),
            "version": QCoreApplication.translate("PacksDialog", "Version"),
            "documents": QCoreApplication.translate("PacksDialog", "Documents"),
            "previous": QCoreApplication.translate("PacksDialog", "Previous version"),
            "source": QCoreApplication.translate("PacksDialog", "Where from"),
        }[column]

    def cell(self, row: PackRow, column: str, role: int) -> Any:
        if role == PACK_ID_ROLE:
            return row.id
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "documents":
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole and not row.active:
            return QCoreApplication.translate(
                "PacksDialog", "Not in use: an installed core pack replaces the bundled library."
            )
        return None

    @staticmethod
    def _text(row: PackRow, column: str) -> str:
        if column == "id":
            return row.id
        if column == "title":
            if row.source == "bundled":
                return QCoreApplication.translate("PacksDialog", "Library bundled with Accord")
            return row.title or "—"
        if column == "version":
            return row.version or "—"
        if column == "documents":
            return "—" if row.documents is None else str(row.documents)
        if column == "previous":
            return row.previous_version or "—"
        if row.source == "bundled":
            return (
                QCoreApplication.translate("PacksDialog", "Bundled")
                if row.active
                else QCoreApplication.translate("PacksDialog", "Bundled (replaced)")
            )
        return (
            QCoreApplication.translate("PacksDialog", "Installed %1").replace(
                "%1", date_text(row.installed)
            )
            if row.installed
            else QCoreApplication.translate("PacksDialog", "Installed")
        )
