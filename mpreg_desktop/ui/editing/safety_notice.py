"""Telling the user that unsaved work is not protected: autosave or backups cannot be written.

A warning in the status bar stays until autosave works again; a banner over the case says it once
per failure spell, with what to do. Saving the case itself still works (it never depends on the
state folder).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class SafetyBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setStyleSheet(
            "#safetyBanner { background: #fff4e5; border: 1px solid #f0a030; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #6b3d00;")
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss the warning"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()


def autosave_failed_text(reason: str, folder: str) -> str:
    return SafetyBanner.tr(
        "Unsaved changes are not being kept for recovery: the app's state folder cannot be "
        "written ({reason}).\n{folder}\nSave the case with Ctrl+S (that still works), and free "
        "space or fix the folder's permissions."
    ).format(reason=reason, folder=folder)


def backup_failed_text(reason: str) -> str:
    return SafetyBanner.tr(
        "The case was saved, but its previous version could not be kept as a backup ({reason}): "
        "the app's state folder is full or read-only. Free space or fix its permissions to keep "
        "earlier versions."
    ).format(reason=reason)
