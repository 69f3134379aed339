"""The runner: start, keyboard answers, skip logic, saving, reopening, completing, faults."""

# Fixtures come from test_assessment_support; pytest resolves them by name.
# ruff: noqa: F401, F811

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.assessments.store import StoreError
from desktop.ui.assessment.complete_dialog import CompleteDialog
from desktop.ui.assessment.saver import NOTE_DEBOUNCE_MS, SaveState
from tests.ui.test_assessment_support import (
    break_checklist,
    create_assessment,
    fixture_library,
    make_panel,
    open_in_runner,
    press,
    stored_answers,
    stored_assessment,
    task_runner,
    wait_db,
    wait_saved,
    write_fixture_library,
)

# The completer's popup asks the offscreen platform for things it cannot do.
POPUP_WARNINGS = ("This plugin does not support raise", "does not support grabbing the keyboard")


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_start_dialog_creates_an_assessment_and_opens_the_runner(
    qtbot, make_panel, fixture_library
) -> None:
    panel = make_panel(fixture_library)
    dialog = panel.new_assessment()
    assert dialog is not None
    qtbot.keyClicks(dialog.institution, "Ministry of ICT")
    qtbot.keyClicks(dialog.country, "Kenya")
    qtbot.keyClicks(dialog.assessors, "Amina Otieno, Brian Wanjiru")
    assert "KE" in dialog.country_hint.text()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.runner.state is not None, timeout=10_000)
    a = panel.runner.state.assessment
    assert (a.institution, a.country, a.assessors) == (
        "Ministry of ICT",
        "KE",
        ("Amina Otieno", "Brian Wanjiru"),
    )
    assert panel.stack.currentWidget() is panel.runner
    assert panel.runner.current_id == "ETH-1"


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_start_dialog_keeps_the_typed_fields_when_the_country_is_unknown(
    qtbot, make_panel, fixture_library
) -> None:
    panel = make_panel(fixture_library)
    dialog = panel.new_assessment()
    qtbot.keyClicks(dialog.institution, "Ministry of ICT")
    qtbot.keyClicks(dialog.country, "Narnia")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "country" in dialog.error.text().lower()
    assert dialog.institution.text() == "Ministry of ICT"


