"""A focus mark users can see: every focus rectangle the style draws is a 2-pixel blue frame.

The platform styles draw keyboard focus as a 1-pixel dotted line (Fusion, Windows) that is hard to
find on a 来源 link or a check box. A proxy style changes just that primitive and keeps the
platform's look for everything else. Installed once the first frame is drawn (app.run_gui): naming
QStyle builds its enums, and the style draws every primitive through Python.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from mpreg_desktop.ui.app.focus_frame import FOCUS_COLOUR


class VisibleFocusStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(FOCUS_COLOUR), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 2, 2)
        painter.restore()


def install_visible_focus(app: QApplication) -> None:
    """Wrap the app's current style (the platform's) so that focus is drawn plainly."""
    if not isinstance(app.style(), VisibleFocusStyle):
        app.setStyle(VisibleFocusStyle(app.style().name()))
