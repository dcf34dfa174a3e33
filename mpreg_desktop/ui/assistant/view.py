"""填报助手: the prepared case, one official web form at a time, ready to copy field by field.

The rows come from ``domain/assist/forms.py`` (order, labels and values as the form wants them);
this view only shows them, copies ``Row.value`` and records 已提交 through the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.assist.forms import Row, form_rows, submit_dates, submitted_forms
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.domain.rules.provenance import UNCONFIRMED, shown_sources
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.icons import severity_icon
from mpreg_desktop.ui.assistant.clipboard import GuardedClipboard
from mpreg_desktop.ui.assistant.uploads import UploadsView
from mpreg_desktop.ui.editing.document import CaseDocument

COL_FIELD, COL_VALUE, COL_STATE = range(3)


class AssistantView(QWidget):
    onTopRequested = Signal(bool)  # the user wants a separate always-on-top window (or the dock)

    def __init__(self, document: CaseDocument, parent=None, on_top: bool = False) -> None:
        super().__init__(parent)
        self.document = document
        self.clipboard = GuardedClipboard(self)
        self._copied: dict[str, set[str]] = {}  # form id → row ids copied this session

        self.form_choice = QComboBox()
        self.form_choice.setAccessibleName(self.tr("Official form"))
        self.reveal = QCheckBox(self.tr("Show numbers in full"))
        self.reveal.setToolTip(
            self.tr(
                "ID, phone and account numbers are masked on screen; copying copies them whole."
            )
        )
        self.on_top = QCheckBox(self.tr("Separate window, always on top"))
        self.on_top.setChecked(on_top)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # problems wrap, never "…"
        self.table.setAccessibleName(self.tr("Form fields"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        # A fixed state column: "Copied" appearing must not narrow the values and re-wrap them.
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            COL_STATE, self.fontMetrics().horizontalAdvance(self.tr("State") + "MMMM")
        )
        # Wrapped rows take their height from the column's width: measure again when it changes.
        header.sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
        )
        self._rows: list[Row] = []
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.next_button = QPushButton(self.tr("Copy and &next"))
        self.next_button.setToolTip(self.tr("Ctrl+Enter: copy this value and go to the next field"))
        self.submitted_button = QPushButton(self.tr("Mark as &submitted"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.form_choice, 1)
        options = QHBoxLayout()
        options.addWidget(self.reveal)
        options.addWidget(self.on_top)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submitted_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        self.uploads = UploadsView(document)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.uploads)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.form_choice.currentIndexChanged.connect(self.refresh)
        self.reveal.toggled.connect(self.refresh)
        self.on_top.toggled.connect(self.onTopRequested)
        self.table.cellClicked.connect(lambda index, _column: self.copy_row(index))
        self.copy_button.clicked.connect(lambda: self.copy_row(self.table.currentRow()))
        self.next_button.clicked.connect(self.copy_and_next)
        self.submitted_button.clicked.connect(self.mark_submitted)
        self.clipboard.cleared.connect(lambda: self.status.setText(self.tr("Clipboard cleared.")))
        document.derivedChanged.connect(self.refresh)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------
    @property
    def form_id(self) -> str:
        return self.form_choice.currentData() or ""

    def _fill_forms(self) -> None:
        current = self.form_id
        done = submitted_forms(self.document.case)
        self.form_choice.blockSignals(True)
        self.form_choice.clear()
        for form in self.document.rules.forms.forms:
            text = i18n.text(form.label)
            if form.id in done:
                text += self.tr(" (submitted)")
            self.form_choice.addItem(text, form.id)
        index = self.form_choice.findData(current)
        self.form_choice.setCurrentIndex(max(index, 0))
        self.form_choice.blockSignals(False)

    def show_form(self, form_id: str) -> None:
        self.form_choice.setCurrentIndex(self.form_choice.findData(form_id))

    def refresh(self) -> None:
        self._fill_forms()
        doc = self.document
        rows = form_rows(doc.case, doc.rules, self.form_id, doc.derived().problems)
        current_id = self.current_row.id if self.current_row else None
        self._rows = rows
        self.table.setRowCount(len(rows))
        copied = self._copied.get(self.form_id, set())
        language = i18n.current_language()
        for index, row in enumerate(rows):
            label = QTableWidgetItem(i18n.text(row.label))
            label.setToolTip(self._tooltip(row))
            value = row.value if self.reveal.isChecked() else row.shown
            lines = [value or self.tr("(not filled in)")]
            if row.length is not None:
                count, low, high = row.length
                lines.append(
                    self.tr("{count} characters ({low}–{high})").format(
                        count=count, low=low, high=high
                    )
                )
            lines += [problem_text(p, doc.rules, language) for p in row.problems]
            shown = QTableWidgetItem("\n".join(lines))
            if row.problems:
                shown.setIcon(severity_icon("error" if row.has_error else "warning"))
            if not row.value:
                shown.setForeground(self.palette().placeholderText())
            state = QTableWidgetItem(self.tr("Copied") if row.id in copied else "")
            for column, item in ((COL_FIELD, label), (COL_VALUE, shown), (COL_STATE, state)):
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.uploads.show_form(self.form_id)
        ids = [row.id for row in rows]
        self.table.setCurrentCell(ids.index(current_id) if current_id in ids else 0, COL_VALUE)

    @property
    def current_row(self) -> Row | None:
        index = self.table.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _tooltip(self, row: Row) -> str:
        language = i18n.current_language()
        parts = [i18n.text(row.note)] if row.note else []
        sources = shown_sources(row.source, self.document.rules, language)
        parts.append(
            self.tr("Source: {sources}").format(sources="；".join(s.title for s in sources))
        )
        if row.uncertain:
            parts.append(UNCONFIRMED.get(language))
        return "\n".join(parts)

    def rows(self) -> list[Row]:
        return list(self._rows)

    # -- copying ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        """Enter copies the current row; Ctrl+Enter copies it and goes to the next one (the
        table passes Enter on to its parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.copy_and_next()
            else:
                self.copy_row(self.table.currentRow())
            return
        super().keyPressEvent(event)

    def copy_row(self, index: int) -> bool:
        """Copy row ``index``'s full value; a value with an error only if the user agrees."""
        if not 0 <= index < len(self._rows):
            return False
        row = self._rows[index]
        label = i18n.text(row.label)
        if not row.value:
            self.status.setText(self.tr("{field}: nothing to copy yet.").format(field=label))
            return False
        if row.has_error:
            language = i18n.current_language()
            errors = [
                problem_text(p, self.document.rules, language)
                for p in row.problems
                if p.severity == "error"
            ]
            answer = QMessageBox.question(
                self,
                self.tr("Copy a value with an error?"),
                self.tr(
                    "{field} has a problem the form may reject:\n{errors}\n\nCopy it anyway?"
                ).format(field=label, errors="\n".join(errors)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.clipboard.copy(row.value)
        self._copied.setdefault(self.form_id, set()).add(row.id)
        self.table.item(index, COL_STATE).setText(self.tr("Copied"))
        self.status.setText(
            self.tr("{field} copied; the clipboard is cleared in {seconds} s.").format(
                field=label, seconds=self.clipboard.seconds
            )
        )
        return True

    def copy_and_next(self) -> None:
        index = self.table.currentRow()
        if self.current_row is None:
            return
        if not self.copy_row(index) and self.current_row.value:
            return  # an error the user did not want to copy: stay on it
        if index + 1 < len(self._rows):
            self.table.setCurrentCell(index + 1, COL_VALUE)

    # -- recording -------------------------------------------------------------------------------
    def mark_submitted(self) -> None:
        """已提交: the dates the form starts (when unset) and an entry in the case's history."""
        doc = self.document
        form = doc.rules.forms.form(self.form_id)
        today = doc.clock.now().date()
        with doc.edit(self.tr("Mark form as submitted")) as allowed:
            if not allowed:
                return
            for path in submit_dates(doc.case, form):
                doc.set_field(path, today)
            doc.add_event("assist.submitted", form.step, form=form.id)
        self.status.setText(
            self.tr("{form} recorded as submitted.").format(form=i18n.text(form.label))
        )
