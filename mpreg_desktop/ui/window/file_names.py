"""File names the app suggests in save dialogs: the case's own name, valid on every system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def case_stem(document) -> str:
    """The case name (or the subject's, or the file's) as a file name; "Untitled case" if none."""
    from mpreg_desktop.storage.library.files import LibraryError, file_stem_for

    case = document.case
    stem = document.path.stem if document.path else ""
    untitled = QCoreApplication.translate("MainWindow", "Untitled case")
    for name in (case.name, case.subject.name, stem, untitled):
        try:
            return file_stem_for(name)
        except LibraryError:
            continue
    return "case"
