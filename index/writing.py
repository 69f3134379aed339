"""Writing the index: a fresh database for a rebuild, or a delta on the open one.

The decisions (when to rebuild rather than update) stay with :class:`index.engine.SearchIndex`;
this module only writes. One document becomes one row of ``docs`` (what a hit shows and
what snippets are cut from), one row of the FTS5 table (its analysed title, summary and
body), its facet values, its distinct words (for spelling and prefixes) and, when the model
is there, its meaning vector.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.analysis import Analysed, analyse, analysis_key
from index.api import IndexDoc, ProgressFn
from index.opened import pack_docs, unpack_docs
from index.schema import DDL, SCHEMA_VERSION
from index.semantic import Embedder, document_text
from index.text import expand_tags, fingerprint, markdown_to_text, normalize_language
from index.text import normalize_value as norm

#: Documents encoded per call of the model (one tokenizer batch).
VECTOR_BATCH = 512
#: Documents analysed and written per SQL batch.
WRITE_BATCH = 200


class Cancelled(Exception):
    """The progress callback asked to stop; nothing written is kept."""


@dataclass
class Prepared:
    """One document as the tables store it."""

    doc: IndexDoc
    language: str
    key: str
    text: str
    fts: tuple[str, str, str]
    words: set[str]
    facets: list[tuple[str, str]]


def facet_values(doc: IndexDoc, language: str) -> list[tuple[str, str]]:
    """(field, value) pairs of a document's facets, normalised."""
    fields: dict[str, Iterable[str]] = {
        "type": [doc.type or "reference"],
        "component": doc.components,
        "audience": doc.audience,
        "language": [language],
        "tag": expand_tags(doc.tags),
        "pack": [doc.pack or "core"],
    }
    out: dict[tuple[str, str], None] = {}
    for name, values in fields.items():
        for value in values:
            if v := norm(value):
                out[(name, v)] = None
    return list(out)


def prepare(doc: IndexDoc) -> Prepared:
    """Analyse one document in its language."""
    language = normalize_language(doc.language)
    key = analysis_key(language)
    text = markdown_to_text(doc.body)
    title, summary, body = _analysed(key, doc.title, _summary_text(doc), text)
    return Prepared(
        doc,
        language,
        key,
        text,
        (title.terms, summary.terms, body.terms),
        title.words | summary.words | body.words,
        facet_values(doc, language),
    )


def _summary_text(doc: IndexDoc) -> str:
    # Tag words are searchable as text too ("enforcement" finds governance/enforcement),
    # indexed with the summary: a short, descriptive field.
    tag_words = " ".join(t.replace("/", " ").replace("-", " ") for t in doc.tags)
    return f"{doc.summary}\n{tag_words}"


def _analysed(key: str, title: str, summary: str, text: str) -> tuple[Analysed, ...]:
    return analyse(key, title), analyse(key, summary), analyse(key, text)


def connect_for_build(path: Path, schema_version: int = SCHEMA_VERSION) -> sqlite3.Connection:
    """A new database at ``path`` with the schema, tuned for one bulk load.

    No journal and no syncs while loading: a failed build is thrown away whole (it lives
    in a generation folder no manifest points to yet).
    """
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    # A small page cache: the build appends, it rarely reads a page twice (and the app
    # builds in the background while it holds the library in memory).
    conn.execute("PRAGMA cache_size=-8192")
    conn.executescript(DDL)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(schema_version),))
    return conn


def write_all(
    conn: sqlite3.Connection,
    docs: Sequence[IndexDoc],
    progress: ProgressFn | None,
    model: Embedder | None,
    known: dict[str, tuple[str, bytes]] | None = None,
) -> None:
    """Fill a new database with ``docs`` (numbered from 1 in the given order).

    ``known`` maps a document id to (fingerprint, vector bytes) computed elsewhere (a pack's
    prebuilt vectors): an unchanged document's vector is taken from it instead of encoded.
    """
    words: dict[str, Counter[str]] = {}
    facets: dict[tuple[str, str], list[int]] = {}
    total = len(docs)
    step = max(1, total // 200)
    conn.execute("BEGIN")
    for start in range(0, total, WRITE_BATCH):
        batch = []
        for i, doc in enumerate(docs[start : start + WRITE_BATCH], start + 1):
            batch.append(prepare(doc))
            due = progress is not None and (i % step == 0 or i == total)
            if due and progress(i, total) is False:  # type: ignore[misc]
                conn.execute("ROLLBACK")
                raise Cancelled
        _insert(conn, batch, start + 1, facets)
        for p in batch:
            words.setdefault(p.key, Counter()).update(p.words)
        _write_vectors(conn, batch, start + 1, model, known)
    _write_facets(conn, facets, set())
    for key, counts in words.items():
        conn.executemany(
            "INSERT INTO words VALUES (?, ?, ?)", ((w, key, n) for w, n in counts.items())
        )
    conn.execute(
        "INSERT INTO meta VALUES ('model', ?)", (model.model_id if model is not None else "",)
    )
    conn.execute("COMMIT")
    # One b-tree per term instead of one per batch: quicker queries, a smaller file.
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    conn.execute("PRAGMA journal_mode=DELETE")


def _insert(
    conn: sqlite3.Connection,
    batch: list[Prepared],
    first: int,
    facets: dict[tuple[str, str], list[int]],
) -> None:
    """Insert a batch's documents; their facet values are collected in ``facets``."""
    docs_rows = []
    fts_rows = []
    for docnum, p in enumerate(batch, first):
        d = p.doc
        docs_rows.append(
            (
                docnum,
                d.id,
                fingerprint(d),
                d.title,
                d.title.casefold(),
                d.summary,
                d.path,
                p.language,
                p.key,
                d.type,
                p.text,
                _summary_text(d),
            )
        )
        fts_rows.append((docnum, *p.fts))
        for pair in p.facets:
            facets.setdefault(pair, []).append(docnum)
    conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs_rows)
    conn.executemany("INSERT INTO fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)", fts_rows)


