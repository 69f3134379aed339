"""Content packs in the window: install (menu, drag and drop), what changed, the packs
dialog (roll back, remove, export, trusted keys), errors in plain words, cancel.

Packs are built with the core build API and a key made here, trusted explicitly.
"""

from __future__ import annotations

import os
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QPushButton

from desktop.core.packs.build import build_pack
from desktop.core.packs.keys import add_trusted_key, generate_keypair
from desktop.core.packs.store import installed_pack, installed_packs, packs_root
from desktop.ui.shell.main_window import MainWindow

PACK = "national-ke"

CHECKLIST = """\
---
title: Kenya inspection readiness
type: checklist
version: {version}
sections:
  - id: gov
    title: Governance
    component: governance
    items:
      - id: GOV-1
        ask: Is there a body with a legal mandate to inspect AI systems?
{extra}
---
# Kenya inspection readiness
"""

EXTRA_ITEM = """\
      - id: GOV-2
        ask: Does the inspectorate publish its findings every year?
"""


def _doc(title: str, body: str, doc_type: str = "guide") -> str:
    return textwrap.dedent(
        f"""\
        ---
        title: {title}
        type: {doc_type}
        summary: {title} for the national governance inspectorate.
        components: [governance]
        ---
        # {title}

        {body}
        """
    )


def write_pack_library(root: Path, version: str) -> Path:
    """The national pack's library: 1.0.0 has three documents; 1.1.0 updates two (the
    checklist gains a question), adds one and removes one."""
    newer = version != "1.0.0"
    files = {
        "national/ke-inspection.md": _doc(
            "Kenyan inspection guide",
            "Kenyan inspection procedures for AI governance."
            + (" Updated with the 2026 procedures." if newer else ""),
        ),
        "national/ke-checklist.md": CHECKLIST.format(
            version=version, extra=EXTRA_ITEM.rstrip("\n") if newer else ""
        ),
    }
    if newer:
        files["national/ke-complaints.md"] = _doc(
            "Kenyan complaints route", "How people file a governance complaint about AI."
        )
    else:
        files["national/ke-register.md"] = _doc(
            "Kenyan AI register", "The national governance register of AI systems."
        )
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


class Publisher:
    """A signing key and a way to build versions of the national pack with it."""

    def __init__(self, folder: Path, name: str = "publisher") -> None:
        self.folder = folder
        self.key = folder / f"{name}.key"
        self.public = generate_keypair(self.key, "Kenya test publisher")
        self.pub_file = Path(f"{self.key}.pub")

    def build(self, version: str, pack_id: str = PACK) -> Path:
        library = write_pack_library(self.folder / f"lib-{pack_id}-{version}", version)
        out = self.folder / f"{pack_id}-{version}.accordpack"
        if not out.exists():
            build_pack(library, self.key, pack_id, version, out, title="Kenya national pack")
        return out


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    return Publisher(tmp_path / "publisher")


@pytest.fixture
def trusted(publisher: Publisher, data_dir: Path) -> Publisher:
    """The publisher's key, trusted explicitly in the data folder."""
    add_trusted_key(data_dir, publisher.public)
    return publisher


