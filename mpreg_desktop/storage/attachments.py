"""Files attached to a material: referenced, never copied into the case.

A reference is the file's path, its size and SHA-256 (see ``Attachment`` in ``domain/case.py``).
The path is stored relative to the case file's folder when the file lies in that folder or below
it, so a client's folder (case file and scans together) can be moved or copied as a whole; a file
elsewhere is stored with its absolute path. Relative paths use ``/`` on every platform, so a case
written on Windows opens on Linux and back.

A case that was never saved has no folder: its attachments are stored with absolute paths, and
they stay absolute when the case is first saved (they still point at the right files, and
rewriting them would make the case "modified" again right after saving). Only when a case that
holds relative paths is saved into another folder must the paths be re-expressed, with
:func:`rebase`, or they would point next to the new case file instead of at the scans.

Only regular files are accepted: a folder, a device (``/dev/zero`` would hash forever), a pipe or
a socket is refused with an :class:`AttachmentError`; a case file naming one is never read: the
reference is reported as "changed" (something is there, but not the file that was attached).
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from datetime import datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Literal

from mpreg_desktop.domain.case import Attachment

FileState = Literal["ok", "missing", "changed", "too_large", "checking"]

CHUNK = 1024 * 1024
# Scans of documents are a few MB; a file this large is a mistake (a video, a disk image) and
# hashing it would freeze the window for minutes.
MAX_BYTES = 200 * 1024 * 1024


class AttachmentError(Exception):
    """A file that cannot be attached; ``code`` is stable, the UI turns it into words."""

    CODES = ("not_found", "folder", "not_regular", "too_large", "unreadable", "bad_name")

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        assert code in self.CODES
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.path = path
        self.detail = detail


def _absolute(path: Path) -> Path:
    """Absolute and normalised (``..`` folded) without following symbolic links."""
    return Path(os.path.normpath(path.absolute()))


def stored_path(file: Path, case_path: Path | None) -> str:
    """How ``file`` is written in a case saved at ``case_path``: relative if inside its folder."""
    file = _absolute(file)
    if case_path is not None:
        try:
            return file.relative_to(_absolute(case_path).parent).as_posix()
        except ValueError:
            pass
    return str(file)


def _is_absolute(text: str) -> bool:
    # A path written on another platform must still count as absolute (C:\… on Linux).
    return PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()


def is_relative(attachment: Attachment) -> bool:
    """Whether the reference is relative to the case file's folder."""
    return not _is_absolute(attachment.path)


def resolve(attachment: Attachment, case_path: Path | None) -> Path:
    """Where the attached file is now expected: absolute paths as they are, relative ones from
    the case file's folder (a relative path in a case never saved cannot be found: returned as
    is, it will be reported missing)."""
    text = attachment.path
    if _is_absolute(text) or case_path is None:
        return Path(text)
    return _absolute(case_path).parent / Path(*PurePosixPath(text.replace("\\", "/")).parts)


def _regular_file_stat(file: Path) -> os.stat_result:
    try:
        info = file.stat()
    except FileNotFoundError as exc:
        raise AttachmentError("not_found", file) from exc
    except OSError as exc:
        raise AttachmentError("unreadable", file, exc.strerror or "") from exc
    if stat.S_ISDIR(info.st_mode):
        raise AttachmentError("folder", file)
    if not stat.S_ISREG(info.st_mode):
        raise AttachmentError("not_regular", file)
    return info


class _Stopped(Exception):
    pass


def _digest(file: Path, limit: int, stop: threading.Event | None = None) -> tuple[int, str]:
    """(bytes read, SHA-256), reading at most ``limit + 1`` bytes in chunks."""
    digest = hashlib.sha256()
    size = 0
    with file.open("rb") as stream:
        while size <= limit and (chunk := stream.read(min(CHUNK, limit + 1 - size))):
            if stop is not None and stop.is_set():
                raise _Stopped
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def make_reference(file: Path, case_path: Path | None, now: datetime) -> Attachment:
    """A reference to ``file`` for a case saved at ``case_path`` (``None``: not saved yet)."""
    info = _regular_file_stat(file)
    if info.st_size > MAX_BYTES:
        raise AttachmentError("too_large", file, str(info.st_size))
    try:
        # The size is what was hashed, not what stat said: the file may be written to right now.
        size, sha256 = _digest(file, MAX_BYTES)
    except OSError as exc:
        raise AttachmentError("unreadable", file, exc.strerror or "") from exc
    if size > MAX_BYTES:
        raise AttachmentError("too_large", file, str(size))
    try:
        return Attachment(path=stored_path(file, case_path), size=size, sha256=sha256, added=now)
    except ValueError as exc:  # a name no case file can hold (not Unicode, or beyond PATH_MAX)
        raise AttachmentError("bad_name", file) from exc


def verify(attachment: Attachment, case_path: Path | None) -> FileState:
    """Is the attached file still there and the same? Size first (cheap), then the hash."""
    file = resolve(attachment, case_path)
    try:
        info = _regular_file_stat(file)
    except AttachmentError as error:
        # Something other than a regular file (a folder, a device) is not the file attached:
        # it is never read.
        return "changed" if error.code in ("folder", "not_regular") else "missing"
    if info.st_size != attachment.size:
        return "changed"
    if info.st_size > MAX_BYTES:  # claimed by the case (a sparse file): never read
        return "too_large"
    try:
        size, sha256 = _digest(file, attachment.size)
    except OSError:
        return "missing"
    return "ok" if (size, sha256) == (attachment.size, attachment.sha256) else "changed"


