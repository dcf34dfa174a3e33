"""Shared by tests: where artifacts go, and how a missing system tool is reported."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tools(*names: str) -> None:
    """Skip (outside CI) or fail (in CI) when a Debian package the test needs is missing."""
    missing = [n for n in names if shutil.which(n) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (installed by .ci/run from Debian packages)"
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


@contextlib.contextmanager
def full_disk(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a full disk: a tiny tmpfs filled up where this runs as root and may mount,
    else every write through ``storage.atomic.write_all`` fails with ENOSPC (fault injection)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = (
        os.name == "posix"
        and os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        if not mounted:
            import mpreg_desktop.storage.atomic as atomic

            def no_space(fd: int, data: bytes) -> None:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            monkeypatch.setattr(atomic, "write_all", no_space)
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk that holds ``folder`` (no-op on an injected full disk: writes fail anyway)."""
    with contextlib.suppress(OSError), open(folder / ".filler", "wb") as filler:
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()


def require_chinese_font() -> None:
    """Skip (outside CI) or fail (in CI) when no installed font can draw Chinese: printing
    refuses to make a sheet of empty boxes (a fresh Debian/Ubuntu has no such font)."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        pytest.fail("require_chinese_font needs the qapp fixture (fonts are Qt's to list)")
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    message = (
        "needs a font for Chinese: sudo apt-get install fonts-noto-cjk "
        "(installed by .ci/run; on Windows and macOS one comes with the system)"
    )
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


def newest_source(names: tuple[str, ...]) -> float:
    """The newest modification time among the files under ``names`` (relative to the project):
    a package built before it is out of date."""
    newest = 0.0
    for name in names:
        path = ROOT / name
        for file in [path] if path.is_file() else path.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".qm":
                newest = max(newest, file.stat().st_mtime)
    return newest
