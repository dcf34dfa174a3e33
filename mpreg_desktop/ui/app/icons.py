"""The app's own small icons (resources/icons), the same on every platform and style.

Not the style's standard icons: naming QStyle from Python builds all of its enums, a few
milliseconds on the start-up path for three pictures.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from mpreg_desktop.resources import resource_path


@cache
def severity_icon(severity: str) -> QIcon:
    """The icon of a problem's severity: "error", "warning" or "info"."""
    return QIcon(str(resource_path("icons", f"severity-{severity}.svg")))
