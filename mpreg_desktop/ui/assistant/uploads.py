"""The upload boxes of the form shown in the 填报助手: which attachment fills each, its
upload-ready copy (made on request, beside the case in its attachments folder), or why a scan
cannot be made acceptable. A copy is dragged out of the list straight into the browser's upload
box, or found with "open folder"."""

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
from mpreg_desktop.domain.rules.model import UploadRules, UploadSlot
from mpreg_desktop.storage.attachments import attachments_folder, resolve
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument

ROLE_FILE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SlotFile:
    slot: UploadSlot
    rule: UploadRules
    original: Path
    colour: bool | None


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
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
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

    # -- what fills each box ---------------------------------------------------------------------
    def files(self) -> list[SlotFile]:
        doc = self.document
        form = doc.rules.forms.find(self.form_id)
        found = []
        for slot in form.uploads if form else []:
            rule = doc.rules.filing.uploads  # slot.rule: the filing system's
            for key in slot.materials:
                material = doc.case.material(key)
                for attachment in material.attachments if material else []:
                    colour = attachment.scan.colour if attachment.scan else None
                    found.append(SlotFile(slot, rule, resolve(attachment, doc.path), colour))
        return found

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
                self.list.addItem(self._row(file))
        self.make_button.setEnabled(bool(files))

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
        item = QListWidgetItem(text)
        item.setData(ROLE_FILE, str(copy) if copy is not None and not refused else None)
        if item.data(ROLE_FILE) is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def reason(self, refusal: Refusal) -> str:
        p = refusal.params
        if refusal.code == "too_small":
            return self.tr("{size} pixels is below the {minimum} the form requires").format(
                size=p.get("size", ""), minimum=p.get("minimum", "")
            )
        if refusal.code == "greyscale":
            return self.tr("a black-and-white scan; the form wants a colour scan of the original")
        if refusal.code == "not_image":
            return self.tr("not a picture the form accepts ({format})").format(
                format=p.get("format", "")
            )
        return self.tr("too detailed to fit {limit} even at the smallest allowed size").format(
            limit=p.get("limit", "")
        )

    # -- actions ---------------------------------------------------------------------------------
    def make_copies(self) -> None:
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
            self._refused.pop(file.original, None)
            try:
                make_upload_copy(file.original, file.rule, folder, colour=file.colour)
            except CannotMeetRule as refused:
                self._refused[file.original] = refused.reasons
            except OSError as error:
                failed.append(f"{file.original.name}: {error.strerror or error}")
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
