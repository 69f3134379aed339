"""Per-language text analysis: tokenise, lower-case, drop stop words, stem, fold accents.

Each supported language gets its own title/summary/body fields, because a Whoosh analyzer
cannot look at another field of the document to pick a stemmer. A document in a language
without a stemmer is indexed under ``xx`` (no stemming, no stop words).

Why not Whoosh's filter chain: it runs five Python generators per token and dominated build
time. Here a word becomes its term through one dictionary lookup (computed once per distinct
word and language), and a field's term counts come from ``collections.Counter``. The result
is the same kind of terms Whoosh's ``LanguageAnalyzer`` would produce:

* accents are folded *after* stemming (the Snowball stemmers expect accented input), so
  ``regulateurs`` and ``régulateurs`` meet at the same term;
* adjacent terms are also indexed as one *pair* term (``"foundat model"``): a phrase query is
  then a single term lookup instead of a walk over stored positions, which is what made
  phrase queries slow. Pairs skip stop words, as Whoosh's phrase matching does.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from whoosh import formats
from whoosh.analysis import Analyzer, Token
from whoosh.lang import has_stemmer, has_stopwords, stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map
from whoosh.system import emptybytes

# The tokenizer's pattern, shared with the query parser and the spelling words.
TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
#: Joins the two terms of a pair term; never part of a single term.
PAIR_SEP = " "

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
        self.lock = threading.Lock()

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


@cache
def _terms_for(key: str) -> _Terms:
    return _Terms(key)


def analyze_word(key: str, word: str) -> list[str]:
    """Return the index terms ``word`` becomes in language ``key`` (empty for a stop word)."""
    terms = _terms_for(key).terms(_TOKEN_RE.findall(word))
    return [t for t in terms if t]


def pairs(terms: list[str]) -> list[str]:
    """Pair terms of consecutive ``terms`` (as indexed for phrase search)."""
    return [a + PAIR_SEP + b for a, b in itertools.pairwise(terms)]


def spelling_words(*texts: str) -> str:
    """Return the distinct unstemmed words of ``texts`` joined by spaces.

    The spelling field only needs to know *that* a word occurs in a document (for
    suggestions and prefix expansion), so each word is indexed once per document.
    """
    seen: dict[str, None] = {}
    for text in texts:
        for w in _TOKEN_RE.findall(text.lower()):
            if len(w) > 1:
                seen[w] = None
    return " ".join(seen)


class Analyzed(str):
    """Text that carries its own analysis, so a body is analysed once for two uses.

    The engine needs a body's term offsets (stored for snippets) and Whoosh needs its term
    counts (the postings); both come from one pass over the text.
    """

    key: str
    terms: list[str]
    spans: list[tuple[int, int]]


def analyse(key: str, text: str) -> Analyzed:
    """Analyse ``text`` in language ``key``: terms (stop words removed) and their spans."""
    if isinstance(text, Analyzed) and text.key == key:
        return text
    matches = list(_TOKEN_RE.finditer(text))
    terms = _terms_for(key).terms([m.group(0) for m in matches])
    out = Analyzed(text)
    out.key = key
    out.terms = [t for t in terms if t]
    out.spans = [m.span() for t, m in zip(terms, matches, strict=True) if t]
    return out


def term_counts(key: str, text: str) -> Counter[str]:
    """How often each term and each pair term occurs in ``text``."""
    terms = analyse(key, text).terms
    counts = Counter(terms)
    counts.update(pairs(terms))
    return counts


class LanguageAnalyzer(Analyzer):
    """A Whoosh-compatible analyzer for one analysis language.

    ``TermsFormat`` uses the fast ``counts`` path; ``__call__`` exists so that Whoosh code that
    insists on tokens (e.g. ``field.process_text``) still sees the same terms.
    """

    def __init__(self, key: str) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LanguageAnalyzer) and other.key == self.key

    def __hash__(self) -> int:
        return hash(("LanguageAnalyzer", self.key))

    def has_morph(self) -> bool:
        """Stemming changes words (tells Whoosh not to use this field for spelling)."""
        return True

    def counts(self, value: str) -> Counter[str]:
        """Term and pair-term counts of ``value``."""
        return term_counts(self.key, value)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Yield single-term tokens (no pairs), as Whoosh's analyzers do."""
        t = Token(positions, chars, mode=mode, **kwargs)
        analysed = analyse(self.key, value)
        pairs_ = zip(analysed.terms, analysed.spans, strict=True)
        for pos, (term, (start, end)) in enumerate(pairs_):
            t.text = term
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


class TermsFormat(formats.Format):
    """Postings with a weight (the term frequency) and no value bytes at all.

    Whoosh's ``Frequency`` also stores the frequency a second time, as a packed value per
    posting; nothing here reads it (scoring uses the block weights), and leaving it out
    makes posting blocks about half the size and quicker to decode.
    """

    posting_size = 0

    def __init__(self, field_boost: float = 1.0, **options: Any) -> None:
        self.field_boost = field_boost
        self.options = options

    def word_values(self, value: str, analyzer: Analyzer, **kwargs: Any) -> Iterator[tuple]:
        """Yield (term, frequency, weight, b"") for each distinct term and pair term."""
        fb = self.field_boost
        if isinstance(analyzer, LanguageAnalyzer):
            counts = analyzer.counts(value)
        else:
            counts = Counter(t.text for t in analyzer(value, **kwargs))
        for term, freq in counts.items():
            yield term, freq, freq * fb, emptybytes

    def encode(self, value: Any) -> bytes:
        """No value is stored."""
        return emptybytes

    def combine(self, vs: Any) -> bytes:
        """No value is stored."""
        return emptybytes
