"""The index's tables: SQLite with an FTS5 full-text table, facets, words and vectors.

Why SQLite FTS5 and not Whoosh (the first engine): Whoosh's writer spends ~3 µs of Python per
posting, which put a 10,000-document build at 123 s (74x FTS5); see ``bench/build_profile.py``
for the profile. Here our own analysis turns each field into its index terms (stemmed per
language, accents folded, stop words dropped) and FTS5 indexes those terms in C. SQLite files
hold no pickles: opening an index runs no code from it.

Bump ``SCHEMA_VERSION`` whenever the tables, the analysis or the text preparation change:
an index built by another version is rebuilt on the next ``ensure``.
"""

from __future__ import annotations

SCHEMA_VERSION = 3

#: The ``docs`` column of ``facets``: the document numbers having a value, as an array of
#: unsigned 32-bit integers (``array("I")``, little-endian), so loading every facet of a
#: large library is a few hundred rows instead of a row per document and value.
FACET_DOCS = "I"

#: Facet field names (also the filter keys and the field-query names ``type:``, ``tag:`` ...).
FACETS = ("type", "component", "audience", "language", "tag", "pack")

#: Text "roles": the three FTS5 columns, in order.
TEXT_ROLES = ("title", "summary", "body")

#: Column weights for FTS5's bm25(): a title match matters most; a summary is an abstract.
ROLE_WEIGHT = {"title": 3.0, "summary": 1.5, "body": 1.0}

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE docs (
    docnum INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    title TEXT NOT NULL,
    title_sort TEXT NOT NULL,
    summary TEXT NOT NULL,
    path TEXT NOT NULL,
    lang TEXT NOT NULL,
    analysis TEXT NOT NULL,
    doctype TEXT NOT NULL,
    text TEXT NOT NULL,
    indexed_summary TEXT NOT NULL
);
CREATE TABLE facets (
    field TEXT NOT NULL, value TEXT NOT NULL, docs BLOB NOT NULL,
    PRIMARY KEY (field, value)
) WITHOUT ROWID;
CREATE TABLE words (
    word TEXT NOT NULL, analysis TEXT NOT NULL, df INTEGER NOT NULL,
    PRIMARY KEY (word, analysis)
) WITHOUT ROWID;
CREATE TABLE vectors (docnum INTEGER PRIMARY KEY, vector BLOB NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(
    title, summary, body,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '._'",
    detail = full
);
-- ORDER BY rank then ranks by the weighted BM25 in C, and LIMIT stops early.
INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(3.0, 1.5, 1.0)');
"""


def fts_column(role: str) -> str:
    """The FTS5 column of a text role."""
    return role
