"""Assessment commands: ``accord assessment new|answer|note|complete|reopen|score|list|show|
export|migrate|history|compare|workshop|checklists|countries``.

Exit codes: 0 done; 2 bad input (unknown id, item or value, bad country, a checklist that
fails validation) and nothing was changed; 1 the database could not be read or written
(read-only or full disk, damaged file) and nothing was changed.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.commands.common import CommandError, Context, print_json
from desktop.core.assessments.export import build_report, write_csv, write_json
from desktop.core.assessments.scoring import Score
from desktop.core.assessments.store import (
    AssessmentError,
    AssessmentStore,
    StoreError,
    available_checklists,
    startable_checklist,
)
from desktop.core.library.countries import find_countries
from desktop.core.library.documents import Library
from desktop.core.storage import paths
from desktop.core.storage.db import CorruptDatabaseError, DatabaseError, latest_backup

FORMATS = ("pdf", "csv", "json")


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "assessment",
        help="readiness self-assessments: start, answer, score, export",
        description="Answer a checklist of the library for an institution, offline. Ids may "
        "be shortened to a unique prefix (at least 4 characters).",
    )
    cmds = group.add_subparsers(dest="assessment_command", metavar="COMMAND")
    cmds.required = True

    new = cmds.add_parser("new", help="start an assessment; prints its id")
    new.add_argument("--checklist", required=True, metavar="ID", help="the checklist id")
    new.add_argument("--institution", required=True, metavar="NAME")
    new.add_argument(
        "--country", required=True, metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. KE"
    )
    new.add_argument(
        "--assessor", action="append", default=[], metavar="NAME", help="repeat for several"
    )
    new.add_argument("--json", action="store_true", help="print the new assessment as JSON")
    new.set_defaults(func=cmd_new)

    answer = cmds.add_parser("answer", help="answer one item")
    answer.add_argument("id")
    answer.add_argument("item", help="the item id, e.g. ETH-1")
    answer.add_argument("value", help="yes, partial, no, 0-4 or na (as the item's scale allows)")
    answer.add_argument("--note", metavar="TEXT", help="the evidence note")
    answer.add_argument("--by", metavar="NAME", help="who answers (default: first assessor)")
    answer.set_defaults(func=cmd_answer)

    note = cmds.add_parser("note", help="set the evidence note of an item (answer kept)")
    note.add_argument("id")
    note.add_argument("item")
    note.add_argument("text")
    note.add_argument("--by", metavar="NAME")
    note.set_defaults(func=cmd_note)

    complete = cmds.add_parser("complete", help="mark an assessment complete")
    complete.add_argument("id")
    complete.add_argument("--by", metavar="NAME")
    complete.set_defaults(func=cmd_complete)

    reopen = cmds.add_parser("reopen", help="start a new revision of a completed assessment")
    reopen.add_argument("id")
    reopen.add_argument("--by", metavar="NAME")
    reopen.set_defaults(func=cmd_reopen)

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

    checklists = cmds.add_parser("checklists", help="the checklists that can be started")
    checklists.add_argument("--json", action="store_true")
    checklists.set_defaults(func=cmd_checklists)

    countries = cmds.add_parser("countries", help="country codes and names")
    countries.add_argument("query", nargs="?", default="", help="filter by code or name")
    countries.add_argument("--json", action="store_true")
    countries.set_defaults(func=cmd_countries)


# --- plumbing -------------------------------------------------------------------------------


@contextlib.contextmanager
def _store(ctx: Context) -> Iterator[AssessmentStore]:
    """Open the store; turn every core error into a CommandError with the right code."""
    db_path = paths.database_path(ctx.data_dir)
    try:
        store = AssessmentStore.open(db_path, paths.backups_dir(ctx.data_dir))
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
        raise CommandError(str(exc), 2) from exc
    finally:
        store.close()


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


def _by(store: AssessmentStore, assessment_id: str, given: str | None) -> str:
    if given is not None:
        return given.strip()
    assessors = store.get(assessment_id).assessors
    return assessors[0] if assessors else ""


def _fmt(score: float | None) -> str:
    return "not assessed" if score is None else f"{score:5.1f}"


def _print_score(score: Score) -> None:
    for c in score.components.values():
        coverage = "" if c.coverage is None else f"  {c.answered}/{c.applicable} answered"
        print(f"  {c.title:<40} {_fmt(c.score)}{coverage}")
    print(f"  {'Overall index':<40} {_fmt(score.overall)}")


# --- commands -------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    library = _library(ctx)
    with _store(ctx) as store:
        checklist = startable_checklist(library, args.checklist)
        assessment = store.create(
            checklist,
            institution=args.institution,
            country=args.country,
            assessors=args.assessor,
            by=args.assessor[0] if args.assessor else "",
        )
    if args.json:
        print_json(assessment.as_json())
    else:
        print(assessment.id)
    return 0


def cmd_answer(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        result = store.save_answer(aid, args.item, args.value, args.note, _by(store, aid, args.by))
    if result.reopened:
        print(f"The assessment was complete; this change started revision {result.revision}.")
    if not result.applicable:
        print(
            f"note: {result.item_id} is skipped by the checklist's skip logic with the current "
            "answers; the answer is kept but does not count in the score",
            file=sys.stderr,
        )
    print(f"Saved {result.item_id} = {result.value}" + ("" if result.changed else " (unchanged)"))
    return 0


def cmd_note(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        result = store.save_note(aid, args.item, args.text, _by(store, aid, args.by))
    print(f"Saved the note of {result.item_id}")
    return 0


def cmd_complete(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.core.actions.assessments import complete_and_queue

    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        # Completing queues the revision for the hub (``accord sync run`` or the app sends
        # it). The completion stands even if queueing fails: the next sync queues it.
        done = complete_and_queue(store, aid, _by(store, aid, args.by))
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
    if result.changed:
        print(f"Marked complete (revision {result.assessment.revision}).")
    else:
        print(f"Already complete (revision {result.assessment.revision}).")
    if queued is not None:
        label = queued.label[:1].lower() + queued.label[1:]
        hint = " (send with 'accord sync run')" if queued.state in ("queued", "sending") else ""
        print(f"For the hub: {label}{hint}.")
    return 0


def cmd_reopen(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        assessment = store.reopen(aid, _by(store, aid, args.by))
    print(f"Draft, revision {assessment.revision}.")
    return 0


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        score = store.score(aid)
    if args.json:
        print_json(score.as_json())
    else:
        _print_score(score)
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    rows: list[dict[str, Any]] = []
    with _store(ctx) as store:
        for a in store.list_assessments(checklist_id=args.checklist):
            score = store.score(a.id)
            rows.append(
                a.as_json()
                | {
                    "overall": None if score.overall is None else round(score.overall, 2),
                    "answered": score.answered,
                    "applicable": score.applicable,
                }
            )
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No assessments yet. Start one with: accord assessment new --checklist ID ...")
    for r in rows:
        overall = "—" if r["overall"] is None else f"{r['overall']:.1f}"
        print(
            f"{r['id'][:8]}  {r['status']:<8} r{r['revision']}  {r['country']}  "
            f"{r['institution']}  [{r['checklist_id']} {r['checklist_version']}]  "
            f"{r['answered']}/{r['applicable']} answered  overall {overall}"
        )
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        state = store.load(aid)
        revisions = store.revisions(aid)
    a = state.assessment
    score = state.score()
    shown = {item.id for item in state.applicable()}
    if args.json:
        print_json(
            {
                "assessment": a.as_json(),
                "score": score.as_json(),
                "answers": {
                    k: {"value": x.value, "note": x.note, "by": x.by, "at": x.at}
                    for k, x in sorted(state.answers.items())
                },
                "unanswered": [i.id for i in state.unanswered()],
                "skipped": [i.id for i in state.checklist.items if i.id not in shown],
                "removed_answers": [x.item_id for x in state.removed_answers()],
                "new_items": list(state.new_items),
                "revisions": [
                    {"revision": r.revision, "completed": r.completed, "by": r.completed_by}
                    for r in revisions
                ],
            }
        )
        return 0
    print(f"{a.institution} ({a.country_name})  —  {a.checklist_title} {a.checklist_version}")
    print(f"id {a.id}  status {a.status}  revision {a.revision}  updated {a.updated}")
    if a.assessors:
        print(f"assessors: {', '.join(a.assessors)}")
    for section in state.checklist.sections:
        print(f"\n{section.title}")
        for item in section.items:
            answer = state.answers.get(item.id)
            if item.id not in shown:
                mark = "(skipped)"
            else:
                mark = (answer.value if answer and answer.value else None) or "—"
            flag = "  [new]" if item.id in state.new_items else ""
            print(f"  {item.id:<10} {mark:<10} {item.ask}{flag}")
            if answer and answer.note:
                print(f"  {'':<10} {'':<10} evidence: {answer.note}")
    removed = state.removed_answers()
    if removed:
        print("\nAnswers kept from items removed in this checklist version:")
        for x in removed:
            print(f"  {x.item_id:<10} {x.value or '—':<10} {x.note}")
    print("\nScores:")
    _print_score(score)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CommandError(f"the folder {out.parent} does not exist; create it or choose another")
    library = _optional_library(ctx)
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        report = build_report(store, aid, library)
    if args.format == "json":
        write_json(report, out)
    elif args.format == "csv":
        write_csv(report, out)
    else:
        titles = {d.id: d.title for d in library.documents.values()} if library else None
        _export_pdf(report, out, titles)
    print(f"Wrote {out}")
    return 0


def _export_pdf(report: Any, out: Path, titles: dict[str, str] | None = None) -> None:
    try:
        # Qt is loaded only here; the rest of the CLI stays Qt-free.
        from desktop.ui.report.pdf import export_pdf
    except ImportError as exc:
        raise CommandError(
            "the PDF report needs Accord's desktop report module (desktop.ui.report.pdf with "
            f"Qt), which cannot be loaded here ({exc}); export --format csv or json instead",
            2,
        ) from exc
    # Write beside the target and rename, so a failed export never leaves half a PDF.
    tmp = out.with_name(f".{out.stem}.{uuid.uuid4().hex[:8]}.tmp.pdf")
    try:
        export_pdf(report, tmp, titles)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def cmd_migrate(args: argparse.Namespace, ctx: Context) -> int:
    library = _library(ctx)
    with _store(ctx) as store:
        aid = store.resolve_id(args.id)
        a = store.get(aid)
        try:
            checklist = startable_checklist(library, a.checklist_id)
        except AssessmentError as exc:
            raise CommandError(
                f"cannot move assessment {a.id[:8]}: {exc}\nThe assessment stays on version "
                f"{a.checklist_version} and remains readable.",
                2,
            ) from exc
        if args.dry_run:
            plan = store.plan_migration(aid, checklist)
        else:
            plan = store.migrate(aid, checklist, _by(store, aid, args.by))
    if args.json:
        print_json(plan.as_json())
        return 0
    if plan.up_to_date:
        print(f"Already on the installed version {plan.to_version} of {plan.checklist_id}.")
        return 0
    verb = "Would move" if args.dry_run else "Moved"
    print(f"{verb} from version {plan.from_version} to {plan.to_version}:")
    print(f"  {len(plan.carried)} answers carried over")
    if plan.removed:
        print("  answers of removed items (kept and listed, no longer scored):")
        for x in plan.removed:
            print(f"    {x.item_id}: {x.value or '—'} {x.note}")
    if plan.invalidated:
        print("  answers to answer again (the item's scale changed; old value in the history):")
        for x in plan.invalidated:
            print(f"    {x.item_id}: was {x.value}")
    if plan.added:
        print(f"  new items: {', '.join(plan.added)}")
    if plan.reopened:
        print("  the assessment was complete; this started a new revision")
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        entries = store.history(store.resolve_id(args.id))
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "by": e.by,
                    "action": e.action,
                    "revision": e.revision,
                    "item": e.item_id,
                    "value": e.value,
                    "note": e.note,
                    "detail": e.detail,
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        what = f" {e.item_id} = {e.value}" if e.item_id else ""
        who = f" by {e.by}" if e.by else ""
        print(f"{e.at}  r{e.revision}  {e.action}{what}{who}")
    return 0


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _change_json(change: Any) -> dict[str, Any]:
    return {"before": _r(change.before), "after": _r(change.after), "change": _r(change.change)}


def cmd_compare(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        cmp = store.compare(store.resolve_id(args.earlier), store.resolve_id(args.later))
    if args.json:
        print_json(
            {
                "overall": _change_json(cmp.overall),
                "components": {k: _change_json(c) for k, c in cmp.components.items()},
            }
        )
        return 0
    for c in [*cmp.components.values(), cmp.overall]:
        delta = "—" if c.change is None else f"{c.change:+.1f}"
        print(f"  {c.title:<40} {_fmt(c.before)} → {_fmt(c.after)}  {delta}")
    return 0


def cmd_workshop(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx) as store:
        summary = store.workshop([store.resolve_id(i) for i in args.ids])
    spreads = [*summary.components.values(), summary.overall]
    if args.json:
        print_json(
            {
                s.component: {
                    "count": s.count,
                    "mean": _r(s.mean),
                    "min": _r(s.minimum),
                    "max": _r(s.maximum),
                    "stdev": _r(s.stdev),
                }
                for s in spreads
            }
        )
        return 0
    print(f"{summary.count} assessments")
    for s in spreads:
        if s.mean is None:
            print(f"  {s.title:<40} not assessed")
        else:
            print(
                f"  {s.title:<40} mean {s.mean:5.1f}  min {s.minimum:5.1f}  "
                f"max {s.maximum:5.1f}  sd {s.stdev:4.1f}  (n={s.count})"
            )
    return 0


def cmd_checklists(args: argparse.Namespace, ctx: Context) -> int:
    library = _library(ctx)
    infos = available_checklists(library)
    if args.json:
        print_json(
            [
                {
                    "id": i.id,
                    "title": i.title,
                    "version": i.version,
                    "items": i.items,
                    "startable": i.startable,
                    "problems": list(i.problems),
                }
                for i in infos
            ]
        )
        return 0
    for i in infos:
        state = f"{i.items} items" if i.startable else "FAILS VALIDATION"
        print(f"{i.id}  {i.version}  {i.title}  ({state})")
        for p in i.problems:
            print(f"    {p}")
    return 0


def cmd_countries(args: argparse.Namespace, ctx: Context) -> int:
    found = find_countries(args.query, limit=400)
    if args.json:
        print_json([{"code": c.code, "name": c.name} for c in found])
    else:
        for c in found:
            print(f"{c.code}  {c.name}")
    return 0
