"""From what a person typed to a Whoosh query over the per-language fields.

Parsing happens in two steps:

1. ``parse`` reads the text with Whoosh's query parser against a small *virtual* schema
   (``content``, ``title``, ``summary``, ``body`` and the facet fields) whose text analyzer
   only tokenises and lower-cases. The result is language-neutral and keeps the words as typed,
   which is what spelling suggestions and prefix expansion need.
2. ``localize`` turns that query into one for one analysis language: each word is stemmed
   with that language's analysis and each text leaf becomes an FTS5 expression. The engine
   evaluates the localized query of every language present in the index on the documents of
   that language, and unites the results.

Bad syntax never raises: the text is searched as plain words and ``notice`` says why.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from whoosh import fields, query
from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.qparser import QueryParser, plugins

from index.analysis import TOKEN_PATTERN, analyze_word, indexed
from index.schema import FACETS, TEXT_ROLES

#: The default field: a word without ``field:`` is looked for in every text role.
CONTENT = "content"
VIRTUAL_TEXT = {
    CONTENT: TEXT_ROLES,
    "title": ("title",),
    "summary": ("summary",),
    "body": ("body",),
}
ALIASES = {
    "tag": ["tags"],
    "component": ["components"],
    "language": ["lang"],
    "audience": ["audiences"],
    "type": ["kind"],
}

# Beyond these a query is cut short: each word becomes a few posting lists per language,
# and a pasted page of text should not pin a CPU for seconds.
MAX_CHARS = 500
MAX_WORDS = 32

_FIELD_PREFIX = re.compile(r"(?:^|[\s(])(\w+):(?=[^\s:])")
_WORD = re.compile(TOKEN_PATTERN)
_FIELD_NAME = re.compile(r"(?<![\w\"])(\w+):")
# A question mark that ends a word ends a question ("what is AI?"): Whoosh would read it as
# a one-letter wildcard, which finds "AIs" but not "AI" and turns off the meaning part.
# So does one standing alone (French puts a space before it: "qu'est-ce que l'IA ?"). Inside
# a word ("organi?ation") it stays a wildcard.
_QUESTION_MARK = re.compile(r"(?:(?<=\w)|(?<!\S))\?+(?=[\s\"')\]]|$)")
_KNOWN_FIELDS = (
    set(VIRTUAL_TEXT) | set(FACETS) | {alias for names in ALIASES.values() for alias in names}
)


def _lower_known_field(match: re.Match[str]) -> str:
    name = match.group(1).lower()
    return f"{name}:" if name in _KNOWN_FIELDS else match.group(0)


@dataclass
class Parsed:
    """A parsed, language-neutral query."""

    query: query.Query
    #: Positive words typed in the default/text fields (for "did you mean").
    words: list[str] = field(default_factory=list)
    #: Runs of plain words searched everywhere (``content``), in typed order: documents where
    #: neighbours in a run are also neighbours in the text rank higher.
    runs: list[list[str]] = field(default_factory=list)
    notice: str | None = None
    #: True when the query has any free-text part (False: facet-only or empty).
    has_text: bool = False


@cache
def _parser() -> QueryParser:
    analyzer = RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter()
    schema = fields.Schema()
    for name in VIRTUAL_TEXT:
        schema.add(name, fields.TEXT(analyzer=analyzer, phrase=True))
    for facet in FACETS:
        schema.add(facet, fields.KEYWORD(lowercase=True, commas=True))
    # Deliberately no SingleQuotePlugin (French "l'IA" must not open a quote), no ranges and
    # no boosts: none of them is worth a surprise for a non-specialist.
    pins = [
        plugins.FieldsPlugin(),
        plugins.FieldAliasPlugin(ALIASES),
        plugins.WildcardPlugin(),
        plugins.PhrasePlugin(),
        plugins.GroupPlugin(),
        plugins.OperatorsPlugin(),
        # "-word" excludes, but only at the start of a word: "human-ai" is one term.
        plugins.PlusMinusPlugin(
            plusexpr=r"(?<![^\s(])\+(?=[\w\"(])", minusexpr=r"(?<![^\s(])-(?=[\w\"(])"
        ),
    ]
    return QueryParser(CONTENT, schema, plugins=pins)


def _syntax_problem(text: str) -> str | None:
    if text.count('"') % 2:
        return "A quote is not closed, so the words were searched one by one."
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            break
    if depth:
        return "A bracket is not closed, so the words were searched one by one."
    return None


def _plain(text: str) -> query.Query:
    return query.And([query.Term(CONTENT, w) for w in _WORD.findall(text.lower())])


def _leaves(q: query.Query, negated: bool = False) -> Iterator[tuple[query.Query, bool]]:
    """Yield (leaf, negated) in text order."""
    if isinstance(q, query.Not):
        yield from _leaves(q.query, not negated)
    elif isinstance(q, query.AndNot):
        yield from _leaves(q.a, negated)
        yield from _leaves(q.b, not negated)
    elif isinstance(q, query.BinaryQuery):
        yield from _leaves(q.a, negated)
        yield from _leaves(q.b, negated)
    elif isinstance(q, query.CompoundQuery):
        for sub in q.subqueries:
            yield from _leaves(sub, negated)
    elif isinstance(q, query.WrappingQuery):
        yield from _leaves(q.child, negated)
    else:
        yield q, negated


def _replace(q: query.Query, fn: Callable[[query.Query], query.Query]) -> query.Query:
    """Rebuild ``q`` with every leaf passed through ``fn`` (``NullQuery`` drops a leaf)."""
    if isinstance(q, query.Not):
        new = copy.copy(q)
        new.query = _replace(q.query, fn)
        return new
    if isinstance(q, query.BinaryQuery):
        new = copy.copy(q)
        new.a = _replace(q.a, fn)
        new.b = _replace(q.b, fn)
        new.subqueries = (new.a, new.b)
        return new
    if isinstance(q, query.CompoundQuery):
        new = copy.copy(q)
        new.subqueries = [_replace(s, fn) for s in q.subqueries]
        return new
    if isinstance(q, query.WrappingQuery):
        new = copy.copy(q)
        new.child = _replace(q.child, fn)
        return new
    return fn(q)


def _is_text(q: query.Query) -> bool:
    return getattr(q, "fieldname", None) in VIRTUAL_TEXT


def parse(text: str, prefix: bool = False) -> Parsed:
    """Parse user text; never raises. ``prefix`` makes the last word a prefix."""
    notices: list[str] = []
    text = _cut(text, notices)
    stripped = text.strip()
    if not stripped:
        return Parsed(query.NullQuery, notice=" ".join(notices) or None)

    stripped = _QUESTION_MARK.sub("", stripped)
    if not stripped:
        return Parsed(query.NullQuery, notice=" ".join(notices) or None)
    # Field names are case-insensitive for people ("Type:checklist").
    stripped = _FIELD_NAME.sub(_lower_known_field, stripped)
    q = _read(stripped, notices)
    unknown = sorted(
        {name for name in _FIELD_PREFIX.findall(stripped) if name.lower() not in _KNOWN_FIELDS}
    )
    if unknown:
        notices.append(f"Unknown field {', '.join(unknown)}: searched as words.")
    q = _cap_words(q, notices)

    # A trailing space (or quote, bracket...) means the last word is finished.
    if prefix and text[-1:].isalnum():
        last = _WORD.findall(stripped.lower())[-1:]
        if last:
            q = _prefix_last(q, last[0])

    q = q.normalize()
    words, runs, has_text = _typed_words(q)
    return Parsed(
        q,
        words=words,
        runs=[run for run in runs if len(run) > 1],
        notice=" ".join(notices) or None,
        has_text=has_text,
    )


def _cut(text: str, notices: list[str]) -> str:
    """``text`` cut to MAX_CHARS (at a space, so the last word is not half a word)."""
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS + 1)
        text = text[: cut if cut > 0 else MAX_CHARS]
        notices.append(f"The query was cut to its first {MAX_CHARS} characters.")
    return text


def _read(stripped: str, notices: list[str]) -> query.Query:
    """The query Whoosh's parser reads in ``stripped``; its plain words when the syntax
    is broken (with a notice saying so)."""
    problem = _syntax_problem(stripped)
    q: query.Query | None = None
    if problem is None:
        try:
            q = _parser().parse(stripped)
        except Exception:  # the parser is not ours; any failure means "treat as words"
            problem = "The query could not be read, so the words were searched one by one."
        else:
            # Whoosh reports trouble by setting ``error`` on a (null) query leaf.
            if any(getattr(leaf, "error", None) for leaf, _ in _leaves(q)):
                problem = "Part of the query could not be read, so the words were searched."
                q = None
    if problem is not None or q is None:
        if problem:
            notices.append(problem)
        q = _plain(stripped)
    return q


def _cap_words(q: query.Query, notices: list[str]) -> query.Query:
    """Too many words: keep the first MAX_WORDS text leaves, drop the rest."""
    counter = {"n": 0}

    def cap(leaf: query.Query) -> query.Query:
        if _is_text(leaf):
            counter["n"] += 1
            if counter["n"] > MAX_WORDS:
                return query.NullQuery
        return leaf

    q = _replace(q, cap)
    if counter["n"] > MAX_WORDS:
        notices.append(f"Only the first {MAX_WORDS} words were searched.")
    return q


def _typed_words(q: query.Query) -> tuple[list[str], list[list[str]], bool]:
    """The positive words typed (for "did you mean"), the runs of plain words searched
    everywhere (for proximity), and whether there is any free text at all."""
    words: list[str] = []
    runs: list[list[str]] = [[]]
    has_text = False
    for leaf, negated in _leaves(q):
        if not _is_text(leaf):
            runs.append([])
            continue
        has_text = True
        if negated:
            runs.append([])
            continue
        if isinstance(leaf, query.Term):
            words.append(leaf.text)
            if leaf.fieldname == CONTENT:
                runs[-1].append(leaf.text)
                continue
        elif isinstance(leaf, query.Phrase):
            words.extend(leaf.words)
        runs.append([])
    return words, runs, has_text


def _prefix_last(q: query.Query, word: str) -> query.Query:
    """Turn the last text Term equal to ``word`` into a Prefix query."""
    candidates = [
        leaf
        for leaf, negated in _leaves(q)
        if not negated and isinstance(leaf, query.Term) and _is_text(leaf) and leaf.text == word
    ]
    if not candidates:
        return q
    target = candidates[-1]

    def swap(leaf: query.Query) -> query.Query:
        if leaf is target:
            return query.Prefix(leaf.fieldname, leaf.text, boost=leaf.boost)
        return leaf

    return _replace(q, swap)


def positive_leaves(q: query.Query) -> Iterator[query.Query]:
    """Leaves of ``q`` that add to a match (not under a negation)."""
    return (leaf for leaf, negated in _leaves(q) if not negated)


def negative_leaves(q: query.Query) -> list[query.Query]:
    """Leaves of ``q`` under a negation ("-word", NOT)."""
    return [leaf for leaf, negated in _leaves(q) if negated]


Expander = Callable[[query.Query], list[str]]
"""Returns the unstemmed words a Prefix/Wildcard leaf stands for (from the words table)."""

#: The field of a localized text leaf: its text is an FTS5 expression.
FTS = "fts"


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _over(roles: tuple[str, ...], expression: str) -> str:
    """Restrict an FTS5 expression to some columns (all three need no filter)."""
    if set(roles) == set(TEXT_ROLES):
        return expression
    return "{" + " ".join(roles) + "} : (" + expression + ")"


def localize(q: query.Query, key: str, expand: Expander) -> query.Query:
    """Return ``q`` for analysis language ``key``: each text leaf becomes a ``Term`` of the
    field ``fts`` whose text is an FTS5 expression over the analysed columns.

    Words that are stop words in that language are dropped (they are not indexed there);
    facet-field leaves pass through unchanged.
    """

    def fn(leaf: query.Query) -> query.Query:
        if isinstance(leaf, query.Every) or (
            isinstance(leaf, query.Wildcard) and _is_text(leaf) and leaf.text.strip("*") == ""
        ):
            return query.Every()
        if getattr(leaf, "error", None):
            return query.NullQuery
        if not _is_text(leaf):
            return leaf
        roles = VIRTUAL_TEXT[leaf.fieldname]
        if isinstance(leaf, query.Term | query.Phrase):
            words = [leaf.text] if isinstance(leaf, query.Term) else leaf.words
            terms = [indexed(key, t) for w in words for t in analyze_word(key, w)]
            if not terms:
                return query.NullQuery
            # Several terms (a phrase, or "human-ai") must be neighbours: an FTS5 phrase.
            return query.Term(FTS, _over(roles, _quote(" ".join(terms))))
        if isinstance(leaf, query.Prefix | query.Wildcard):
            stems: dict[str, None] = {}
            for word in expand(leaf):
                for t in analyze_word(key, word):
                    stems[indexed(key, t)] = None
            if not stems:
                return query.NullQuery
            return query.Term(FTS, _over(roles, " OR ".join(_quote(t) for t in stems)))
        return query.NullQuery

    return _replace(q, fn).normalize()
