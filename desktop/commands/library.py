"""Library commands: ``check``, ``search``, ``show`` and ``index rebuild``."""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import CommandError, Context, explain, print_json
from desktop.core.actions.library import (
    check_library,
    document_html,
    document_record,
    find_document,
    open_library,
    rebuild_index,
    search_library,
)
from desktop.core.library.components import COMPONENTS, DOC_TYPES
from desktop.core.library.documents import Library, LibraryError

if TYPE_CHECKING:
    from index import SearchResults


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``check``, ``search``, ``show`` and ``index rebuild`` to the command line."""
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


def _command_error(exc: LibraryError, hint: bool = True) -> CommandError:
    """The CLI's message for ``exc``: its message and, with ``hint``, how to fix it."""
    return CommandError(explain(exc) if hint else exc.message)


def _load(ctx: Context) -> Library:
    """The bundled library (or --library) plus installed packs."""
    try:
        return open_library(ctx.library_dir, ctx.data_dir).library
    except LibraryError as exc:
        raise _command_error(exc) from exc


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    """``accord check``: errors and warnings of a library folder; exit 1 on errors."""
    root = Path(args.library_dir) if args.library_dir else ctx.library_dir
    try:
        report = check_library(root)
    except LibraryError as exc:
        # The folder was named on this command line: no hint beyond the message.
        raise _command_error(exc, hint=False) from exc
    if args.json:
        print_json(report.as_json())
    else:
        for problem in sorted(report.library.problems, key=lambda p: (p.file, p.line)):
            print(f"{root / problem.file}:{problem.line}: {problem.severity}: {problem.message}")
        print(
            f"{len(report.library.documents)} documents, {len(report.errors)} errors, "
            f"{len(report.warnings)} warnings"
        )
    return 1 if report.errors else 0


def _plain_snippet(snippet: str) -> str:
    # The terminal has no HTML: show matches as **word**.
    text = snippet.replace("<mark>", "**").replace("</mark>", "**")
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _filters(args: argparse.Namespace) -> dict[str, list[str]]:
    """The facet filters given as options (only those given)."""
    return {
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


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    """``accord search``: full-text search of the library and installed packs."""
    if args.limit < 1:
        raise CommandError("--limit must be 1 or more")
    library = _load(ctx)
    results = search_library(library, ctx.data_dir, args.query, _filters(args), args.limit)
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
    _print_results(results, args.query)
    return 0


def _print_results(results: SearchResults, query: str) -> None:
    """Search results for people: a numbered list with plain-text snippets."""
    if results.notice:
        print(f"note: {results.notice}", file=sys.stderr)
    if not results.hits:
        print(f"No documents match '{query}'.")
    else:
        print(f"{results.total} documents match '{query}':")
    for n, hit in enumerate(results.hits, 1):
        print(f"{n:2}. {hit.title}  [{hit.type}]  {hit.id}")
        if hit.snippet:
            print(f"    {_plain_snippet(hit.snippet)}")
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}?")


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    """``accord show``: one document as text, HTML or JSON."""
    library = _load(ctx)
    try:
        doc = find_document(library, args.id)
    except LibraryError as exc:
        raise _command_error(exc) from exc
    if args.json:
        print_json(document_record(doc))
    elif args.html:
        print(document_html(doc, library))
    else:
        print(f"{doc.title}  [{doc.type}]  {doc.id}")
        if doc.summary:
            print(doc.summary)
        print()
        print(doc.body.strip())
    return 0


def cmd_index_rebuild(args: argparse.Namespace, ctx: Context) -> int:
    """``accord index rebuild``: build the search index afresh."""
    library = _load(ctx)
    report = rebuild_index(library, ctx.data_dir)
    print(f"Indexed {len(library.documents)} documents in {report.seconds:.2f} s.")
    return 0
