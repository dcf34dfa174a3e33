"""The built-in rules pack kept as validated, read back by the next start (storage/rules_cache)."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mpreg_desktop.domain.rules import pack
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.resources import resource_path
from mpreg_desktop.storage import rules_cache


@pytest.fixture
def fresh_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    """As at a start: no built-in pack validated or shared in this process yet."""
    monkeypatch.setattr(pack, "_builtin", None)


def kept_files(state: Path) -> list[Path]:
    return sorted(state.glob(f"{rules_cache.PREFIX}*.pickle"))


def test_the_next_start_reads_the_pack_back_without_building_validators(tmp_path: Path) -> None:
    code = (
        "import json, sys; from pathlib import Path;"
        " from mpreg_desktop.storage.rules_cache import load_builtin_rules;"
        " from mpreg_desktop.domain.rules import pack; from mpreg_desktop.domain.rules.model import"
        " Rules; from mpreg_desktop.resources import resource_path;"
        " rules = load_builtin_rules(Path(sys.argv[1])); built = Rules.__pydantic_complete__;"
        " same = rules is pack.builtin_rules() is pack.rules_in_use();"
        " valid = pack.build_rules(pack.builtin_parts(), str(resource_path('rules')));"
        " print(json.dumps([built, same, rules == valid, repr(rules) == repr(valid)]))"
    )

    def start() -> list[bool]:
        done = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    assert start() == [True, True, True, True]  # the first start validates, and keeps it
    assert len(kept_files(tmp_path)) == 1
    assert start() == [False, True, True, True]  # the next builds no validator: read back


def test_a_damaged_kept_pack_is_validated_again_and_replaced(tmp_path: Path, fresh_pack) -> None:
    name = f"{rules_cache.PREFIX}{rules_cache.fingerprint(resource_path('rules'))}.pickle"
    (tmp_path / name).write_bytes(b"\x80\x05cut short")
    rules = rules_cache.load_builtin_rules(tmp_path)
    assert isinstance(rules, Rules) and rules is pack.builtin_rules()
    assert pickle.loads((tmp_path / name).read_bytes()) == rules


def test_a_changed_pack_is_kept_under_another_name_and_old_files_go_in_time(
    tmp_path: Path, fresh_pack
) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), folder)
    before = rules_cache.fingerprint(folder)
    naming = folder / "naming.json"
    naming.write_bytes(naming.read_bytes() + b"\n")
    assert rules_cache.fingerprint(folder) != before

    state = tmp_path / "state"
    state.mkdir()
    earlier = [state / f"{rules_cache.PREFIX}{n}{before[1:]}.pickle" for n in "abc"]
    for age, path in enumerate(earlier):  # three earlier editions, "a" used most recently
        path.write_bytes(b"from an earlier edition")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))
    rules_cache.load_builtin_rules(state)
    now = f"{rules_cache.PREFIX}{rules_cache.fingerprint(resource_path('rules'))}.pickle"
    assert [p.name for p in kept_files(state)] == sorted([now, earlier[0].name, earlier[1].name])


def test_two_builds_side_by_side_each_read_their_own_copy(tmp_path: Path, fresh_pack) -> None:
    """An installed app and one run from source share the state folder: each replacing the other's
    copy made every start validate the pack again (~30 ms)."""
    other = tmp_path / f"{rules_cache.PREFIX}{'0' * 32}.pickle"  # the other build's copy
    other.write_bytes(b"the other build's pack")
    rules_cache.load_builtin_rules(tmp_path)  # writes this build's copy beside it
    assert other.exists() and len(kept_files(tmp_path)) == 2
    mine = next(p for p in kept_files(tmp_path) if p != other)
    os.utime(mine, (1, 1))
    written = mine.stat().st_ino  # a copy written anew is another file (atomic replace)
    pack._builtin = None  # the next start of this build
    rules_cache.load_builtin_rules(tmp_path)
    assert mine.stat().st_ino == written  # read back, not written again
    assert mine.stat().st_mtime > 1  # and marked as used
    assert other.exists()
