"""Render a document's Markdown to safe HTML for the reader, print and PDF.

Content is untrusted input: raw HTML is sanitised with nh3, links may only use the
``accord:`` scheme (inside the app), ``http(s):`` and ``mailto:`` (opened only after the
user confirms), and every image becomes an opaque ``accord-image:<n>`` name that only
the reader resolves, inside the library (``resources``). Text over the bounds of
``limits`` is shown plain, with the reason. Wikilinks become
``accord://doc/<id>#<anchor>`` links, or a marked span when the page does not exist.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.inlinepatterns import InlineProcessor

from desktop.core.library.documents import WIKILINK_RE, Document, Library, slugify
from desktop.core.library.limits import MAX_HTML_DEPTH, Overflow, html_depth, overflow
from desktop.core.library.resources import isolate_images

DOC_SCHEME = "accord"
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol",
    "p", "pre", "s", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title", "dir", "lang"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {DOC_SCHEME, "http", "https", "mailto"}
# Markdown's own lists and quotes nest two elements per level: the source bounds of
# ``limits`` allow up to this much in the sanitised HTML.
MAX_RENDERED_DEPTH = 4 * MAX_HTML_DEPTH


@dataclass
class TocEntry:
    level: int
    title: str
    anchor: str


@dataclass
class Rendered:
    html: str
    toc: list[TocEntry] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # ids of documents linked to
    broken_links: list[str] = field(default_factory=list)
    # accord-image:<n> -> the reference written in the document (see ``resources``).
    images: dict[str, str] = field(default_factory=dict)
    # Why the text is shown plain (a bound of ``limits`` went over), with its file line.
    problem: Overflow | None = None


def doc_url(doc_id: str, anchor: str = "") -> str:
    """The in-app address of a document (and heading)."""
    return f"{DOC_SCHEME}://doc/{doc_id}" + (f"#{anchor}" if anchor else "")


def parse_doc_url(url: str) -> tuple[str, str] | None:
    """(id, anchor) from an ``accord://doc/…`` address, else None."""
    prefix = f"{DOC_SCHEME}://doc/"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :]
    doc_id, _, anchor = rest.partition("#")
    return doc_id, anchor


class _WikiLinkProcessor(InlineProcessor):
    def __init__(self, pattern: str, md: markdown.Markdown, renderer: _Context) -> None:
        super().__init__(pattern, md)
        self.ctx = renderer

    def handleMatch(self, m: re.Match[str], data: str):
        target, anchor, label = (
            (m.group(1) or "").strip(),
            (m.group(2) or "").strip(),
            (m.group(3) or "").strip(),
        )
        doc = self.ctx.library.resolve(target) if (target and self.ctx.library) else None
        if not target and anchor:
            doc = self.ctx.current
        shown = label or (f"{target}#{anchor}" if target and anchor else target or anchor)
        if doc is None:
            el = etree.Element("span")
            el.set("class", "broken-link")
            el.set("title", "This page is not in the library")
            el.text = shown
            self.ctx.broken.append(target)
            return el, m.start(0), m.end(0)
        if not label:
            shown = doc.title + (f" › {anchor}" if anchor else "")
        el = etree.Element("a")
        el.set("href", doc_url(doc.id, slugify(anchor) if anchor else ""))
        el.set("class", "wikilink")
        el.text = shown
        self.ctx.links.append(doc.id)
        return el, m.start(0), m.end(0)


@dataclass
class _Context:
    library: Library | None
    current: Document | None
    links: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)


class _WikiLinkExtension(markdown.extensions.Extension):
    def __init__(self, ctx: _Context) -> None:
        super().__init__()
        self.ctx = ctx

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.inlinePatterns.register(
            _WikiLinkProcessor(WIKILINK_RE.pattern, md, self.ctx), "accord-wikilink", 175
        )


def _toc_entries(tokens: list[dict], out: list[TocEntry]) -> None:
    for token in tokens:
        out.append(TocEntry(token["level"], html.unescape(token["name"]), token["id"]))
        _toc_entries(token.get("children", []), out)


