"""文件 → 导出案例包… and opening a ``.mpregz``: a case with its scans as one file.

Exporting says first that the bundle holds personal numbers in full and lets the user leave out
chosen attachments. Opening a bundle (double-click, 文件 → 打开, a drop) unpacks it into the
library as a new case folder and opens the case; a bundle of a case already in the library asks
whether to open that one or import a copy with a new id. Reading and writing bundles runs off the
GUI thread: a bundle can hold hundreds of megabytes of scans.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.sharing.bundle import SUFFIX, BundleError
from mpreg_desktop.storage.attachments import resolve
from mpreg_desktop.ui.app.background import run_in_background
from mpreg_desktop.ui.app.errors import cause_reason

log = logging.getLogger(__name__)


def bundle_error_text(error: BundleError) -> str:
    texts = {
        "io": QCoreApplication.translate(
            "Bundle", "The file could not be written or read: {detail}"
        ),
        "not_bundle": QCoreApplication.translate(
            "Bundle", "This is not a case bundle, or it is damaged (incomplete download?)."
        ),
        "newer_version": QCoreApplication.translate(
            "Bundle",
            "The bundle was made by a newer version of MP Reg Desktop. Update the app to open it.",
        ),
        "unsafe_name": QCoreApplication.translate(
            "Bundle", "The bundle holds a file with an unsafe name ({detail}): refused."
        ),
        "duplicate_name": QCoreApplication.translate(
            "Bundle", "The bundle holds the same file name twice ({detail}): refused."
        ),
        "too_large": QCoreApplication.translate(
            "Bundle", "The bundle is larger than a case can be ({detail}): refused."
        ),
        "manifest": QCoreApplication.translate(
            "Bundle", "The bundle's list of files does not match its contents ({detail})."
        ),
        "hash_mismatch": QCoreApplication.translate(
            "Bundle", "A file in the bundle is damaged or was altered: {detail}"
        ),
        "case": QCoreApplication.translate(
            "Bundle", "The case in the bundle cannot be read ({detail})."
        ),
        "attachment_missing": QCoreApplication.translate(
            "Bundle",
            "An attached file is missing: {path}\nRe-attach it, or leave it out of the bundle.",
        ),
        "attachment_changed": QCoreApplication.translate(
            "Bundle",
            "An attached file changed since it was attached: {path}\n"
            "Re-attach it, or leave it out of the bundle.",
        ),
        "same_file": QCoreApplication.translate(
            "Bundle", "The bundle cannot replace the case file itself. Choose another name."
        ),
    }
    text = texts.get(error.code, error.code)
    return text.format(detail=cause_reason(error, error.detail), path=error.path or "")


class ExportBundleDialog(QDialog):
    """Which attachments go into the bundle; all of them unless the user unticks some."""

    def __init__(self, attachments: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Bundle", "Export case bundle"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            QCoreApplication.translate(
                "Bundle",
                "The bundle holds the case with every ID, phone and bank number in full, and the "
                "attached scans. Send it only to people who may see them. Untick scans that "
                "should stay with you.",
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Bundle", "Attachments to include"))
        for stored, label in attachments:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, stored)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        if not attachments:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "Bundle", "The case has no attachments: only the case is sent."
                    )
                )
            )
        else:
            layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Bundle", "Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def left_out(self) -> set[str]:
        return {
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() != Qt.CheckState.Checked
        }


def export_bundle_dialog(window) -> None:
    """文件 → 导出案例包… for the window's case."""
    from mpreg_desktop.sharing.bundle_export import export_bundle

    document = window.document
    if document is None:
        return
    case, path = document.case, document.path
    seen: dict[str, str] = {}
    for material in case.materials:
        for attachment in material.attachments:
            seen.setdefault(attachment.path, resolve(attachment, path).name)
    dialog = ExportBundleDialog(list(seen.items()), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    left_out = dialog.left_out()
    stem = (path.stem if path else case.name) or "case"
    folder = path.parent if path else window.context.library_dir()
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Bundle", "Export case bundle"),
        str(folder / f"{stem}{SUFFIX}"),
        QCoreApplication.translate("Bundle", "Case bundles (*.mpregz)"),
    )
    if not name:
        return
    target = Path(name)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    try:
        report = run_in_background(
            window,
            QCoreApplication.translate("Bundle", "Writing the bundle…"),
            lambda: export_bundle(case, path, target, window.context.clock.now(), left_out),
        )
    except BundleError as error:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Bundle", "Export case bundle"),
            bundle_error_text(error),
        )
        return
    log.info("exported a case bundle with %d files", report.files)
    window.statusBar().showMessage(
        QCoreApplication.translate("Bundle", "Bundle written with {n} files: {path}").format(
            n=report.files, path=target
        ),
        8000,
    )


def _same_case_in_library(context, case_id: str):
    summaries = context.library_summaries
    if not summaries:
        root = context.library_dir()
        if not root.is_dir():
            return None
        from mpreg_desktop.domain.rules.model import load_rules
        from mpreg_desktop.storage.library.index import LibraryIndex

        summaries = LibraryIndex(
            context.paths.state_dir, load_rules(), context.calendar.calendar
        ).scan(root)
    return next((s for s in summaries if s.id == case_id and not s.broken), None)


def open_bundle(context, path: Path, parent: QWidget | None = None) -> Path | None:
    """Import the bundle at ``path`` into the library and open its case; returns the case file."""
    from mpreg_desktop.sharing.bundle_import import import_bundle, inspect_bundle

    title = QCoreApplication.translate("Bundle", "Open case bundle")
    try:
        contents = run_in_background(
            parent,
            QCoreApplication.translate("Bundle", "Checking the bundle…"),
            lambda: inspect_bundle(path),
        )
    except BundleError as error:
        log.warning("refused a case bundle: %s", error.code)
        QMessageBox.warning(parent, title, f"{path.name}\n\n{bundle_error_text(error)}")
        return None
    new_id = False
    existing = _same_case_in_library(context, str(contents.case.id))
    if existing is not None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(
            QCoreApplication.translate(
                "Bundle",
                "The library already has this case: “{name}”\n{path}\n\n"
                "Open the one in the library, or import the bundle as a copy with a new id?",
            ).format(name=existing.label, path=existing.path)
        )
        open_existing = box.addButton(
            QCoreApplication.translate("Bundle", "Open the existing case"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        copy = box.addButton(
            QCoreApplication.translate("Bundle", "Import as a copy"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is open_existing:
            context.open_path(existing.path)
            return existing.path
        if box.clickedButton() is not copy:
            return None
        new_id = True
    library = context.library_dir()
    try:
        target, _case = run_in_background(
            parent,
            QCoreApplication.translate("Bundle", "Unpacking the bundle…"),
            lambda: import_bundle(path, library, context.clock.now(), new_id=new_id),
        )
    except BundleError as error:
        QMessageBox.warning(parent, title, f"{path.name}\n\n{bundle_error_text(error)}")
        return None
    log.info("imported a case bundle with %d files", len(contents.files))
    context.open_path(target)
    return target
