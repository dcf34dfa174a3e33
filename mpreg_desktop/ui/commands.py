"""Undo commands: every edit of a case is one, so undo, redo and the dirty flag come free."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from mpreg_desktop.domain.case import copy_case

if TYPE_CHECKING:
    from mpreg_desktop.ui.document import CaseDocument

TYPING_ID = 1000  # consecutive keystrokes in one field merge into one undo step


class SetFieldCommand(QUndoCommand):
    def __init__(
        self, document: CaseDocument, path: str, old: Any, new: Any, *, merge: bool, label: str
    ) -> None:
        super().__init__(label)
        self.document = document
        self.path = path
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)
        self.merge = merge

    def id(self) -> int:
        return TYPING_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.path != self.path or not other.merge:
            return False
        self.new = copy.deepcopy(other.new)
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.document.apply(self.path, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.document.apply(self.path, copy.deepcopy(self.old))


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
