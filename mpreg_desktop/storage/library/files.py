"""Duplicating, renaming, archiving case files: never overwrite, never lose a case.

Every operation puts the new file fully in place (written with :func:`atomic_write`, or moved)
before it removes anything, and never replaces an existing file: a new file is written under a
hidden temporary name and then *linked* to its final name, which fails if that name is taken
(where the file system has no hard links, the name is checked just before a rename). A crash
half-way leaves at worst the old and the new file side by side, never neither.

Decisions:

- **Rename changes the case name and the file name together** (the file becomes
  ``<new name>.mpreg`` in the same folder), because the library lists cases by their name and the
  file manager by the file's: two names for one case would confuse. If that file name is taken,
  nothing changes and the error says so.
- **Archive moves the file into ``<library>/归档/``**, keeping its name (``<stem> 2.mpreg`` if the
  name is taken there). Attachments stored relative to the case file's folder would point at the
  wrong place after the move, so such a case is re-written with its references re-based
  (``attachments.rebase``); a case without them is moved untouched.
- **Duplicate** writes a copy in the same folder (attachments keep pointing at the same scans)
  with a new id, the name ``<name> 副本``, and new created/modified times.
- Files that cannot be read are not renamed, archived or duplicated: what cannot be read cannot
  be re-based or re-written safely. The user can still open them (to see the error) or show them
  in the file manager.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path

from mpreg_desktop.domain.case import Case
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.attachments import is_relative, rebase
from mpreg_desktop.storage.cases.casefile import SUFFIX, CaseFileError, case_to_bytes, read_case
from mpreg_desktop.storage.library.summary import ARCHIVE_FOLDER, is_archived

COPY_WORD = "副本"
MAX_NAME = 200  # the case model's bound for a name
MAX_FILE_STEM = 120  # file systems allow 255 bytes; a Chinese character takes 3 in UTF-8
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10))} | {
    f"lpt{i}" for i in range(1, 10)
}


class LibraryError(Exception):
    """An operation that could not be done; ``code`` is stable, the UI turns it into words.

    Codes: ``unreadable`` (the case file cannot be read: ``detail`` is its CaseFileError code),
    ``exists`` (the target name is taken), ``bad_name`` (empty or unusable as a file name),
    ``already_archived``, ``not_archived``, ``io`` (the operating system refused: ``detail``),
    ``old_kept`` (the new file is in place but the old one could not be removed).
    """

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.path = path
        self.detail = detail


def file_stem_for(name: str) -> str:
    """A file name (without suffix) for a case name, valid on Windows, macOS and Linux."""
    stem = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem = stem[:MAX_FILE_STEM].rstrip(". ")
    if not stem or stem.lower() in _RESERVED or stem.startswith((".", "~")):
        raise LibraryError("bad_name", Path(name))
    return stem


def free_path(folder: Path, stem: str) -> Path:
    """``<stem>.mpreg`` in ``folder``, or ``<stem> 2.mpreg``, ``<stem> 3.mpreg``… if taken."""
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem} {number}{SUFFIX}"
        number += 1
    return candidate


def _read(path: Path) -> Case:
    try:
        return read_case(path)
    except CaseFileError as error:
        raise LibraryError("unreadable", path, error.code) from None


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _place(source: Path, target: Path) -> bool:
    """Give ``source`` the name ``target`` without ever replacing an existing ``target``.

    Returns True when ``source`` is still there as well (it was hard-linked): the caller removes
    it once it no longer needs it.
    """
    try:
        os.link(source, target)  # fails if target exists: the no-overwrite guarantee
    except FileExistsError:
        raise LibraryError("exists", target) from None
    except OSError:
        # No hard links here (FAT, some network shares): check, then rename. On Windows the
        # rename itself refuses an existing target.
        if os.path.lexists(target):
            raise LibraryError("exists", target) from None
        try:
            os.rename(source, target)
        except FileExistsError:
            raise LibraryError("exists", target) from None
        except OSError as exc:
            raise LibraryError("io", target, exc.strerror or str(exc)) from exc
        _fsync_folder(target.parent)
        return False
    _fsync_folder(target.parent)
    return True


def write_new(target: Path, data: bytes) -> None:
    """Write a new file atomically; refuses (``exists``) if ``target`` is already there."""
    if os.path.lexists(target):
        raise LibraryError("exists", target)
    hidden = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.new")
    try:
        atomic_write(hidden, data)
        _place(hidden, target)
    except OSError as exc:
        raise LibraryError("io", target, exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(hidden)


def _remove_old(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise LibraryError("old_kept", path, exc.strerror or str(exc)) from exc
    _fsync_folder(path.parent)


def duplicate_case(path: Path) -> Path:
    """A copy of the case next to it, with a new id; returns the new file."""
    path = Path(path)
    case = _read(path)
    now = SYSTEM_CLOCK.now()
    label = case.name or path.stem
    changes = {"id": uuid.uuid4(), "name": f"{label} {COPY_WORD}"[:MAX_NAME], "created": now}
    copy = Case.model_validate({**case.model_dump(), **changes, "modified": now})
    target = free_path(path.parent, f"{path.stem[: MAX_FILE_STEM - 8]} {COPY_WORD}")
    write_new(target, case_to_bytes(copy))
    return target


def rename_case(path: Path, new_name: str) -> Path:
    """Give the case a new name, and its file the same name; returns the file's new path."""
    path = Path(path)
    new_name = new_name.strip()
    if not new_name or len(new_name) > MAX_NAME:
        raise LibraryError("bad_name", path)
    stem = file_stem_for(new_name)
    case = _read(path)
    case.name = new_name
    case.modified = SYSTEM_CLOCK.now()
    data = case_to_bytes(case)
    target = path.with_name(stem + SUFFIX)
    same_file = target == path or (
        os.path.lexists(target) and os.path.samefile(target, path)  # only the letter case changed
    )
    if same_file:
        try:
            atomic_write(path, data)
            if target.name != path.name:
                os.rename(path, target)
        except OSError as exc:
            raise LibraryError("io", path, exc.strerror or str(exc)) from exc
        return target
    write_new(target, data)
    _remove_old(path)
    return target


def _move_case(path: Path, folder: Path) -> Path:
    """Move a case file into ``folder`` under a free name, re-basing relative attachments."""
    case = _read(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError("io", folder, exc.strerror or str(exc)) from exc
    target = free_path(folder, path.stem)
    relative = [a for m in case.materials for a in m.attachments if is_relative(a)]
    if not relative:
        if _place(path, target):  # untouched: same bytes, same modified time
            _remove_old(path)
        return target
    for material in case.materials:
        material.attachments = [rebase(a, path, target) for a in material.attachments]
    case.modified = SYSTEM_CLOCK.now()
    write_new(target, case_to_bytes(case))
    _remove_old(path)
    return target


def archive_case(path: Path, library: Path) -> Path:
    """Move a case into ``<library>/归档/``; returns where it is now."""
    path, library = Path(path), Path(library)
    if is_archived(path, library):
        raise LibraryError("already_archived", path)
    return _move_case(path, library / ARCHIVE_FOLDER)


def restore_case(path: Path, library: Path) -> Path:
    """Move an archived case back to the top of the library folder."""
    path, library = Path(path), Path(library)
    if not is_archived(path, library):
        raise LibraryError("not_archived", path)
    return _move_case(path, library)
