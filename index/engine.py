"""``SearchIndex``: the SQLite FTS5 implementation behind the engine-neutral API in ``index.api``.

``SearchIndex`` is the facade: it owns the locks and decides when to open, update or rebuild.
The work is done in ``opened.py`` (the open generation and its caches), ``writing.py``
(building and changing the database), ``searching.py`` with ``matching.py``, ``hybrid.py``,
``facets.py`` and ``suggestions.py`` (reading), and ``semantic.py`` (the meaning model).

A rebuild writes a whole new generation folder and then switches the manifest to it, so a
search during a long rebuild answers from the previous index. Incremental updates change the
open database in one SQLite transaction each.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import index.searching as searching
import index.semantic as semantic
import index.storage as storage
import index.suggestions as suggestions
from index.api import IndexDoc, IndexReport, ProgressFn, SearchQuery, SearchResults
from index.opened import DB_NAME, OpenIndex, connect
from index.schema import SCHEMA_VERSION
from index.text import fingerprint
from index.writing import Cancelled, apply_changes, connect_for_build, write_all

log = logging.getLogger(__name__)

# More changed documents than this share of the index: a fresh build is quicker than
# deleting and re-adding one by one.
REBUILD_SHARE = 0.5
WRITE_TIMEOUT = 10.0


def unique(docs: Sequence[IndexDoc]) -> list[IndexDoc]:
    """Drop repeated ids (the first wins; the content checker reports duplicates)."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out


