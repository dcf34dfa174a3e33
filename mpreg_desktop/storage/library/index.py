"""The case library: every ``.mpreg`` file under one folder, summarised, with a cached index.

Listing 5,000 cases must not mean reading 5,000 files each time the window opens. A
:class:`LibraryIndex` keeps one :class:`CaseSummary` per file in a JSON cache in the state folder,
keyed by the file's path, size and modification time (ns): a scan stats every file and re-reads
only those whose (size, mtime_ns) changed; vanished files drop out. The cache holds names and
personal numbers (for search and the cross-case limits), so it is written owner-only with
:func:`atomic_write`; a damaged or outdated cache is silently discarded and rebuilt. Reading never
modifies a case file; a file that cannot be read is listed as broken with its error, never hides
the others.

A summary (``library_summary.py``) does not depend on the clock, so a cached one never goes stale
with time. What does change a summary without touching the file — the rules pack or the holiday
calendar — is part of the cache's fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from mpreg_desktop.domain.case import Step, SubjectType
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.cases.casefile import SUFFIX
from mpreg_desktop.storage.jsontext import json_bytes
from mpreg_desktop.storage.library.summary import (
    ARCHIVE_FOLDER,
    CaseSummary,
    DeadlineSummary,
    is_archived,
    summarise,
    summarise_file,
)
from mpreg_desktop.storage.small_files import read_small_file

MAX_INDEX_BYTES = 64 * 1024 * 1024  # a summary is well under 1 KB; 10,000s of cases fit

__all__ = [
    "ARCHIVE_FOLDER",
    "CaseSummary",
    "DeadlineSummary",
    "LibraryIndex",
    "LibraryScan",
    "is_archived",
    "others_for",
    "others_in_library",
    "summarise",
    "summarise_file",
    "walk_library",
]

log = logging.getLogger(__name__)

INDEX_FORMAT = "mpreg-library-index"
# Bumped whenever CaseSummary or the way it is derived changes: older caches are then rebuilt.
# 2: "step complete" as the case window defines it (domain/flow/progress.py); 3: people and subject;
# 4: error_os, the kind of system error behind an unreadable file.
SUMMARY_VERSION = 4


# -- finding the files ----------------------------------------------------------------------------


def is_library_file(name: str) -> bool:
    """A case file the library lists: ``*.mpreg``, not hidden (temp, lock and recovery files that
    the app keeps next to cases start with "." or "~")."""
    return name.lower().endswith(SUFFIX) and not name.startswith((".", "~"))


def _hidden(entry: os.DirEntry) -> bool:
    if entry.name.startswith((".", "~")):
        return True
    if os.name == "nt":  # Windows hides by attribute; scandir's stat is free there
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
        return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2))
    return False


def walk_library(root: Path, folders: list[Path]) -> Iterator[tuple[Path, os.stat_result]]:
    """Every case file under ``root`` with its stat, lazily; ``folders`` collects the folders
    visited (the GUI watches them). Hidden folders are skipped, symbolic links to folders are not
    followed (a link loop would never end), unreadable folders are passed over."""
    pending = [root]
    while pending:
        folder = pending.pop()
        folders.append(folder)
        try:
            with os.scandir(folder) as entries:
                found = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            log.warning("library folder skipped: %s", exc.strerror)
            continue
        subfolders = []
        for entry in found:
            try:
                if _hidden(entry):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(Path(entry.path))
                elif is_library_file(entry.name) and entry.is_file():
                    yield Path(entry.path), entry.stat()
            except OSError:  # vanished or unreadable between listing and stat
                continue
        pending.extend(reversed(subfolders))


# -- the index ------------------------------------------------------------------------------------


_FIELDS = [f.name for f in fields(CaseSummary)]


def _encode(summary: CaseSummary) -> dict[str, Any]:
    record = {name: getattr(summary, name) for name in _FIELDS}
    record["path"] = str(summary.path)
    record["modified"] = summary.modified.isoformat() if summary.modified else None
    if summary.deadline is not None:
        record["deadline"] = {
            "code": summary.deadline.code,
            "params": summary.deadline.params,
            "due": summary.deadline.due.isoformat(),
            "soon_from": summary.deadline.soon_from.isoformat(),
        }
    return record


def _decode(record: dict[str, Any]) -> CaseSummary:
    """One cached summary; any surprise raises (KeyError, TypeError, ValueError): cache damaged."""
    values = dict(record)
    values["path"] = Path(values["path"])
    values["subject_type"] = SubjectType(values["subject_type"]) if values["subject_type"] else None
    values["current_step"] = Step(values["current_step"]) if values["current_step"] else None
    values["people"] = tuple(
        tuple((str(k), str(v)) for k, v in person) for person in values["people"]
    )
    values["subject_details"] = tuple((str(k), str(v)) for k, v in values["subject_details"])
    values["modified"] = datetime.fromisoformat(values["modified"]) if values["modified"] else None
    deadline = values["deadline"]
    if deadline is not None:
        values["deadline"] = DeadlineSummary(
            str(deadline["code"]),
            {str(k): str(v) for k, v in deadline["params"].items()},
            datetime.fromisoformat(deadline["due"]),
            datetime.fromisoformat(deadline["soon_from"]),
        )
    summary = CaseSummary(**values)
    if not isinstance(summary.size, int) or not isinstance(summary.mtime_ns, int):
        raise TypeError("size and mtime_ns must be integers")
    return summary


@dataclass(frozen=True)
class MemoCalendar(WorkdayCalendar):
    """The same calendar, remembering each day's answer.

    A library scan asks about the same few hundred days thousands of times, and
    ``chinese_calendar.is_workday`` validates each date against its whole table every time: this
    alone was a third of a cold scan of 5,000 cases.
    """

    known: dict[date, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_workday(self, day: date) -> bool:
        answer = self.known.get(day)
        if answer is None:
            answer = self.known[day] = super().is_workday(day)
        return answer


def fingerprint(rules: Rules, calendar: WorkdayCalendar) -> str:
    """What summaries depend on besides the file: the summary format, the rules, the holidays."""
    import chinese_calendar

    holidays = sorted(
        (year, sorted(o.days_off), sorted(o.make_up_workdays))
        for year, o in calendar.overrides.items()
    )
    text = json.dumps(
        [
            SUMMARY_VERSION,
            hashlib.sha256(rules.model_dump_json().encode()).hexdigest(),
            getattr(chinese_calendar, "__version__", ""),
            str(holidays),
        ]
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class LibraryIndex:
    """Summaries of the cases under library folders, cached in ``state_dir`` across runs.

    One cache file per library folder (the folder can be changed in the settings, and the command
    line may look at the same folder as the window). Kept in memory after the first scan.
    """

    def __init__(self, state_dir: Path, rules: Rules, calendar: WorkdayCalendar) -> None:
        self.state_dir = Path(state_dir)
        self.rules = rules
        self.calendar = MemoCalendar(calendar.overrides)
        self._fingerprint = fingerprint(rules, calendar)
        self._memory: dict[Path, dict[str, CaseSummary]] = {}
        self._unsaved: set[Path] = set()  # roots whose in-memory index differs from the file
        self.reads = 0  # case files read by scans (tests and the benchmark watch it)

    def use_rules(self, rules: Rules) -> None:
        """Another rules pack is in use: every summary is worked out again by the next scan."""
        self.rules = rules
        self._fingerprint = fingerprint(rules, self.calendar)
        self._memory.clear()

    def cache_file(self, root: Path) -> Path:
        digest = hashlib.sha256(os.fsencode(os.path.abspath(root))).hexdigest()[:16]
        return self.state_dir / f"library-index-{digest}.json"

    def _load(self, root: Path) -> dict[str, CaseSummary]:
        if root in self._memory:
            return self._memory[root]
        entries: dict[str, CaseSummary] = {}
        try:
            document = json.loads(read_small_file(self.cache_file(root), MAX_INDEX_BYTES))
            if (
                document.get("format") == INDEX_FORMAT
                and document.get("fingerprint") == self._fingerprint
                and document.get("root") == str(root)
            ):
                for record in document["entries"]:
                    summary = _decode(record)
                    entries[str(summary.path)] = summary
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            entries = {}  # a damaged cache is only a cache: rebuild it from the files
        if not entries:
            self._unsaved.add(root)
        self._memory[root] = entries
        return entries

    def save(self, root: Path) -> None:
        entries = self._memory.get(root, {})
        document = {
            "format": INDEX_FORMAT,
            "fingerprint": self._fingerprint,
            "root": str(root),
            "entries": [_encode(s) for s in entries.values()],
        }
        data = json_bytes(document, separators=(",", ":"))  # names not in UTF-8 survive
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
            atomic_write(self.cache_file(root), data)
            self._unsaved.discard(root)
        except OSError as exc:  # a cache that cannot be written costs time, never data
            log.warning("library index not saved: %s", exc.strerror)

    def start(self, root: Path) -> LibraryScan:
        """A scan to run step by step (the GUI does a few milliseconds per timer tick)."""
        return LibraryScan(self, Path(os.path.abspath(root)))

    def scan(self, root: Path) -> list[CaseSummary]:
        """Every case under ``root``, re-reading only files that changed since the last scan."""
        scan = self.start(root)
        scan.step()
        return scan.summaries

    def update(self, root: Path, summary: CaseSummary) -> None:
        """Put one fresh summary in the in-memory index (saved with the next scan)."""
        root = Path(os.path.abspath(root))
        self._load(root)[str(summary.path)] = summary
        self._unsaved.add(root)


class LibraryScan:
    """One pass over a library folder, run to the end at once or in steps of bounded time."""

    def __init__(self, index: LibraryIndex, root: Path) -> None:
        self.index = index
        self.root = root
        self.folders: list[Path] = []
        self.summaries: list[CaseSummary] = []
        self.done = False
        self._work = self._run()

    def _run(self) -> Iterator[CaseSummary]:
        index = self.index
        cached = index._load(self.root)
        fresh: dict[str, CaseSummary] = {}
        reads = 0
        for path, info in walk_library(self.root, self.folders):
            key = str(path)
            summary = cached.get(key)
            if summary is None or (summary.size, summary.mtime_ns) != (
                info.st_size,
                info.st_mtime_ns,
            ):
                reads += 1
                index.reads += 1
                summary = summarise_file(
                    path, index.rules, index.calendar, root=self.root, info=info
                )
                cached[key] = summary  # kept even if this scan is abandoned half-way
                index._unsaved.add(self.root)
            fresh[key] = summary
            yield summary
        if len(fresh) != len(cached):  # some files vanished
            cached.clear()
            cached.update(fresh)
            index._unsaved.add(self.root)
        if self.root in index._unsaved:
            index.save(self.root)
        log.info("library scanned: %d cases, %d read", len(fresh), reads)

    def step(self, seconds: float | None = None) -> list[CaseSummary]:
        """Advance for about ``seconds`` (None: to the end); returns the summaries of this step."""
        found: list[CaseSummary] = []
        stop = None if seconds is None else time.perf_counter() + seconds
        for summary in self._work:
            found.append(summary)
            if stop is not None and time.perf_counter() >= stop:
                break
        else:
            self.done = True
        self.summaries.extend(found)
        return found


# -- limits across cases --------------------------------------------------------------------------


def others_for(
    summaries: Sequence[CaseSummary], path: Path | None, case_id: UUID | str | None = None
) -> list[CaseSummary]:
    """The library's other cases for ``check_case(..., others=...)`` (a summary is an OtherCase).

    Left out: the case's own file, any other copy of the same case (same id: a copy is not a
    second mini program), and broken files (nothing known about them). Archived cases count:
    their mini programs still exist.
    """
    own = os.path.normcase(os.path.abspath(path)) if path is not None else None
    own_id = str(case_id) if case_id else None
    return [
        s
        for s in summaries
        if not s.broken
        and os.path.normcase(os.path.abspath(s.path)) != own
        and (own_id is None or s.id != own_id)
    ]


def library_dir_from_settings() -> Path:
    """The library folder as the app uses it: the one set in the settings, else the default."""
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.storage.settings import load_settings

    paths = app_paths()
    configured = load_settings(paths.settings_file).library_dir
    return Path(configured) if configured else paths.default_library_dir


def others_in_library(
    file: Path, case_id: UUID | str | None, rules: Rules, calendar: WorkdayCalendar | None = None
) -> list[CaseSummary]:
    """The other cases of the user's library (for the command line's ``check``)."""
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.storage.calendar_overrides import load_calendar

    paths = app_paths()
    root = library_dir_from_settings()
    if not root.is_dir():
        return []
    calendar = calendar or load_calendar(paths.config_dir).calendar
    summaries = LibraryIndex(paths.state_dir, rules, calendar).scan(root)
    return others_for(summaries, file, case_id)
