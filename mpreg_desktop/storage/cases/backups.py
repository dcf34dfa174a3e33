"""Earlier versions of a case: kept before every save replaces the file, last 10 per case.

Backups live in the state folder, ``backups/<key>/<UTC time>.mpreg``, one byte-for-byte copy of
the file as it was on disk before the save; the key is the case id and a hash of the file's real
path (``case_store.storage_key``), so two files never share backups even if their ids collide.
Folders named by the id alone are from earlier versions of the app and are still listed.
文件 → 历史版本 lists them and restores one into the open case (the restore is an ordinary,
undoable edit; the user saves it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.atomic import atomic_write

KEEP = 10
SUFFIX = ".mpreg"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # when the version was replaced (UTC)
    size: int


def backup_folder(state_dir: Path, key: str) -> Path:
    return state_dir / "backups" / str(key)


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _parse_stamp(name: str) -> datetime | None:
    try:
        return datetime.strptime(name, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_before_save(
    target: Path, key: str, state_dir: Path, now: datetime | None = None, keep: int = KEEP
) -> Path | None:
    """Copy the file that a save is about to replace; returns the backup, or None if no file."""
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        return None
    return backup_data(data, key, state_dir, now, keep)


def backup_data(
    data: bytes, key: str, state_dir: Path, now: datetime | None = None, keep: int = KEEP
) -> Path:
    """Keep ``data`` (what the file held before a save) as the newest backup under ``key``."""
    folder = backup_folder(state_dir, key)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_stamp(now or SYSTEM_CLOCK.instant())}{SUFFIX}"
    atomic_write(path, data)
    for old in list_backups(state_dir, key)[keep:]:
        old.path.unlink(missing_ok=True)
    return path


def list_backups(state_dir: Path, *keys: str) -> list[Backup]:
    """The backups kept under any of ``keys``, newest first."""
    found = []
    for key in keys:
        folder = backup_folder(state_dir, key)
        for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else []:
            taken = _parse_stamp(path.stem)
            if taken is not None:
                found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)
