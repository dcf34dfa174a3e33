"""Spare PySide6's import hook from reading the source of every module the app imports.

PySide6 replaces ``__import__`` for its ``__feature__`` switches (``snake_case``,
``true_property``). The first time an import statement names a module, the hook reads the
module's whole source (``inspect.getsource``) to see whether it mentions PySide6, and notes the
answer in its ``pyside_feature_dict``: 0, "plain Qt API", or -1, "not a Qt user, ignore". At
start-up that is ~130 modules and ~11 ms of CPU before the first frame (docs/performance.md).

This app selects no feature anywhere, so every module sees the plain API whatever is noted for
it. Noting 0 ourselves, for the modules already loaded and, through a finder that finds nothing,
for each module as it is first looked for, keeps the hook from reading any source. A PySide6
that works differently (no such dict) is left alone: the app is then only as fast as before.
"""

from __future__ import annotations

import sys

PLAIN_QT_API = 0  # the feature set PySide6 notes for a module that uses it and selects none


class _NoteModules:
    """A finder that finds nothing: it notes each module name before it is imported."""

    def __init__(self, noted: dict) -> None:
        self.noted = noted

    def find_spec(self, name: str, path=None, target=None) -> None:
        self.noted.setdefault(name, PLAIN_QT_API)
        return None


def note_modules_for_pyside() -> bool:
    """Import PySide6 and note every module, loaded or to come; False if PySide6 keeps no notes."""
    import PySide6.QtCore  # noqa: F401  (installs the hook, and the feature module with it)

    feature = sys.modules.get("shibokensupport.feature")
    noted = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(noted, dict):
        return False
    for name in list(sys.modules):
        noted.setdefault(name, PLAIN_QT_API)
    if not any(isinstance(finder, _NoteModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoteModules(noted))
    return True
