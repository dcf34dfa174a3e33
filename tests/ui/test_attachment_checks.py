"""Checking attached files never freezes the window (issue 14, item 10).

A case can claim anything about its attachments: a 20 GB (sparse) file, or a thousand references
to one large file. The window reads no file on its own thread: a worker hashes each file at most
once (cached by path, size, time and inode), and a file above the limit is never read.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

import mpreg_desktop.storage.attachments as attachments
from mpreg_desktop.domain.case import Attachment, MaterialItem, Step, now_shanghai
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from tests.ui.test_materials_page import wait_checked


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file read for hashing, by thread; reading on the GUI thread fails the test."""
    seen: list[str] = []
    real = attachments._digest

    def digest(file, limit, *args):
        if threading.current_thread() is threading.main_thread():
            raise AssertionError(f"the window read {file} on its own thread")
        seen.append(str(file))
        return real(file, limit, *args)

    monkeypatch.setattr(attachments, "_digest", digest)
    return seen


def attach(case_path: Path, file: Path, copies: int, claimed: int | None = None) -> None:
    case = read_case(case_path)
    with open(file, "rb") as handle:
        data_hash = hashlib.sha256(handle.read(1 << 20)).hexdigest()  # a claim, not checked
    size = claimed if claimed is not None else file.stat().st_size
    per_item = 100  # the format's limit of attachments per material
    for start in range(0, copies, per_item):
        refs = [
            Attachment(path=str(file), size=size, sha256=data_hash, added=now_shanghai())
            for _ in range(min(per_item, copies - start))
        ]
        case.materials.append(MaterialItem(key=f"other_{start // per_item}", attachments=refs))
    write_case(case_path, case)


def test_a_20_gb_sparse_attachment_is_never_read(window, sample_path, reads) -> None:
    huge = sample_path.parent / "huge.jpg"
    with open(huge, "wb") as handle:
        handle.truncate(20 * 1024**3)  # claims 20 GB, holds nothing
    attach(sample_path, huge, 1)
    assert window.open_case_file(sample_path)
    window.case_view.show_step(Step.MATERIALS)
    page = window.case_view.pages[Step.MATERIALS]
    wait_checked(page)
    attachment = window.document.case.materials[-1].attachments[0]
    assert page.state_of(attachment) == "too_large"
    assert reads == [] and page.verifier.hashed == 0


def test_a_thousand_references_to_one_file_read_it_once_off_the_window(
    window, sample_path, reads
) -> None:
    big = sample_path.parent / "big.pdf"
    big.write_bytes(b"%PDF" + b"\x00" * (3 * 1024 * 1024))
    attach(sample_path, big, 1000)
    case = read_case(sample_path)
    digest = hashlib.sha256(big.read_bytes()).hexdigest()
    for record in case.materials:
        for ref in record.attachments:
            ref.sha256 = digest
    write_case(sample_path, case)
    assert window.open_case_file(sample_path)
    window.case_view.show_step(Step.MATERIALS)  # returns at once: nothing read yet
    page = window.case_view.pages[Step.MATERIALS]
    wait_checked(page)
    states = {page.state_of(a) for r in window.document.case.materials for a in r.attachments}
    assert states == {"ok"}
    assert reads == [str(big)]  # once, in the worker
