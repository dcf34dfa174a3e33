"""Step 2 — 材料准备: the materials this case needs, each with its state, notes, why and source,
its attached files checked as the platform would, and an ID document's validity.

Attached files are checked (still there? unchanged?) when the case opens and whenever the page is
shown, not on every edit: a check reads the file when its size or time changed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import Attachment, MaterialState
from mpreg_desktop.domain.flow.checklist import ChecklistItem
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.domain.spans import add_months
from mpreg_desktop.paths import app_paths
from mpreg_desktop.storage.attachments import FileState, Verifier, resolve
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.icons import severity_icon
from mpreg_desktop.ui.app.sources import sources_html, unconfirmed_sentence
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.materials.attachments_view import file_name
from mpreg_desktop.ui.steps.materials.detail import MaterialDetail, Shown, ShownFile
from mpreg_desktop.ui.steps.materials.edits import MaterialEditor
from mpreg_desktop.ui.steps.materials.file_checks import FileHasher
from mpreg_desktop.ui.steps.materials.files import AttachmentActions
from mpreg_desktop.ui.steps.materials.scan_reader import ScanReader
from mpreg_desktop.ui.steps.materials.table import MaterialsTable

NAME, STATE, FILES, NOTES = range(4)
UNUSABLE = "unusable"  # the state column's value while an error makes a material unusable


class MaterialsPage(QWidget):
    COLUMNS = 4

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.verifier = Verifier()
        self.editor = MaterialEditor(document, self.verifier)
        self.hasher = FileHasher(self.verifier, self)  # reads files off the GUI thread
        self.hasher.hashed.connect(self._files_hashed)
        self.file_states: dict[tuple[str, str], FileState] = {}
        self.items: list[ChecklistItem] = []
        self._case_path = document.path
        self._path_before_save: Path | None = None
        self.files = AttachmentActions(document, self.editor, self._current, self)
        self.scan_reader = ScanReader(document, lambda: app_paths().state_dir, self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What to prepare for this case, derived from the subject type, route, verification "
                "method, filing and service categories. Select a row to see why it is needed; "
                "drop scans on a row to attach them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = MaterialsTable(0, self.COLUMNS, splitter)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Material"), self.tr("State"), self.tr("Files"), self.tr("Notes")]
        )
        self.table.setAccessibleName(self.tr("Materials"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        row_height = max(QComboBox().sizeHint().height(), QLineEdit().sizeHint().height()) + 4
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILES, QHeaderView.ResizeMode.ResizeToContents)
        # Names take the room (法定代表人/经营者身份证 whole); notes are short and can be widened.
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Interactive)
        # Six CJK characters wide: a CJK font's average width made it 190 px at 1366×768 and cut
        # the material names.
        header.resizeSection(NOTES, self.fontMetrics().horizontalAdvance("备注" * 3))
        self.detail = MaterialDetail(today=document.clock.today)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        # The detail (why, dates, files with their previews) gets as much room as the list: at
        # 1366×768 a narrow detail needed its own scroll bar for a single file.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.fontMetrics().averageCharWidth() * n for n in (62, 62)])
        layout.addWidget(splitter, 1)

        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.table.filesDropped.connect(self._dropped_on_row)
        detail = self.detail
        detail.addRequested.connect(self.files.add_dialog)
        detail.recheckRequested.connect(self.check_files)
        detail.reuseRequested.connect(self.files.reuse_dialog)
        detail.filesDropped.connect(lambda files: self.files.attach(self._current(), files))
        detail.openRequested.connect(self.files.open)
        detail.removeRequested.connect(self.files.remove)
        detail.updateRequested.connect(self.files.update)
        detail.locateRequested.connect(self.files.locate)
        detail.readRequested.connect(self._read_scan)
        detail.validityEdited.connect(self._validity_edited)
        document.derivedChanged.connect(self.refresh)
        # A refused edit (a read-only case, a note too long) shows the kept values again, once the
        # editor that asked has finished its signal.
        document.editRefused.connect(lambda _why: QTimer.singleShot(0, self, self.refresh))
        document.pathChanged.connect(self._path_changed)
        self.check_files()  # the case has just been opened
        self.refresh()

    def state_labels(self) -> list[tuple[str, MaterialState]]:
        return [
            (self.tr("Not prepared"), MaterialState.MISSING),
            (self.tr("Prepared"), MaterialState.READY),
            (self.tr("Checked"), MaterialState.CHECKED),
        ]

    # -- the table -------------------------------------------------------------------------------
    def refresh(self) -> None:
        items = [i for i in self.document.derived().checklist if i.kind == "material"]
        if [i.id for i in items] != [i.id for i in self.items]:
            self._rebuild(items)
        else:
            for row, item in enumerate(items):
                self._update_row(row, item)
        self.items = items
        self._show_detail(self.table.currentRow())

    def _rebuild(self, items: list[ChecklistItem]) -> None:
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = QTableWidgetItem(i18n.text(item.label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, NAME, name)
            files = QTableWidgetItem()
            files.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            files.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, FILES, files)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("State of {name}").format(name=i18n.text(item.label)))
            combo.setAcceptDrops(False)  # dropped files go to the row
            for text, state in self.state_labels():
                combo.addItem(text, state)
            # Shown, never chosen, while an error makes the material unusable (see ChecklistItem).
            combo.addItem(self.tr("Not usable (error)"), UNUSABLE)
            combo.model().item(combo.count() - 1).setEnabled(False)
            combo.activated.connect(lambda _i, key=item.id, c=combo: self._state_chosen(key, c))
            self.table.setCellWidget(row, STATE, combo)
            notes = QLineEdit()
            notes.setAccessibleName(self.tr("Notes on {name}").format(name=i18n.text(item.label)))
            notes.setAcceptDrops(False)
            notes.textEdited.connect(
                lambda text, key=item.id: self.editor.update(
                    key, self.tr("Edit material"), typing=True, notes=text
                )
            )
            self.table.setCellWidget(row, NOTES, notes)
            self._update_row(row, item)

    def _state_chosen(self, key: str, combo: QComboBox) -> None:
        self.editor.update(key, self.tr("Edit material"), state=combo.currentData())
        self.refresh()  # an unusable material shows so again, even when nothing changed

    def _update_row(self, row: int, item: ChecklistItem) -> None:
        combo = self.table.cellWidget(row, STATE)
        index = combo.findData(UNUSABLE if item.unusable else item.state)
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)
        combo.setToolTip("\n".join(self._problem_text(p) for p in item.unusable))
        notes = self.table.cellWidget(row, NOTES)
        if notes.text() != item.notes:
            notes.setText(item.notes)
        self._update_marks(row, item)

    def _update_marks(self, row: int, item: ChecklistItem) -> None:
        """The row's problem icon and tooltip, and its file count with a mark for lost files."""
        problems = self.document.derived().problems_at(f"materials.{item.id}")
        name = self.table.item(row, NAME)
        lines = [i18n.text(item.label), i18n.text(item.why)]
        lines += [self._problem_text(p) for p in problems]
        name.setToolTip("\n".join(lines))
        name.setIcon(severity_icon(problems[0].severity) if problems else QIcon())
        record = self.document.case.material(item.id)
        attachments = record.attachments if record else []
        files = self.table.item(row, FILES)
        files.setText(str(len(attachments)) if attachments else "")
        states = [(a, self.state_of(a)) for a in attachments]
        lost = [a for a, state in states if state not in ("ok", "checking")]
        files.setIcon(severity_icon("warning") if lost else QIcon())
        files.setToolTip(
            "\n".join(f"{file_name(a)}: {self.detail_state_text(s)}" for a, s in states)
        )

    def detail_state_text(self, state: FileState) -> str:
        return {
            "ok": self.tr("unchanged"),
            "changed": self.tr("changed since it was attached"),
            "missing": self.tr("not found"),
            "too_large": self.tr("too large to check"),
            "checking": self.tr("being checked…"),
        }[state]

    def _problem_text(self, problem) -> str:
        return problem_text(problem, self.document.rules, i18n.current_language())

    def _current(self) -> ChecklistItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- files: are they still there? ------------------------------------------------------------
    def state_of(self, attachment: Attachment) -> FileState:
        """What is known now; a file that must be read is "checking" until the worker is done."""
        key = (attachment.path, attachment.sha256)
        if key not in self.file_states:  # newly attached, or back by undo
            state = self.verifier.quick(attachment, self.document.path)
            if state is None:
                self.hasher.request(resolve(attachment, self.document.path))
                state = "checking"
            self.file_states[key] = state
        return self.file_states[key]

    def _files_hashed(self) -> None:
        """The worker read some files: look again at those that were being checked."""
        self.file_states = {k: s for k, s in self.file_states.items() if s != "checking"}
        for row, item in enumerate(self.items):
            self._update_marks(row, item)
        self.detail.shown = None
        self._show_detail(self.table.currentRow())

    def check_files(self) -> None:
        """Look at every attached file again (cheap for files whose size and time are as seen)."""
        self.file_states = {}
        for record in self.document.case.materials:
            for attachment in record.attachments:
                self.state_of(attachment)
        for row, item in enumerate(self.items):
            self._update_marks(row, item)
        self.detail.shown = None  # states may differ: rebuild the panel
        self._show_detail(self.table.currentRow())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_files()

    def _path_changed(self) -> None:
        # The document emits this while saving; look after the save has finished.
        QTimer.singleShot(0, self, self._after_save)

    def _after_save(self) -> None:
        self.check_files()  # the document re-expressed relative paths while saving

    # -- the detail panel ------------------------------------------------------------------------
    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            self.detail.show_nothing()
            return
        item = self.items[row]
        record = self.document.case.material(item.id)
        problems = self.document.derived().problems_at(f"materials.{item.id}")
        attachments = record.attachments if record else []
        names = {file_name(a) for a in attachments}
        general = tuple(
            (p.severity, self._problem_text(p))
            for p in problems
            if p.params.get("file") not in names
        )
        files = tuple(
            ShownFile(
                attachment=a,
                where=self.editor.resolve(a),
                state=self.state_of(a),
                problems=tuple(
                    (p.severity, self._problem_text(p))
                    for p in problems
                    if p.params.get("file") == file_name(a)
                ),
            )
            for a in attachments
        )
        shown = Shown(
            key=item.id,
            about_html=self._about_html(item),
            sources_html=self._sources_html(item),
            problems=general,
            id_document=item.id_document,
            scan=item.scan,
            validity_hint=self._validity_hint() if item.id_document else "",
            files=files,
        )
        self.detail.show_material(shown, record)

    def _about_html(self, item: ChecklistItem) -> str:
        parts = [f"<b>{html.escape(i18n.text(item.label))}</b>", html.escape(i18n.text(item.why))]
        if item.uncertain and item.uncertainty:
            parts.append(html.escape(unconfirmed_sentence()))
        return "<br>".join(parts)

    def _sources_html(self, item: ChecklistItem) -> str:
        return self.tr("Source: {sources}").format(
            sources=sources_html(item.source, self.document.rules)
        )

    def _validity_hint(self) -> str:
        filing = self.document.case.filing
        margin = self.document.rules.filing.id_validity_margin.max
        if filing.planned_on is None:
            return self.tr(
                "Must be valid for more than {months} month(s) after the filing date. No filing "
                "date is planned yet (step 4), so today is assumed."
            ).format(months=margin)
        needed = add_months(filing.planned_on, margin)
        return self.tr(
            "Must be valid for more than {months} month(s) after the planned filing date "
            "{planned}: at least until {needed}."
        ).format(months=margin, planned=filing.planned_on.isoformat(), needed=needed.isoformat())

    def _validity_edited(self, field: str, value: object) -> None:
        item = self._current()
        if item is not None:
            # Stepping through a date is one edit (OptionalDateEdit.stepping), clearing it one more.
            typing = field != "long_term" and getattr(self.detail, field).stepping
            self.editor.update(item.id, self.tr("Edit validity"), typing=typing, **{field: value})

    def _read_scan(self, index: int) -> None:
        item = self._current()
        record = self.document.case.material(item.id) if item else None
        if record is not None and 0 <= index < len(record.attachments):
            attachment = record.attachments[index]
            self.scan_reader.read(item.id, attachment.sha256, self.editor.resolve(attachment))

    # -- attaching, opening, removing ------------------------------------------------------------
    def _dropped_on_row(self, row: int, files: list[Path]) -> None:
        if 0 <= row < len(self.items):
            self.table.setCurrentCell(row, NAME)
            self.files.attach(self.items[row], files)

    def focus_key(self, key: str) -> bool:
        for row, item in enumerate(self.items):
            if item.id == key:
                self.table.setCurrentCell(row, STATE)
                self.table.cellWidget(row, STATE).setFocus()
                return True
        return False
