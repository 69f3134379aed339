"""``accord assessment complete`` queues the completed revision for the hub, and the
assessment commands see the checklists of installed content packs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main

CHECKLIST = """\
---
title: {title}
type: checklist
version: 1.0.0
sections:
  - id: gov
    title: Governance
    component: governance
    items:
      - id: GOV-1
        ask: Is there a regulator?
      - id: GOV-2
        ask: Does it publish yearly reports?
---
Body.
"""


class CLI:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.lib = tmp_path / "lib"
        self.data = tmp_path / "data"
        self.capsys = capsys
        path = self.lib / "checklists" / "demo.md"
        path.parent.mkdir(parents=True)
        path.write_text(CHECKLIST.format(title="Demo readiness"), encoding="utf-8")

    def __call__(self, *argv: str, library: Path | None = None) -> tuple[int, str, str]:
        self.capsys.readouterr()
        lib = library or self.lib
        code = main(["--library", str(lib), "--data-dir", str(self.data), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):
        code, out, err = self(*argv)
        assert code == 0, err
        return json.loads(out)

    def new(self, checklist: str = "checklists/demo") -> str:
        code, out, err = self(
            "assessment", "new", "--checklist", checklist,
            "--institution", "Ministry of ICT", "--country", "KE",
        )  # fmt: skip
        assert code == 0, err
        return out.strip()


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CLI:
    return CLI(tmp_path, capsys)


def test_complete_queues_the_assessment_for_the_hub(cli: CLI) -> None:
    aid = cli.new()
    assert cli("assessment", "answer", aid, "GOV-1", "yes")[0] == 0
    assert cli("assessment", "answer", aid, "GOV-2", "partial")[0] == 0
    assert cli.json("sync", "status", "--json")["items"] == []

    code, out, err = cli("assessment", "complete", aid)
    assert code == 0, err
    assert "Marked complete (revision 1)." in out
    assert "For the hub: waiting to send (send with 'accord sync run')." in out

    status = cli.json("sync", "status", "--json")
    assert [(i["assessment_id"], i["revision"], i["state"]) for i in status["items"]] == [
        (aid, 1, "queued")
    ]
    assert status["counts"]["queued"] == 1 and status["pending"] == 1
    assert status["not_queued"] == []  # nothing left for 'sync run' to pick up

    # Completing again changes nothing: still one row for revision 1.
    code, out, _ = cli("assessment", "complete", aid)
    assert code == 0 and "Already complete" in out
    assert len(cli.json("sync", "status", "--json")["items"]) == 1

    # A new revision, completed, is queued beside the first.
    assert cli("assessment", "answer", aid, "GOV-2", "yes")[0] == 0
    assert cli("assessment", "complete", aid)[0] == 0
    items = cli.json("sync", "status", "--json")["items"]
    assert [(i["revision"], i["state"]) for i in items] == [(1, "queued"), (2, "queued")]


def test_assessment_commands_see_the_checklists_of_installed_packs(
    cli: CLI, tmp_path: Path
) -> None:
    from desktop.core.packs.build import build_pack
    from desktop.core.packs.install import install_pack
    from desktop.core.packs.keys import add_trusted_key, generate_keypair

    pack_lib = tmp_path / "pack-lib"
    path = pack_lib / "national" / "ke-readiness.md"
    path.parent.mkdir(parents=True)
    path.write_text(CHECKLIST.format(title="Kenya readiness"), encoding="utf-8")
    public = generate_keypair(tmp_path / "pub.key", "Test publisher")
    add_trusted_key(cli.data, public)
    pack = tmp_path / "national-ke.accordpack"
    build_pack(pack_lib, tmp_path / "pub.key", "national-ke", "1.0.0", pack)
    install_pack(pack, cli.data, bundled=cli.lib, update_index=False)

    listed = cli.json("assessment", "checklists", "--json")
    ids = {c["id"] for c in listed}
    assert {"checklists/demo", "national/ke-readiness"} <= ids
    aid = cli.new("national/ke-readiness")
    shown = cli.json("assessment", "show", aid, "--json")
    assert shown["assessment"]["checklist_id"] == "national/ke-readiness"

    # An installed "core" pack does not replace a library chosen with --library.
    core_lib = tmp_path / "core-lib"
    other = core_lib / "checklists" / "other.md"
    other.parent.mkdir(parents=True)
    other.write_text(textwrap.dedent(CHECKLIST.format(title="Other")), encoding="utf-8")
    core_pack = tmp_path / "core.accordpack"
    build_pack(core_lib, tmp_path / "pub.key", "core", "9.0.0", core_pack)
    install_pack(core_pack, cli.data, bundled=cli.lib, update_index=False)
    ids = {c["id"] for c in cli.json("assessment", "checklists", "--json")}
    assert "checklists/demo" in ids and "checklists/other" not in ids
