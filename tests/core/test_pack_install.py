"""Installing packs: atomic switch, versions, rollback, delta packs, several packs side by
side, peer export, and every bad input leaving the installed library untouched."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from desktop.commands.common import explain
from desktop.core.library.combined import load_library_set
from desktop.core.packs.export import export_packs
from desktop.core.packs.folder import install_folder
from desktop.core.packs.format import PackError
from desktop.core.packs.indexing import refresh_index
from desktop.core.packs.install import install_pack
from desktop.core.packs.rollback import remove_pack, rollback_pack
from desktop.core.packs.store import installed_pack, installed_packs, packs_root, recover
from desktop.core.packs.verify import PackCancelled
from tests.core import test_pack_support as support
from tests.core.test_pack_support import (
    Keys,
    build,
    checklist_text,
    doc_text,
    forge,
    make_library,
    snapshot,
)

# Shared fixtures (a plain assignment, so pytest finds them in this module).
keys = support.keys
other_keys = support.other_keys


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """The app's own library: three documents, pack "core"."""
    root = tmp_path / "bundled"
    for i in range(3):
        path = root / "guides" / f"bundled-{i}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc_text(f"Bundled {i}", "Shipped with the app."), encoding="utf-8")
    return root


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def _install(pack: Path, data: Path, keys: Keys, bundled: Path | None = None, **kw):
    kw.setdefault("update_index", False)
    return install_pack(pack, data, bundled=bundled, trusted=keys.trusted, **kw)


def _ids(data: Path, bundled: Path | None) -> dict[str, str]:
    lib = load_library_set(bundled, data).library
    return {d.id: d.pack for d in lib.documents.values()}


def _search(data: Path, bundled: Path, text: str, **filters: list[str]) -> list[str]:
    from desktop.core.search.documents import open_index
    from desktop.core.storage import paths
    from index import SearchQuery

    library = load_library_set(bundled, data).library
    index, _ = open_index(paths.index_dir(data), library)
    try:
        results = index.search(SearchQuery(text=text, filters=filters, limit=50))
    finally:
        index.close()
    return [h.id for h in results.hits]


# --- installing ---------------------------------------------------------------------------


def test_pack_from_content_installs_on_fresh_data_and_is_searchable(
    tmp_path: Path, keys: Keys, data: Path
) -> None:
    """Done when: a pack built from content/ installs and its documents are searchable."""
    content = Path(__file__).resolve().parents[2] / "content"
    pack = build(content, keys, tmp_path / "core.accordpack", version="1.0.0")
    empty = tmp_path / "empty-bundled"
    empty.mkdir()
    result = _install(pack, data, keys, empty, update_index=True)
    assert result.action == "installed" and result.version == "1.0.0"
    assert len(result.changes.added) >= 20
    assert result.index is not None
    lib = load_library_set(empty, data).library
    assert len(lib.documents) == len(result.changes.added)
    assert all(d.pack == "core" for d in lib.documents.values())
    hits = _search(data, empty, "inspection")
    assert "playbooks/conduct-ai-inspection" in hits


