"""What the case library knows about one case file: a :class:`CaseSummary`.

A summary holds only what does not change with the clock, so that a cached one never goes stale
with time: the next deadline is the open deadline with the earliest due time (which is what
``timeline.most_urgent`` picks at any moment), and its state (upcoming / due soon / overdue) is
worked out from its stored times when shown (:meth:`DeadlineSummary.state`).
"""

from __future__ import annotations

import logging
import os
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mpreg_desktop.domain.assist.reuse import people_records, subject_record
from mpreg_desktop.domain.case import SHANGHAI, Case, Outcome, Step, SubjectType
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.progress import current_step, progress
from mpreg_desktop.domain.flow.timeline import (
    DUE_SOON,
    DUE_SOON_DAYS,
    State,
    build_timeline,
    most_urgent,
)
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.os_errors import os_error_kind
from mpreg_desktop.storage.cases.casefile import CaseFileError, read_case

log = logging.getLogger(__name__)

ARCHIVE_FOLDER = "归档"


@dataclass(frozen=True, slots=True)
class DeadlineSummary:
    """The case's most urgent open deadline, enough to name it and count down to it."""

    code: str  # timeline item code: words in the messages catalog
    params: dict[str, str]
    due: datetime
    soon_from: datetime  # from this moment on it is "due soon"

    kind = "deadline"  # so that messages.timeline_text can name it like a timeline item
    note = ""

    def state(self, now: datetime) -> State:
        """The same state ``build_timeline`` gives the item at ``now`` (it is open, not done)."""
        if now > self.due:
            return "overdue"
        return "due_soon" if now >= self.soon_from else "upcoming"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What the library shows and searches about one case file, and what the limits compare.

    ``admin_phone`` and ``admin_id_number`` are here for search and the cross-case limits only:
    never log them. A broken file has ``error_code`` set and nothing from its content.
    """

    path: Path
    size: int
    mtime_ns: int
    archived: bool = False  # inside an 归档 folder of the library
    id: str = ""
    name: str = ""
    subject_name: str = ""
    subject_type: SubjectType | None = None
    subject_code: str = ""
    mini_program_name: str = ""
    admin_phone: str = ""
    admin_id_number: str = ""
    certified: bool = False  # 微信认证 passed
    # For offering people and subjects again in other cases (domain/assist/reuse.py): each person of
    # the case and the subject's details, as (field, text) pairs. Personal: never log them.
    people: tuple[tuple[tuple[str, str], ...], ...] = ()
    subject_details: tuple[tuple[str, str], ...] = ()
    current_step: Step | None = None  # None: every step complete (or a broken file)
    done: int = 0
    total: int = 0
    deadline: DeadlineSummary | None = None
    modified: datetime | None = None
    error_code: str = ""  # a CaseFileError code
    error_detail: str = ""
    error_where: str = ""
    error_os: str = ""  # the kind of system error behind an unreadable file (os_errors), if any
    _search: str = field(default="", compare=False, repr=False)

    @property
    def broken(self) -> bool:
        return bool(self.error_code)

    @property
    def label(self) -> str:
        """How the case is named to the user: its name, else its file name."""
        return self.name or self.path.stem

    @property
    def search_text(self) -> str:
        """Lower-case text that search-as-you-type matches against (never shown or logged)."""
        return self._search


def _search_text(name: str, subject: str, code: str, phone: str, mini_program: str) -> str:
    """What search-as-you-type looks in: lower-cased, the phone also as bare digits (so that
    "138 0013" and "13800138000" find each other)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return "\n".join(p.casefold() for p in (name, subject, code, phone, mini_program, digits) if p)


def _deadline(case: Case, rules: Rules, calendar: WorkdayCalendar) -> DeadlineSummary | None:
    urgent = most_urgent(build_timeline(case, rules, calendar, SYSTEM_CLOCK.now()))
    if urgent is None:
        return None
    if urgent.until is not None:  # a window (the annual review): due soon once it opens
        soon_from = urgent.at
    else:
        soon_from = urgent.due - DUE_SOON.get(urgent.unit or "", DUE_SOON_DAYS)
    return DeadlineSummary(urgent.code, dict(urgent.params), urgent.due, soon_from)


def is_archived(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts[:-1]
    except ValueError:
        return False
    return ARCHIVE_FOLDER in parts


def summarise(
    case: Case,
    path: Path,
    rules: Rules,
    calendar: WorkdayCalendar,
    *,
    size: int = 0,
    mtime_ns: int = 0,
    archived: bool = False,
) -> CaseSummary:
    """The summary of a case already in memory (the GUI uses it when one file changed)."""
    items = build_checklist(case, rules)
    done, total = progress(items)
    admin = case.account.admin
    return CaseSummary(
        path=path,
        size=size,
        mtime_ns=mtime_ns,
        archived=archived,
        id=str(case.id),
        name=case.name,
        subject_name=case.subject.name,
        subject_type=case.subject.type,
        subject_code=case.subject.code,
        mini_program_name=case.mini_program.name,
        admin_phone=admin.phone,
        admin_id_number=admin.id_number,
        certified=case.verification.certification.outcome == Outcome.PASSED,
        people=people_records(case),
        subject_details=subject_record(case),
        current_step=current_step(items, check_case(case, rules)),
        done=done,
        total=total,
        deadline=_deadline(case, rules, calendar),
        modified=case.modified,
        _search=_search_text(
            case.name, case.subject.name, case.subject.code, admin.phone, case.mini_program.name
        ),
    )


def summarise_file(
    path: Path,
    rules: Rules,
    calendar: WorkdayCalendar,
    *,
    root: Path | None = None,
    info: os.stat_result | None = None,
) -> CaseSummary:
    """Read one case file and summarise it; a file that cannot be read gives a broken summary.

    ``info`` is the stat taken before reading: if the file changes while it is read, the next
    scan sees a different (size, mtime) and reads it again.
    """
    path = Path(path)
    archived = is_archived(path, root) if root is not None else False
    try:
        info = info or path.stat()
    except OSError:
        info = None
    size, mtime_ns = (info.st_size, info.st_mtime_ns) if info else (0, 0)
    os_kind = ""
    try:
        case = read_case(path)
        return summarise(
            case, path, rules, calendar, size=size, mtime_ns=mtime_ns, archived=archived
        )
    except CaseFileError as error:
        code, detail, where = error.code, error.detail, error.where
        if isinstance(error.__cause__, OSError):
            os_kind = os_error_kind(error.__cause__) or ""
    except Exception as exc:  # a bug in a derivation must not hide the rest of the library
        # The frames, not the message: a message may quote the case's personal data.
        frames = "".join(traceback.format_tb(exc.__traceback__))
        log.error("library summary failed: %s\n%s", type(exc).__name__, frames)
        code, detail, where = "internal", type(exc).__name__, ""
    return CaseSummary(
        path=path,
        size=size,
        mtime_ns=mtime_ns,
        archived=archived,
        modified=_mtime(mtime_ns) if info else None,
        error_code=code,
        error_detail=detail,
        error_where=where,
        error_os=os_kind,
        _search=path.stem.casefold(),
    )


def _mtime(mtime_ns: int) -> datetime:
    return datetime.fromtimestamp(mtime_ns / 1e9, SHANGHAI)
