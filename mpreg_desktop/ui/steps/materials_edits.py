"""Editing the case's materials: state, notes, validity and attachments, each one undo step.

``Case.materials`` is one field path, so every edit replaces the whole list through the undo
stack. Typing merges into one step per material and field (notes of one item, then notes of
another, are two steps), which plain ``SetFieldCommand`` merging by path alone would not give.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QUndoCommand

from mpreg_desktop.domain.case import Attachment, MaterialItem, MaterialState, now_shanghai
from mpreg_desktop.scan import scan_file
from mpreg_desktop.storage.attachments import (
    AttachmentError,
    Verifier,
    make_reference,
    resolve,
)
from mpreg_desktop.ui.commands import TYPING_ID, SetFieldCommand
from mpreg_desktop.ui.document import CaseDocument

log = logging.getLogger(__name__)

MATERIAL_TYPING_ID = TYPING_ID + 1


class MaterialEditCommand(SetFieldCommand):
    """Sets ``materials``; merges only with the previous edit of the same material and field."""

    def __init__(self, document: CaseDocument, old, new, *, merge_key: str, label: str) -> None:
        super().__init__(document, "materials", old, new, merge=bool(merge_key), label=label)
        self.merge_key = merge_key

    def id(self) -> int:
        return MATERIAL_TYPING_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MaterialEditCommand) or other.merge_key != self.merge_key:
            return False
        return super().mergeWith(other)


@dataclass(frozen=True)
class Refused:
    """A file that was not attached, and why (an ``AttachmentError`` code or ``duplicate``)."""

    path: Path
    reason: str


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (links to web pages and dragged text are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def file_urls(paths: Iterable[Path]) -> list[QUrl]:
    return [QUrl.fromLocalFile(str(path)) for path in paths]


class MaterialEditor:
    def __init__(self, document: CaseDocument, verifier: Verifier | None = None) -> None:
        self.document = document
        self.verifier = verifier  # told about files just hashed, so they need no second read

    def record(self, key: str) -> MaterialItem | None:
        return self.document.case.material(key)

    def _push(self, key: str, label: str, change, merge_key: str = "") -> None:
        """Apply ``change(record)`` to a copy of the list and push it as one undo step."""
        old = self.document.case.materials
        materials = copy.deepcopy(old)
        record = next((m for m in materials if m.key == key), None)
        if record is None:
            record = MaterialItem(key=key)
            materials.append(record)
        change(record)
        if materials == old:
            return
        self.document.undo_stack.push(
            MaterialEditCommand(self.document, old, materials, merge_key=merge_key, label=label)
        )

    def update(self, key: str, label: str, *, typing: bool = False, **changes: object) -> None:
        """Set fields of one material; ``typing`` merges repeated edits of the same fields."""

        def change(record: MaterialItem) -> None:
            for name, value in changes.items():
                setattr(record, name, value)

        merge_key = f"{key}:{','.join(sorted(changes))}" if typing else ""
        self._push(key, label, change, merge_key)

    # -- attachments -----------------------------------------------------------------------------
    def reference(self, file: Path, scan: bool) -> Attachment:
        """A reference to ``file`` for this case, with the scan check when the item is a scan.

        Raises ``AttachmentError``.
        """
        attachment = make_reference(file, self.document.path, now_shanghai())
        if self.verifier is not None:
            self.verifier.remember(attachment, self.document.path)
        if scan:
            try:
                attachment.scan = scan_file(file)
            except OSError as exc:
                raise AttachmentError("unreadable", file, exc.strerror or "") from exc
        return attachment

    def attach(self, key: str, files: list[Path], *, scan: bool, label: str) -> list[Refused]:
        """Attach ``files`` to material ``key`` in one undo step; returns those refused.

        A file already attached to this item (same content) is not attached twice. The item
        becomes 已准备 if it was 未准备: a file is there.
        """
        current = self.record(key)
        known = {a.sha256 for a in current.attachments} if current else set()
        added: list[Attachment] = []
        refused: list[Refused] = []
        for file in files:
            try:
                attachment = self.reference(file, scan)
            except AttachmentError as error:
                log.info("attachment refused: %s", error.code)
                refused.append(Refused(file, error.code))
                continue
            if attachment.sha256 in known:
                refused.append(Refused(file, "duplicate"))
                continue
            known.add(attachment.sha256)
            added.append(attachment)
        if added:

            def change(record: MaterialItem) -> None:
                record.attachments = [*record.attachments, *added]
                if record.state == MaterialState.MISSING:
                    record.state = MaterialState.READY

            self._push(key, label, change)
        return refused

    def remove(self, key: str, index: int, label: str) -> None:
        """Forget one attachment (the file itself stays where it is)."""

        def change(record: MaterialItem) -> None:
            record.attachments = [a for i, a in enumerate(record.attachments) if i != index]

        self._push(key, label, change)

    def replace(self, key: str, index: int, file: Path, *, scan: bool, label: str) -> None:
        """Point attachment ``index`` at ``file`` as it is now (found elsewhere, or changed).

        Raises ``AttachmentError``.
        """
        attachment = self.reference(file, scan)

        def change(record: MaterialItem) -> None:
            record.attachments = [
                attachment if i == index else a for i, a in enumerate(record.attachments)
            ]

        self._push(key, label, change)

    def resolve(self, attachment: Attachment) -> Path:
        return resolve(attachment, self.document.path)