def rebase(attachment: Attachment, old_case_path: Path | None, new_case_path: Path) -> Attachment:
    """The same reference for the case saved at ``new_case_path`` instead of ``old_case_path``:
    relative if the file lies in the new folder, absolute otherwise."""
    file = resolve(attachment, old_case_path)
    path = stored_path(file, new_case_path) if file.is_absolute() else attachment.path
    return attachment.model_copy(update={"path": path})


class Verifier:
    """Is each attached file still there and the same, hashing each file at most once.

    Thread-safe, for a window that must never wait: :meth:`quick` costs a ``stat`` and answers
    from what is known (or None: the file must be hashed), :meth:`hash_file` does the reading, in
    a worker. Digests are cached by (path, size, time, inode), so a thousand references to one
    file read it once, and a file is read again only after it changed. A file above
    :data:`MAX_BYTES` (a sparse file claiming 20 GB) is never read: its state is "too_large".
    """

    def __init__(self, limit: int = MAX_BYTES) -> None:
        self.limit = limit
        self._digests: dict[tuple[str, int, int, int], str] = {}
        self._lock = threading.Lock()
        self.stopped = threading.Event()  # set when the window goes: a running hash stops
        self.hashed = 0  # files read (tests watch this)

    @staticmethod
    def _key(file: Path, info: os.stat_result) -> tuple[str, int, int, int]:
        return (os.fspath(file), info.st_size, info.st_mtime_ns, info.st_ino)

    def quick(self, attachment: Attachment, case_path: Path | None) -> FileState | None:
        """The state from a ``stat`` and the cache; None when the file must be hashed first."""
        file = resolve(attachment, case_path)
        try:
            info = _regular_file_stat(file)
        except AttachmentError as error:
            return "changed" if error.code in ("folder", "not_regular") else "missing"
        if info.st_size != attachment.size:
            return "changed"
        if info.st_size > self.limit:
            return "too_large"
        with self._lock:
            digest = self._digests.get(self._key(file, info))
        if digest is None:
            return None
        return "ok" if digest == attachment.sha256 else "changed"

    def hash_file(self, file: Path) -> None:
        """Read ``file`` (bounded) and remember its digest; in a worker thread."""
        try:
            info = _regular_file_stat(file)
        except AttachmentError:
            return
        key = self._key(file, info)
        with self._lock:
            if key in self._digests or info.st_size > self.limit:
                return
        try:
            size, digest = _digest(file, self.limit, self.stopped)
        except (OSError, _Stopped):
            return
        self.hashed += 1
        if size == info.st_size:  # not written to while being read
            with self._lock:
                self._digests[key] = digest

    def remember(self, attachment: Attachment, case_path: Path | None) -> None:
        """A file just hashed to attach it: known to be ok without reading it again."""
        file = resolve(attachment, case_path)
        try:
            info = _regular_file_stat(file)
        except AttachmentError:
            return
        if info.st_size == attachment.size:
            with self._lock:
                self._digests[self._key(file, info)] = attachment.sha256

    def check(self, attachment: Attachment, case_path: Path | None) -> FileState:
        """:meth:`quick`, hashing here if needed (for commands and tests, not the window)."""
        state = self.quick(attachment, case_path)
        if state is None:
            self.hash_file(resolve(attachment, case_path))
            state = self.quick(attachment, case_path) or "missing"
        return state


# --- copying scans beside the case ----------------------------------------------------------------

ATTACHMENTS_FOLDER = "{stem} 附件"  # beside the case file: 兰州拉面.mpreg → 兰州拉面 附件/


def attachments_folder(case_path: Path) -> Path:
    return _absolute(case_path).parent / ATTACHMENTS_FOLDER.format(stem=case_path.stem)


def outside_case_folder(file: Path, case_path: Path | None) -> bool:
    """Whether ``file`` would be stored with an absolute path (moving the case would lose it)."""
    return case_path is not None and _is_absolute(stored_path(file, case_path))


def copy_beside_case(file: Path, case_path: Path) -> Path:
    """Copy ``file`` into ``<case name> 附件/`` beside the case, under a free name; the copy.

    A file with the same content already there is reused instead of copied again (one ID card
    attached to two materials is one file). Raises AttachmentError when it cannot be copied.
    """
    import shutil

    info = _regular_file_stat(file)
    if info.st_size > MAX_BYTES:
        raise AttachmentError("too_large", file, str(info.st_size))
    folder = attachments_folder(case_path)
    target = folder / file.name
    number = 2
    while os.path.lexists(target):
        try:
            same = target.is_file() and _digest(target, MAX_BYTES) == _digest(file, MAX_BYTES)
        except OSError:
            same = False
        if same:
            return target
        target = folder / f"{file.stem} {number}{file.suffix}"
        number += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, target)
    except OSError as exc:
        raise AttachmentError("unreadable", file, exc.strerror or "") from exc
    return target
