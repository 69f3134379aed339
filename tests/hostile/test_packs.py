"""The hostile packs (``packs.CASES``): each is refused with its reason and the data folder
unchanged, or installed with its bad documents as problems of their own; a folder of
them installs every good pack and reports every bad one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.actions import packs as pack_actions
from desktop.core.packs.keys import load_public_key
from tests.hostile import packs
from tests.hostile.packs import Keys, PackCase, cases_here, install_outcome, snapshot
from tests.hostile.running import accord as _cli


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys.make(tmp_path_factory.mktemp("hostile-keys"))


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    root = tmp_path / "bundled"
    (root / "core").mkdir(parents=True)
    (root / "core" / "intro.md").write_text("---\ntitle: Intro\ntype: guide\n---\nHello.\n")
    return root


def test_the_corpus_is_large_enough() -> None:
    refused = [c for c in packs.CASES if c.expect == "refused"]
    assert len(packs.CASES) >= 30 and len(refused) >= 25
    assert len({c.name for c in packs.CASES}) == len(packs.CASES)


@pytest.mark.parametrize("case", cases_here(), ids=lambda c: c.name)
def test_each_hostile_pack_has_its_outcome(
    case: PackCase, keys: Keys, tmp_path: Path, bundled: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    outcome, why = install_outcome(case, tmp_path / "packs", keys, data, bundled)
    assert outcome == case.expect, why
    assert case.words in why
    assert "Traceback" not in why


def test_a_folder_installs_every_good_pack_and_reports_every_bad_one(
    keys: Keys, tmp_path: Path, bundled: Path
) -> None:
    usb = tmp_path / "usb"
    built = {case.name: case.build(usb, keys) for case in cases_here()}
    data = tmp_path / "data"
    trusted = [load_public_key(Path(f"{keys.trusted}.pub"))]
    outcome = pack_actions.install(usb, data, bundled=bundled, trusted=trusted, update_index=False)
    installed = {r.pack_id for r in outcome.results}
    assert installed == {c.name for c in cases_here() if c.expect == "handled"}
    reported = "\n".join([*outcome.notes, *outcome.errors])
    for case in cases_here():
        if case.expect == "refused":
            assert built[case.name].name in reported, case.name


def test_the_cli_installs_a_hostile_folder_without_a_traceback(
    keys: Keys, tmp_path: Path, bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    for case in cases_here():
        case.build(usb, keys)
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    assert _cli("pack", "trust", "add", f"{keys.trusted}.pub")[0] == 0
    code, out, err = _cli("--library", str(bundled), "pack", "install", str(usb), "--no-index")
    assert code in (0, 1) and "Traceback" not in out + err
    assert "good-a 1.0.0 installed" in out and "good-c-bombs 1.0.0 installed" in out
    assert "fifo.accordpack" in out + err or "fifo" not in {c.name for c in cases_here()}


@pytest.mark.parametrize(
    "case", [c for c in cases_here() if c.expect == "refused"], ids=lambda c: c.name
)
def test_verify_refuses_each_bad_pack_in_plain_words(
    case: PackCase, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("ACCORD_DATA_DIR", str(data))
    path = case.build(tmp_path / "packs", keys)
    before = snapshot(data) if data.exists() else {}
    code, _out, err = _cli("pack", "verify", str(path), "--trust", f"{keys.trusted}.pub")
    assert code in (1, 2) and err.startswith("accord: ") and "Traceback" not in err
    assert case.words in err
    assert (snapshot(data) if data.exists() else {}) == before
