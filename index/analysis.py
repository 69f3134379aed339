"""Per-language text analysis: tokenise, lower-case, drop stop words, stem, fold accents.

Each supported language gets its own analyzer and its own title/summary/body fields, because
Whoosh analyzers cannot look at another field of the document to pick a stemmer. A document in
a language without a stemmer is indexed under ``xx`` (no stemming, no stop words).

Accents are folded *after* stemming (the Snowball stemmers expect accented input), so
``regulateurs`` and ``régulateurs`` meet at the same term.
"""

from __future__ import annotations

import re
from functools import cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import has_stemmer, has_stopwords, stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

# The tokenizer's pattern, shared with the spelling words so a word seen by one is seen by both.
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


def analysis_key(language: str) -> str:
    """Map a BCP 47 tag (``pt-BR``) to the analysis key of its fields (``pt``), or ``xx``."""
    primary = (language or "en").replace("_", "-").split("-", 1)[0].lower()
    # Norwegian Bokmål and Nynorsk share Whoosh's "no" stemmer.
    if primary in ("nb", "nn"):
        primary = "no"
    return primary if primary in LANGUAGES and primary != FALLBACK else FALLBACK


@cache
def analyzer_for(key: str) -> Analyzer:
    """Return the (shared, stateless) analyzer for an analysis key."""
    chain = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
    if key != FALLBACK and has_stopwords(key):
        # minsize=1: keep one-letter tokens such as "a" in "Article 5 a" out of the stop logic's
        # way; stop words are what we drop, not short words.
        chain = chain | StopFilter(stoplist=stopwords_for_language(key), minsize=1)
    if key != FALLBACK and has_stemmer(key):
        chain = chain | StemFilter(stemfn=stemmer_for_language(key), cachesize=100_000)
    return chain | CharsetFilter(accent_map)


@cache
def _stopwords(key: str) -> frozenset[str]:
    if key != FALLBACK and has_stopwords(key):
        return frozenset(stopwords_for_language(key))
    return frozenset()


def analyze_word(key: str, word: str) -> list[str]:
    """Return the index terms ``word`` becomes in language ``key`` (empty for a stop word)."""
    return [t.text for t in analyzer_for(key)(word)]


def is_stopword(key: str, word: str) -> bool:
    """True when ``word`` is dropped as a stop word in language ``key``."""
    return word.lower() in _stopwords(key)


def words(text: str) -> list[str]:
    """Return the lower-cased, unstemmed words of ``text`` (as the tokenizer sees them)."""
    return [m.group(0) for m in _TOKEN_RE.finditer(text.lower())]


def spelling_words(*texts: str) -> str:
    """Return the distinct unstemmed words of ``texts`` joined by spaces.

    The spelling field only needs to know *that* a word occurs in a document (for
    suggestions and prefix expansion), so each word is indexed once per document: this
    roughly halves the work compared with analysing the full text a second time.
    """
    seen: dict[str, None] = {}
    for text in texts:
        for w in _TOKEN_RE.findall(text.lower()):
            if len(w) > 1:
                seen[w] = None
    return " ".join(seen)
