"""What can go wrong with an assessment, as typed errors with stable codes.

Every class subclasses :class:`desktop.core.errors.AccordError`: the message is written
for the person using Accord (no command-line options in it), and ``code`` tells a front
end which hint or button to offer. Codes used here:

``assessment.not-found``
    No assessment with that id (the CLI adds how to list them).
``assessment.ambiguous-id``
    An id prefix that matches several assessments.
``assessment.checklist-not-found``
    No checklist with that id in the library.
``assessment.snapshot-missing`` / ``assessment.revision-not-found``
    A stored checklist snapshot or completed revision that is not there.
``assessment.invalid-input``
    A value, item, country or name that is not acceptable; nothing was changed.
``assessment.na-needs-reason``
    Answering ``na`` without a reason in the item's note; nothing was changed.
``assessment.na-without-reason``
    Completing while an item is marked not applicable and its note (the reason) is empty;
    ``details["items"]`` lists them. Nothing was changed.
``assessment.insufficient-coverage``
    Marking complete an assessment with components below the minimum coverage;
    ``details["below"]`` lists them. It can be submitted as partial, with a reason.
``assessment.not-startable``
    A checklist that fails validation; ``details["summary"]`` and ``details["listing"]``
    let a front end put its own hint between the sentence and the problem lines.
``assessment.migration-refused``
    A move to another checklist, or to an older version.
``assessment.pdf-unavailable``
    A PDF report asked for without a PDF writer (the writer needs Qt).
``assessment.store``
    The database could not be read or written (:class:`StoreError`, with ``kind``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.errors import AccordError

if TYPE_CHECKING:
    from desktop.core.library.documents import Problem


class AssessmentError(AccordError):
    """Base class: the message is written for the person using Accord."""

    code = "assessment.error"


class NotFoundError(AssessmentError):
    """No assessment (or checklist) with that id."""

    code = "assessment.not-found"


class InvalidInputError(AssessmentError):
    """A value, item id, country or name was not acceptable; nothing was changed."""

    code = "assessment.invalid-input"


class ChecklistNotStartableError(AssessmentError):
    """The checklist failed validation; ``problems`` name each file, line and fix."""

    code = "assessment.not-startable"

    def __init__(
        self,
        message: str,
        problems: Sequence[Problem] = (),
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, details=details)
        self.problems = list(problems)


class CompletionRefusedError(AssessmentError):
    """The assessment cannot be marked complete as it is (components below the minimum
    coverage, or not-applicable answers without a reason); nothing was changed."""

    code = "assessment.insufficient-coverage"


class MigrationRefusedError(AssessmentError):
    """The assessment cannot be moved to that checklist (another checklist, an older
    version, or a version that fails validation)."""

    code = "assessment.migration-refused"


class StoreError(AssessmentError):
    """The database could not be read or written. Nothing was changed.

    ``kind`` is one of ``read-only``, ``full``, ``busy``, ``io``, ``corrupt``, ``other``;
    ``retryable`` says whether the same call may succeed later (keep the typed text and
    offer "save again").
    """

    code = "assessment.store"

    def __init__(
        self,
        message: str,
        kind: str,
        retryable: bool,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, details=details)
        self.kind = kind
        self.retryable = retryable
