"""The "done when" walk-through with the real commands, as two terminals would run them.

Terminal 1 runs ``accord-hub serve`` (a real subprocess); terminal 2 (the official's laptop)
answers and completes an assessment, enrolls and syncs (the ``accord`` commands run in this
interpreter, for speed); the hub's index then shows the country's scores. The USB
path gives the same result with no network at all, and importing a file twice changes
nothing.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.hub.helpers import free_port

pytestmark = pytest.mark.slow


def _in_process(main: Callable[[list[str]], int], args: list[str], check: bool) -> Result:
    """Run a CLI entry point in this interpreter (much faster than a new Python each time)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse errors
            code = int(exc.code or 0)
    result = Result(code, out.getvalue(), err.getvalue())
    if check and code != 0:
        raise AssertionError(f"{args} → {code}\n{result.stdout}\n{result.stderr}")
    return result


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def accord(env: dict[str, str], library: Path, *args: str, check: bool = True) -> Result:
    from desktop.cli import main

    return _in_process(main, ["--library", str(library), *args], check)


def hub_cmd(env: dict[str, str], *args: str, check: bool = True) -> Result:
    from hub.cli import main

    return _in_process(main, list(args), check)


def complete_assessment(env: dict[str, str], library: Path, institution: str) -> str:
    aid = (
        accord(
            env,
            library,
            "assessment",
            "new",
            "--checklist",
            "checklists/mini",
            "--institution",
            institution,
            "--country",
            "KE",
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    accord(env, library, "assessment", "answer", aid, "ETH-1", "yes", "--note", "Adopted 2024")
    accord(env, library, "assessment", "answer", aid, "ETH-2", "2")
    accord(env, library, "assessment", "complete", aid)
    return aid


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The laptop's environment (the in-process commands read it too)."""
    values = {"ACCORD_DATA_DIR": str(tmp_path / "laptop"), "NO_PROXY": "*", "no_proxy": "*"}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values, "PYTHONUNBUFFERED": "1"}


def test_two_terminals_enroll_complete_sync_index(
    tmp_path: Path, small_library: Path, env: dict[str, str]
) -> None:
    hub_data = tmp_path / "hub"
    hub_cmd(env, "init", "--data", str(hub_data))
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub.cli",
            "serve",
            "--data",
            str(hub_data),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url + "/v1/health", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the hub did not start"
                time.sleep(0.05)
        code = hub_cmd(env, "enroll-code", "--data", str(hub_data)).stdout.strip()
        key_id = httpx.get(url + "/v1/health").json()["key_id"]

        aid = complete_assessment(env, library=small_library, institution="Ministry of ICT")
        # A wrong code is refused with the hub's reason, exit 2.
        bad = accord(
            env, small_library, "sync", "enroll", "--hub", url, "--code", "WRONG-CODE", check=False
        )
        assert bad.returncode == 2 and "not known to the hub" in bad.stderr
        enrolled = accord(
            env,
            small_library,
            "sync",
            "enroll",
            "--hub",
            url,
            "--code",
            code,
            "--expect-key",
            key_id,
            "--json",
        )
        assert json.loads(enrolled.stdout)["hub"]["key_id"] == key_id

        status = json.loads(accord(env, small_library, "sync", "status", "--json").stdout)
        # Completing queued it already ("assessment complete" queues; "sync run" would
        # queue anything completed some other way).
        assert status["not_queued"] == []
        assert [(i["assessment_id"], i["state"]) for i in status["items"]] == [(aid, "queued")]
        done = json.loads(accord(env, small_library, "sync", "run", "--json").stdout)
        assert (done["newly_queued"], done["delivered"], done["remaining"]) == (0, 1, 0)
        status = json.loads(accord(env, small_library, "sync", "status", "--json").stdout)
        assert status["items"][0]["state"] == "delivered"
        assert status["items"][0]["receipt_id"].startswith("r-")
        # Syncing again sends nothing (and exits 0).
        again = json.loads(accord(env, small_library, "sync", "run", "--json").stdout)
        assert again["attempts"] == 0

        index = json.loads(hub_cmd(env, "index", "--data", str(hub_data), "--json").stdout)
        kenya = index["countries"][0]
        assert (kenya["country"], kenya["institutions"]) == ("KE", 1)
        # ETH-1 yes (1.0) and ETH-2 level 2 of 4 (0.5): 75
        assert kenya["components"]["ethics"]["score"] == 75.0
        assert kenya["overall"] == 75.0
        # The dashboard needs a hub account (issue 14); devices never did.
        assert httpx.get(url + "/dashboard").status_code == 401
        from hub.keys import database_path
        from hub.store import HubStore

        accounts = HubStore(database_path(hub_data))
        accounts.users.add("analyst", "a long passphrase", "analyst")
        accounts.close()
        login = ("analyst", "a long passphrase")
        assert "Kenya" in httpx.get(url + "/dashboard", auth=login).text
        csv_text = hub_cmd(env, "export", "--data", str(hub_data), "--format", "csv").stdout
        assert aid in csv_text and "Ministry of ICT" in csv_text
    finally:
        server.terminate()
        server.wait(10)


def test_usb_transfer_without_a_network(
    tmp_path: Path, small_library: Path, env: dict[str, str]
) -> None:
    hub_data = tmp_path / "hub"
    stick = tmp_path / "usb"
    stick.mkdir()
    hub_cmd(env, "init", "--data", str(hub_data))
    hub_cmd(env, "keys", "--data", str(hub_data), "--out", str(stick / "hub-keys.json"))
    code = hub_cmd(env, "enroll-code", "--data", str(hub_data)).stdout.strip()

    # The laptop: offline enrollment from the keys file, two completed assessments.
    accord(
        env,
        small_library,
        "sync",
        "enroll",
        "--hub-keys",
        str(stick / "hub-keys.json"),
        "--code",
        code,
    )
    complete_assessment(env, small_library, "Ministry of ICT")
    complete_assessment(env, small_library, "Data Protection Office")
    no_net = accord(env, small_library, "sync", "run", check=False)
    assert no_net.returncode == 2 and "USB transfer only" in no_net.stderr
    exported = json.loads(
        accord(
            env, small_library, "sync", "export", "--out", str(stick / "results.json"), "--json"
        ).stdout
    )
    assert exported["count"] == 2

    # The hub: import (registers the device from the file), then import again: no change.
    first = json.loads(
        hub_cmd(
            env,
            "import",
            str(stick / "results.json"),
            "--data",
            str(hub_data),
            "--json",
            "--receipts",
            str(stick / "receipts.json"),
        ).stdout
    )
    assert (first["accepted"], first["duplicates"], first["rejected"]) == (2, 0, [])
    assert first["enrolled"]
    before = hub_cmd(env, "export", "--data", str(hub_data), "--format", "json").stdout
    second = json.loads(
        hub_cmd(
            env, "import", str(stick / "results.json"), "--data", str(hub_data), "--json"
        ).stdout
    )
    assert (second["accepted"], second["duplicates"], second["rejected"]) == (0, 2, [])
    assert hub_cmd(env, "export", "--data", str(hub_data), "--format", "json").stdout == before
    index = json.loads(hub_cmd(env, "index", "--data", str(hub_data), "--json").stdout)
    assert index["countries"][0]["institutions"] == 2

    # Back on the laptop: the receipts mark both delivered.
    assert (
        "2 submission(s) marked delivered"
        in accord(env, small_library, "sync", "receipts", str(stick / "receipts.json")).stdout
    )
    status = json.loads(accord(env, small_library, "sync", "status", "--json").stdout)
    assert status["counts"]["delivered"] == 2 and status["pending"] == 0
    assert status["hub"]["offline_enrollment_pending"] is False

    # A damaged file is refused with a reason; nothing changes.
    (stick / "bad.json").write_text('{"format": "accord-transfer/1", "envelopes": [{"format": 1}]}')
    bad = hub_cmd(env, "import", str(stick / "bad.json"), "--data", str(hub_data), check=False)
    assert bad.returncode == 1 and "rejected" in bad.stdout and "format" in bad.stdout
    assert hub_cmd(env, "export", "--data", str(hub_data), "--format", "json").stdout == before
    garbage = hub_cmd(
        env, "import", str(stick / "hub-keys.json"), "--data", str(hub_data), check=False
    )
    assert garbage.returncode == 2 and "not an Accord transfer file" in garbage.stderr


def test_hub_commands_explain_setup_problems(tmp_path: Path, env: dict[str, str]) -> None:
    missing = hub_cmd(env, "enroll-code", "--data", str(tmp_path / "nowhere"), check=False)
    assert missing.returncode == 2 and "accord-hub init --data" in missing.stderr
    hub_cmd(env, "init", "--data", str(tmp_path / "h"))
    again = hub_cmd(env, "init", "--data", str(tmp_path / "h"), check=False)
    assert again.returncode == 2 and "already set up" in again.stderr
    devices = hub_cmd(env, "devices", "--data", str(tmp_path / "h"), "--json")
    assert json.loads(devices.stdout) == []
    unknown = hub_cmd(env, "revoke", "dev-nope", "--data", str(tmp_path / "h"), check=False)
    assert unknown.returncode == 2 and "no device" in unknown.stderr
