"""File names that are not UTF-8 (GBK from a Windows zip or share) never crash or stop anything.

Python sees such a name as lone surrogates (``os.fsdecode``). Opening, autosave, saving, the
recent-files list, the library index and the command line must all survive them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries
from mpreg_desktop.storage.library.index import LibraryIndex
from mpreg_desktop.storage.settings import load_settings

GBK_NAME = "星光咖啡".encode("gbk") + b".mpreg"


@pytest.fixture
def gbk_case(tmp_path: Path) -> Path:
    if sys.platform == "darwin":  # APFS refuses names that are not UTF-8
        pytest.skip("the file system only stores UTF-8 names")
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), GBK_NAME)))
    write_case(path, new_case("GBK 名字的案例"))
    return path


def test_window_opens_autosaves_and_saves_a_gbk_named_case(
    window, gbk_case, context, qtbot
) -> None:
    assert window.open_case_file(gbk_case)
    window.document.set_field("notes", "自动保存")
    window.safety.autosave()  # used to raise UnicodeEncodeError on every tick
    (recovery,) = list_recoveries(context.paths.state_dir)
    assert recovery.case_path == gbk_case
    assert window.save()
    assert read_case(gbk_case).notes == "自动保存"
    qtbot.wait(1)  # the recent list is written once the event loop runs
    settings = load_settings(context.paths.settings_file)
    assert settings.recent_files[0] == str(gbk_case)  # the recent list kept the real name


def test_library_index_is_saved_with_a_gbk_named_case(gbk_case, tmp_path) -> None:
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.domain.workdays import WorkdayCalendar

    state = tmp_path / "state"
    index = LibraryIndex(state, load_rules(), WorkdayCalendar())
    (summary,) = index.start(gbk_case.parent).step()  # saves the index at the end
    assert summary.path == gbk_case
    document = json.loads(index.cache_file(gbk_case.parent).read_bytes())
    assert str(gbk_case) in json.dumps(document, ensure_ascii=False)
    again = LibraryIndex(state, load_rules(), WorkdayCalendar())
    again.start(gbk_case.parent).step()
    assert again.reads == 0  # read back from the saved index, not from the files


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_check_prints_a_gbk_name_without_a_traceback(gbk_case, extra) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mpreg_desktop", "check", *extra, os.fsencode(gbk_case)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "LANG": "en_US.UTF-8"},
    )
    assert b"Traceback" not in result.stderr and result.returncode in (0, 1)
    if extra:
        assert json.loads(result.stdout)["file"] == str(gbk_case)
    else:
        assert GBK_NAME in result.stdout  # the name's own bytes, as ls prints them
