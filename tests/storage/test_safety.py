"""Backups before saves, recovery files for unsaved edits, and lock files."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases import locks
from mpreg_desktop.storage.cases.backups import backup_before_save, list_backups
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries, remove_recovery, write_recovery


def test_backup_keeps_previous_versions_newest_first(tmp_path: Path) -> None:
    state, case_path = tmp_path / "state", tmp_path / "a.mpreg"
    case = new_case("v0")
    assert backup_before_save(case_path, str(case.id), state) is None  # nothing to keep yet
    start = datetime(2026, 11, 21, tzinfo=UTC)
    for n in range(12):
        case.name = f"v{n}"
        write_case(case_path, case)
        backup_before_save(case_path, str(case.id), state, now=start + timedelta(seconds=n))
    backups = list_backups(state, str(case.id))
    assert len(backups) == 10
    assert [read_case(b.path).name for b in backups] == [f"v{n}" for n in range(11, 1, -1)]
    if os.name == "posix":
        assert all(b.path.stat().st_mode & 0o777 == 0o600 for b in backups)


def test_recovery_round_trip_and_removal(tmp_path: Path) -> None:
    state = tmp_path / "state"
    case = new_case("未保存的修改")
    written = write_recovery(state, case, tmp_path / "a.mpreg")
    (found,) = list_recoveries(state)
    assert found.case == case and found.case_path == tmp_path / "a.mpreg"
    if os.name == "posix":
        assert written.stat().st_mode & 0o777 == 0o600
    remove_recovery(state, written.stem)
    assert list_recoveries(state) == []


def test_damaged_recovery_file_is_skipped(tmp_path: Path) -> None:
    state = tmp_path / "state"
    write_recovery(state, new_case("ok"), None)
    (state / "recovery" / "broken.json").write_text("{not json", encoding="utf-8")
    assert [r.case.name for r in list_recoveries(state)] == ["ok"]


def test_lock_is_ours_and_released(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    locks.acquire(case_path)
    assert locks.lock_path(case_path).exists()
    assert locks.held_by_other(case_path) is None  # ours
    locks.release(case_path)
    assert not locks.lock_path(case_path).exists()


def test_taking_a_lock_does_not_wait_for_the_disk(tmp_path: Path, monkeypatch) -> None:
    """A lock is worthless after a power cut (its process is gone): no fsync on opening a case."""
    case_path = tmp_path / "a.mpreg"

    def no_fsync(fd: int) -> None:
        raise AssertionError("fsync")

    monkeypatch.setattr(os, "fsync", no_fsync)
    locks.acquire(case_path)
    assert locks.held_by_other(case_path) is None and locks.lock_path(case_path).exists()


def test_lock_of_another_live_process_is_reported(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = {
            "user": "colleague",
            "host": socket.gethostname(),
            "pid": other.pid,
            "time": "2026-11-21T09:00:00+08:00",
        }
        locks.lock_path(case_path).write_text(json.dumps(lock), encoding="utf-8")
        info = locks.held_by_other(case_path)
        assert info is not None and info.user == "colleague" and info.pid == other.pid
        locks.release(case_path)  # not ours: left alone
        assert locks.lock_path(case_path).exists()
    finally:
        other.kill()
        other.wait()
    assert locks.held_by_other(case_path) is None  # its process is gone: stale


def test_lock_from_another_host_is_respected(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    locks.lock_path(case_path).write_text(
        '{"user": "li", "host": "office-pc-2", "pid": 4242, "time": "2026-11-21T09:00:00+08:00"}',
        encoding="utf-8",
    )
    info = locks.held_by_other(case_path)
    assert info is not None and info.host == "office-pc-2"


@pytest.mark.parametrize("content", ["", "garbage", '{"user": 1}'])
def test_unreadable_lock_counts_as_held(tmp_path: Path, content: str) -> None:
    case_path = tmp_path / "a.mpreg"
    locks.lock_path(case_path).write_text(content, encoding="utf-8")
    assert locks.held_by_other(case_path) is not None
