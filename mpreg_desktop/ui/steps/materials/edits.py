"""Editing the case's materials: state, notes, validity and attachments, each one undo step.

Every edit goes through the document by keyed path (``materials[id_card].notes``), so it is
refused on a read-only case, validated as reading the file would, and sets only the fields it
changes: the list is never copied. Typing merges into one step per material and field.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from mpreg_desktop.domain.case import Attachment, MaterialItem, MaterialState
from mpreg_desktop.scan import scan_file
from mpreg_desktop.storage.attachments import (
    AttachmentError,
    Verifier,
    make_reference,
    resolve,
)
from mpreg_desktop.ui.app.errors import cause_reason
from mpreg_desktop.ui.editing.document import CaseDocument

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refused:
    """A file that was not attached, and why (an ``AttachmentError`` code or ``duplicate``)."""

    path: Path
    reason: str
    why: str = ""  # the system's reason (permission denied, disk full…) in the UI's language

    @classmethod
    def because(cls, path: Path, error: AttachmentError) -> Refused:
        return cls(path, error.code, cause_reason(error, error.detail))


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

    def _item_path(self, key: str) -> str:
        """The material's path, after adding its record if the case has none yet."""
        if self.record(key) is None:
            self.document.append_item("materials", MaterialItem(key=key))
        return f"materials[{key}]"

    def update(self, key: str, label: str, *, typing: bool = False, **changes: object) -> None:
        """Set fields of one material; ``typing`` merges repeated edits of the same fields."""
        merge = f"materials[{key}]:{','.join(sorted(changes))}" if typing else ""
        with self.document.edit(label, merge=merge) as allowed:
            if not allowed:
                return
            current = self.record(key)
            if current is not None and all(getattr(current, n) == v for n, v in changes.items()):
                return
            path = self._item_path(key)
            for name, value in changes.items():
                self.document.set_field(f"{path}.{name}", value)

    # -- attachments -----------------------------------------------------------------------------
    def reference(self, file: Path, scan: bool) -> Attachment:
        """A reference to ``file`` for this case, with the scan check when the item is a scan.

        Raises ``AttachmentError``.
        """
        attachment = make_reference(file, self.document.path, self.document.clock.now())
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
                refused.append(Refused.because(file, error))
                continue
            if attachment.sha256 in known:
                refused.append(Refused(file, "duplicate"))
                continue
            known.add(attachment.sha256)
            added.append(attachment)
        if added:
            with self.document.edit(label) as allowed:
                if allowed:
                    path = self._item_path(key)
                    for attachment in added:
                        self.document.append_item(f"{path}.attachments", attachment)
                    if self.record(key).state == MaterialState.MISSING:
                        self.document.set_field(f"{path}.state", MaterialState.READY)
        return refused

    def remove(self, key: str, index: int, label: str) -> None:
        """Forget one attachment (the file itself stays where it is)."""

        if self.record(key) is not None:
            self.document.remove_item(f"materials[{key}].attachments", index, label=label)

    def replace(self, key: str, index: int, file: Path, *, scan: bool, label: str) -> None:
        """Point attachment ``index`` at ``file`` as it is now (found elsewhere, or changed).

        Raises ``AttachmentError``.
        """
        attachment = self.reference(file, scan)
        path = f"materials[{key}].attachments"
        with self.document.edit(label) as allowed:
            if allowed and self.record(key) is not None:
                self.document.remove_item(path, index)
                self.document.append_item(path, attachment, index=index)

    def resolve(self, attachment: Attachment) -> Path:
        return resolve(attachment, self.document.path)
