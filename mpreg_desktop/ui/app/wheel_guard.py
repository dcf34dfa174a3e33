"""The mouse wheel scrolls the page; it changes a choice, number or date only in a focused field.

Qt lets a combo box, spin box or date edit take the wheel whenever the pointer is over it, so one
notch while scrolling a form silently changed 主体类型 or a material's state. One filter on the
application covers every such field, including those inside tables and those added later.

A focused field can still be scrolled onto: the user tabs into 注册方式, rests the pointer on the
page and scrolls, and the page carries the focused combo under the still pointer, whose next notch
would change it. So, as browsers latch a wheel sequence to the scroller it started on, the wheel
keeps scrolling the page while the pointer has not moved since the page last scrolled (until the
pointer moves or a field is focused anew).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and QDateTimeEdit are spin boxes
_WHEEL, _FOCUS_IN, _POLISH = QEvent.Type.Wheel, QEvent.Type.FocusIn, QEvent.Type.Polish


def _guarded_field(widget: QWidget) -> QWidget | None:
    """The combo box or spin box ``widget`` is, or is part of (a spin box's line edit)."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


def _no_wheel_focus(field: QWidget) -> None:
    # A wheel notch must not focus the field either (then the next notch would change it).
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    widget = widget.parentWidget()
    while widget is not None and not widget.isWindow():
        if isinstance(widget, QAbstractScrollArea):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_scrolled_at: QPointF | None = (
            None  # the pointer's place when a page last scrolled
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here (~3,700 before the first frame): the type is read
        # once and compared with constants: a third of the cost in the common case (not ours).
        kind = event.type()
        if kind == _WHEEL and isinstance(watched, QWidget):
            field = _guarded_field(watched)
            if field is None:
                self._page_scrolled_at = event.globalPosition()
                return False
            latched = self._page_scrolled_at == event.globalPosition()
            if field.hasFocus() and not latched:
                return False
            area = _scroll_area(field)
            if area is not None:  # scroll what holds the field (a page, a table)
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        if kind == _FOCUS_IN and isinstance(watched, GUARDED):
            self._page_scrolled_at = None  # a field the user focuses takes the wheel again
        elif kind == _POLISH and isinstance(watched, GUARDED):
            _no_wheel_focus(watched)
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Guard every field of ``app``: those there already, and those made later (once; later
    calls do nothing)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        for widget in app.allWidgets():
            if isinstance(widget, GUARDED):
                _no_wheel_focus(widget)
