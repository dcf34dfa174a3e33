"""What the user can do with a case in the library: open, duplicate, rename, archive, show it.

The same ``QAction`` objects serve the buttons and the context menu, so that both are enabled
and named alike. The file work is in :mod:`mpreg_desktop.storage.library.files`; here are the
questions and the messages. A case open in a window is not renamed or archived behind its back:
its window would save it again under the old name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from mpreg_desktop.storage.library.files import (
    LibraryError,
    archive_case,
    duplicate_case,
    rename_case,
    restore_case,
)
from mpreg_desktop.storage.library.index import CaseSummary
from mpreg_desktop.ui.app.errors import cause_reason


class LibraryActions(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.open_action = self._action(self.tr("Open"), self.open)
        self.duplicate_action = self._action(self.tr("Duplicate as new case"), self.duplicate)
        self.rename_action = self._action(self.tr("Rename…"), self.rename)
        self.archive_action = self._action(self.tr("Archive"), self.archive)
        self.reveal_action = self._action(self.tr("Show in file manager"), self.reveal)
        self.refresh_action = self._action(self.tr("Refresh"), view.refresh)
        self.export_sheet_action = self._action(self.tr("Export sheet…"), self.export_sheet)
        self.import_sheet_action = self._action(self.tr("Import from sheet…"), self.import_sheet)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def all(self) -> list[QAction]:
        return [
            self.open_action,
            self.duplicate_action,
            self.rename_action,
            self.archive_action,
            self.reveal_action,
            self.refresh_action,
            self.export_sheet_action,
            self.import_sheet_action,
        ]

    def update(self, summary: CaseSummary | None) -> None:
        """Enable what makes sense for the selected case (a broken file can only be opened —
        to see its error — or shown in the file manager)."""
        chosen = summary is not None
        usable = chosen and not summary.broken
        self.open_action.setEnabled(chosen)
        self.reveal_action.setEnabled(chosen)
        for action in (self.duplicate_action, self.rename_action, self.archive_action):
            action.setEnabled(usable)
        archived = bool(summary and summary.archived)
        self.archive_action.setText(
            self.tr("Restore from archive") if archived else self.tr("Archive")
        )

    # -- the actions -----------------------------------------------------------------------------
    def export_sheet(self) -> None:
        from mpreg_desktop.ui.sharing.sheet_dialogs import export_sheet

        export_sheet(self.view)

    def import_sheet(self) -> None:
        from mpreg_desktop.ui.sharing.sheet_dialogs import import_sheet

        import_sheet(self.view)

    def open(self) -> None:
        summary = self.view.selected()
        if summary is not None:
            self.view.openRequested.emit(summary.path)

    def duplicate(self) -> None:
        summary = self.view.selected()
        if summary is None or summary.broken:
            return
        try:
            new = duplicate_case(summary.path)
        except LibraryError as error:
            self._failed(self.tr("Duplicate case"), error)
            return
        self.view.after_change(new, self.tr("Copied to “{file}”.").format(file=new.name))

    def rename(self) -> None:
        summary = self.view.selected()
        if summary is None or summary.broken or self._refuse_open(summary):
            return
        name, ok = QInputDialog.getText(
            self.view,
            self.tr("Rename case"),
            self.tr("New name (the case file is renamed to match):"),
            QLineEdit.EchoMode.Normal,
            summary.label,
        )
        if not ok or not name.strip() or name.strip() == summary.name:
            return
        try:
            new = rename_case(summary.path, name)
        except LibraryError as error:
            self._failed(self.tr("Rename case"), error)
            return
        self.view.after_change(new, self.tr("Renamed to “{file}”.").format(file=new.name))

    def archive(self) -> None:
        summary = self.view.selected()
        if summary is None or summary.broken or self._refuse_open(summary):
            return
        restoring = summary.archived
        try:
            if restoring:
                new = restore_case(summary.path, self.view.root)
            else:
                new = archive_case(summary.path, self.view.root)
        except LibraryError as error:
            self._failed(self.tr("Archive"), error)
            return
        if restoring:
            message = self.tr("“{case}” is back in the library.")
        else:
            message = self.tr("“{case}” was moved to the archive folder.")
        self.view.after_change(new, message.format(case=summary.label))

    def reveal(self) -> None:
        summary = self.view.selected()
        if summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.path.parent)))

    # -- messages --------------------------------------------------------------------------------
    def _refuse_open(self, summary: CaseSummary) -> bool:
        if self.view.context.window_for(summary.path) is None:
            return False
        QMessageBox.information(
            self.view,
            self.tr("Case is open"),
            self.tr(
                "“{case}” is open in a window. Close it first, then rename or archive it."
            ).format(case=summary.label),
        )
        return True

    def _failed(self, title: str, error: LibraryError) -> None:
        QMessageBox.warning(self.view, title, self.error_text(error))

    def error_text(self, error: LibraryError) -> str:
        name = Path(error.path).name
        texts = {
            "unreadable": self.tr("The case file cannot be read, so it was left as it is."),
            "exists": self.tr("“{name}” already exists. Nothing was changed."),
            "bad_name": self.tr("This name cannot be used for a case file. Nothing was changed."),
            "already_archived": self.tr("This case is already in the archive."),
            "not_archived": self.tr("This case is not in the archive."),
            "io": self.tr("The system refused: {detail}"),
            "old_kept": self.tr(
                "The case was saved as its new file, but the old file could not be removed "
                "({detail}): both are in the library now."
            ),
        }
        return texts.get(error.code, error.code).format(
            name=name, detail=cause_reason(error, error.detail)
        )
