"""Never losing work in an open case: autosave, the lock, and a file that changes on disk.

- Autosave: while there are unsaved edits, the case goes to a recovery file in the state folder
  every few seconds and when the window loses focus (never over the case file itself); a clean
  save or close removes it.
- The lock beside the case file is written after a successful open and removed on close.
- A ``QFileSystemWatcher`` notices when another program (a sync client, a colleague's PC) replaces
  the file; the user chooses: reload, keep mine (saved as a copy), or compare first. Our own saves
  do not trigger it, because the document remembers what it wrote.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
)

from mpreg_desktop.storage.cases import locks
from mpreg_desktop.storage.cases.casefile import MAX_BYTES, CaseFileError, case_to_bytes, read_case
from mpreg_desktop.storage.cases.recovery import remove_recovery, write_recovery
from mpreg_desktop.storage.small_files import read_small_file
from mpreg_desktop.ui.app.errors import case_file_error_text, os_reason
from mpreg_desktop.ui.editing.safety_notice import (
    SafetyBanner,
    autosave_failed_text,
    backup_failed_text,
)

log = logging.getLogger(__name__)
AUTOSAVE_MS = 5_000


def copy_path(path: Path, label: str) -> Path:
    """A free file name next to ``path``: "<stem>（<label>）.mpreg", numbered if taken."""
    for number in range(1, 1000):
        suffix = label if number == 1 else f"{label} {number}"
        candidate = path.with_name(f"{path.stem}（{suffix}）{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(str(path))


class CaseSafety(QObject):
    def __init__(self, window, document, state_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.state_dir = state_dir
        self.autosaved_version = -1
        self.recovery_keys: set[str] = set()  # recovery files written (the key follows the path)
        self.autosave_error: str | None = None  # why the last autosave failed, until one works
        self.banner = SafetyBanner()  # placed over the case by the window
        self.status = QLabel()
        self.status.setStyleSheet("color: #a04000;")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.has_lock = False
        self.prompting = False
        self.closed = False  # released: late signals (a change on disk) are ignored
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        document.cleanChanged.connect(self._clean_changed)
        document.pathChanged.connect(self.watch)
        self.watch()

    # -- autosave --------------------------------------------------------------------------------
    def autosave(self) -> None:
        doc = self.document
        if not doc.is_modified or doc.read_only or doc.version == self.autosaved_version:
            return
        try:
            written = write_recovery(self.state_dir, doc.case, doc.path)
        except OSError as exc:
            log.warning("autosave failed: %s", exc.strerror)
            self._autosave_failed(os_reason(exc))
            return
        self.recovery_keys.add(written.stem)
        self.autosaved_version = doc.version
        if self.autosave_error is not None:
            self.autosave_error = None
            self.status.hide()
            self.banner.hide()

    def _autosave_failed(self, reason: str) -> None:
        text = autosave_failed_text(reason, str(self.state_dir))
        if self.autosave_error is None:  # the banner once per failure spell
            self.banner.say(text)
        self.autosave_error = reason
        self.status.setText(self.tr("⚠ Autosave is not working"))
        self.status.setToolTip(text)
        self.status.show()

    def backup_failed(self, reason: str) -> None:
        """A save went through, but the previous version could not be kept: say so."""
        text = backup_failed_text(reason)
        self.banner.say(text)
        self.window.statusBar().showMessage(text, 15000)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.forget_recovery()

    def forget_recovery(self) -> None:
        """Remove this window's recovery files (none is ever another file's: see storage_key)."""
        doc = self.document
        for key in {*self.recovery_keys, doc.store.key(doc.case.id)}:
            try:
                remove_recovery(self.state_dir, key)
            except OSError as exc:
                log.warning("recovery file not removed: %s", exc.strerror)
        self.recovery_keys.clear()
        self.autosaved_version = -1

    # -- lock ------------------------------------------------------------------------------------
    def take_lock(self) -> None:
        if self.document.path is None or self.document.read_only:
            return
        try:
            locks.acquire(self.document.path)
            self.has_lock = True
        except OSError as exc:
            log.warning("lock not written: %s", exc.strerror)

    def release(self) -> None:
        """On close: give up the lock; stop watching."""
        self.closed = True
        self.timer.stop()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.has_lock and self.document.path is not None:
            locks.release(self.document.path)
            self.has_lock = False

    # -- changes on disk -------------------------------------------------------------------------
    def watch(self) -> None:
        if self.closed:
            return
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        path = self.document.path
        if path is not None and path.exists():
            self.watcher.addPath(str(path))
        if self.has_lock is False and not self.document.read_only and path is not None:
            self.take_lock()

    def _file_changed(self, _name: str) -> None:
        # An atomic replace removes the watched file: watch the new one, then look at it.
        QTimer.singleShot(200, self, self.check_disk)  # dropped if this window is gone

    def check_disk(self) -> None:
        if self.closed:
            return
        self.watch()
        if self.prompting or not self.document.store.changed_on_disk():
            return
        self.prompting = True
        try:
            self.resolve_conflict()
        finally:
            self.prompting = False

    def resolve_conflict(self) -> str:
        """Ask what to do about a newer file on disk; returns "reload", "mine" or "later"."""
        path = self.document.path
        while True:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("The case changed on disk"))
            box.setText(
                self.tr(
                    "“{name}” was changed by another program or computer since you opened it.\n\n"
                    "Reload it (your unsaved changes in this window are dropped), keep your "
                    "version (saved as a copy next to it), or compare the two first."
                ).format(name=path.name)
            )
            reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            mine = box.addButton(self.tr("Keep mine as a copy"), QMessageBox.ButtonRole.ActionRole)
            compare = box.addButton(self.tr("Compare…"), QMessageBox.ButtonRole.HelpRole)
            box.addButton(self.tr("Decide later"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is compare:
                self.compare()
                continue
            if clicked is reload:
                return "reload" if self.reload() else "later"
            if clicked is mine:
                return "mine" if self.keep_mine() else "later"
            return "later"

    def compare(self) -> None:
        """The two versions side by side: worked out in a worker, with progress and Cancel."""
        try:
            theirs = read_small_file(self.document.path, MAX_BYTES)
        except OSError:
            theirs = b""
        from mpreg_desktop.ui.dialogs.compare import (
            compare,  # only when asked for (difflib)
        )

        compare(self.window, theirs, case_to_bytes(self.document.case))

    def reload(self) -> bool:
        doc = self.document
        try:
            case = read_case(doc.path)
            data = doc.path.read_bytes()
        except CaseFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot reload"), case_file_error_text(error))
            return False
        except OSError as error:
            QMessageBox.warning(
                self.window, self.tr("Cannot reload"), f"{doc.path}\n\n{os_reason(error)}"
            )
            return False
        doc.load(case, data)
        self.forget_recovery()
        return True

    def keep_mine(self) -> bool:
        doc = self.document
        target = copy_path(doc.path, self.tr("my version"))
        try:
            doc.save(target, self.state_dir, force=True)
        except OSError as exc:
            QMessageBox.critical(self.window, self.tr("Not saved"), os_reason(exc))
            return False
        self.release()
        self.closed = False  # the case lives on under its new name
        self.timer.start()
        self.watch()
        return True