def render_markdown(
    text: str,
    library: Library | None = None,
    current: Document | None = None,
    first_line: int = 1,
) -> Rendered:
    """Markdown (CommonMark with tables, footnotes, heading ids, wikilinks) → safe HTML.

    Text over a bound of :mod:`desktop.core.library.limits` (``first_line`` is its file
    line, for the message) is shown as plain text with the reason, in bounded time.
    """
    problem = overflow(text, first_line)
    if problem is not None:
        return plain_rendering(text, problem)
    try:
        rendered = _render(text, library, current)
    except RecursionError:
        # A nesting the bounds did not foresee: still the plain text, never a traceback.
        return plain_rendering(
            text, Overflow(first_line, "the document nests its formatting too deeply")
        )
    if html_depth(rendered.html) > MAX_RENDERED_DEPTH:
        return plain_rendering(
            text,
            Overflow(
                first_line,
                f"the document nests more than {MAX_RENDERED_DEPTH} elements inside each other",
            ),
        )
    return rendered


def plain_rendering(text: str, problem: Overflow) -> Rendered:
    """``text`` as escaped plain text under a note saying why it is not formatted."""
    note = (
        f"<p class='render-problem'><b>This document is shown as plain text.</b> "
        f"Line {problem.line}: {html.escape(problem.message)}.</p>"
    )
    # pre-wrap: a hostile line of 10,000 marks must not make the page scroll sideways.
    body = f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>"
    return Rendered(html=note + body, problem=problem)


def _render(text: str, library: Library | None, current: Document | None) -> Rendered:
    ctx = _Context(library, current)
    md = markdown.Markdown(
        extensions=[
            "tables",
            "footnotes",
            "fenced_code",
            "sane_lists",
            "toc",
            _WikiLinkExtension(ctx),
        ],
        extension_configs={"toc": {"slugify": lambda value, _sep: slugify(value)}},
        output_format="html",
    )
    body_html = md.convert(text)
    toc: list[TocEntry] = []
    _toc_entries(getattr(md, "toc_tokens", []), toc)
    safe, images = isolate_images(sanitize(body_html))
    return Rendered(html=safe, toc=toc, links=ctx.links, broken_links=ctx.broken, images=images)


def sanitize(fragment: str) -> str:
    """Drop scripts, event handlers, styles and unsafe URLs; keep document structure."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def render_document(doc: Document, library: Library | None = None) -> Rendered:
    """The reader's view of a document: its body plus a metadata footer (sources, licence)."""
    rendered = render_markdown(doc.body, library, doc, doc.body_line)
    if rendered.problem is not None or not doc.body.lstrip().startswith("# "):
        rendered.html = f"<h1>{html.escape(doc.title)}</h1>\n" + rendered.html
    rendered.html += _metadata_html(doc)
    return rendered


def _metadata_html(doc: Document) -> str:
    parts: list[str] = []
    facts = []
    if doc.version:
        facts.append(f"Version {html.escape(doc.version)}")
    if doc.reviewed:
        facts.append(f"last reviewed {html.escape(doc.reviewed)}")
    if doc.license:
        facts.append(f"licence {html.escape(doc.license)}")
    if facts:
        parts.append(f"<p class='meta'>{'; '.join(facts)}.</p>")
    if doc.sources:
        items = "".join(f"<li>{_source_html(s)}</li>" for s in doc.sources)
        parts.append(f"<h2 id='sources'>Sources</h2><ol class='sources'>{items}</ol>")
    if not parts:
        return ""
    return sanitize("<hr/>" + "".join(parts))


def _source_html(source: object) -> str:
    if isinstance(source, dict):
        title = html.escape(str(source.get("title", "")))
        bits = [
            html.escape(str(source[k]))
            for k in ("author", "authors", "publisher", "year", "page", "pages")
            if source.get(k)
        ]
        url = str(source.get("url", ""))
        text = f"<em>{title}</em>" + (f", {', '.join(bits)}" if bits else "")
        if url.startswith(("http://", "https://")):
            text += f" — <a href='{html.escape(url, quote=True)}'>{html.escape(url)}</a>"
        return text
    return html.escape(str(source))
