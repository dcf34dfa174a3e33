"""Copying a value for a web form, the way password managers do: cleared again after a while.

The clipboard gets the full value (the form needs it); after ``seconds`` it is cleared if it
still holds that value, so an ID number does not linger for the next paste in another program.
Nothing copied is logged.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_SECONDS = 30


class GuardedClipboard(QObject):
    cleared = Signal()  # the value was taken off the clipboard again

    def __init__(self, parent=None, seconds: int = CLEAR_AFTER_SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_unchanged)

    def copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self._copied = value
        self._timer.start(self.seconds * 1000)

    def clear_if_unchanged(self) -> None:
        """Clear the clipboard unless the user copied something else meanwhile."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
            self.cleared.emit()
        self._copied = None
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
