"""What the materials page does with files: attach them (file dialog or drop), open them with
the system's viewer, remove them, and point a reference at the file as it is now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from mpreg_desktop.domain.case import Attachment
from mpreg_desktop.domain.flow.checklist import ChecklistItem
from mpreg_desktop.storage.attachments import (
    AttachmentError,
    attachments_folder,
    copy_beside_case,
    outside_case_folder,
)
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.materials.attachments_view import file_name
from mpreg_desktop.ui.steps.materials.edits import MaterialEditor, Refused


def refused_text(refused: Refused) -> str:
    """ "<file>: why it was not attached or copied", in the UI's language."""
    reasons = {
        "not_found": QCoreApplication.translate("AttachmentActions", "the file is not there"),
        "folder": QCoreApplication.translate(
            "AttachmentActions", "this is a folder; attach the files in it instead"
        ),
        "not_regular": QCoreApplication.translate(
            "AttachmentActions", "this is not an ordinary file"
        ),
        "too_large": QCoreApplication.translate(
            "AttachmentActions", "the file is far too large for a scan"
        ),
        "unreadable": QCoreApplication.translate("AttachmentActions", "the file cannot be read"),
        "duplicate": QCoreApplication.translate(
            "AttachmentActions", "this file is already attached to this material"
        ),
        "bad_name": QCoreApplication.translate(
            "AttachmentActions",
            "its name or folder cannot be kept in a case file (not valid Unicode, or too long)",
        ),
    }
    reason = reasons[refused.reason]
    if refused.why:
        reason = QCoreApplication.translate("AttachmentActions", "{reason} ({why})").format(
            reason=reason, why=refused.why
        )
    return f"{refused.path.name}: {reason}"


class AttachmentActions(QObject):
    """Acts on the material ``current()`` returns; dialogs open over ``owner``."""

    def __init__(
        self,
        document: CaseDocument,
        editor: MaterialEditor,
        current: Callable[[], ChecklistItem | None],
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.document = document
        self.editor = editor
        self.current = current
        self.owner = owner
        self._last_folder = ""

    def _file_filter(self) -> str:
        rules = self.document.rules
        formats = [*rules.verification.uploads.formats, *rules.filing.uploads.formats, "pdf"]
        patterns = " ".join(f"*.{f} *.{f.upper()}" for f in dict.fromkeys(formats))
        return self.tr("Scans and photos ({patterns});;All files (*)").format(patterns=patterns)

    def _start_folder(self) -> str:
        if self._last_folder:
            return self._last_folder
        return str(self.document.path.parent) if self.document.path else QDir.homePath()

    def add_dialog(self) -> None:
        item = self.current()
        if item is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.owner,
            self.tr("Attach files to {name}").format(name=i18n.text(item.label)),
            self._start_folder(),
            self._file_filter(),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.attach(item, [Path(n) for n in names])

    def reuse_dialog(self) -> None:
        """Attach a file that another material of this case already has."""
        item = self.current()
        if item is None:
            return
        rules = self.document.rules
        labels = {e.id: i18n.text(e.label) for e in rules.checklist.entries}
        own = self.document.case.material(item.id)
        taken = {a.sha256 for a in own.attachments} if own else set()
        choices: dict[str, Attachment] = {}
        for record in self.document.case.materials:
            for attachment in record.attachments:
                if record.key != item.id and attachment.sha256 not in taken:
                    text = f"{file_name(attachment)} — {labels.get(record.key, record.key)}"
                    choices.setdefault(text, attachment)
                    taken.add(attachment.sha256)
        if not choices:
            QMessageBox.information(
                self.owner,
                self.tr("No other files"),
                self.tr("No other material of this case has a file this one does not have."),
            )
            return
        text, ok = QInputDialog.getItem(
            self.owner,
            self.tr("Use a file of another material"),
            self.tr("Attach to {name}:").format(name=i18n.text(item.label)),
            list(choices),
            0,
            False,
        )
        if ok and text in choices:
            self.attach(item, [self.editor.resolve(choices[text])])

    def attach(self, item: ChecklistItem | None, files: list[Path]) -> None:
        if item is None or not files:
            return
        files = self._offer_copies(files)
        if not files:
            return
        label = self.tr("Attach files to {name}").format(name=i18n.text(item.label))
        # Hashing and looking at large photos takes a moment: say so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            refused = self.editor.attach(item.id, files, scan=item.scan, label=label)
        finally:
            QApplication.restoreOverrideCursor()
        if refused:
            QMessageBox.warning(
                self.owner,
                self.tr("Not attached"),
                "\n".join(refused_text(r) for r in refused),
            )

    def _offer_copies(self, files: list[Path]) -> list[Path]:
        """Files outside the case's folder would be kept by absolute path: moving or sending the
        case would lose them. Offer to copy them into ``<case name> 附件/`` beside the case."""
        case_path = self.document.path
        outside = [f for f in files if outside_case_folder(f, case_path)]
        if not outside or case_path is None:
            return files
        folder = attachments_folder(case_path)
        box = QMessageBox(self.owner)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Copy beside the case?"))
        box.setText(
            self.tr(
                "{count} of the files are outside the case's folder. Copy them into the folder "
                "“{folder}” beside the case? Then the case and its scans can be moved or sent "
                "together."
            ).format(count=len(outside), folder=folder.name)
        )
        copy = box.addButton(self.tr("Copy"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep where they are"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        if box.clickedButton() is keep:
            return files
        if box.clickedButton() is not copy:
            return []
        copied, failed = [], []
        for file in files:
            try:
                copied.append(copy_beside_case(file, case_path) if file in outside else file)
            except AttachmentError as error:
                failed.append(Refused.because(file, error))
        if failed:
            QMessageBox.warning(
                self.owner,
                self.tr("Not copied"),
                "\n".join(refused_text(r) for r in failed),
            )
        return copied

    def _attachment(self, index: int) -> tuple[ChecklistItem, Attachment] | None:
        item = self.current()
        record = self.document.case.material(item.id) if item else None
        if record is None or not 0 <= index < len(record.attachments):
            return None
        return item, record.attachments[index]

    def open(self, index: int) -> None:
        found = self._attachment(index)
        if found is None:
            return
        path = self.editor.resolve(found[1])
        if not path.is_file():
            QMessageBox.warning(
                self.owner,
                self.tr("File not found"),
                self.tr("The file is not there:\n{path}").format(path=path),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self.owner,
                self.tr("Cannot open the file"),
                self.tr("No program to show this file was found:\n{path}").format(path=path),
            )

    def remove(self, index: int) -> None:
        found = self._attachment(index)
        if found is not None:
            self.editor.remove(found[0].id, index, self.tr("Remove attachment"))

    def update(self, index: int) -> None:
        found = self._attachment(index)
        if found is not None:
            self._replace(found[0], index, self.editor.resolve(found[1]))

    def locate(self, index: int) -> None:
        found = self._attachment(index)
        if found is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.owner,
            self.tr("Where is {file}?").format(file=file_name(found[1])),
            self._start_folder(),
            self._file_filter(),
        )
        if name:
            self._replace(found[0], index, Path(name))

    def _replace(self, item: ChecklistItem, index: int, file: Path) -> None:
        try:
            self.editor.replace(
                item.id, index, file, scan=item.scan, label=self.tr("Update attachment")
            )
        except AttachmentError as error:
            QMessageBox.warning(
                self.owner, self.tr("Not attached"), refused_text(Refused.because(file, error))
            )
