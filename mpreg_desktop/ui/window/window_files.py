"""The window's file commands: new, open, recent, save, save as, print, export, close-asks.

A mixin of MainWindow (kept apart so neither module grows past a few hundred lines). What it needs
from its window is declared by ``FileActionsHost``; ``tests/ui/test_window_files_interface.py``
checks that the mixin uses nothing else and that MainWindow provides all of it. Its strings are
translated in the "MainWindow" context, which is what ``self.tr`` would use on the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases import locks
from mpreg_desktop.storage.cases.case_store import ReadOnlyFile, SaveConflict
from mpreg_desktop.storage.cases.casefile import SUFFIX, CaseFileError, read_case_for_reading
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.errors import case_file_error_text, os_reason
from mpreg_desktop.ui.window.file_names import case_stem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QStatusBar

    from mpreg_desktop.ui.app.context import AppContext
    from mpreg_desktop.ui.editing.document import CaseDocument
    from mpreg_desktop.ui.editing.safety import CaseSafety

log = logging.getLogger(__name__)


@runtime_checkable
class FileActionsHost(Protocol):
    """What the file commands use of the window they are mixed into, and nothing more."""

    context: AppContext  # the app: settings, library folder, other windows, the clock
    document: CaseDocument | None  # the open case, if any
    safety: CaseSafety | None  # lock, autosave and file watcher of the open case
    recent_menu: QMenu  # 文件 → 最近打开
    _start_page: Any  # the start page when built (it lists the recent files too), else None

    def statusBar(self) -> QStatusBar: ...

    def set_document(self, document: CaseDocument) -> None: ...

    def _document(self, case, path: Path | None = None) -> CaseDocument: ...

    def bring_to_front(self) -> None: ...

    def read_only_text(self, reason: str) -> str: ...


class FileActionsMixin:
    """The file commands; the class using it must be a ``FileActionsHost`` (a QMainWindow)."""

    def new_case(self) -> None:
        target = self if self.document is None else self.context.new_window()
        target.set_document(self._document(new_case(now=self.context.clock.now())))
        target.bring_to_front()

    def open_dialog(self) -> None:
        folder = self.context.library_dir()
        start = str(folder) if folder.is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open case"),
            start,
            QCoreApplication.translate(
                "MainWindow", "Cases and case bundles (*.mpreg *.mpregz);;All files (*)"
            ),
        )
        if name:
            self.context.open_path(Path(name), near=self)

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Case not found"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The case file is no longer there:\n{path}\n\nIt is removed from the list.",
                ).format(path=path),
            )
            self.context.settings.remove_recent(path)
            self.context.save_settings()
            self.refresh_recent()
            return
        self.context.open_path(path, near=self)

    def open_case_file(self, path: Path) -> bool:
        """Load ``path`` into this (empty) window; a bad file gets a message, nothing else.

        A file from a newer app opens read-only. A case another copy of the app has open (its
        lock) opens read-only, or is taken over, as the user chooses; our lock is written only
        after the case opened successfully.
        """
        try:
            case, newer = read_case_for_reading(path)
            data = path.read_bytes()
        except CaseFileError as error:
            log.warning("could not open a case: %s (%s)", error.code, error.where)
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Cannot open the case"),
                case_file_error_text(error),
            )
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Cannot open the case"),
                f"{path}\n\n{os_reason(error)}",
            )
            return False
        read_only = "newer_version" if newer else None
        holder = None if newer else locks.held_by_other(path)
        if holder is not None:
            choice = self._ask_about_lock(path, holder)
            if choice is None:
                return False
            read_only = None if choice == "take_over" else "locked"
        document = self._document(case, path)
        document.store.remember(data)
        document.read_only = read_only
        self.set_document(document)
        self.context.add_recent(path)
        if read_only:
            self.statusBar().showMessage(self.read_only_text(read_only))
        else:
            self._tell_apart(document)
        if not read_only and document.migrate_to_rules():
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Service content types were changed to the official list (see the history).",
                )
            )
        log.info("opened case %s%s", case.id, " (read-only)" if read_only else "")
        return True

    def _tell_apart(self, document) -> None:
        """Another open case has the same id (one file copied outside the app): they stay apart
        (recovery and backups are kept per file), and the user is told which is which."""
        twin = next(
            (
                w.document
                for w in self.context.windows
                if w is not self
                and w.document is not None
                and w.document.case.id == document.case.id
                and w.document.path != document.path
            ),
            None,
        )
        if twin is None:
            return
        log.info("case %s is open twice, from two files", document.case.id)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "This case is a copy of “{other}” (same case id); the two are kept apart: each "
                "file has its own unsaved-changes recovery and earlier versions.",
            ).format(other=twin.path.name if twin.path else "?")
        )

    def _ask_about_lock(self, path: Path, holder: locks.LockInfo) -> str | None:
        """ "read_only", "take_over", or None to cancel."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "The case is open elsewhere"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "“{name}” is open in MP Reg Desktop by {user} on {host} (since {time}).\n\n"
                "Open it read-only, or take it over if that copy of the app is no longer running.",
            ).format(
                name=path.name,
                user=holder.user,
                host=holder.host,
                time=holder.time.strftime("%Y-%m-%d %H:%M"),
            )
        )
        read_only = box.addButton(
            QCoreApplication.translate("MainWindow", "Open read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        take_over = box.addButton(
            QCoreApplication.translate("MainWindow", "Take over"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is read_only:
            return "read_only"
        if box.clickedButton() is take_over:
            return "take_over"
        return None

    def refresh_recent(self) -> None:
        recent = self.context.settings.recent_files
        self.recent_menu.clear()
        for text in recent:
            action = self.recent_menu.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _checked=False, t=text: self.open_recent(Path(t)))
        self.recent_menu.setEnabled(bool(recent))
        if self._start_page is not None:  # else it reads them when built
            self._start_page.set_recent(recent)

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        if self.document is None:
            return False
        folder = self.context.library_dir()
        if self.document.path is not None:
            folder = self.document.path.parent
        else:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                folder = Path.home()
        stem = case_stem(self.document)
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save case as"),
            str(folder / f"{stem}{SUFFIX}"),
            QCoreApplication.translate("MainWindow", "Cases (*.mpreg)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        first = self.document.path is None
        if not self._write(path):
            return False
        if first:  # scans attached before the case had a folder: offer copies beside it
            from mpreg_desktop.ui.window.first_save import offer_copies

            offer_copies(self)
        return True

    def _write(self, path: Path) -> bool:
        document = self.document
        if document.read_only == "newer_version" or (document.read_only and path == document.path):
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Read-only"),
                self.read_only_text(document.read_only),
            )
            return False
        try:
            result = self._save_asking(document, path)
        except SaveConflict:
            return self.safety.resolve_conflict() == "mine"
        except ReadOnlyFile:
            return False
        except OSError as exc:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("MainWindow", "Not saved"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The case could not be saved to\n{path}\n\n{reason}\n\nYour changes are "
                    "still here; try another folder with “Save as”.",
                ).format(path=path, reason=os_reason(exc)),
            )
            return False
        self.context.add_recent(path)
        if result.backup_error:
            self.safety.backup_failed(os_reason(result.backup_error))
        else:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Saved {name}").format(name=path.name),
                4000,
            )
        return True

    def _save_asking(self, document, path: Path):
        """Save; a read-only file is written only if the user says so (it stays read-only)."""
        state_dir = self.context.paths.state_dir
        try:
            return document.save(path, state_dir)
        except ReadOnlyFile:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("MainWindow", "The file is read-only"),
                QCoreApplication.translate(
                    "MainWindow",
                    "“{name}” is marked read-only (perhaps on purpose, by you or a colleague).\n\n"
                    "Save over it anyway? It stays read-only. Or choose No and use “Save as”.",
                ).format(name=path.name),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                raise
            return document.save(path, state_dir, allow_read_only=True)

    def print_sheet(self) -> None:
        from mpreg_desktop.ui.dialogs import print_actions

        if self.document is None:
            return
        options = print_actions.ask_options(self, QCoreApplication.translate("MainWindow", "Print"))
        if options is not None:
            print_actions.print_preview(self, self.document, options)

    def export_pdf(self) -> None:
        from mpreg_desktop.ui.dialogs import print_actions

        if self.document is None:
            return
        options = print_actions.ask_options(
            self, QCoreApplication.translate("MainWindow", "Export PDF")
        )
        if options is None:
            return
        path = print_actions.export_pdf(self, self.document, options)
        if path is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported {name}").format(name=path.name),
                4000,
            )

    def print_payment_request(self) -> None:
        """文件 → 打印付款申请单…: the sheet for finance, in print preview."""
        from mpreg_desktop.ui.dialogs import print_actions

        if self.document is None or not print_actions.payment_request_ready(self, self.document):
            return
        options = print_actions.PrintOptions(sheet="payment_request")
        print_actions.print_preview(self, self.document, options)

    def export_payment_request(self) -> None:
        """The same sheet as a PDF file (written directly: the print system is not involved)."""
        from mpreg_desktop.ui.dialogs import print_actions

        if self.document is None or not print_actions.payment_request_ready(self, self.document):
            return
        options = print_actions.PrintOptions(sheet="payment_request")
        path = print_actions.export_pdf(self, self.document, options)
        if path is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported {name}").format(name=path.name),
                4000,
            )

    def export_calendar(self) -> None:
        if self.document is None:
            return
        from mpreg_desktop.calendar_export import timeline_to_ics
        from mpreg_desktop.storage.outputs import OutputError, write_output
        from mpreg_desktop.ui.app.errors import output_error_text

        folder = self.document.path.parent if self.document.path else Path.home()
        stem = case_stem(self.document)
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export calendar"),
            str(folder / f"{stem}.ics"),
            QCoreApplication.translate("MainWindow", "Calendar files (*.ics)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
        now = self.document.clock.now()
        data = timeline_to_ics(
            self.document.case, self.document.timeline(now), i18n.current_language(), now
        )
        inputs = (self.document.path,) if self.document.path else ()
        try:
            write_output(path, data, inputs)  # private: the calendar names the case's people
        except (OutputError, OSError) as error:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("MainWindow", "Not exported"),
                QCoreApplication.translate(
                    "MainWindow", "The calendar could not be written to\n{path}\n\n{reason}"
                ).format(path=path, reason=output_error_text(error)),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported {name}").format(name=path.name), 4000
        )

    def maybe_save(self) -> bool:
        """True when it is fine to close: saved, discarded on purpose, or nothing to save."""
        if self.document is None or not self.document.is_modified:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow", "Save the changes to “{name}” before closing?"
            ).format(
                name=self.document.case.name
                or QCoreApplication.translate("MainWindow", "Untitled case")
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard
