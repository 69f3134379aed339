"""Move a draft to a newer version of its checklist: show the plan, then apply it.

Nothing is dropped silently: answers are carried by question id; answers of questions the
new version removed are listed (kept, no longer scored); answers the new scale does not
accept, and answers to questions whose wording, scale or unit changed under the same id, are
listed (the value is cleared, the note stays, the runner flags them to answer again); new
questions are listed and then flagged in the runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.widgets import heading

if TYPE_CHECKING:
    from desktop.core.assessments.model import MigrationPlan
    from desktop.core.library.checklists import Checklist


class MigrationDialog(QDialog):
    """The plan of a move to ``checklist``; accepted means "move"."""

    def __init__(
        self, plan: MigrationPlan, checklist: Checklist, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("migrationDialog")
        self.setWindowTitle(self.tr("Move to checklist version %1").replace("%1", plan.to_version))
        self.setAccessibleName(self.windowTitle())
        self.plan = plan
        layout = QVBoxLayout(self)
        summary = self.tr(
            "Moving this draft from version %1 to version %2 carries %3 answers over by "
            "question. Nothing is deleted: the history keeps every earlier value."
        )
        summary = (
            summary.replace("%1", plan.from_version)
            .replace("%2", plan.to_version)
            .replace("%3", str(len(plan.carried)))
        )
        label = QLabel(summary, self)
        label.setWordWrap(True)
        label.setAccessibleName(summary)
        layout.addWidget(label)
        asks = {i.id: i.ask for i in checklist.items}
        self.removed_list = self._section(
            layout,
            self.tr(
                "Questions removed in version %1 (answers kept and listed, no longer scored)"
            ).replace("%1", plan.to_version),
            [
                f"{a.item_id}: {a.value or '—'}" + (f" — {a.note}" if a.note else "")
                for a in plan.removed
            ],
            "removedItems",
        )
        self.invalid_list = self._section(
            layout,
            self.tr("Answers the new scale does not accept (value cleared, note kept)"),
            [f"{a.item_id}: {a.value}" for a in plan.invalidated],
            "invalidatedItems",
        )
        self.changed_list = self._section(
            layout,
            self.tr(
                "Questions changed under the same id (value cleared to answer again, note kept)"
            ),
            [f"{a.item_id}: {a.value or '—'} → {asks.get(a.item_id, '')}" for a in plan.changed],
            "changedItems",
        )
        self.added_list = self._section(
            layout,
            self.tr("New questions (flagged “new” in the runner)"),
            [f"{item_id}: {asks.get(item_id, '')}" for item_id in plan.added],
            "addedItems",
        )
        buttons = QDialogButtonBox(self)
        self.move_button = buttons.addButton(
            self.tr("&Move to version %1").replace("%1", plan.to_version),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.move_button.setObjectName("moveButton")
        self.move_button.setDefault(True)
        not_now = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        not_now.setAccessibleName(self.tr("Keep the current version"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _section(self, layout: QVBoxLayout, title: str, lines: list[str], name: str) -> QListWidget:
        layout.addWidget(heading(f"{title}: {len(lines)}", self))
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setAccessibleName(title)
        widget.addItems(lines or [self.tr("(none)")])
        widget.setMaximumHeight(120 if lines else 34)
        layout.addWidget(widget)
        return widget
