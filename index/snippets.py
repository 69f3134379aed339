"""Highlighted snippets from stored text and stored character offsets.

The index keeps each document's plain text. At query time the page's texts are tokenised
again (``analysis.term_spans``: one regular-expression pass and cached word-to-term lookups,
well under a millisecond per document), the words whose term the query asked for are
marked, and the densest window of them is cut out, escaped and returned.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

SNIPPET_CHARS = 200
# Only the first matches of a long document are considered: the best window nearly always
# lies among them, and a very common word can occur hundreds of times.
MAX_SPANS = 400
# How much text to show before the first match of the chosen window.
LEAD = 40

_SPACE = re.compile(r"\s+")
_SENTENCE_START = re.compile(r"(?:[.!?:;]\s+|\n)")


def _clean(segment: str) -> str:
    return html.escape(_SPACE.sub(" ", segment), quote=False)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Return the index of the span that starts the window with most distinct matches."""
    best_i, best_score = 0, (-1, -1)
    j = 0
    counts: dict[str, int] = {}
    keys = [text[s:e].lower() for s, e in spans]
    for i, (start, _end) in enumerate(spans):
        limit = start + width - LEAD
        while j < len(spans) and spans[j][1] <= limit:
            counts[keys[j]] = counts.get(keys[j], 0) + 1
            j += 1
        score = (len(counts), j - i)
        if score > best_score:
            best_i, best_score = i, score
        # Slide: drop span i from the window.
        if j > i:
            counts[keys[i]] -= 1
            if not counts[keys[i]]:
                del counts[keys[i]]
        else:
            j = i + 1
    return best_i


def _start_before(text: str, pos: int) -> int:
    """A pleasant start at most LEAD chars before ``pos``: a sentence or a word start."""
    floor = max(0, pos - LEAD)
    if floor == 0:
        return 0
    window = text[floor:pos]
    sentence = None
    for m in _SENTENCE_START.finditer(window):
        sentence = m.end()
    if sentence is not None:
        return floor + sentence
    space = window.find(" ")
    return floor + space + 1 if space >= 0 else pos


def _end_after(text: str, pos: int, floor: int) -> int:
    """Cut at the last space before ``pos`` (but not before ``floor``)."""
    if pos >= len(text):
        return len(text)
    space = text.rfind(" ", floor, pos)
    return space if space > floor else pos


def lead_snippet(text: str, width: int = SNIPPET_CHARS) -> str:
    """The first ``width`` characters, escaped (for hits whose match is not in the body)."""
    text = text.strip()
    end = _end_after(text, width, 0)
    out = _clean(text[:end]).strip()
    return out + ("…" if end < len(text) else "")


def make_snippet(text: str, spans: Iterable[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """Return about ``width`` characters of ``text`` around the densest cluster of ``spans``.

    The result is HTML-escaped; each span is wrapped in ``<mark>…</mark>``. ``spans`` are
    (start, end) character offsets into ``text``.
    """
    merged = _merge(s for s in spans if 0 <= s[0] < s[1] <= len(text))[:MAX_SPANS]
    if not merged:
        return lead_snippet(text, width)
    first = merged[_best_window(text, merged, width)][0]
    start = _start_before(text, first)
    end = _end_after(text, start + width, first + 1)
    parts: list[str] = []
    pos = start
    for s, e in merged:
        if e <= start or s < start:
            continue
        if s >= end:
            break
        e = min(e, end)
        parts.append(_clean(text[pos:s]))
        parts.append("<mark>" + _clean(text[s:e]) + "</mark>")
        pos = e
    parts.append(_clean(text[pos:end]))
    body = "".join(parts).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
