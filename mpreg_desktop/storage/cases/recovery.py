"""Autosave for crash recovery: unsaved edits go to the state folder, never over the case file.

While a case has unsaved changes the app writes ``recovery/<key>.json`` (the case id and a hash of
the file's real path: two files never share one, even with the same id) every few seconds and
when the window loses focus: the whole case plus where it belongs and when. A clean save or close
removes it. After a crash or a kill the next start finds the files and offers each case back;
recovering or discarding is the user's choice. A damaged recovery file is skipped, not fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mpreg_desktop.domain.case import Case
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.cases.case_store import storage_key
from mpreg_desktop.storage.small_files import read_small_file

# A case file is at most 20 MB; its recovery file holds it plus a few fields.
MAX_RECOVERY_BYTES = 24 * 1024 * 1024

FORMAT = "mpreg-recovery"


@dataclass(frozen=True)
class Recovery:
    file: Path  # the recovery file itself
    case: Case
    case_path: Path | None  # the case file it belongs to (None: never saved)
    saved_at: datetime


def recovery_folder(state_dir: Path) -> Path:
    return state_dir / "recovery"


def recovery_file(state_dir: Path, key: str) -> Path:
    return recovery_folder(state_dir) / f"{key}.json"


def write_recovery(state_dir: Path, case: Case, case_path: Path | None) -> Path:
    """Write the case's recovery file (named by :func:`storage_key`); returns it."""
    folder = recovery_folder(state_dir)
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": FORMAT,
        "saved_at": SYSTEM_CLOCK.now().isoformat(),
        "path": str(case_path) if case_path else None,
        "case": case.model_dump(mode="json"),
    }
    path = recovery_file(state_dir, storage_key(case.id, case_path))
    # ASCII escapes: a file name that is not UTF-8 (undecodable bytes) survives the round trip.
    atomic_write(path, json.dumps(document).encode("ascii"))
    return path


def remove_recovery(state_dir: Path, key: str) -> None:
    recovery_file(state_dir, key).unlink(missing_ok=True)


def list_recoveries(state_dir: Path) -> list[Recovery]:
    """Every readable recovery file, newest first."""
    folder = recovery_folder(state_dir)
    found = []
    for file in folder.glob("*.json") if folder.is_dir() else []:
        try:
            document = json.loads(read_small_file(file, MAX_RECOVERY_BYTES))
            if document.get("format") != FORMAT:
                continue
            case = Case.model_validate(document["case"])
            saved_at = datetime.fromisoformat(document["saved_at"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            continue
        path = document.get("path")
        found.append(Recovery(file, case, Path(path) if path else None, saved_at))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
