"""The selected material in full: why and source, its problems, the ID document's validity, and
its attached files (dropped here or added with the file dialog)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import Attachment, MaterialItem
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.attachments import FileState
from mpreg_desktop.ui.app.focus_frame import frame_focus
from mpreg_desktop.ui.editing.date_fields import OptionalDateEdit
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS
from mpreg_desktop.ui.steps.materials.attachments_view import AttachmentRow, file_name
from mpreg_desktop.ui.steps.materials.edits import dropped_files
from mpreg_desktop.ui.steps.official_site import open_link


@dataclass(frozen=True)
class ShownFile:
    attachment: Attachment
    where: Path
    state: FileState
    problems: tuple[tuple[str, str], ...]  # (severity, text) about this file


@dataclass(frozen=True)
class Shown:
    """Everything the panel shows, so that an unchanged panel is not built again."""

    key: str
    about_html: str
    sources_html: str
    problems: tuple[tuple[str, str], ...]  # about the material, not one file
    id_document: bool
    scan: bool
    validity_hint: str
    files: tuple[ShownFile, ...]


class MaterialDetail(QWidget):
    addRequested = Signal()
    recheckRequested = Signal()
    reuseRequested = Signal()  # attach a file another material already has
    filesDropped = Signal(list)  # list[Path]
    openRequested = Signal(int)  # attachment index
    removeRequested = Signal(int)
    updateRequested = Signal(int)
    locateRequested = Signal(int)
    readRequested = Signal(int)  # 读取扫描件: read the licence or ID card on this scan
    validityEdited = Signal(str, object)  # field name, value

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], date] = SYSTEM_CLOCK.today
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.shown: Shown | None = None
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.linkActivated.connect(lambda url: open_link(url, self.window()))
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        frame_focus(self.about)
        layout.addWidget(self.about)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)

        self.validity = QGroupBox(self.tr("Validity of the document"))
        form = QFormLayout(self.validity)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.valid_from = OptionalDateEdit(today=today)
        self.valid_until = OptionalDateEdit(today=today)
        self.long_term = QCheckBox(self.tr("Long-term (长期)"))
        for label, widget, field in (
            (self.tr("Valid from"), self.valid_from, "valid_from"),
            (self.tr("Valid until"), self.valid_until, "valid_until"),
        ):
            widget.edit.setAccessibleName(label)
            widget.dateEdited.connect(lambda value, f=field: self.validityEdited.emit(f, value))
            for line in widget.findChildren(QLineEdit):
                line.setAcceptDrops(False)  # a file dropped here attaches, it is not text
            caption = QLabel(label)
            caption.setBuddy(widget.edit)
            form.addRow(caption, widget)
        self.long_term.setAccessibleName(self.tr("Long-term validity"))
        self.long_term.clicked.connect(
            lambda checked: self.validityEdited.emit("long_term", bool(checked))
        )
        form.addRow(self.long_term)
        self.validity_hint = QLabel()
        self.validity_hint.setWordWrap(True)
        self.validity_hint.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
        form.addRow(self.validity_hint)
        layout.addWidget(self.validity)

        self.files_box = QGroupBox(self.tr("Attachments"))
        files_layout = QVBoxLayout(self.files_box)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add attachment…"))
        self.add_button.setToolTip(self.tr("Choose scans or photos to attach to this material"))
        self.add_button.clicked.connect(self.addRequested)
        self.recheck_button = QPushButton(self.tr("Check files again"))
        self.recheck_button.setToolTip(
            self.tr("Look again whether the attached files are still there and unchanged")
        )
        self.recheck_button.clicked.connect(self.recheckRequested)
        self.reuse_button = QPushButton(self.tr("Use a file of another material…"))
        self.reuse_button.setToolTip(
            self.tr("One scan can serve several materials (the ID card, say): no second upload")
        )
        self.reuse_button.clicked.connect(self.reuseRequested)
        actions.addWidget(self.add_button)
        actions.addWidget(self.reuse_button)
        actions.addWidget(self.recheck_button)
        actions.addStretch(1)
        files_layout.addLayout(actions)
        self.files_hint = QLabel()
        self.files_hint.setWordWrap(True)
        self.files_hint.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
        files_layout.addWidget(self.files_hint)
        self.rows_layout = QVBoxLayout()
        files_layout.addLayout(self.rows_layout)
        self.rows: list[AttachmentRow] = []
        layout.addWidget(self.files_box)
        self.sources = QLabel()  # last: what to do comes first, where the rule is from after
        self.sources.setWordWrap(True)
        self.sources.linkActivated.connect(lambda url: open_link(url, self.window()))
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        frame_focus(self.sources)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.show_nothing()

    # -- showing ---------------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self.shown = None
        self.about.setText(self.tr("Select a material to see why it is needed and attach files."))
        self.problems.setVisible(False)
        self.validity.setVisible(False)
        self.files_box.setVisible(False)
        self.sources.clear()
        self._set_rows(())

    def show_material(self, shown: Shown, record: MaterialItem | None) -> None:
        """Show ``shown``; only what differs from what is on screen is rebuilt."""
        if shown != self.shown:
            self.about.setText(shown.about_html)
            self.sources.setText(shown.sources_html)
            lines = [
                f'<span style="color:{SEVERITY_COLOURS[severity]}">{html.escape(text)}</span>'
                for severity, text in shown.problems
            ]
            self.problems.setText("<br>".join(lines))
            self.problems.setVisible(bool(lines))
            self.validity.setVisible(shown.id_document)
            self.validity_hint.setText(shown.validity_hint)
            self.files_box.setVisible(True)
            if shown.scan:
                hint = self.tr(
                    "Drop scans or photos here. Each is checked as the platform would: colour, "
                    "readable size, format and file size."
                )
            else:
                hint = self.tr(
                    "Drop files here to keep them with the case. Files of this material are not "
                    "checked as scans."
                )
            self.files_hint.setText(hint)
            if self.shown is None or shown.files != self.shown.files:
                self._set_rows(shown.files, shown.key)
            self.shown = shown
        if shown.id_document:
            self._show_validity(record)

    def _show_validity(self, record: MaterialItem | None) -> None:
        valid_from: date | None = record.valid_from if record else None
        valid_until: date | None = record.valid_until if record else None
        long_term = bool(record and record.long_term)
        if self.valid_from.value() != valid_from:
            self.valid_from.set_value(valid_from)
        if self.valid_until.value() != valid_until:
            self.valid_until.set_value(valid_until)
        if self.long_term.isChecked() != long_term:
            self.long_term.setChecked(long_term)
        self.valid_until.setEnabled(not long_term)

    def _set_rows(self, files: tuple[ShownFile, ...], key: str = "") -> None:
        from mpreg_desktop.ui.steps.materials.scan_reader import can_read

        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()  # later: this may run from a click on one of its buttons
        self.rows = []
        for index, shown in enumerate(files):
            readable = shown.state != "missing" and can_read(key, shown.where)
            row = AttachmentRow(
                shown.attachment, shown.where, shown.state, list(shown.problems), readable=readable
            )
            row.readRequested.connect(lambda i=index: self.readRequested.emit(i))
            row.openRequested.connect(lambda i=index: self.openRequested.emit(i))
            row.removeRequested.connect(lambda i=index: self.removeRequested.emit(i))
            row.updateRequested.connect(lambda i=index: self.updateRequested.emit(i))
            row.locateRequested.connect(lambda i=index: self.locateRequested.emit(i))
            self.rows_layout.addWidget(row)
            self.rows.append(row)

    def row_for(self, name: str) -> AttachmentRow | None:
        return next((r for r in self.rows if file_name(r.attachment) == name), None)

    # -- dropping files --------------------------------------------------------------------------
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return self.shown is not None and bool(dropped_files(event.mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(dropped_files(event.mimeData()))
