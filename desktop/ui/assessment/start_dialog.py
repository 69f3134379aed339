"""Start an assessment: checklist, institution, country (searchable), assessors.

A checklist that fails validation is listed but cannot be chosen; its problems are shown.
The dialog stays open until the store created the assessment, so a failure (a read-only
data folder, say) is shown in the dialog and nothing typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actions.assessments import start_assessment
from desktop.core.library.countries import all_countries, find_countries, get_country
from desktop.ui.assessment.choice_models import ChecklistModel, CountryModel
from desktop.ui.assessment.roles import CODE_ROLE
from desktop.ui.assessment.service import AssessmentService, describe_error
from desktop.ui.translations.language import current_language
from desktop.ui.translations.menu import LanguageBox

if TYPE_CHECKING:
    from desktop.core.assessments.model import Assessment, ChecklistInfo
    from desktop.core.assessments.store import AssessmentStore
    from desktop.core.library.documents import Library

_CODE_IN_PARENS = re.compile(r"\(([A-Za-z]{2})\)\s*$")


def country_code(text: str) -> str | None:
    """The alpha-2 code meant by ``text``: 'Kenya (KE)', 'KE', 'ke' or a unique name."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _CODE_IN_PARENS.search(cleaned)
    if match and get_country(match.group(1)):
        return match.group(1).upper()
    if len(cleaned) == 2 and get_country(cleaned):
        return cleaned.upper()
    matches = find_countries(cleaned, limit=5)
    exact = [c for c in matches if c.name.casefold() == cleaned.casefold()]
    if exact:
        return exact[0].code
    if len(matches) == 1:
        return matches[0].code
    return None


def split_names(text: str) -> list[str]:
    """Assessor names typed as 'A. Otieno, B. Wanjiru; C. Mwangi'."""
    return [n.strip() for n in re.split(r"[,;\n]", text) if n.strip()]


