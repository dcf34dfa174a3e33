"""The app's log is rolled over when it starts, like logging's RotatingFileHandler would."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from mpreg_desktop.app import rotate_log, setup_logging


def test_a_small_log_is_kept(tmp_path: Path) -> None:
    log = tmp_path / "mpreg-desktop.log"
    log.write_text("一行\n", encoding="utf-8")
    rotate_log(log, limit=100, backups=3)
    assert log.read_text(encoding="utf-8") == "一行\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mpreg-desktop.log"]


def test_no_log_yet_is_fine(tmp_path: Path) -> None:
    rotate_log(tmp_path / "mpreg-desktop.log", limit=100, backups=3)
    assert list(tmp_path.iterdir()) == []


def test_a_full_log_rolls_over_and_the_oldest_goes(tmp_path: Path) -> None:
    log = tmp_path / "mpreg-desktop.log"
    for number, text in ((1, "older"), (2, "oldest-kept"), (3, "dropped")):
        log.with_name(f"{log.name}.{number}").write_text(text, encoding="utf-8")
    log.write_text("x" * 101, encoding="utf-8")
    rotate_log(log, limit=100, backups=3)
    assert not log.exists()
    assert log.with_name(f"{log.name}.1").read_text(encoding="utf-8") == "x" * 101
    assert log.with_name(f"{log.name}.2").read_text(encoding="utf-8") == "older"
    assert log.with_name(f"{log.name}.3").read_text(encoding="utf-8") == "oldest-kept"
    assert not log.with_name(f"{log.name}.4").exists()


def test_setup_logging_writes_to_a_fresh_log_after_rolling_over(tmp_path: Path) -> None:
    log = tmp_path / "mpreg-desktop.log"
    log.write_bytes(b"x" * 1_000_001)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path)
        logging.getLogger("mpreg_desktop.test").warning("started")
        for handler in root.handlers:
            handler.flush()
        assert "started" in log.read_text(encoding="utf-8")
        assert log.with_name(f"{log.name}.1").stat().st_size == 1_000_001
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                handler.close()
                root.removeHandler(handler)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_log_is_private(tmp_path: Path) -> None:
    old = tmp_path / "mpreg-desktop.log"
    old.write_text("an earlier session\n")
    os.chmod(old, 0o644)  # written by an earlier version
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path)
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
            root.removeHandler(handler)
    assert (old.stat().st_mode & 0o777) == 0o600
