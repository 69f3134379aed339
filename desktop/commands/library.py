"""Library commands: ``check``, ``search``, ``show`` and ``index rebuild``."""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from desktop.commands.common import CommandError, Context, print_json
from desktop.core.library.components import COMPONENTS, DOC_TYPES
from desktop.core.library.documents import Library, load_library
from desktop.core.storage import paths


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check",
        help="check a content library for errors and warnings",
        description="Check every Markdown document of a library. Errors (bad YAML, missing "
        "title, duplicate id, malformed checklist) exit 1; warnings (broken links, unknown "
        "type) do not.",
    )
    check.add_argument("library_dir", nargs="?", help="the library folder (default: --library)")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(func=cmd_check)

    search = sub.add_parser("search", help="full-text search of the library")
    search.add_argument("query", help='words, "a phrase", or field:value (type:checklist)')
    search.add_argument("--type", action="append", choices=DOC_TYPES, help="only this type")
    search.add_argument(
        "--component", action="append", choices=list(COMPONENTS), help="only this component"
    )
    search.add_argument("--audience", action="append", help="only this audience")
    search.add_argument("--lang", action="append", help="only this language (e.g. en, fr)")
    search.add_argument("--tag", action="append", help="only this tag (nested tags included)")
    search.add_argument("--pack", action="append", help="only documents of this content pack")
    search.add_argument("--limit", type=int, default=10, help="how many hits (default 10)")
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.set_defaults(func=cmd_search)

    show = sub.add_parser("show", help="print one document")
    show.add_argument("id", help="the document id, e.g. standards/secure-by-design")
    show.add_argument("--html", action="store_true", help="print the rendered, sanitised HTML")
    show.add_argument("--json", action="store_true", help="print metadata and body as JSON")
    show.set_defaults(func=cmd_show)

    idx = sub.add_parser("index", help="manage the search index")
    idx_sub = idx.add_subparsers(dest="index_command", metavar="{rebuild}")
    idx_sub.required = True
    rebuild = idx_sub.add_parser("rebuild", help="rebuild the search index from the library")
    rebuild.set_defaults(func=cmd_index_rebuild)


def _load(ctx: Context) -> Library:
    if not ctx.library_dir.is_dir():
        raise CommandError(
            f"the library folder {ctx.library_dir} does not exist; pass one with --library DIR"
        )
    # The bundled library plus installed packs; an installed "core" pack replaces only the
    # bundled library, never a folder chosen with --library.
    from desktop.core.library.combined import load_library_set

    bundled = ctx.library_dir.resolve() == paths.bundled_library().resolve()
    return load_library_set(ctx.library_dir, ctx.data_dir, installed_core=bundled).library


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    root = Path(args.library_dir) if args.library_dir else ctx.library_dir
    if not root.is_dir():
        raise CommandError(f"the library folder {root} does not exist")
    library = load_library(root)
    errors, warnings = library.errors(), library.warnings()
    if args.json:
        print_json(
            {
                "documents": len(library.documents),
                "errors": [p.as_dict() for p in errors],
                "warnings": [p.as_dict() for p in warnings],
            }
        )
    else:
        for problem in sorted(library.problems, key=lambda p: (p.file, p.line)):
            print(f"{root / problem.file}:{problem.line}: {problem.severity}: {problem.message}")
        print(f"{len(library.documents)} documents, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


def _plain_snippet(snippet: str) -> str:
    # The terminal has no HTML: show matches as **word**.
    text = snippet.replace("<mark>", "**").replace("</mark>", "**")
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be 1 or more")
    from desktop.core.search.documents import open_index
    from index import SearchQuery

    library = _load(ctx)
    index, _report = open_index(paths.index_dir(ctx.data_dir), library)
    filters = {
        name: values
        for name, values in (
            ("type", args.type),
            ("component", args.component),
            ("audience", args.audience),
            ("language", args.lang),
            ("tag", args.tag),
            ("pack", args.pack),
        )
        if values
    }
    try:
        results = index.search(SearchQuery(text=args.query, filters=filters, limit=args.limit))
    finally:
        index.close()
    if args.json:
        print_json(
            {
                "query": results.query,
                "total": results.total,
                "hits": [
                    {
                        "id": h.id,
                        "title": h.title,
                        "type": h.type,
                        "score": round(h.score, 4),
                        "snippet": h.snippet,
                    }
                    for h in results.hits
                ],
                "facets": results.facets,
                "suggestion": results.suggestion,
            }
        )
        return 0
    if results.notice:
        print(f"note: {results.notice}", file=sys.stderr)
    if not results.hits:
        print(f"No documents match '{args.query}'.")
    else:
        print(f"{results.total} documents match '{args.query}':")
    for n, hit in enumerate(results.hits, 1):
        print(f"{n:2}. {hit.title}  [{hit.type}]  {hit.id}")
        if hit.snippet:
            print(f"    {_plain_snippet(hit.snippet)}")
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}?")
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    library = _load(ctx)
    doc = library.get(args.id) or library.resolve(args.id)
    if doc is None:
        raise CommandError(f"no document with id '{args.id}'; find ids with: accord search WORDS")
    if args.json:
        print_json(
            {
                "id": doc.id,
                "title": doc.title,
                "type": doc.type,
                "summary": doc.summary,
                "language": doc.language,
                "tags": doc.tags,
                "components": doc.components,
                "audience": doc.audience,
                "version": doc.version,
                "reviewed": doc.reviewed,
                "sources": doc.sources,
                "license": doc.license,
                "path": doc.path,
                "body": doc.body,
            }
        )
    elif args.html:
        from desktop.core.library.render import render_document

        print(render_document(doc, library).html)
    else:
        print(f"{doc.title}  [{doc.type}]  {doc.id}")
        if doc.summary:
            print(doc.summary)
        print()
        print(doc.body.strip())
    return 0


def cmd_index_rebuild(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.search.documents import index_docs
    from index import SearchIndex

    library = _load(ctx)
    index = SearchIndex(paths.index_dir(ctx.data_dir))
    try:
        report = index.rebuild(index_docs(library))
    finally:
        index.close()
    print(f"Indexed {len(library.documents)} documents in {report.seconds:.2f} s.")
    return 0
