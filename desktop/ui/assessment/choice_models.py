"""The start dialog's choices: the library's checklists, and the countries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QObject, Qt

from desktop.ui.assessment.roles import CODE_ROLE, DISPLAY, ROOT, ModelIndex

if TYPE_CHECKING:
    from desktop.core.assessments.model import ChecklistInfo
    from desktop.core.library.countries import Country


class ChecklistModel(QAbstractListModel):
    """The library's checklists; ones that fail validation are listed but not selectable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._infos: list[ChecklistInfo] = []

    def set_checklists(self, infos: Sequence[ChecklistInfo]) -> None:
        """Replace the list (startable ones first)."""
        self.beginResetModel()
        self._infos = sorted(infos, key=lambda c: (not c.startable, c.title.casefold()))
        self.endResetModel()

    def info(self, row: int) -> ChecklistInfo | None:
        """The checklist at ``row``."""
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._infos)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return Qt.ItemFlag.NoItemFlags
        if not info.startable:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == DISPLAY:
            if not info.startable:
                return QCoreApplication.translate(
                    "AssessmentModels", "%1 — fails validation, cannot be started"
                ).replace("%1", info.title)
            return (
                QCoreApplication.translate("AssessmentModels", "%1 (version %2, %3 questions)")
                .replace("%1", info.title)
                .replace("%2", info.version)
                .replace("%3", str(info.items))
            )
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(info.problems) if info.problems else info.path
        return None


class CountryModel(QAbstractListModel):
    """Countries as 'Name (CC)' for the country picker's completer."""

    def __init__(self, countries: Sequence[Country], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countries = list(countries)

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._countries)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._countries):
            return None
        country = self._countries[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            return f"{country.name} ({country.code})"
        if role == CODE_ROLE:
            return country.code
        return None
