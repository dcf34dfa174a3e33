"""Reading the app's small files (locks, settings, recovery, index) without being fooled.

These files sit where other programs and people can put anything: a lock beside a case on a
shared folder may be a link to ``/dev/zero`` (reading it would eat memory until killed) or a
FIFO (opening it would hang the open). A small file is read only if it is a regular file, not a
link, and under a size limit, and opening it never blocks.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link fails with ELOOP instead of being followed
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_BINARY", 0)
)


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; OSError if it is missing, a link, not a regular file, or larger
    than ``limit`` (FileNotFoundError when missing, so callers can tell "none" apart)."""
    if os.path.islink(path):  # where O_NOFOLLOW does not exist (Windows)
        raise OSError(errno.ELOOP, "a link, not followed", os.fspath(path))
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", os.fspath(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, "too large", os.fspath(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit and (chunk := os.read(fd, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while being read
            raise OSError(errno.EFBIG, "too large", os.fspath(path))
        return b"".join(chunks)
    finally:
        os.close(fd)
