"""The assessment store: create, answer, history, revisions, checklist versions, details,
comparison and workshops — each test checks what is stored, read back through a fresh
connection where it matters."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from desktop.core.assessments.store import (
    AssessmentStore,
    CompletionRefusedError,
    InvalidInputError,
    MigrationRefusedError,
    NotFoundError,
    checklist_from_dict,
    checklist_to_dict,
)
from desktop.core.library.checklists import Checklist, Item, Section, ShowIf
from desktop.core.library.countries import all_countries, find_countries, normalise_country
from desktop.core.library.indicators import Indicator


def make_checklist(
    version: str = "1.0.0", extra: tuple[Item, ...] = (), drop: str = ""
) -> Checklist:
    items = [
        Item("ETH-1", "Principles?", "ethics", "ethics", weight=2, guidance="[[playbooks/p]]"),
        Item("ETH-2", "Used?", "ethics", "ethics", show_if=ShowIf("ETH-1", ("yes", "partial"))),
        Item("GOV-1", "Regulator?", "gov", "governance", scale="maturity-0-4"),
    ]
    items = [i for i in items if i.id != drop] + list(extra)
    ethics = tuple(i for i in items if i.section == "ethics")
    gov = tuple(i for i in items if i.section == "gov")
    sections = (
        Section("ethics", "Ethics", "ethics", ethics),
        Section("gov", "Gov", "governance", gov),
    )
    return Checklist(
        "checklists/demo",
        "Demo",
        version,
        "yes-partial-no",
        sections,
        f"hash-{version}-{drop}-{len(extra)}",
    )


@pytest.fixture
def store(tmp_path: Path):
    s = AssessmentStore.open(tmp_path / "accord.db")
    yield s
    s.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_create_stores_header_and_snapshot(store: AssessmentStore, tmp_path: Path) -> None:
    c = make_checklist()
    a = store.create(
        c, institution="  Ministry   of ICT ", country="ke", assessors=["Ann", " ", "Bo"]
    )
    assert a.status == "draft" and a.revision == 1
    assert (a.institution, a.country, a.assessors) == ("Ministry of ICT", "KE", ("Ann", "Bo"))
    assert a.country_name == "Kenya"
    assert (a.checklist_id, a.checklist_version, a.checklist_hash) == (
        c.id,
        "1.0.0",
        c.content_hash,
    )
    # The snapshot round-trips: the draft does not need the library any more.
    assert store.checklist(c.id, c.content_hash) == c
    assert checklist_from_dict(checklist_to_dict(c)) == c
    # A fresh store (new connection) reads the same.
    store.close()
    again = AssessmentStore.open(tmp_path / "accord.db")
    assert again.get(a.id) == a
    assert [x.id for x in again.list_assessments()] == [a.id]
    again.close()


@pytest.mark.parametrize(
    ("institution", "country", "fragment"),
    [
        ("", "KE", "institution name is empty"),
        ("X", "KEN", "did you mean KE (Kenya)"),
        ("X", "ZZ", "not an ISO 3166-1"),
    ],
)
def test_create_rejects_bad_details_and_stores_nothing(
    store: AssessmentStore, tmp_path: Path, institution: str, country: str, fragment: str
) -> None:
    before = dump(tmp_path / "accord.db")
    with pytest.raises(InvalidInputError) as err:
        store.create(make_checklist(), institution=institution, country=country)
    assert fragment in str(err.value)
    assert dump(tmp_path / "accord.db") == before


def test_save_answer_commits_before_returning(store: AssessmentStore, tmp_path: Path) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    result = store.save_answer(a.id, "ETH-1", " Yes ", note="Adopted 2024", by="Ann")
    assert (result.value, result.note, result.changed, result.applicable) == (
        "yes",
        "Adopted 2024",
        True,
        True,
    )
    assert not store.db.conn.in_transaction
    # Another connection sees it at once: it is committed, not pending.
    other = sqlite3.connect(tmp_path / "accord.db")
    row = other.execute(
        "SELECT value, note, answered_by FROM answers WHERE item_id='ETH-1'"
    ).fetchone()
    other.close()
    assert row == ("yes", "Adopted 2024", "Ann")


def test_answers_notes_clear_and_unchanged(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.save_note(a.id, "GOV-1", "typed before choosing", by="Ann")
    assert store.answers(a.id)["GOV-1"].value is None
    store.save_answer(a.id, "GOV-1", "3")
    assert store.answers(a.id)["GOV-1"].note == "typed before choosing"  # note=None keeps it
    assert store.save_answer(a.id, "GOV-1", "3").changed is False
    store.save_answer(a.id, "GOV-1", None)  # clear the value, keep the note
    answer = store.answers(a.id)["GOV-1"]
    assert (answer.value, answer.note) == (None, "typed before choosing")
    # Not applicable needs a reason (docs/scoring.md): refused without one, nothing kept.
    with pytest.raises(InvalidInputError) as refused:
        store.save_answer(a.id, "ETH-1", "N/A")
    assert refused.value.code == "assessment.na-needs-reason" and "ETH-1" in str(refused.value)
    assert "ETH-1" not in store.answers(a.id)
    assert store.save_answer(a.id, "ETH-1", "N/A", note="no AI policy here").value == "na"
    # A note stored earlier is the reason too.
    store.save_note(a.id, "ETH-2", "done by another ministry")
    assert store.save_answer(a.id, "ETH-2", "na").value == "na"


def test_hidden_item_answer_is_kept_but_flagged(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "no")
    result = store.save_answer(a.id, "ETH-2", "yes")
    assert result.applicable is False
    assert store.answers(a.id)["ETH-2"].value == "yes"
    assert store.score(a.id).components["ethics"].answered == 1


@pytest.mark.parametrize(
    ("item", "value", "error"),
    [
        ("ETH-1", "maybe", InvalidInputError),
        ("NOPE", "yes", InvalidInputError),
        ("GOV-1", "5", InvalidInputError),
        ("GOV-1", "partial", InvalidInputError),
    ],
)
def test_invalid_answer_changes_nothing(
    store: AssessmentStore, tmp_path: Path, item: str, value: str, error: type
) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "yes")
    before = dump(tmp_path / "accord.db")
    with pytest.raises(error) as err:
        store.save_answer(a.id, item, value)
    assert "use one of" in str(err.value) or "is not an item" in str(err.value)
    assert dump(tmp_path / "accord.db") == before


def test_unknown_id_and_prefixes(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    assert store.resolve_id(a.id[:6]) == a.id
    assert store.resolve_id(a.id.upper()) == a.id
    with pytest.raises(NotFoundError, match="no assessment with id 'ffffffff'") as unknown:
        store.resolve_id("ffffffff")
    # The hint "list them with: accord assessment list" is the command line's, by code
    # (tests/e2e/test_assessment_cli.py checks it is still printed).
    assert unknown.value.code == "assessment.not-found"
    assert "accord" not in str(unknown.value)
    with pytest.raises(NotFoundError):
        store.resolve_id(a.id[:3])  # too short to be a prefix
    with pytest.raises(NotFoundError):
        store.save_answer("no-such-id", "ETH-1", "yes")


def test_history_records_every_change_and_is_append_only(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE", by="Ann")
    store.save_answer(a.id, "ETH-1", "yes", by="Ann")
    store.save_answer(a.id, "ETH-1", "partial", note="n", by="Bo")
    store.save_answer(a.id, "ETH-1", "partial", note="n", by="Bo")  # unchanged: no row
    store.save_note(a.id, "ETH-1", "better note", by="Bo")
    history = store.history(a.id)
    assert [(h.action, h.item_id, h.value, h.by) for h in history] == [
        ("create", None, None, "Ann"),
        ("answer", "ETH-1", "yes", "Ann"),
        ("answer", "ETH-1", "partial", "Bo"),
        ("note", "ETH-1", "partial", "Bo"),
    ]
    conn = store.db.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE assessment_history SET value = 'no'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM assessment_history")
    assert len(store.history(a.id)) == 4


def test_complete_freezes_a_revision_and_an_edit_starts_the_next(
    store: AssessmentStore, tmp_path: Path
) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "yes")
    store.save_answer(a.id, "GOV-1", "2")
    # ETH-2 (shown, unanswered) leaves ethics at 1 of 2: below the minimum of 80 %.
    with pytest.raises(CompletionRefusedError, match="Ethical AI practices"):
        store.complete(a.id, by="Ann")
    assert store.get(a.id).status == "draft" and store.revisions(a.id) == []
    store.save_answer(a.id, "ETH-1", "no")  # closes ETH-2: counted at 0, coverage 2 of 2
    store.save_answer(a.id, "ETH-1", "yes")
    store.save_answer(a.id, "ETH-2", "yes")
    done = store.complete(a.id, by="Ann")
    assert done.changed and done.assessment.status == "complete" and done.assessment.completed
    assert done.completion == "complete" and done.assessment.partial_reason is None
    assert done.unanswered == ()
    assert done.backup is not None and done.backup.is_file()  # automatic backup taken
    assert store.complete(a.id).changed is False  # idempotent
    # Editing a completed assessment: new revision, back to draft, in one step.
    result = store.save_answer(a.id, "ETH-1", "no")
    assert (result.reopened, result.revision) == (True, 2)
    current = store.get(a.id)
    assert (current.status, current.revision, current.completed) == ("draft", 2, None)
    # Revision 1 is frozen as it was.
    (rev1,) = store.revisions(a.id)
    assert rev1.revision == 1 and rev1.answers["ETH-1"].value == "yes"
    assert store.revision_score(a.id, 1).components["ethics"].score == 100
    assert store.score(a.id).components["ethics"].score == 0
    with pytest.raises(sqlite3.IntegrityError, match="frozen"):
        store.db.conn.execute("UPDATE assessment_revisions SET answers = '{}'")
    actions = [h.action for h in store.history(a.id)]
    assert actions[-3:] == ["complete", "reopen", "answer"]
    # Unchanged saves do not reopen.
    store.complete(a.id)
    assert store.save_answer(a.id, "ETH-1", "no").reopened is False
    assert store.get(a.id).status == "complete"
    assert store.reopen(a.id).revision == 3


def test_update_details_and_position(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    b = store.update_details(a.id, country="tz", assessors=["Zed"])
    assert (b.institution, b.country, b.assessors) == ("M", "TZ", ("Zed",))
    with pytest.raises(InvalidInputError):
        store.update_details(a.id, institution="   ")
    store.set_position(a.id, "GOV-1")
    assert store.get(a.id).position == "GOV-1"
    with pytest.raises(InvalidInputError):
        store.set_position(a.id, "NOPE")
    assert [h.action for h in store.history(a.id)] == ["create", "details"]  # position: no row


def test_migrate_carries_lists_removed_flags_new(store: AssessmentStore) -> None:
    v1 = make_checklist("1.0.0")
    a = store.create(v1, institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "yes", note="kept")
    store.save_answer(a.id, "ETH-2", "partial", note="removed item's note")
    store.save_answer(a.id, "GOV-1", "3")
    # v2: ETH-2 removed, GOV-1 now yes/partial/no (its "3" is no longer valid), ETH-3 new.
    new_item = Item("ETH-3", "New?", "ethics", "ethics")
    v2 = make_checklist("1.1.0", extra=(new_item,), drop="ETH-2")
    gov = Item("GOV-1", "Regulator?", "gov", "governance")
    v2 = Checklist(
        v2.id,
        v2.title,
        v2.version,
        v2.scale,
        (v2.sections[0], Section("gov", "Gov", "governance", (gov,))),
        "hash-v2",
    )
    plan = store.plan_migration(a.id, v2)
    assert (
        not plan.applied and store.get(a.id).checklist_version == "1.0.0"
    )  # a plan changes nothing
    plan = store.migrate(a.id, v2, by="Ann")
    assert plan.applied
    assert plan.carried == ("ETH-1",)
    assert [x.item_id for x in plan.removed] == ["ETH-2"]
    assert [(x.item_id, x.value) for x in plan.invalidated] == [("GOV-1", "3")]
    assert plan.added == ("ETH-3",)
    state = store.load(a.id)
    assert (state.assessment.checklist_version, state.assessment.checklist_hash) == (
        "1.1.0",
        "hash-v2",
    )
    assert state.answers["ETH-1"].value == "yes"
    # Never silently dropped: the removed item's answer is still stored and listed...
    assert [(x.item_id, x.value, x.note) for x in state.removed_answers()] == [
        ("ETH-2", "partial", "removed item's note")
    ]
    # ...the invalidated value is in the history, new items are flagged.
    assert state.answers["GOV-1"].value is None
    invalidated = [h for h in store.history(a.id) if h.action == "migrate-invalidated"]
    assert invalidated[0].detail["old_value"] == "3"
    assert state.new_items == ("ETH-3",)
    assert state.changed_items == ("GOV-1",)  # the runner flags it: answer again
    # Migrating again to the same version is a no-op.
    assert store.migrate(a.id, v2).up_to_date


def test_migrate_refuses_other_checklist_and_older_version(store: AssessmentStore) -> None:
    a = store.create(make_checklist("2.0.0"), institution="M", country="KE")
    with pytest.raises(MigrationRefusedError, match="older"):
        store.migrate(a.id, make_checklist("1.9.0"))
    other = Checklist(
        "checklists/other", "O", "3.0.0", "yes-partial-no", make_checklist().sections, "h"
    )
    with pytest.raises(MigrationRefusedError, match="own checklist"):
        store.migrate(a.id, other)
    assert store.get(a.id).checklist_version == "2.0.0"


def test_migrating_a_completed_assessment_starts_a_revision(store: AssessmentStore) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.complete(a.id, backup=False, partial_reason="a first look")
    plan = store.migrate(
        a.id, make_checklist("1.1.0", extra=(Item("X-1", "x?", "gov", "governance"),))
    )
    assert plan.reopened
    assert (store.get(a.id).status, store.get(a.id).revision) == ("draft", 2)


def test_earlier_assessments_compare_and_workshop(store: AssessmentStore) -> None:
    c = make_checklist()
    first = store.create(c, institution="Ministry of ICT", country="KE")
    store.save_answer(first.id, "ETH-1", "no")
    other_country = store.create(c, institution="Ministry of ICT", country="UG")
    second = store.create(c, institution="ministry of ict", country="KE")
    store.save_answer(second.id, "ETH-1", "yes")
    store.save_answer(second.id, "ETH-2", "yes")
    assert [x.id for x in store.earlier_assessments(second.id)] == [first.id]
    cmp = store.compare(first.id, second.id)
    assert cmp.components["ethics"].change == 100
    summary = store.workshop([first.id, second.id, other_country.id])
    assert summary.components["ethics"].mean == 50 and summary.components["ethics"].count == 2
    foreign = store.create(
        Checklist("checklists/x", "X", "1", "yes-partial-no", c.sections, "hx"),
        institution="A",
        country="KE",
    )
    with pytest.raises(InvalidInputError, match="one checklist"):
        store.workshop([first.id, foreign.id])


def test_countries_for_the_picker() -> None:
    countries = all_countries()
    assert len(countries) >= 249
    folded = [
        "".join(
            ch for ch in unicodedata.normalize("NFKD", c.name) if not unicodedata.combining(ch)
        ).casefold()
        for c in countries
    ]
    assert folded == sorted(folded)  # "Åland Islands" sorts with the A's, for a picker
    assert len({c.code for c in countries}) == len(countries)
    assert normalise_country(" ke ") == "KE"
    assert find_countries("ken")[0].code == "KE"
    assert find_countries("KEN")[0].code == "KE"  # alpha-3 typed in the filter box
    assert any(c.code == "CI" for c in find_countries("cote"))  # accents ignored


def test_migrate_flags_a_changed_question_to_answer_again(store: AssessmentStore) -> None:
    """Same id, new question: the fingerprints differ, so the old answer (to another
    question) stops counting; the note stays and the old value is in the history."""
    a = store.create(make_checklist("1.0.0"), institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "yes", note="adopted 2024")
    store.save_answer(a.id, "GOV-1", "3")
    reworded = Item("ETH-1", "Principles adopted by law?", "ethics", "ethics", weight=2)
    v2 = make_checklist("1.1.0")
    v2 = Checklist(
        v2.id,
        v2.title,
        "1.1.0",
        v2.scale,
        (
            Section("ethics", "Ethics", "ethics", (reworded, v2.sections[0].items[1])),
            *v2.sections[1:],
        ),
        "hash-reworded",
    )
    plan = store.plan_migration(a.id, v2)
    assert [(x.item_id, x.value) for x in plan.changed] == [("ETH-1", "yes")]
    assert plan.carried == ("GOV-1",) and plan.invalidated == ()
    assert plan.as_json()["changed"][0]["item_id"] == "ETH-1"
    store.migrate(a.id, v2)
    state = store.load(a.id)
    assert state.answers["ETH-1"].value is None and state.answers["ETH-1"].note == "adopted 2024"
    assert state.answers["GOV-1"].value == "3"
    assert state.changed_items == ("ETH-1",)
    cleared = [h for h in store.history(a.id) if h.action == "migrate-invalidated"]
    assert [(h.item_id, h.detail["old_value"], h.detail["why"]) for h in cleared] == [
        ("ETH-1", "yes", "changed")
    ]


NUMBER = Item(
    "TEC-1",
    "Internet users?",
    "gov",
    "governance",
    scale="number",
    indicator=Indicator("%", (35.0, 50.0, 65.0, 75.0), "ITU", True, 0.0, 100.0),
    frameworks=(("unesco-ram", ("technical",)),),
)


def test_numbers_are_stored_in_one_form_and_scored_by_band(
    store: AssessmentStore, tmp_path: Path
) -> None:
    c = make_checklist(extra=(NUMBER,))
    a = store.create(c, institution="M", country="KE")
    assert store.checklist(c.id, c.content_hash) == c  # the snapshot keeps the indicator
    for typed, stored in (("63,5 %", "63.5"), (" 1 0 0 ", "100"), ("0.50", "0.5"), ("7%", "7")):
        assert store.save_answer(a.id, "TEC-1", typed).value == stored
    store.save_answer(a.id, "TEC-1", "63.5")
    store.save_answer(a.id, "GOV-1", "4")
    governance = store.score(a.id).components["governance"]
    assert governance.score == pytest.approx(100 * (0.5 + 1) / 2)  # level 2 of 4, level 4
    before = dump(tmp_path / "accord.db")
    for typed, fragment in (
        ("101", "outside the possible range (from 0 to 100%)"),
        ("1,200", "could be 1200 or 1.2"),
        ("", "no figure was given"),
        ("nan", "is not a number"),
        ("1e300", "outside the possible range"),
    ):
        with pytest.raises(InvalidInputError) as err:
            store.save_answer(a.id, "TEC-1", typed)
        assert "TEC-1 asks for a figure in %" in str(err.value) and fragment in str(err.value)
    assert dump(tmp_path / "accord.db") == before


def test_a_figure_too_long_for_the_payload_is_refused(store: AssessmentStore) -> None:
    wide = Item(
        "POP-1",
        "People?",
        "gov",
        "governance",
        scale="number",
        indicator=Indicator("", (1.0, 2.0, 3.0, 4.0), "census", True, 0.0, None),
    )
    a = store.create(make_checklist(extra=(wide,)), institution="M", country="KE")
    assert store.save_answer(a.id, "POP-1", "1234567.5").value == "1234567.5"
    with pytest.raises(InvalidInputError, match="too many digits"):
        store.save_answer(a.id, "POP-1", "123456789012.123456")


def test_partial_needs_a_reason_and_na_needs_its_reason_to_complete(
    store: AssessmentStore,
) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.save_answer(a.id, "ETH-1", "no")
    store.save_answer(a.id, "GOV-1", "na", note="no regulator yet")
    for reason in ("", "   ", "x" * 1001):
        with pytest.raises(InvalidInputError):
            store.complete(a.id, backup=False, partial_reason=reason)
    store.save_note(a.id, "GOV-1", "")  # the reason deleted afterwards
    with pytest.raises(CompletionRefusedError) as err:
        store.complete(a.id, backup=False, partial_reason="a first look")
    assert err.value.code == "assessment.na-without-reason" and "GOV-1" in str(err.value)
    assert store.get(a.id).status == "draft"
    store.save_note(a.id, "GOV-1", "the regulator is being set up")
    # Governance has no applicable question left: no score, so no index, so partial only.
    with pytest.raises(CompletionRefusedError, match="not applicable: Governance"):
        store.complete(a.id, backup=False)
    done = store.complete(a.id, backup=False, partial_reason="no regulator yet")
    assert done.completion == "partial" and store.revisions(a.id)[0].completion == "partial"


def test_a_revision_completed_before_completions_were_recorded_reads_complete(
    store: AssessmentStore,
) -> None:
    a = store.create(make_checklist(), institution="M", country="KE")
    store.complete(a.id, backup=False, partial_reason="first look")
    conn = store.db.conn
    conn.execute("UPDATE assessments SET completion = NULL, partial_reason = NULL")
    conn.execute("DROP TRIGGER assessment_revisions_no_update")
    conn.execute("UPDATE assessment_revisions SET completion = NULL, partial_reason = NULL")
    conn.commit()
    assert store.get(a.id).completion == "complete" and not store.get(a.id).is_partial
    assert store.revisions(a.id)[0].completion == "complete"
