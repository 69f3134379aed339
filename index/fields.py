"""What the index stores for one document: the Whoosh field values of an ``IndexDoc``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from index.analysis import analyse, analysis_key, spelling_words
from index.api import IndexDoc
from index.schema import ANALYSIS, text_field
from index.snippets import pack_offsets
from index.text import expand_tags, fingerprint, markdown_to_text, normalize_language
from index.text import normalize_value as norm


def facet_values(values: Iterable[str]) -> str:
    """Facet values as one KEYWORD field value (normalised, comma-separated)."""
    # KEYWORD(commas=True): a comma inside a value would split it, so it cannot be one.
    return ",".join(v for v in (norm(x).replace(",", " ") for x in values) if v)


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
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
        "type": facet_values([doc.type or "reference"]),
        "component": facet_values(doc.components),
        "audience": facet_values(doc.audience),
        "language": facet_values([language]),
        "tag": facet_values(expand_tags(doc.tags)),
        "pack": facet_values([doc.pack or "core"]),
        text_field("title", key): doc.title,
        text_field("summary", key): f"{doc.summary}\n{tag_words}",
        text_field("body", key): body,
    }


def unique(docs: Sequence[IndexDoc]) -> list[IndexDoc]:
    """Drop repeated ids (the first wins; the content checker reports duplicates)."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out