def _write_facets(
    conn: sqlite3.Connection, added: dict[tuple[str, str], list[int]], removed: set[int]
) -> None:
    """Merge new document numbers into the facet rows and drop ``removed`` ones."""
    rows = {
        (f, v): set(unpack_docs(blob))
        for f, v, blob in conn.execute("SELECT field, value, docs FROM facets")
    }
    changed = set(added)
    for pair, docs in rows.items():
        if removed and not docs.isdisjoint(removed):
            docs -= removed
            changed.add(pair)
    for pair, docnums in added.items():
        rows.setdefault(pair, set()).update(docnums)
    for pair in changed:
        if rows[pair]:
            conn.execute(
                "INSERT OR REPLACE INTO facets VALUES (?, ?, ?)", (*pair, pack_docs(rows[pair]))
            )
        else:
            conn.execute("DELETE FROM facets WHERE field = ? AND value = ?", pair)


def _write_vectors(
    conn: sqlite3.Connection,
    batch: list[Prepared],
    first: int,
    model: Embedder | None,
    known: dict[str, tuple[str, bytes]] | None,
) -> None:
    if model is None:
        return
    rows: list[tuple[int, bytes]] = []
    todo: list[tuple[int, Prepared]] = []
    for docnum, p in enumerate(batch, first):
        seed = (known or {}).get(p.doc.id)
        if seed is not None and seed[0] == fingerprint(p.doc):
            rows.append((docnum, seed[1]))
        else:
            todo.append((docnum, p))
    for start in range(0, len(todo), VECTOR_BATCH):
        part = todo[start : start + VECTOR_BATCH]
        texts = [document_text(p.doc.title, p.doc.summary, p.text) for _n, p in part]
        vectors = model.encode(texts).astype("float16")
        rows.extend((n, vectors[i].tobytes()) for i, (n, _p) in enumerate(part))
    conn.executemany("INSERT INTO vectors VALUES (?, ?)", rows)


def apply_changes(
    conn: sqlite3.Connection,
    removed: Sequence[str],
    changed: Sequence[IndexDoc],
    progress: ProgressFn | None,
    model: Embedder | None,
    known: dict[str, tuple[str, bytes]] | None = None,
) -> None:
    """Delete the ids ``removed`` and add or replace the documents ``changed``, in one
    transaction (a crash or a cancel leaves the index as it was); ``known`` as in
    :func:`write_all`."""
    work = len(removed) + len(changed)
    conn.execute("BEGIN IMMEDIATE")
    try:
        words: Counter[tuple[str, str]] = Counter()
        facets: dict[tuple[str, str], list[int]] = {}
        gone: set[int] = set()
        done = 0
        for doc_id in [*removed, *(d.id for d in changed)]:
            docnum = _delete(conn, doc_id, words)
            if docnum is not None:
                gone.add(docnum)
        done += len(removed)
        (next_num,) = conn.execute("SELECT coalesce(max(docnum), 0) + 1 FROM docs").fetchone()
        for i, doc in enumerate(changed):
            p = prepare(doc)
            _insert(conn, [p], next_num + i, facets)
            _write_vectors(conn, [p], next_num + i, model, known)
            words.update({(w, p.key): 1 for w in p.words})
            done += 1
            if progress is not None and progress(done, work) is False:
                raise Cancelled
        _update_words(conn, words)
        _write_facets(conn, facets, gone)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _delete(conn: sqlite3.Connection, doc_id: str, words: Counter[tuple[str, str]]) -> int | None:
    """Delete one document (its facet rows are fixed by the caller); its number or None."""
    row = conn.execute(
        "SELECT docnum, title, indexed_summary, text, analysis FROM docs WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    docnum, title, summary, text, key = row
    # Exactly the words counted for this document when it was added.
    parts = _analysed(key, title, summary, text)
    for w in parts[0].words | parts[1].words | parts[2].words:
        words[(w, key)] -= 1
    for table in ("docs", "vectors"):
        conn.execute(f"DELETE FROM {table} WHERE docnum = ?", (docnum,))
    conn.execute("DELETE FROM fts WHERE rowid = ?", (docnum,))
    return int(docnum)


def _update_words(conn: sqlite3.Connection, words: Counter[tuple[str, str]]) -> None:
    changes: list[tuple[Any, ...]] = [(n, w, k) for (w, k), n in words.items() if n]
    conn.executemany(
        "INSERT INTO words VALUES (?2, ?3, ?1) "
        "ON CONFLICT (word, analysis) DO UPDATE SET df = df + ?1",
        changes,
    )
    conn.execute("DELETE FROM words WHERE df <= 0")
