"""JSON from other hands, read within bounds: size, nesting depth, numbers.

Python's ``json`` module recurses once per nested ``[`` or ``{``: 50,000 of them in a
signed payload, a receipts file or a pack manifest end in a ``RecursionError`` (a
traceback, an HTTP 500) instead of a refusal, and a value nested just under the limit
makes every later recursive step (canonical JSON, checks) fail the same way. :func:`loads`
refuses all of that with a :class:`JsonLimitError` that says which bound and
how to fix it. None of Accord's formats nests deeper than a handful of levels.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import AccordError

MAX_DEPTH = 32
# Longer integers cannot even be turned into text (Python's guard, CVE-2020-10735).
MAX_INT_DIGITS = 100


class JsonLimitError(AccordError, ValueError):
    """JSON that is malformed or over a bound. ``what`` names the file or field it came
    from, so the message says where. Still a ValueError, like ``json``'s own errors."""

    code = "json.invalid"


def loads(data: bytes | str, *, what: str, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 bytes or text) as JSON within the bounds; raise
    :class:`JsonLimitError` naming ``what`` for anything malformed, too large or too deep."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise JsonLimitError(
            f"{what} is {len(raw):,} bytes; at most {max_bytes:,} are read",
            code="json.too-large",
            details={"bytes": len(raw), "limit": max_bytes},
        )
    try:
        value = json.loads(raw.decode("utf-8"), parse_int=_bounded_int, parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise JsonLimitError(f"{what} is not UTF-8 text (byte {exc.start})") from exc
    except RecursionError as exc:  # json's C parser stops cleanly at the recursion limit
        raise _too_deep(what, max_depth) from exc
    except ValueError as exc:
        raise JsonLimitError(f"{what} is not valid JSON ({str(exc)[:120]})") from exc
    if depth(value) > max_depth:
        raise _too_deep(what, max_depth)
    return value


def _too_deep(what: str, max_depth: int) -> JsonLimitError:
    return JsonLimitError(
        f"{what} nests its values more than {max_depth} levels deep; no Accord file does, "
        "so it was not made by Accord",
        code="json.too-deep",
        details={"limit": max_depth},
    )


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python accepts them, and they break canonical forms.
    raise ValueError(f"{name} is not a JSON number")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number of {len(text)} digits; at most {MAX_INT_DIGITS} are read")
    return int(text)


def depth(value: Any) -> int:
    """How deeply ``value`` (parsed JSON) nests lists and objects; iterative."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest
