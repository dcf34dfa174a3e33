"""Attachment references: where they point, what they hash, and what became of the file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import Case, MaterialItem, now_shanghai
from mpreg_desktop.storage import attachments
from mpreg_desktop.storage.attachments import (
    AttachmentError,
    Verifier,
    make_reference,
    rebase,
    resolve,
    verify,
)
from mpreg_desktop.storage.cases.casefile import read_case, write_case

NOW = now_shanghai()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_inside_case_folder_is_relative_with_forward_slashes(tmp_path: Path) -> None:
    case_path = tmp_path / "client" / "星光.mpreg"
    scan = write(tmp_path / "client" / "扫描件" / "营业执照.jpg", b"\xff\xd8\xffscan")
    ref = make_reference(scan, case_path, NOW)
    assert ref.path == "扫描件/营业执照.jpg"
    assert attachments.is_relative(ref)
    assert ref.size == len(b"\xff\xd8\xffscan")
    assert ref.sha256 == hashlib.sha256(b"\xff\xd8\xffscan").hexdigest()
    assert ref.added == NOW
    assert resolve(ref, case_path) == scan


def test_next_to_case_file_is_relative(tmp_path: Path) -> None:
    scan = write(tmp_path / "id.png", b"png")
    assert make_reference(scan, tmp_path / "a.mpreg", NOW).path == "id.png"


def test_outside_case_folder_is_absolute(tmp_path: Path) -> None:
    scan = write(tmp_path / "elsewhere" / "id.png", b"png")
    ref = make_reference(scan, tmp_path / "client" / "a.mpreg", NOW)
    assert Path(ref.path).is_absolute()
    assert Path(ref.path) == scan
    assert resolve(ref, tmp_path / "client" / "a.mpreg") == scan


def test_dotdot_in_the_chosen_path_is_folded(tmp_path: Path) -> None:
    write(tmp_path / "client" / "id.png", b"png")
    odd = tmp_path / "client" / "sub" / ".." / "id.png"
    (tmp_path / "client" / "sub").mkdir()
    assert make_reference(odd, tmp_path / "client" / "a.mpreg", NOW).path == "id.png"


def test_unsaved_case_stores_absolute(tmp_path: Path) -> None:
    scan = write(tmp_path / "id.png", b"png")
    ref = make_reference(scan, None, NOW)
    assert Path(ref.path).is_absolute()
    assert not attachments.is_relative(ref)
    assert resolve(ref, None) == scan
    assert verify(ref, None) == "ok"


def test_hash_is_computed_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "CHUNK", 7)
    data = bytes(range(256)) * 41
    scan = write(tmp_path / "big.bmp", data)
    ref = make_reference(scan, tmp_path / "a.mpreg", NOW)
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    assert ref.size == len(data)


def test_empty_file_is_a_valid_reference(tmp_path: Path) -> None:
    ref = make_reference(write(tmp_path / "empty.jpg", b""), None, NOW)
    assert ref.size == 0
    assert ref.sha256 == hashlib.sha256(b"").hexdigest()


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        make_reference(tmp_path / "nope.jpg", None, NOW)
    assert caught.value.code == "not_found"


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        make_reference(tmp_path, None, NOW)
    assert caught.value.code == "folder"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_device_is_refused_not_read() -> None:
    with pytest.raises(AttachmentError) as caught:
        make_reference(Path("/dev/zero"), None, NOW)
    assert caught.value.code == "not_regular"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(AttachmentError) as caught:
        make_reference(fifo, None, NOW)
    assert caught.value.code == "not_regular"


def test_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_BYTES", 10)
    with pytest.raises(AttachmentError) as caught:
        make_reference(write(tmp_path / "v.mp4", b"x" * 11), None, NOW)
    assert caught.value.code == "too_large"


def test_unreadable_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the user may not read (simulated: as root, file modes would not stop us)."""
    scan = write(tmp_path / "locked.jpg", b"secret")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(AttachmentError) as caught:
        make_reference(scan, None, NOW)
    assert caught.value.code == "unreadable"


