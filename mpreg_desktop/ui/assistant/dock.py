"""Where the 填报助手 lives: a dock of the case window, or (the user's choice, remembered) its
own window that stays on top beside the browser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from mpreg_desktop.ui.assistant.view import AssistantView


def install_assistant(dock: QDockWidget, document, context) -> AssistantView:
    on_top = context.settings.assistant_on_top
    assistant = AssistantView(document, on_top=on_top)
    assistant.onTopRequested.connect(lambda wanted: set_on_top(dock, context, wanted))
    dock.setWidget(assistant)
    if on_top:
        set_on_top(dock, context, True)
    return assistant


def set_on_top(dock: QDockWidget, context, on_top: bool) -> None:
    """The assistant as its own always-on-top window, or back in its dock."""
    context.settings.assistant_on_top = on_top
    context.save_settings()
    dock.setFloating(on_top)
    dock.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on_top)
    if on_top:  # narrow and tall: beside a browser window on a 1366×768 screen
        area = dock.screen().availableGeometry()
        dock.resize(min(480, area.width() // 3), area.height() - 60)
        dock.move(area.right() - dock.width(), area.top() + 30)
    dock.show()
    dock.raise_()
