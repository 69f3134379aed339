"""Text preparation shared by indexing and snippets.

The library's bodies are Markdown. We index (and later quote in snippets) a light plain-text
rendering, so that snippets read as prose instead of ``[[glossary#term|term]]`` or ``| a | b |``,
and so that the character offsets stored in the index point into exactly the text we keep.
Raw HTML is deliberately *not* stripped: it is escaped when a snippet is built, which keeps a
document that talks about ``<script>`` findable and shows it verbatim.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from index.api import IndexDoc

# Obsidian wikilinks: [[target]], [[target#Heading]], [[target|shown text]].
_WIKILINK = re.compile(r"\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]")
# Markdown images and links: ![alt](url) and [text](url "title").
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# Reference-style link definitions: "[1]: http://…".
_LINK_DEF = re.compile(r"^\s*\[(?!\^)[^\]]+\]:\s+\S.*$", re.MULTILINE)
# Footnote markers [^1] and footnote definitions "[^1]:".
_FOOTNOTE = re.compile(r"\[\^([^\]]+)\]:?")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+", re.MULTILINE)
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$", re.MULTILINE)
_HRULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
# Reference-style links "[text][id]" and "[text][]": the text stays, the id goes.
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
# List bullets at the start of a line ("- item", "* item", "+ item").
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)
# Underscores are handled apart (snake_case must survive); a single pattern with
# look-arounds for them was 10x slower than all other rules together.
_UNDERSCORES = re.compile(r"_+")


def _wikilink_text(match: re.Match[str]) -> str:
    target, heading, shown = match.group(1), match.group(2), match.group(3)
    if shown:
        return shown
    if heading and not target:
        return heading
    # A bare link reads best as its last path part: "guides/foundation-models" -> that slug.
    label = target.rsplit("/", 1)[-1].replace("-", " ")
    return f"{label} {heading}" if heading else label


# Backslash escapes, kept as their character (private-use stand-ins while the rules run).
_ESCAPABLE = "*_`~|#[]()>+-.!\\"
_ESCAPED = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_HIDE = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_SHOW = {0xE000 + i: c for i, c in enumerate(_ESCAPABLE)}

#: (markers of which one must occur for the rule to apply, pattern, replacement), in order.
_RULES: list[tuple[tuple[str, ...], re.Pattern[str], Any]] = [
    (("```", "~~~"), _FENCE, ""),
    (("]:",), _LINK_DEF, ""),
    (("---",), _TABLE_RULE, ""),
    (("---", "***", "___", "- -", "* *", "_ _"), _HRULE, ""),
    (("- ", "* ", "+ "), _BULLET, r"\1"),
    (("[[",), _WIKILINK, _wikilink_text),
    (("![",), _IMAGE, r"\1"),
    (("](",), _LINK, r"\1"),
    (("][",), _REF_LINK, r"\1"),
    (("[^",), _FOOTNOTE, ""),
    (("#",), _HEADING, ""),
    ((">",), _QUOTE, ""),
]


def _underscore(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return match.group(0) if inside else ""


def markdown_to_text(markdown: str) -> str:
    """Return a plain-text reading of ``markdown`` for indexing and snippets.

    Line breaks are kept (they help snippets start at a sensible place); Markdown syntax
    that only decorates text is removed, list bullets included, so snippets read as prose.
    HTML is kept as text (it is escaped later). Each rule runs only when its marker occurs:
    most documents have no tables, fences or footnotes, and skipping a rule is free.
    """
    text = markdown
    if "\\" in text:
        # Escaped characters ("\*", "\_", "\|") are text: hide them from the rules below.
        text = _ESCAPED.sub(lambda m: _HIDE[m.group(1)], text)
    for markers, pattern, repl in _RULES:
        for marker in markers:
            if marker in text:
                text = pattern.sub(repl, text)
                break
    # Emphasis and code markers go with plain replacements (C speed): no rule needed.
    text = text.replace("*", "").replace("~~", "").replace("`", "")
    if "_" in text:
        text = _UNDERSCORES.sub(_underscore, text)
    # Table cells: pipes become spaced separators so cells do not run together.
    text = text.replace("|", " ")
    return text.translate(_SHOW) if "\\" in markdown else text


def normalize_language(code: str) -> str:
    """Normalise a BCP 47 tag for facets: lower case, hyphens (``pt_BR`` -> ``pt-br``)."""
    code = (code or "").strip().replace("_", "-").lower()
    return code or "en"


def normalize_value(value: str) -> str:
    """Normalise a facet value (type, component, audience, pack, tag) for storage and filters."""
    value = value.strip().lower()
    # Obsidian tags may be written with their leading "#".
    return value.lstrip("#").strip("/")


def expand_tags(tags: Iterable[str]) -> list[str]:
    """Return each tag with all its ancestors: ``a/b/c`` -> ``a``, ``a/b``, ``a/b/c``.

    Indexing the ancestors is what makes a filter on ``governance`` also match
    ``governance/enforcement`` with a single term lookup.
    """
    out: dict[str, None] = {}
    for tag in tags:
        parts = [p for p in normalize_value(tag).split("/") if p]
        for i in range(1, len(parts) + 1):
            out["/".join(parts[:i])] = None
    return list(out)


def fingerprint(doc: IndexDoc) -> str:
    """Return the caller's fingerprint or, when empty, a hash of every indexed field."""
    if doc.fingerprint:
        return doc.fingerprint
    h = hashlib.sha256()
    for part in (
        doc.id,
        doc.title,
        doc.body,
        doc.type,
        doc.summary,
        "\x1f".join(doc.tags),
        "\x1f".join(doc.components),
        "\x1f".join(doc.audience),
        doc.language,
        doc.pack,
        doc.path,
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()
