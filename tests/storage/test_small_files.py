"""Locks and other small state files: a link to /dev/zero, a FIFO or a huge file is never read.

Each attack runs in a child process with a memory limit and a timeout, so that a regression fails
the test instead of eating the machine's memory or hanging the suite.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases import locks
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.storage.small_files import read_small_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")

MEMORY_LIMIT = 1024 * 1024 * 1024


def _limit_memory() -> None:  # in the child, before it runs
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def in_child(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.mpreg"
    write_case(path, new_case("锁"))
    return path


@pytest.mark.parametrize("attack", ["dev_zero_link", "fifo", "huge", "folder"])
def test_hostile_lock_is_not_read_and_the_user_decides(attack, case_path, tmp_path) -> None:
    lock = locks.lock_path(case_path)
    if attack == "dev_zero_link":
        lock.symlink_to("/dev/zero")
    elif attack == "fifo":
        os.mkfifo(lock)
    elif attack == "huge":
        with open(lock, "wb") as handle:  # sparse: 8 GB claimed, nothing on disk
            handle.truncate(8 * 1024**3)
    else:
        lock.mkdir()
    result = in_child(
        "import sys; from pathlib import Path; from mpreg_desktop.storage.cases import locks; "
        f"info = locks.held_by_other(Path({str(case_path)!r})); print(info.user, info.pid)"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["?", "0"]  # held by "someone": the window asks the user


def test_lock_link_to_a_real_lock_is_not_followed(case_path, tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere.lock"
    elsewhere.write_text('{"user": "x", "host": "h", "pid": 1, "time": "2026-01-01T00:00"}')
    locks.lock_path(case_path).symlink_to(elsewhere)
    assert locks.read_lock(case_path).user == "?"


@pytest.mark.parametrize("kind", ["fifo", "dev_zero_link"])
def test_recovery_settings_and_index_skip_hostile_files(kind, tmp_path) -> None:
    home = tmp_path / "home"
    (home / "state" / "recovery").mkdir(parents=True)
    (home / "config").mkdir(parents=True)
    targets = [
        home / "state" / "recovery" / "x-unsaved.json",
        home / "config" / "settings.json",
        home / "config" / "holidays.json",
    ]
    for target in targets:
        if kind == "fifo":
            os.mkfifo(target)
        else:
            target.symlink_to("/dev/zero")
    result = in_child(
        "from pathlib import Path; "
        "from mpreg_desktop.storage.cases.recovery import list_recoveries; "
        "from mpreg_desktop.storage.settings import load_settings; "
        "from mpreg_desktop.storage import calendar_overrides as c; "
        f"home = Path({str(home)!r}); "
        "print(len(list_recoveries(home / 'state')), load_settings(home / 'config' / "
        "'settings.json').language, c.load_calendar(home / 'config').error is not None)"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[:2] == ["0", "system"]


def test_read_small_file_reads_a_regular_file(tmp_path) -> None:
    path = tmp_path / "small.json"
    path.write_bytes(b"{}")
    assert read_small_file(path, 10) == b"{}"
    with pytest.raises(OSError):
        read_small_file(path, 1)
    with pytest.raises(FileNotFoundError):
        read_small_file(tmp_path / "missing", 10)
