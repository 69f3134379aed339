"""Versions of checklists, packs and documents: one parser, one order.

A version looks like ``1.4.2`` or ``2.0.0-rc.1`` (up to four numeric parts, an optional
pre-release). Numeric parts compare as numbers with missing parts as 0 (``1.2 == 1.2.0``);
a pre-release sorts before its release, as in semantic versioning. Manifests and front
matter must use that form exactly; when two checklist versions are compared for a move
(:func:`is_newer`, :func:`is_older`), a leading ``v`` (``v1.2``) is tolerated too.
"""

from __future__ import annotations

import re
from typing import Any

VERSION_RE = re.compile(r"^(\d{1,6})(?:\.(\d{1,6})){0,3}(?:-([0-9A-Za-z][0-9A-Za-z.-]{0,40}))?$")

VersionKey = tuple[tuple[int, ...], tuple[int, tuple[Any, ...]]]


def _strip(text: str) -> str:
    text = (text or "").strip()
    return text[1:] if text[:1] in ("v", "V") and text[1:2].isdigit() else text


def is_valid_version(text: str) -> bool:
    """True for a version such as ``1.2.0`` or ``2.0.0-rc.1``."""
    return bool(VERSION_RE.match(text or ""))


def parse_version(text: str) -> VersionKey:
    """A sortable key for ``text``; ValueError when it is not a version."""
    clean = text or ""
    if not VERSION_RE.match(clean):
        raise ValueError(f"'{text}' is not a version like 1.2.0")
    main, _, pre = clean.partition("-")
    numbers = [int(p) for p in main.split(".")]
    numbers += [0] * (4 - len(numbers))
    if not pre:
        return tuple(numbers), (1, ())
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return tuple(numbers), (0, parts)


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as version ``a`` is older than, equal to or newer than ``b``."""
    ka, kb = parse_version(a), parse_version(b)
    return (ka > kb) - (ka < kb)


def is_newer(candidate: str, current: str) -> bool:
    """True when ``candidate`` should replace ``current``.

    Both versions parse: strictly newer. Either one does not: any difference counts as
    newer, so a changed checklist with an odd version string is still offered. The store
    refuses a move only when both parse and the candidate is older (:func:`is_older`), so
    whatever this function offers, the store accepts.
    """
    try:
        return compare_versions(_strip(candidate), _strip(current)) > 0
    except ValueError:
        return (candidate or "").strip() != (current or "").strip()


def is_older(candidate: str, current: str) -> bool:
    """True only when both versions parse and ``candidate`` is strictly older."""
    try:
        return compare_versions(_strip(candidate), _strip(current)) < 0
    except ValueError:
        return False
