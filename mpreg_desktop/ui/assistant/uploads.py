"""The upload boxes of the form shown in the 填报助手: which attachment fills each, its
upload-ready copy (made on request, beside the case in its attachments folder), or why a scan
cannot be made acceptable. A copy is dragged out of the list straight into the browser's upload
box, or found with "open folder". "Rotate and crop…" turns and cuts a scan by hand: the choice is
recorded on the attachment through the document (undoable) and the copy is made again from the
original; an undo or redo of it remakes the copy too (``hand_adjusting.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.assist.upload_ready import Refusal, copy_name
from mpreg_desktop.domain.case import HandAdjustment
from mpreg_desktop.domain.rules.model import UploadRules, UploadSlot
from mpreg_desktop.storage.attachments import attachments_folder, resolve
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.errors import os_reason
from mpreg_desktop.ui.assistant.hand_adjusting import HandAdjusting
from mpreg_desktop.ui.assistant.refusal_text import refusal_text
from mpreg_desktop.ui.editing.document import CaseDocument

ROLE_FILE = Qt.ItemDataRole.UserRole
ROLE_INDEX = Qt.ItemDataRole.UserRole + 1  # the row's place in files(), for rotate and crop
ROLE_PATH = Qt.ItemDataRole.UserRole + 2  # the row's attachment in the case


@dataclass(frozen=True)
class SlotFile:
    slot: UploadSlot
    rule: UploadRules
    original: Path
    colour: bool | None
    path: str  # the attachment in the case, e.g. "materials[id_card].attachments[0]"
    adjustment: HandAdjustment | None


class _DraggableList(QListWidget):
    """Rows with a made copy drag out as that file (a browser's upload box takes the drop)."""

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        urls = [QUrl.fromLocalFile(str(i.data(ROLE_FILE))) for i in items if i.data(ROLE_FILE)]
        data.setUrls(urls)
        return data


class UploadsView(QWidget):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.form_id = ""
        self._refused: dict[Path, list[Refusal]] = {}
        self.list = _DraggableList()
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Upload boxes"))
        self.make_button = QPushButton(self.tr("&Make upload-ready copies"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.crop_button = QPushButton(self.tr("&Rotate and crop…"))
        self.crop_button.setToolTip(
            self.tr("Turn or cut the selected scan by hand; the original file is not changed")
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.crop_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Uploads (drag a copy into the browser)"))
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.make_button.clicked.connect(self.make_copies)
        self.folder_button.clicked.connect(self.open_folder)
        self.hand = HandAdjusting(self)
        self.crop_button.clicked.connect(lambda: self.hand.open(self.list.currentRow()))
        self.list.itemDoubleClicked.connect(lambda item: self.hand.open(self.list.row(item)))
        self.list.customContextMenuRequested.connect(self.hand.menu)
        self.list.currentRowChanged.connect(lambda _row: self._enable())

    # -- what fills each box ---------------------------------------------------------------------
    def files(self) -> list[SlotFile]:
        doc = self.document
        form = doc.rules.forms.find(self.form_id)
        found = []
        for slot in form.uploads if form else []:
            rule = doc.rules.filing.uploads  # slot.rule: the filing system's
            for key in slot.materials:
                material = doc.case.material(key)
                for index, attachment in enumerate(material.attachments if material else []):
                    colour = attachment.scan.colour if attachment.scan else None
                    original = resolve(attachment, doc.path)
                    path = f"materials[{key}].attachments[{index}]"
                    found.append(
                        SlotFile(slot, rule, original, colour, path, attachment.adjustment)
                    )
        return found

    def file_at(self, row: int) -> SlotFile | None:
        """The scan listed in ``row``; None for a box with no file."""
        item = self.list.item(row)
        index = item.data(ROLE_INDEX) if item is not None else None
        return self.files()[index] if index is not None else None

    def folder(self) -> Path | None:
        return attachments_folder(self.document.path) if self.document.path else None

    def copy_of(self, file: SlotFile) -> Path | None:
        folder = self.folder()
        if folder is None:
            return None
        for extension in ("jpg", "png"):
            candidate = folder / copy_name(file.original, extension)
            if candidate.is_file():
                return candidate
        return None

    def show_form(self, form_id: str) -> None:
        self.form_id = form_id
        self.refresh()

    def refresh(self) -> None:
        form = self.document.rules.forms.find(self.form_id)
        slots = form.uploads if form else []
        self.setVisible(bool(slots))
        chosen = self.list.currentItem()
        chosen_path = chosen.data(ROLE_PATH) if chosen is not None else None
        self.list.clear()
        files = self.files()
        for slot in slots:
            mine = [f for f in files if f.slot.id == slot.id]
            if not mine:
                item = QListWidgetItem(
                    self.tr("{slot}: no file attached yet").format(slot=i18n.text(slot.label))
                )
                self.list.addItem(item)
            for file in mine:
                item = self._row(file)
                item.setData(ROLE_INDEX, files.index(file))
                item.setData(ROLE_PATH, file.path)
                self.list.addItem(item)
        self.make_button.setEnabled(bool(files))
        # The scan chosen stays chosen when the list is made again (a copy made, an undo); else
        # the first scan is, so that 旋转和裁剪… is ready for it.
        rows = [self.list.item(i) for i in range(self.list.count())]
        with_file = [r for r in rows if r.data(ROLE_PATH) is not None]
        again = [r for r in with_file if r.data(ROLE_PATH) == chosen_path] or with_file[:1]
        if again:
            self.list.setCurrentItem(again[0])
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.crop_button.setEnabled(item is not None and item.data(ROLE_INDEX) is not None)

    def _row(self, file: SlotFile) -> QListWidgetItem:
        slot = i18n.text(file.slot.label)
        copy = self.copy_of(file)
        refused = self._refused.get(file.original)
        if refused:
            reasons = "; ".join(self.reason(r) for r in refused)
            text = self.tr("{slot}: {file} cannot be used: {reasons}").format(
                slot=slot, file=file.original.name, reasons=reasons
            )
        elif copy is not None:
            size = copy.stat().st_size / 1048576
            text = self.tr("{slot}: {copy} ({size:.1f} MB), ready to upload").format(
                slot=slot, copy=copy.name, size=size
            )
        else:
            text = self.tr("{slot}: {file}, no upload-ready copy yet").format(
                slot=slot, file=file.original.name
            )
        if file.adjustment is not None:
            text = self.tr("{row} (rotated or cropped by hand)").format(row=text)
        item = QListWidgetItem(text)
        item.setData(ROLE_FILE, str(copy) if copy is not None and not refused else None)
        if item.data(ROLE_FILE) is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def reason(self, refusal: Refusal) -> str:
        return refusal_text(refusal)

    # -- actions ---------------------------------------------------------------------------------
    def make_copies(self, only: str = "") -> None:
        """Make the copies of every file in the form's upload boxes (or of the attachment at
        the case path ``only``), then list them; say which could not be read or written."""
        from mpreg_desktop.upload_copy import CannotMeetRule, make_upload_copy

        folder = self.folder()
        if folder is None:
            QMessageBox.information(
                self,
                self.tr("Save the case first"),
                self.tr("Upload-ready copies are kept beside the case file: save the case first."),
            )
            return
        failed = []
        for file in self.files():
            if only and file.path != only:
                continue
            self._refused.pop(file.original, None)
            try:
                make_upload_copy(file.original, file.rule, folder, file.colour, file.adjustment)
            except CannotMeetRule as refused:
                self._refused[file.original] = refused.reasons
            except OSError as error:
                failed.append(f"{file.original.name}: {os_reason(error)}")
        self.refresh()
        if failed:
            QMessageBox.warning(
                self,
                self.tr("Some copies were not made"),
                self.tr("These files could not be read or written:\n{files}").format(
                    files="\n".join(failed)
                ),
            )

    def open_folder(self) -> None:
        folder = self.folder()
        if folder is None or not folder.is_dir():
            QMessageBox.information(
                self,
                self.tr("No folder yet"),
                self.tr("The attachments folder is made with the first upload-ready copy."),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
