"""The rules of the house (docs/architecture.md), checked on the source itself.

Every import of every product module is read from its syntax tree, imports inside
functions included (they are how layering rules get broken quietly), and checked against:

* the core and the index never import ``desktop.ui`` or Qt;
* the index never imports ``desktop``;
* the hub imports from the desktop core only the wire formats, components and countries,
  and the file and clock helpers (never the device's sync, storage or UI);
* no import circle between modules;
* no product module over 600 lines, class over 400, function over 80.

Complexity (``C90``, at most 15) is ruff's job: see ``pyproject.toml``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PRODUCT = ("desktop", "index", "hub")

HUB_MAY_IMPORT = {
    "desktop",
    "desktop.core",
    "desktop.core.errors",
    "desktop.core.library",
    "desktop.core.library.components",
    "desktop.core.library.countries",
    "desktop.core.storage",
    "desktop.core.storage.files",
    "desktop.core.storage.clock",
    "desktop.core.sync",
    "desktop.core.sync.protocol",
}

MAX_MODULE, MAX_CLASS, MAX_FUNCTION = 600, 400, 80

# Debt being paid off by the restructure (issue "One house with a room per concern"). A
# ratchet: an entry that no longer occurs fails the test too, so it must be deleted here,
# and the list only shrinks. It is empty when the restructure is done.
KNOWN_DEBT: set[str] = {
    # layering and circles
    # sizes
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for root in PRODUCT
        for path in sorted((REPO / root).rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _imports(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import in the file, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    modules = _modules()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield module, node.lineno
            # ``from package import submodule`` depends on the submodule itself.
            for alias in node.names:
                if f"{module}.{alias.name}" in modules:
                    yield f"{module}.{alias.name}", node.lineno


@cache
def _graph() -> dict[str, list[tuple[str, int]]]:
    return {name: list(_imports(name, path)) for name, path in _modules().items()}


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _new(found: dict[str, str], kind: str) -> list[str]:
    """Findings not in KNOWN_DEBT; KNOWN_DEBT entries of ``kind`` that are gone are
    reported too (delete them: the ratchet only turns one way)."""
    new = [text for key, text in found.items() if key not in KNOWN_DEBT]
    paid = [
        f"paid off, delete from KNOWN_DEBT: {key}"
        for key in KNOWN_DEBT
        if key.startswith(kind) and key not in found
    ]
    return sorted(new) + sorted(paid)


def _violations(rule, kind: str) -> list[str]:
    found = {}
    for name, edges in _graph().items():
        path = _modules()[name].relative_to(REPO)
        for target, line in edges:
            reason = rule(name, target)
            if reason:
                found[f"{path} -> {target}"] = f"{path}:{line}: {target} ({reason})"
    return _new(found, kind)


def test_the_core_and_the_index_never_load_qt_or_the_ui() -> None:
    KIND = "desktop/core"

    def rule(name: str, target: str) -> str:
        if not (_within(name, "desktop.core") or _within(name, "index")):
            return ""
        if _within(target, "desktop.ui"):
            return "the core and the index must not import the UI"
        if target.split(".")[0] in ("PySide6", "shiboken6"):
            return "the core and the index must not import Qt"
        if _within(target, "desktop.commands") or target == "desktop.cli":
            return "the core must not import the command line"
        return ""

    found = _violations(rule, KIND)
    assert not found, "\n".join(found)


def test_qt_is_imported_only_by_the_ui() -> None:
    KIND = "Qt:"

    def rule(name: str, target: str) -> str:
        qt = target.split(".")[0] in ("PySide6", "shiboken6")
        return "Qt outside desktop/ui" if qt and not _within(name, "desktop.ui") else ""

    found = _violations(rule, KIND)
    assert not found, "\n".join(found)


def test_the_index_stands_alone() -> None:
    KIND = "index/"

    def rule(name: str, target: str) -> str:
        if _within(name, "index") and _within(target, "desktop"):
            return "index/ is engine code: it must not import desktop"
        return ""

    found = _violations(rule, KIND)
    assert not found, "\n".join(found)


def test_the_hub_imports_only_wire_formats_and_helpers_from_the_desktop() -> None:
    KIND = "hub/"

    def rule(name: str, target: str) -> str:
        if not _within(name, "hub") or not _within(target, "desktop"):
            return ""
        return "" if target in HUB_MAY_IMPORT else "the hub must not import device-side code"

    found = _violations(rule, KIND)
    assert not found, "\n".join(found)


def test_no_import_circles() -> None:
    graph = {
        name: sorted({t for t, _ in edges if t in _modules() and t != name})
        for name, edges in _graph().items()
    }
    # Tarjan's strongly connected components.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    found = {f"circle {' <-> '.join(g)}": f"circle {' <-> '.join(g)}" for g in circles}
    problems = _new(found, "circle")
    assert not problems, "\n".join(problems)


def test_modules_classes_and_functions_stay_small() -> None:
    too_big: dict[str, str] = {}
    for path in _modules().values():
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(REPO)
        lines = len(source.splitlines())
        if lines > MAX_MODULE:
            too_big[f"module {where}"] = f"module {where}: {lines} lines (at most {MAX_MODULE})"
        for node in ast.walk(ast.parse(source)):
            size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
            if isinstance(node, ast.ClassDef) and size > MAX_CLASS:
                key = f"class {where}:{node.name}"
                too_big[key] = f"{key}: {size} lines (at most {MAX_CLASS})"
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and size > MAX_FUNCTION:
                key = f"function {where}:{node.name}"
                too_big[key] = f"{key}: {size} lines (at most {MAX_FUNCTION})"
    problems = [
        p
        for kind in ("module", "class", "function")
        for p in _new({k: v for k, v in too_big.items() if k.startswith(kind)}, kind)
    ]
    assert not problems, "\n".join(problems)


def test_the_rules_see_in_function_imports() -> None:
    """The checker itself: an import inside a function is an edge like any other."""
    edges = dict(_graph())
    assert any(target == "desktop.ui.shell.app" for target, _ in edges.get("desktop.cli", [])), (
        "desktop.cli imports the app lazily, inside main(); the checker must see it"
    )