def test_install_reports_what_changed_and_keeps_previous(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    lib = make_library(tmp_path / "lib", 4)
    v1 = build(lib, keys, tmp_path / "v1.accordpack", pack_id="national", version="1.0.0")
    first = _install(v1, data, keys, bundled)
    assert first.action == "installed"
    assert [c.id for c in first.changes.added][:2] == ["checklists/docs-readiness", "docs/doc-0000"]

    (lib / "docs" / "doc-0000.md").write_text(doc_text("Document 0", "New words."))
    (lib / "docs" / "doc-0001.md").unlink()
    (lib / "docs" / "new.md").write_text(doc_text("Brand new", "Hello."))
    (lib / "checklists" / "docs-readiness.md").write_text(
        checklist_text("1.1.0", [("ETH-1", "Are there principles?"), ("ETH-3", "New?")])
    )
    v2 = build(lib, keys, tmp_path / "v2.accordpack", pack_id="national", version="1.1.0")
    second = _install(v2, data, keys, bundled)
    assert second.action == "updated" and second.previous_version == "1.0.0"
    ch = second.changes
    assert [c.id for c in ch.added] == ["docs/new"]
    assert [c.id for c in ch.removed] == ["docs/doc-0001"]
    assert {c.id for c in ch.updated} == {"docs/doc-0000", "checklists/docs-readiness"}
    (cl,) = ch.checklists
    assert cl.added_items == ["ETH-3"] and cl.removed_items == ["ETH-2"]
    assert (cl.old_version, cl.new_version) == ("1.0.0", "1.1.0")
    assert "1 new question" in cl.note() and "removed" in cl.note()
    assert "1 new, 2 updated, 1 removed" in second.summary()
    pack = installed_pack(data, "national")
    assert pack is not None and pack.previous_version == "1.0.0"
    # Exactly two versions are kept.
    versions = [p for p in (packs_root(data) / "national").iterdir() if p.is_dir()]
    assert len(versions) == 2


def test_same_version_again_is_a_no_op(tmp_path: Path, keys: Keys, data: Path) -> None:
    pack = build(make_library(tmp_path / "lib"), keys, tmp_path / "p.accordpack")
    _install(pack, data, keys)
    before = snapshot(data)
    again = _install(pack, data, keys)
    assert again.action == "unchanged"
    assert snapshot(data) == before
    forced = _install(pack, data, keys, force=True)
    assert forced.action == "reinstalled"


def test_older_version_is_refused_unless_forced(tmp_path: Path, keys: Keys, data: Path) -> None:
    lib = make_library(tmp_path / "lib")
    old = build(lib, keys, tmp_path / "old.accordpack", version="1.0.0")
    new = build(lib, keys, tmp_path / "new.accordpack", version="2.0.0")
    _install(new, data, keys)
    before = snapshot(data)
    with pytest.raises(PackError, match=r"older than the installed 2\.0\.0") as info:
        _install(old, data, keys)
    # The hint is the front end's, by code: the CLI's text still names --force.
    assert info.value.code == "pack.older-version"
    assert re.search(r"older than the installed 2\.0\.0.*--force", explain(info.value))
    assert snapshot(data) == before
    result = _install(old, data, keys, force=True)
    assert result.action == "downgraded"
    assert any("older version" in w for w in result.warnings)


def test_rollback_returns_to_previous_and_back(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    lib = make_library(tmp_path / "lib", 2, word="first")
    v1 = build(lib, keys, tmp_path / "v1.accordpack", pack_id="fr", version="1.0.0")
    make_library(lib, 2, word="second")
    v2 = build(lib, keys, tmp_path / "v2.accordpack", pack_id="fr", version="1.1.0")
    _install(v1, data, keys, bundled)
    with pytest.raises(PackError, match="no earlier version"):
        rollback_pack(data, "fr", bundled=bundled, update_index=False)
    _install(v2, data, keys, bundled)
    back = rollback_pack(data, "fr", bundled=bundled, update_index=False)
    assert back.action == "rolled back" and back.version == "1.0.0"
    assert len(back.changes.updated) == 2
    body = load_library_set(bundled, data).library.get("docs/doc-0000").body  # type: ignore[union-attr]
    assert "first" in body
    forward = rollback_pack(data, "fr", bundled=bundled, update_index=False)
    assert forward.version == "1.1.0"
    with pytest.raises(PackError, match="not installed"):
        rollback_pack(data, "nope", update_index=False)


def test_remove_pack_and_core_pack_replaces_bundled(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    lib = make_library(tmp_path / "lib", 2)
    core = build(lib, keys, tmp_path / "core.accordpack", pack_id="core")
    assert set(_ids(data, bundled)) == {f"guides/bundled-{i}" for i in range(3)}
    result = _install(core, data, keys, bundled)
    assert {c.id for c in result.changes.removed} == {f"guides/bundled-{i}" for i in range(3)}
    assert "guides/bundled-0" not in _ids(data, bundled)
    assert "docs/doc-0000" in _ids(data, bundled)
    removed = remove_pack(data, "core", bundled=bundled, update_index=False)
    assert removed.action == "removed"
    assert set(_ids(data, bundled)) == {f"guides/bundled-{i}" for i in range(3)}
    assert installed_packs(data) == []


def test_newer_bundled_library_wins_over_older_installed_core(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    core = build(make_library(tmp_path / "lib", 2), keys, tmp_path / "c.accordpack")
    _install(core, data, keys, bundled)
    assert "docs/doc-0000" in _ids(data, bundled)
    (bundled / "pack.json").write_text('{"id": "core", "version": "2.0.0"}')
    assert "docs/doc-0000" not in _ids(data, bundled)
    assert "guides/bundled-0" in _ids(data, bundled)


# --- several packs ------------------------------------------------------------------------


def test_several_packs_side_by_side_and_search_filters_by_pack(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    fr = build(
        make_library(tmp_path / "fr", 2, "zephyr", prefix="fr"),
        keys,
        tmp_path / "fr.accordpack",
        pack_id="national-fr",
    )
    ke = build(
        make_library(tmp_path / "ke", 2, "zephyr", prefix="ke"),
        keys,
        tmp_path / "ke.accordpack",
        pack_id="national-ke",
    )
    _install(fr, data, keys, bundled)
    _install(ke, data, keys, bundled, update_index=True)
    ids = _ids(data, bundled)
    assert ids["guides/bundled-0"] == "core"
    assert ids["fr/doc-0000"] == "national-fr" and ids["ke/doc-0001"] == "national-ke"
    assert set(_search(data, bundled, "zephyr")) == {
        "fr/doc-0000",
        "fr/doc-0001",
        "ke/doc-0000",
        "ke/doc-0001",
    }
    assert set(_search(data, bundled, "zephyr", pack=["national-ke"])) == {
        "ke/doc-0000",
        "ke/doc-0001",
    }


def test_duplicate_document_id_across_packs(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    clash = tmp_path / "clash"
    (clash / "guides").mkdir(parents=True)
    (clash / "guides" / "bundled-0.md").write_text(doc_text("Same id as core", "x"))
    pack = build(clash, keys, tmp_path / "clash.accordpack", pack_id="zz")
    before = snapshot(data)
    with pytest.raises(PackError) as info:
        _install(pack, data, keys, bundled)
    message = info.value.message
    assert "'guides/bundled-0'" in message and "'zz'" in message and "'core'" in message
    assert snapshot(data) == before
    assert set(_ids(data, bundled)) == {f"guides/bundled-{i}" for i in range(3)}
    # Forced in anyway: loading names both packs, skips the later copy, never crashes.
    result = _install(pack, data, keys, bundled, force=True)
    assert result.warnings
    loaded = load_library_set(bundled, data).library
    assert loaded.get("guides/bundled-0").pack == "core"  # type: ignore[union-attr]
    problem = next(p for p in loaded.errors() if "duplicate id" in p.message)
    assert "'zz'" in problem.message and "'core'" in problem.message


# --- delta packs --------------------------------------------------------------------------


def test_delta_pack_with_ten_changed_documents(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    """Done when: a delta pack with 10 changed documents updates them."""
    lib = make_library(tmp_path / "lib", 30, word="original")
    full = build(lib, keys, tmp_path / "v1.accordpack", pack_id="national", version="1.0.0")
    for i in range(10):
        (lib / "docs" / f"doc-{i:04d}.md").write_text(doc_text(f"Document {i}", "quokka"))
    (lib / "docs" / "doc-0029.md").unlink()
    (lib / "docs" / "added.md").write_text(doc_text("Added", "quokka too"))
    delta = build(
        lib, keys, tmp_path / "d.accordpack", pack_id="national", version="1.1.0", base=full
    )
    assert delta.stat().st_size < full.stat().st_size / 2
    _install(full, data, keys, bundled, update_index=True)
    result = _install(delta, data, keys, bundled, update_index=True)
    assert result.delta and result.action == "updated"
    assert len(result.changes.updated) == 10
    assert [c.id for c in result.changes.added] == ["docs/added"]
    assert [c.id for c in result.changes.removed] == ["docs/doc-0029"]
    assert result.index is not None and result.index.updated == 10
    lib_set = load_library_set(bundled, data).library
    assert "quokka" in lib_set.get("docs/doc-0005").body  # type: ignore[union-attr]
    assert "original" in lib_set.get("docs/doc-0015").body  # type: ignore[union-attr]
    assert lib_set.get("docs/doc-0029") is None
    assert set(_search(data, bundled, "quokka")) == {
        *(f"docs/doc-{i:04d}" for i in range(10)),
        "docs/added",
    }
    # The installed files equal a full build of the new library.
    pack = installed_pack(data, "national")
    assert pack is not None and pack.version == "1.1.0" and pack.meta["delta_from"] == "1.0.0"
    rollback_pack(data, "national", bundled=bundled, update_index=False)
    assert "original" in load_library_set(bundled, data).library.get("docs/doc-0005").body  # type: ignore[union-attr]


def test_delta_needs_its_base(tmp_path: Path, keys: Keys, data: Path) -> None:
    lib = make_library(tmp_path / "lib", 3)
    v1 = build(lib, keys, tmp_path / "v1.accordpack", version="1.0.0")
    make_library(lib, 3, word="beta")
    v2 = build(lib, keys, tmp_path / "v2.accordpack", version="2.0.0")
    make_library(lib, 3, word="gamma")
    d3 = build(lib, keys, tmp_path / "d3.accordpack", version="3.0.0", base=v2)
    with pytest.raises(PackError, match=r"from version 2\.0\.0 to 3\.0\.0, but it is not"):
        _install(d3, data, keys)
    _install(v1, data, keys)
    before = snapshot(data)
    with pytest.raises(PackError, match=r"but version 1\.0\.0 is installed"):
        _install(d3, data, keys)
    assert snapshot(data) == before


def test_delta_refuses_locally_changed_base(tmp_path: Path, keys: Keys, data: Path) -> None:
    lib = make_library(tmp_path / "lib", 3)
    v1 = build(lib, keys, tmp_path / "v1.accordpack", version="1.0.0")
    make_library(lib, 3, word="beta")
    d2 = build(lib, keys, tmp_path / "d2.accordpack", version="2.0.0", base=v1)
    _install(v1, data, keys)
    pack = installed_pack(data, "core")
    assert pack is not None
    # Someone edits an installed file that the delta does not touch.
    target = pack.content_dir / "checklists" / "docs-readiness.md"
    target.write_text(target.read_text() + "\nlocal edit\n")
    before = snapshot(data)
    with pytest.raises(PackError, match="did not give the files it promises"):
        _install(d2, data, keys)
    assert snapshot(data) == before


def test_delta_against_bundled_core(tmp_path: Path, keys: Keys, data: Path) -> None:
    bundled = make_library(tmp_path / "bundled", 3)
    (bundled / "pack.json").write_text('{"id": "core", "version": "1.0.0"}')
    v1 = build(bundled, keys, tmp_path / "v1.accordpack", version="1.0.0")
    work = tmp_path / "work"
    shutil.copytree(bundled, work)
    (work / "docs" / "doc-0000.md").write_text(doc_text("Document 0", "patched"))
    delta = build(work, keys, tmp_path / "d.accordpack", version="1.0.1", base=v1)
    result = _install(delta, data, keys, bundled)
    assert [c.id for c in result.changes.updated] == ["docs/doc-0000"]
    assert "patched" in load_library_set(bundled, data).library.get("docs/doc-0000").body  # type: ignore[union-attr]


# --- bad input: the installed library is untouched every time ---------------------------


def _installed_v1(tmp_path: Path, keys: Keys, data: Path, bundled: Path) -> dict[str, str]:
    pack = build(
        make_library(tmp_path / "lib", 2), keys, tmp_path / "v1.accordpack", pack_id="national"
    )
    _install(pack, data, keys, bundled)
    return snapshot(data)


GOOD = doc_text("Good", "Fine.").encode()


@pytest.mark.parametrize(
    "case",
    [
        "dotdot",
        "absolute",
        "drive",
        "symlink",
        "truncated",
        "unknown-key",
        "extra-file",
        "missing-file",
        "changed-byte",
        "newer-app",
        "not-a-zip",
        "missing-file-on-disk",
    ],
)
def test_bad_packs_leave_installed_library_untouched(
    tmp_path: Path, keys: Keys, other_keys: Keys, data: Path, bundled: Path, case: str
) -> None:
    before = _installed_v1(tmp_path, keys, data, bundled)
    docs_before = _ids(data, bundled)
    bad = tmp_path / "bad.accordpack"
    members = {"content/ok.md": GOOD}
    kw: dict = {"pack_id": "national", "version": "9.0.0"}
    if case == "dotdot":
        forge(bad, keys, {**members, "content/../../evil.md": GOOD}, **kw)
    elif case == "absolute":
        forge(bad, keys, {**members, "/tmp/evil.md": GOOD}, **kw)
    elif case == "drive":
        forge(bad, keys, {**members, "C:/evil.md": GOOD}, **kw)
    elif case == "symlink":
        forge(bad, keys, {"content/link.md": b"/etc/passwd"}, **kw)
        from tests.core.test_pack_verify import _rewrite_attr

        bad.write_bytes(_rewrite_attr(bad.read_bytes(), b"content/link.md", 0o120777 << 16))
    elif case == "truncated":
        forge(bad, keys, members, **kw)
        bad.write_bytes(bad.read_bytes()[:-30])
    elif case == "unknown-key":
        forge(bad, other_keys, members, **kw)
    elif case == "extra-file":
        forge(bad, keys, {**members, "content/x.md": GOOD}, listed={"ok.md": GOOD}, **kw)
    elif case == "missing-file":
        forge(bad, keys, members, listed={"ok.md": GOOD, "gone.md": GOOD}, **kw)
    elif case == "changed-byte":
        forge(bad, keys, members, tweak=lambda n, d: d.replace(b"Fine", b"Fire"), **kw)
    elif case == "newer-app":
        forge(bad, keys, members, min_app_version="99.0.0", **kw)
    elif case == "not-a-zip":
        bad.write_bytes(b"this is a text file, not a pack\n" * 10)
    elif case == "missing-file-on-disk":
        bad = tmp_path / "nowhere.accordpack"
    with pytest.raises(PackError) as info:
        _install(bad, data, keys, bundled)
    assert bad.name in info.value.message or "nothing was" in info.value.message
    assert snapshot(data) == before
    assert _ids(data, bundled) == docs_before
    assert not [p for p in packs_root(data).iterdir() if p.name.startswith(".staging")]


def test_cancel_before_switch_changes_nothing(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    before = _installed_v1(tmp_path, keys, data, bundled)
    lib = make_library(tmp_path / "lib2", 20)
    pack = build(lib, keys, tmp_path / "v2.accordpack", pack_id="national", version="2.0.0")
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 400  # cancel during extraction

    stages: list[str] = []
    with pytest.raises(PackCancelled):
        _install(pack, data, keys, bundled, progress=progress, stage=stages.append)
    assert snapshot(data) == before
    assert stages[:2] == ["Copying the pack", "Checking the signature and every file"]
    assert calls == sorted(calls)


def test_recover_removes_leftovers_of_interrupted_install(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    before = _installed_v1(tmp_path, keys, data, bundled)
    root = packs_root(data)
    (root / ".staging-abc" / "version" / "content").mkdir(parents=True)
    (root / ".staging-abc" / "incoming.accordpack").write_bytes(b"partial")
    (root / "national" / "9.9.9-deadbeef" / "content").mkdir(parents=True)
    (root / "national" / ".state.json.123.tmp").write_text("{")
    (root / "half-installed" / "1.0.0-abc" / "content").mkdir(parents=True)
    removed = recover(data)
    assert ".staging-abc" in removed and "half-installed" in removed
    assert "national/9.9.9-deadbeef" in removed
    assert snapshot(data) == before
    assert recover(data) == []


def test_recover_skips_while_an_install_holds_the_lock(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    from desktop.core.packs.lock import PacksLock

    _installed_v1(tmp_path, keys, data, bundled)
    staging = packs_root(data) / ".staging-running"
    staging.mkdir()
    with PacksLock(packs_root(data)):
        assert recover(data) == []
        assert staging.exists()
        with pytest.raises(PackError, match="another pack install"):
            _install(tmp_path / "v1.accordpack", data, keys, bundled)
    assert ".staging-running" in recover(data)


# --- peer distribution --------------------------------------------------------------------


def test_export_then_install_folder_on_another_laptop(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    lib = make_library(tmp_path / "lib", 5)
    v1 = build(lib, keys, tmp_path / "v1.accordpack", pack_id="national", version="1.0.0")
    make_library(lib, 5, word="omega")
    d2 = build(lib, keys, tmp_path / "d2.accordpack", pack_id="national", version="1.1.0", base=v1)
    other = build(
        make_library(tmp_path / "o", 1, prefix="o"),
        keys,
        tmp_path / "o.accordpack",
        pack_id="other",
    )
    _install(v1, data, keys, bundled)
    _install(d2, data, keys, bundled)
    _install(other, data, keys, bundled)
    usb = tmp_path / "usb"
    written = export_packs(data, usb)
    assert sorted(p.name for p in written) == [
        "national-1.0.0.accordpack",
        "national-1.1.0-delta-from-1.0.0.accordpack",
        "other-1.0.0.accordpack",
    ]
    assert (usb / "README-accord-packs.txt").is_file()
    laptop = tmp_path / "laptop"
    (usb / "junk.accordpack").write_bytes(b"not a pack")
    results, notes, errors = install_folder(
        usb, laptop, bundled=bundled, trusted=keys.trusted, update_index=False
    )
    assert errors == []
    assert any(n.startswith("junk.accordpack: skipped") for n in notes)
    assert [(r.pack_id, r.version) for r in results] == [
        ("national", "1.0.0"),
        ("national", "1.1.0"),
        ("other", "1.0.0"),
    ]
    assert _ids(laptop, bundled) == _ids(data, bundled)
    results, notes, errors = install_folder(
        usb, laptop, bundled=bundled, trusted=keys.trusted, update_index=False
    )
    assert results == [] and errors == [] and len(notes) == 3


def test_refresh_index_adopts_nothing_unverified_and_rebuilds_missing_index(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    _installed_v1(tmp_path, keys, data, bundled)
    report = refresh_index(data, bundled)
    assert report.rebuilt and report.added == 3 + 3
    assert refresh_index(data, bundled).added == 0


def test_prebuilt_index_is_adopted_for_a_sole_core_pack(
    tmp_path: Path, keys: Keys, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = make_library(tmp_path / "lib", 3, word="xylophone")
    pack = build(lib, keys, tmp_path / "p.accordpack", with_index=True)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the records shipped with the index should have been used")

    import desktop.core.packs.install as packs_install

    monkeypatch.setattr(packs_install, "parse_records", no_parsing)
    result = _install(pack, data, keys, None, update_index=True)
    monkeypatch.undo()
    assert len(result.changes.added) == 4
    # The shipped index already holds every document: nothing left to index.
    assert result.index is not None and not result.index.rebuilt
    assert result.index.added == 0 and result.index.updated == 0
    from desktop.core.storage import paths

    assert (paths.index_dir(data) / "index.json").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert len(_search(data, empty, "xylophone")) == 3


def test_tampered_byte_anywhere_makes_install_fail(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    """Done when: a tampered byte anywhere makes the install fail with a clear reason."""
    before = _installed_v1(tmp_path, keys, data, bundled)
    lib = make_library(tmp_path / "lib2", 6, word="tampered")
    good = build(lib, keys, tmp_path / "v2.accordpack", pack_id="national", version="2.0.0")
    original = good.read_bytes()
    rng = random.Random(3)
    bad = tmp_path / "bad.accordpack"
    for offset in [0, len(original) - 1, *rng.sample(range(len(original)), 30)]:
        data_bytes = bytearray(original)
        data_bytes[offset] ^= 0x04
        bad.write_bytes(bytes(data_bytes))
        with pytest.raises(PackError) as info:
            _install(bad, data, keys, bundled)
        assert "bad.accordpack" in info.value.message, info.value.message
        assert snapshot(data) == before


def test_library_chosen_with_library_option_is_not_replaced_by_core_pack(
    tmp_path: Path, keys: Keys, data: Path, bundled: Path
) -> None:
    core = build(make_library(tmp_path / "lib", 2), keys, tmp_path / "c.accordpack")
    other = build(
        make_library(tmp_path / "o", 1, prefix="o"),
        keys,
        tmp_path / "o.accordpack",
        pack_id="other",
    )
    _install(core, data, keys, bundled)
    _install(other, data, keys, bundled)
    lib_set = load_library_set(bundled, data, installed_core=False)
    ids = {d.id: d.pack for d in lib_set.library.documents.values()}
    assert ids["guides/bundled-0"] == "core" and "docs/doc-0000" not in ids
    assert ids["o/doc-0000"] == "other"
    doc = lib_set.library.get("o/doc-0000")
    assert doc is not None and lib_set.file_of(doc).is_file()
