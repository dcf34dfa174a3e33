"""The one way the app writes a file: atomically, so a crash leaves the old or the new file whole.

Write to a temporary file in the same folder, flush and fsync it, ``os.replace`` it over the target,
then fsync the folder so the rename itself survives a power cut. Every write in the app (cases,
settings, indexes, recovery files) goes through :func:`atomic_write`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

# Case files and everything derived from them hold personal data: owner-only where the OS has modes.
PRIVATE_MODE = 0o600


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (a full disk raises ``OSError`` ENOSPC here; tests inject it here)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def atomic_write(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist."""
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)
