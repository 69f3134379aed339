"""The Whoosh schema and the names of its fields.

Bump ``SCHEMA_VERSION`` whenever the schema, the analysis or the text preparation change:
an index built by another version is rebuilt on the next ``ensure``.
"""

from __future__ import annotations

from whoosh import columns, fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer

from index.analysis import LANGUAGES, LanguageAnalyzer, TermsFormat

SCHEMA_VERSION = 2

#: Facet field names (also the filter keys and the field-query names ``type:``, ``tag:`` ...).
FACETS = ("type", "component", "audience", "language", "tag", "pack")

#: Text "roles": each exists once per analysis language, e.g. ``title_en``, ``body_fr``.
TEXT_ROLES = ("title", "summary", "body")

#: BM25F field weights: a title match matters most; a summary is a one-line abstract.
ROLE_WEIGHT = {"title": 3.0, "summary": 1.5, "body": 1.0}

#: The unstemmed word list used for "did you mean" and for prefix expansion.
SPELL = "spell"
#: Which analysis language a document was indexed with (for per-language statistics).
ANALYSIS = "analysis"


def text_field(role: str, key: str) -> str:
    """Return the concrete field name for a text role in an analysis language."""
    return f"{role}_{key}"


def split_text_field(fieldname: str) -> tuple[str, str] | None:
    """``body_fr`` -> ("body", "fr"); None for any other field."""
    role, sep, key = fieldname.partition("_")
    if sep and role in TEXT_ROLES and key in LANGUAGES:
        return role, key
    return None


def build_schema() -> fields.Schema:
    """Build the schema: stored display fields, facets, per-language text, spelling."""
    schema = fields.Schema(
        # unique=True lets update_document() replace a document in place.
        id=fields.ID(stored=True, unique=True, sortable=True),
        # Columns are read without loading stored fields (which hold whole bodies): the
        # fingerprint for incremental updates, the folded title to order filter-only listings.
        fingerprint=fields.COLUMN(columns.VarBytesColumn()),
        title_sort=fields.COLUMN(columns.VarBytesColumn()),
        title=fields.STORED(),
        summary=fields.STORED(),
        path=fields.STORED(),
        lang=fields.STORED(),
        doctype=fields.STORED(),
        # The plain text of the body, its terms in order and their character spans:
        # snippets are cut from these without re-analysing anything at query time.
        text=fields.STORED(),
        terms=fields.STORED(),
        spans=fields.STORED(),
        spell=fields.FieldType(
            formats.Existence(), SpaceSeparatedTokenizer(), scorable=False, stored=False
        ),
        analysis=fields.ID(),
    )
    for facet in FACETS:
        # Comma-separated values so "governance/enforcement" stays one term.
        schema.add(facet, fields.KEYWORD(lowercase=True, commas=True, scorable=False))
    for key in LANGUAGES:
        analyzer = LanguageAnalyzer(key)
        for role in TEXT_ROLES:
            # Frequencies only: phrases use pair terms and snippets use the stored offsets,
            # so postings stay small and quick to read in bulk for scoring.
            schema.add(
                text_field(role, key),
                fields.FieldType(TermsFormat(), analyzer, scorable=True, stored=False),
            )
    return schema
