"""Who has a case open: a small lock file next to the case, so a colleague's PC can see it too.

``.<name>.mpreg.lock`` beside the case holds user, host, pid and time. It is written only after
the case opened successfully and removed when it closes. Another copy of the app — on this PC or
on another one through a shared or synced folder — finds it and opens the case read-only, or takes
the lock over when the user says the other copy is gone. A lock from this host whose process no
longer runs is stale and taken over silently.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.small_files import read_small_file

MAX_LOCK_BYTES = 4096


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: datetime

    @staticmethod
    def mine() -> LockInfo:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "?"
        return LockInfo(user, socket.gethostname(), os.getpid(), SYSTEM_CLOCK.now())

    def is_mine(self) -> bool:
        me = LockInfo.mine()
        return self.host == me.host and self.pid == me.pid

    def is_stale(self) -> bool:
        """Certainly stale: from this host, and its process is gone."""
        return self.host == socket.gethostname() and not _process_alive(self.pid)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else, or we cannot tell: assume alive
    return True


def _windows_process_alive(pid: int) -> bool:
    """Windows has no signal 0: ``os.kill(pid, 0)`` there *terminates* the process. Ask the
    kernel instead: a process that can be opened and has no exit code yet is running."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # no such process (ERROR_INVALID_PARAMETER), or one we may not look at: alive
        return ctypes.get_last_error() == ERROR_ACCESS_DENIED
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


PROCESS_QUERY_LIMITED_INFORMATION, ERROR_ACCESS_DENIED, STILL_ACTIVE = 0x1000, 5, 259


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(f".{case_path.name}.lock")


def read_lock(case_path: Path) -> LockInfo | None:
    try:
        # A lock is tiny; a link (to /dev/zero), a FIFO or a huge file is not ours: never read.
        document = json.loads(read_small_file(lock_path(case_path), MAX_LOCK_BYTES))
        return LockInfo(
            str(document["user"]),
            str(document["host"]),
            int(document["pid"]),
            datetime.fromisoformat(document["time"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable lock: treat it as held by "someone", so the user decides.
        return LockInfo("?", "?", 0, SYSTEM_CLOCK.now())


def held_by_other(case_path: Path) -> LockInfo | None:
    """The lock of another live copy of the app, or None when the case is free (or ours)."""
    info = read_lock(case_path)
    if info is None or info.is_mine() or info.is_stale():
        return None
    return info


def acquire(case_path: Path) -> None:
    """Write our lock (after a successful open, or to take a lock over on the user's request)."""
    info = LockInfo.mine()
    document = {
        "user": info.user,
        "host": info.host,
        "pid": info.pid,
        "time": info.time.isoformat(),
    }
    # Not synced to disk: after a power cut its process is gone and the lock is stale anyway, and
    # the two fsyncs held up opening a case by 5–20 ms (docs/performance.md).
    atomic_write(lock_path(case_path), json.dumps(document).encode("utf-8"), durable=False)


def release(case_path: Path) -> None:
    """Remove our lock; someone else's is left alone."""
    info = read_lock(case_path)
    if info is not None and info.is_mine():
        lock_path(case_path).unlink(missing_ok=True)
