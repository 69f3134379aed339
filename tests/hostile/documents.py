"""The hostile documents: each with what must happen to it (the table the tests read).

``refused``: the file is a problem (severity error) naming it, with ``words`` in the
message, and is not in the library. ``handled``: the document loads and renders safely;
``plain`` ones are shown as plain text with ``words`` in the reason; image cases load no
image (``images_refused``) and never open a file outside the library.

Bodies are built at test time (some are megabytes); ``{outside}`` in a text is replaced
with a folder outside the library holding sentinel files no case may read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.library.documents import Library, load_library
from desktop.core.library.render import Rendered, render_document
from desktop.core.library.resources import read_image

GOOD = {
    "good/one.md": "---\ntitle: Good one\ntype: guide\n---\n# Good one\n\nSee [[good/two]].\n",
    "good/two.md": "---\ntitle: Good two\ntype: standard\nreviewed: 2026-02-28\n---\nFine.\n",
    "good/three.md": "---\ntitle: Good three\ntype: playbook\n---\n![ok](img/ok.png)\n",
}
# A tiny valid PNG (1x1, opaque red), inside the library and outside it.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
    "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082"
)
SVG_OUTSIDE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="8" height="8"><image width="8" height="8" xlink:href="{outside}/secret.png"/>'
    "</svg>"
)


@dataclass(frozen=True)
class DocCase:
    """One hostile document and what must happen to it."""

    name: str
    text: Callable[[], str | bytes]
    expect: str  # "refused" or "handled"
    words: str = ""  # in the problem (refused) or the plain-text reason (handled, plain)
    plain: bool = False  # handled by showing it as plain text
    images_refused: int = 0  # handled: how many of its images must not load

    @property
    def path(self) -> str:
        return f"hostile/{self.name}.md"

    @property
    def id(self) -> str:
        return self.path.removesuffix(".md")


def fm(extra: str, body: str = "Body.", title: str = "Hostile") -> str:
    return f"---\ntitle: {title}\ntype: guide\n{extra}---\n{body}\n"


def _laughs(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _deep_block(levels: int) -> str:
    return "deep:\n" + "".join(" " * (i + 1) + "-\n" for i in range(levels))


CASES: list[DocCase] = [
    # --- front matter: one bad file, one problem, the rest loads ------------------------
    DocCase("date-feb-30", lambda: fm("reviewed: 2026-02-30\n"), "refused", "not a real date"),
    DocCase("date-month-13", lambda: fm("reviewed: 2026-13-01\n"), "refused", "not a real date"),
    DocCase("billion-laughs", lambda: fm(_laughs(9)), "refused", "expand to more than"),
    DocCase("alias-loop", lambda: fm("a: &a [1, *a]\n"), "refused", "loop"),
    DocCase(
        "yaml-deep-flow",
        lambda: fm("d: " + "[" * 50_000 + "]" * 50_000 + "\n"),
        "refused",
        "nested more than",
    ),
    DocCase("yaml-deep-block", lambda: fm(_deep_block(100)), "refused", "nested more than"),
    DocCase("yaml-huge-int", lambda: fm("n: " + "9" * 5000 + "\n"), "refused", "digits"),
    DocCase("yaml-huge-hex", lambda: fm("n: 0x" + "f" * 5000 + "\n"), "refused", "digits"),
    DocCase(
        "python-tag",
        lambda: fm("x: !!python/object/apply:os.system ['true']\n"),
        "refused",
        "constructor",
    ),
    DocCase("not-a-mapping", lambda: "---\n- a\n- b\n---\nx\n", "refused", "field: value"),
    DocCase("unclosed", lambda: "---\ntitle: x\n", "refused", "never closed"),
    DocCase("not-utf8", lambda: b"---\ntitle: \xff\xfe\n---\n", "refused", "UTF-8"),
    DocCase("nul-bytes", lambda: fm("", "a\x00b"), "refused", "NUL"),
    DocCase("over-5mb", lambda: fm("", "x" * (5 * 1024 * 1024 + 10)), "refused", "split it"),
    DocCase(
        "front-matter-600kb",
        lambda: fm("pad: " + "y" * 600_000 + "\n"),
        "refused",
        "front matter is",
    ),
    DocCase("id-newline", lambda: fm('id: "a\\nb"\n'), "refused", "control character"),
    DocCase("id-escape", lambda: fm("id: ../../etc/passwd\n"), "refused", "relative name"),
    DocCase("id-absolute", lambda: fm("id: /etc/passwd\n"), "refused", "relative name"),
    DocCase("id-too-long", lambda: fm("id: " + "i" * 300 + "\n"), "refused", "characters long"),
    DocCase("title-list", lambda: fm("", title="[a, b]"), "handled"),
    DocCase(
        "checklist-bad-types",
        lambda: "---\ntitle: C\ntype: checklist\nsections: {a: 1}\nweight: .nan\n---\nx\n",
        "handled",
    ),
    # --- bodies over a bound: shown as plain text with the reason ---------------------------
    DocCase(
        "emphasis-5000",
        lambda: fm("", "*" * 5000 + "x" + "*" * 5000),
        "handled",
        "emphasis marks",
        plain=True,
    ),
    DocCase(
        "emphasis-mixed",
        lambda: fm("", "*a _b " * 3000 + "x"),
        "handled",
        "emphasis marks",
        plain=True,
    ),
    DocCase(
        "divs-20000",
        lambda: fm("", "<div>" * 20_000 + "x" + "</div>" * 20_000),
        "handled",
        "HTML elements",
        plain=True,
    ),
    DocCase(
        "lists-2000",
        lambda: fm("", "".join("  " * i + "- x\n" for i in range(2000))),
        "handled",
        "indentation",
        plain=True,
    ),
    DocCase("quotes-5000", lambda: fm("", ">" * 5000 + " x"), "handled", "quotes", plain=True),
    DocCase(
        "brackets-20000",
        lambda: fm("", "[" * 20_000 + "x" + "]" * 20_000),
        "handled",
        "'['",
        plain=True,
    ),
    DocCase(
        "headings-3000",
        lambda: fm("", "".join(f"## h{i}\n\n" for i in range(3000))),
        "handled",
        "headings",
        plain=True,
    ),
    DocCase(
        "footnotes-3000",
        lambda: fm("", "".join(f"x[^{i}]\n\n[^{i}]: y\n\n" for i in range(3000))),
        "handled",
        "footnotes",
        plain=True,
    ),
    DocCase("big-4mb", lambda: fm("", ("word " * 30 + "\n\n") * 26_000), "handled"),
    # --- reaching outside: nothing is read ------------------------------------------------
    DocCase(
        "img-absolute", lambda: fm("", "![s]({outside}/secret.png)"), "handled", images_refused=1
    ),
    DocCase(
        "img-html-absolute",
        lambda: fm("", '<img src="{outside}/secret.png">'),
        "handled",
        images_refused=1,
    ),
    DocCase(
        "img-escape",
        lambda: fm("", "![s](../../../outside/secret.png)"),
        "handled",
        images_refused=1,
    ),
    DocCase(
        "img-working-folder",
        lambda: fm("", "![s](secret.png) ![t](./secret.svg)"),
        "handled",
        images_refused=2,
    ),
    DocCase("img-file-url", lambda: fm("", '<img src="file://{outside}/secret.png">'), "handled"),
    DocCase(
        "img-percent",
        lambda: fm("", '<img src="%2F{outside_q}%2Fsecret.png">'),
        "handled",
        images_refused=1,
    ),
    DocCase("img-symlink", lambda: fm("", "![s](img/link.png)"), "handled", images_refused=1),
    DocCase(
        "img-svg-outside", lambda: fm("", "![s](img/outside.svg)"), "handled", images_refused=1
    ),
    DocCase("img-svg-as-png", lambda: fm("", "![s](img/fake.png)"), "handled", images_refused=1),
    DocCase(
        "img-network",
        lambda: fm("", "![s](http://127.0.0.1:9/x.png) ![t](//h/x.png)"),
        "handled",
        images_refused=2,
    ),
    DocCase(
        "script-and-style",
        lambda: fm(
            "", "<script>alert(1)</script><style>*{}</style><iframe src='/etc/passwd'></iframe>x"
        ),
        "handled",
    ),
    DocCase(
        "javascript-link",
        lambda: fm("", "[x](javascript:alert(1)) <a href='file:///'>y</a>"),
        "handled",
    ),
]


def write_library(root: Path, outside: Path) -> Path:
    """The good documents, every case and the images they name, under ``root``; sentinel
    files under ``outside`` (which no case may read)."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.png").write_bytes(PNG)
    (outside / "secret.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    for rel, text in GOOD.items():
        _write(root / rel, text)
    img = root / "good" / "img"
    img.mkdir(parents=True, exist_ok=True)
    (img / "ok.png").write_bytes(PNG)
    hostile_img = root / "hostile" / "img"
    hostile_img.mkdir(parents=True, exist_ok=True)
    (hostile_img / "link.png").symlink_to(outside / "secret.png")
    (hostile_img / "outside.svg").write_text(SVG_OUTSIDE.replace("{outside}", str(outside)))
    (hostile_img / "fake.png").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    quoted = str(outside).lstrip("/").replace("/", "%2F")
    for case in CASES:
        text = case.text()
        if isinstance(text, str):
            text = text.replace("{outside_q}", quoted).replace("{outside}", str(outside))
        _write(root / case.path, text)
    return root


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def outcome(case: DocCase, library: Library, outside: Path) -> tuple[str, str]:
    """("refused" | "handled" | "failed", why) for ``case`` in a loaded ``library``."""
    try:
        return _outcome(case, library, outside)
    except Exception as exc:  # a traceback is exactly what must never happen
        return "failed", f"{type(exc).__name__}: {exc}"


def _outcome(case: DocCase, library: Library, outside: Path) -> tuple[str, str]:
    errors = [p for p in library.problems if p.file == case.path and p.severity == "error"]
    doc = library.get(case.id)
    if doc is None:
        if errors and all(p.line >= 1 for p in errors):
            return "refused", errors[0].message
        return "failed", "not loaded, and no problem says why"
    rendered = render_document(doc, library)
    why = _render_failure(case, rendered, outside)
    if why:
        return "failed", why
    refused = [
        ref for ref in rendered.images.values() if read_image(ref, doc.root, doc.path) is None
    ]
    if len(refused) != case.images_refused:
        return "failed", f"{len(refused)} images refused, expected {case.images_refused}"
    return "handled", rendered.problem.message if rendered.problem else ""


def _render_failure(case: DocCase, rendered: Rendered, outside: Path) -> str:
    if case.plain != (rendered.problem is not None):
        return f"plain text expected: {case.plain}, got {rendered.problem}"
    if case.plain and case.words not in rendered.problem.message:  # type: ignore[union-attr]
        return f"the reason lacks {case.words!r}: {rendered.problem}"
    lowered = rendered.html.lower()
    for bad in ("<script", "<iframe", "<style", "javascript:", "file:", str(outside)):
        if bad in lowered:
            return f"{bad!r} reached the rendered HTML"
    if "<img" in lowered and "src=" in lowered and 'src="accord-image:' not in lowered:
        return "an image reaches Qt with a path"
    return ""


def load(root: Path, outside: Path) -> Library:
    """The corpus library, loaded."""
    write_library(root, outside)
    return load_library(root)
