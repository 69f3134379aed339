"""The log file: where it is, what the level option records, rotation, and the CLI's
errors (one line, with the hint for their code)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import logs


@pytest.fixture(autouse=True)
def _no_handlers_left() -> Iterator[None]:
    yield
    logs.shutdown_logging()


def _cli(*argv: str) -> int:
    from desktop.cli import main

    return main(list(argv))


def test_nothing_is_written_until_something_is_logged(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs", "warning")
    assert path == tmp_path / "logs" / "accord.log"
    logging.getLogger("desktop.anything").info("below the level")
    assert not (tmp_path / "logs").exists()  # no folder, no file, for nothing
    logging.getLogger("desktop.anything").warning("the hub key changed")
    assert "the hub key changed" in path.read_text(encoding="utf-8")


def test_the_level_option_decides_what_is_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    # Not enrolled: the command fails (exit 2) and says how to enroll, on the command line.
    assert _cli("--data-dir", str(data), "sync", "run") == 2
    err = capsys.readouterr().err
    assert err.startswith("accord: this device is not enrolled with a hub; enroll first with:")
    assert "accord sync enroll --hub URL --code CODE" in err
    log = data / "logs" / "accord.log"
    assert not log.exists()  # at the default level (warning) the failure is not recorded

    assert _cli("--data-dir", str(data), "--log-level", "info", "sync", "run") == 2
    text = log.read_text(encoding="utf-8")
    assert "INFO desktop.cli" in text and "sync.not-enrolled" in text
    assert capsys.readouterr().err.count("\n") == 1  # the terminal still gets one line

    with pytest.raises(SystemExit) as info:
        _cli("--data-dir", str(data), "--log-level", "chatty", "sync", "run")
    assert info.value.code == 2
    assert "invalid choice: 'chatty'" in capsys.readouterr().err


def test_setting_up_again_replaces_the_handlers(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path / "a", "debug")
    logs.setup_logging(tmp_path / "b", "debug")
    logging.getLogger("desktop.x").debug("only in b")
    assert not (tmp_path / "a").exists()
    assert "only in b" in (tmp_path / "b" / "accord.log").read_text(encoding="utf-8")
    handlers = logging.getLogger("desktop").handlers
    assert len([h for h in handlers if isinstance(h, logging.FileHandler)]) == 1


def test_the_log_rotates_at_a_megabyte_keeping_three(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path, "info", stderr=False)
    line = "x" * 1000
    for _ in range(4500):  # about 4.5 MB
        logging.getLogger("desktop.flood").info(line)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["accord.log", "accord.log.1", "accord.log.2", "accord.log.3"]
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in tmp_path.iterdir())


def test_warnings_still_reach_the_terminal_but_file_only_records_do_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.setup_logging(tmp_path, "warning")
    logging.getLogger("desktop.x").warning("for both")
    logging.getLogger("desktop.x").error("for the file", extra=logs.FILE_ONLY)
    assert capsys.readouterr().err == "for both\n"
    text = (tmp_path / "accord.log").read_text(encoding="utf-8")
    assert "for both" in text and "for the file" in text


def test_unknown_level_names_are_refused() -> None:
    assert logs.level_number("DEBUG") == logging.DEBUG
    with pytest.raises(ValueError, match="log level must be one of"):
        logs.level_number("loud")
