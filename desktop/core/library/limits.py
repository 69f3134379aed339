"""Bounds on the work one document may cause, checked in one linear pass before rendering.

Python-Markdown recurses on nested lists, quotes and emphasis and is quadratic on open
brackets, footnotes and headings; Qt's text layout is quadratic on nested HTML. A
document from a USB stick could use that to freeze the app or crash a command (5,000
nested emphasis marks, 20,000 nested ``<div>``, 20,000 open ``[``). Each bound below is
far beyond anything a writer needs, and a document over one is still readable: the
reader shows it as plain text with the reason (see ``render``), and ``check`` lists it
as a problem with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE_DEPTH = 32  # '>' markers at the start of one line
MAX_INDENT = 128  # columns of indentation (nested lists) outside code fences
MAX_BRACKET_DEPTH = 64  # '[' open at once in one paragraph
MAX_EMPHASIS_DEPTH = 128  # '*' / '_' opened and not yet closed in one paragraph
MAX_HTML_DEPTH = 64  # raw HTML elements open at once
MAX_HEADINGS = 2000
MAX_FOOTNOTES = 2000

_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
_QUOTES_RE = re.compile(r"^(?:\s{0,3}>)+")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_FOOTNOTE_RE = re.compile(r"^\s{0,3}\[\^[^\]]+\]:")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
_DELIMS_RE = re.compile(r"\*+|_+")
_BRACKETS_RE = re.compile(r"\\.|[\[\]]")  # an escaped character, or a bracket
# Elements that never hold others, or whose end tag HTML lets a writer leave out: they
# do not add nesting.
_FLAT_TAGS = frozenset(
    ("area", "base", "br", "col", "colgroup", "dd", "dt", "embed", "hr", "img", "input", "li",
     "link", "meta", "option", "p", "param", "rp", "rt", "source", "tbody", "td", "tfoot",
     "th", "thead", "tr", "track", "wbr")
)  # fmt: skip


@dataclass(frozen=True)
class Overflow:
    """A bound a document goes over: the file line and the sentence for people."""

    line: int
    message: str


class _Scan:
    """The running state of one pass over a body."""

    def __init__(self) -> None:
        self.brackets = 0
        self.emphasis = 0
        self.html = 0
        self.headings = 0
        self.footnotes = 0

    def new_paragraph(self) -> None:
        self.brackets = 0
        self.emphasis = 0

    def line(self, text: str) -> str:
        """The first bound ``text`` goes over (as a message), or ''."""
        quotes = _QUOTES_RE.match(text)
        depth = quotes.group(0).count(">") if quotes else 0
        if depth > MAX_QUOTE_DEPTH:
            return f"{depth} nested quotes ('>'); at most {MAX_QUOTE_DEPTH} can be shown"
        rest = text[quotes.end() :] if quotes else text
        indent = len(rest.expandtabs(4)) - len(rest.expandtabs(4).lstrip(" "))
        if indent > MAX_INDENT:
            return (
                f"{indent} columns of indentation (lists nested too deeply); "
                f"at most {MAX_INDENT} can be shown"
            )
        if _HEADING_RE.match(rest):
            self.headings += 1
            if self.headings > MAX_HEADINGS:
                return f"more than {MAX_HEADINGS} headings; split the document"
        if _FOOTNOTE_RE.match(rest):
            self.footnotes += 1
            if self.footnotes > MAX_FOOTNOTES:
                return f"more than {MAX_FOOTNOTES} footnotes; split the document"
        return self._brackets(rest) or self._emphasis(rest) or self._html(rest)

    def _brackets(self, text: str) -> str:
        for match in _BRACKETS_RE.finditer(text):
            char = match.group(0)
            if char == "[":
                self.brackets += 1
                if self.brackets > MAX_BRACKET_DEPTH:
                    return (
                        f"more than {MAX_BRACKET_DEPTH} '[' open at once in one paragraph; "
                        "close them or write them as '\\['"
                    )
            elif char == "]" and self.brackets:
                self.brackets -= 1
        return ""

    def _emphasis(self, text: str) -> str:
        for match in _DELIMS_RE.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            after = text[match.end()] if match.end() < len(text) else " "
            run = len(match.group(0))
            if after.isspace() and not before.isspace():
                self.emphasis = max(0, self.emphasis - run)
            elif not after.isspace() and (before.isspace() or not before.isalnum()):
                self.emphasis += run
                if self.emphasis > MAX_EMPHASIS_DEPTH:
                    return (
                        f"more than {MAX_EMPHASIS_DEPTH} emphasis marks ('*' or '_') open at "
                        "once in one paragraph; close them or write them as '\\*'"
                    )
        return ""

    def _html(self, text: str) -> str:
        if "<" not in text:
            return ""
        for match in _TAG_RE.finditer(text):
            closing, name, self_closing = match.groups()
            if name.lower() in _FLAT_TAGS or self_closing:
                continue
            if closing:
                self.html = max(0, self.html - 1)
                continue
            self.html += 1
            if self.html > MAX_HTML_DEPTH:
                return (
                    f"more than {MAX_HTML_DEPTH} HTML elements open at once; "
                    "close them or remove the HTML"
                )
        return ""


def overflow(body: str, first_line: int = 1) -> Overflow | None:
    """The first bound ``body`` (starting on file line ``first_line``) goes over, or None.

    Linear in the length of ``body``; code fences are skipped (their text is shown as is).
    """
    scan = _Scan()
    in_fence = False
    for offset, text in enumerate(body.split("\n")):
        if _FENCE_RE.match(text):
            in_fence = not in_fence
            scan.new_paragraph()
            continue
        if in_fence:
            continue
        if not text.strip():
            scan.new_paragraph()
            continue
        message = scan.line(text)
        if message:
            return Overflow(first_line + offset, f"the document has {message}")
    return None


def html_depth(fragment: str) -> int:
    """How deeply the elements of well-formed ``fragment`` (sanitised HTML) nest."""
    depth = deepest = 0
    for match in _TAG_RE.finditer(fragment):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _VOID_TAGS:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


_VOID_TAGS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr")
)  # fmt: skip
