"""The built-in rules pack kept as validated, read back by the next start (storage/rules_cache)."""

from __future__ import annotations

import json
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


def test_a_changed_pack_is_kept_under_another_name_and_the_old_file_goes(
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
    (state / f"{rules_cache.PREFIX}{before}.pickle").write_bytes(b"from an earlier edition")
    rules_cache.load_builtin_rules(state)
    (kept,) = kept_files(state)
    assert (
        kept.name == f"{rules_cache.PREFIX}{rules_cache.fingerprint(resource_path('rules'))}.pickle"
    )