class SearchIndex:
    """A rebuildable full-text and meaning index of the library, stored in ``directory``.

    Thread-safety: every method may be called from any thread. Reads share one connection
    under a lock; writes are serialised.
    """

    SCHEMA_VERSION: int = SCHEMA_VERSION

    def __init__(self, directory: Path, semantic_search: bool = True) -> None:
        """Remember where the index lives; nothing is read or written until used.

        ``semantic_search=False`` never loads the meaning model (lexical search only)."""
        import threading

        self.directory = Path(directory)
        self._lock = threading.RLock()  # guards the open index and its caches
        self._write_lock = threading.Lock()  # one writer at a time
        self._open = OpenIndex(self.directory)
        self._semantic = semantic_search
        # Set when a read failed in a way that suggests damage: the next ensure() rebuilds.
        self._damaged: str | None = None

    def _model(self) -> semantic.Embedder | None:
        return semantic.embedder() if self._semantic else None

    # ----------------------------------------------------------------- lifecycle

    def ensure(
        self,
        docs: Sequence[IndexDoc],
        progress: ProgressFn | None = None,
        vectors: dict[str, tuple[str, bytes]] | None = None,
    ) -> IndexReport:
        """Open the index and bring it up to date with ``docs``; rebuild if unusable.

        A missing index, another schema version, or damaged files lead to a rebuild,
        reported with ``rebuilt`` and ``reason``; they never raise. ``vectors`` (id ->
        (fingerprint, float16 bytes)) spares encoding documents whose vectors are known.
        """
        with self._write_lock:
            reason = self._unusable()
            if reason is not None:
                report = self._rebuild(docs, progress, reason, vectors)
            else:
                report = self._update_or_rebuild(docs, progress, vectors)
            self._warm()
            return report

    def _unusable(self) -> str | None:
        """Why the index on disk cannot be used as it is (None: it can)."""
        with self._lock:
            reason = self._damaged
            if reason is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                    self._open.check()
                except Exception as exc:
                    reason = _describe(exc)
                    log.info("search index unusable (%s): rebuilding", reason)
                    self._open.close()
            if reason is None:
                model = self._model()
                if model is not None and self._open.model != model.model_id:
                    reason = "the meaning-based search model changed"
            return reason

    def _update_or_rebuild(
        self,
        docs: Sequence[IndexDoc],
        progress: ProgressFn | None,
        vectors: dict[str, tuple[str, bytes]] | None = None,
    ) -> IndexReport:
        """An incremental update; a rebuild when the update fails on damage."""
        try:
            return self._update(docs, progress, vectors)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return IndexReport(reason="the index is being updated by another program")
            failure: Exception = exc
        except Cancelled:
            return IndexReport(reason="cancelled")
        except Exception as exc:
            failure = exc
        log.warning("incremental index update failed; rebuilding", exc_info=failure)
        with self._lock:
            self._open.close()
        return self._rebuild(docs, progress, _describe(failure), vectors)

    def rebuild(
        self,
        docs: Sequence[IndexDoc],
        progress: ProgressFn | None = None,
        vectors: dict[str, tuple[str, bytes]] | None = None,
    ) -> IndexReport:
        """Build a fresh index from ``docs`` in a new folder, then switch to it atomically."""
        with self._write_lock:
            return self._rebuild(docs, progress, "rebuild requested", vectors)

    def update(self, docs: Sequence[IndexDoc]) -> IndexReport:
        """Incrementally add new, re-index changed and delete vanished documents."""
        with self._write_lock:
            with self._lock:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception as exc:
                    reason: str | None = _describe(exc)
                else:
                    reason = self._damaged
            if reason is not None:
                return self._rebuild(docs, None, reason, None)
            return self._update_or_rebuild(docs, None)

    def close(self) -> None:
        """Release the database (the index stays on disk)."""
        with self._lock:
            self._open.close()

    def doc_count(self) -> int:
        """Number of documents in the open index (0 when there is none)."""
        with self._lock:
            if self._open.conn is None:
                with contextlib.suppress(Exception):
                    self._open.open(SCHEMA_VERSION)
            if self._open.conn is None:
                return 0
            try:
                return self._open.doc_count()
            except sqlite3.Error:
                return 0

    @property
    def damaged(self) -> bool:
        """Whether a read failed in a way that suggests damage (``ensure`` will rebuild)."""
        return self._damaged is not None

    def model_id(self) -> str:
        """The meaning model the open index's vectors come from ("" when none)."""
        with self._lock:
            return self._open.model

    def _warm(self) -> None:
        """Load what every search needs (facet sets, title order, vectors).

        ``ensure`` runs in the background at start-up, so the user's first query does not
        pay for this.
        """
        with self._lock:
            self._open.warm()

    def drop_caches(self) -> None:
        """Forget per-query caches (match sets, prefix expansions).

        For benchmarks that measure a query as if its words had not been searched before.
        """
        with self._lock:
            self._open.sets.clear()
            self._open.expand_cache.clear()

    # ----------------------------------------------------------------- writing

    def _rebuild(
        self,
        docs: Sequence[IndexDoc],
        progress: ProgressFn | None,
        reason: str,
        vectors: dict[str, tuple[str, bytes]] | None,
    ) -> IndexReport:
        started = time.perf_counter()
        docs = unique(docs)
        gen_dir = storage.new_generation(self.directory)
        previous = None
        try:
            conn = connect_for_build(gen_dir / DB_NAME, SCHEMA_VERSION)
            try:
                write_all(conn, docs, progress, self._model(), vectors)
            finally:
                conn.close()
            with self._lock:
                with contextlib.suppress(storage.ManifestError):
                    previous = storage.read_manifest(self.directory, SCHEMA_VERSION)["generation"]
                self._open.close()
                storage.write_manifest(
                    self.directory,
                    {
                        "engine": storage.ENGINE,
                        "schema_version": SCHEMA_VERSION,
                        "generation": gen_dir.name,
                        "documents": len(docs),
                        "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                        "files": storage.file_digests(gen_dir),
                    },
                )
                self._damaged = None
                self._open.open(SCHEMA_VERSION)
        except Cancelled:
            shutil.rmtree(gen_dir, ignore_errors=True)
            return IndexReport(reason="cancelled", seconds=time.perf_counter() - started)
        except BaseException:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise
        storage.remove_stale(self.directory, keep=gen_dir.name, previous=previous)
        return IndexReport(
            added=len(docs), rebuilt=True, reason=reason, seconds=time.perf_counter() - started
        )

    def _update(
        self,
        docs: Sequence[IndexDoc],
        progress: ProgressFn | None,
        vectors: dict[str, tuple[str, bytes]] | None = None,
    ) -> IndexReport:
        started = time.perf_counter()
        docs = unique(docs)
        with self._lock:
            current = self._open.fingerprints()
            gen = self._open.gen
        wanted = {doc.id: doc for doc in docs}
        removed = [i for i in current if i not in wanted]
        added = [d for d in docs if d.id not in current]
        changed = [d for d in docs if d.id in current and current[d.id] != fingerprint(d)]
        work = len(removed) + len(added) + len(changed)
        if not work:
            return IndexReport(seconds=time.perf_counter() - started)
        if len(current) > 100 and work > REBUILD_SHARE * len(current):
            return self._rebuild(docs, progress, "most documents changed", vectors)
        # Its own connection: a search meanwhile answers from the last committed state.
        conn = connect(self.directory / str(gen) / DB_NAME)
        conn.execute(f"PRAGMA busy_timeout={int(WRITE_TIMEOUT * 1000)}")
        try:
            apply_changes(conn, removed, [*added, *changed], progress, self._model(), vectors)
        finally:
            conn.close()
        with self._lock:
            self._open.refresh()
            manifest = storage.read_manifest(self.directory, SCHEMA_VERSION)
            manifest["documents"] = len(wanted)
            # The file changed: record its new checksum (a crash before this line only
            # means a rebuild at the next start).
            manifest["files"] = storage.file_digests(self.directory / manifest["generation"])
            storage.write_manifest(self.directory, manifest)
        return IndexReport(
            added=len(added),
            updated=len(changed),
            removed=len(removed),
            seconds=time.perf_counter() - started,
        )

    # ----------------------------------------------------------------- reading

    def search(self, q: SearchQuery) -> SearchResults:
        """Run a query; never raises for bad syntax or a damaged index (see ``notice``)."""
        model = self._model() if q.semantic and q.text.strip() else None
        with self._lock:
            if self._open.conn is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception as exc:
                    # Missing or unreadable: the next ensure() builds it afresh.
                    self._damaged = _describe(exc)
                    return self._empty(q, "The search index is not ready yet.")
            try:
                results = searching.search(self._open, q, model)
                if q.prefix and results.total == 0 and (q.text or "").strip():
                    # A misspelled last word expands to nothing as a prefix; read as a whole
                    # word it still gets a "did you mean" (search-as-you-type's final answer).
                    results = searching.search(self._open, replace(q, prefix=False), model)
                return results
            except Exception as exc:
                log.exception("search failed; the index will be rebuilt")
                self._damaged = _describe(exc)
                return self._empty(q, "The search index is damaged; it will be rebuilt.")

    def suggest(self, word: str) -> list[str]:
        """Return up to five known words close to ``word`` (unstemmed), best first."""
        with self._lock:
            if self._open.conn is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception:
                    return []
            try:
                return suggestions.suggest(self._open, word.lower().strip(), limit=5)
            except Exception:
                log.exception("suggestion failed")
                return []

    def vectors(self) -> dict[str, Any]:
        """The meaning vectors of the open index, to ship in a pack: ``{"model", "ids",
        "fingerprints", "matrix"}`` (matrix: float16, one row per id); empty when none."""
        with self._lock:
            if self._open.conn is None:
                self._open.open(SCHEMA_VERSION)
            stored = self._open.vectors()
            if stored is None:
                return {}
            docnums, matrix = stored
            rows = dict(
                (d, (i, f))
                for d, i, f in self._open.conn.execute(  # type: ignore[union-attr]
                    "SELECT docnum, id, fingerprint FROM docs"
                )
            )
            order = [rows[int(d)] for d in docnums.tolist()]
            return {
                "model": self._open.model,
                "ids": [i for i, _f in order],
                "fingerprints": [f for _i, f in order],
                "matrix": matrix,
            }

    @staticmethod
    def _empty(q: SearchQuery, notice: str) -> SearchResults:
        return SearchResults(
            query=q.text,
            total=0,
            hits=[],
            facets={},
            query_id=q.query_id,
            notice=notice,
            match="none",
        )


def _describe(exc: BaseException) -> str:
    """A short reason for logs and ``IndexReport.reason``."""
    if isinstance(exc, storage.ManifestError):
        return str(exc)
    return f"index damaged ({type(exc).__name__}: {exc})"[:300]
