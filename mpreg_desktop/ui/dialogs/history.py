"""文件 → 历史版本…: the case as it was before each of its last saves; restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.storage.cases.backups import Backup, list_backups
from mpreg_desktop.storage.cases.casefile import CaseFileError, read_case
from mpreg_desktop.ui.app.errors import case_file_error_text


class HistoryDialog(QDialog):
    def __init__(self, document, state_dir, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Earlier versions"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Before each save the previous file is kept (the last 10). Restoring one replaces "
                "what this window shows; you can undo it, and nothing is written until you save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier versions"))
        # This file's backups, and those an earlier version of the app kept under the id alone.
        case_id = document.case.id
        self.backups = list_backups(state_dir, document.store.key(case_id), str(case_id))
        for backup in self.backups:
            when = backup.taken.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(
                self.tr("Saved over at {when} ({size} KB)").format(
                    when=when, size=max(1, backup.size // 1024)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        layout.addWidget(self.list)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("No earlier versions yet: they appear after saving.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.list.setCurrentRow(0)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.restore())
        layout.addWidget(buttons)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        backup: Backup = item.data(Qt.ItemDataRole.UserRole)
        try:
            case = read_case(backup.path)
        except CaseFileError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), case_file_error_text(error))
            return
        self.document.replace_case(case, self.tr("Restore an earlier version"))
        self.accept()
