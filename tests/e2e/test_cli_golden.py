"""Golden test of the command line: every ``--json`` output and exit code, on fixed data.

Scripts and other tools read these outputs, so they must not change by accident. The
test runs a fixed session of ``accord`` and ``accord-hub`` commands (library, search,
assessments, packs, sync over a hub on 127.0.0.1, USB transfer) and compares each exit
code and each JSON document with ``golden/cli.json``.

The comparison allows additions (a new key in an object passes) but not renames,
removals or changed values. Values that differ on every run (ids, time stamps, temporary
paths, keys) are replaced by placeholders first. After a deliberate change, regenerate
with ``ACCORD_UPDATE_GOLDEN=1 pytest tests/e2e/test_cli_golden.py`` and review the diff.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hub.helpers import live_hub

GOLDEN = Path(__file__).with_name("golden") / "cli.json"

UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")
HEX = re.compile(r"\b[0-9a-f]{16,}\b")
B64KEY = re.compile(r"\b[A-Za-z0-9+/_-]{40,}={0,2}")
SUFFIX = re.compile(r"-[0-9a-f]{8}\b")
# Measured durations: their presence and type are the contract, not their value.
VOLATILE = {"timings", "seconds", "elapsed", "duration", "duration_s"}
CODE = re.compile(r"\b[A-Z0-9]{4}(-[A-Z0-9]{4}){2,}\b")


class Session:
    """Runs commands in this interpreter and records what a script would see."""

    def __init__(self, tmp: Path, hub_url: str) -> None:
        self.tmp = tmp
        self.hub_url = hub_url
        self.record: dict[str, dict[str, Any]] = {}
        self.ids: dict[str, str] = {}

    def run(self, name: str, main: Callable[[list[str]], int], argv: list[str]) -> Any:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse errors
                code = int(exc.code or 0)
        text = out.getvalue()
        parsed: Any = None
        with contextlib.suppress(ValueError):
            parsed = json.loads(text) if text.strip()[:1] in ("{", "[") else None
        self.record[name] = {"code": code, "json": self.normalise(parsed)}
        return parsed if parsed is not None else text

    def normalise(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: "<volatile>" if k in VOLATILE else self.normalise(v) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.normalise(v) for v in value]
        if isinstance(value, float):
            return round(value, 6)
        if isinstance(value, str):
            text = value.replace(str(self.tmp), "<tmp>").replace(self.hub_url, "<hub>")
            for placeholder, known in self.ids.items():
                text = text.replace(known, placeholder)
            text = UUID.sub("<uuid>", text)
            text = STAMP.sub("<time>", text)
            text = HEX.sub("<hex>", text)
            text = SUFFIX.sub("-<hex>", text)
            text = CODE.sub("<code>", text)
            return B64KEY.sub("<key>", text)
        return value


def _subset(golden: Any, actual: Any, where: str) -> list[str]:
    """Differences where ``actual`` lacks or changes something ``golden`` has."""
    if isinstance(golden, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        problems: list[str] = []
        for key, value in golden.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += _subset(value, actual[key], f"{where}.{key}")
        return problems
    if isinstance(golden, list):
        if not isinstance(actual, list) or len(actual) != len(golden):
            return [f"{where}: expected {golden!r}, got {actual!r}"]
        return [p for i, g in enumerate(golden) for p in _subset(g, actual[i], f"{where}[{i}]")]
    return [] if golden == actual else [f"{where}: expected {golden!r}, got {actual!r}"]


def _script(s: Session, library: Path, data: Path, hub_data: Path) -> None:
    from desktop.cli import main as accord_main
    from hub.cli import main as hub_main

    def accord(name: str, *argv: str) -> Any:
        return s.run(name, accord_main, ["--library", str(library), "--data-dir", str(data), *argv])

    def hub(name: str, *argv: str) -> Any:
        return s.run(name, hub_main, list(argv))

    # Library.
    accord("check", "check", str(library), "--json")
    accord("search", "search", "foundation models", "--json")
    accord("search-type", "search", "inspection", "--type", "playbook", "--json")
    accord("search-none", "search", "zzzqqq", "--json")
    accord("show", "show", "standards/foundation-models", "--json")
    accord("show-missing", "show", "nowhere/missing-page", "--json")
    accord("index-rebuild", "index", "rebuild")

    # Assessments.
    accord("checklists", "assessment", "checklists", "--json")
    created = accord(
        "assessment-new",
        "assessment",
        "new",
        "--checklist",
        "checklists/mini",
        "--institution",
        "Ministry of ICT",
        "--country",
        "KE",
        "--assessor",
        "A. Official",
        "--json",
    )
    aid = created["id"]
    s.ids["<assessment>"] = aid
    accord("answer", "assessment", "answer", aid, "ETH-1", "yes", "--note", "Adopted 2024")
    accord("answer-bad-value", "assessment", "answer", aid, "ETH-1", "maybe")
    accord("answer-bad-item", "assessment", "answer", aid, "NOPE-1", "yes")
    accord("answer-hidden", "assessment", "answer", aid, "ETH-2", "3")
    accord("score-draft", "assessment", "score", aid, "--json")
    accord("show-assessment", "assessment", "show", aid, "--json")
    accord("complete", "assessment", "complete", aid)
    accord("score", "assessment", "score", aid, "--json")
    accord("list", "assessment", "list", "--json")
    accord("history", "assessment", "history", aid, "--json")
    out_json = s.tmp / "answers.json"
    accord("export-json", "assessment", "export", aid, "--format", "json", "--out", str(out_json))
    s.record["export-json-file"] = {
        "code": 0,
        "json": s.normalise(json.loads(out_json.read_text())),
    }
    out_csv = s.tmp / "answers.csv"
    accord("export-csv", "assessment", "export", aid, "--format", "csv", "--out", str(out_csv))
    accord("migrate-dry", "assessment", "migrate", aid, "--dry-run", "--json")
    accord("unknown-id", "assessment", "score", "ffffffff-0000", "--json")
    accord("bad-country", "assessment", "new", "--checklist", "checklists/mini", "--country", "ZZ")

    # Packs.
    key = s.tmp / "publisher.key"
    accord("keygen", "pack", "keygen", "--out", str(key), "--comment", "Golden")
    pack = s.tmp / "golden.accordpack"
    clean = s.tmp / "clean-library"
    shutil.copytree(library, clean, ignore=shutil.ignore_patterns("broken.md"))
    accord(
        "pack-build-broken",
        "pack",
        "build",
        str(library),
        "--key",
        str(key),
        "--id",
        "x",
        "--version",
        "1.0.0",
        "--out",
        str(s.tmp / "x.accordpack"),
    )
    accord(
        "pack-build",
        "pack",
        "build",
        str(clean),
        "--key",
        str(key),
        "--id",
        "golden",
        "--version",
        "1.0.0",
        "--out",
        str(pack),
    )
    accord("pack-verify-untrusted", "pack", "verify", str(pack), "--json")
    accord("pack-verify", "pack", "verify", str(pack), "--trust", f"{key}.pub", "--json")
    accord("pack-trust", "pack", "trust", "add", f"{key}.pub")
    accord("pack-install", "pack", "install", str(pack), "--json")
    accord("pack-install-force", "pack", "install", str(pack), "--force", "--json")
    accord("pack-list", "pack", "list", "--json")
    accord("pack-rollback", "pack", "rollback", "golden")
    accord("pack-install-missing", "pack", "install", str(s.tmp / "missing.accordpack"))

    # Sync: enroll with the hub on 127.0.0.1, send, status; then the USB path.
    code = hub("enroll-code", "enroll-code", "--data", str(hub_data)).strip()
    accord("sync-enroll-bad", "sync", "enroll", "--hub", s.hub_url, "--code", "WRONG-CODE")
    accord("sync-enroll", "sync", "enroll", "--hub", s.hub_url, "--code", code)
    accord("sync-run", "sync", "run")
    accord("sync-status", "sync", "status", "--json")
    hub("hub-index", "index", "--data", str(hub_data), "--json")
    hub("hub-devices", "devices", "--data", str(hub_data), "--json")
    transfer = s.tmp / "transfer.json"
    accord("sync-export", "sync", "export", "--out", str(transfer))
    hub("hub-import", "import", str(transfer), "--data", str(hub_data), "--json")
    hub("hub-no-data", "index")

    # Scoring method 2: too little to complete, a reason for not applicable, partial.
    second = accord(
        "assessment-new-sparse",
        "assessment", "new", "--checklist", "checklists/mini",
        "--institution", "Ministry of Health", "--country", "KE", "--json",
    )  # fmt: skip
    s.ids["<sparse>"] = second["id"]
    sid = second["id"]
    accord("answer-na-no-reason", "assessment", "answer", sid, "ETH-1", "na")
    accord("score-insufficient", "assessment", "score", sid, "--json")
    accord("complete-refused", "assessment", "complete", sid)
    accord("complete-partial-no-reason", "assessment", "complete", sid, "--partial")
    accord(
        "complete-partial",
        "assessment", "complete", sid, "--partial", "--reason", "a first look",
    )  # fmt: skip
    accord("show-partial", "assessment", "show", sid, "--json")


def test_cli_outputs_and_exit_codes_match_the_golden_file(
    tmp_path: Path, small_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "*")
    monkeypatch.delenv("ACCORD_HUB_DATA", raising=False)
    hub_data = tmp_path / "hub"
    with live_hub(hub_data) as server:
        session = Session(tmp_path, server.url)
        _script(session, small_library, tmp_path / "data", hub_data)
    actual = session.record
    if os.environ.get("ACCORD_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", "utf-8")
    golden = json.loads(GOLDEN.read_text("utf-8"))
    problems = [p for name in golden for p in _subset(golden[name], actual.get(name), name)]
    assert not problems, "\n".join(problems[:40])
    # Every step of the script is in the golden file, so a new step cannot go unchecked.
    assert sorted(actual) == sorted(golden)
