"""填报助手: the prepared case, one official web form at a time, ready to copy field by field.

The rows come from ``domain/form_assist.py`` (order, labels and values as the form wants them);
this view only shows them, copies ``Row.value`` and records 已提交 through the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.form_assist import Row, form_rows, submit_dates, submitted_forms
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.domain.provenance import UNCONFIRMED, shown_sources
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.assistant.clipboard import GuardedClipboard
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.icons import severity_icon

ROLE_ROW = Qt.ItemDataRole.UserRole
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
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("State")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # problems wrap, never "…"
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("Form fields"))
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
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.form_choice.currentIndexChanged.connect(self.refresh)
        self.reveal.toggled.connect(self.refresh)
        self.on_top.toggled.connect(self.onTopRequested)
        self.tree.itemClicked.connect(lambda item, _col: self.copy_row(item))
        self.copy_button.clicked.connect(lambda: self.copy_row(self.tree.currentItem()))
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
        current = self.tree.currentItem()
        current_id = current.data(COL_FIELD, ROLE_ROW).id if current else None
        self.tree.clear()
        copied = self._copied.get(self.form_id, set())
        language = i18n.current_language()
        for row in rows:
            item = QTreeWidgetItem()
            item.setData(COL_FIELD, ROLE_ROW, row)
            item.setText(COL_FIELD, i18n.text(row.label))
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
            item.setText(COL_VALUE, "\n".join(lines))
            if row.problems:
                worst = "error" if row.has_error else "warning"
                item.setIcon(COL_VALUE, severity_icon(worst))
            item.setText(COL_STATE, self.tr("Copied") if row.id in copied else "")
            item.setToolTip(COL_FIELD, self._tooltip(row))
            if not row.value:
                item.setForeground(COL_VALUE, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if row.id == current_id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

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
        return [
            self.tree.topLevelItem(i).data(COL_FIELD, ROLE_ROW)
            for i in range(self.tree.topLevelItemCount())
        ]

    # -- copying ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        """Enter copies the current row; Ctrl+Enter copies it and goes to the next one (the
        tree passes Enter on to its parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.copy_and_next()
            else:
                self.copy_row(self.tree.currentItem())
            return
        super().keyPressEvent(event)

    def copy_row(self, item: QTreeWidgetItem | None) -> bool:
        """Copy the row's full value; a value with an error is copied only if the user agrees."""
        if item is None:
            return False
        row: Row = item.data(COL_FIELD, ROLE_ROW)
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
        item.setText(COL_STATE, self.tr("Copied"))
        self.status.setText(
            self.tr("{field} copied; the clipboard is cleared in {seconds} s.").format(
                field=label, seconds=self.clipboard.seconds
            )
        )
        return True

    def copy_and_next(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if not self.copy_row(item) and item.data(COL_FIELD, ROLE_ROW).value:
            return  # an error the user did not want to copy: stay on it
        index = self.tree.indexOfTopLevelItem(item)
        if index + 1 < self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(index + 1))

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
