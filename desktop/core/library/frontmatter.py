"""Split a Markdown file into YAML front matter and body, keeping line numbers.

Errors name the line in the *file* (1-based), not in the YAML block, so a content
writer can jump straight to it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

import yaml

from desktop.core.errors import AccordError
from desktop.core.library import bounded_yaml
from desktop.core.library.bounded_yaml import ContentError

# The largest checklist of the bundled library has 30 KB of front matter.
MAX_FRONT_MATTER_BYTES = 512 * 1024


class FrontMatterError(AccordError, ValueError):
    """The front matter could not be read. ``line`` is 1-based in the file.

    Still a ValueError: callers that predate :class:`AccordError` catch it as one.
    """

    code = "library.front-matter"

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message, details={"line": line})
        self.line = line


@dataclass
class FrontMatter:
    """Parsed front matter plus a way to find the file line of any value in it."""

    data: dict[str, Any]
    body: str
    body_line: int  # the file line where the body starts
    _node: yaml.Node | None = field(default=None, repr=False)
    _offset: int = 1  # file line of the first YAML line

    def line_of(self, *path: str | int) -> int:
        """The file line of the value at ``path`` (keys and list indexes); the nearest
        enclosing node's line when the exact one is missing."""
        node = self._node
        line = self._offset - 1  # the opening '---'
        if node is None:
            return max(line, 1)
        line = node.start_mark.line + self._offset
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            node = child
            line = node.start_mark.line + self._offset
        return line


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == step:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


class _TooDeep(Exception):
    """Values nested past ``bounded_yaml.MAX_DEPTH`` (found while normalising them)."""


def _normalise(value: Any, depth: int = 0) -> Any:
    # YAML turns 2026-11-26 into a date; the rest of the app wants plain JSON-able values.
    # The walk also bounds the nesting (see bounded_yaml.load), so it never recurses deep.
    if isinstance(value, dict | list):
        if depth >= bounded_yaml.MAX_DEPTH:
            raise _TooDeep
        if isinstance(value, dict):
            return {str(k): _normalise(v, depth + 1) for k, v in value.items()}
        return [_normalise(v, depth + 1) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def split(text: str) -> FrontMatter:
    """Parse ``text``; a file without front matter gets an empty mapping.

    Raises FrontMatterError for an unclosed block, invalid YAML, or a block that is
    not a mapping.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return FrontMatter(data={}, body=text, body_line=1)
    end = None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            end = i
            break
    if end is None:
        raise FrontMatterError(
            "the front matter starts with '---' on line 1 but is never closed; "
            "add a line with '---' after the last field",
            1,
        )
    block = "\n".join(lines[1:end])
    if len(block) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"the front matter is {len(block) // 1024} KB; it may be at most "
            f"{MAX_FRONT_MATTER_BYTES // 1024} KB — move long text into the body",
            1,
        )
    try:
        node, data = bounded_yaml.load(block)
    except ContentError as exc:
        raise _refused(exc) from exc
    except yaml.YAMLError:
        # Errors are rare: re-read with the pure-Python loader, whose marks point at the
        # line a writer must fix (libyaml reports some of them a line early).
        return _split_slow(block, lines, end)
    if data is None:
        data = {}
    return _finish(data, node, lines, end)


def _split_slow(block: str, lines: list[str], end: int) -> FrontMatter:
    try:
        node, data = bounded_yaml.load_slow(block)
    except ContentError as exc:
        raise _refused(exc) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark is not None else 1
        problem = exc.problem or str(exc)
        raise FrontMatterError(
            f"invalid YAML in the front matter: {problem}; check indentation, colons and "
            "quotes (a value containing ': ' or starting with '[' needs quotes)",
            line,
        ) from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid YAML in the front matter: {exc}", 1) from exc
    return _finish(data if data is not None else {}, node, lines, end)


def _refused(exc: ContentError) -> FrontMatterError:
    # Well-formed YAML over a bound or with an impossible value: the problem says the fix.
    mark = exc.problem_mark
    return FrontMatterError(
        f"in the front matter: {exc.problem}", (mark.line + 2) if mark is not None else 1
    )


def _finish(data: object, node: yaml.Node | None, lines: list[str], end: int) -> FrontMatter:
    if not isinstance(data, dict):
        raise FrontMatterError(
            f"the front matter must be a set of 'field: value' lines, not a {type(data).__name__}",
            2,
        )
    try:
        values = _normalise(data)
    except _TooDeep:
        try:
            bounded_yaml.check_depth(node)  # type: ignore[arg-type]
        except ContentError as exc:
            raise _refused(exc) from None
        raise  # not reached: the tree is as deep as the values
    body = "\n".join(lines[end + 1 :])
    return FrontMatter(data=values, body=body, body_line=end + 2, _node=node, _offset=2)