def shot(widget, name: str) -> None:
    folder = os.environ.get("ACCORD_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def click_accept(qtbot, box) -> None:
    button = box.property("acceptButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_reloaded(qtbot, window: MainWindow, ready: Callable[[object], bool]) -> None:
    """Wait for the library reload after a change, and for the index update after it."""
    qtbot.waitUntil(lambda: window.library is not None and ready(window.library), timeout=15_000)
    qtbot.waitUntil(
        lambda: window.index_task is not None and window.index_task.is_done, timeout=30_000
    )
    qtbot.waitUntil(lambda: window.controller.ready, timeout=10_000)


def install_via_menu(qtbot, window: MainWindow, path: Path) -> None:
    window.installer.choose_file = lambda: path  # type: ignore[method-assign]
    assert window.action_install_pack.shortcut().toString() == "Ctrl+O"
    window.action_install_pack.trigger()


def search(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    model = window.search_page.results_model
    qtbot.waitUntil(lambda: model.query == text, timeout=10_000)


# --- install -------------------------------------------------------------------------------------


def test_install_from_the_file_menu_shows_what_changed_and_search_spans_the_packs(
    qtbot, qtmodeltester, make_window, trusted: Publisher, data_dir: Path
) -> None:
    window = make_window()
    docs_before = set(window.library.documents)
    assert [p.id for p in window.packs] == ["core"]

    install_via_menu(qtbot, window, trusted.build("1.0.0"))
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    dialog = window.installer.changes_dialog
    assert dialog.isVisible()
    assert "“national-ke” 1.0.0 was installed" in dialog.summary.text()
    assert dialog.model.total() == 3
    qtmodeltester.check(dialog.model)
    wait_reloaded(qtbot, window, lambda lib: "national/ke-inspection" in lib.documents)
    assert set(window.library.documents) == docs_before | {
        "national/ke-inspection",
        "national/ke-checklist",
        "national/ke-register",
    }
    assert [p.id for p in window.packs] == ["core", PACK]
    assert window.library.get("national/ke-inspection").pack == PACK
    # "Open document" goes to the reader.
    view = dialog.view
    group = dialog.model.index(0, 0)
    view.setCurrentIndex(dialog.model.index(0, 0, group))
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.reader.current_doc is not None and window.reader.current_doc.pack == PACK,
        timeout=10_000,
    )
    assert window.stack.currentWidget() is window.reader

    # Search spans both packs and offers a pack filter.
    search(qtbot, window, "governance")
    page = window.search_page
    qtbot.waitUntil(lambda: "pack" in page.facets_model.fields(), timeout=10_000)
    packs = page.facets_model.values("pack")
    assert set(packs) == {"core", PACK}
    latest = window.controller.latest_id
    page.facets_model.set_selected("pack", PACK, True)
    qtbot.waitUntil(lambda: page.results_model.query_id > latest, timeout=10_000)
    assert page.results_model.doc_ids()
    assert all(d.startswith("national/") for d in page.results_model.doc_ids())


def test_an_update_lists_new_updated_removed_and_what_it_means_for_drafts(
    qtbot, make_window, trusted: Publisher, data_dir: Path
) -> None:
    from desktop.core.packs.install import install_pack

    install_pack(trusted.build("1.0.0"), data_dir, update_index=False)
    window = make_window()
    assert "national/ke-register" in window.library.documents

    install_via_menu(qtbot, window, trusted.build("1.1.0"))
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    dialog = window.installer.changes_dialog
    text = dialog.summary.text()
    assert "updated from version 1.0.0 to 1.1.0" in text
    assert "1 new, 2 updated, 1 removed" in text
    kinds = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert kinds == ["New documents (1)", "Updated documents (2)", "Removed documents (1)"]
    assert len(dialog.checklist_labels) == 1
    note = dialog.checklist_labels[0].text()
    assert "Kenya inspection readiness" in note and "1 new question(s) to answer" in note
    assert "GOV-2" in note
    shot(dialog, "what-changed.png")
    wait_reloaded(qtbot, window, lambda lib: "national/ke-complaints" in lib.documents)
    assert "national/ke-register" not in window.library.documents
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.installer.changes_dialog is None)


def test_an_older_version_asks_install_anyway(
    qtbot, make_window, trusted: Publisher, data_dir: Path
) -> None:
    from desktop.core.packs.install import install_pack

    newer, older = trusted.build("1.1.0"), trusted.build("1.0.0")
    install_pack(newer, data_dir, update_index=False)
    window = make_window()

    # Cancel (the default): nothing changes.
    install_via_menu(qtbot, window, older)
    qtbot.waitUntil(lambda: window.installer.prompt is not None, timeout=10_000)
    box = window.installer.prompt
    assert box.objectName() == "olderPackPrompt"
    assert "older than the installed version 1.1.0" in box.text()
    assert "undo later corrections" in box.informativeText()
    assert box.defaultButton().text().replace("&", "") == "Cancel"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.installer.busy)
    assert installed_pack(data_dir, PACK).version == "1.1.0"

    # Install anyway: the older version, with its warning in "What changed".
    install_via_menu(qtbot, window, older)
    qtbot.waitUntil(lambda: window.installer.prompt is not None, timeout=10_000)
    click_accept(qtbot, window.installer.prompt)
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    dialog = window.installer.changes_dialog
    assert "returned to the older version 1.0.0 (was 1.1.0)" in dialog.summary.text()
    assert "older version 1.0.0" in dialog.remarks_label.text()
    assert "--force" not in dialog.remarks_label.text()
    assert installed_pack(data_dir, PACK).version == "1.0.0"
    wait_reloaded(qtbot, window, lambda lib: "national/ke-register" in lib.documents)


def test_cancel_before_the_switch_leaves_everything_unchanged(
    qtbot, make_window, trusted: Publisher, data_dir: Path, monkeypatch
) -> None:
    import desktop.core.packs.install as packs_install
    from desktop.core.packs.install import install_pack

    install_pack(trusted.build("1.0.0"), data_dir, update_index=False)
    before = installed_pack(data_dir, PACK)
    window = make_window()
    docs_before = set(window.library.documents)

    gate = threading.Event()
    real_verify = packs_install.verify_pack

    def slow_verify(*args, **kwargs):
        gate.wait(20)
        return real_verify(*args, **kwargs)

    monkeypatch.setattr(packs_install, "verify_pack", slow_verify)
    install_via_menu(qtbot, window, trusted.build("1.1.0"))
    qtbot.waitUntil(
        lambda: window.installer.progress is not None and window.installer.progress.isVisible(),
        timeout=10_000,
    )
    progress = window.installer.progress
    assert progress.labelText()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text().replace("&", "") == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not window.installer.busy, timeout=20_000)
    assert window.installer.changes_dialog is None
    assert "cancelled; nothing was changed" in window.statusBar().currentMessage()
    after = installed_pack(data_dir, PACK)
    assert (after.version, after.folder) == (before.version, before.folder)
    assert not [p for p in packs_root(data_dir).iterdir() if p.name.startswith(".staging")]
    assert set(window.library.documents) == docs_before


def test_an_untrusted_pack_is_refused_in_plain_words(
    qtbot, make_window, publisher: Publisher, data_dir: Path
) -> None:
    window = make_window()
    docs_before = set(window.library.documents)
    install_via_menu(qtbot, window, publisher.build("1.0.0"))  # key not trusted
    qtbot.waitUntil(lambda: window.installer.prompt is not None, timeout=20_000)
    box = window.installer.prompt
    assert box.objectName() == "packErrorBox"
    assert "national-ke-1.0.0.accordpack was not installed" in box.text()
    details = box.informativeText()
    assert "signed by an unknown key" in details
    assert "Trusted keys in File → Content packs" in details
    assert "accord pack" not in details and "--trust" not in details
    assert "Your library was not changed." in details
    assert box.property("acceptButton") is None  # nothing to force
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.installer.busy)
    assert installed_packs(data_dir) == []
    assert set(window.library.documents) == docs_before


def test_a_damaged_pack_is_refused_and_the_library_is_untouched(
    qtbot, make_window, trusted: Publisher, data_dir: Path, tmp_path: Path
) -> None:
    good = trusted.build("1.0.0")
    bad = tmp_path / "damaged.accordpack"
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad.write_bytes(bytes(data))
    window = make_window()
    install_via_menu(qtbot, window, bad)
    qtbot.waitUntil(lambda: window.installer.prompt is not None, timeout=20_000)
    box = window.installer.prompt
    assert box.objectName() == "packErrorBox"
    assert "damaged.accordpack" in box.informativeText() or "damaged" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.installer.busy)
    assert installed_packs(data_dir) == []


def test_same_version_with_other_content_offers_install_anyway(
    qtbot, make_window, trusted: Publisher, data_dir: Path, tmp_path: Path
) -> None:
    from desktop.core.packs.install import install_pack

    install_pack(trusted.build("1.0.0"), data_dir, update_index=False)
    other_lib = write_pack_library(tmp_path / "other", "1.0.0")
    (other_lib / "national" / "ke-extra.md").write_text(
        _doc("Kenyan extra note", "Governance extra."), encoding="utf-8"
    )
    other = tmp_path / "other.accordpack"
    build_pack(other_lib, trusted.key, PACK, "1.0.0", other, title="Kenya national pack")
    window = make_window()
    install_via_menu(qtbot, window, other)
    qtbot.waitUntil(lambda: window.installer.prompt is not None, timeout=20_000)
    box = window.installer.prompt
    assert "same version 1.0.0" in box.informativeText()
    assert "“Install anyway”" in box.informativeText()
    click_accept(qtbot, box)
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    assert "installed again" in window.installer.changes_dialog.summary.text()
    wait_reloaded(qtbot, window, lambda lib: "national/ke-extra" in lib.documents)


# --- drag and drop -------------------------------------------------------------------------------


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_pack_file_or_a_folder_installs(
    qtbot, make_window, trusted: Publisher, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a pack", encoding="utf-8")
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction

    # The events do not own their mime data: keep it alive while they are used.
    text_mime = _mime(text_file)
    refused = QDragEnterEvent(QPoint(50, 50), action, text_mime, buttons, mods)
    refused.setAccepted(False)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()

    pack = trusted.build("1.0.0")
    pack_mime = _mime(pack)
    enter = QDragEnterEvent(QPoint(50, 50), action, pack_mime, buttons, mods)
    enter.setAccepted(False)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(50, 50), action, pack_mime, buttons, mods))
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    window.installer.changes_dialog.close()
    wait_reloaded(qtbot, window, lambda lib: "national/ke-register" in lib.documents)

    # A trainer's folder with both versions: the newer one installs.
    usb = tmp_path / "usb"
    usb.mkdir()
    for version in ("1.0.0", "1.1.0"):
        path = trusted.build(version)
        (usb / path.name).write_bytes(path.read_bytes())
    usb_mime = _mime(usb)
    window.dropEvent(QDropEvent(QPointF(50, 50), action, usb_mime, buttons, mods))
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    assert "updated from version 1.0.0 to 1.1.0" in window.installer.changes_dialog.summary.text()
    assert installed_pack(data_dir, PACK).version == "1.1.0"
    wait_reloaded(qtbot, window, lambda lib: "national/ke-complaints" in lib.documents)


# --- the packs dialog ----------------------------------------------------------------------------


def test_packs_dialog_roll_back_export_and_remove(
    qtbot, qtmodeltester, make_window, trusted: Publisher, data_dir: Path, tmp_path: Path
) -> None:
    from desktop.core.packs.install import install_pack

    install_pack(trusted.build("1.0.0"), data_dir, update_index=False)
    install_pack(trusted.build("1.1.0"), data_dir, update_index=False)
    window = make_window()
    window.action_packs.trigger()
    dialog = window.packs_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert cells[0][:4] == ["core", "Library bundled with Accord", "—", "3"]
    assert cells[1][:5] == [PACK, "Kenya national pack", "1.1.0", "3", "1.0.0"]
    assert dialog.selected().id == PACK  # the first installed pack is selected
    assert dialog.rollback_button.isEnabled() and dialog.remove_button.isEnabled()
    shot(dialog, "packs-dialog.png")

    # The bundled row cannot be removed or rolled back.
    dialog.table.selectRow(0)
    assert not dialog.rollback_button.isEnabled() and not dialog.remove_button.isEnabled()
    dialog.table.selectRow(1)

    # Roll back: asks, then the What changed dialog; the library reloads.
    qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    box = dialog.prompt
    assert box.objectName() == "rollbackPrompt"
    assert "from version 1.1.0 to version 1.0.0" in box.text()
    click_accept(qtbot, box)
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    changes = window.installer.changes_dialog
    assert "rolled back from version 1.1.0 to 1.0.0" in changes.summary.text()
    changes.close()
    assert installed_pack(data_dir, PACK).version == "1.0.0"
    qtbot.waitUntil(lambda: model.index(1, 2).data() == "1.0.0", timeout=10_000)
    assert model.index(1, 4).data() == "1.1.0"
    wait_reloaded(qtbot, window, lambda lib: "national/ke-register" in lib.documents)

    # Export to a folder (a USB stick) for other laptops.
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.choose_export_folder = lambda: usb  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Copied" in dialog.status.text(), timeout=10_000)
    assert sorted(p.name for p in usb.glob("*.accordpack")) == [f"{PACK}-1.0.0.accordpack"]
    assert (usb / "README-accord-packs.txt").is_file()

    # Remove: asks (with the Delete key too), then the documents leave.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    box = dialog.prompt
    assert box.objectName() == "removePrompt"
    assert "Its 3 documents leave the library." in box.informativeText()
    click_accept(qtbot, box)
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    assert "was removed" in window.installer.changes_dialog.summary.text()
    window.installer.changes_dialog.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert installed_packs(data_dir) == []
    wait_reloaded(qtbot, window, lambda lib: "national/ke-register" not in lib.documents)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.packs_dialog is None)


def test_trusted_keys_add_with_a_warning_then_install(
    qtbot, qtmodeltester, make_window, publisher: Publisher, data_dir: Path
) -> None:
    window = make_window()
    window.action_packs.trigger()
    dialog = window.packs_dialog
    qtbot.mouseClick(dialog.keys_button, Qt.MouseButton.LeftButton)
    keys = dialog.keys_dialog
    assert keys is not None and keys.isVisible()
    qtbot.waitUntil(lambda: keys.model.rowCount() >= 1, timeout=10_000)
    qtmodeltester.check(keys.model)
    shipped = keys.model.rowCount()
    assert all(r.source == "bundled" for r in keys.model.rows())
    assert not keys.remove_button.isEnabled()  # shipped keys cannot be removed

    keys.choose_key_file = lambda: publisher.pub_file  # type: ignore[method-assign]
    qtbot.mouseClick(keys.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: keys.prompt is not None, timeout=10_000)
    box = keys.prompt
    assert box.objectName() == "trustKeyPrompt"
    assert publisher.public.key_id in box.text() and "Kenya test publisher" in box.text()
    assert box.informativeText().startswith("Warning:")
    assert box.defaultButton() is not box.property("acceptButton")  # Cancel is the default
    click_accept(qtbot, box)
    qtbot.waitUntil(lambda: keys.model.rowCount() == shipped + 1, timeout=10_000)
    added = [r for r in keys.model.rows() if r.source == "user"]
    assert [r.key_id for r in added] == [publisher.public.key_id]
    keys.close()

    # Now the publisher's pack installs.
    install_via_menu(qtbot, window, publisher.build("1.0.0"))
    qtbot.waitUntil(lambda: window.installer.changes_dialog is not None, timeout=20_000)
    window.installer.changes_dialog.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    wait_reloaded(qtbot, window, lambda lib: "national/ke-register" in lib.documents)

    # And the key can be forgotten again.
    qtbot.mouseClick(dialog.keys_button, Qt.MouseButton.LeftButton)
    keys = dialog.keys_dialog
    qtbot.waitUntil(lambda: keys.model.rowCount() == shipped + 1, timeout=10_000)
    row = next(n for n, r in enumerate(keys.model.rows()) if r.source == "user")
    keys.table.selectRow(row)
    qtbot.mouseClick(keys.remove_button, Qt.MouseButton.LeftButton)
    click_accept(qtbot, keys.prompt)
    qtbot.waitUntil(lambda: keys.model.rowCount() == shipped, timeout=10_000)
    keys.close()
    dialog.close()


