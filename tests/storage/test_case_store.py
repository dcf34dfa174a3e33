"""Saving a case cannot lose what is on disk: attacks on the save path (issue 14, items 2–7).

Each test reproduces one way a case used to be lost, split or overwritten — Save As keeping the
id, a sync writing during a save, a failed Save As, links, modes, a full or read-only state
folder — and asserts that nothing is lost and the caller learns about it.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

import mpreg_desktop.storage.atomic as atomic
from mpreg_desktop.domain.case import Attachment, MaterialItem, new_case, now_shanghai
from mpreg_desktop.storage.atomic import remove_stale_temp_files
from mpreg_desktop.storage.cases.backups import list_backups
from mpreg_desktop.storage.cases.case_store import (
    CaseStore,
    ReadOnlyFile,
    SaveConflict,
    storage_key,
)
from mpreg_desktop.storage.cases.casefile import case_to_bytes, read_case, write_case
from mpreg_desktop.storage.cases.recovery import list_recoveries, write_recovery
from tests.support import fill, full_disk


def opened(path: Path) -> tuple[CaseStore, object]:
    """A case read from ``path`` as the window opens it."""
    store = CaseStore(path)
    store.remember(path.read_bytes())
    return store, read_case(path)


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    case = new_case("原件")
    path = tmp_path / "a" / "case.mpreg"
    path.parent.mkdir()
    write_case(path, case)
    return path


# -- 2: ids and keys -----------------------------------------------------------------------------
def test_copy_under_another_name_gets_a_new_id(case_path: Path, tmp_path: Path) -> None:
    store, case = opened(case_path)
    old_id = case.id
    result = store.save(case, tmp_path / "copy.mpreg", None)
    assert result.new_id and case.id != old_id
    assert read_case(tmp_path / "copy.mpreg").id == case.id
    assert read_case(case_path).id == old_id  # the original keeps its own
    # Saving the same file again (or a case never saved before) keeps the id.
    assert not store.save(case, tmp_path / "copy.mpreg", None).new_id
    fresh = new_case("新")
    assert not CaseStore().save(fresh, tmp_path / "new.mpreg", None).new_id


def test_two_files_with_one_id_never_share_recovery_or_backups(case_path, tmp_path) -> None:
    twin = tmp_path / "twin.mpreg"
    twin.write_bytes(case_path.read_bytes())  # copied outside the app: the same id
    state = tmp_path / "state"
    a_store, a = opened(case_path)
    b_store, b = opened(twin)
    assert a.id == b.id and a_store.key(a.id) != b_store.key(b.id)
    a.notes, b.notes = "A 的修改", "B 的修改"
    write_recovery(state, a, case_path)
    write_recovery(state, b, twin)
    assert sorted(r.case.notes for r in list_recoveries(state)) == ["A 的修改", "B 的修改"]
    b_store.save(b, twin, state)
    a_store.save(a, case_path, state)
    assert len(list_backups(state, a_store.key(a.id))) == 1
    assert len(list_backups(state, b_store.key(b.id))) == 1
    # A link to a file is the same file: it shares that file's key.
    link = tmp_path / "link.mpreg"
    link.symlink_to(case_path)
    assert storage_key(a.id, link) == storage_key(a.id, case_path)


# -- 3: a write by someone else during the save --------------------------------------------------
def test_external_write_during_the_save_is_a_conflict(case_path, monkeypatch) -> None:
    store, case = opened(case_path)
    theirs = new_case("同步来的版本")
    theirs.id = case.id
    real_write_all = atomic.write_all
    sync_copy = case_path.with_name("sync-download.tmp")
    sync_copy.write_bytes(b"")

    def sync_writes_meanwhile(fd: int, data: bytes) -> None:
        real_write_all(fd, data)
        time.sleep(0.01)  # a sync client replaces the file while ours is being written
        sync_copy.write_bytes(case_to_bytes(theirs))
        os.replace(sync_copy, case_path)

    monkeypatch.setattr(atomic, "write_all", sync_writes_meanwhile)
    case.notes = "我的修改"
    with pytest.raises(SaveConflict):
        store.save(case, case_path, None)
    assert read_case(case_path).name == "同步来的版本"  # theirs is kept
    assert case.notes == "我的修改"  # and mine is still in memory
    assert [p for p in case_path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_file_changed_since_read_is_a_conflict_and_force_overwrites(case_path) -> None:
    store, case = opened(case_path)
    other = read_case(case_path)
    other.notes = "别人的"
    time.sleep(0.01)
    write_case(case_path, other)
    with pytest.raises(SaveConflict):
        store.save(case, case_path, None)
    assert read_case(case_path).notes == "别人的"
    store.save(case, case_path, None, force=True)
    assert read_case(case_path).notes == ""


# -- 4: a failed save as -------------------------------------------------------------------------
def test_failed_save_as_changes_nothing_in_memory(case_path, tmp_path, monkeypatch) -> None:
    scan = case_path.parent / "scan.jpg"
    scan.write_bytes(b"jpeg")
    case = read_case(case_path)
    attachment = Attachment(path="scan.jpg", size=4, sha256="0" * 64, added=now_shanghai())
    case.materials.append(MaterialItem(key="business_licence", attachments=[attachment]))
    write_case(case_path, case)
    store, case = opened(case_path)
    before_id, before_modified = case.id, case.modified
    with full_disk(tmp_path / "disk", monkeypatch) as disk:
        fill(disk)
        with pytest.raises(OSError):
            store.save(case, disk / "elsewhere.mpreg", None)
    assert case.materials[0].attachments[0].path == "scan.jpg"
    assert (case.id, case.modified, store.path) == (before_id, before_modified, case_path)
    store.save(case, case_path, None)  # the next Ctrl+S writes the right paths
    assert read_case(case_path).materials[0].attachments[0].path == "scan.jpg"


def test_save_as_into_another_folder_rebases_after_writing(case_path, tmp_path) -> None:
    case = read_case(case_path)
    attachment = Attachment(path="scan.jpg", size=4, sha256="0" * 64, added=now_shanghai())
    case.materials.append(MaterialItem(key="business_licence", attachments=[attachment]))
    write_case(case_path, case)
    store, case = opened(case_path)
    other = tmp_path / "b"
    other.mkdir()
    store.save(case, other / "case.mpreg", None)
    expected = str(case_path.parent / "scan.jpg")
    assert case.materials[0].attachments[0].path == expected
    assert read_case(other / "case.mpreg").materials[0].attachments[0].path == expected


# -- 5: links ------------------------------------------------------------------------------------
def test_saving_through_a_symbolic_link_writes_its_target(case_path, tmp_path) -> None:
    link = tmp_path / "link.mpreg"
    link.symlink_to(case_path)
    store, case = opened(link)
    case.notes = "通过链接保存"
    store.save(case, link, None)
    assert link.is_symlink() and os.readlink(link) == str(case_path)
    assert read_case(case_path).notes == "通过链接保存"
    assert not store.changed_on_disk()


def test_saving_a_hard_linked_file_keeps_the_links_whole(case_path, tmp_path) -> None:
    other = tmp_path / "hard.mpreg"
    os.link(case_path, other)
    state = tmp_path / "state"
    store, case = opened(case_path)
    case.notes = "两个链接都看到"
    store.save(case, case_path, state)
    assert os.path.samefile(case_path, other) and case_path.stat().st_nlink == 2
    assert read_case(other).notes == "两个链接都看到"
    assert len(list_backups(state, store.key(case.id))) == 1  # the old content is kept
    case.notes = "再改一次"
    store.save(case, other, state)  # and through the other link, which is the same file
    assert read_case(case_path).notes == "再改一次"


# -- 6: modes and owners -------------------------------------------------------------------------
def test_new_file_is_private_and_existing_mode_is_kept(case_path, tmp_path) -> None:
    store, case = opened(case_path)
    store.save(case, tmp_path / "new.mpreg", None)
    assert stat.S_IMODE((tmp_path / "new.mpreg").stat().st_mode) == 0o600
    os.chmod(case_path, 0o660)
    store, case = opened(case_path)
    store.save(case, case_path, None)
    assert stat.S_IMODE(case_path.stat().st_mode) == 0o660


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="giving files away needs root")
def test_shared_folder_file_keeps_its_owner_and_group(case_path) -> None:
    os.chown(case_path, 4321, 1234)
    os.chmod(case_path, 0o660)
    store, case = opened(case_path)
    store.save(case, case_path, None)
    info = case_path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 1234, 0o660)


def test_read_only_file_is_not_written_without_consent(case_path) -> None:
    os.chmod(case_path, 0o444)
    before = case_path.read_bytes()
    store, case = opened(case_path)
    case.notes = "想改只读文件"
    with pytest.raises(ReadOnlyFile):
        store.save(case, case_path, None)
    assert case_path.read_bytes() == before
    store.save(case, case_path, None, allow_read_only=True)
    assert read_case(case_path).notes == "想改只读文件"
    assert stat.S_IMODE(case_path.stat().st_mode) == 0o444  # still read-only


# -- 7: the state folder -------------------------------------------------------------------------
def test_save_does_not_depend_on_the_backup(case_path, tmp_path, monkeypatch) -> None:
    store, case = opened(case_path)
    case.notes = "状态文件夹满了也要保存"
    with full_disk(tmp_path / "state", monkeypatch) as state:
        fill(state)
        if not os.path.ismount(state):  # injected: only the backup may fail, not the case
            monkeypatch.setattr(atomic, "write_all", _fails_under(state))
        result = store.save(case, case_path, state)
    assert result.backup_error
    assert read_case(case_path).notes == "状态文件夹满了也要保存"


def _fails_under(folder: Path):
    """write_all failing with ENOSPC for files in ``folder`` only (the state folder's disk)."""

    def write_all(fd: int, data: bytes) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(folder)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]

    return write_all


def test_state_folder_that_is_a_file_does_not_stop_the_save(case_path, tmp_path) -> None:
    state = tmp_path / "state"
    state.write_text("not a folder")
    store, case = opened(case_path)
    result = store.save(case, case_path, state)
    assert result.backup_error and not store.changed_on_disk()


# -- smaller: temp files left by a killed save ---------------------------------------------------
def test_stale_temp_files_of_our_naming_are_removed_on_the_next_save(case_path) -> None:
    folder = case_path.parent
    stale = folder / ".case.mpreg.abcd1234.tmp"  # what atomic_write names its temp files
    stale.write_bytes(b"x" * 1000)
    fresh = folder / ".case.mpreg.efgh5678.tmp"  # another save may be writing this right now
    fresh.write_bytes(b"x")
    foreign = folder / ".case.mpreg.someone-elses.tmp"
    foreign.write_bytes(b"x")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    store, case = opened(case_path)
    store.save(case, case_path, None)
    assert not stale.exists() and fresh.exists() and foreign.exists()
    assert remove_stale_temp_files(case_path) == 0
