"""The groups of a workshop: their names, given by the trainer, and how drafts are marked.

Two groups with the same assessors, or of the same institution, must not look alike on
the projector, so the trainer names the groups when the workshop starts ("Table 1",
"Finance team"). The names are kept in the user database's settings (one JSON object,
assessment id → name), read and written on the db lane. A group without a name is
called by its assessors or institution, numbered when two would read the same. A draft
is marked "(draft)" everywhere it appears, and is left out of the comparison until the
trainer ticks it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.assessment.formatting import format_when

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment
    from desktop.ui.assessment.service import AssessmentService
    from desktop.ui.common.tasks import Task

SETTING = "workshop.group-names"
MAX_NAME = 60  # characters: a column header on a projector


def default_names(assessments: Sequence[Assessment]) -> list[str]:
    """Names for groups the trainer has not named: the assessors when every group
    assessed the same institution, else the institution (with the assessors when two
    share one); "Group 3" without either; a name two groups share gets a number."""
    if not assessments:
        return []
    institutions = {a.institution.casefold() for a in assessments}
    names = []
    for n, a in enumerate(assessments, start=1):
        who = ", ".join(a.assessors)
        if len(institutions) == 1:
            names.append(
                who
                or QCoreApplication.translate("AssessmentModels", "Group %1").replace("%1", str(n))
            )
        else:
            names.append(a.institution + (f" ({who})" if who else ""))
    seen: dict[str, int] = {}
    for name in names:
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    numbered: dict[str, int] = {}
    unique = []
    for name in names:
        if seen[name.casefold()] > 1:
            numbered[name.casefold()] = numbered.get(name.casefold(), 0) + 1
            name = (
                QCoreApplication.translate("AssessmentModels", "%1 · %2")
                .replace("%1", name)
                .replace("%2", str(numbered[name.casefold()]))
            )
        unique.append(name)
    return unique


def mark_draft(name: str, assessment: Assessment) -> str:
    """``name``, with "(draft)" when the assessment is not complete."""
    return (
        name
        if assessment.is_complete
        else QCoreApplication.translate("AssessmentModels", "%1 (draft)").replace("%1", name)
    )


def read_names(db: object) -> dict[str, str]:
    """The names the trainer gave (db lane); a damaged setting reads as none."""
    from desktop.core.storage import reading

    try:
        data = json.loads(reading.get_setting(db, SETTING, "{}"))  # type: ignore[arg-type]
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v)[:MAX_NAME] for k, v in data.items() if str(v).strip()}


class GroupNames(QObject):
    """The trainer's names of the groups (assessment id → name), kept in the settings."""

    changed = Signal()

    def __init__(self, service: AssessmentService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.names: dict[str, str] = {}
        self.loaded = False

    def load(self) -> Task:
        """Read the names (db lane); ``changed`` when they are in."""
        task = self.service.call(lambda store: read_names(store.db), "read group names")
        task.succeeded.connect(self._on_read)
        task.failed.connect(lambda _exc: self._on_read({}))
        return task

    def _on_read(self, names: dict[str, str]) -> None:
        self.names = dict(names)
        self.loaded = True
        self.changed.emit()

    def plain_names(self, assessments: Sequence[Assessment]) -> list[str]:
        """What each group is called: the trainer's name, else its default name."""
        defaults = default_names(assessments)
        return [
            self.names.get(a.id) or default
            for a, default in zip(assessments, defaults, strict=True)
        ]

    def names_for(self, assessments: Sequence[Assessment]) -> list[str]:
        """What each group is called, a draft marked "(draft)"."""
        plain = self.plain_names(assessments)
        return [mark_draft(name, a) for a, name in zip(assessments, plain, strict=True)]

    def unnamed(self, assessments: Sequence[Assessment]) -> list[Assessment]:
        """The groups the trainer has not named yet."""
        return [a for a in assessments if not self.names.get(a.id)]

    def rename(self, names: Mapping[str, str]) -> Task:
        """Keep ``names`` (assessment id → name; an empty name forgets it). The names
        change on screen at once; the task writes them."""
        for aid, name in names.items():
            cleaned = " ".join(name.split())[:MAX_NAME]
            if cleaned:
                self.names[aid] = cleaned
            else:
                self.names.pop(aid, None)
        self.changed.emit()
        payload = json.dumps(self.names, ensure_ascii=False, sort_keys=True)

        def job(store: object) -> None:
            from desktop.core.storage import reading

            reading.set_setting(store.db, SETTING, payload)  # type: ignore[attr-defined]

        return self.service.call(job, "name the groups")


class NameGroupsDialog(QDialog):
    """ "Name the groups": one field per group, filled with its current name."""

    def __init__(
        self,
        assessments: Sequence[Assessment],
        current: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nameGroupsDialog")
        self.setWindowTitle(self.tr("Name the groups"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give each group a name the room will recognise, such as its table or its "
                "team. The names are shown in the workshop view and when presenting."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        form_widget = QWidget(scroll)
        form = QFormLayout(form_widget)
        self.fields: dict[str, QLineEdit] = {}
        for a, name in zip(assessments, current, strict=True):
            field = QLineEdit(name, form_widget)
            field.setMaxLength(MAX_NAME)
            who = ", ".join(a.assessors) or QCoreApplication.translate(
                "AssessmentModels", "no assessors named"
            )
            detail = (
                self.tr("%1 — %2, started %3")
                .replace("%1", a.institution)
                .replace("%2", who)
                .replace("%3", format_when(a.created))
            )
            field.setAccessibleName(self.tr("Name of the group: %1").replace("%1", detail))
            field.setToolTip(detail)
            label = QLabel(detail, form_widget)
            label.setWordWrap(True)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields[a.id] = field
        scroll.setWidget(form_widget)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.fields:
            first = next(iter(self.fields.values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()

    def names(self) -> dict[str, str]:
        """Assessment id → the name typed."""
        return {aid: field.text() for aid, field in self.fields.items()}
