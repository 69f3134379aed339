"""The public-domain half of the search evaluation: the NIST AI RMF Playbook as Accord Markdown.

The Playbook (72 subcategories of GOVERN, MAP, MEASURE and MANAGE) is a work of the US
government. Its repository states no licence of its own, so the text is *not* committed:
this script converts a local copy into Accord documents under ``bench/out/eval-corpus/``
(ignored by git), and ``bench/search_eval.py`` reads them from there.

    python -m bench.eval_corpus SOURCE [--out bench/out/eval-corpus]

``SOURCE`` is either a checkout of the Playbook's Jekyll site (a folder with ``_posts/``)
or a bare git directory of it (the files are read from its ``HEAD`` with ``git show``).
Each ``_posts/<function>/*.md`` becomes ``nist/<function>-<n>-<m>.md`` with id
``nist/<function>-<n>-<m>``, the subcategory ("GOVERN 1.1") as title, its statement as
summary, and the About / Suggested Actions / Transparency sections as plain Markdown.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent / "out" / "eval-corpus"
POSTS = "_posts/"
COMPONENT = {
    "govern": "governance",
    "map": "robustness",
    "measure": "transparency",
    "manage": "governance",
}
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.DOTALL)
_TAG = re.compile(r"</?(?:details|span|br|div|p)[^>]*>|\{::options[^}]*\}")


def read_posts(source: Path) -> dict[str, str]:
    """Relative path -> text of every Playbook post in a checkout or a bare git directory."""
    if (source / POSTS).is_dir():
        return {
            p.relative_to(source).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((source / POSTS).rglob("*.md"))
        }
    names = subprocess.run(
        ["git", "--git-dir", str(source), "ls-tree", "-r", "--name-only", "HEAD", POSTS],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return {
        name: subprocess.run(
            ["git", "--git-dir", str(source), "show", f"HEAD:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for name in names
        if name.endswith(".md")
    }


def _heading(match: re.Match[str]) -> str:
    inner = re.sub(r"<[^>]+>|\*", "", match.group(1)).strip()
    return f"\n## {inner}\n"


def convert(text: str) -> tuple[dict[str, object], str] | None:
    """Front matter and body of one Playbook post as an Accord document (None: not one)."""
    match = _FRONT.match(text)
    if not match:
        return None
    meta = yaml.safe_load(match.group(1)) or {}
    title = str(meta.get("title", "")).strip()
    found = re.fullmatch(r"(GOVERN|MAP|MEASURE|MANAGE)\s+(\d+)\.(\d+)", title)
    if not found:
        return None
    function, major, minor = found.group(1).lower(), found.group(2), found.group(3)
    body = _SUMMARY.sub(_heading, text[match.end() :])
    body = html.unescape(_TAG.sub("", body))
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    summary = " ".join(str(meta.get("description", "")).split())
    front = {
        "title": title,
        "id": f"nist/{function}-{major}-{minor}",
        "type": "reference",
        "summary": summary,
        "language": "en",
        "tags": ["nist-ai-rmf", f"nist-ai-rmf/{function}"],
        "components": [COMPONENT[function]],
        "audience": ["regulator", "official"],
        "license": "US government work (public domain in the United States)",
    }
    return front, body


def build(source: Path, out: Path = OUT) -> int:
    """Write the converted documents into ``out/nist/``; returns how many."""
    target = out / "nist"
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for _name, text in sorted(read_posts(source).items()):
        converted = convert(text)
        if converted is None:
            continue
        front, body = converted
        slug = str(front["id"]).split("/", 1)[1]
        header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
        (target / f"{slug}.md").write_text(f"---\n{header}---\n\n{body}", encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.eval_corpus", description=__doc__)
    parser.add_argument("source", type=Path, help="Playbook checkout or bare git directory")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    n = build(args.source, args.out)
    print(f"wrote {n} documents to {args.out / 'nist'}")
    return 0 if n else 1


if __name__ == "__main__":
    raise SystemExit(main())
