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
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import logging
import re
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from operator import itemgetter
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query
from whoosh.index import LockError
from whoosh.searching import Searcher

from index import storage
from index.analysis import PAIR_SEP, analyse, analysis_key, spelling_words
from index.api import (
    FACET_FIELDS,
    Hit,
    IndexDoc,
    IndexReport,
    ProgressFn,
    SearchQuery,
    SearchResults,
)
from index.codec import AccordCodec
from index.docsets import DocSets
from index.query import Parsed, localize, parse
from index.ranking import bm25f, proximity_units, units_of, warm
from index.schema import ANALYSIS, SCHEMA_VERSION, SPELL, build_schema, text_field
from index.snippets import find_spans, lead_snippet, make_snippet, pack_offsets
from index.text import expand_tags, fingerprint, markdown_to_text, normalize_language
from index.text import normalize_value as norm

log = logging.getLogger(__name__)

# Prefix/wildcard expansion: look at this many dictionary words at most, keep the most common.
EXPAND_SCAN = 5000
EXPAND_KEEP = 16
# More changed documents than this share of the index: a fresh build is quicker than
# deleting and re-adding one by one (and leaves one optimised segment).
REBUILD_SHARE = 0.5
# Incremental commits on an index up to this size are cheap to optimise back to one segment.
# Above it, merging everything after a 10-document delta cost 12-14 s on 1,000 documents
# (0.5 s without): Whoosh's own small-segment merging keeps the segment count low instead.
OPTIMISE_UP_TO = 300
WRITER_TIMEOUT = 10.0

_FILTER_ALIASES = {
    "types": "type",
    "components": "component",
    "audiences": "audience",
    "lang": "language",
    "languages": "language",
    "tags": "tag",
    "packs": "pack",
}


def _facet_values(values: Iterable[str]) -> str:
    # KEYWORD(commas=True): a comma inside a value would split it, so it cannot be one.
    return ",".join(v for v in (norm(x).replace(",", " ") for x in values) if v)


def _doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """The Whoosh field values for one document."""
    language = normalize_language(doc.language)
    key = analysis_key(language)
    text = markdown_to_text(doc.body)
    # Analysed once: the offsets are stored for snippets, the terms become the postings.
    body = analyse(key, text)
    terms, spans = pack_offsets(body)
    # Tag words are searchable as text too ("enforcement" finds governance/enforcement),
    # indexed with the summary: a short, descriptive field.
    tag_words = " ".join(t.replace("/", " ").replace("-", " ") for t in doc.tags)
    return {
        "id": doc.id,
        "fingerprint": fingerprint(doc).encode("utf-8"),
        "title_sort": doc.title.casefold().encode("utf-8"),
        "title": doc.title,
        "summary": doc.summary,
        "path": doc.path,
        "lang": language,
        "doctype": doc.type,
        "text": text,
        "terms": terms,
        "spans": spans,
        "spell": spelling_words(doc.title, doc.summary, text),
        ANALYSIS: key,
        "type": _facet_values([doc.type or "reference"]),
        "component": _facet_values(doc.components),
        "audience": _facet_values(doc.audience),
        "language": _facet_values([language]),
        "tag": _facet_values(expand_tags(doc.tags)),
        "pack": _facet_values([doc.pack or "core"]),
        text_field("title", key): doc.title,
        text_field("summary", key): f"{doc.summary}\n{tag_words}",
        text_field("body", key): body,
    }


def _unique(docs: Sequence[IndexDoc]) -> list[IndexDoc]:
    """Drop repeated ids (the first wins; the content checker reports duplicates)."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out


class _Cancelled(Exception):
    pass


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk build.

    The writer holds hundreds of thousands of posting tuples; each automatic collection
    walks all of them, which cost about 40% of the time spent adding documents. Reference
    counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
        self._ix: whoosh_index.Index | None = None
        self._gen: str | None = None
        self._searcher: Searcher | None = None
        self._docsets: DocSets | None = None
        self._keys: tuple[str, ...] = ()
        self._expand_cache: dict[tuple[str, str], list[str]] = {}
        self._rank: list[int] | None = None
        # Set when a read failed in a way that suggests damage: the next ensure() rebuilds.
        self._damaged: str | None = None

    # ----------------------------------------------------------------- lifecycle

    def ensure(self, docs: Sequence[IndexDoc], progress: ProgressFn | None = None) -> IndexReport:
        """Open the index and bring it up to date with ``docs``; rebuild if unusable.

        A missing index, another schema version, or damaged files (anything that fails
        while opening or reading) lead to a rebuild, reported with ``rebuilt`` and ``reason``;
        they never raise.
        """
        with self._write_lock:
            with self._lock:
                reason = self._damaged
                if reason is None:
                    try:
                        self._open_locked()
                        self._check_locked()
                    except Exception as exc:
                        reason = _describe(exc)
                        log.info("search index unusable (%s): rebuilding", reason)
                        self._close_locked()
            if reason is not None:
                report = self._rebuild(docs, progress, reason)
            else:
                try:
                    report = self._update(docs, progress)
                except LockError:
                    report = IndexReport(reason="the index is being updated by another program")
                except _Cancelled:
                    report = IndexReport(reason="cancelled")
                except Exception as exc:
                    log.warning("incremental index update failed; rebuilding", exc_info=True)
                    with self._lock:
                        self._close_locked()
                    report = self._rebuild(docs, progress, _describe(exc))
            self._warm()
            return report

    def rebuild(self, docs: Sequence[IndexDoc], progress: ProgressFn | None = None) -> IndexReport:
        """Build a fresh index from ``docs`` in a new folder, then switch to it atomically."""
        with self._write_lock:
            return self._rebuild(docs, progress, "rebuild requested")

    def update(self, docs: Sequence[IndexDoc]) -> IndexReport:
        """Incrementally add new, re-index changed and delete vanished documents."""
        with self._write_lock:
            with self._lock:
                try:
                    self._open_locked()
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
            self._close_locked()

    def doc_count(self) -> int:
        """Number of documents in the open index (0 when there is none)."""
        with self._lock:
            if self._searcher is None:
                with contextlib.suppress(Exception):
                    self._open_locked()
            return self._searcher.doc_count() if self._searcher is not None else 0

    def _warm(self) -> None:
        """Load what every search needs (facet sets, field length factors, title order).

        ``ensure`` runs in the background at start-up, so the user's first query does not
        pay for this (about 0.3 s on 10,000 documents).
        """
        with self._lock:
            if self._docsets is None:
                return
            try:
                for name in FACET_FIELDS:
                    self._docsets.facet(name)
                warm(self._docsets, self._keys)
                self._title_rank_locked()
            except Exception:  # damage: the next search reports it and marks a rebuild
                log.warning("warming the search index failed", exc_info=True)

    def drop_caches(self) -> None:
        """Forget per-term caches (postings, match sets, prefix expansions).

        For benchmarks that measure a query as if its words had not been searched before;
        per-index structures (field lengths, facet sets, title order) are kept.
        """
        with self._lock:
            if self._docsets is not None:
                self._docsets.clear_terms()
            self._expand_cache.clear()

    # ----------------------------------------------------------------- opening

    def _open_locked(self) -> None:
        manifest = storage.read_manifest(self.directory, SCHEMA_VERSION)
        if self._searcher is not None and self._gen == manifest["generation"]:
            return
        self._close_locked()
        gen_dir = self.directory / manifest["generation"]
        if not whoosh_index.exists_in(str(gen_dir)):
            raise storage.ManifestError("index files are missing")
        ix = whoosh_index.open_dir(str(gen_dir), schema=self._schema)
        self._ix = ix
        self._gen = manifest["generation"]
        self._new_searcher_locked()

    def _new_searcher_locked(self) -> None:
        assert self._ix is not None
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = self._ix.searcher()
        reader = self._searcher.reader()
        self._docsets = DocSets(reader, self._searcher)
        self._keys = (
            tuple(sorted(reader.field_terms(ANALYSIS))) if ANALYSIS in reader.schema else ()
        )
        self._expand_cache.clear()
        self._rank = None

    def _check_locked(self) -> None:
        """Verify the files and touch every part of the index once.

        Damage should show up here, where it leads to a rebuild, rather than as words that
        silently cannot be found.
        """
        assert self._searcher is not None and self._gen is not None
        manifest = storage.read_manifest(self.directory, SCHEMA_VERSION)
        storage.verify_digests(self.directory / self._gen, manifest.get("files") or {})
        reader = self._searcher.reader()
        count = reader.doc_count_all()
        self._fingerprints_locked()
        if count:
            reader.stored_fields(0)
            reader.stored_fields(count - 1)
        for fieldname in ("type", ANALYSIS, SPELL):
            for text in reader.field_terms(fieldname):
                list(reader.postings(fieldname, text).all_ids())
                break
        for key in self._keys:
            fieldname = text_field("body", key)
            for text in reader.field_terms(fieldname):
                list(reader.postings(fieldname, text).all_ids())
                break

    def _close_locked(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):
                self._searcher.close()
        if self._ix is not None:
            with contextlib.suppress(Exception):
                self._ix.close()
        self._searcher = None
        self._ix = None
        self._gen = None
        self._docsets = None
        self._keys = ()
        self._expand_cache.clear()
        self._rank = None

    def _fingerprints_locked(self) -> dict[str, str]:
        """id -> fingerprint of every live document (from columns: no stored-field loads)."""
        assert self._searcher is not None
        reader = self._searcher.reader()
        if reader.doc_count_all() == 0:
            return {}  # an index with no segment has no columns at all
        ids = list(reader.column_reader("id"))
        fps = list(reader.column_reader("fingerprint"))
        return {ids[d]: fps[d].decode("utf-8") for d in range(len(ids)) if not reader.is_deleted(d)}

    # ----------------------------------------------------------------- writing

    def _rebuild(
        self, docs: Sequence[IndexDoc], progress: ProgressFn | None, reason: str
    ) -> IndexReport:
        started = time.perf_counter()
        docs = _unique(docs)
        gen_dir = storage.new_generation(self.directory)
        previous = None
        try:
            self._write_generation(gen_dir, docs, progress)
            with self._lock:
                with contextlib.suppress(storage.ManifestError):
                    previous = storage.read_manifest(self.directory, SCHEMA_VERSION)["generation"]
                self._close_locked()
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
                self._open_locked()
        except _Cancelled:
            shutil.rmtree(gen_dir, ignore_errors=True)
            return IndexReport(reason="cancelled", seconds=time.perf_counter() - started)
        except BaseException:
            shutil.rmtree(gen_dir, ignore_errors=True)
            raise
        storage.remove_stale(self.directory, keep=gen_dir.name, previous=previous)
        return IndexReport(
            added=len(docs), rebuilt=True, reason=reason, seconds=time.perf_counter() - started
        )

    def _write_generation(
        self, gen_dir: Path, docs: list[IndexDoc], progress: ProgressFn | None
    ) -> None:
        """Write ``docs`` as a new single-segment Whoosh index in ``gen_dir``."""
        ix = whoosh_index.create_in(str(gen_dir), self._schema)
        try:
            # A large memory pool keeps a typical library in one in-memory run (no temporary
            # run files to merge).
            writer = ix.writer(limitmb=256, codec=AccordCodec())
            try:
                with _no_gc():
                    total = len(docs)
                    step = max(1, total // 200)
                    for i, doc in enumerate(docs, 1):
                        writer.add_document(**_doc_fields(doc))
                        due = progress is not None and (i % step == 0 or i == total)
                        if due and progress(i, total) is False:
                            raise _Cancelled
                    # optimize=True: one segment (fast suggestions and prefix expansion).
                    writer.commit(optimize=True)
            except BaseException:
                writer.cancel()
                raise
        finally:
            ix.close()

    def _update(self, docs: Sequence[IndexDoc], progress: ProgressFn | None) -> IndexReport:
        started = time.perf_counter()
        docs = _unique(docs)
        with self._lock:
            current = self._fingerprints_locked()
            ix = self._ix
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

        writer = ix.writer(timeout=WRITER_TIMEOUT, codec=AccordCodec())
        try:
            for doc_id in removed:
                writer.delete_by_term("id", doc_id)
            done = len(removed)
            for doc in (*added, *changed):
                # update_document replaces the document with the same unique id.
                writer.update_document(**_doc_fields(doc))
                done += 1
                if progress is not None and progress(done, work) is False:
                    raise _Cancelled
            # Small indexes are optimised back to one segment at once; larger ones rely on
            # Whoosh merging small segments, and a later rebuild optimises again.
            writer.commit(optimize=len(wanted) <= OPTIMISE_UP_TO)
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            raise
        with self._lock:
            self._new_searcher_locked()
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
            if self._searcher is None:
                try:
                    self._open_locked()
                except Exception:
                    return self._empty(q, "The search index is not ready yet.")
            try:
                results = self._search_locked(q)
                if q.prefix and results.total == 0 and (q.text or "").strip():
                    # A misspelled last word expands to nothing as a prefix; read as a whole
                    # word it still gets a "did you mean" (search-as-you-type's final answer).
                    results = self._search_locked(replace(q, prefix=False))
                return results
            except Exception as exc:
                log.exception("search failed; the index will be rebuilt")
                self._damaged = _describe(exc)
                return self._empty(q, "The search index is damaged; it will be rebuilt.")

    def suggest(self, word: str) -> list[str]:
        """Return up to five known words close to ``word`` (unstemmed), best first."""
        with self._lock:
            if self._searcher is None:
                try:
                    self._open_locked()
                except Exception:
                    return []
            try:
                return self._suggest_locked(word.lower().strip(), limit=5)
            except Exception:
                log.exception("suggestion failed")
                return []

    @staticmethod
    def _empty(q: SearchQuery, notice: str) -> SearchResults:
        return SearchResults(
            query=q.text, total=0, hits=[], facets={}, query_id=q.query_id, notice=notice
        )

    def _normalize_filters(
        self, filters: dict[str, list[str]]
    ) -> tuple[dict[str, list[str]], str | None]:
        out: dict[str, list[str]] = {}
        unknown = []
        for name, values in (filters or {}).items():
            field = _FILTER_ALIASES.get(name.lower(), name.lower())
            if field not in FACET_FIELDS:
                unknown.append(name)
                continue
            if isinstance(values, str):
                values = [values]
            if field == "language":
                vals = [normalize_language(v) for v in values]
            else:
                vals = [norm(v) for v in values]
            vals = [v for v in vals if v]
            if vals:
                out.setdefault(field, []).extend(vals)
        notice = f"Unknown filter {', '.join(unknown)} was ignored." if unknown else None
        return out, notice

    def _search_locked(self, sq: SearchQuery) -> SearchResults:
        ds = self._docsets
        assert ds is not None
        parsed = parse(sq.text or "", prefix=sq.prefix)
        filters, filter_notice = self._normalize_filters(sq.filters)
        notices = [n for n in (parsed.notice, filter_notice) if n]

        final: query.Query | None = None
        if parsed.query is not query.NullQuery:
            # Every language present, even under a language filter: the language facet must
            # still count the other languages so the user can widen the filter again.
            localized: list[query.Query] = []
            for key in self._keys:
                lq = localize(parsed.query, key, self._expand_locked)
                if lq is not query.NullQuery and lq not in localized:
                    localized.append(lq)
            final = (
                query.NullQuery
                if not localized
                else localized[0]
                if len(localized) == 1
                else query.Or(localized)
            )
            if final is query.NullQuery and parsed.has_text and self._keys and not notices:
                notices.append("Only very common words were typed; add a more specific word.")

        match = ds.query(final) if final is not None else ds.all_docs()
        filter_sets = {name: ds.facet_union(name, vals) for name, vals in filters.items()}
        allowed = match
        for docs in sorted(filter_sets.values(), key=len):
            allowed = allowed & docs

        facets = self._facets(ds, match, filter_sets)

        limit = max(0, sq.limit)
        offset = max(0, sq.offset)
        page: list[tuple[int, float]] = []
        if allowed and limit:
            if final is None or not parsed.has_text:
                # Nothing to rank by: list in title order (e.g. "all checklists").
                rank = self._title_rank_locked()
                chosen = heapq.nsmallest(offset + limit, allowed, key=rank.__getitem__)
                page = [(d, 0.0) for d in chosen[offset:]]
            else:
                assert final is not None
                units = units_of(final) + proximity_units(parsed.runs, self._keys)
                scores = bm25f(ds, units, allowed)
                rank = self._title_rank_locked()
                # Best score first (itemgetter keeps the selection in C); equal scores then
                # in title order, so a page is stable.
                best = heapq.nlargest(offset + limit, scores.items(), key=itemgetter(1))
                best.sort(key=lambda kv: (-kv[1], rank[kv[0]]))
                page = [(d, s) for d, s in best[offset:]]
                if len(scores) < len(allowed) and len(best) < offset + limit:
                    # Matches without a scored term (e.g. "*" or NOT-only queries).
                    rest = heapq.nsmallest(
                        offset + limit - len(best),
                        (d for d in allowed if d not in scores),
                        key=rank.__getitem__,
                    )
                    page += [(d, 0.0) for d in rest[max(0, offset - len(best)) :]]

        hits = self._hits(page, final if parsed.has_text else None, sq.snippets)
        suggestion = self._suggestion_locked(sq.text or "", parsed)
        return SearchResults(
            query=sq.text,
            total=len(allowed),
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            query_id=sq.query_id,
            notice=" ".join(notices) or None,
        )

    @staticmethod
    def _facets(
        ds: DocSets, match: frozenset[int], filter_sets: dict[str, frozenset[int]]
    ) -> dict[str, dict[str, int]]:
        """Counts per facet value over the matches, ignoring that facet's own filter."""
        out: dict[str, dict[str, int]] = {}
        everything = ds.all_docs()
        for name in FACET_FIELDS:
            base = match
            for other, docs in filter_sets.items():
                if other != name:
                    base = base & docs
            counts: dict[str, int] = {}
            if base:
                # |docs & base| = |docs| - |docs - base|: when the matches are most of the
                # library, intersect with the few non-matches instead (smaller sets to build).
                missing = everything - base if len(base) * 2 > len(everything) else None
                for value, docs in ds.facet(name).items():
                    if missing is None:
                        n = len(docs & base)
                    else:
                        n = len(docs) - len(docs & missing) if missing else len(docs)
                    if n:
                        counts[value] = n
            out[name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    def _title_rank_locked(self) -> list[int]:
        if self._rank is None:
            assert self._searcher is not None
            reader = self._searcher.reader()
            titles = list(reader.column_reader("title_sort")) if reader.doc_count_all() else []
            order = sorted(range(len(titles)), key=titles.__getitem__)
            rank = [0] * len(titles)
            for position, docnum in enumerate(order):
                rank[docnum] = position
            self._rank = rank
        return self._rank

    def _hits(
        self, page: list[tuple[int, float]], final: query.Query | None, snippets: bool
    ) -> list[Hit]:
        searcher = self._searcher
        assert searcher is not None
        stored = {docnum: searcher.stored_fields(docnum) for docnum, _ in page}
        spans: dict[int, list[tuple[int, int]]] = {}
        if snippets and final is not None and page:
            spans = self._spans(final, stored)
        hits = []
        for docnum, score in page:
            fields = stored[docnum]
            snippet = ""
            if snippets:
                text = fields.get("text", "")
                doc_spans = spans.get(docnum)
                snippet = make_snippet(text, doc_spans) if doc_spans else lead_snippet(text)
            hits.append(
                Hit(
                    id=fields["id"],
                    title=fields.get("title", ""),
                    type=fields.get("doctype", ""),
                    score=score,
                    summary=fields.get("summary", ""),
                    path=fields.get("path", ""),
                    language=fields.get("lang", "en"),
                    snippet=snippet,
                )
            )
        return hits

    @staticmethod
    def _spans(
        final: query.Query, stored: dict[int, dict[str, Any]]
    ) -> dict[int, list[tuple[int, int]]]:
        """Character spans of the query's positive terms in each page document.

        The terms and spans were stored at index time: no text is analysed again.
        """
        wanted: dict[str, set[str]] = {}
        for unit in units_of(final):
            for term in unit.text.split(PAIR_SEP):
                wanted.setdefault(unit.key, set()).add(term)
        spans: dict[int, list[tuple[int, int]]] = {}
        for docnum, fields in stored.items():
            terms = wanted.get(analysis_key(fields.get("lang", "en")))
            if terms:
                found = find_spans(fields.get("terms", ""), fields.get("spans", b""), terms)
                if found:
                    spans[docnum] = found
        return spans

    def _expand_locked(self, leaf: query.Query) -> list[str]:
        """The commonest dictionary words a Prefix/Wildcard leaf stands for."""
        assert self._searcher is not None
        reader = self._searcher.reader()
        kind = "p" if isinstance(leaf, query.Prefix) else "w"
        key = (kind, leaf.text)
        cached = self._expand_cache.get(key)
        if cached is not None:
            return cached
        found: list[tuple[int, str]] = []
        if kind == "p":
            for i, (btext, info) in enumerate(reader.iter_prefix(SPELL, leaf.text)):
                if i >= EXPAND_SCAN:
                    break
                found.append((info.doc_frequency(), btext.decode("utf-8")))
        else:
            pattern = query.Wildcard(SPELL, leaf.text)
            for i, btext in enumerate(pattern._btexts(reader)):
                if i >= EXPAND_SCAN:
                    break
                word = btext.decode("utf-8")
                found.append((reader.doc_frequency(SPELL, word), word))
        words = [w for _f, w in heapq.nlargest(EXPAND_KEEP, found)]
        if len(self._expand_cache) > 512:
            self._expand_cache.clear()
        self._expand_cache[key] = words
        return words

    def _suggest_locked(self, word: str, limit: int) -> list[str]:
        assert self._searcher is not None
        reader = self._searcher.reader()
        if not word or SPELL not in reader.schema:
            return []
        # Across several segments Whoosh scans the whole dictionary, so the first letter must
        # match; in one segment an automaton walks it, fast enough for one edit anywhere.
        # Two edits are only tried for longer words, and with the first letter fixed: that
        # automaton is much larger, and first-letter typos are the rare kind.
        single = len(reader.leaf_readers()) == 1
        seen: set[str] = {word}
        ranked: list[tuple[int, int, str]] = []
        for dist in (1, 2):
            if dist == 2 and (len(word) < 5 or len(ranked) >= limit):
                break
            prefix = 0 if single and dist == 1 else 1
            for candidate in reader.terms_within(SPELL, word, dist, prefix=prefix):
                if candidate in seen:
                    continue
                seen.add(candidate)
                ranked.append((dist, -reader.doc_frequency(SPELL, candidate), candidate))
        ranked.sort()
        return [w for _d, _f, w in ranked[:limit]]

    def _suggestion_locked(self, text: str, parsed: Parsed) -> str | None:
        """The query with each unknown word replaced by its best suggestion, if any."""
        assert self._searcher is not None
        reader = self._searcher.reader()
        corrected = text
        changed = False
        for word in dict.fromkeys(parsed.words):
            if len(word) < 3 or not word.isalpha() or (SPELL, word) in reader:
                continue
            best = self._suggest_locked(word, limit=1)
            if best:
                pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
                corrected, n = pattern.subn(best[0], corrected)
                changed = changed or n > 0
        return corrected if changed else None


def _describe(exc: BaseException) -> str:
    """A short reason for logs and ``IndexReport.reason``."""
    if isinstance(exc, storage.ManifestError):
        return str(exc)
    return f"index damaged ({type(exc).__name__}: {exc})"[:300]
