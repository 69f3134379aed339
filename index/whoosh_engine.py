"""``SearchIndex``: the Whoosh implementation behind the engine-neutral API in ``index.api``.

Whoosh stores and analyses; the hot query paths are ours. Design notes (measured on the
synthetic libraries of ``bench/``):

* One searcher is opened and reused; it is replaced only after a write.
* A bulk build ends with a single optimised segment: spelling suggestions and prefix
  expansion walk the term dictionary, which is ~20x slower across many segments.
* Totals and facet counts come from set algebra on cached posting lists (``docsets.py``);
  ranking is BM25F over the same lists (``ranking.py``). Whoosh's own matchers and
  collectors cost 50-80 µs per matching document here, which blew the latency budget.
* Phrases are pair terms indexed next to single terms (``analysis.py``): one lookup.
* Snippets come from character offsets stored with each document (``snippets.py``).

``SearchIndex`` is the facade: it owns the locks and decides when to open, update or
rebuild. The work is done in ``opened.py`` (the open generation and its caches),
``writing.py`` (segments), ``searching.py`` with ``facets.py`` and ``suggestions.py``
(reading), and ``fields.py`` (what is stored per document).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from whoosh.index import LockError
from whoosh.searching import Searcher

import index.searching as searching
import index.storage as storage
import index.suggestions as suggestions
from index.api import IndexDoc, IndexReport, ProgressFn, SearchQuery, SearchResults
from index.fields import unique
from index.opened import OpenIndex
from index.schema import SCHEMA_VERSION, build_schema
from index.text import fingerprint
from index.writing import Cancelled, write_changes, write_generation

log = logging.getLogger(__name__)

# More changed documents than this share of the index: a fresh build is quicker than
# deleting and re-adding one by one (and leaves one optimised segment).
REBUILD_SHARE = 0.5
# Incremental commits on an index up to this size are cheap to optimise back to one segment.
# Above it, merging everything after a 10-document delta cost 12-14 s on 1,000 documents
# (0.5 s without): Whoosh's own small-segment merging keeps the segment count low instead.
OPTIMISE_UP_TO = 300


class SearchIndex:
    """A rebuildable full-text index of the library, stored in ``directory``.

    Thread-safety: every method may be called from any thread. Reads share one searcher under
    a lock; writes are serialised and swap the searcher only when they are done, so a search
    during a long rebuild answers from the previous index.
    """

    SCHEMA_VERSION: int = SCHEMA_VERSION

    def __init__(self, directory: Path) -> None:
        """Remember where the index lives; nothing is read or written until used."""
        self.directory = Path(directory)
        self._schema = build_schema()
        self._lock = threading.RLock()  # guards the open index, searcher and caches
        self._write_lock = threading.Lock()  # one writer at a time
        self._open = OpenIndex(self.directory, self._schema)
        # Set when a read failed in a way that suggests damage: the next ensure() rebuilds.
        self._damaged: str | None = None

    @property
    def _searcher(self) -> Searcher | None:
        """The open searcher (tests and benchmarks read the index through it)."""
        return self._open.searcher

    # ----------------------------------------------------------------- lifecycle

    def ensure(self, docs: Sequence[IndexDoc], progress: ProgressFn | None = None) -> IndexReport:
        """Open the index and bring it up to date with ``docs``; rebuild if unusable.

        A missing index, another schema version, or damaged files (anything that fails
        while opening or reading) lead to a rebuild, reported with ``rebuilt`` and ``reason``;
        they never raise.
        """
        with self._write_lock:
            reason = self._unusable()
            if reason is not None:
                report = self._rebuild(docs, progress, reason)
            else:
                report = self._update_or_rebuild(docs, progress)
            self._warm()
            return report

    def _unusable(self) -> str | None:
        """Why the index on disk cannot be used as it is (None: it can)."""
        with self._lock:
            reason = self._damaged
            if reason is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                    self._open.check(SCHEMA_VERSION)
                except Exception as exc:
                    reason = _describe(exc)
                    log.info("search index unusable (%s): rebuilding", reason)
                    self._open.close()
            return reason

    def _update_or_rebuild(
        self, docs: Sequence[IndexDoc], progress: ProgressFn | None
    ) -> IndexReport:
        """An incremental update; a rebuild when the update fails on damage."""
        try:
            return self._update(docs, progress)
        except LockError:
            return IndexReport(reason="the index is being updated by another program")
        except Cancelled:
            return IndexReport(reason="cancelled")
        except Exception as exc:
            log.warning("incremental index update failed; rebuilding", exc_info=True)
            with self._lock:
                self._open.close()
            return self._rebuild(docs, progress, _describe(exc))

    def rebuild(self, docs: Sequence[IndexDoc], progress: ProgressFn | None = None) -> IndexReport:
        """Build a fresh index from ``docs`` in a new folder, then switch to it atomically."""
        with self._write_lock:
            return self._rebuild(docs, progress, "rebuild requested")

    def update(self, docs: Sequence[IndexDoc]) -> IndexReport:
        """Incrementally add new, re-index changed and delete vanished documents."""
        with self._write_lock:
            with self._lock:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception as exc:
                    reason = _describe(exc)
                else:
                    reason = self._damaged
            if reason is not None:
                return self._rebuild(docs, None, reason)
            try:
                return self._update(docs, None)
            except LockError:
                return IndexReport(reason="the index is being updated by another program")

    def close(self) -> None:
        """Release the searcher and files (the index stays on disk)."""
        with self._lock:
            self._open.close()

    def doc_count(self) -> int:
        """Number of documents in the open index (0 when there is none)."""
        with self._lock:
            if self._open.searcher is None:
                with contextlib.suppress(Exception):
                    self._open.open(SCHEMA_VERSION)
            searcher = self._open.searcher
            return searcher.doc_count() if searcher is not None else 0

    def _warm(self) -> None:
        """Load what every search needs (facet sets, field length factors, title order).

        ``ensure`` runs in the background at start-up, so the user's first query does not
        pay for this (about 0.3 s on 10,000 documents).
        """
        with self._lock:
            self._open.warm()

    def drop_caches(self) -> None:
        """Forget per-term caches (postings, match sets, prefix expansions).

        For benchmarks that measure a query as if its words had not been searched before;
        per-index structures (field lengths, facet sets, title order) are kept.
        """
        with self._lock:
            if self._open.docsets is not None:
                self._open.docsets.clear_terms()
            self._open.expand_cache.clear()

    # ----------------------------------------------------------------- writing

    def _rebuild(
        self, docs: Sequence[IndexDoc], progress: ProgressFn | None, reason: str
    ) -> IndexReport:
        started = time.perf_counter()
        docs = unique(docs)
        gen_dir = storage.new_generation(self.directory)
        previous = None
        try:
            write_generation(self._schema, gen_dir, docs, progress)
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

    def _update(self, docs: Sequence[IndexDoc], progress: ProgressFn | None) -> IndexReport:
        started = time.perf_counter()
        docs = unique(docs)
        with self._lock:
            current = self._open.fingerprints()
            ix = self._open.ix
        assert ix is not None
        wanted = {doc.id: doc for doc in docs}
        removed = [i for i in current if i not in wanted]
        added = [d for d in docs if d.id not in current]
        changed = [d for d in docs if d.id in current and current[d.id] != fingerprint(d)]
        work = len(removed) + len(added) + len(changed)
        if not work:
            return IndexReport(seconds=time.perf_counter() - started)
        if len(current) > 100 and work > REBUILD_SHARE * len(current):
            return self._rebuild(docs, progress, "most documents changed")
        # Small indexes are optimised back to one segment at once; larger ones rely on
        # Whoosh merging small segments, and a later rebuild optimises again.
        write_changes(ix, removed, [*added, *changed], progress, len(wanted) <= OPTIMISE_UP_TO)
        with self._lock:
            self._open.new_searcher()
            # The files changed: record their new checksums (a crash before this line only
            # means a rebuild at the next start).
            manifest = storage.read_manifest(self.directory, SCHEMA_VERSION)
            manifest["documents"] = len(wanted)
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
        with self._lock:
            if self._open.searcher is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception:
                    return self._empty(q, "The search index is not ready yet.")
            try:
                results = searching.search(self._open, q)
                if q.prefix and results.total == 0 and (q.text or "").strip():
                    # A misspelled last word expands to nothing as a prefix; read as a whole
                    # word it still gets a "did you mean" (search-as-you-type's final answer).
                    results = searching.search(self._open, replace(q, prefix=False))
                return results
            except Exception as exc:
                log.exception("search failed; the index will be rebuilt")
                self._damaged = _describe(exc)
                return self._empty(q, "The search index is damaged; it will be rebuilt.")

    def suggest(self, word: str) -> list[str]:
        """Return up to five known words close to ``word`` (unstemmed), best first."""
        with self._lock:
            if self._open.searcher is None:
                try:
                    self._open.open(SCHEMA_VERSION)
                except Exception:
                    return []
            try:
                return suggestions.suggest(self._open, word.lower().strip(), limit=5)
            except Exception:
                log.exception("suggestion failed")
                return []

    @staticmethod
    def _empty(q: SearchQuery, notice: str) -> SearchResults:
        return SearchResults(
            query=q.text, total=0, hits=[], facets={}, query_id=q.query_id, notice=notice
        )


def _describe(exc: BaseException) -> str:
    """A short reason for logs and ``IndexReport.reason``."""
    if isinstance(exc, storage.ManifestError):
        return str(exc)
    return f"index damaged ({type(exc).__name__}: {exc})"[:300]
