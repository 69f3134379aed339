"""How the report words things: dates, scores, component and document names, status,
and guidance Markdown turned into report HTML."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop.core.library.components import COMPONENTS
from desktop.core.library.documents import WIKILINK_RE
from desktop.ui.assessment.radar import whole
from desktop.ui.common.locale_format import date_text, date_time_text, percent
from desktop.ui.report.style import report_locale, translate

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report, ReportItem


def doc_label(doc_id: str, titles: Mapping[str, str] | None = None) -> str:
    """A linked document's title, or a readable form of its id."""
    if titles and doc_id in titles:
        return titles[doc_id]
    slug = doc_id.rsplit("/", 1)[-1].replace("-", " ").strip()
    words = ["AI" if w.lower() == "ai" else w for w in slug.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def doc_kind(doc_id: str) -> str:
    """'Playbook', 'Standard' … from the folder of a document id."""
    folder = doc_id.split("/", 1)[0] if "/" in doc_id else ""
    return {
        "playbooks": translate("Report", "Playbook"),
        "standards": translate("Report", "Standard"),
        "guides": translate("Report", "Guide"),
        "checklists": translate("Report", "Checklist"),
        "glossary": translate("Report", "Glossary"),
        "reference": translate("Report", "Reference"),
    }.get(folder, translate("Report", "Document"))


def when(stamp: str | None, with_time: bool = False) -> str:
    """A date (and time) as people read it; a dash for none."""
    if not stamp:
        return "—"
    if with_time:
        return date_time_text(stamp, report_locale(), long=True)
    return date_text(stamp, report_locale(), long=True)


def percent_text(value: float) -> str:
    """A whole percentage as the report's language writes it ("92 %", "92%")."""
    return percent(value, report_locale())


def score_text(value: float | None) -> str:
    """A score as a whole number, or "No score"."""
    return translate("Report", "No score") if value is None else whole(value)


def component_title(cid: str) -> str:
    """The name of a component id in the report's language (unknown ids as they are)."""
    from desktop.ui.common.labels import component_source

    source = component_source(cid) if cid in COMPONENTS else None
    return translate("Labels", source) if source else cid


def short_component_title(cid: str) -> str:
    """The chart's short name of a component, in the report's language."""
    if cid == "governance":
        return translate("Radar", "Governance and compliance")
    return component_title(cid)


def guidance_html(text: str, titles: Mapping[str, str] | None) -> str:
    """Guidance Markdown as report HTML: wikilinks become plain emphasised titles."""
    from desktop.core.library.render import render_markdown

    def plain(match: re.Match[str]) -> str:
        target, anchor, label = match.group(1) or "", match.group(2) or "", match.group(3) or ""
        if label:
            return label
        shown = doc_label(target.strip(), titles) if target.strip() else anchor
        return shown

    body = render_markdown(WIKILINK_RE.sub(plain, text)).html
    # No links in a printed report: keep the words, drop the addresses.
    body = re.sub(r"<a\b[^>]*>(.*?)</a>", r"<b>\1</b>", body, flags=re.S)
    # Nor images: a report never loads a file, so guidance from any pack cannot put
    # something from this computer into a PDF that is then shared. Their text stays.
    return re.sub(r"<img\b[^>]*>", _image_words, body)


def _image_words(tag: re.Match[str]) -> str:
    alt = re.search(r'\salt="([^"]*)"', tag.group(0))
    return f"<i>[{alt.group(1)}]</i>" if alt and alt.group(1).strip() else ""


def status_text(report: Report) -> str:
    """ "Complete, revision n", "Partial, revision n" or "Draft, revision n"."""
    a = report.assessment
    if a.is_partial:
        base = translate("Report", "Submitted as partial")
    else:
        base = translate("Report", "Complete") if a.is_complete else translate("Report", "Draft")
    return translate("Report", "%1, revision %2").replace("%1", base).replace("%2", str(a.revision))


_FIGURE_LEVEL = re.compile(r"^(.*) \(level (\d+) of (\d+)\)$")


def answer_words(item: ReportItem) -> str:
    """An answer in the report's language, from its value (never the core's English):
    'Yes', 'Partly', 'No', 'Level 3 of 4', '63.5 % (level 2 of 4)', 'Not applicable'."""
    answer = item.answer
    if answer is None or answer == "":
        return translate("Report", "Not answered")
    if answer == "na":
        return translate("Report", "Not applicable")
    if item.scale == "maturity-0-4" and answer.isdigit():
        return translate("Report", "Level %1 of 4").replace("%1", answer)
    words = {
        "yes": translate("Report", "Yes"),
        "partial": translate("Report", "Partly"),
        "no": translate("Report", "No"),
    }
    if answer in words:
        return words[answer]
    figure = _FIGURE_LEVEL.match(item.answer_label)
    if figure:  # an indicator's figure: the number and unit stay as written
        return (
            translate("Report", "%1 (level %2 of %3)")
            .replace("%1", figure.group(1))
            .replace("%2", figure.group(2))
            .replace("%3", figure.group(3))
        )
    return item.answer_label
