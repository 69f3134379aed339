"""Words from the dictionary: prefix and wildcard expansion, and "did you mean".

The dictionary is the ``words`` table: every distinct word of the library, per analysis
language, with the number of documents it occurs in. "Did you mean" first decides which
language the query is in (the language whose words and stop words it uses most; the
interface language breaks a tie), then corrects each unknown word from that language's
words only, so "explainabilty of modle outputs" becomes "explainability of model outputs"
and not a French "modèle".
"""

from __future__ import annotations

import re

from whoosh import query

from index.analysis import analysis_key, is_stop_word
from index.opened import OpenIndex
from index.query import Parsed

# Prefix/wildcard expansion: look at this many dictionary words at most, keep the most common.
EXPAND_SCAN = 5000
EXPAND_KEEP = 16
_TOP = "\U0010ffff"


def expand(state: OpenIndex, leaf: query.Query) -> list[str]:
    """The commonest dictionary words a Prefix/Wildcard leaf stands for."""
    assert state.conn is not None
    kind = "p" if isinstance(leaf, query.Prefix) else "w"
    key = (kind, leaf.text)
    cached = state.expand_cache.get(key)
    if cached is not None:
        return cached
    text = leaf.text.lower()
    if kind == "p":
        head, pattern = text, None
    else:
        head = re.split(r"[*?]", text, maxsplit=1)[0]
        pattern = text
    sql = "SELECT word, df FROM words WHERE word >= ? AND word < ?"
    args: list[object] = [head, head + _TOP]
    if pattern is not None:
        sql += " AND word GLOB ?"
        args.append(pattern.replace("[", "[[]"))
    rows = state.conn.execute(f"{sql} LIMIT {EXPAND_SCAN}", args).fetchall()
    counts: dict[str, int] = {}
    for word, df in rows:
        counts[word] = counts.get(word, 0) + df
    words = sorted(counts, key=lambda w: (-counts[w], w))[:EXPAND_KEEP]
    if len(state.expand_cache) > 512:
        state.expand_cache.clear()
    state.expand_cache[key] = words
    return words


def query_language(state: OpenIndex, words: list[str], hint: str = "") -> str:
    """The analysis language of the index that ``words`` most look like.

    A word counts for a language when that language's documents use it or when it is one of
    its stop words ("of", "de", "the"): short queries are mostly told apart by those.
    """
    preferred = analysis_key(hint) if hint else "en"
    keys = state.keys or (preferred,)
    best, best_score = None, -1.0
    for key in keys:
        vocab = state.words(key)
        score = sum(1.0 for w in words if w in vocab or is_stop_word(key, w))
        # The interface language wins a tie; then the language with the most documents.
        score += 0.5 if key == preferred else 0.0
        score += min(len(vocab), 10**6) * 1e-9
        if score > best_score:
            best, best_score = key, score
    return best or preferred


def suggest(state: OpenIndex, word: str, limit: int, key: str | None = None) -> list[str]:
    """Known words of language ``key`` (default: every language) within one or two edits
    (two only for words of five letters or more): nearest, then commonest, first."""
    if not word:
        return []
    if key:
        vocab, choices = state.words(key), state.word_list(key)
    else:
        vocab = {}
        for k in state.keys:
            for w, df in state.words(k).items():
                vocab[w] = vocab.get(w, 0) + df
        choices = list(vocab)
    # Imported here: most queries need no correction, and a one-off search starts quicker.
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    cutoff = 1 if len(word) < 5 else 2
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=cutoff, limit=None)
    ranked = sorted(
        (dist, -vocab[candidate], candidate) for candidate, dist, _i in found if candidate != word
    )
    return [w for _d, _f, w in ranked[:limit]]


def suggestion(
    state: OpenIndex, text: str, parsed: Parsed, hint: str = "", key: str | None = None
) -> str | None:
    """The whole query with each unknown word replaced by its best suggestion, if any, from
    the vocabulary of language ``key`` (by default the one the words most look like)."""
    words = list(dict.fromkeys(parsed.words))
    if not words:
        return None
    key = key or query_language(state, words, hint)
    vocab = state.words(key)
    corrected = text
    changed = False
    for word in words:
        if len(word) < 3 or not word.isalpha() or word in vocab or is_stop_word(key, word):
            continue
        best = suggest(state, word, limit=1, key=key)
        if best:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            corrected, n = pattern.subn(best[0], corrected)
            changed = changed or n > 0
    return corrected if changed else None
