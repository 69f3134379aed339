"""The open generation of an index: its database connection and what is cached per open
(facet sets, analysis languages, title order, match sets, words, meaning vectors).

Not thread-safe on its own: :class:`index.engine.SearchIndex` holds its lock around every
call.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
from array import array
from collections import OrderedDict
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any

import index.storage as storage
from index.api import FACET_FIELDS
from index.schema import FACET_DOCS, SCHEMA_VERSION

log = logging.getLogger(__name__)

EMPTY: frozenset[int] = frozenset()
DB_NAME = "index.sqlite"


def unpack_docs(blob: bytes) -> array:
    """The document numbers of a ``facets.docs`` value."""
    docs = array(FACET_DOCS)
    docs.frombytes(blob)
    if sys.byteorder != "little":
        docs.byteswap()
    return docs


def pack_docs(docnums: Iterable[int]) -> bytes:
    """A ``facets.docs`` value (sorted, little-endian)."""
    docs = array(FACET_DOCS, sorted(docnums))
    if sys.byteorder != "little":
        docs.byteswap()
    return docs.tobytes()


def connect(path: Path) -> sqlite3.Connection:
    """Open an existing index database for reading and small updates."""
    conn = sqlite3.connect(
        f"file:{path.as_posix()}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
    )
    # The schema may not call functions with side effects (defence in depth: only indexes we
    # built ourselves are ever opened), and damaged pages are noticed instead of followed.
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    return conn


class OpenIndex:
    """One index folder's current generation, opened (or nothing yet)."""

    CACHE = 256

    def __init__(self, directory: Path) -> None:
        """Remember the folder; nothing is opened until :meth:`open`."""
        self.directory = directory
        self.conn: sqlite3.Connection | None = None
        self.gen: str | None = None
        self.schema_version = SCHEMA_VERSION
        self._reset()

    def _reset(self) -> None:
        self.keys: tuple[str, ...] = ()
        self.model = ""
        self.expand_cache: dict[tuple[str, str], list[str]] = {}
        self.sets: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._facets: dict[str, dict[str, frozenset[int]]] | None = None
        self._all: frozenset[int] | None = None
        self._rank: dict[int, int] | None = None
        self._by_key: dict[str, frozenset[int]] | None = None
        self._words: dict[str, dict[str, int]] = {}
        self._word_lists: dict[str, list[str]] = {}
        self._vectors: tuple[Any, Any] | None = None

    # ----------------------------------------------------------------- lifecycle

    def open(self, schema_version: int = SCHEMA_VERSION) -> None:
        """Open the generation the manifest names (nothing to do if it is open already)."""
        manifest = storage.read_manifest(self.directory, schema_version)
        if self.conn is not None and self.gen == manifest["generation"]:
            return
        self.schema_version = schema_version
        self.close()
        path = self.directory / manifest["generation"] / DB_NAME
        if not path.is_file():
            raise storage.ManifestError("index files are missing")
        conn = connect(path)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("schema_version") != str(schema_version):
                raise storage.ManifestError("index schema version differs from its manifest")
            self.keys = tuple(
                k for (k,) in conn.execute("SELECT DISTINCT analysis FROM docs ORDER BY 1")
            )
        except BaseException:
            conn.close()
            raise
        self.conn = conn
        self.gen = manifest["generation"]
        self.model = meta.get("model", "")

    def refresh(self) -> None:
        """Forget every cache after a write (the connection stays open)."""
        conn, gen = self.conn, self.gen
        self._reset()
        self.conn, self.gen = conn, gen
        if conn is not None:
            self.keys = tuple(
                k for (k,) in conn.execute("SELECT DISTINCT analysis FROM docs ORDER BY 1")
            )
            row = conn.execute("SELECT value FROM meta WHERE key = 'model'").fetchone()
            self.model = row[0] if row else ""

    def check(self) -> None:
        """Verify the database's structure and read a little of every table.

        Damage should show up here, where it leads to a rebuild, rather than as words that
        silently cannot be found.
        """
        assert self.conn is not None and self.gen is not None
        manifest = storage.read_manifest(self.directory, self.schema_version)
        storage.verify_digests(self.directory / self.gen, manifest.get("files") or {})
        result = self.conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise storage.ManifestError(f"index damaged ({result[0] if result else 'no answer'})")
        for table in ("docs", "facets", "words", "vectors", "fts"):
            self.conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
        self.conn.execute("SELECT rowid FROM fts WHERE fts MATCH 'a' LIMIT 1").fetchall()

    def close(self) -> None:
        """Release the database (the index stays on disk)."""
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
        self.conn = None
        self.gen = None
        self._reset()

    def fingerprints(self) -> dict[str, str]:
        """id -> fingerprint of every document."""
        assert self.conn is not None
        return dict(self.conn.execute("SELECT id, fingerprint FROM docs").fetchall())

    def doc_count(self) -> int:
        """How many documents the open index holds."""
        assert self.conn is not None
        return int(self.conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    # ----------------------------------------------------------------- cached sets

    def all_docs(self) -> frozenset[int]:
        """Every document number."""
        if self._all is None:
            assert self.conn is not None
            self._all = frozenset(d for (d,) in self.conn.execute("SELECT docnum FROM docs"))
        return self._all

    def facet(self, name: str) -> dict[str, frozenset[int]]:
        """Every value of a facet with its documents."""
        if self._facets is None:
            assert self.conn is not None
            facets: dict[str, dict[str, frozenset[int]]] = {f: {} for f in FACET_FIELDS}
            for field, value, blob in self.conn.execute("SELECT field, value, docs FROM facets"):
                facets.setdefault(field, {})[value] = frozenset(unpack_docs(blob))
            self._facets = facets
        return self._facets.get(name, {})

    def facet_union(self, name: str, accepted: list[str]) -> frozenset[int]:
        """Documents having any of ``accepted`` values of a facet (OR within a facet)."""
        values = self.facet(name)
        out: set[int] = set()
        for value in accepted:
            out |= values.get(value, EMPTY)
        return frozenset(out)

    def by_key(self, key: str) -> frozenset[int]:
        """Documents analysed in language ``key``."""
        if self._by_key is None:
            assert self.conn is not None
            groups: dict[str, set[int]] = {}
            for docnum, k in self.conn.execute("SELECT docnum, analysis FROM docs"):
                groups.setdefault(k, set()).add(docnum)
            self._by_key = {k: frozenset(v) for k, v in groups.items()}
        return self._by_key.get(key, EMPTY)

    def match(self, expression: str) -> frozenset[int]:
        """Documents matching an FTS5 expression (cached: typing refines the same words)."""
        cached = self.sets.get(expression)
        if cached is not None:
            self.sets.move_to_end(expression)
            return cached
        assert self.conn is not None
        cursor = self.conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))
        docs = frozenset(map(itemgetter(0), cursor))  # C loops, no generator per row
        self.sets[expression] = docs
        if len(self.sets) > self.CACHE:
            self.sets.popitem(last=False)
        return docs

    def title_rank(self) -> dict[int, int]:
        """Each document's position in title order (for listing and for ties)."""
        if self._rank is None:
            assert self.conn is not None
            rows = self.conn.execute("SELECT docnum FROM docs ORDER BY title_sort, docnum")
            self._rank = {d: i for i, (d,) in enumerate(rows)}
        return self._rank

    def words(self, key: str) -> dict[str, int]:
        """Every distinct word of language ``key`` with its document frequency."""
        cached = self._words.get(key)
        if cached is None:
            assert self.conn is not None
            cached = dict(
                self.conn.execute("SELECT word, df FROM words WHERE analysis = ?", (key,))
            )
            self._words[key] = cached
        return cached

    def word_list(self, key: str) -> list[str]:
        """The words of language ``key`` as a list (what spelling candidates are drawn from)."""
        cached = self._word_lists.get(key)
        if cached is None:
            cached = self._word_lists[key] = list(self.words(key))
        return cached

    def vectors(self) -> tuple[Any, Any] | None:
        """(document numbers, float16 matrix) of the meaning vectors; None when there are
        none (the model was missing when the index was built)."""
        if self._vectors is None:
            assert self.conn is not None
            rows = self.conn.execute(
                "SELECT docnum, vector FROM vectors ORDER BY docnum"
            ).fetchall()
            if not rows or not self.model:
                return None
            import numpy as np

            blob = b"".join(v for _d, v in rows)
            matrix = np.frombuffer(blob, dtype=np.float16).reshape(len(rows), -1)
            docnums = np.fromiter((d for d, _v in rows), dtype=np.int64, count=len(rows))
            self._vectors = (docnums, matrix)
        return self._vectors

    def stored(self, docnums: list[int]) -> dict[int, dict[str, Any]]:
        """The stored fields of some documents."""
        assert self.conn is not None
        if not docnums:
            return {}
        marks = ",".join("?" * len(docnums))
        cur = self.conn.execute(
            "SELECT docnum, id, title, summary, path, lang, analysis, doctype, text "
            f"FROM docs WHERE docnum IN ({marks})",
            docnums,
        )
        names = [c[0] for c in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur}

    def warm(self) -> None:
        """Load what every search needs (facet sets, title order, vectors)."""
        if self.conn is None:
            return
        try:
            self.facet("type")
            self.all_docs()
            self.title_rank()
            self.by_key("en")
            self.vectors()
        except Exception:  # damage: the next search reports it and marks a rebuild
            log.warning("warming the search index failed", exc_info=True)
