"""The append-only history of an assessment and its frozen revisions.

Every change appends a row to ``assessment_history`` in the same transaction as the change
(the table refuses UPDATE and DELETE). ``complete()`` freezes a copy of the answers as a
row of ``assessment_revisions``; a later change first reopens the assessment as the next
revision (:func:`reopen_if_complete`). The functions take the open connection of the
store's transaction; none of them commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from desktop.core.assessments.errors import NotFoundError
from desktop.core.assessments.model import (
    COMPLETE,
    DRAFT,
    PARTIAL,
    Answer,
    AssessmentState,
    HistoryEntry,
    Revision,
)


def append_history(
    conn: sqlite3.Connection,
    assessment_id: str,
    at: str,
    by: str,
    action: str,
    revision: int,
    item_id: str | None = None,
    value: str | None = None,
    note: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one row to the history (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO assessment_history (assessment_id, at, actor, action, revision, "
        "item_id, value, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            assessment_id,
            at,
            by,
            action,
            revision,
            item_id,
            value,
            note,
            json.dumps(detail, ensure_ascii=False) if detail else None,
        ),
    )


def current_status(conn: sqlite3.Connection, assessment_id: str) -> tuple[str, int]:
    """(status, revision) of the assessment as stored now. Raises NotFoundError."""
    row = conn.execute(
        "SELECT status, revision FROM assessments WHERE id = ?", (assessment_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no assessment with id '{assessment_id}'")
    return row[0], row[1]


def reopen_if_complete(
    conn: sqlite3.Connection, assessment_id: str, at: str, by: str
) -> tuple[int, bool]:
    """Within a write: a change to a completed assessment starts a new revision.

    Returns (the revision the change belongs to, whether this reopened it)."""
    status, revision = current_status(conn, assessment_id)
    if status != COMPLETE:
        return revision, False
    revision += 1
    conn.execute(
        "UPDATE assessments SET status = ?, revision = ?, completed = NULL, completion = NULL, "
        "partial_reason = NULL, updated = ? WHERE id = ?",
        (DRAFT, revision, at, assessment_id),
    )
    append_history(conn, assessment_id, at, by, "reopen", revision)
    return revision, True


def mark_complete(
    conn: sqlite3.Connection,
    state: AssessmentState,
    unanswered: Sequence[str],
    at: str,
    by: str,
    partial_reason: str | None = None,
) -> None:
    """Within a write: freeze the answers of ``state`` as its current revision, mark it
    complete (``partial`` when a reason is given) and record that, with the items left
    unanswered and the overall index, in the history."""
    a = state.assessment
    completion = COMPLETE if partial_reason is None else PARTIAL
    frozen = {
        k: {"value": x.value, "note": x.note, "by": x.by, "at": x.at}
        for k, x in sorted(state.answers.items())
    }
    conn.execute(
        "INSERT INTO assessment_revisions (assessment_id, revision, completed, "
        "completed_by, checklist_id, checklist_hash, answers, completion, partial_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id,
            a.revision,
            at,
            by,
            a.checklist_id,
            a.checklist_hash,
            json.dumps(frozen, ensure_ascii=False),
            completion,
            partial_reason,
        ),
    )
    conn.execute(
        "UPDATE assessments SET status = ?, completed = ?, updated = ?, completion = ?, "
        "partial_reason = ? WHERE id = ?",
        (COMPLETE, at, at, completion, partial_reason, a.id),
    )
    score = state.score()
    detail = {
        "unanswered": list(unanswered),
        "overall": score.overall,
        "coverage": score.coverage,
        "completion": completion,
        "partial_reason": partial_reason,
    }
    append_history(conn, a.id, at, by, "complete", a.revision, detail=detail)


def read_history(conn: sqlite3.Connection, assessment_id: str) -> list[HistoryEntry]:
    """Every change to the assessment, oldest first."""
    rows = conn.execute(
        "SELECT id, at, actor, action, revision, item_id, value, note, detail "
        "FROM assessment_history WHERE assessment_id = ? ORDER BY id",
        (assessment_id,),
    ).fetchall()
    return [HistoryEntry(*r[:8], json.loads(r[8] or "{}")) for r in rows]


def read_revisions(conn: sqlite3.Connection, assessment_id: str) -> list[Revision]:
    """The completed revisions, oldest first, each with its frozen answers."""
    rows = conn.execute(
        "SELECT revision, completed, completed_by, checklist_id, checklist_hash, "
        "answers, completion, partial_reason FROM assessment_revisions "
        "WHERE assessment_id = ? ORDER BY revision",
        (assessment_id,),
    ).fetchall()
    return [
        Revision(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            {k: Answer(k, **v) for k, v in json.loads(r[5]).items()},
            r[6] or COMPLETE,
            r[7],
        )
        for r in rows
    ]


def last_move(conn: sqlite3.Connection, assessment_id: str, checklist_hash: str) -> dict[str, Any]:
    """The detail of the last move to a newer checklist version, while the assessment is
    still on the version that move went to (else empty)."""
    row = conn.execute(
        "SELECT detail FROM assessment_history WHERE assessment_id = ? AND "
        "action = 'migrate' ORDER BY id DESC LIMIT 1",
        (assessment_id,),
    ).fetchone()
    if row is None:
        return {}
    detail = json.loads(row[0] or "{}")
    # Only while still on the version the move went to.
    return detail if detail.get("to_hash") == checklist_hash else {}


def new_items(conn: sqlite3.Connection, assessment_id: str, checklist_hash: str) -> tuple[str, ...]:
    """The items the last move to a newer checklist version added (see :func:`last_move`)."""
    return tuple(last_move(conn, assessment_id, checklist_hash).get("added", ()))


def changed_items(
    conn: sqlite3.Connection, assessment_id: str, checklist_hash: str
) -> tuple[str, ...]:
    """The items whose answer the last move cleared, to answer again: their question,
    scale or unit changed, or the old answer no longer fits the scale."""
    detail = last_move(conn, assessment_id, checklist_hash)
    cleared = [*detail.get("invalidated", ()), *detail.get("changed", ())]
    return tuple(a["item_id"] for a in cleared if isinstance(a, dict) and "item_id" in a)
