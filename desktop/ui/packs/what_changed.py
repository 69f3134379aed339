"""The "What changed" dialog after an install, rollback or removal.

It lists new, updated and removed documents (``ChangesModel``), says for each changed
checklist what that means for open drafts, and shows the notes, warnings and failures of
the install; "Open document" shows a new or updated document in the reader.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.packs.changes_model import DOC_ID_ROLE, ChangesModel
from desktop.ui.packs.messages import app_message, counts_sentence, result_sentence
from desktop.ui.packs.widgets import dialog_title

if TYPE_CHECKING:
    from desktop.core.packs.changes import ChecklistChange
    from desktop.core.packs.result import InstallResult


class WhatChangedDialog(QDialog):
    """What an install (or rollback, or removal) changed; "Open" shows a new document."""

    documentRequested = Signal(str)

    def __init__(
        self,
        results: list[InstallResult],
        notes: list[str] | None = None,
        errors: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatChangedDialog")
        self.setWindowTitle(self.tr("What changed"))
        self.setAccessibleName(self.tr("What changed in the library"))
        self.setMinimumSize(620, 460)
        self.results = list(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(dialog_title(self.tr("What changed"), self))
        layout.addWidget(self._build_summary())
        layout.addWidget(self._build_view(), 3)
        checklists = [c for r in self.results for c in r.changes.checklists]
        self.checklist_labels: list[QLabel] = []
        if checklists:
            self._add_checklists(layout, checklists)
        layout.addWidget(self._build_remarks(notes or [], errors or []))
        layout.addWidget(self._build_buttons())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.resize(720, 560 if checklists else 480)

    def _build_summary(self) -> QLabel:
        sentences = [result_sentence(r) for r in self.results]
        if self.results:
            sentences.append(counts_sentence(self.results))
        self.summary = QLabel(" ".join(sentences) or self.tr("Nothing was installed."), self)
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.summary

    def _build_view(self) -> QTreeView:
        self.model = ChangesModel(self)
        self.model.set_results(self.results)
        self.view = QTreeView(self)
        self.view.setObjectName("changesView")
        self.view.setAccessibleName(self.tr("Documents added, updated and removed"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.view.activated.connect(self._open_index)
        self.view.doubleClicked.connect(self._open_index)
        self.view.setVisible(self.model.total() > 0)
        return self.view

    def _add_checklists(self, layout: QVBoxLayout, checklists: list[ChecklistChange]) -> None:
        heading = QLabel(self.tr("Checklists: what this means for open drafts"), self)
        heading.setObjectName("sectionTitle")
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        box = QFrame(self)
        box.setObjectName("checklistChanges")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(8)
        for change in checklists:
            label = QLabel(self._checklist_text(change), box)
            label.setObjectName("checklistNote")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(change.title)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(label)
            self.checklist_labels.append(label)
        if len(checklists) <= 3:
            layout.addWidget(box)
        else:  # many: scroll, so the documents keep their room
            inner.addStretch(1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(box)
            scroll.setMaximumHeight(220)
            layout.addWidget(scroll, 1)

    def _build_remarks(self, notes: list[str], errors: list[str]) -> QLabel:
        remarks = [app_message(n) for n in notes]
        remarks += [app_message(w) for r in self.results for w in r.warnings]
        problems = [app_message(e) for e in errors]
        self.remarks_label = QLabel(self)
        self.remarks_label.setObjectName("changesRemarks")
        self.remarks_label.setWordWrap(True)
        self.remarks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remarks_label.setAccessibleName(self.tr("Notes"))
        lines = [self.tr("Not installed: %1").replace("%1", p) for p in problems] + remarks
        self.remarks_label.setText("\n".join(lines))
        self.remarks_label.setVisible(bool(lines))
        return self.remarks_label

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open document"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected document"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.open_button.setVisible(self.model.total() > 0)
        return buttons

    def _checklist_text(self, change: ChecklistChange) -> str:
        if change.removed_checklist:
            versions = self.tr("removed")
        elif change.old_version and change.old_version != change.new_version:
            versions = (
                self.tr("version %1 → %2")
                .replace("%1", change.old_version)
                .replace("%2", change.new_version)
            )
        else:
            versions = self.tr("version %1").replace("%1", change.new_version or "—")
        details = []
        for ids, label in (
            (change.added_items, self.tr("new")),
            (change.changed_items, self.tr("changed")),
            (change.removed_items, self.tr("removed")),
        ):
            if ids:
                details.append(f"{label}: {html.escape(', '.join(ids))}")
        extra = f"<br><small>{'; '.join(details)}</small>" if details else ""
        return (
            f"<b>{html.escape(change.title)}</b> ({html.escape(versions)})<br>"
            f"{html.escape(change.note())}{extra}"
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(bool(current.siblingAtColumn(0).data(DOC_ID_ROLE)))

    def _open_index(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(0).data(DOC_ID_ROLE) if index.isValid() else None
        if doc_id:
            self.documentRequested.emit(str(doc_id))
            self.accept()
