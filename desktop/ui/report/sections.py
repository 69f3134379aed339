"""The HTML of the scores (with the comparison), the results by framework and the gaps,
pages 2 onwards."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.assessments.scoring import coverage_percent
from desktop.ui.assessment.formatting import (
    overall_reason_text,
    tally_coverage_text,
    tally_score_text,
)
from desktop.ui.assessment.models import format_change
from desktop.ui.assessment.radar import whole
from desktop.ui.report.style import ACCENT, Plurals, translate
from desktop.ui.report.words import (
    answer_words,
    component_title,
    doc_kind,
    doc_label,
    guidance_html,
    percent_text,
    score_text,
    when,
)

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report


def bar(value: float | None, width_pt: int = 150) -> str:
    """A horizontal bar of ``value`` out of 100 (nothing for no score)."""
    if value is None:
        return ""
    filled = max(1, round(width_pt * value / 100))
    rest = max(1, width_pt - filled)
    return (
        "<table cellspacing='0' cellpadding='0' style='border-collapse: collapse;'><tr>"
        f"<td width='{filled}' height='7' bgcolor='{ACCENT}'></td>"
        f"<td width='{rest}' height='7' bgcolor='#e3e9f1'></td></tr></table>"
    )


def _score_row(title: str, score: str, value: float | None, coverage: str, na: int) -> str:
    cls = "" if value is not None else " class='na'"
    return (
        f"<tr><td{cls}>{title}</td>"
        f"<td class='num'{cls}><b>{html.escape(score)}</b></td>"
        f"<td>{bar(value)}</td>"
        f"<td class='num'>{html.escape(coverage)}</td>"
        f"<td class='num'>{na}</td></tr>"
    )


def scores_html(report: Report) -> str:
    """The scores table, the coverage beside every score, and how to read it."""
    score = report.score
    rows = [
        _score_row(
            html.escape(component_title(cid)),
            tally_score_text(c),
            c.score,
            tally_coverage_text(c),
            c.na,
        )
        for cid, c in score.components.items()
    ]
    coverage = "—" if score.coverage is None else percent_text(coverage_percent(score.coverage))
    overall = (
        whole(score.overall) if score.overall is not None else translate("Report", "Not computed")
    )
    rows.append(
        _score_row(
            f"<b>{html.escape(translate('Report', 'Overall index'))}</b>",
            overall,
            score.overall,
            coverage,
            score.na,
        )
    )
    head = "".join(
        f"<th{' align=right' if n in (1, 3, 4) else ''}>{html.escape(h)}</th>"
        for n, h in enumerate(
            (
                translate("Report", "Component"),
                translate("Report", "Score"),
                "",
                translate("Report", "Coverage"),
                translate("Report", "Not applicable"),
            )
        )
    )
    note = translate(
        "Report",
        "Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, a "
        "figure its band's level n/4, weighted by each question's weight. A question closed "
        "by an earlier answer (asked only after a better one) counts 0; a question marked "
        "not applicable, with its reason, does not count. Coverage is the share of "
        "applicable questions answered or closed. Below the minimum coverage of %1 % a "
        "component has no score; the overall index is the mean of the component scores, "
        "computed only when every component has one.",
    ).replace("%1", str(coverage_percent(score.min_coverage)))
    extra = ""
    reason = overall_reason_text(score)
    if reason:
        extra = f"<p class='muted'>{html.escape(reason)}</p>"
    if report.assessment.is_partial:
        extra += (
            "<p class='muted'>"
            + html.escape(
                translate(
                    "Report",
                    "Submitted as partial: %1. The coordinating body keeps partial "
                    "assessments out of the national index.",
                ).replace("%1", (report.assessment.partial_reason or "").rstrip("."))
            )
            + "</p>"
        )
    return (
        f"<h1>{html.escape(translate('Report', 'Scores'))}</h1>"
        f"<p class='lead'>{html.escape(note)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
        + extra
    )


def _page_start(title: str, lead: str, empty: str | None) -> list[str]:
    """A page's heading and its lead paragraph, or (``empty``) why it has nothing else."""
    cls, text = ("muted", empty) if empty is not None else ("lead", lead)
    return [f"<h1>{html.escape(title)}</h1>", f"<p class='{cls}'>{html.escape(text)}</p>"]


