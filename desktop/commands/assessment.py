"""Assessment commands: ``accord assessment new|answer|note|complete|reopen|score|list|show|
export|migrate|history|compare|workshop|checklists|countries``.

Exit codes: 0 done; 2 bad input or a refused command (unknown id, item or value, a figure
out of range, not applicable without a reason, bad country, a checklist that fails
validation, completing below the minimum coverage without --partial) and nothing was
changed; 1 the database could not be read or written (read-only or full disk, damaged
file) and nothing was changed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.commands import assessment_output as text
from desktop.commands.common import (
    CommandError,
    CommandGroup,
    Context,
    explain,
    print_json,
)
from desktop.core.actions.assessments import (
    REPORT_FORMATS,
    PdfWriter,
    complete_and_queue,
    first_assessor,
    move_draft,
    plan_draft_move,
    save_answer,
    save_note,
    start_assessment,
    write_report,
)
from desktop.core.assessments.crosswalk import frameworks_json
from desktop.core.assessments.errors import AssessmentError, StoreError
from desktop.core.assessments.export import build_report
from desktop.core.assessments.scoring import answer_label
from desktop.core.assessments.startable import available_checklists
from desktop.core.assessments.store import AssessmentStore
from desktop.core.library.countries import find_countries
from desktop.core.library.documents import Library
from desktop.core.storage import paths
from desktop.core.storage.db import CorruptDatabaseError, DatabaseError, latest_backup

FORMATS = REPORT_FORMATS
# The library's version of a checklist cannot be used (missing, or fails validation).
_CHECKLIST_UNUSABLE = ("assessment.checklist-not-found", "assessment.not-startable")


GROUP = CommandGroup(
    "assessment",
    help="readiness self-assessments: start, answer, score, export",
    description="Answer a checklist of the library for an institution, offline. Ids may "
    "be shortened to a unique prefix (at least 4 characters).",
)
register = GROUP.register


@GROUP
def _add_new(cmds: argparse._SubParsersAction) -> None:
    new = cmds.add_parser("new", help="start an assessment; prints its id")
    new.add_argument("--checklist", required=True, metavar="ID", help="the checklist id")
    new.add_argument("--institution", required=True, metavar="NAME")
    new.add_argument(
        "--country", required=True, metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. KE"
    )
    new.add_argument(
        "--assessor", action="append", default=[], metavar="NAME", help="repeat for several"
    )
    new.add_argument(
        "--language",
        default="en",
        metavar="L",
        help="the language it is shown and reported in, e.g. fr, es, pt, ar (default en); "
        "its answers count the same in every language",
    )
    new.add_argument("--json", action="store_true", help="print the new assessment as JSON")
    new.set_defaults(func=cmd_new)


@GROUP
def _add_answering(cmds: argparse._SubParsersAction) -> None:
    answer = cmds.add_parser("answer", help="answer one item")
    answer.add_argument("id")
    answer.add_argument("item", help="the item id, e.g. ETH-1")
    answer.add_argument(
        "value",
        help="yes, partial, no, 0-4, a figure such as 63.5 (as the item's scale allows), "
        "or na (not applicable: give the reason with --note)",
    )
    answer.add_argument(
        "--note", metavar="TEXT", help="the evidence note (for na: why the item does not apply)"
    )
    answer.add_argument("--by", metavar="NAME", help="who answers (default: first assessor)")
    answer.set_defaults(func=cmd_answer)

    note = cmds.add_parser("note", help="set the evidence note of an item (answer kept)")
    note.add_argument("id")
    note.add_argument("item")
    note.add_argument("text")
    note.add_argument("--by", metavar="NAME")
    note.set_defaults(func=cmd_note)


@GROUP
def _add_lifecycle(cmds: argparse._SubParsersAction) -> None:
    complete = cmds.add_parser(
        "complete",
        help="mark an assessment complete (refused below the minimum coverage), or submit "
        "it as partial with --partial --reason",
    )
    complete.add_argument("id")
    complete.add_argument("--by", metavar="NAME")
    complete.add_argument(
        "--partial",
        action="store_true",
        help="submit as partial (kept out of the hub's national index); needs --reason",
    )
    complete.add_argument("--reason", metavar="TEXT", help="why the assessment is partial")
    complete.set_defaults(func=cmd_complete)

    reopen = cmds.add_parser("reopen", help="start a new revision of a completed assessment")
    reopen.add_argument("id")
    reopen.add_argument("--by", metavar="NAME")
    reopen.set_defaults(func=cmd_reopen)


@GROUP
def _add_reading(cmds: argparse._SubParsersAction) -> None:
    score = cmds.add_parser("score", help="component scores and the overall index")
    score.add_argument("id")
    score.add_argument("--json", action="store_true")
    score.set_defaults(func=cmd_score)

    lst = cmds.add_parser("list", help="list assessments, newest change first")
    lst.add_argument("--checklist", metavar="ID", help="only this checklist")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)

    show = cmds.add_parser("show", help="one assessment with its answers")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)


@GROUP
def _add_export_and_migrate(cmds: argparse._SubParsersAction) -> None:
    export = cmds.add_parser("export", help="write the report (pdf) or the answers (csv, json)")
    export.add_argument("id")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)

    migrate = cmds.add_parser(
        "migrate", help="move an assessment to the installed version of its checklist"
    )
    migrate.add_argument("id")
    migrate.add_argument("--dry-run", action="store_true", help="only say what would change")
    migrate.add_argument("--by", metavar="NAME")
    migrate.add_argument("--json", action="store_true")
    migrate.set_defaults(func=cmd_migrate)


@GROUP
def _add_history_and_comparing(cmds: argparse._SubParsersAction) -> None:
    history = cmds.add_parser("history", help="every change to an assessment")
    history.add_argument("id")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)

    compare = cmds.add_parser("compare", help="change per component between two assessments")
    compare.add_argument("earlier")
    compare.add_argument("later")
    compare.add_argument("--json", action="store_true")
    compare.set_defaults(func=cmd_compare)

    workshop = cmds.add_parser(
        "workshop", help="mean and spread per component over several assessments"
    )
    workshop.add_argument("ids", nargs="+")
    workshop.add_argument("--json", action="store_true")
    workshop.set_defaults(func=cmd_workshop)


@GROUP
def _add_reference(cmds: argparse._SubParsersAction) -> None:
    checklists = cmds.add_parser("checklists", help="the checklists that can be started")
    checklists.add_argument("--json", action="store_true")
    checklists.set_defaults(func=cmd_checklists)

    countries = cmds.add_parser("countries", help="country codes and names")
    countries.add_argument("query", nargs="?", default="", help="filter by code or name")
    countries.add_argument("--json", action="store_true")
    countries.set_defaults(func=cmd_countries)


# --- plumbing -------------------------------------------------------------------------------


@contextlib.contextmanager
def _store(ctx: Context, *, reading: bool = False) -> Iterator[AssessmentStore]:
    """Open the store; turn every core error into a CommandError with the right code.

    A command that only reads (``reading``) still works on a read-only folder or medium:
    the database is then opened for reading only, as the message promises.
    """
    db_path = paths.database_path(ctx.data_dir)
    try:
        store = _open_store(db_path, ctx, reading)
    except CorruptDatabaseError as exc:
        backup = latest_backup(db_path, paths.backups_dir(ctx.data_dir))
        hint = f" The newest automatic backup is {backup}." if backup else ""
        raise CommandError(f"{exc}{hint}", 1) from exc
    except (DatabaseError, StoreError) as exc:
        raise CommandError(str(exc), 1) from exc
    try:
        yield store
    except StoreError as exc:
        raise CommandError(str(exc), 1) from exc
    except AssessmentError as exc:
        raise CommandError(explain(exc), 2) from exc
    finally:
        store.close()


def _open_store(db_path: Path, ctx: Context, reading: bool) -> AssessmentStore:
    try:
        return AssessmentStore.open(db_path, paths.backups_dir(ctx.data_dir))
    except StoreError as exc:
        if not (reading and exc.kind == "read-only" and db_path.is_file()):
            raise
    print(
        f"accord: note: {db_path} is read-only; showing it without changing anything",
        file=sys.stderr,
    )
    return AssessmentStore.open_read_only(db_path)


def _load_set(ctx: Context) -> Library:
    # The bundled library plus installed packs (a national pack's checklists too); an
    # installed "core" pack replaces only the bundled library, never a --library folder.
    from desktop.core.library.combined import load_library_set

    bundled = ctx.library_dir.resolve() == paths.bundled_library().resolve()
    return load_library_set(ctx.library_dir, ctx.data_dir, installed_core=bundled).library


def _library(ctx: Context) -> Library:
    if not ctx.library_dir.is_dir():
        raise CommandError(
            f"the library folder {ctx.library_dir} does not exist; pass one with --library DIR"
        )
    return _load_set(ctx)


def _optional_library(ctx: Context) -> Library | None:
    # Exports resolve gap links when the library is there, and still work without it.
    return _load_set(ctx) if ctx.library_dir.is_dir() else None


# --- commands -------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment new``: start a draft; print its id (or it, as JSON)."""
    library = _library(ctx)
    with _store(ctx) as store:
        assessment = start_assessment(
            store,
            library,
            args.checklist,
            institution=args.institution,
            country=args.country,
            assessors=args.assessor,
            language=args.language,
        )
    if args.json:
        print_json(assessment.as_json())
    else:
        print(assessment.id)
    return 0


