"""YAML loaders with bounds, for front matter that arrives from many hands.

A 376-byte YAML "billion laughs" (anchors whose aliases refer to anchors whose aliases…)
expands to billions of values, and a block nested thousands of levels deep exhausts the
stack. The loaders here refuse both while the node tree is being built, before anything
is expanded:

* nesting deeper than :data:`MAX_DEPTH` mappings or lists;
* more than :data:`MAX_NODES` values once every alias is counted as many times as it
  is used (the size the data would have once expanded);
* an alias used inside the value it names (a loop).

Values that YAML recognises but Python cannot hold (``2026-02-30``, an integer of
thousands of digits) are reported as errors on their own line instead of escaping as a
bare ``ValueError``. Everything raised is a ``yaml.MarkedYAMLError`` with the mark of the
offending value.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.error import MarkedYAMLError
from yaml.events import AliasEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

MAX_DEPTH = 32
MAX_NODES = 50_000
# Python refuses to turn longer integers into text (CVE-2020-10735); no field needs them.
MAX_INT_DIGITS = 100
# An anchor starts a node: after a line start, a space or a flow indicator ('R&D' and
# 'a & b' are not anchors). Text without one cannot expand, whatever else it holds.
_ANCHOR_RE = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]", re.MULTILINE)

try:  # libyaml's parser is several times faster; the composer above it stays ours.
    from yaml.cyaml import CParser as _FastParser
except ImportError:  # PyYAML built without libyaml
    _FastParser = None


class ContentError(MarkedYAMLError):
    """Well-formed YAML that is refused: over a bound, a loop, or a value Python cannot
    hold. ``problem`` says what and how to fix it; ``problem_mark`` where."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)


class BoundedComposer(Composer):
    """Builds the node tree while counting depth and the expanded size (see module)."""

    def __init__(self) -> None:
        super().__init__()
        self._depth = 0
        self._expanded = 0
        # Expanded size of each finished anchored node, by id(); an anchor that is not
        # in here yet is still being built, so an alias to it is a loop.
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None and id(node) not in self._sizes:
                raise ContentError(
                    f"the alias *{event.anchor} is used inside the value it names (a loop); "
                    "write the value out instead",
                    event.start_mark,
                )
            result = super().compose_node(parent, index)
            self._count(self._sizes.get(id(result), 1), event.start_mark)
            return result
        event = self.peek_event()
        if isinstance(event, SequenceStartEvent | MappingStartEvent):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise ContentError(_too_deep(), event.start_mark)
        before = self._expanded
        self._count(1, event.start_mark)
        try:
            node = super().compose_node(parent, index)
        finally:
            if isinstance(event, SequenceStartEvent | MappingStartEvent):
                self._depth -= 1
        if not isinstance(event, ScalarEvent) or getattr(event, "anchor", None):
            self._sizes[id(node)] = self._expanded - before
        return node

    def _count(self, size: int, mark: Any) -> None:
        self._expanded += size
        if self._expanded > MAX_NODES:
            raise ContentError(
                f"the values expand to more than {MAX_NODES:,} items (anchors and aliases "
                "repeat them); use fewer aliases",
                mark,
            )


class BoundedConstructor(SafeConstructor):
    """SafeConstructor whose impossible dates and numbers are errors on their own line
    instead of a bare ValueError."""

    def construct_yaml_timestamp(self, node: Node, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise ContentError(
                f"'{_short(node)}' is not a real date ({exc}); write the date as YYYY-MM-DD",
                node.start_mark,
            ) from exc

    def construct_yaml_int(self, node: Node) -> Any:
        digits = len(str(node.value).replace("_", "").lstrip("+-"))
        if digits > MAX_INT_DIGITS:
            raise ContentError(
                f"the number on this line has {digits} digits; numbers may have at most "
                f"{MAX_INT_DIGITS} (put long codes in quotes)",
                node.start_mark,
            )
        return super().construct_yaml_int(node)


BoundedConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", BoundedConstructor.construct_yaml_timestamp
)
BoundedConstructor.add_constructor("tag:yaml.org,2002:int", BoundedConstructor.construct_yaml_int)


def _short(node: Node) -> str:
    value = node.value if isinstance(node.value, str) else node.tag
    return value if len(value) <= 40 else value[:37] + "…"


class SlowLoader(Reader, Scanner, Parser, BoundedComposer, BoundedConstructor, Resolver):
    """The pure-Python bounded loader: slower, but its error marks point at the line a
    writer must fix (libyaml reports some of them a line early)."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        BoundedComposer.__init__(self)
        BoundedConstructor.__init__(self)
        Resolver.__init__(self)


if _FastParser is not None:

    class FastLoader(_FastParser, BoundedComposer, BoundedConstructor, Resolver):  # type: ignore[misc,valid-type]
        """libyaml's parser under the bounded composer and constructor."""

        # CParser builds nodes itself; ours must, to count them.
        get_single_node = BoundedComposer.get_single_node
        compose_document = BoundedComposer.compose_document

        def __init__(self, stream: str) -> None:
            _FastParser.__init__(self, stream)
            BoundedComposer.__init__(self)
            BoundedConstructor.__init__(self)
            Resolver.__init__(self)

    class PlainLoader(_FastParser, BoundedConstructor, Resolver):  # type: ignore[misc,valid-type]
        """libyaml end to end, for text without anchors (nothing to expand): its depth is
        checked on the finished tree (libyaml itself stops at 1,000 levels)."""

        def __init__(self, stream: str) -> None:
            _FastParser.__init__(self, stream)
            BoundedConstructor.__init__(self)
            Resolver.__init__(self)

else:  # pragma: no cover - depends on how PyYAML was built
    FastLoader = PlainLoader = SlowLoader  # type: ignore[misc,assignment]


def load(text: str) -> tuple[Node | None, Any]:
    """One bounded parse of ``text``: the node tree (for line numbers) and the values.

    With an anchor (``&``) every node is counted as it is built. Without one nothing can
    expand, so libyaml composes the tree at full speed; its depth (libyaml stops at 1,000
    levels) is then the caller's to bound, in the walk over the values it makes anyway,
    calling :func:`check_depth` to name the line (``frontmatter`` does).
    Raises ``yaml.YAMLError``: :class:`ContentError` for a bound, else a syntax error.
    """
    if "&" in text and _ANCHOR_RE.search(text):
        return _compose_and_construct(text, FastLoader)
    return _compose_and_construct(text, PlainLoader)


def load_slow(text: str) -> tuple[Node | None, Any]:
    """Like :func:`load` with the pure-Python parser, whose error marks are exact."""
    return _compose_and_construct(text, SlowLoader)


def _compose_and_construct(text: str, loader_class: type) -> tuple[Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            return node, loader.construct_document(node)
        except (ValueError, TypeError, OverflowError) as exc:  # a value no check foresaw
            raise ContentError(f"a value cannot be read ({exc})", node.start_mark) from exc
    finally:
        loader.dispose()


def check_depth(root: Node) -> None:
    """Raise :class:`ContentError` at the first node nested deeper than ``MAX_DEPTH``."""
    # Iterative: the tree may be up to libyaml's 1,000 levels deep.
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, SequenceNode | MappingNode):
            depth += 1
            if depth > MAX_DEPTH:
                raise ContentError(_too_deep(), node.start_mark)
            if isinstance(node, SequenceNode):
                stack.extend((child, depth) for child in node.value)
            else:
                stack.extend((child, depth) for _key, child in node.value)


def _too_deep() -> str:
    return f"the values are nested more than {MAX_DEPTH} levels deep; flatten the lists and fields"
