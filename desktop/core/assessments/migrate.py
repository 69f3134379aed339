"""Moving an assessment to a newer version of its checklist: the plan, then the move.

Answers are carried by item id; answers of removed items stay stored and are listed (they
no longer count in the score); answers no longer valid on an item's new scale, and answers
to items whose question, scale or unit changed under the same id (their fingerprints
differ, :func:`~desktop.core.assessments.codec.item_fingerprint`), lose only their value:
the note stays, the old value is in the history, and the runner flags them to be answered
again. New items are flagged too. Nothing is ever deleted.
"""

from __future__ import annotations

import sqlite3

from desktop.core.assessments.codec import checklist_hash, item_fingerprint
from desktop.core.assessments.errors import MigrationRefusedError
from desktop.core.assessments.history import append_history
from desktop.core.assessments.model import AssessmentState, MigrationPlan
from desktop.core.library.checklists import Checklist
from desktop.core.library.versions import is_older


def plan_migration(state: AssessmentState, checklist: Checklist) -> MigrationPlan:
    """What moving the assessment of ``state`` to ``checklist`` does, changing nothing.

    Raises MigrationRefusedError for another checklist or an older version.
    """
    a = state.assessment
    if checklist.id != a.checklist_id:
        raise MigrationRefusedError(
            f"assessment {a.id} answers the checklist '{a.checklist_id}', not "
            f"'{checklist.id}'; an assessment can only move to another version of its "
            "own checklist"
        )
    digest = checklist_hash(checklist)
    if is_older(checklist.version, a.checklist_version) and digest != a.checklist_hash:
        raise MigrationRefusedError(
            f"the installed checklist '{checklist.id}' is version {checklist.version}, "
            f"older than the version {a.checklist_version} this assessment uses; "
            "install the newer checklist instead"
        )
    new_items = {item.id: item for item in checklist.items}
    old_items = {item.id: item for item in state.checklist.items}
    carried, removed, invalidated, changed = [], [], [], []
    for item_id, answer in sorted(state.answers.items()):
        item = new_items.get(item_id)
        old = old_items.get(item_id)
        if item is None:
            removed.append(answer)
        elif answer.value is not None and not item.accepts(answer.value):
            invalidated.append(answer)
        elif old is not None and item_fingerprint(old) != item_fingerprint(item):
            changed.append(answer)
        else:
            carried.append(item_id)
    added = tuple(i.id for i in checklist.items if i.id not in old_items)
    return MigrationPlan(
        assessment_id=a.id,
        checklist_id=a.checklist_id,
        from_version=a.checklist_version,
        from_hash=a.checklist_hash,
        to_version=checklist.version,
        to_hash=digest,
        carried=tuple(carried),
        removed=tuple(removed),
        invalidated=tuple(invalidated),
        added=added,
        changed=tuple(changed),
    )


def apply_migration(
    conn: sqlite3.Connection, plan: MigrationPlan, revision: int, at: str, by: str
) -> None:
    """Within the store's write (the new snapshot already stored, the assessment already
    reopened as ``revision``): clear the invalidated and changed values and switch the
    version."""
    aid = plan.assessment_id
    for answer in (*plan.invalidated, *plan.changed):
        if answer.value is None:
            continue  # only a note: nothing to clear, the runner still flags the item
        conn.execute(
            "UPDATE answers SET value = NULL, answered_by = ?, answered_at = ? "
            "WHERE assessment_id = ? AND item_id = ?",
            (by, at, aid, answer.item_id),
        )
        append_history(
            conn,
            aid,
            at,
            by,
            "migrate-invalidated",
            revision,
            answer.item_id,
            None,
            answer.note,
            detail={
                "old_value": answer.value,
                "to_version": plan.to_version,
                "why": "changed" if answer in plan.changed else "invalidated",
            },
        )
    conn.execute(
        "UPDATE assessments SET checklist_version = ?, checklist_hash = ?, updated = ? "
        "WHERE id = ?",
        (plan.to_version, plan.to_hash, at, aid),
    )
    detail = plan.as_json()
    detail.update(from_hash=plan.from_hash, to_hash=plan.to_hash)
    append_history(conn, aid, at, by, "migrate", revision, detail=detail)
