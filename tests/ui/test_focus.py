"""Keyboard focus is visible: a 2-pixel blue frame, on check boxes and on 来源 links alike."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFocusRect

from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.ui.app.focus_frame import FOCUS_COLOUR
from mpreg_desktop.ui.app.focus_style import VisibleFocusStyle, install_visible_focus
from mpreg_desktop.ui.steps.subject.reasons import SourcedLabel


def blue_pixels(image: QImage) -> int:
    wanted = QColor(FOCUS_COLOUR)
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if abs(image.pixelColor(x, y).blue() - wanted.blue()) < 40
        and abs(image.pixelColor(x, y).red() - wanted.red()) < 40
    )


def test_the_focus_rectangle_is_a_solid_blue_frame(qapp) -> None:
    style = VisibleFocusStyle("Fusion")
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionFocusRect()
    option.rect = QRect(0, 0, 40, 20)
    option.state = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
    painter.end()
    assert blue_pixels(image) > 100  # about the whole perimeter, two pixels wide


def test_install_keeps_the_platform_style(qapp) -> None:
    before = QApplication.style().name()
    install_visible_focus(qapp)
    try:
        assert isinstance(QApplication.style(), VisibleFocusStyle)
        assert QApplication.style().baseStyle().name() == before
        install_visible_focus(qapp)  # twice is once
        assert not isinstance(QApplication.style().baseStyle(), VisibleFocusStyle)
    finally:
        qapp.setStyle(before)


def test_a_focused_sources_label_is_framed(qtbot) -> None:
    label = SourcedLabel(load_rules())
    qtbot.addWidget(label)
    label.setText('Reason <a href="source:0">Sources</a>')
    label.resize(200, 40)
    label.show()
    unfocused = blue_pixels(label.grab().toImage())
    hint = label.sizeHint()
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus)
    focused = blue_pixels(label.grab().toImage())
    assert focused - unfocused > 300  # a frame around the whole label
    assert label.sizeHint() == hint  # the frame is reserved: nothing moves
