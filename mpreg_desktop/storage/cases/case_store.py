"""Where an open case is kept, and saving it without losing anything on disk. Qt-free.

A :class:`CaseStore` knows the case's file, what that file held when it was read or last saved
(its :class:`DiskState`), and where its recovery file and backups go. Saving:

- writes through a symbolic link to its target (the link stays a link, a synced target gets the
  new content) and, for a file with hard links, into the same file so every link sees it;
- keeps an existing file's mode, group and (where allowed) owner; a new file is private (0600);
  a read-only file is not written unless the caller has the user's consent;
- compares the file with what was read (a sync may have brought a newer version) before anything
  else, and again immediately before the new file replaces it: a change is a :class:`SaveConflict`;
- copies the file it replaces into the backups first, but a backup that cannot be written (full
  or read-only state folder) does not stop the save: the result says so, the caller warns;
- changes the case in memory only after the write succeeded (a failed "save as" leaves the
  attachment paths and the id as they were);
- gives a copy saved under another name (save as, keep mine) a new case id, so two files never
  share an id made by the app; recovery files and backups are keyed by the id *and* a hash of the
  file's real path, so two files with the same id (copied outside the app) never share them.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import Case, copy_case
from mpreg_desktop.domain.clock import Clock
from mpreg_desktop.storage.atomic import atomic_write, write_all
from mpreg_desktop.storage.attachments import is_relative, rebase
from mpreg_desktop.storage.cases.backups import backup_data
from mpreg_desktop.storage.cases.casefile import case_to_bytes

log = logging.getLogger(__name__)


class SaveConflict(Exception):
    """The file changed on disk since it was read or saved; saving would overwrite that."""


class ReadOnlyFile(Exception):
    """The file is read-only; it is written only with the user's consent (``allow_read_only``)."""


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class DiskState:
    """What a file held (its hash) and how it looked (size, time, inode) at one moment."""

    sha256: str
    size: int
    mtime_ns: int
    inode: int
    device: int

    def same_stat(self, info: os.stat_result) -> bool:
        return (self.size, self.mtime_ns, self.inode, self.device) == (
            info.st_size,
            info.st_mtime_ns,
            info.st_ino,
            info.st_dev,
        )


def _state(info: os.stat_result, data: bytes) -> DiskState:
    return DiskState(fingerprint(data), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)


def real_path(path: Path) -> Path:
    """The file a path names, links followed (a missing file: its would-be real path)."""
    return Path(os.path.realpath(path))


def storage_key(case_id: object, path: Path | None) -> str:
    """The name of a case's recovery file and backup folder: its id and a hash of its real path.

    Two files with the same id (one copied outside the app) thus never share either.
    """
    if path is None:
        return f"{case_id}-unsaved"
    digest = hashlib.sha256(os.fsencode(real_path(path))).hexdigest()[:12]
    return f"{case_id}-{digest}"


@dataclass(frozen=True)
class SaveResult:
    data: bytes  # the bytes written
    new_id: bool  # the case got a new id (saved as a copy under another name)
    backup_error: OSError | None  # why the previous version was not backed up (saved anyway)


def _is_read_only(real: Path, info: os.stat_result) -> bool:
    # Nobody may write it by its mode (root may, but should not without asking), or we may not.
    return not info.st_mode & 0o222 or not os.access(real, os.W_OK)


class CaseStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path  # as the user named it (may be a link)
        self.state: DiskState | None = None  # what the file held when read or last saved

    def key(self, case_id: object) -> str:
        return storage_key(case_id, self.path)

    def remember(self, data: bytes) -> None:
        """The file was just read and held ``data``."""
        assert self.path is not None
        try:
            info = os.stat(self.path)
        except OSError:
            self.state = DiskState(fingerprint(data), -1, -1, -1, -1)
            return
        self.state = _state(info, data)

    # -- changes on disk -------------------------------------------------------------------------
    def _differs(self, real: Path, info: os.stat_result | None) -> bool:
        """Does the file at ``real`` (stat ``info``; None: missing) differ from what we know?"""
        if self.state is None:
            return False
        if info is None:
            return True
        if self.state.same_stat(info):
            return False
        try:  # touched or replaced: the same content is not a change
            return fingerprint(real.read_bytes()) != self.state.sha256
        except OSError:
            return True

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what was read or last saved."""
        if self.path is None or self.state is None:
            return False
        real = real_path(self.path)
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return self._differs(real, info)

    # -- saving ----------------------------------------------------------------------------------
    def save(
        self,
        case: Case,
        path: Path,
        state_dir: Path | None,
        *,
        force: bool = False,
        allow_read_only: bool = False,
        now: datetime | None = None,
        rules_edition: date | None = None,
    ) -> SaveResult:
        """Save ``case`` to ``path``; see the module's description. Raises SaveConflict,
        ReadOnlyFile, or OSError (nothing written, nothing changed in memory)."""
        path = Path(path)
        real = real_path(path)
        own = self.path is not None and real == real_path(self.path)
        before = self._stat(real)
        old = b""
        if before is not None:
            if not stat.S_ISREG(before.st_mode):
                raise IsADirectoryError(errno.EISDIR, "not a regular file", os.fspath(path))
            if own and not force and self._differs(real, before):
                raise SaveConflict(os.fspath(path))
            if _is_read_only(real, before) and not allow_read_only:
                raise ReadOnlyFile(os.fspath(path))
            old = real.read_bytes()
            before_state = _state(before, old)
            if own and not force and self.state and before_state.sha256 != self.state.sha256:
                raise SaveConflict(os.fspath(path))
        elif own and not force and self.state is not None:
            raise SaveConflict(os.fspath(path))  # deleted or moved away since it was read

        saved = copy_case(case)
        new_id = self.path is not None and not own
        if new_id:
            saved.id = uuid.uuid4()  # a copy under another name is another case
        if self.path is not None and real.parent != real_path(self.path).parent:
            for record in saved.materials:
                record.attachments = [
                    rebase(a, self.path, path) if is_relative(a) else a for a in record.attachments
                ]
        saved.modified = now or Clock().now()
        saved.app_version = __version__
        if rules_edition is not None:
            saved.rules_edition = rules_edition
        data = case_to_bytes(saved)

        backup_error = None
        if before is not None and state_dir is not None:
            try:
                backup_data(old, storage_key(saved.id, path), state_dir)
            except OSError as exc:
                backup_error = exc  # the UI says why in the user's language
                log.warning("backup before save failed: %s", exc.strerror or exc)

        def unchanged_since_read() -> None:
            # Immediately before the new file takes the old one's place: a sync that wrote in
            # the meantime is a conflict, not something to overwrite.
            now = self._stat(real)
            if before is None:
                if now is not None:
                    raise SaveConflict(os.fspath(path))
            elif now is None or not before_state.same_stat(now):
                raise SaveConflict(os.fspath(path))

        if before is not None and before.st_nlink > 1:
            _write_in_place(real, data, old, unchanged_since_read)
        else:
            mode = stat.S_IMODE(before.st_mode) if before is not None else None
            owner = (before.st_uid, before.st_gid) if before is not None else None
            atomic_write(real, data, mode=mode, owner=owner, before_replace=unchanged_since_read)

        # Written: only now does the case in memory change.
        case.id, case.modified, case.app_version = saved.id, saved.modified, saved.app_version
        case.rules_edition = saved.rules_edition
        for record, saved_record in zip(case.materials, saved.materials, strict=True):
            record.attachments = saved_record.attachments
        self.path = path
        info = self._stat(real)
        self.state = _state(info, data) if info else DiskState(fingerprint(data), -1, -1, -1, -1)
        return SaveResult(data, new_id, backup_error)

    @staticmethod
    def _stat(real: Path) -> os.stat_result | None:
        try:
            return os.stat(real)
        except FileNotFoundError:
            return None


def _write_in_place(real: Path, data: bytes, old: bytes, check) -> None:
    """Write into the file itself, so that all its hard links keep seeing one file.

    Not atomic (a rename would split the links): the previous content is in the backups and in
    memory, and is put back if the write fails.
    """
    check()
    fd = os.open(real, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.lseek(fd, 0, os.SEEK_SET)
                write_all(fd, old)
                os.ftruncate(fd, len(old))
                os.fsync(fd)
            raise
    finally:
        os.close(fd)
