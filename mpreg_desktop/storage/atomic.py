"""The one way the app writes a file: atomically, so a crash leaves the old or the new file whole.

Write to a temporary file in the same folder, flush and fsync it, ``os.replace`` it over the target,
then fsync the folder so the rename itself survives a power cut. Every write in the app (cases,
settings, indexes, recovery files) goes through :func:`atomic_write`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
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


# Windows refuses to replace a file another process has open (a virus scanner, the search
# indexer, a sync client reading the case just saved): such holds last milliseconds, so the
# replace is tried again for up to about two seconds before the error reaches the user.
REPLACE_RETRIES_WINDOWS = (0.02, 0.05, 0.1, 0.2, 0.4, 0.5, 0.75)


def _replace(source: str, target: Path) -> None:
    for pause in REPLACE_RETRIES_WINDOWS if os.name == "nt" else ():
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(pause)
    os.replace(source, target)


def atomic_write(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist."""
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, mode)
        _replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = PRIVATE_MODE):
    """Like :func:`atomic_write` for output too large to build in memory: yields a binary file
    to write to; the target is replaced only when the block ends without an exception."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w+b") as tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, mode)
        _replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)