def frameworks_html(report: Report) -> str:
    """Results per framework: each part's items, coverage and score."""
    parts = _page_start(
        translate("Report", "Results by framework"),
        translate(
            "Report",
            "The same answers read against other frameworks. Each part counts the "
            "questions mapped to it, with the same rules as a component.",
        ),
        None
        if report.frameworks
        else translate("Report", "This checklist maps its questions to no other framework."),
    )
    if not report.frameworks:
        return "".join(parts)
    head = "".join(
        f"<th{' align=right' if n else ''}>{html.escape(h)}</th>"
        for n, h in enumerate(
            (
                translate("Report", "Part"),
                translate("Report", "Items"),
                translate("Report", "Coverage"),
                translate("Report", "Score"),
            )
        )
    )
    for result in report.frameworks:
        rows = "".join(
            f"<tr><td>{html.escape(p.part if p.title == p.part else f'{p.part} — {p.title}')}"
            f"</td><td class='num'>{len(p.item_ids)}</td>"
            f"<td class='num'>{html.escape(tally_coverage_text(p))}</td>"
            f"<td class='num'{'' if p.assessed else ' class=na'}>"
            f"<b>{html.escape(tally_score_text(p))}</b></td></tr>"
            for p in result.parts
        )
        parts.append(
            f"<h2>{html.escape(result.title)}</h2>"
            f"<p class='muted small'>"
            + html.escape(Plurals().questions_mapped(result.items))
            + "</p>"
            f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{rows}</table>"
        )
    return "".join(parts)


def _scored(value: float | None, coverage: float | None) -> str:
    """'48 (100 %)': a score with its coverage beside it."""
    shown = score_text(value)
    return shown if coverage is None else f"{shown} ({percent_text(coverage_percent(coverage))})"


def comparison_html(report: Report) -> str:
    """The change since the earlier assessment (empty when there is none)."""
    if report.comparison is None:
        return ""
    earlier = report.comparison.earlier
    cmp = report.comparison.comparison
    rows = []
    for change in [*cmp.components.values(), cmp.overall]:
        delta = change.change
        shown = format_change(delta)
        if delta is None or shown == "±0":
            cls = "muted"
        else:
            cls = "up" if shown.startswith("+") else "down"
        title = (
            translate("Report", "Overall index")
            if change.component == "overall"
            else component_title(change.component)
        )
        bold = change.component == "overall"
        name = f"<b>{html.escape(title)}</b>" if bold else html.escape(title)
        rows.append(
            f"<tr><td>{name}</td><td class='num'>"
            f"{html.escape(_scored(change.before, change.before_coverage))}</td>"
            f"<td class='num'>{html.escape(_scored(change.after, change.after_coverage))}</td>"
            f"<td class='num'><span class='{cls}'>{shown}</span></td></tr>"
        )
    head = "".join(
        f"<th{' align=right' if n else ''}>{html.escape(h)}</th>"
        for n, h in enumerate(
            (
                translate("Report", "Component"),
                translate("Report", "Earlier"),
                translate("Report", "Now"),
                translate("Report", "Change"),
            )
        )
    )
    intro = (
        translate("Report", "Compared with the assessment of %1 started on %2 (%3).")
        .replace("%1", earlier.institution)
        .replace("%2", when(earlier.created))
        .replace(
            "%3",
            translate("Report", "complete")
            if earlier.is_complete
            else translate("Report", "draft"),
        )
    )
    return (
        f"<h2>{html.escape(translate('Report', 'Change since the earlier assessment'))}</h2>"
        f"<p class='muted'>{html.escape(intro)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def gaps_html(report: Report, titles: Mapping[str, str] | None) -> str:
    """The gap list: weakest items first, with guidance and what helps."""
    parts = _page_start(
        translate("Report", "Gaps and what helps"),
        translate(
            "Report",
            "The weakest answered questions, lowest score and highest weight first, "
            "with the guidance and the library documents that help close each gap.",
        ),
        None
        if report.gaps
        else translate("Report", "No gaps: every answered question has full marks."),
    )
    if not report.gaps:
        return "".join(parts)
    items = {i.item_id: i for i in report.items()}
    for n, gap in enumerate(report.gaps, start=1):
        item = items.get(gap.item_id)
        label = answer_words(item) if item else gap.answer
        parts.append(
            f"<h3>{n}. {html.escape(gap.ask)}</h3>"
            f"<p class='small'><span class='id'>{html.escape(gap.item_id)}</span> · "
            f"{html.escape(component_title(gap.component))} · "
            f"{html.escape(translate('Report', 'Answer'))}: "
            f"<span class='answer'>{html.escape(label)}</span>"
            f" · {html.escape(translate('Report', 'weight'))} {gap.weight:g}</p>"
        )
        if gap.guidance:
            parts.append(f"<div class='gap'>{guidance_html(gap.guidance, titles)}</div>")
        if gap.links:
            links = "".join(
                f"<li><span class='helps'>{html.escape(doc_kind(d))}:</span> "
                f"{html.escape(doc_label(d, titles))} <span class='muted small'>"
                f"({html.escape(d)})</span></li>"
                for d in gap.links
            )
            parts.append(
                f"<h4>{html.escape(translate('Report', 'What helps'))}</h4><ul>{links}</ul>"
            )
    return "".join(parts)