def test_what_changed_model_and_messages_without_a_window(qtbot, qtmodeltester) -> None:
    from desktop.core.packs.changes import ChecklistChange, DocumentChange, PackChanges
    from desktop.core.packs.result import InstallResult
    from desktop.core.packs.rollback import not_installed
    from desktop.ui.packs.messages import app_message, plain_message
    from desktop.ui.packs.what_changed import WhatChangedDialog

    changes = PackChanges(
        added=[DocumentChange("a/new", "New one", "guide", "a/new.md")],
        removed=[DocumentChange("a/old", "Old one", "guide", "a/old.md")],
        checklists=[ChecklistChange("c/x", "X", "1.0.0", "", removed_checklist=True)],
    )
    results = [
        InstallResult("one", "2.0.0", "1.0.0", "updated", changes=changes),
        InstallResult("two", "1.0.0", None, "installed"),
    ]
    dialog = WhatChangedDialog(results, ["two: already up to date (1.0.0)"], ["bad.accordpack: x"])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    child = dialog.model.index(0, 0, dialog.model.index(0, 0))
    assert child.data() == "New one  [one]"  # two packs: each document names its pack
    removed = dialog.model.index(0, 0, dialog.model.index(1, 0))
    dialog.view.setCurrentIndex(removed)
    assert not dialog.open_button.isEnabled()  # a removed document cannot be opened
    assert "no longer in the library" in dialog.checklist_labels[0].text()
    assert "Not installed: bad.accordpack: x." in dialog.remarks_label.text()
    # Core messages carry no command-line hint ("see 'accord pack list'") to strip: the
    # app shows the sentence as it is, finished, with its own hint by code where it has one.
    assert plain_message("see it") == "See it."
    assert app_message(not_installed("x")) == "The pack 'x' is not installed."


# --- every string through Qt's translation ---------------------------------------------------


def _untranslated(widget) -> list[str]:
    """Visible UI strings and accessible names of ``widget`` that bypassed tr()."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    data = ("checklistNote", "changesRemarks")  # the core's sentences and titles: data
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.objectName() in data:
            continue
        texts = [child.accessibleName(), child.windowTitle() if child is widget else ""]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText() if "⟦" in child.placeholderText() else "")
        for text in texts:
            if text and any(c.isalpha() for c in text) and "⟦" not in text:
                found.append(f"{type(child).__name__} {child.objectName()}: {text}")
    return found


def test_pack_and_sync_dialogs_translate_every_string(
    qtbot, make_window, trusted: Publisher, data_dir: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.core.packs.install import install_pack
    from desktop.ui.packs.keys_dialog import TrustedKeysDialog
    from desktop.ui.packs.what_changed import WhatChangedDialog
    from desktop.ui.sync.ui import EnrollDialog, ProxyDialog
    from tests.ui.test_app import PseudoTranslator

    install_pack(trusted.build("1.0.0"), data_dir, update_index=False)
    result = install_pack(trusted.build("1.1.0"), data_dir, update_index=False)
    window = make_window()
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window.action_packs.trigger()
        packs = window.packs_dialog
        qtbot.waitUntil(lambda: packs.model.rowCount() == 2, timeout=10_000)
        keys = TrustedKeysDialog(window.installer, window)
        changes = WhatChangedDialog([result], ["a note"], [], window)
        enroll = EnrollDialog(window.sync, window)
        proxy = ProxyDialog(window.sync, window)
        for dialog in (keys, changes, enroll, proxy):
            qtbot.addWidget(dialog)
        found = []
        for dialog in (packs, keys, changes, enroll, proxy):
            found += _untranslated(dialog)
        # Table headers too.
        for model in (packs.model, keys.model, changes.model):
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if header and "⟦" not in header:
                    found.append(f"header: {header}")
        assert found == []
        packs.close()
    finally:
        QCoreApplication.removeTranslator(translator)
