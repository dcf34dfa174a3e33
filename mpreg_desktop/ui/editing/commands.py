"""Undo commands: every edit of a case is one, so undo, redo and the dirty flag come free.

Only ``CaseDocument`` creates them (``tests/test_architecture.py`` holds everything else to that):
an edit records its changes while it applies them, and the document pushes them as one command.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from mpreg_desktop.domain.case import copy_case

if TYPE_CHECKING:
    from mpreg_desktop.ui.editing.document import CaseDocument

TYPING_ID = 1000  # consecutive keystrokes in one field merge into one undo step


@dataclass
class Change:
    """One change of the case: a field set, or a list item added or removed.

    ``kind`` is "set" (``old`` → ``new`` at ``path``), "insert" (``new`` put at ``index`` of the
    list at ``path``) or "remove" (``old`` taken from ``index``). Values are private copies, so
    the case never shares an object with the undo history.
    """

    kind: str
    path: str
    old: Any = None
    new: Any = None
    index: int = -1


class EditCommand(QUndoCommand):
    """The changes of one edit, already applied by the document when the command is pushed."""

    def __init__(
        self, document: CaseDocument, label: str, changes: list[Change], merge_key: str = ""
    ) -> None:
        super().__init__(label)
        self.document = document
        self.changes = changes
        self.merge_key = merge_key
        self._applied = True  # QUndoStack.push calls redo(); the edit already did it

    def id(self) -> int:
        return TYPING_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field: later keystrokes only move the new value of the same fields."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        mine = {c.path: c for c in self.changes if c.kind == "set"}
        if any(c.kind != "set" or c.path not in mine for c in other.changes):
            return False
        for change in other.changes:
            mine[change.path].new = change.new
        if all(c.kind == "set" and c.old == c.new for c in self.changes):
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        for change in self.changes:
            self.document.apply_change(change, forward=True)

    def undo(self) -> None:
        for change in reversed(self.changes):
            self.document.apply_change(change, forward=False)


class ReplaceCaseCommand(QUndoCommand):
    """The whole case at once: restoring an earlier version or recovered edits."""

    def __init__(self, document: CaseDocument, old: Any, new: Any, label: str) -> None:
        super().__init__(label)
        self.document = document
        self.old = copy_case(old)
        self.new = copy_case(new)

    def redo(self) -> None:
        self.document.apply_case(copy_case(self.new))

    def undo(self) -> None:
        self.document.apply_case(copy_case(self.old))


def private(value: Any) -> Any:
    """A copy the case and the history do not share (immutable values are their own copy)."""
    if isinstance(value, str | int | float | bool | None):
        return value
    return copy.deepcopy(value)
