"""Files the app writes for the user (PDF sheets, calendars): checked, then written like cases.

An output never replaces its own input (the same file, also reached through a symbolic or hard
link), a folder, a device or a pipe, and an empty name is not a file: each is refused with an
:class:`OutputError` before anything is written. The write itself is :func:`atomic_write`, so a
full disk leaves whatever was there before whole and raises ``OSError``; the file is private
(0600), since sheets and calendars hold personal data. A symbolic link is written through, to its
target, so the link itself stays a link.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mpreg_desktop.storage.atomic import atomic_write


class OutputError(Exception):
    """An output file that must not be written; ``code`` is stable, the caller words it."""

    CODES = ("empty", "is_input", "folder", "not_regular", "no_folder")

    def __init__(self, code: str, path: str) -> None:
        assert code in self.CODES
        super().__init__(f"{code}: {path}")
        self.code = code
        self.path = path


def checked_output(target: Path | str, inputs: tuple[Path, ...] = ()) -> Path:
    """Where ``target`` is really written (a link's target); OutputError if it must not be."""
    text = os.fspath(target)
    if not text.strip():
        raise OutputError("empty", text)
    real = Path(os.path.realpath(text))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError:
        raise OutputError("not_regular", text) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("folder", text)
        if not stat.S_ISREG(info.st_mode):
            raise OutputError("not_regular", text)
        for source in inputs:
            try:
                if os.path.samestat(info, os.stat(source)):  # also a hard link to the input
                    raise OutputError("is_input", text)
            except FileNotFoundError:
                continue
    if not real.parent.is_dir():
        raise OutputError("no_folder", text)
    return real


def write_output(target: Path | str, data: bytes, inputs: tuple[Path, ...] = ()) -> Path:
    """Check ``target`` and write ``data`` to it atomically and privately; returns the real file."""
    real = checked_output(target, inputs)
    atomic_write(real, data)
    return real
