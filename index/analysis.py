"""Per-language text analysis: tokenise, lower-case, drop stop words, stem, fold accents.

Each document is analysed in its own language (its *analysis key*); a document in a language
without a stemmer is indexed under ``xx`` (no stemming, no stop words). A query is analysed
in every language present in the index, and the results are ORed.

A word becomes its term through one dictionary lookup (computed once per distinct word and
language), so analysing a library costs about one regular-expression pass per text. Accents
are folded *after* stemming (the Snowball stemmers expect accented input), so
``regulateurs`` and ``régulateurs`` meet at the same term. The terms of a field are handed
to SQLite FTS5 as one space-separated string, which FTS5 indexes with positions (phrases).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from whoosh.lang import has_stemmer, has_stopwords, stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

# The tokenizer's pattern, shared with the query parser and the spelling words.
TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)

#: Analysis keys: every language Whoosh ships a Snowball stemmer for, plus ``xx`` (fallback).
FALLBACK = "xx"
LANGUAGES: tuple[str, ...] = (
    "ar",
    "da",
    "de",
    "en",
    "es",
    "fi",
    "fr",
    "hu",
    "it",
    "nl",
    "no",
    "pt",
    "ro",
    "ru",
    "sv",
    "tr",
    FALLBACK,
)
# A word -> term cache per language; cleared if it grows past this (a pasted dictionary).
_CACHE_LIMIT = 500_000


def analysis_key(language: str) -> str:
    """Map a BCP 47 tag (``pt-BR``) to the analysis key of its fields (``pt``), or ``xx``."""
    primary = (language or "en").replace("_", "-").split("-", 1)[0].lower()
    # Norwegian Bokmål and Nynorsk share Whoosh's "no" stemmer.
    if primary in ("nb", "nn"):
        primary = "no"
    return primary if primary in LANGUAGES and primary != FALLBACK else FALLBACK


class _Terms:
    """Word -> index term (or None for a dropped word) for one language, memoised."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.stop: frozenset[str] = frozenset()
        self.stem: Callable[[str], str] | None = None
        if key != FALLBACK and has_stopwords(key):
            self.stop = frozenset(stopwords_for_language(key))
        if key != FALLBACK and has_stemmer(key):
            self.stem = stemmer_for_language(key)
        self.cache: dict[str, str | None] = {}
        self.indexed: dict[str, str] = {}
        # Re-entrant: ``indexed_terms`` fills its cache with ``terms``, which locks too.
        self.lock = threading.RLock()

    def compute(self, word: str) -> str | None:
        w = word.lower()
        # Single letters (the "l" of "l'IA", the "s" of "AI's") only add noise; digits stay.
        if w in self.stop or (len(w) == 1 and not w.isdigit()):
            return None
        if self.stem is not None:
            w = self.stem(w)
        return w.translate(accent_map)

    def terms(self, words: list[str]) -> list[str | None]:
        cache_ = self.cache
        missing = [w for w in set(words) if w not in cache_]
        if missing:
            with self.lock:
                if len(cache_) > _CACHE_LIMIT:
                    cache_.clear()
                for w in missing:
                    cache_[w] = self.compute(w)
        get = cache_.get
        return [get(w) for w in words]

    def indexed_terms(self, words: list[str]) -> list[str]:
        """The indexed form (``indexed``) of each word's term, stop words left out."""
        cache_ = self.indexed
        missing = [w for w in set(words) if w not in cache_]
        if missing:
            prefix = f"{self.key}_"
            with self.lock:
                if len(cache_) > _CACHE_LIMIT:
                    cache_.clear()
                for w, t in zip(missing, self.terms(missing), strict=True):
                    cache_[w] = prefix + t if t else ""
        get = cache_.get
        # map and filter run in C: this is the hot loop of a build.
        return list(filter(None, map(get, words)))  # type: ignore[arg-type]


@cache
def _terms_for(key: str) -> _Terms:
    return _Terms(key)


def analyze_word(key: str, word: str) -> list[str]:
    """Return the index terms ``word`` becomes in language ``key`` (empty for a stop word)."""
    terms = _terms_for(key).terms(_TOKEN_RE.findall(word))
    return [t for t in terms if t]


def is_stop_word(key: str, word: str) -> bool:
    """Whether ``word`` is dropped in language ``key`` (a stop word or a single letter)."""
    return _terms_for(key).terms([word])[0] is None


@dataclass
class Analysed:
    """One text analysed in one language: what is indexed, and the words for spelling."""

    terms: str
    words: set[str]


def indexed(key: str, term: str) -> str:
    """A term as stored in the full-text index: prefixed with its language, so the French
    term "regul" and an English "regul" are different words (per-language matching and
    statistics in one table)."""
    return f"{key}_{term}"


def analyse(key: str, text: str) -> Analysed:
    """The space-separated index terms of ``text`` and its distinct lower-cased words."""
    # Lower-cased once for the whole text: one C pass instead of one call per word.
    words = _TOKEN_RE.findall(text.lower())
    return Analysed(
        " ".join(_terms_for(key).indexed_terms(words)),
        {w for w in set(words) if len(w) > 1},
    )


def term_spans(key: str, text: str, wanted: set[str], limit: int) -> list[tuple[int, int]]:
    """Character spans of the words of ``text`` whose index term is in ``wanted``."""
    if not wanted:
        return []
    terms = _terms_for(key)
    matches = list(_TOKEN_RE.finditer(text))
    found = terms.terms([m.group(0) for m in matches])
    spans = [m.span() for m, t in zip(matches, found, strict=True) if t in wanted]
    return spans[:limit]
