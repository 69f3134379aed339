"""The workshop view's header: the title, the checklist chooser, "Name the groups…",
Present and Close; presenting, the table/chart switch, the pages of groups and "Stop
presenting (Esc)" instead. The buttons go under the title when both do not fit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.checklist_titles import checklist_title
from desktop.ui.assessment.widgets import page_title
from desktop.ui.common.responsive import WrappingHeader

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment


class WorkshopHeader(QFrame):
    """See the module docstring; the page connects the buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("runnerHeader")  # styled as every page's header band
        hl = QVBoxLayout(self)
        hl.setContentsMargins(18, 12, 18, 10)
        self.title = page_title(self.tr("Workshop view"), self)
        self.row = WrappingHeader(self.title, self)
        hl.addWidget(self.row)
        chooser = QWidget(self)
        cl = QHBoxLayout(chooser)
        cl.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Chec&klist:"), chooser)
        self.checklist = QComboBox(chooser)
        self.checklist.setObjectName("workshopChecklist")
        self.checklist.setAccessibleName(self.tr("Checklist of the workshop"))
        self.checklist.setMinimumContentsLength(24)
        self.checklist.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        label.setBuddy(self.checklist)
        cl.addWidget(label)
        cl.addWidget(self.checklist)
        self.chooser = self.row.add(chooser)
        self.name_button = self._button(
            self.tr("&Name the groups…"), self.tr("Name the groups of the workshop")
        )
        self.page_label = QLabel(self)
        self.page_label.setObjectName("workshopPageLabel")
        self.page_label.setAccessibleName(self.tr("Groups shown"))
        self.row.add(self.page_label)
        self.previous_button = self._button(
            self.tr("◀ Previous groups"), self.tr("Previous groups (Page Up)")
        )
        self.next_button = self._button(
            self.tr("Next groups ▶"), self.tr("Next groups (Page Down)")
        )
        self.swap_button = self._button(
            self.tr("Show the c&hart"), self.tr("Switch between the table and the chart")
        )
        self.swap_button.setToolTip(self.tr("Switch between the table and the chart (Ctrl+T)"))
        self.present_button = self._button(
            self.tr("&Present"), self.tr("Presentation mode, full screen, large text")
        )
        self.present_button.setCheckable(True)
        self.present_button.setToolTip(self.tr("Full screen, large text for a projector (F11)"))
        self.close_button = self._button(
            self.tr("&Close"), self.tr("Back to the list of assessments")
        )

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        self.row.add(button)
        return button

    def set_checklists(self, assessments: Sequence[Assessment], chosen: str | None) -> bool:
        """Offer the checklists of ``assessments`` (most assessed first), choose ``chosen``
        (else the first); False when there is none."""
        counts: dict[str, list[Assessment]] = {}
        for a in assessments:
            counts.setdefault(a.checklist_id, []).append(a)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for cid, rows in sorted(counts.items(), key=lambda kv: -len(kv[1])):
            self.checklist.addItem(
                self.tr("%1 (%n assessments)", "", len(rows)).replace(
                    "%1", checklist_title(rows[0])
                ),
                cid,
            )
        index = self.checklist.findData(chosen) if chosen else 0
        self.checklist.setCurrentIndex(max(0, index))
        self.checklist.blockSignals(False)
        return bool(counts)

    def set_presenting(self, on: bool) -> None:
        """Presenting: the title is the checklist's; the choosing gives way to the table
        and chart switch and the pages."""
        if on:
            title = self.checklist.currentText().rsplit(" (", 1)[0]
            self.title.setText(title or self.tr("Workshop view"))
        else:
            self.title.setText(self.tr("Workshop view"))
        self.chooser.setVisible(not on)
        self.name_button.setVisible(not on)
        self.close_button.setVisible(not on)
        self.swap_button.setVisible(on)
        self.present_button.setText(self.tr("Stop presenting (Esc)") if on else self.tr("&Present"))

    def show_page(self, first: int, shown: int, total: int, presenting: bool) -> None:
        """ "Groups 1–3 of 5" with the page buttons, when the groups do not all fit."""
        paged = presenting and 0 < shown < total
        self.page_label.setVisible(paged)
        self.previous_button.setVisible(paged)
        self.next_button.setVisible(paged)
        if not paged:
            return
        self.page_label.setText(
            self.tr("Groups %1–%2 of %3")
            .replace("%1", str(first + 1))
            .replace("%2", str(first + shown))
            .replace("%3", str(total))
        )
        self.previous_button.setEnabled(first > 0)
        self.next_button.setEnabled(first + shown < total)
