"""Facet counts: for each facet value, how many matches have it."""

from __future__ import annotations

from index.api import FACET_FIELDS
from index.opened import OpenIndex


def facet_counts(
    ds: OpenIndex, match: frozenset[int], filter_sets: dict[str, frozenset[int]]
) -> dict[str, dict[str, int]]:
    """Counts per facet value over the matches, ignoring that facet's own filter (so a
    user can widen a filter again); commonest value first."""
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
