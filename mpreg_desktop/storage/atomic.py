"""The one way the app writes a file: atomically, so a crash leaves the old or the new file whole.

Write to a temporary file in the same folder, flush and fsync it, ``os.replace`` it over the target,
then fsync the folder so the rename itself survives a power cut. Every write in the app (cases,
settings, indexes, recovery files) goes through :func:`atomic_write`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable
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


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (a full disk raises ``OSError`` ENOSPC here; tests inject it here)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def atomic_write(
    path: Path,
    data: bytes,
    mode: int | None = PRIVATE_MODE,
    *,
    owner: tuple[int, int] | None = None,
    before_replace: Callable[[], None] | None = None,
    durable: bool = True,
) -> None:
    """Replace ``path`` with ``data`` atomically; the folder must exist.

    ``mode`` (None: private) and ``owner`` (uid, gid: kept where the OS allows, the group at
    least) are given to the new file before it takes the old one's place. ``before_replace`` runs
    immediately before the rename and may raise to abandon the write (the temp file goes).
    ``durable=False`` leaves out both fsyncs (each waits for the disk) for a file that means
    nothing after a power cut, such as a lock; every reader still sees the old or the new file.
    """
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            if owner is not None:
                _give_owner(tmp_name, *owner)
            os.chmod(tmp_name, PRIVATE_MODE if mode is None else mode)
        if before_replace is not None:
            before_replace()
        _replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(folder)
    remove_stale_temp_files(path)


def _give_owner(name: str, uid: int, gid: int) -> None:
    # Only root may give a file away; anyone may give it a group they belong to (a shared folder's).
    try:
        os.chown(name, uid, gid)
    except OSError:
        with contextlib.suppress(OSError):
            os.chown(name, -1, gid)


# A temp file older than this is left from a killed or crashed write (a write takes milliseconds).
STALE_AFTER_S = 120


def remove_stale_temp_files(path: Path) -> int:
    """Remove temp files of :func:`atomic_write`'s own naming for ``path`` left by a killed write;
    returns how many. Another program's files never match the pattern."""
    pattern = re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}\.tmp")
    removed = 0
    try:
        now = os.stat(path).st_mtime  # the file system's own clock: the file was just written
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_AFTER_S:
                os.unlink(entry.path)
                removed += 1
    return removed


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
