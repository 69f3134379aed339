"""The Whoosh schema and the names of its fields.

Bump ``SCHEMA_VERSION`` whenever the schema, the analyzers or the text preparation change:
an index built by another version is rebuilt on the next ``ensure``.
"""

from __future__ import annotations

from whoosh import fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer

from index.analysis import LANGUAGES, analyzer_for

SCHEMA_VERSION = 1

#: Facet field names (also the filter keys and the field-query names ``type:``, ``tag:`` ...).
FACETS = ("type", "component", "audience", "language", "tag", "pack")

#: Text "roles": each exists once per analysis language, e.g. ``title_en``, ``body_fr``.
TEXT_ROLES = ("title", "summary", "body")

# Title matches matter most; a summary is a one-line abstract, so it counts more than body text.
ROLE_BOOST = {"title": 3.0, "summary": 1.5, "body": 1.0}

#: The unstemmed word list used for "did you mean" and for prefix expansion.
SPELL = "spell"
#: Which analysis language a document was indexed with (for per-language statistics).
ANALYSIS = "analysis"


def text_field(role: str, key: str) -> str:
    """Return the concrete field name for a text role in an analysis language."""
    return f"{role}_{key}"


def build_schema() -> fields.Schema:
    """Build the schema: stored display fields, facets, per-language text, spelling."""
    schema = fields.Schema(
        # unique=True lets update_document() replace a document in place.
        id=fields.ID(stored=True, unique=True, sortable=True),
        fingerprint=fields.ID(stored=True),
        # Lower-cased title used to order filter-only listings (a column: no stored-field loads).
        title_sort=fields.COLUMN(fields.columns.VarBytesColumn()),
        title=fields.STORED(),
        summary=fields.STORED(),
        path=fields.STORED(),
        lang=fields.STORED(),
        doctype=fields.STORED(),
        # The plain text the body fields were analysed from: snippets slice it with the
        # character offsets stored in the postings, so it must be exactly that text.
        text=fields.STORED(),
        spell=fields.FieldType(
            formats.Existence(), SpaceSeparatedTokenizer(), scorable=False, stored=False
        ),
        analysis=fields.ID(),
    )
    for facet in FACETS:
        # Comma-separated values so "governance/enforcement" stays one term.
        schema.add(facet, fields.KEYWORD(lowercase=True, commas=True, scorable=False))
    for key in LANGUAGES:
        analyzer = analyzer_for(key)
        for role in TEXT_ROLES:
            schema.add(
                text_field(role, key),
                fields.TEXT(
                    analyzer=analyzer,
                    phrase=True,
                    # Character offsets only where snippets come from: the body.
                    chars=(role == "body"),
                    field_boost=ROLE_BOOST[role],
                ),
            )
    return schema
