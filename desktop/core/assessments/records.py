"""The SQL of the assessment tables: headers, answers and checklist snapshots.

Plain functions over an open connection (the store's), so the store itself only decides
*when* to read and write, in which transaction. Nothing here commits.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from collections.abc import Collection, Sequence
from typing import Any

from desktop.core.assessments.codec import checklist_from_dict, checklist_to_dict
from desktop.core.assessments.model import DRAFT, Answer, Assessment
from desktop.core.library.checklists import Checklist
from desktop.core.storage.clock import utcnow

_ASSESSMENT_COLUMNS = (
    "a.id, a.checklist_id, a.checklist_version, a.checklist_hash, s.title, a.institution, "
    "a.country, a.assessors, a.status, a.revision, a.created, a.updated, a.completed, "
    "a.position, a.completion, a.partial_reason, a.language"
)
_ASSESSMENT_FROM = (
    "FROM assessments a JOIN checklist_snapshots s "
    "ON s.checklist_id = a.checklist_id AND s.hash = a.checklist_hash"
)
# One parameter for any number of ids (no limit on bound variables): a JSON list.
_IN_IDS = "IN (SELECT value FROM json_each(?))"


def assessment_from_row(row: Sequence[Any]) -> Assessment:
    """The header from a row of the columns :func:`select_assessments` reads."""
    return Assessment(
        id=row[0],
        checklist_id=row[1],
        checklist_version=row[2],
        checklist_hash=row[3],
        checklist_title=row[4],
        institution=row[5],
        country=row[6],
        assessors=tuple(json.loads(row[7] or "[]")),
        status=row[8],
        revision=row[9],
        created=row[10],
        updated=row[11],
        completed=row[12],
        position=row[13],
        # A revision completed before completions were recorded was complete.
        completion=(row[14] or "complete") if row[8] == "complete" else None,
        partial_reason=row[15] if row[8] == "complete" else None,
        language=row[16] or "en",
    )


def select_assessments(
    conn: sqlite3.Connection,
    *,
    assessment_id: str | None = None,
    checklist_id: str | None = None,
    institution: str | None = None,
    status: str | None = None,
    ids: Collection[str] | None = None,
) -> list[Assessment]:
    """Headers matching every filter given (``institution`` compared without case;
    ``ids``: among these assessments), most recently changed first."""
    where, params = [], []
    for condition, value in (
        ("a.id = ?", assessment_id),
        ("a.checklist_id = ?", checklist_id),
        ("a.institution = ? COLLATE NOCASE", institution),
        ("a.status = ?", status),
        (f"a.id {_IN_IDS}", None if ids is None else json.dumps(sorted(ids))),
    ):
        if value is not None:
            where.append(condition)
            params.append(value)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        f"SELECT {_ASSESSMENT_COLUMNS} {_ASSESSMENT_FROM} {clause} ORDER BY a.updated DESC, a.id",
        params,
    ).fetchall()
    return [assessment_from_row(r) for r in rows]


def match_ids(conn: sqlite3.Connection, key: str, min_prefix: int) -> list[str]:
    """``[key]`` when it is an assessment's id, else the ids it is a prefix of (at most 3;
    none for a prefix shorter than ``min_prefix`` or not made of hex digits and dashes)."""
    if conn.execute("SELECT 1 FROM assessments WHERE id = ?", (key,)).fetchone():
        return [key]
    if len(key) < min_prefix or not re.fullmatch(r"[0-9a-f-]+", key):
        return []
    sql = "SELECT id FROM assessments WHERE id LIKE ? LIMIT 3"
    return [r[0] for r in conn.execute(sql, (key + "%",))]


def read_answers(conn: sqlite3.Connection, assessment_id: str) -> dict[str, Answer]:
    """Stored answers of one assessment by item id (answers of removed items included)."""
    rows = conn.execute(
        "SELECT item_id, value, note, answered_by, answered_at FROM answers "
        "WHERE assessment_id = ?",
        (assessment_id,),
    ).fetchall()
    return {r[0]: Answer(r[0], r[1], r[2], r[3], r[4]) for r in rows}


def read_answer(conn: sqlite3.Connection, assessment_id: str, item_id: str) -> Answer | None:
    """The stored answer of one item (None: never answered)."""
    row = conn.execute(
        "SELECT item_id, value, note, answered_by, answered_at FROM answers "
        "WHERE assessment_id = ? AND item_id = ?",
        (assessment_id, item_id),
    ).fetchone()
    return None if row is None else Answer(*row)


def read_values(
    conn: sqlite3.Connection, ids: Collection[str] | None = None
) -> dict[str, dict[str, str]]:
    """assessment id → {item id → answer value} for the answers that have a value, of
    ``ids`` (every assessment when None), in one query."""
    sql = "SELECT assessment_id, item_id, value FROM answers WHERE value IS NOT NULL"
    params: list[Any] = []
    if ids is not None:
        sql += f" AND assessment_id {_IN_IDS}"
        params.append(json.dumps(sorted(ids)))
    values: dict[str, dict[str, str]] = {}
    for aid, item_id, value in conn.execute(sql, params):
        values.setdefault(aid, {})[item_id] = value
    return values


def insert_assessment(
    conn: sqlite3.Connection,
    assessment_id: str,
    checklist: Checklist,
    digest: str,
    details: tuple[str, str, list[str]],
    at: str,
    language: str = "en",
) -> None:
    """Insert a new draft at revision 1 (``details``: institution, country, assessors)."""
    institution, country, assessors = details
    conn.execute(
        "INSERT INTO assessments (id, checklist_id, checklist_version, checklist_hash, "
        "institution, country, assessors, status, revision, created, updated, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        (
            assessment_id,
            checklist.id,
            checklist.version,
            digest,
            institution,
            country,
            json.dumps(assessors, ensure_ascii=False),
            DRAFT,
            at,
            at,
            language,
        ),
    )


def update_details(
    conn: sqlite3.Connection, assessment_id: str, details: tuple[str, str, list[str]], at: str
) -> None:
    """Replace the institution, country and assessors of an assessment."""
    institution, country, assessors = details
    conn.execute(
        "UPDATE assessments SET institution = ?, country = ?, assessors = ?, "
        "updated = ? WHERE id = ?",
        (institution, country, json.dumps(assessors, ensure_ascii=False), at, assessment_id),
    )


def write_answer(
    conn: sqlite3.Connection,
    assessment_id: str,
    item_id: str,
    value: str | None,
    note: str,
    by: str,
    at: str,
) -> None:
    """Insert or replace the answer of one item."""
    conn.execute(
        "INSERT INTO answers (assessment_id, item_id, value, note, answered_by, "
        "answered_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = excluded.value, "
        "note = excluded.note, answered_by = excluded.answered_by, "
        "answered_at = excluded.answered_at",
        (assessment_id, item_id, value, note, by, at),
    )


def store_snapshot(conn: sqlite3.Connection, checklist: Checklist, digest: str) -> None:
    """Keep a copy of ``checklist`` under ``digest`` (once; a second store is a no-op)."""
    data = checklist_to_dict(dataclasses.replace(checklist, content_hash=digest))
    conn.execute(
        "INSERT OR IGNORE INTO checklist_snapshots "
        "(checklist_id, hash, version, title, data, stored) VALUES (?, ?, ?, ?, ?, ?)",
        (
            checklist.id,
            digest,
            checklist.version,
            checklist.title,
            json.dumps(data, ensure_ascii=False),
            utcnow(),
        ),
    )


def read_snapshot(conn: sqlite3.Connection, checklist_id: str, digest: str) -> Checklist | None:
    """The stored copy of checklist ``checklist_id`` with hash ``digest`` (None: none)."""
    row = conn.execute(
        "SELECT data FROM checklist_snapshots WHERE checklist_id = ? AND hash = ?",
        (checklist_id, digest),
    ).fetchone()
    return None if row is None else checklist_from_dict(json.loads(row[0]))
