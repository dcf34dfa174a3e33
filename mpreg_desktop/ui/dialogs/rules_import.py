"""Importing a newer rules pack from a file, and going back to the built-in one.

The file is validated completely and its changes are shown (added / removed / changed entries)
before anything is stored; an older or broken pack is refused with the reason. Accepted, it is kept
in the config folder (``storage/rules_store.py``) and every open case is checked with it at once.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.rules.model import RulesError
from mpreg_desktop.storage import rules_store
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.errors import os_reason


class ImportPreview(QDialog):
    """What a pack changes, to accept or cancel."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import rules pack"))
        intro = QLabel(
            self.tr(
                "This rules pack is valid. These are its changes from the pack in use; after the "
                "import every case is checked with it. You can go back to the built-in pack later."
            )
        )
        intro.setWordWrap(True)
        title = QLabel(f"<b>{html.escape(lines[0])}</b><br>{html.escape(lines[1])}")
        changes = QPlainTextEdit("\n".join(lines[2:]))
        changes.setReadOnly(True)
        changes.setAccessibleName(self.tr("Changes"))
        changes.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(title)
        layout.addWidget(changes, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 26)


class RulesPackActions(QObject):
    """The rules dialog's import and remove buttons, and the line saying which pack is in use."""

    changed = Signal()

    def __init__(self, context, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import rules pack…"))
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Use the built-in pack"))
        self.remove_button.clicked.connect(self.remove)

    def refresh(self) -> None:
        choice = self.context.rules_choice
        edition = self.context.rules.edition.isoformat()
        if choice.origin == "imported":
            text = self.tr("In use: the imported rules pack, edition {edition}.")
        elif choice.origin == "file":
            text = self.tr(
                "In use for this run: the rules pack given with --rules, edition {edition}."
            )
        else:
            text = self.tr("In use: the built-in rules pack, edition {edition}.")
        text = text.format(edition=edition)
        if choice.unused and choice.unused_older:
            text += " " + self.tr(
                "An imported pack is kept but not used: it is not newer than the built-in one."
            )
        elif choice.unused:
            text += " " + self.tr(
                "An imported pack is kept but not used: this version of the app cannot read it."
            )
            self.origin.setToolTip(choice.unused)
        self.origin.setText(text)
        self.import_button.setEnabled(choice.origin != "file")
        self.remove_button.setEnabled(choice.origin == "imported" or bool(choice.unused))

    # -- import ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import rules pack"),
            str(Path.home()),
            self.tr("Rules packs (*.json);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Validate, show the changes, and on acceptance keep and use the pack in ``path``."""
        from mpreg_desktop.domain.rules.diff import diff_packs, summary_lines

        in_use = self.context.rules
        try:
            rules, parts = rules_store.read_candidate(path, in_use)
        except rules_store.OlderRulesPack as older:
            self.refuse(
                self.tr(
                    "This rules pack is edition {edition}, not newer than the pack in use "
                    "(edition {in_use}). Only a newer pack can be imported."
                ).format(edition=older.edition, in_use=older.in_use),
                "",
            )
            return False
        except RulesError as error:
            self.refuse(
                self.tr("This file is not a rules pack this app can use. Nothing was changed."),
                "\n".join(error.reasons),
            )
            return False
        lines = summary_lines(diff_packs(in_use, rules), i18n.current_language())
        if not self.preview(lines):
            return False
        try:
            rules_store.install(self.context.paths.config_dir, parts)
        except OSError as exc:
            self.refuse(self.tr("The rules pack could not be saved."), os_reason(exc))
            return False
        self.context.rules_changed()
        self.changed.emit()
        return True

    def preview(self, lines: list[str]) -> bool:
        return ImportPreview(lines, self.parent_widget).exec() == QDialog.DialogCode.Accepted

    def refuse(self, text: str, details: str) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import rules pack"))
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()

    # -- remove ----------------------------------------------------------------------------------
    def remove(self) -> None:
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Use the built-in pack"),
            self.tr(
                "Remove the imported rules pack and check every case with the built-in pack again?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_imported()

    def remove_imported(self) -> None:
        rules_store.remove(self.context.paths.config_dir)
        self.context.rules_changed()
        self.changed.emit()
