"""An assessment shown in a language: its checklist's words from the library's
translation (``library.translations.checklist_in``), everything else unchanged.

An assessment answered in one language is scored, compared and reported in another: ids,
scales, weights and answers are the original's, only the questions, guidance, evidence,
section titles and units change.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop.core.library.translations import checklist_in

if TYPE_CHECKING:
    from desktop.core.assessments.model import AssessmentState
    from desktop.core.library.documents import Library


def localized(
    state: AssessmentState, library: Library | None, language: str | None = None
) -> AssessmentState:
    """``state`` with its checklist in ``language`` (default: the assessment's own); as it
    is without a library or a matching translation."""
    if library is None:
        return state
    wanted = language or state.assessment.language
    checklist = checklist_in(library, state.checklist, wanted)
    # The header names the checklist as it is shown.
    assessment = dataclasses.replace(state.assessment, checklist_title=checklist.title)
    return dataclasses.replace(state, checklist=checklist, assessment=assessment)