class StartDialog(QDialog):
    """Start a new assessment; emits ``created`` with the new Assessment."""

    created = Signal(object)

    def __init__(
        self,
        service: AssessmentService,
        library: Library | None,
        checklists: Sequence[ChecklistInfo],
        parent: QWidget | None = None,
        preselect: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Start a self-assessment"))
        self.setAccessibleName(self.tr("Start a self-assessment"))
        self.service = service
        self.library = library
        self.assessment: Assessment | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Answer a checklist for one institution. Answers are saved as you type; you "
                "can stop at any time and continue later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form(checklists))

        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self._build_buttons())
        self._show_problems(checklists)
        first = self._row_of(preselect) if preselect else 0
        self.checklist.setCurrentIndex(first)
        self._on_checklist_changed(first)
        self.resize(620, 380)

    def _build_form(self, checklists: Sequence[ChecklistInfo]) -> QFormLayout:
        """Checklist (with the problems of those that cannot start), institution,
        country (searchable) and assessors."""
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.checklist_model = ChecklistModel(self)
        self.checklist_model.set_checklists(checklists)
        self.checklist = QComboBox(self)
        self.checklist.setObjectName("checklistChoice")
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.checklist.setModel(self.checklist_model)
        self.checklist.currentIndexChanged.connect(self._on_checklist_changed)
        form.addRow(self.tr("&Checklist:"), self.checklist)
        self.checklist_problem = QLabel(self)
        self.checklist_problem.setObjectName("checklistProblem")
        self.checklist_problem.setWordWrap(True)
        self.checklist_problem.setAccessibleName(self.tr("Checklists that cannot be started"))
        self.checklist_problem.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.checklist_problem)

        self.institution = QLineEdit(self)
        self.institution.setObjectName("institution")
        self.institution.setAccessibleName(self.tr("Institution"))
        self.institution.setPlaceholderText(
            self.tr("e.g. Ministry of Information and Communications")
        )
        form.addRow(self.tr("&Institution:"), self.institution)
        self._add_country(form)

        self.assessors = QLineEdit(self)
        self.assessors.setObjectName("assessors")
        self.assessors.setAccessibleName(self.tr("Assessors"))
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        form.addRow(self.tr("&Assessors:"), self.assessors)
        self.language = LanguageBox(current_language(), self)
        form.addRow(LanguageBox.label_text(), self.language)
        return form

    def _add_country(self, form: QFormLayout) -> None:
        """The country field, completing names and codes, and the country it means."""
        self.country = QLineEdit(self)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setPlaceholderText(
            self.tr("Type a name or a two-letter code, e.g. Kenya or KE")
        )
        self.country_model = CountryModel(all_countries(), self)
        completer = QCompleter(self.country_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._on_country_chosen)
        self.country.setCompleter(completer)
        self.country.textChanged.connect(self._on_country_typed)
        form.addRow(self.tr("C&ountry:"), self.country)
        self.country_hint = QLabel(self)
        self.country_hint.setObjectName("questionMeta")
        self.country_hint.setAccessibleName(self.tr("Country chosen"))
        form.addRow("", self.country_hint)

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _show_problems(self, checklists: Sequence[ChecklistInfo]) -> None:
        """Name the checklists that fail validation (they are listed, not selectable)."""
        bad = [c for c in checklists if not c.startable]
        if not bad:
            self.checklist_problem.hide()
            return
        lines = [self.tr("These checklists fail validation and cannot be started until fixed:")]
        for info in bad:
            lines.append(f"• {info.title}: " + ("; ".join(info.problems[:2]) or info.path))
        self.checklist_problem.setText("\n".join(lines))

    def _row_of(self, checklist_id: str) -> int:
        """The row of the startable checklist ``checklist_id`` (0 when there is none)."""
        first = 0
        for row in range(self.checklist_model.rowCount()):
            info = self.checklist_model.info(row)
            if info is not None and info.id == checklist_id and info.startable:
                first = row
        return first

    # -- fields
    def selected_checklist(self) -> ChecklistInfo | None:
        """The chosen checklist (None if it cannot be started)."""
        info = self.checklist_model.info(self.checklist.currentIndex())
        return info if info is not None and info.startable else None

    def _on_checklist_changed(self, _row: int) -> None:
        self.start_button.setEnabled(self.selected_checklist() is not None and not self._busy)

    def _on_country_chosen(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            country = get_country(code)
            self.country_hint.setText(f"{country.name} — {country.code}" if country else code)

    def _on_country_typed(self, text: str) -> None:
        code = country_code(text)
        if code:
            country = get_country(code)
            self.country_hint.setText(f"✓ {country.name} ({code})" if country else code)
        else:
            self.country_hint.setText("")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- starting
    def start(self) -> None:
        """Check the fields, then create the assessment on the db lane."""
        if self._busy:
            return
        info = self.selected_checklist()
        if info is None:
            self._show_error(self.tr("Choose a checklist that can be started."))
            return
        institution = " ".join(self.institution.text().split())
        if not institution:
            self._show_error(self.tr("Type the institution's name."))
            self.institution.setFocus()
            return
        code = country_code(self.country.text())
        if code is None:
            suggestions = (
                find_countries(self.country.text(), limit=3) if self.country.text() else []
            )
            hint = ""
            if suggestions:
                hint = " " + self.tr("Did you mean %1?").replace(
                    "%1", " / ".join(f"{c.name} ({c.code})" for c in suggestions)
                )
            self._show_error(
                self.tr("Choose the country from the list or type its two-letter code.") + hint
            )
            self.country.setFocus()
            return
        names = split_names(self.assessors.text())
        library = self.library
        checklist_id = info.id
        language = self.language.language()

        def create(store: AssessmentStore) -> Assessment:
            if library is None:
                raise RuntimeError("the library is not loaded yet")
            return start_assessment(
                store,
                library,
                checklist_id,
                institution=institution,
                country=code,
                assessors=names,
                language=language,
            )

        self._busy = True
        self.start_button.setEnabled(False)
        self.start_button.setText(self.tr("Starting…"))
        self._show_error("")
        task = self.service.call(create, "start assessment", write=True)
        task.succeeded.connect(self._on_created)
        task.failed.connect(self._on_failed)

    def _on_created(self, assessment: Assessment) -> None:
        self._busy = False
        self.assessment = assessment
        self.created.emit(assessment)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setEnabled(self.selected_checklist() is not None)
        self._show_error(describe_error(exc))