def test_keyboard_answers_skip_logic_and_navigation(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    assert runner.current_id == "ETH-1"
    assert "ETH-2" not in runner.visible_ids()  # hidden until ETH-1 is yes or partly

    press(qtbot, runner, Qt.Key.Key_1)  # yes
    assert runner.values()["ETH-1"] == "yes"
    assert "ETH-2" in runner.visible_ids()  # shown live, before the save returned
    assert runner.navigator_model.index_of_item("ETH-2").isValid()

    press(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_id == "ETH-2"
    press(qtbot, runner, Qt.Key.Key_2)  # partly
    press(qtbot, runner, Qt.Key.Key_PageUp)
    assert runner.current_id == "ETH-1"

    press(qtbot, runner, Qt.Key.Key_3)  # no: ETH-2 disappears
    assert "ETH-2" not in runner.visible_ids()
    assert not runner.navigator_model.index_of_item("ETH-2").isValid()
    press(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_id == "ETH-3"  # the hidden question is skipped

    press(qtbot, runner, Qt.Key.Key_4)  # maturity level 4
    assert runner.values()["ETH-3"] == "4"
    # Not applicable asks for the reason (na_reason.py); cancelled, nothing changes.
    reasons = iter([None, "No consultation body exists yet"])
    runner.ask_na_reason = lambda item, note: next(reasons)  # type: ignore[method-assign]
    press(qtbot, runner, Qt.Key.Key_N)
    assert runner.values()["ETH-3"] == "4"
    assert runner.card.value() == "4"
    press(qtbot, runner, Qt.Key.Key_N)  # not applicable, with the reason as the note
    assert runner.values()["ETH-3"] == "na"
    assert runner.note_of("ETH-3") == "No consultation body exists yet"
    assert runner.card.note.toPlainText() == "No consultation body exists yet"
    assert runner.card.evidence_title.text() == "Why it does not apply"
    wait_saved(qtbot, runner)
    assert stored_answers(data_dir, aid)["ETH-3"] == ("na", "No consultation body exists yet")
    press(qtbot, runner, Qt.Key.Key_Delete)  # cleared
    assert "ETH-3" not in runner.values()

    press(qtbot, runner, Qt.Key.Key_PageDown)
    press(qtbot, runner, Qt.Key.Key_1)  # GOV-1 yes
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert runner.current_id == "ETH-3"  # first unanswered
    wait_saved(qtbot, runner)
    stored = stored_answers(data_dir, aid)
    assert stored["ETH-1"][0] == "no"
    assert stored["ETH-2"][0] == "partial"  # kept, though hidden now
    assert stored["ETH-3"][0] is None  # 4, then n/a, then cleared (the reason stays)
    assert stored["GOV-1"][0] == "yes"


def test_the_evidence_note_is_saved_as_you_type_and_navigation_keys_work_in_it(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is runner.card.note
    qtbot.keyClicks(runner.card.note, "Cabinet decision 12/2025")
    assert runner.saver.state in (SaveState.PENDING, SaveState.SAVING)
    assert runner.save_state.text() != "Saved ✓"
    wait_saved(qtbot, runner, timeout=NOTE_DEBOUNCE_MS + 2_000)
    assert runner.save_state.text() == "Saved ✓"
    assert stored_answers(data_dir, aid)["ETH-1"] == (None, "Cabinet decision 12/2025")
    # Page Down works from inside the note, and digits there are text, not answers.
    qtbot.keyClicks(runner.card.note, " 3")
    assert "ETH-1" not in runner.values()
    qtbot.keyClick(runner.card.note, Qt.Key.Key_PageDown)
    assert runner.current_id == "ETH-3"
    wait_saved(qtbot, runner)
    assert stored_answers(data_dir, aid)["ETH-1"][1] == "Cabinet decision 12/2025 3"


def test_saved_is_shown_only_after_the_commit_returns(qtbot, make_panel, fixture_library) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    store = panel.service.store_for_tests()
    release = threading.Event()
    original = store.save_answer

    def slow_save(*args, **kwargs):
        release.wait(5)
        return original(*args, **kwargs)

    store.save_answer = slow_save
    try:
        press(qtbot, runner, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: runner.saver.state == SaveState.SAVING)
        qtbot.wait(200)
        assert runner.save_state.text() == "Saving…"
        release.set()
        wait_saved(qtbot, runner)
        assert runner.save_state.text() == "Saved ✓"
    finally:
        release.set()
        store.save_answer = original


def test_close_and_reopen_restores_answers_and_position(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    press(qtbot, runner, Qt.Key.Key_2)  # ETH-1 partly
    press(qtbot, runner, Qt.Key.Key_PageDown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(runner.card.note, "Procurement circular 4/2024")
    press(qtbot, runner, Qt.Key.Key_PageDown)  # ETH-3: the place to come back to
    assert runner.current_id == "ETH-3"
    # Quit half-way: the panel flushes and the store closes after the queued writes.
    panel.close_store()
    wait_db(qtbot, panel.service.runner)
    panel.close()

    again = make_panel(fixture_library)
    runner2 = open_in_runner(qtbot, again, aid)
    assert runner2.current_id == "ETH-3"
    assert runner2.values() == {"ETH-1": "partial"}
    assert runner2.note_of("ETH-2") == "Procurement circular 4/2024"
    assert stored_assessment(data_dir, aid).position == "ETH-3"


def test_mark_complete_is_refused_below_the_minimum_and_offers_partial(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    press(qtbot, runner, Qt.Key.Key_3)  # ETH-1 no (closes ETH-2: it counts 0)
    press(qtbot, runner, Qt.Key.Key_PageDown)
    press(qtbot, runner, Qt.Key.Key_2)  # ETH-3 level 2
    seen: list[CompleteDialog] = []
    actions = iter(["goto", "partial-empty", "cancel", "complete"])

    def fake_dialog(check):
        dialog = CompleteDialog(check, runner)
        seen.append(dialog)
        action = next(actions)

        def run() -> None:
            if action == "partial-empty":
                # "Submit as partial…" asks for the reason; without one it cannot go.
                dialog.partial_button.click()
                assert dialog.asking_reason and not dialog.reason_edit.isHidden()
                assert not dialog.partial_button.isEnabled()
                dialog.reason_edit.setPlainText("  ")
                assert not dialog.partial_button.isEnabled()
                dialog._finish("cancel")
            else:
                dialog._finish(action)

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    runner.make_complete_dialog = fake_dialog  # type: ignore[method-assign]
    runner.mark_complete()
    first = seen[-1]
    # Governance has 0 of 2 answers: it cannot be marked complete, only submitted as
    # partial; what is missing is listed, ETH-2 (closed) is not.
    assert first.complete_button is None and first.partial_button is not None
    lines = [first.list.item(r).text() for r in range(first.list.count())]
    assert lines[0] == "Governance and regulatory compliance: coverage 0 % (0 of 2)"
    assert lines[1] == "— Questions still unanswered:"
    assert [line.split(" — ")[0] for line in lines[2:]] == ["GOV-1", "GOV-2"]
    assert runner.current_id == "GOV-1"  # "go to the first unanswered"
    runner.mark_complete()  # the reason is required
    runner.mark_complete()
    assert stored_assessment(data_dir, aid).status == "draft"
    press(qtbot, runner, Qt.Key.Key_1)  # GOV-1 yes
    press(qtbot, runner, Qt.Key.Key_PageDown)
    press(qtbot, runner, Qt.Key.Key_3)  # GOV-2 no
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    last = seen[-1]
    assert last.complete_button is not None and last.partial_button is None
    assert last.list.count() == 0  # nothing missing
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.results, timeout=10_000)
    qtbot.waitUntil(lambda: runner.state.assessment.is_complete)
    assert stored_assessment(data_dir, aid).completion == "complete"


def test_submitting_as_partial_keeps_the_reason(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    press(qtbot, runner, Qt.Key.Key_1)  # ETH-1 yes

    def fake_dialog(check):
        dialog = CompleteDialog(check, runner)

        def run() -> None:
            dialog.partial_button.click()
            qtbot.keyClicks(dialog.reason_edit, "the regulator did not take part")
            assert dialog.partial_button.isEnabled()
            qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter submits

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    runner.make_complete_dialog = fake_dialog  # type: ignore[method-assign]
    runner.mark_complete()
    qtbot.waitUntil(lambda: runner.state.assessment.is_complete, timeout=10_000)
    a = stored_assessment(data_dir, aid)
    assert (a.status, a.completion, a.partial_reason) == (
        "complete",
        "partial",
        "the regulator did not take part",
    )
    assert runner.status_chip.text().startswith("Partial")
    assert "Submitted as partial" in runner.notice.message.text()


def test_changing_a_completed_assessment_starts_a_new_revision(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)

    def answer_all_and_complete(store) -> None:
        for item_id, value in (("ETH-1", "no"), ("ETH-3", "1"), ("GOV-1", "no"), ("GOV-2", "no")):
            store.save_answer(aid, item_id, value)
        store.complete(aid, backup=False)

    task = panel.service.call(answer_all_and_complete, "complete", write=True)
    with qtbot.waitSignal(task.finished):
        pass
    runner = open_in_runner(qtbot, panel, aid)
    assert runner.status_chip.text().startswith("Complete")
    assert "revision 2" in runner.notice.message.text()
    press(qtbot, runner, Qt.Key.Key_1)
    wait_saved(qtbot, runner)
    qtbot.waitUntil(lambda: runner.state.assessment.revision == 2, timeout=5_000)
    assert runner.status_chip.text() == "Draft · revision 2"
    a = stored_assessment(data_dir, aid)
    assert (a.status, a.revision) == ("draft", 2)


def test_a_full_disk_keeps_the_typed_note_and_saves_after_retry(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    store = panel.service.store_for_tests()
    original = store.save_note

    def full(*_args, **_kwargs):
        raise StoreError(
            "Could not save the answer to ETH-1: the disk that holds the data folder is full.",
            "full",
            True,
        )

    store.save_note = full
    try:
        runner.card.note.setFocus()
        qtbot.keyClicks(runner.card.note, "Gazette notice 3211")
        qtbot.waitUntil(lambda: runner.saver.state == SaveState.FAILED, timeout=5_000)
        assert runner.save_state.text().startswith("Not saved")
        assert runner.retry_button.isVisible()
        assert runner.notice.isVisible() and "full" in runner.notice.message.text()
        assert runner.card.note.toPlainText() == "Gazette notice 3211"
        assert runner.saver.pending_note("ETH-1") == "Gazette notice 3211"
        # Moving on and back shows the text from the pending buffer, not the empty store.
        press(qtbot, runner, Qt.Key.Key_PageDown)
        press(qtbot, runner, Qt.Key.Key_PageUp)
        assert runner.card.note.toPlainText() == "Gazette notice 3211"
        assert "ETH-1" not in stored_answers(data_dir, aid)
    finally:
        store.save_note = original
    qtbot.mouseClick(runner.retry_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, runner)
    assert not runner.retry_button.isVisible()
    assert stored_answers(data_dir, aid)["ETH-1"] == (None, "Gazette notice 3211")


@pytest.fixture
def small_mount(tmp_path: Path):
    """A private tmpfs that can be remounted read-only (needs mount rights; else skip)."""
    import shutil
    import subprocess

    point = tmp_path / "mnt"
    point.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs privileges)")

    def remount(mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(point)], check=True)

    yield point, remount
    subprocess.run(["mount", "-o", "remount,rw", str(point)], check=False)
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_data_folder_keeps_answers_until_it_is_writable(
    qtbot, make_panel, fixture_library, small_mount
) -> None:
    point, remount = small_mount
    data = point / "data"
    data.mkdir()
    panel = make_panel(fixture_library, data)
    aid = create_assessment(qtbot, panel)
    panel.close_store()
    wait_db(qtbot, panel.service.runner)
    remount("ro")  # e.g. a write-protected USB stick

    ro = make_panel(fixture_library, data)
    assert ro.service.read_only
    assert "cannot be written" in ro.notice.message.text()
    runner = open_in_runner(qtbot, ro, aid)
    assert "cannot be written" in runner.notice.message.text()
    press(qtbot, runner, Qt.Key.Key_1)
    runner.card.note.setFocus()
    qtbot.keyClicks(runner.card.note, "Strategy 2025")
    qtbot.waitUntil(lambda: runner.saver.state == SaveState.FAILED, timeout=5_000)
    assert "read-only" in runner.saver.message
    assert runner.values()["ETH-1"] == "yes"
    assert runner.card.note.toPlainText() == "Strategy 2025"

    remount("rw")  # the folder is writable again: the retry saves what was typed
    runner.retry_save()
    wait_saved(qtbot, runner)
    assert not ro.service.read_only
    assert stored_answers(data, aid)["ETH-1"] == ("yes", "Strategy 2025")


def test_an_invalid_checklist_cannot_be_started_and_its_draft_opens_read_only(
    qtbot, make_panel, tmp_path: Path
) -> None:
    from desktop.core.library.documents import load_library

    root = write_fixture_library(tmp_path / "lib")
    panel = make_panel(load_library(root))
    aid = create_assessment(qtbot, panel)
    break_checklist(root)
    broken = load_library(root)
    panel.set_library(broken)

    dialog = panel.new_assessment()
    assert dialog.selected_checklist() is None
    assert not dialog.start_button.isEnabled()
    assert "fail" in dialog.checklist_problem.text()
    dialog.reject()

    runner = open_in_runner(qtbot, panel, aid)
    assert runner.read_only is not None
    assert runner.status_chip.text() == "Read-only"
    assert "fails validation" in runner.notice.message.text()
    assert all(not b.isEnabled() for b in runner.card.buttons.values())
    assert runner.card.note.isReadOnly()
    assert not runner.complete_button.isEnabled()
    press(qtbot, runner, Qt.Key.Key_1)
    assert "ETH-1" not in runner.values()
    press(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_id == "ETH-3"  # still readable, question by question


def test_a_draft_moves_to_a_newer_checklist_version(
    qtbot, make_panel, tmp_path: Path, data_dir: Path
) -> None:
    from desktop.core.library.documents import load_library

    root = write_fixture_library(tmp_path / "lib")
    panel = make_panel(load_library(root))
    aid = create_assessment(qtbot, panel)
    runner = open_in_runner(qtbot, panel, aid)
    press(qtbot, runner, Qt.Key.Key_1)
    for _ in range(3):
        press(qtbot, runner, Qt.Key.Key_PageDown)
    press(qtbot, runner, Qt.Key.Key_1)  # GOV-1
    press(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.current_id == "GOV-2"
    press(qtbot, runner, Qt.Key.Key_3)  # GOV-2, removed in version 2
    wait_saved(qtbot, runner)

    write_fixture_library(root, version="2.0.0", extra=True)
    checklist = root / "checklists" / "fixture.md"  # GOV-1 reworded: a new question
    checklist.write_text(
        checklist.read_text(encoding="utf-8").replace(
            "Is there a body with a legal mandate to oversee AI?",
            "Does a law in force give one body the mandate to oversee AI?",
        ),
        encoding="utf-8",
    )
    panel.set_library(load_library(root))
    assert "Version 2.0.0" in runner.notice.message.text()
    plans = []

    def fake_dialog(plan, checklist):
        from desktop.ui.assessment.migrate import MigrationDialog

        plans.append(plan)
        dialog = MigrationDialog(plan, checklist, panel)
        dialog.exec = lambda: MigrationDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    panel.make_migration_dialog = fake_dialog  # type: ignore[method-assign]
    runner.notice.buttons()[0].click()
    qtbot.waitUntil(
        lambda: runner.state is not None and runner.state.assessment.checklist_version == "2.0.0",
        timeout=10_000,
    )
    plan = plans[0]
    assert [a.item_id for a in plan.removed] == ["GOV-2"]
    assert plan.added == ("ETH-4",)
    assert runner.state.new_items == ("ETH-4",)
    index = runner.navigator_model.index_of_item("ETH-4")
    assert "(new)" in index.data()
    assert "no longer count" in runner.notice.message.text()
    assert [a.item_id for a in runner.state.removed_answers()] == ["GOV-2"]
    assert stored_answers(data_dir, aid)["GOV-2"][0] == "no"  # kept, never dropped
    # GOV-1 changed under its id: its old answer is cleared and it is flagged.
    assert [(a.item_id, a.value) for a in plan.changed] == [("GOV-1", "yes")]
    assert "answer them again" in runner.notice.message.text()
    assert "(changed: answer again)" in runner.navigator_model.index_of_item("GOV-1").data()
    runner.go_to("GOV-1")
    assert runner.card.changed_badge.isVisible() and runner.values().get("GOV-1") is None
    press(qtbot, runner, Qt.Key.Key_2)  # answered again: the flag goes
    assert runner.current_id == "GOV-1" and not runner.card.changed_badge.isVisible()
    assert "(changed" not in runner.navigator_model.index_of_item("GOV-1").data()


def test_leaving_an_assessment_while_saving_finishes_the_save_in_the_background(
    qtbot, make_panel, fixture_library, data_dir: Path
) -> None:
    panel = make_panel(fixture_library)
    first = create_assessment(qtbot, panel, institution="First")
    second = create_assessment(qtbot, panel, institution="Second")
    runner = open_in_runner(qtbot, panel, first)
    store = panel.service.store_for_tests()
    release = threading.Event()
    original = store.save_answer

    def slow_save(*args, **kwargs):
        release.wait(5)
        return original(*args, **kwargs)

    store.save_answer = slow_save
    try:
        press(qtbot, runner, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: runner.saver.state == SaveState.SAVING)
        panel.open_assessment(second)  # leave while the save is still running
        assert runner.has_unsaved()
        release.set()
        qtbot.waitUntil(
            lambda: runner.state is not None and runner.state.assessment.id == second,
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: not runner.has_unsaved(), timeout=10_000)
    finally:
        release.set()
        store.save_answer = original
    assert runner.values() == {}  # the first assessment's answer did not leak in
    assert stored_answers(data_dir, first)["ETH-1"][0] == "yes"


ECO = """\
---
title: Ecosystem readiness
type: checklist
version: 1.0.0
sections:
  - id: technical
    title: Technical
    component: robustness
    items:
      - id: TEC-1
        ask: What share of the population used the Internet in the latest year reported?
        scale: number
        unit: "%"
        bands: [35, 50, 65, 75]
        source: ITU DataHub, indicator "Individuals using the Internet"
      - id: TEC-2
        ask: Is there a national research and education network?
---
"""


def test_a_number_question_takes_a_figure_shows_its_level_and_refuses_nonsense(
    qtbot, make_panel, tmp_path: Path, data_dir: Path
) -> None:
    from desktop.core.library.documents import load_library

    root = write_fixture_library(tmp_path / "lib")
    (root / "checklists" / "eco.md").write_text(ECO, encoding="utf-8")
    panel = make_panel(load_library(root))
    aid = create_assessment(qtbot, panel, checklist_id="checklists/eco")
    runner = open_in_runner(qtbot, panel, aid)
    card = runner.card
    assert runner.current_id == "TEC-1" and card.number.isVisible()
    assert QApplication.focusWidget() is card.number.input  # type the figure at once
    assert card.number.unit.text() == "%"
    assert "2: 50% to under 65%" in card.number.bands.text()
    assert "higher is better" in card.number.bands.text()
    assert card.number.source.text().startswith("Source: ITU DataHub")
    assert set(card.buttons) == {"na"}  # the figure, or not applicable
    qtbot.keyClicks(card.number.input, "63,5")
    assert card.number.level.text() == "Level 2 of 4 (50% to under 65%)"
    qtbot.keyClick(card.number.input, Qt.Key.Key_Return)
    assert runner.values()["TEC-1"] == "63.5"
    wait_saved(qtbot, runner)
    assert stored_answers(data_dir, aid)["TEC-1"][0] == "63.5"
    # A figure outside 0–100 % is not saved; the field says why and keeps it.
    card.number.input.clear()
    qtbot.keyClicks(card.number.input, "635")
    assert "outside the possible range" in card.number.level.text()
    qtbot.keyClick(card.number.input, Qt.Key.Key_Return)
    assert runner.values()["TEC-1"] == "63.5" and card.number.input.text() == "635"
    assert runner.navigator_model.index_of_item("TEC-1").siblingAtColumn(1).data() == (
        "63.5% (level 2 of 4)"
    )
    # Not applicable, with its reason, from the button.
    runner.ask_na_reason = lambda item, note: "No survey was run"  # type: ignore[method-assign]
    card.buttons["na"].click()
    assert runner.values()["TEC-1"] == "na" and card.number.input.text() == ""
    wait_saved(qtbot, runner)
    assert stored_answers(data_dir, aid)["TEC-1"] == ("na", "No survey was run")
    if os.environ.get("ACCORD_SHOTS"):
        runner.grab().save(str(Path(os.environ["ACCORD_SHOTS"]) / "runner-number.png"))
