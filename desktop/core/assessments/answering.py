"""Writing one answer or evidence note, inside the store's transaction.

A save that changes nothing (the same value and note again, or clearing an answer never
given) writes nothing: no history row, no new revision. A real change to a completed
assessment first reopens it as the next revision (:func:`history.reopen_if_complete`).
"Not applicable" is the respondent's choice with a reason (``docs/scoring.md``): ``na``
is refused unless the note (given now, or stored) says why.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.core.assessments import history, records
from desktop.core.assessments.errors import InvalidInputError
from desktop.core.library.checklists import NOT_APPLICABLE


@dataclass(frozen=True)
class Written:
    """What :func:`write_change` stored (or found already stored)."""

    value: str | None
    note: str
    changed: bool
    revision: int
    reopened: bool


def write_change(
    conn: sqlite3.Connection,
    assessment_id: str,
    item_id: str,
    value: str | None,
    note: str | None,
    by: str,
    at: str,
    *,
    set_value: bool,
) -> Written:
    """Store ``value`` (when ``set_value``) and ``note`` (unless None) for one item."""
    old = records.read_answer(conn, assessment_id, item_id)
    old_value, old_note = (old.value, old.note) if old else (None, "")
    new_value = value if set_value else old_value
    new_note = old_note if note is None else note
    if set_value and new_value == NOT_APPLICABLE and not new_note.strip():
        raise InvalidInputError(
            f"marking {item_id} not applicable needs a reason: write in its note why the "
            "question does not apply to this institution",
            code="assessment.na-needs-reason",
        )
    changed = old is None or (new_value, new_note) != (old_value, old_note)
    if old is None and new_value is None and not new_note:
        changed = False  # clearing an answer that was never given
    if not changed:
        revision = history.current_status(conn, assessment_id)[1]
        return Written(new_value, new_note, False, revision, False)
    revision, reopened = history.reopen_if_complete(conn, assessment_id, at, by)
    records.write_answer(conn, assessment_id, item_id, new_value, new_note, by, at)
    action = "answer" if set_value else "note"
    history.append_history(
        conn, assessment_id, at, by, action, revision, item_id, new_value, new_note
    )
    conn.execute("UPDATE assessments SET updated = ? WHERE id = ?", (at, assessment_id))
    return Written(new_value, new_note, True, revision, reopened)
