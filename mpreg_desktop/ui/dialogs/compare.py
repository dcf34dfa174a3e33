"""Compare… in the change-on-disk prompt: the diff is made in a worker, with progress and Cancel.

``storage.compare.diff_text`` is bounded; it still takes a moment on a large case, so the window
shows a progress dialog (its event loop keeps the window painting) and Cancel stops the worker.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
)

from mpreg_desktop.storage.cases.compare import Cancelled, diff_text


class DiffDialog(QDialog):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with the file on disk"))
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFont("monospace"))
        view.setPlainText(text or self.tr("No differences."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 36)


class CompareJob(QObject):
    """One comparison in a worker thread; ``finished`` carries the text, or None if cancelled."""

    finished = Signal(object)

    def __init__(self, theirs: bytes, mine: bytes, parent=None) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        labels = (self.tr("on disk"), self.tr("this window"))
        too_many = self.tr(
            "The two versions differ in too many lines to list them ({theirs} on disk, {mine} "
            "in this window, from line {line} on). Reload, or keep yours as a copy and compare "
            "the two files with another program."
        )
        self.thread = threading.Thread(
            target=self._run, args=(theirs, mine, labels, too_many), daemon=True
        )

    def start(self) -> None:
        self.thread.start()

    def _run(self, theirs: bytes, mine: bytes, labels, too_many: str) -> None:
        try:
            text = diff_text(theirs, mine, labels, self.stop, too_many)
        except Cancelled:
            text = None
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.finished.emit(text)

    def cancel(self) -> None:
        self.stop.set()


def compare(parent, theirs: bytes, mine: bytes) -> str | None:
    """Show the difference; returns the text shown, or None when the user cancelled."""
    job = CompareJob(theirs, mine, parent)
    progress = QProgressDialog(
        QCoreApplication.translate("CompareJob", "Comparing the two versions…"),
        QCoreApplication.translate("CompareJob", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    result: list[str | None] = []

    def done(text: str | None) -> None:
        result.append(text)
        progress.accept()

    # Queued: delivered on this thread by the progress dialog's event loop, never in the worker.
    job.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    progress.canceled.connect(job.cancel)
    job.start()
    if progress.exec() == QDialog.DialogCode.Rejected and not result:
        job.cancel()  # closed or cancelled: the worker stops at its next check
        return None
    text = result[0] if result else None
    if text is None:
        return None
    DiffDialog(text, parent).exec()
    return text
