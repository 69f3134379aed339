"""A pseudo-locale: every string accented, 40 % longer and marked, e.g.
"Search the library" → "[Ŝéàŕçĥ ţĥé ľîƀŕàŕý·······]".

Installed as a translator, it shows at a glance which strings reached the screen
without Qt's translation (no brackets) and which widgets clip a longer translation.
Placeholders (%1, %n, %L1), accelerators (&), HTML tags and entities stay as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçďéƒĝĥîĵķľḿñöþqŕšţûṽŵxýžÀƁÇĎÉƑĜĤÎĴĶĽḾÑÖÞQŔŠŢÛṼŴXÝŽ",
)
# Pieces a translation must keep: placeholders, tags, entities, escapes.
_KEEP = re.compile(r"%L?\d|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\\n")
OPEN, CLOSE, PAD = "[", "]", "·"


def pseudo(text: str) -> str:
    """``text`` accented and padded to 140 % of its length, between brackets."""
    if not text:
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    body = "".join(parts)
    return f"{OPEN}{body}{PAD * max(1, round(len(text) * 0.4))}{CLOSE}"


class PseudoLocale(QTranslator):
    """Translates every string of every context into the pseudo-locale."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return pseudo(source)
