"""Helpers for GUI tests: typing as an input method does, and recording message boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type like an input method does (QTest.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


class Dialogs:
    """Records message boxes instead of showing them, and answers questions as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel
        self.button = ""  # a message box built by the app: the button to click ("" = default)

    def run_box(self, box: QMessageBox) -> int:
        """Stands in for ``QMessageBox.exec``: records the box and clicks the chosen button."""
        self.shown.append(("box", box.windowTitle(), box.text()))
        chosen = next((b for b in box.buttons() if b.text() == self.button), None)
        (chosen or box.defaultButton() or box.buttons()[-1]).click()
        return 0

    def record(self, kind: str) -> Callable:
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show


def seen_timeline(window, qtbot):
    """The 时间线 as a user sees it: its dock tab chosen and the list painted. (Behind the 清单
    it is listed only when it can be seen: TimelineView's ``when_seen``.)"""
    dock = window.docks["timeline"]
    dock.raise_()
    view = dock.widget()
    qtbot.waitUntil(lambda: not view._stale and view.topLevelItemCount() > 0)
    return view
