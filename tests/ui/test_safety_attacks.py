"""Attacks on the window's save path (issue 14): nothing is lost, and the user is told.

Two files with one case id, Save As and "keep mine" copies, a read-only file, a symbolic link, a
state folder that cannot be written, and a reload that fails — each through the real window.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries


def save_as_answers(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_two_files_with_one_id_keep_their_own_recovery(context, sample_path, tmp_path) -> None:
    twin = tmp_path / "twin.mpreg"
    twin.write_bytes(sample_path.read_bytes())  # copied in the file manager: the same id
    a, b = context.new_window(), context.new_window()
    a.open_case_file(sample_path)
    b.open_case_file(twin)
    assert "copy of" in b.statusBar().currentMessage()  # told apart
    a.document.set_field("notes", "A 的未保存修改")
    b.document.set_field("notes", "B 的修改")
    a.safety.autosave()
    b.safety.autosave()
    assert b.save()  # used to delete A's recovery file (they shared one)
    (left,) = list_recoveries(context.paths.state_dir)
    assert left.case.notes == "A 的未保存修改" and left.case_path == sample_path


def test_save_as_copy_gets_a_new_id(window, sample_path, tmp_path, monkeypatch) -> None:
    window.open_case_file(sample_path)
    original = read_case(sample_path).id
    save_as_answers(monkeypatch, tmp_path / "副本.mpreg")
    assert window.save_as()
    copy = read_case(tmp_path / "副本.mpreg")
    assert copy.id != original and window.document.case.id == copy.id


def test_keep_mine_copy_gets_a_new_id(window, sample_path, click) -> None:
    window.open_case_file(sample_path)
    original = read_case(sample_path).id
    theirs = read_case(sample_path)
    theirs.notes = "来自另一台电脑"
    write_case(sample_path, theirs)
    window.document.set_field("notes", "我的修改")
    click.append("Keep mine as a copy")
    assert window.save()
    assert read_case(window.document.path).id != original == read_case(sample_path).id


def test_read_only_file_is_saved_only_when_the_user_agrees(window, sample_path, dialogs) -> None:
    os.chmod(sample_path, 0o444)
    before = sample_path.read_bytes()
    window.open_case_file(sample_path)
    window.document.set_field("notes", "只读文件")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not window.save()
    assert sample_path.read_bytes() == before and window.isWindowModified()
    assert any("read-only" in title for _, title, _ in dialogs.shown)
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.save()
    assert read_case(sample_path).notes == "只读文件"
    assert stat.S_IMODE(sample_path.stat().st_mode) == 0o444


def test_saving_through_a_link_keeps_the_link(window, sample_path, tmp_path) -> None:
    link = tmp_path / "synced-link.mpreg"
    link.symlink_to(sample_path)
    window.open_case_file(link)
    window.document.set_field("notes", "经由链接")
    assert window.save()
    assert link.is_symlink() and read_case(sample_path).notes == "经由链接"


@pytest.fixture
def broken_state_folder(window):
    """The state folder cannot be written: it is a file (also fails for root, unlike a mode)."""
    state = window.context.paths.state_dir
    if state.is_dir():
        for child in sorted(state.rglob("*"), reverse=True):
            child.rmdir() if child.is_dir() else child.unlink()
        state.rmdir()
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("not a folder")
    return state


def test_save_works_and_warns_when_backups_cannot_be_written(
    window, sample_path, broken_state_folder, dialogs
) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("notes", "备份失败也要保存")
    assert window.save()  # used to be refused, blaming the case folder
    assert read_case(sample_path).notes == "备份失败也要保存"
    assert not window.isWindowModified() and dialogs.shown == []
    banner = window.safety.banner
    assert not banner.isHidden() and "could not be kept as a backup" in banner.text.text()


def test_autosave_failure_is_shown_until_it_works(
    window, sample_path, broken_state_folder, qtbot
) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("notes", "自动保存失败")
    window.safety.autosave()
    safety = window.safety
    assert not safety.status.isHidden() and "Autosave" in safety.status.text()
    assert not safety.banner.isHidden() and "Ctrl+S" in safety.banner.text.text()
    safety.banner.hide()  # dismissed: not shown again on every tick of the same failure
    window.document.set_field("notes", "还是失败")
    safety.autosave()
    assert safety.banner.isHidden() and not safety.status.isHidden()
    broken_state_folder.unlink()  # fixed
    window.document.set_field("notes", "好了")
    safety.autosave()
    assert safety.status.isHidden()
    assert [r.case.notes for r in list_recoveries(broken_state_folder)] == ["好了"]


def test_failed_reload_says_what_to_do(window, sample_path, click, dialogs) -> None:
    import json

    from mpreg_desktop.domain.case import SCHEMA_VERSION

    window.open_case_file(sample_path)
    document = json.loads(sample_path.read_text("utf-8"))
    document["schema_version"] = SCHEMA_VERSION + 1
    sample_path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    assert not window.safety.reload()
    (_, _, text) = dialogs.shown[-1]
    assert "Update the app" in text and "newer_version (" not in text
