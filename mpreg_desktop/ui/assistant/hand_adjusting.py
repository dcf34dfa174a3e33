"""旋转和裁剪… for the upload list: open the dialog on a scan, record what the user chose on the
attachment through the document (one undo step), and keep the copy on disk matching it: made
again from the original on OK, and again when an undo or redo changes the choice.

Its texts belong to the upload list (translation context ``UploadsView``), where they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from mpreg_desktop.domain.case import HandAdjustment
from mpreg_desktop.ui.app.errors import os_reason
from mpreg_desktop.ui.assistant.refusal_text import refusal_text

if TYPE_CHECKING:
    from mpreg_desktop.ui.assistant.turn_crop_dialog import TurnAndCropDialog
    from mpreg_desktop.ui.assistant.uploads import SlotFile, UploadsView


class HandAdjusting(QObject):
    def __init__(self, uploads: UploadsView) -> None:
        super().__init__(uploads)
        self.uploads = uploads
        self.dialog: TurnAndCropDialog | None = None  # the dialog open now (tests, screenshots)
        self._recording = False  # OK is recording: it makes the copy itself, once
        uploads.document.changed.connect(self._changed)

    def menu(self, at: QPoint) -> None:
        uploads = self.uploads
        item = uploads.list.itemAt(at)
        if item is None or uploads.file_at(uploads.list.row(item)) is None:
            return
        menu = QMenu(uploads)
        menu.addAction(uploads.crop_button.text(), lambda: self.open(uploads.list.row(item)))
        menu.exec(uploads.list.viewport().mapToGlobal(at))

    def open(self, row: int) -> None:
        """Open 旋转和裁剪… for the scan in ``row``; OK records the choice and remakes its copy."""
        from mpreg_desktop.ui.assistant.turn_crop_dialog import TurnAndCropDialog
        from mpreg_desktop.upload_copy import CannotMeetRule, upright_preview

        uploads = self.uploads
        file = uploads.file_at(row)
        if file is None:
            return
        try:
            preview = upright_preview(file.original)
        except (CannotMeetRule, OSError) as error:
            if isinstance(error, CannotMeetRule):
                text = QCoreApplication.translate(
                    "UploadsView", "{file} cannot be turned or cropped: {reason}"
                ).format(file=file.original.name, reason=refusal_text(error.reasons[0]))
            else:
                text = QCoreApplication.translate(
                    "UploadsView", "{file} could not be read: {reason}"
                ).format(file=file.original.name, reason=os_reason(error))
            title = QCoreApplication.translate("UploadsView", "Cannot rotate or crop")
            QMessageBox.information(uploads, title, text)
            return
        dialog = TurnAndCropDialog(preview, file.adjustment, file.rule, file.original.name, uploads)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.record(file, dialog.adjustment()))
        self.dialog = dialog
        dialog.open()

    def record(self, file: SlotFile, adjustment: HandAdjustment | None) -> None:
        label = QCoreApplication.translate("UploadsView", "Rotate and crop {file}").format(
            file=file.original.name
        )
        self._recording = True
        try:
            recorded = self.uploads.document.set_field(
                f"{file.path}.adjustment", adjustment, label=label
            )
        finally:
            self._recording = False
        if recorded:  # a read-only case refuses it (the window says why): no copy either
            self.uploads.make_copies(only=file.path)

    def _changed(self, path: str) -> None:
        """An adjustment changed by undo or redo: its copy, if made, is made again to match."""
        uploads = self.uploads
        if self._recording or not path.endswith(".adjustment") or uploads.folder() is None:
            return
        for file in uploads.files():
            if f"{file.path}.adjustment" == path and uploads.copy_of(file) is not None:
                uploads.make_copies(only=file.path)
                return
