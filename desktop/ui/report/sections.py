"""The HTML of the scores (with the comparison) and the gaps, pages 2 onwards."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.ui.assessment.models import format_change
from desktop.ui.assessment.radar import whole
from desktop.ui.report.style import ACCENT, tr
from desktop.ui.report.words import (
    component_title,
    doc_kind,
    doc_label,
    guidance_html,
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


def scores_html(report: Report) -> str:
    """The scores table (and how to read it)."""
    score = report.score
    rows = []
    for cid, c in score.components.items():
        cls = "" if c.assessed else " class='na'"
        coverage = "—" if c.coverage is None else f"{whole(c.coverage * 100)} %"
        rows.append(
            f"<tr><td{cls}>{html.escape(component_title(cid))}</td>"
            f"<td class='num'{cls}><b>{html.escape(score_text(c.score))}</b></td>"
            f"<td>{bar(c.score)}</td>"
            f"<td class='num'>{coverage}</td>"
            f"<td class='num'>{c.answered} / {c.applicable}</td></tr>"
        )
    coverage = "—" if score.coverage is None else f"{whole(score.coverage * 100)} %"
    rows.append(
        f"<tr><td><b>{html.escape(tr('Overall index'))}</b></td>"
        f"<td class='num'><b>{html.escape(score_text(score.overall))}</b></td>"
        f"<td>{bar(score.overall)}</td><td class='num'><b>{coverage}</b></td>"
        f"<td class='num'><b>{score.answered} / {score.applicable}</b></td></tr>"
    )
    head = "".join(
        f"<th{' align=right' if n in (1, 3, 4) else ''}>{html.escape(h)}</th>"
        for n, h in enumerate(
            (tr("Component"), tr("Score"), "", tr("Coverage"), tr("Answered / applicable"))
        )
    )
    not_assessed = [
        component_title(c.component) for c in score.components.values() if not c.assessed
    ]
    note = tr(
        "Scores run from 0 to 100: yes = 1, partly = ½, no = 0, a maturity level n = n/4, "
        "weighted by each question's weight. Questions answered “not applicable” and "
        "questions hidden by skip logic do not count. Coverage is the share of applicable "
        "questions that have an answer. The overall index is the mean of the assessed "
        "components."
    )
    extra = ""
    if not_assessed:
        extra = (
            "<p class='muted'>"
            + html.escape(
                tr(
                    "Not assessed (no answered question, so no score and not in the overall "
                    "index): %1."
                ).replace("%1", ", ".join(not_assessed))
            )
            + "</p>"
        )
    return (
        f"<h1>{html.escape(tr('Scores'))}</h1>"
        f"<p class='lead'>{html.escape(note)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
        + extra
    )


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
            tr("Overall index")
            if change.component == "overall"
            else component_title(change.component)
        )
        bold = change.component == "overall"
        name = f"<b>{html.escape(title)}</b>" if bold else html.escape(title)
        rows.append(
            f"<tr><td>{name}</td><td class='num'>{html.escape(score_text(change.before))}</td>"
            f"<td class='num'>{html.escape(score_text(change.after))}</td>"
            f"<td class='num'><span class='{cls}'>{shown}</span></td></tr>"
        )
    head = "".join(
        f"<th{' align=right' if n else ''}>{html.escape(h)}</th>"
        for n, h in enumerate((tr("Component"), tr("Earlier"), tr("Now"), tr("Change")))
    )
    intro = (
        tr("Compared with the assessment of %1 started on %2 (%3).")
        .replace("%1", earlier.institution)
        .replace("%2", when(earlier.created))
        .replace("%3", tr("complete") if earlier.is_complete else tr("draft"))
    )
    return (
        f"<h2>{html.escape(tr('Change since the earlier assessment'))}</h2>"
        f"<p class='muted'>{html.escape(intro)}</p>"
        f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def gaps_html(report: Report, titles: Mapping[str, str] | None) -> str:
    """The gap list: weakest items first, with guidance and what helps."""
    parts = [f"<h1>{html.escape(tr('Gaps and what helps'))}</h1>"]
    if not report.gaps:
        parts.append(
            "<p class='muted'>"
            + html.escape(tr("No gaps: every answered question has full marks."))
            + "</p>"
        )
        return "".join(parts)
    parts.append(
        "<p class='lead'>"
        + html.escape(
            tr(
                "The weakest answered questions, lowest score and highest weight first, "
                "with the guidance and the library documents that help close each gap."
            )
        )
        + "</p>"
    )
    items = {i.item_id: i for i in report.items()}
    for n, gap in enumerate(report.gaps, start=1):
        item = items.get(gap.item_id)
        label = item.answer_label if item else gap.answer
        parts.append(
            f"<h3>{n}. {html.escape(gap.ask)}</h3>"
            f"<p class='small'><span class='id'>{html.escape(gap.item_id)}</span> · "
            f"{html.escape(component_title(gap.component))} · "
            f"{html.escape(tr('Answer'))}: <span class='answer'>{html.escape(label)}</span>"
            f" · {html.escape(tr('weight'))} {gap.weight:g}</p>"
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
            parts.append(f"<h4>{html.escape(tr('What helps'))}</h4><ul>{links}</ul>")
    return "".join(parts)
