"""Fuzzing the parsers of everything that arrives from other hands: random and mutated
inputs produce only each module's own typed error (never a bare ValueError, a
RecursionError or a traceback). Example counts are bounded so the suite stays fast."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.library.documents import load_document
from desktop.core.library.frontmatter import FrontMatterError, split
from desktop.core.library.limits import overflow
from desktop.core.library.render import render_markdown
from desktop.core.packs.errors import PackError
from desktop.core.packs.format import parse_manifest
from desktop.core.packs.verify import verify_pack
from desktop.core.storage.bounded_json import JsonLimitError, loads
from desktop.core.sync.protocol import (
    Envelope,
    EnvelopeError,
    canonical_json,
    check_payload,
    load_payload,
    parse_envelope,
)
from tests.hostile.device import Parties

FUZZ = settings(
    max_examples=int(os.environ.get("ACCORD_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
REPO = Path(__file__).parents[2]
CHECKLIST = (REPO / "content" / "checklists" / "national-ai-readiness.md").read_text()
SAFETY_NET = "could not be read as a document"  # the catch-all: a case no check foresaw

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


@st.composite
def mutated(draw: st.DrawFn, original: str | bytes) -> str | bytes:
    """``original`` with a few random insertions, deletions and repeats."""
    data = original
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if action == "insert":
            piece = draw(st.binary(max_size=8) if isinstance(data, bytes) else st.text(max_size=8))
            data = data[:at] + piece + data[at:]
        elif action == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 40)) :]
        else:
            data = data[:at] + data[at : at + 30] * draw(st.integers(2, 6)) + data[at:]
    return data


# --- the library ----------------------------------------------------------------------------


@FUZZ
@given(st.text(max_size=400))
def test_front_matter_of_random_text_raises_only_its_error(text: str) -> None:
    try:
        split("---\n" + text + "\n---\nbody")
    except FrontMatterError as exc:
        assert exc.line >= 1 and exc.message


@FUZZ
@given(mutated(CHECKLIST))
def test_a_mutated_checklist_loads_or_is_a_problem(tmp_path: Path, text: str) -> None:
    path = tmp_path / "c.md"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    doc, problems = load_document(path, tmp_path)
    assert doc is not None or problems
    assert not any(SAFETY_NET in p.message for p in problems), problems


@FUZZ
@given(st.binary(max_size=300))
def test_a_random_file_loads_or_is_a_problem(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(b"---\ntitle: x\n" + data)
    doc, problems = load_document(path, tmp_path)
    assert doc is not None or problems
    assert not any(SAFETY_NET in p.message for p in problems), problems


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(["sections", "scale", "version", "weight", "items"]),
        json_values,
        max_size=4,
    )
)
def test_a_checklist_of_random_shapes_never_raises(tmp_path: Path, fields: dict) -> None:
    head = yaml.safe_dump({"title": "C", "type": "checklist", **fields}, allow_unicode=True)
    path = tmp_path / "c.md"
    path.write_text(f"---\n{head}---\nx\n", encoding="utf-8")
    doc, problems = load_document(path, tmp_path)
    assert doc is not None  # a checklist that cannot start is still readable
    assert not any(SAFETY_NET in p.message for p in problems), problems


@FUZZ
@given(st.text(alphabet="*_[]()<>!#>`-| \n\\abc1.", max_size=600))
def test_markdown_of_random_marks_renders_within_bounds(text: str) -> None:
    rendered = render_markdown(text)
    assert isinstance(rendered.html, str) and "<script" not in rendered.html
    if overflow(text) is not None:  # over a bound: plain text, with the reason
        assert rendered.problem is not None and rendered.html.count("<pre>") == 1


# --- packs ----------------------------------------------------------------------------------


def _manifest_bytes() -> bytes:
    from tests.hostile.packs import _entry

    value = {
        "created": "2026-01-01T00:00:00Z",
        "delta": None,
        "documents": 1,
        "files": [_entry("a.md")],
        "format": "accordpack/1",
        "id": "core",
        "index": None,
        "languages": ["en"],
        "min_app_version": "0.0.1",
        "title": "",
        "version": "1.0.0",
    }
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode() + b"\n"


@FUZZ
@given(st.one_of(st.binary(max_size=200), mutated(_manifest_bytes())))
def test_a_random_or_mutated_manifest_raises_only_pack_errors(raw: bytes) -> None:
    try:
        parse_manifest(raw)
    except PackError as exc:
        assert exc.message


@pytest.fixture(scope="module")
def a_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list]:
    from desktop.core.packs.keys import load_public_key
    from tests.hostile import builders as b
    from tests.hostile.packs import Keys

    folder = tmp_path_factory.mktemp("fuzz-pack")
    keys = Keys.make(folder / "keys")
    pack = b.content_pack(
        folder / "p.accordpack",
        keys.trusted,
        {"a/one.md": b.doc("One"), "a/two.md": b.doc("Two", "x" * 500)},
    )
    return pack.read_bytes(), [load_public_key(Path(f"{keys.trusted}.pub"))]


@FUZZ
@given(data=st.data())
def test_a_mutated_pack_raises_only_pack_errors(
    a_pack: tuple[bytes, list], tmp_path: Path, data: st.DataObject
) -> None:
    original, trusted = a_pack
    raw = data.draw(mutated(original))
    path = tmp_path / "m.accordpack"
    path.write_bytes(raw)
    try:
        verify_pack(path, trusted)
    except PackError as exc:
        assert exc.message
    else:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:  # accepted: it must still be intact
            assert zf.testzip() is None


# --- envelopes and payloads -----------------------------------------------------------------


@FUZZ
@given(json_values)
def test_a_random_envelope_raises_only_envelope_errors(value: object) -> None:
    try:
        parse_envelope(value)
    except EnvelopeError as exc:
        assert exc.code and exc.status in (400, 401, 422)


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.builds(lambda v: json.dumps(v).encode(), json_values)))
def test_random_payload_bytes_raise_only_envelope_errors(body: bytes) -> None:
    envelope = Envelope("dev-1", "hk-1", b"\0" * 48, b"\0" * 64)
    try:
        load_payload(body, envelope)
    except EnvelopeError as exc:
        assert exc.code in ("bad_payload", "device_mismatch")


@FUZZ
@given(
    st.sampled_from(
        [
            "revision",
            "created",
            "answers",
            "scores",
            "checklist",
            "country",
            "institution",
            "device_id",
        ]
    ),
    json_values,
)
def test_a_payload_with_one_field_replaced_raises_only_envelope_errors(
    field: str, value: object
) -> None:
    payload = Parties.make().payload(**{field: value})
    try:
        check_payload(payload)
        load_payload(canonical_json(payload), Envelope(payload["device_id"], "hk", b"", b""))
    except EnvelopeError as exc:
        assert exc.code in ("bad_payload", "device_mismatch")


@FUZZ
@given(st.binary(max_size=300))
def test_bounded_json_raises_only_its_error(raw: bytes) -> None:
    try:
        loads(raw, what="the file", max_bytes=200)
    except JsonLimitError as exc:
        assert exc.message.startswith("the file")


# --- the receipts reader --------------------------------------------------------------------


@pytest.fixture(scope="module")
def enrolled(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from desktop.core.actions import sync as actions
    from desktop.core.storage.db import open_database
    from tests.hostile.device import hub_keys_document

    folder = tmp_path_factory.mktemp("fuzz-device")
    parties = Parties.make()
    keys = folder / "hub-keys.json"
    keys.write_text(json.dumps(hub_keys_document(parties)))
    db = open_database(folder / "accord.db")
    actions.enroll_offline(db, keys, "CODE")
    yield db, parties
    db.close()


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda v: json.dumps({"format": "accord-receipts/1", "receipts": v}).encode(),
            json_values,
        ),
    )
)
def test_a_random_receipts_file_raises_only_transfer_errors(
    enrolled,
    tmp_path: Path,
    raw: bytes,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.core.sync.transfer import TransferError, import_receipts

    db, _parties = enrolled
    path = tmp_path / "receipts.json"
    path.write_bytes(raw)
    try:
        assert import_receipts(db, path) == 0
    except TransferError as exc:
        assert exc.message
