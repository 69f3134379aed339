"""The HTML of the answers: every question with its answer and evidence, section by
section, the answers kept from removed questions, and what the report is about."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from desktop.ui.report.style import translate
from desktop.ui.report.words import answer_words, component_title, when

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report, ReportItem, ReportSection


def _hidden_text(item: ReportItem) -> str:
    """Why a hidden question was not asked, and what it counts."""
    if item.state == "closed":
        return translate("Report", "Not asked (closed by an earlier answer): counts 0")
    if item.state == "na":
        return translate("Report", "Not asked: the question it follows is not applicable")
    return translate("Report", "Not asked yet: the question it follows has no answer")


def answer_cell(item: ReportItem, new: bool) -> str:
    """The answer column of a question: not asked (closed, waiting), not answered, n/a or
    the answer (a figure with its level), and flags for new and changed questions."""
    if not item.applicable:
        text = f"<span class='na'>{html.escape(_hidden_text(item))}</span>"
    elif item.answer is None:
        text = f"<span class='missing'>{html.escape(translate('Report', 'Not answered'))}</span>"
    elif item.answer == "na":
        text = f"<span class='na'>{html.escape(answer_words(item))}</span>"
    else:
        text = f"<span class='answer'>{html.escape(answer_words(item))}</span>"
    if new:
        new_text = html.escape(translate("Report", "New in this version"))
        text += f"<br/><span class='new small'>{new_text}</span>"
    if item.changed:
        flag = translate("Report", "Changed in this version: to answer again")
        text += f"<br/><span class='new small'>{html.escape(flag)}</span>"
    return text


def answers_html(report: Report) -> str:
    """Every question with its answer and evidence note, section by section."""
    parts = [f"<h1>{html.escape(translate('Report', 'Answers and evidence'))}</h1>"]
    new = set(report.new_items)
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            translate("Report", "Question"),
            translate("Report", "Answer"),
            translate("Report", "Evidence"),
        )
    )
    for section in report.sections:
        parts.append(_section_heading(section))
        table = "".join(_answer_row(item, item.item_id in new) for item in section.items)
        parts.append(
            f"<table class='grid' width='100%'><thead><tr>{head}</tr></thead>{table}</table>"
        )
    if report.removed_answers:
        parts.append(_removed_answers_html(report))
    parts.append(_about_html(report))
    return "".join(parts)


def _section_heading(section: ReportSection) -> str:
    """A section's title, its component and how many shown questions are answered."""
    shown = [i for i in section.items if i.applicable]
    done = sum(1 for i in shown if i.state in ("answered", "na"))
    name = component_title(section.component)  # in the report's language
    component = "" if name.casefold() == section.title.casefold() else f"{html.escape(name)} · "
    return (
        f"<h2>{html.escape(section.title)}</h2>"
        f"<p class='muted small'>{component}"
        + html.escape(
            translate("Report", "%1 of %2 shown questions answered")
            .replace("%1", str(done))
            .replace("%2", str(len(shown)))
        )
        + "</p>"
    )


def _answer_row(item: ReportItem, new: bool) -> str:
    """One question's row: id and question, the answer, the evidence note and who/when."""
    note = html.escape(item.note).replace("\n", "<br/>") if item.note else ""
    if item.answer == "na" and item.applicable:
        missing = html.escape(translate("Report", "No reason given."))
        reason = note or f"<span class='missing'>{missing}</span>"
        note = f"<b>{html.escape(translate('Report', 'Why it does not apply:'))}</b> {reason}"
    elif not note and item.applicable and item.answer:
        note = (
            f"<span class='muted'>{html.escape(translate('Report', 'No evidence given.'))}</span>"
        )
    by = ""
    if item.by or item.at:
        by = (
            "<br/><span class='muted small'>"
            + html.escape(", ".join(x for x in (item.by, when(item.at, True)) if x))
            + "</span>"
        )
    return (
        f"<tr><td width='41%'><span class='id'>{html.escape(item.item_id)}</span> "
        f"{html.escape(item.ask)}</td>"
        f"<td width='14%'>{answer_cell(item, new)}</td>"
        f"<td width='45%'>{note}{by}</td></tr>"
    )


def _removed_answers_html(report: Report) -> str:
    """The answers kept from questions this checklist version no longer has."""
    rows = "".join(
        f"<tr><td><span class='id'>{html.escape(a.item_id)}</span></td>"
        f"<td>{html.escape(a.value or '—')}</td><td>{html.escape(a.note)}</td></tr>"
        for a in report.removed_answers
    )
    return (
        f"<h2>{html.escape(translate('Report', 'Answers kept from removed questions'))}</h2>"
        "<p class='muted'>"
        + html.escape(
            translate(
                "Report",
                "This checklist version no longer has these questions. Their answers "
                "are kept for the record and no longer count in the scores.",
            )
        )
        + "</p><table class='grid' width='100%'><thead><tr>"
        + "".join(
            f"<th>{html.escape(h)}</th>"
            for h in (
                translate("Report", "Question id"),
                translate("Report", "Answer"),
                translate("Report", "Evidence"),
            )
        )
        + f"</tr></thead>{rows}</table>"
    )


def _about_html(report: Report) -> str:
    """Which assessment, revision, checklist version and Accord made the report."""
    a = report.assessment
    return (
        f"<h2>{html.escape(translate('Report', 'About this report'))}</h2><p class='muted small'>"
        + html.escape(
            translate(
                "Report",
                "Assessment %1, revision %2. Checklist %3, version %4 (content hash %5). "
                "Generated by Accord %6 on %7.",
            )
            .replace("%1", a.id)
            .replace("%2", str(a.revision))
            .replace("%3", a.checklist_id)
            .replace("%4", a.checklist_version)
            .replace("%5", a.checklist_hash[:16])
            .replace("%6", report.app_version)
            .replace("%7", when(report.generated, True))
        )
        + "</p>"
    )
