"""Where the app's read-only resources (rules pack, translations, icons) live at run time.

One function answers for every way the app runs:
- frozen (PyInstaller): the bundle's data folder, ``sys._MEIPASS/resources``;
- installed wheel: ``mpreg_desktop/resources`` (the build force-includes resources/ there);
- source checkout or editable install: the top-level ``resources/`` next to the package.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = []
    override = os.environ.get("MPREG_RESOURCES_DIR")
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_DIR / "resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding rules/, i18n/ and icons/; raises if the installation is incomplete."""
    for candidate in _candidates():
        if (candidate / "rules").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"MP Reg Desktop resources not found (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("rules", "subjects.json")``."""
    return resources_dir().joinpath(*parts)
