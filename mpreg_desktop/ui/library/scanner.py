"""Keeps the library's list current: incremental scans in small steps, and a folder watcher.

Scans run on the GUI thread in steps of a few milliseconds, one per timer tick, instead of in a
worker thread. Why: reading a case is Python work (JSON, validation, checklist, timeline) that holds
the GIL, so a thread would not make a cold scan of a big folder faster, only harder to reason about
(the index and the model would need locks). Short steps keep the window responsive (the event loop
runs between them), rows appear as they are found, and a warm scan — a ``stat`` per file — is done
in the first step or two.

``QFileSystemWatcher`` watches the library folder and its subfolders (not the files: thousands of
file watches exhaust the system's limit). Saving a case (a temp file renamed over it), adding,
deleting or moving one all change its folder; the watcher's signals are debounced, then an
incremental scan re-reads only what changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mpreg_desktop.storage.library.index import LibraryIndex, LibraryScan

STEP_SECONDS = 0.03  # per timer tick: short enough that typing and scrolling stay smooth
DEBOUNCE_MS = 400  # a save touches its folder several times; one rescan is enough


class LibraryScanner(QObject):
    found = Signal(list)  # summaries found by one step: new, changed or confirmed
    finished = Signal(list)  # all summaries of a completed scan (vanished files are not in it)

    def __init__(self, index: LibraryIndex, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.root = Path(root)
        self.scan: LibraryScan | None = None
        self._again = False  # something changed during a scan: scan again once it ends
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.rescan)
        self.ticker = QTimer(self)
        self.ticker.setInterval(0)
        self.ticker.timeout.connect(self.step)

    @property
    def running(self) -> bool:
        return self.scan is not None

    def set_root(self, root: Path) -> None:
        """Look at another library folder from now on."""
        self.root = Path(root)
        self.scan = None
        self.ticker.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.rescan()

    def schedule(self, *_args) -> None:
        """Something changed on disk: rescan shortly (restarting the wait on every change)."""
        self.debounce.start()

    def rescan(self) -> None:
        """Start an incremental scan now, or right after the one running."""
        if self.scan is not None:
            self._again = True
            return
        self._again = False
        self.scan = self.index.start(self.root)
        self.ticker.start()

    def step(self) -> None:
        scan = self.scan
        if scan is None:
            self.ticker.stop()
            return
        found = scan.step(STEP_SECONDS)
        if found:
            self.found.emit(found)
        if not scan.done:
            return
        self.ticker.stop()
        self.scan = None
        self._watch(scan.folders)
        self.finished.emit(scan.summaries)
        if self._again:
            self.rescan()

    def run_to_end(self) -> None:
        """Finish the running scan (or a new one) without returning to the event loop."""
        if self.scan is None:
            self.rescan()
        while self.scan is not None:
            self.step()

    def _watch(self, folders: list[Path]) -> None:
        wanted = {os.fspath(f) for f in folders if f.is_dir()}
        current = set(self.watcher.directories())
        if current - wanted:
            self.watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self.watcher.addPaths(sorted(wanted - current))
