"""Words from the dictionary: prefix and wildcard expansion, and "did you mean"."""

from __future__ import annotations

import heapq
import re

from whoosh import query

from index.opened import OpenIndex
from index.query import Parsed
from index.schema import SPELL

# Prefix/wildcard expansion: look at this many dictionary words at most, keep the most common.
EXPAND_SCAN = 5000
EXPAND_KEEP = 16


def expand(state: OpenIndex, leaf: query.Query) -> list[str]:
    """The commonest dictionary words a Prefix/Wildcard leaf stands for."""
    assert state.searcher is not None
    reader = state.searcher.reader()
    kind = "p" if isinstance(leaf, query.Prefix) else "w"
    key = (kind, leaf.text)
    cached = state.expand_cache.get(key)
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
    if len(state.expand_cache) > 512:
        state.expand_cache.clear()
    state.expand_cache[key] = words
    return words


def suggest(state: OpenIndex, word: str, limit: int) -> list[str]:
    """Known words within one or two edits of ``word``: nearest, then commonest, first."""
    assert state.searcher is not None
    reader = state.searcher.reader()
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


def suggestion(state: OpenIndex, text: str, parsed: Parsed) -> str | None:
    """The query with each unknown word replaced by its best suggestion, if any."""
    assert state.searcher is not None
    reader = state.searcher.reader()
    corrected = text
    changed = False
    for word in dict.fromkeys(parsed.words):
        if len(word) < 3 or not word.isalpha() or (SPELL, word) in reader:
            continue
        best = suggest(state, word, limit=1)
        if best:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            corrected, n = pattern.subn(best[0], corrected)
            changed = changed or n > 0
    return corrected if changed else None
