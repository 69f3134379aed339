"""Shared fixtures: a small library on disk and an isolated data folder."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

# Tests never need a screen: Qt renders offscreen (set before any Qt import).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "fixtures" / "seed-framework.md"


def write_doc(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user data folder, also exported as ACCORD_DATA_DIR for subprocesses."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("ACCORD_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def small_library(tmp_path: Path) -> Path:
    """Four good documents (wikilinks between them), one checklist, one broken file."""
    root = tmp_path / "library"
    write_doc(
        root,
        "standards/foundation-models.md",
        """
        ---
        title: Obligations for foundation model providers
        type: standard
        summary: What providers of foundation models must document and test.
        tags: [governance/foundation-models, models]
        components: [governance, transparency]
        audience: [regulator]
        ---
        # Obligations for foundation model providers

        Foundation models are trained on broad data. Providers shall publish a model card.
        See [[playbooks/inspection|the inspection playbook]] and [[glossary#Model card]].

        ## Requirements

        | id | requirement |
        |---|---|
        | R1 | Publish a model card |
        """,
    )
    write_doc(
        root,
        "playbooks/inspection.md",
        """
        ---
        title: Conduct an inspection
        type: playbook
        summary: Steps for an AI compliance inspection.
        tags: [governance/enforcement]
        components: [governance]
        audience: [regulator, official]
        ---
        # Conduct an inspection

        Back to [[standards/foundation-models]]. A link to [[nowhere/missing-page]].
        """,
    )
    write_doc(
        root,
        "glossary.md",
        """
        ---
        title: Glossary
        type: glossary
        ---
        ## Model card
        A short document that describes a model.
        """,
    )
    write_doc(
        root,
        "checklists/mini.md",
        """
        ---
        title: Mini readiness
        type: checklist
        version: 1.0.0
        sections:
          - id: ethics
            title: Ethics
            component: ethics
            items:
              - id: ETH-1
                ask: Are there national AI ethics principles?
              - id: ETH-2
                ask: Are they applied in procurement?
                show_if: {item: ETH-1, in: [yes, partial]}
                scale: maturity-0-4
        ---
        # Mini readiness
        """,
    )
    write_doc(
        root,
        "broken.md",
        """
        ---
        title: Broken
        type: guide
        tags: [a, b
        ---
        Body.
        """,
    )
    return root
