"""Qt models for the assessment screens; each adapts plain core data (never the only copy).

One module per family; this module names them all, so ``from desktop.ui.assessment.models
import …`` finds any of them:

* :mod:`.list_model` — :class:`AssessmentListModel`, the assessments with status,
  progress, score and sync state (rows updated in place).
* :mod:`.navigator_model` — :class:`NavigatorModel`, sections and their shown items,
  updated live by skip logic.
* :mod:`.result_models` — :class:`ComponentScoreModel` (the six component scores,
  coverage and the overall index), :class:`GapModel` (weakest items first, with the
  documents that help), :class:`ComparisonModel` (change against an earlier assessment).
* :mod:`.workshop_models` — :class:`WorkshopModel` (several groups side by side with mean
  and spread) and :class:`CheckableAssessmentModel` (the groups chosen).
* :mod:`.choice_models` — :class:`ChecklistModel`, :class:`CountryModel`: choices for the
  start dialog.
* :mod:`.roles` (item-data roles) and :mod:`.formatting` (how values read).
"""

from __future__ import annotations

from desktop.ui.assessment.choice_models import ChecklistModel, CountryModel
from desktop.ui.assessment.formatting import (
    answer_text,
    format_change,
    format_coverage,
    format_score,
    format_when,
    status_label,
)
from desktop.ui.assessment.list_model import AssessmentListModel, AssessmentRow, sync_label
from desktop.ui.assessment.navigator_model import NavigatorModel
from desktop.ui.assessment.result_models import ComparisonModel, ComponentScoreModel, GapModel
from desktop.ui.assessment.roles import (
    ASSESSMENT_ID_ROLE,
    CODE_ROLE,
    COMPONENT_ROLE,
    ITEM_ID_ROLE,
    LINKS_ROLE,
    PROGRESS_ROLE,
    SCORE_ROLE,
    SECTION_ID_ROLE,
    SORT_ROLE,
    STATE_ROLE,
    ModelIndex,
)
from desktop.ui.assessment.workshop_models import (
    CheckableAssessmentModel,
    WorkshopModel,
    group_names,
)

__all__ = [
    "ASSESSMENT_ID_ROLE",
    "CODE_ROLE",
    "COMPONENT_ROLE",
    "ITEM_ID_ROLE",
    "LINKS_ROLE",
    "PROGRESS_ROLE",
    "SCORE_ROLE",
    "SECTION_ID_ROLE",
    "SORT_ROLE",
    "STATE_ROLE",
    "AssessmentListModel",
    "AssessmentRow",
    "CheckableAssessmentModel",
    "ChecklistModel",
    "ComparisonModel",
    "ComponentScoreModel",
    "CountryModel",
    "GapModel",
    "ModelIndex",
    "NavigatorModel",
    "WorkshopModel",
    "answer_text",
    "format_change",
    "format_coverage",
    "format_score",
    "format_when",
    "group_names",
    "status_label",
    "sync_label",
]
