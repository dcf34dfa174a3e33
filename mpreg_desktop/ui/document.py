"""One open case: the model, its undo stack, and what is derived from it.

Where the case is kept and how it is saved (backups, conflicts, links, modes) is the Qt-free
``storage.case_store.CaseStore`` in ``document.store``; the document only tells the window when
the path changed and marks the undo stack clean after a save.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mpreg_desktop.domain.case import (
    Case,
    Event,
    Step,
    checked_value,
    get_path,
    now_shanghai,
)
from mpreg_desktop.domain.checklist import ChecklistItem, build_checklist
from mpreg_desktop.domain.checks import Problem, check_case
from mpreg_desktop.domain.rules import Rules, load_rules
from mpreg_desktop.domain.timeline import TimelineItem, build_timeline
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.case_store import CaseStore, SaveResult
from mpreg_desktop.ui.commands import ReplaceCaseCommand, SetFieldCommand

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Derived:
    """Everything computed from the case; recomputed only after the case changed."""

    problems: list[Problem]
    checklist: list[ChecklistItem]

    @property
    def progress(self) -> tuple[int, int]:
        return sum(1 for item in self.checklist if item.done), len(self.checklist)

    def problems_at(self, prefix: str) -> list[Problem]:
        return [p for p in self.problems if p.path == prefix or p.path.startswith(prefix + ".")]


class CaseDocument(QObject):
    changed = Signal(str)  # a field path whose value changed (edit, undo or redo); "" = everything
    editRefused = Signal(str)  # why an edit was not made: read-only ("locked", …) or "invalid"
    derivedChanged = Signal()  # problems and checklist are out of date: ask derived() again
    pathChanged = Signal()

    def __init__(
        self,
        case: Case,
        path: Path | None = None,
        rules: Rules | None = None,
        parent=None,
        calendar: WorkdayCalendar | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.store = CaseStore(path)  # the file: where it is, what it held, saving it
        self.rules = rules or load_rules()
        self.calendar = calendar or WorkdayCalendar()
        self._version = 0  # bumped on every change: the timeline cache key
        self.read_only: str | None = None  # why edits are refused ("locked", "newer_version")
        self.others: list = []  # the library's other cases, for limits across cases
        self._timeline: tuple[tuple[int, datetime], list[TimelineItem]] | None = None
        self.undo_stack = QUndoStack(self)
        self._derived: Derived | None = None
        self.compute_count = 0  # how often the derived views were built (tests watch this)

    # -- editing ---------------------------------------------------------------------------------
    def set_field(self, path: str, value: Any, *, merge: bool = False, label: str = "") -> None:
        """Change one field through the undo stack; nothing happens if the value is unchanged."""
        if self.read_only:
            self.editRefused.emit(self.read_only)
            return
        try:
            value = checked_value(self.case, path, value)
        except ValidationError:
            # A value no case file may hold (e.g. pasted text beyond the field's limit): refused
            # before it reaches the undo stack, and the views show the kept value again.
            log.warning("edit of %s refused: not a valid value for the field", path)
            self.editRefused.emit("invalid")
            self.changed.emit(path)
            return
        old = get_path(self.case, path)
        if old == value:
            return
        self.undo_stack.push(
            SetFieldCommand(self, path, old, value, merge=merge, label=label or path)
        )

    def apply(self, path: str, value: Any) -> None:
        """Called by undo commands only, with values set_field has already checked."""
        *parents, last = path.split(".")
        target: Any = self.case
        for part in parents:
            target = getattr(target, part)
        setattr(target, last, value)
        self._derived = None
        self._version += 1
        self.changed.emit(path)
        self.derivedChanged.emit()

    def replace_case(self, case: Case, label: str) -> None:
        """Replace the whole case in one undoable step (restore a version, recover edits)."""
        if self.read_only:
            self.editRefused.emit(self.read_only)
            return
        self.undo_stack.push(ReplaceCaseCommand(self, self.case, case, label))

    def apply_case(self, case: Case) -> None:
        """Called by ReplaceCaseCommand only."""
        self.case = case
        self._derived = None
        self._version += 1
        self.changed.emit("")
        self.derivedChanged.emit()

    def add_event(self, kind: str, step: Step | None, note: str = "", **params: str) -> None:
        event = Event(at=now_shanghai(), kind=kind, step=step, params=params, note=note)
        self.set_field("events", [*copy.deepcopy(self.case.events), event], label=kind)

    def set_others(self, others: list) -> None:
        """New knowledge of the other cases (a library scan): limits are checked again."""
        if others == self.others:
            return
        self.others = others
        self._derived = None
        self.derivedChanged.emit()

    @property
    def version(self) -> int:
        """Grows with every change of the case (edits, undo, redo, replacements)."""
        return self._version

    # -- derived ---------------------------------------------------------------------------------
    def derived(self) -> Derived:
        if self._derived is None:
            self.compute_count += 1
            self._derived = Derived(
                problems=check_case(self.case, self.rules, others=self.others),
                checklist=build_checklist(self.case, self.rules),
            )
        return self._derived

    def timeline(self, now: datetime | None = None) -> list[TimelineItem]:
        """The timeline as of ``now`` (to the minute), rebuilt only after a change or a minute."""
        now = (now or now_shanghai()).replace(second=0, microsecond=0)
        key = (self._version, now)
        if self._timeline is None or self._timeline[0] != key:
            self._timeline = (key, build_timeline(self.case, self.rules, self.calendar, now))
        return self._timeline[1]

    # -- file ------------------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def path(self) -> Path | None:
        return self.store.path

    def save(
        self,
        path: Path,
        state_dir: Path | None = None,
        *,
        force: bool = False,
        allow_read_only: bool = False,
    ) -> SaveResult:
        """Save through the store (see ``CaseStore.save``: it raises SaveConflict, ReadOnlyFile
        or OSError and then nothing changed); afterwards the document is clean."""
        old_path = self.store.path
        result = self.store.save(
            self.case, path, state_dir, force=force, allow_read_only=allow_read_only
        )
        if result.new_id:
            self.changed.emit("id")
        if path != old_path:
            self.pathChanged.emit()
        self.undo_stack.setClean()
        log.info("saved case %s", self.case.id)
        return result