def test_verify_ok_missing_changed(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    scan = write(tmp_path / "id.jpg", b"original")
    ref = make_reference(scan, case_path, NOW)
    assert verify(ref, case_path) == "ok"
    scan.write_bytes(b"originaL")  # same size, other bytes: only the hash can tell
    assert verify(ref, case_path) == "changed"
    scan.write_bytes(b"longer than before")
    assert verify(ref, case_path) == "changed"
    scan.unlink()
    assert verify(ref, case_path) == "missing"


def test_verify_never_reads_a_folder_in_its_place(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    scan = write(tmp_path / "id.jpg", b"original")
    ref = make_reference(scan, case_path, NOW)
    scan.unlink()
    scan.mkdir()
    assert verify(ref, case_path) == "changed"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_verify_never_reads_a_device_named_in_a_case(tmp_path: Path) -> None:
    ref = make_reference(write(tmp_path / "x.jpg", b"x"), None, NOW)
    hostile = ref.model_copy(update={"path": "/dev/zero"})
    assert verify(hostile, None) == "changed"


def test_relative_reference_follows_a_moved_folder(tmp_path: Path) -> None:
    old = tmp_path / "old"
    write(old / "scans" / "id.jpg", b"scan")
    ref = make_reference(old / "scans" / "id.jpg", old / "a.mpreg", NOW)
    new = tmp_path / "new"
    old.rename(new)
    assert verify(ref, new / "a.mpreg") == "ok"


def test_windows_separators_in_a_relative_path_resolve(tmp_path: Path) -> None:
    scan = write(tmp_path / "scans" / "id.jpg", b"scan")
    ref = make_reference(scan, tmp_path / "a.mpreg", NOW)
    written_on_windows = ref.model_copy(update={"path": "scans\\id.jpg"})
    assert resolve(written_on_windows, tmp_path / "a.mpreg") == scan


def test_foreign_absolute_path_is_not_joined_to_the_folder(tmp_path: Path) -> None:
    ref = make_reference(write(tmp_path / "x.jpg", b"x"), None, NOW)
    foreign = ref.model_copy(update={"path": "C:\\Users\\a\\id.jpg"})
    assert not attachments.is_relative(foreign)
    assert resolve(foreign, tmp_path / "a.mpreg") == Path("C:\\Users\\a\\id.jpg")
    assert verify(foreign, tmp_path / "a.mpreg") == "missing"


def test_rebase_for_save_as_elsewhere(tmp_path: Path) -> None:
    old_case = tmp_path / "client" / "a.mpreg"
    scan = write(tmp_path / "client" / "scans" / "id.jpg", b"scan")
    ref = make_reference(scan, old_case, NOW)
    elsewhere = rebase(ref, old_case, tmp_path / "backup" / "a.mpreg")
    assert Path(elsewhere.path) == scan
    assert verify(elsewhere, tmp_path / "backup" / "a.mpreg") == "ok"
    above = rebase(ref, old_case, tmp_path / "a.mpreg")
    assert above.path == "client/scans/id.jpg"
    assert (above.size, above.sha256, above.added) == (ref.size, ref.sha256, ref.added)


def test_rebase_absolute_into_the_new_folder_becomes_relative(tmp_path: Path) -> None:
    scan = write(tmp_path / "client" / "id.jpg", b"scan")
    ref = make_reference(scan, None, NOW)
    assert rebase(ref, None, tmp_path / "client" / "a.mpreg").path == "id.jpg"


def test_verifier_hashes_again_only_after_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_path = tmp_path / "a.mpreg"
    scan = write(tmp_path / "id.jpg", b"original")
    ref = make_reference(scan, case_path, NOW)
    verifier = Verifier()
    assert verifier.check(ref, case_path) == "ok"
    assert verifier.check(ref, case_path) == "ok"
    assert verifier.hashed == 1
    scan.write_bytes(b"originaL")
    os.utime(scan, ns=(1, 1))  # a new modification time, whatever the clock's resolution
    assert verifier.check(ref, case_path) == "changed"
    assert verifier.hashed == 2
    scan.unlink()
    assert verifier.check(ref, case_path) == "missing"


def test_reference_survives_a_case_file_round_trip(tmp_path: Path) -> None:
    case_path = tmp_path / "a.mpreg"
    scan = write(tmp_path / "scans" / "营业执照.png", b"png")
    case = Case(materials=[MaterialItem(key="business_licence")])
    case.materials[0].attachments.append(make_reference(scan, case_path, NOW))
    write_case(case_path, case)
    again = read_case(case_path).materials[0].attachments[0]
    assert again == case.materials[0].attachments[0]
    assert verify(again, case_path) == "ok"


def test_copy_beside_the_case_keeps_the_case_movable(tmp_path: Path) -> None:
    from mpreg_desktop.storage.attachments import (
        attachments_folder,
        copy_beside_case,
        outside_case_folder,
        stored_path,
    )

    case = tmp_path / "clients" / "兰州拉面.mpreg"
    case.parent.mkdir()
    scan = tmp_path / "Downloads" / "id.jpg"
    scan.parent.mkdir()
    scan.write_bytes(b"front of the ID card")
    assert outside_case_folder(scan, case)
    copy = copy_beside_case(scan, case)
    assert copy == attachments_folder(case) / "id.jpg" == case.parent / "兰州拉面 附件" / "id.jpg"
    assert copy.read_bytes() == scan.read_bytes()
    assert not outside_case_folder(copy, case)
    assert stored_path(copy, case) == "兰州拉面 附件/id.jpg"  # relative: moves with the case
    assert copy_beside_case(scan, case) == copy  # the same content is not copied twice
    other = tmp_path / "Downloads" / "x" / "id.jpg"
    other.parent.mkdir()
    other.write_bytes(b"another person's card")
    assert copy_beside_case(other, case).name == "id 2.jpg"  # never overwrites
    assert not outside_case_folder(scan, None)  # a case never saved has no folder to copy to
