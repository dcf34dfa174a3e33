"""The focus mark of a label whose links are Tab stops: the same 2-pixel frame as the focus style.

Apart from ``focus_style`` (the app's proxy style), which names QStyle: a class PySide6 builds
with all its enums when first named (~5 ms), so the style is installed after the first frame
while the first screen's labels use this.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

FOCUS_COLOUR = "#1565c0"

LINK_LABEL_STYLE = (
    f"QLabel {{ border: 2px solid transparent; border-radius: 3px; }}"
    f"QLabel:focus {{ border-color: {FOCUS_COLOUR}; }}"
)


def frame_focus(label: QLabel) -> None:
    """A label whose links are Tab stops (来源…) gets the same frame while one of them has focus.

    Qt marks the focused link itself only with a dotted outline drawn by the text control (not
    through the style); the frame is reserved (transparent) when unfocused so nothing moves.
    """
    label.setStyleSheet(LINK_LABEL_STYLE)
