"""One open case: the model, its undo stack, and what is derived from it.

Where the case is kept and how it is saved (backups, conflicts, links, modes) is the Qt-free
``storage.case_store.CaseStore`` in ``document.store``; the document only tells the window when
the path changed and marks the undo stack clean after a save.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from mpreg_desktop.domain.case import Case, Event, Step
from mpreg_desktop.domain.checks.case_checks import Problem, check_case
from mpreg_desktop.domain.checks.filing import migrate_service_content_types, migrated_types
from mpreg_desktop.domain.clock import SYSTEM_CLOCK, Clock
from mpreg_desktop.domain.field_paths import checked_item, checked_value, field_parent, get_path
from mpreg_desktop.domain.flow.checklist import ChecklistItem, build_checklist
from mpreg_desktop.domain.flow.linked import linked_edits
from mpreg_desktop.domain.flow.progress import progress, step_complete
from mpreg_desktop.domain.flow.timeline import TimelineItem, build_timeline
from mpreg_desktop.domain.rules.model import Rules, load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.cases.case_store import CaseStore, SaveResult
from mpreg_desktop.ui.editing.commands import Change, EditCommand, ReplaceCaseCommand, private

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Derived:
    """Everything computed from the case; recomputed only after the case changed."""

    problems: list[Problem]
    checklist: list[ChecklistItem]

    @property
    def progress(self) -> tuple[int, int]:
        return progress(self.checklist)

    def step_complete(self, step: Step) -> bool:
        return step_complete(step, self.checklist, self.problems)

    def problems_at(self, prefix: str) -> list[Problem]:
        return [p for p in self.problems if p.path == prefix or p.path.startswith(prefix + ".")]


@dataclass
class _Edit:
    """The edit under way: what it changed so far, and which values it refused."""

    allowed: bool
    changes: list[Change] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)


class CaseDocument(QObject):
    changed = Signal(str)  # a field path whose value changed (edit, undo or redo); "" = everything
    editRefused = Signal(str)  # why an edit was not made: read-only ("locked", …) or "invalid"
    derivedChanged = Signal()  # problems and checklist are out of date: ask derived() again
    pathChanged = Signal()
    cleanChanged = Signal(bool)  # True: what the window shows is what the file holds

    def __init__(
        self,
        case: Case,
        path: Path | None = None,
        rules: Rules | None = None,
        parent=None,
        calendar: WorkdayCalendar | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.store = CaseStore(path)  # the file: where it is, what it held, saving it
        self.rules = rules or load_rules()
        self.calendar = calendar or WorkdayCalendar()
        self.clock = clock or SYSTEM_CLOCK
        self._edit: _Edit | None = None  # the edit under way, if any
        self._version = 0  # bumped on every change: the timeline cache key
        self.read_only: str | None = None  # why edits are refused ("locked", "newer_version")
        self.others: list = []  # the library's other cases, for limits across cases
        self.readings: dict = {}  # what the scans said, by attachment hash (scan_readings.py)
        self._timeline: tuple[tuple[int, datetime], list[TimelineItem]] | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.cleanChanged)
        self._derived: Derived | None = None
        self._typing_in: str = ""  # a line field being typed into: its length problem waits
        self._derived_on: date | None = None  # the day the problems were checked for
        # Problems depend on the date (an ID expires at midnight): look once a minute.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.tick)
        self._day_timer.start()
        self.compute_count = 0  # how often the derived views were built (tests watch this)

    # -- editing ---------------------------------------------------------------------------------
    # The only writer of the case and the only user of the undo stack: every edit checks that the
    # case may be edited, validates each value as reading the file would, and becomes one undo
    # step, or none when nothing changed.
    @contextmanager
    def edit(self, label: str, *, merge: str = "") -> Iterator[bool]:
        """Everything set inside the block is one undo step; yields whether editing is allowed.

        A read-only case refuses the edit once, and nothing inside the block changes it. A value
        no file could hold refuses the whole edit: its other changes are taken back. Blocks
        inside a block join it. ``merge`` names what typing edits (see ``EditCommand``).
        """
        if self._edit is not None:
            yield self._edit.allowed
            return
        edit = _Edit(allowed=not self.read_only)
        if self.read_only:
            self.editRefused.emit(self.read_only)
        self._edit = edit
        try:
            yield edit.allowed
        except BaseException:
            self._edit = None
            self._take_back(edit.changes)
            raise
        self._edit = None
        if edit.invalid:
            self._take_back(edit.changes)
            self.editRefused.emit("invalid")
            for path in edit.invalid:
                self.changed.emit(path)  # the views show the kept value again
            return
        changes = [c for c in edit.changes if c.kind != "set" or c.old != c.new]
        if changes:
            self.undo_stack.push(EditCommand(self, label or changes[0].path, changes, merge))

    def set_field(self, path: str, value: Any, *, merge: bool = False, label: str = "") -> bool:
        """Change one field (alone, or as part of the edit around it); False if refused."""
        if self._edit is None:
            with self.edit(label or path, merge=path if merge else "") as allowed:
                return allowed and self.set_field(path, value)
        if not self._edit.allowed:
            self.changed.emit(path)  # refused: the views show the kept value again
            return False
        try:
            value = checked_value(self.case, path, value)
        except (ValueError, AttributeError, KeyError):  # pydantic's ValidationError included
            # A value no case file may hold (e.g. pasted text beyond the field's limit): it
            # never reaches the case, so the app never saves a file it cannot read back.
            log.warning("edit of %s refused: not a valid value for the field", path)
            self._edit.invalid.append(path)
            return False
        old = get_path(self.case, path)
        if old == value:
            return True
        linked = linked_edits(self.case, self.rules, path, value)  # asked before the change
        changes = self._edit.changes
        if changes and changes[-1].kind == "set" and changes[-1].path == path:
            changes[-1].new = private(value)  # the same field again: one change, first to last
        else:
            changes.append(Change("set", path, private(old), private(value)))
        self._set(path, value)
        # The fields that follow (domain/flow/linked.py) change in the same edit, so one undo step
        # takes them all back, and typing still merges (the same fields each keystroke).
        for other, new in linked:
            self.set_field(other, new)
        return True

    def append_item(
        self, path: str, item: Any, *, index: int | None = None, label: str = ""
    ) -> bool:
        """Add ``item`` to the list at ``path`` (at its end, or at ``index``), not copying it."""
        if self._edit is None:
            with self.edit(label or path) as allowed:
                return allowed and self.append_item(path, item, index=index)
        if not self._edit.allowed:
            return False
        try:
            item = checked_item(self.case, path, item)
        except (ValueError, AttributeError, KeyError):  # pydantic's ValidationError included
            log.warning("edit of %s refused: not a valid item for the list", path)
            self._edit.invalid.append(path)
            return False
        size = len(get_path(self.case, path))
        index = size if index is None else max(0, min(index, size))
        self._edit.changes.append(Change("insert", path, new=private(item), index=index))
        self._insert(path, index, item)
        return True

    def remove_item(self, path: str, index: int, *, label: str = "") -> bool:
        """Take item ``index`` out of the list at ``path``."""
        if self._edit is None:
            with self.edit(label or path) as allowed:
                return allowed and self.remove_item(path, index)
        if not self._edit.allowed:
            return False
        items = get_path(self.case, path)
        if not 0 <= index < len(items):
            return False
        self._edit.changes.append(Change("remove", path, old=private(items[index]), index=index))
        self._remove(path, index)
        return True

    def add_event(self, kind: str, step: Step | None, note: str = "", **params: str) -> bool:
        """A history entry, appended as it is (the history is never copied for it)."""
        event = Event(at=self.clock.now(), kind=kind, step=step, params=params, note=note)
        return self.append_item("events", event, label=kind)

    def replace_case(self, case: Case, label: str) -> None:
        """Replace the whole case in one undoable step (restore a version, recover edits)."""
        if self.read_only:
            self.editRefused.emit(self.read_only)
            return
        self.undo_stack.push(ReplaceCaseCommand(self, self.case, case, label))

    def load(self, case: Case, data: bytes) -> None:
        """The file as it is on disk now (``data``) replaces the case; the history starts again."""
        self.apply_case(case)
        self.undo_stack.clear()
        self.store.remember(data)

    def mark_saved(self) -> None:
        """What the window shows is what the file holds (after a save)."""
        self.undo_stack.setClean()

    def join(self, group: QUndoGroup) -> None:
        """Let the window's Undo and Redo actions act on this case."""
        group.addStack(self.undo_stack)
        group.setActiveStack(self.undo_stack)

    # -- applying (undo commands and the editing methods above only) ------------------------------
    def apply_change(self, change: Change, *, forward: bool) -> None:
        if change.kind == "set":
            self._set(change.path, private(change.new if forward else change.old))
        elif (change.kind == "insert") == forward:
            value = change.new if forward else change.old
            self._insert(change.path, change.index, private(value))
        else:
            self._remove(change.path, change.index)

    def _set(self, path: str, value: Any) -> None:
        obj, name, _type = field_parent(self.case, path)
        setattr(obj, name, value)
        self._touched(path)

    def _insert(self, path: str, index: int, item: Any) -> None:
        get_path(self.case, path).insert(index, item)
        self._touched(path)

    def _remove(self, path: str, index: int) -> None:
        del get_path(self.case, path)[index]
        self._touched(path)

    def _take_back(self, changes: list[Change]) -> None:
        for change in reversed(changes):
            self.apply_change(change, forward=False)

    def _touched(self, path: str) -> None:
        self._derived = None
        self._version += 1
        self.changed.emit(path)
        self.derivedChanged.emit()

    def apply_case(self, case: Case) -> None:
        """Called by ReplaceCaseCommand and load() only."""
        self.case = case
        self._derived = None
        self._version += 1
        self.changed.emit("")
        self.derivedChanged.emit()

    def migrate_to_rules(self) -> bool:
        """Replace the service content types the rules pack retired by their official successors
        (reference L.4), as one undoable step recorded in the history; True if anything changed.
        Retired types without a successor stay, and the checks ask the user to choose."""
        old, new = migrate_service_content_types(self.case, self.rules)
        if not old or self.read_only:
            return False
        kind = "filing.service_types_migrated"
        params = {"from": ",".join(old), "to": ",".join(new)}
        with self.edit(kind) as allowed:
            if allowed:
                types = migrated_types(self.case, old, new)
                self.set_field("filing.service_content_types", types)
                self.add_event(kind, Step.FILING, **params)
        return allowed

    def set_rules(self, rules: Rules) -> None:
        """Another rules pack is in use (imported or removed): everything is derived again."""
        if rules is self.rules:
            return
        self.rules = rules
        self._derived = None
        self._timeline = None
        self.changed.emit("")
        self.derivedChanged.emit()

    def set_others(self, others: list) -> None:
        """New knowledge of the other cases (a library scan): limits are checked again."""
        if others == self.others:
            return
        self.others = others
        self._derived = None
        self.derivedChanged.emit()

    def set_readings(self, readings: dict) -> None:
        """What the scans said, by attachment hash (issue 22): fields are cross-checked again."""
        self.readings = readings
        self._derived = None
        self.derivedChanged.emit()

    def tick(self) -> None:
        """The clock moved: if the date changed, what was derived for yesterday is out of date."""
        if self._derived is not None and self._derived_on != self.clock.today():
            self._derived = None
            self.derivedChanged.emit()

    @property
    def version(self) -> int:
        """Grows with every change of the case (edits, undo, redo, replacements)."""
        return self._version

    # -- derived ---------------------------------------------------------------------------------
    def derived(self) -> Derived:
        """Problems and checklist as of today: computed again after an edit or past midnight."""
        today = self.clock.today()
        if self._derived is None or self._derived_on != today:
            self._derived_on = today
            self.compute_count += 1
            self._derived = Derived(
                problems=check_case(
                    self.case,
                    self.rules,
                    others=self.others,
                    today=today,
                    calendar=self.calendar,
                    readings=self.readings,
                ),
                checklist=build_checklist(self.case, self.rules),
            )
        if self._typing_in:
            # "Should have 18 characters, has 7" on each keystroke of a USCC is noise, in the
            # field, the problems dock, the header and the tab alike: one place decides it.
            held = [
                p
                for p in self._derived.problems
                if not (p.path == self._typing_in and p.code.endswith(".length"))
            ]
            return dataclasses.replace(self._derived, problems=held)
        return self._derived

    def typing_in(self, path: str) -> None:
        """A line field at ``path`` is being typed into ("" once the user left it): its length
        problem waits until then (a wrong check character still shows at once)."""
        if path != self._typing_in:
            self._typing_in = path
            self.derivedChanged.emit()

    def timeline(self, now: datetime | None = None) -> list[TimelineItem]:
        """The timeline as of ``now`` (to the minute), rebuilt only after a change or a minute."""
        now = (now or self.clock.now()).replace(second=0, microsecond=0)
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
            self.case,
            path,
            state_dir,
            force=force,
            allow_read_only=allow_read_only,
            now=self.clock.now(),
            rules_edition=self.rules.edition,  # what the case was last checked with
        )
        if result.new_id:
            self.changed.emit("id")
        if path != old_path:
            self.pathChanged.emit()
        self.mark_saved()
        log.info("saved case %s", self.case.id)
        return result
