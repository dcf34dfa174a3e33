"""Never losing work in the window: autosave, backups, locks, changes on disk, newer files."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from mpreg_desktop.domain.case import SCHEMA_VERSION
from mpreg_desktop.storage.cases import locks
from mpreg_desktop.storage.cases.backups import list_backups
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries, write_recovery
from mpreg_desktop.ui.dialogs.history import HistoryDialog
from mpreg_desktop.ui.dialogs.recovery_prompt import offer_recoveries


def state_dir(window) -> Path:
    return window.context.paths.state_dir


def test_autosave_writes_recovery_and_save_removes_it(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("notes", "客户周五送材料")
    window.safety.autosave()
    (recovery,) = list_recoveries(state_dir(window))
    assert recovery.case.notes == "客户周五送材料" and recovery.case_path == sample_path
    assert read_case(sample_path).notes == ""  # never written over the case file
    assert window.save()
    assert list_recoveries(state_dir(window)) == []


def test_backups_before_save_and_restore_from_history(window, sample_path: Path, qtbot) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("notes", "第一次")
    window.save()
    window.document.set_field("notes", "第二次")
    window.save()
    document = window.document
    backups = list_backups(state_dir(window), document.store.key(document.case.id))
    assert [read_case(b.path).notes for b in backups] == ["第一次", ""]
    dialog = HistoryDialog(window.document, state_dir(window), window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.restore()
    assert window.document.case.notes == "第一次" and window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.case.notes == "第二次"


def test_lock_written_after_open_and_removed_on_close(window, sample_path: Path) -> None:
    assert not locks.lock_path(sample_path).exists()
    window.open_case_file(sample_path)
    assert locks.lock_path(sample_path).exists()
    window.close()
    assert not locks.lock_path(sample_path).exists()


def test_bad_file_writes_no_lock(window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.mpreg"
    bad.write_text("nope", encoding="utf-8")
    window.open_case_file(bad)
    assert not locks.lock_path(bad).exists()


@pytest.fixture
def other_copy(sample_path: Path):
    """Another live copy of the app holds the case's lock."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock = {
        "user": "colleague",
        "host": socket.gethostname(),
        "pid": process.pid,
        "time": "2026-11-21T09:00:00+08:00",
    }
    locks.lock_path(sample_path).write_text(json.dumps(lock), encoding="utf-8")
    yield process
    process.kill()
    process.wait()


def test_locked_case_opens_read_only(window, sample_path, other_copy, click, dialogs) -> None:
    click.append("Open read-only")
    assert window.open_case_file(sample_path)
    document = window.document
    assert document.read_only == "locked" and "(read-only)" in window.windowTitle()
    document.set_field("notes", "should not happen")
    assert document.case.notes == "" and not window.isWindowModified()
    assert not window.save()  # saving over the other copy's file is refused
    assert json.loads(locks.lock_path(sample_path).read_text())["user"] == "colleague"
    window.close()
    assert json.loads(locks.lock_path(sample_path).read_text())["user"] == "colleague"


def test_locked_case_can_be_taken_over(window, sample_path, other_copy, click) -> None:
    click.append("Take over")
    window.open_case_file(sample_path)
    assert window.document.read_only is None
    assert locks.read_lock(sample_path).is_mine()


def test_save_never_overwrites_a_file_changed_on_disk(window, sample_path, click) -> None:
    window.open_case_file(sample_path)
    theirs = read_case(sample_path)
    theirs.notes = "来自另一台电脑"
    write_case(sample_path, theirs)  # a sync brought a new version
    window.document.set_field("notes", "我的修改")
    click.append("Keep mine as a copy")
    assert window.save()
    assert read_case(sample_path).notes == "来自另一台电脑"
    copy = sample_path.with_name(f"{sample_path.stem}（my version）.mpreg")
    assert read_case(copy).notes == "我的修改" and window.document.path == copy


def test_change_on_disk_can_be_compared_then_reloaded(
    window, sample_path, click, monkeypatch
) -> None:
    from mpreg_desktop.ui.dialogs.compare import DiffDialog

    shown: list[str] = []
    monkeypatch.setattr(DiffDialog, "exec", lambda self: shown.append("diff") or 0)
    window.open_case_file(sample_path)
    theirs = read_case(sample_path)
    theirs.notes = "同步过来的新版本"
    write_case(sample_path, theirs)
    click.extend(["Compare…", "Reload"])
    window.safety.check_disk()
    assert shown == ["diff"]
    assert window.document.case.notes == "同步过来的新版本" and not window.isWindowModified()


def test_own_save_is_not_a_change_on_disk(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("notes", "x")
    window.save()
    assert not window.document.store.changed_on_disk()


def test_newer_file_opens_read_only_and_is_never_saved(window, sample_path: Path, dialogs) -> None:
    document = json.loads(sample_path.read_text("utf-8"))
    document["schema_version"] = SCHEMA_VERSION + 1
    document["from_the_future"] = True
    sample_path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    before = sample_path.read_bytes()
    assert window.open_case_file(sample_path)
    assert window.document.read_only == "newer_version"
    assert "newer version" in window.statusBar().currentMessage()
    assert not window.save()
    assert sample_path.read_bytes() == before


def test_recovery_offered_at_start(context, sample_path: Path, qtbot) -> None:
    case = read_case(sample_path)
    case.notes = "崩溃前的修改"
    write_recovery(context.paths.state_dir, case, sample_path)
    asked: list[str] = []

    def ask(parent, recovery):
        asked.append(recovery.case.notes)
        return "recover"

    assert offer_recoveries(context, ask=ask) == 1
    window = context.window_for(sample_path)
    assert asked == ["崩溃前的修改"]
    assert window.document.case.notes == "崩溃前的修改" and window.isWindowModified()
    window.document.undo_stack.setClean()


def test_recovery_discard_and_later(context, sample_path: Path) -> None:
    case = read_case(sample_path)
    write_recovery(context.paths.state_dir, case, sample_path)
    offer_recoveries(context, ask=lambda *a: "later")
    assert len(list_recoveries(context.paths.state_dir)) == 1
    offer_recoveries(context, ask=lambda *a: "discard")
    assert list_recoveries(context.paths.state_dir) == []


def test_save_as_copy_of_read_only_case(
    window, sample_path, other_copy, click, tmp_path, monkeypatch
) -> None:
    click.append("Open read-only")
    window.open_case_file(sample_path)
    target = tmp_path / "copy.mpreg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save_as()
    assert read_case(target).name == read_case(sample_path).name
