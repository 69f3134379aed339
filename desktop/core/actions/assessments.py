"""Assessment use cases shared by ``accord assessment …`` and the app's runner."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.assessments.store import AssessmentStore, CompleteResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Completion:
    """What completing did: the store's result, the outbox entry (None when it could not
    be queued) and, then, why not."""

    result: CompleteResult
    queued: Any = None
    not_queued: str = ""


def complete_and_queue(store: AssessmentStore, assessment_id: str, by: str = "") -> Completion:
    """Mark the assessment complete, then queue the completed revision for the hub.

    The completion is what the user asked for: if queueing fails (a payload the envelope
    refuses, say), the completion stands, the reason is returned and logged, and the next
    sync queues it (``sync.outbox.queue_completed``).
    """
    from desktop.core.errors import AccordError
    from desktop.core.sync.outbox import queue_submission

    result = store.complete(assessment_id, by)
    try:
        queued = queue_submission(store, assessment_id)
    except AccordError as exc:
        log.warning("assessment %s was not queued for the hub: %s", assessment_id, exc.code)
        return Completion(result, None, str(exc))
    except Exception as exc:  # never undo or fail a completion for the outbox's sake
        log.warning("could not queue assessment %s for the hub", assessment_id, exc_info=True)
        return Completion(result, None, str(exc) or type(exc).__name__)
    return Completion(result, queued)
