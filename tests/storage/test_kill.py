"""Power cut / kill -9 during saves: the file is always a whole old or new version.

A child process saves the case in a loop (recovery file first, as autosave would, then the case
file); the parent kills it with SIGKILL at random moments, 200 times. After every kill the case
file parses, holds a version no older than before, and the recovery file holds the newest edits.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries, write_recovery

KILLS = 200

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def version(name: str) -> int:
    return int(name.removeprefix("v"))


def saver(path: Path, state: Path, start: int) -> None:
    """The child: save forever, each version a little bigger, until killed."""
    case = read_case(path)
    number = start
    while True:
        number += 1
        case.name = f"v{number}"
        case.notes = "修改" * (number % 300)
        write_recovery(state, case, path)
        write_case(path, case)


def test_sigkill_during_saves_never_breaks_the_file(tmp_path: Path) -> None:
    path, state = tmp_path / "case.mpreg", tmp_path / "state"
    case = new_case("v0")
    write_case(path, case)
    last = 0
    randomness = random.Random(20261121)
    # Kill within about two saves' time, measured here: a busy machine saves more slowly, and
    # kills that always land before the first save ends would prove nothing.
    started = time.perf_counter()
    write_recovery(state, case, path)
    write_case(path, case)
    longest = max(0.02, 2 * (time.perf_counter() - started))
    for _ in range(KILLS):
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            try:
                saver(path, state, last)
            finally:
                os._exit(0)
        time.sleep(randomness.uniform(0.0005, longest))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        saved = read_case(path)  # raises if the file were torn
        assert version(saved.name) >= last
        last = version(saved.name)
        recoveries = list_recoveries(state)
        if recoveries:
            assert version(recoveries[0].case.name) >= last  # written before the case file
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a kill between mkstemp and replace leaves a temp file behind
            (tmp_path / name).unlink()
    assert last > 0, "the child never completed a save"
