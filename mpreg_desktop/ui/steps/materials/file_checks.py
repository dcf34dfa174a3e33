"""Hashing attached files off the GUI thread, so the window never waits for a large scan.

The page asks :class:`~mpreg_desktop.storage.attachments.Verifier` first (a ``stat``); a file it
must read is queued here, read by one worker thread (one at a time: the disk is the limit), and
``hashed`` tells the page to look again. A window that closes stops a running hash.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from mpreg_desktop.storage.attachments import Verifier


class FileHasher(QObject):
    hashed = Signal()  # some digests are known now: look at the files again
    _finished = Signal(str)  # emitted by the worker; delivered on the GUI thread

    def __init__(self, verifier: Verifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.verifier = verifier
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pending: set[str] = set()
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)  # GUI thread
        # Many files finishing one after another refresh the page once, not once each.
        self._tell = QTimer(self)
        self._tell.setSingleShot(True)
        self._tell.setInterval(100)
        self._tell.timeout.connect(self.hashed)
        self.destroyed.connect(verifier.stopped.set)

    def request(self, file: Path) -> None:
        name = os.fspath(file)
        if name in self.pending:
            return
        self.pending.add(name)
        self.pool.start(lambda: self._run(file, name))

    def _run(self, file: Path, name: str) -> None:  # in the worker
        try:
            self.verifier.hash_file(file)
        finally:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
                self._finished.emit(name)

    def _done(self, name: str) -> None:
        self.pending.discard(name)
        if not self.pending:
            self._tell.stop()
            self.hashed.emit()
        elif not self._tell.isActive():
            self._tell.start()

    def stop(self) -> None:
        self.verifier.stopped.set()
        self.pool.clear()
        self.pool.waitForDone()
