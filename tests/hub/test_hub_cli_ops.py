"""``accord-hub init``, ``user`` and ``index`` on either store, as an operator types them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hub.cli import main as hub_main
from hub.store import HubStore


def _db(store_target: str | None) -> list[str]:
    return ["--database", store_target] if store_target else []


def test_init_and_accounts_from_the_command_line(
    tmp_path: Path,
    store_target: str | None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    where = ["--data", str(tmp_path / "hub"), *_db(store_target)]
    assert hub_main(["init", *where]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
    assert hub_main(["user", "add", "olga", "--role", "operator", "--password-stdin", *where]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert hub_main(["user", "add", "amir", "--password-stdin", *where]) == 2
    assert "must have 10 to" in capsys.readouterr().err
    assert hub_main(["user", "list", "--json", *where]) == 0
    accounts = json.loads(capsys.readouterr().out)
    assert [(a["name"], a["role"]) for a in accounts] == [("olga", "operator")]
    store = HubStore(store_target or tmp_path / "hub" / "hub.db")
    try:
        assert store.users.verify("olga", "a long passphrase") is not None
    finally:
        store.close()
    assert hub_main(["user", "remove", "olga", *where]) == 0
    assert hub_main(["user", "remove", "olga", *where]) == 2
    assert "no account named olga" in capsys.readouterr().err
    assert hub_main(["index", "--json", *where]) == 0
    index = json.loads(capsys.readouterr().out)
    assert index["countries"] == [] and index["partial_assessments"] == []