def cmd_answer(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment answer``: answer one item."""
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        result = save_answer(store, aid, args.item, args.value, args.note, args.by)
        item = store.load(aid).checklist.item(result.item_id)
    shown = result.value
    if item is not None and item.indicator is not None and result.value:
        shown = answer_label(item, result.value)  # the figure with its level
    if result.reopened:
        print(f"The assessment was complete; this change started revision {result.revision}.")
    if not result.applicable:
        print(
            f"note: {result.item_id} is skipped by the checklist's skip logic with the current "
            "answers; the answer is kept but does not count in the score",
            file=sys.stderr,
        )
    print(f"Saved {result.item_id} = {shown}" + ("" if result.changed else " (unchanged)"))
    return 0


def cmd_note(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment note``: set the evidence note of an item."""
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        result = save_note(store, aid, args.item, args.text, args.by)
    print(f"Saved the note of {result.item_id}")
    return 0


def cmd_complete(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment complete``: mark complete (or submit as partial) and queue it
    for the hub."""
    if args.partial != (args.reason is not None):
        raise CommandError(
            "a partial submission needs both --partial and --reason TEXT (why it is partial)"
            if args.partial
            else "--reason goes with --partial (submit as partial); to mark complete, leave "
            "both out",
            2,
        )
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        # Completing queues the revision for the hub (``accord sync run`` or the app sends
        # it). The completion stands even if queueing fails: the next sync queues it.
        by = first_assessor(store, aid, args.by)
        done = complete_and_queue(store, aid, by, partial_reason=args.reason)
    result, queued = done.result, done.queued
    if done.not_queued:
        print(
            f"warning: not queued for the hub ({done.not_queued}); 'sync run' retries",
            file=sys.stderr,
        )
    if result.unanswered:
        print(
            f"warning: {len(result.unanswered)} shown items have no answer: "
            + ", ".join(result.unanswered),
            file=sys.stderr,
        )
    a = result.assessment
    how = "Submitted as partial" if a.is_partial else "Marked complete"
    if result.changed:
        print(f"{how} (revision {a.revision}).")
    else:
        partial = f" as partial ({a.partial_reason})" if a.is_partial else ""
        print(f"Already complete{partial} (revision {a.revision}).")
    if queued is not None:
        label = queued.label[:1].lower() + queued.label[1:]
        hint = " (send with 'accord sync run')" if queued.state in ("queued", "sending") else ""
        print(f"For the hub: {label}{hint}.")
    return 0


def cmd_reopen(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment reopen``: start a new revision of a completed assessment."""
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        assessment = store.reopen(aid, first_assessor(store, aid, args.by))
    print(f"Draft, revision {assessment.revision}.")
    return 0


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment score``: component scores and the overall index."""
    with _store(ctx, reading=True) as store:
        state = store.load(store.resolve_id(args.id))
    score, frameworks = state.score(), state.frameworks()
    if args.json:
        print_json(score.as_json() | {"frameworks": frameworks_json(frameworks)})
    else:
        text.print_score(score)
        text.print_frameworks(frameworks)
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment list``: every assessment, newest change first."""
    with _store(ctx, reading=True) as store:
        rows = [
            text.list_row_json(a, store.score(a.id))
            for a in store.list_assessments(checklist_id=args.checklist)
        ]
    if args.json:
        print_json(rows)
    else:
        text.print_list(rows)
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment show``: one assessment with its answers and scores."""
    with _store(ctx, reading=True) as store:
        aid = store.resolve_id(args.id)
        state = store.load(aid)
        revisions = store.revisions(aid)
    if args.json:
        print_json(text.state_json(state, revisions))
    else:
        text.print_state(state)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment export``: the report (pdf) or the answers (csv, json)."""
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CommandError(f"the folder {out.parent} does not exist; create it or choose another")
    library = _optional_library(ctx)
    with _store(ctx, reading=True) as store:
        aid = store.resolve_id(args.id)
        # The PDF in the assessment's language; CSV and JSON stay language-neutral (the
        # checklist's original words).
        language = None if args.format == "pdf" else "en"
        report = build_report(store, aid, library, language=language)
    titles, writer = None, None
    if args.format == "pdf":
        titles = {d.id: d.title for d in library.documents.values()} if library else None
        writer = _pdf_writer()
    try:
        write_report(report, args.format, out, titles=titles, pdf_writer=writer)
    except AssessmentError as exc:
        raise CommandError(explain(exc), 2) from exc
    print(f"Wrote {out}")
    return 0


def _pdf_writer() -> PdfWriter:
    try:
        # Qt is loaded only here; the rest of the CLI stays Qt-free.
        from desktop.ui.report.pdf import export_pdf
    except ImportError as exc:
        raise CommandError(
            "the PDF report needs Accord's desktop report module (desktop.ui.report.pdf with "
            f"Qt), which cannot be loaded here ({exc}); export --format csv or json instead",
            2,
        ) from exc
    return export_pdf


def cmd_migrate(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment migrate``: move to the installed version of the checklist."""
    library = _library(ctx)
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        try:
            move = plan_draft_move(store, library, aid)
        except AssessmentError as exc:
            if exc.code not in _CHECKLIST_UNUSABLE:
                raise
            version = store.get(aid).checklist_version
            raise CommandError(
                f"cannot move assessment {aid[:8]}: {explain(exc)}\nThe assessment stays on "
                f"version {version} and remains readable.",
                2,
            ) from exc
        plan = move.plan if args.dry_run else move_draft(store, aid, move.checklist, args.by)
    if args.json:
        print_json(plan.as_json())
    else:
        text.print_plan(plan, args.dry_run)
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment history``: every change to an assessment."""
    with _store(ctx, reading=True) as store:
        entries = store.history(store.resolve_id(args.id))
    if args.json:
        print_json(text.history_json(entries))
    else:
        text.print_history(entries)
    return 0


def cmd_compare(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment compare``: change per component between two assessments."""
    with _store(ctx, reading=True) as store:
        cmp = store.compare(store.resolve_id(args.earlier), store.resolve_id(args.later))
    if args.json:
        print_json(text.comparison_json(cmp))
    else:
        text.print_comparison(cmp)
    return 0


def cmd_workshop(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment workshop``: mean and spread over several assessments."""
    with _store(ctx, reading=True) as store:
        summary = store.workshop([store.resolve_id(i) for i in args.ids])
    if args.json:
        print_json(text.workshop_json(summary))
    else:
        text.print_workshop(summary)
    return 0


def cmd_checklists(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment checklists``: the library's checklists, startable or not."""
    infos = available_checklists(_library(ctx))
    if args.json:
        print_json(text.checklists_json(infos))
    else:
        text.print_checklists(infos)
    return 0


def cmd_countries(args: argparse.Namespace, ctx: Context) -> int:
    """``accord assessment countries``: ISO 3166-1 codes and names, filtered."""
    found = find_countries(args.query, limit=400)
    if args.json:
        print_json([{"code": c.code, "name": c.name} for c in found])
    else:
        for c in found:
            print(f"{c.code}  {c.name}")
    return 0
