"""After a case's first save: offer to copy scans attached before it had a folder.

A case never saved has no folder, so its scans are stored by absolute path; once saved, moving or
sending the case folder would lose them. Right after the first save the user is offered what
attaching to a saved case offers: copies in ``<case name> 附件/`` beside the case, stored as
relative paths (one edit, then saved again). The originals are never touched.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mpreg_desktop.storage.attachments import (
    AttachmentError,
    attachments_folder,
    copy_beside_case,
    outside_case_folder,
    resolve,
    stored_path,
)
from mpreg_desktop.ui.steps.materials.edits import Refused
from mpreg_desktop.ui.steps.materials.files import refused_text

log = logging.getLogger(__name__)


def attachments_outside(document) -> list[tuple[str, int, Path]]:
    """(material key, attachment index, file) of each attached file outside the case's folder."""
    case_path = document.path
    found = []
    for material in document.case.materials:
        for index, attachment in enumerate(material.attachments):
            file = resolve(attachment, case_path)
            if outside_case_folder(file, case_path) and file.is_file():
                found.append((material.key, index, file))
    return found


def offer_copies(window) -> int:
    """Ask, copy, re-point the attachments in one edit and save again; returns files copied."""
    document = window.document
    outside = attachments_outside(document) if document is not None else []
    if not outside or document.read_only:
        return 0
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FirstSave", "Copy the scans beside the case?"))
    box.setText(
        QCoreApplication.translate(
            "FirstSave",
            "{count} attached files are outside the case's folder, so moving or sending the case "
            "would lose them. Copy them into “{folder}” beside the case? The originals stay "
            "where they are.",
        ).format(count=len(outside), folder=attachments_folder(document.path).name)
    )
    copy = box.addButton(
        QCoreApplication.translate("FirstSave", "Copy"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("FirstSave", "Keep where they are"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is not copy:
        return 0
    copies, failed = [], []
    for key, index, file in outside:
        try:
            copies.append((key, index, copy_beside_case(file, document.path)))
        except AttachmentError as error:
            failed.append(refused_text(Refused.because(file, error)))
    with document.edit(QCoreApplication.translate("FirstSave", "Copy the scans beside the case")):
        for key, index, new in copies:
            stored = stored_path(new, document.path)
            document.set_field(f"materials[{key}].attachments[{index}].path", stored)
    if failed:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FirstSave", "Not copied"),
            "\n".join(failed),
        )
    log.info("copied %d attachments beside a newly saved case", len(copies))
    if copies:
        window.save()
    return len(copies)
