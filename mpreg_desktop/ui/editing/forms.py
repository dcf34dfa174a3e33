"""Form fields bound to case paths, with their problems shown underneath as the user types.

A step page declares its fields (path, label, kind); :class:`FieldBinding` keeps one widget and one
case path in step both ways: user edits go to the document as undoable commands, and any change of
the case (an edit elsewhere, undo, redo) refreshes the widget. Problems from ``check_case`` appear
under their field, coloured by severity; no dialog boxes for validation.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.domain.field_paths import get_path, text_limit
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.domain.values import one_line
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument

SEVERITY_COLOURS = {"error": "#c62828", "warning": "#b26a00", "info": "#546e7a"}
Choices = Callable[[], Sequence[tuple[str, Any]]]


class FieldBinding(ABC):
    """One widget bound to one case path."""

    def __init__(self, document: CaseDocument, path: str, widget: QWidget, label: str) -> None:
        self.document = document
        self.path = path
        self.widget = widget
        self.label = label
        self.hint: Callable[[], str] | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.container = QWidget()
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.message)
        widget.setAccessibleName(label)

    @abstractmethod
    def refresh(self) -> None:
        """Read the model into the widget without echoing it back as an edit."""

    def value(self) -> Any:
        return get_path(self.document.case, self.path)

    def push(self, value: Any, merge: bool = False) -> None:
        self.document.set_field(self.path, value, merge=merge, label=self.label)

    def show_problems(self, problems: list[Problem]) -> None:
        mine = [p for p in problems if p.path == self.path or p.path.startswith(self.path + ".")]
        if mine:
            worst = mine[0].severity  # problems come sorted, errors first
            language = i18n.current_language()
            lines = [problem_text(p, self.document.rules, language) for p in mine]
            self.message.setText("\n".join(lines))
            self.message.setStyleSheet(f"color: {SEVERITY_COLOURS[worst]};")
            self.message.setVisible(True)
        elif self.hint is not None and (hint := self.hint()):
            self.message.setText(hint)
            self.message.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
            self.message.setVisible(True)
        elif self.message.isVisibleTo(self.container) and (
            self.hint is not None or self.widget.hasFocus()
        ):
            # A hint that goes leaves its line (blank): the fields below do not jump up while
            # the user types (the first letter of 主体名称 used to lift 主体代码 from under the
            # pointer). A field that never had one takes no room; a message that went while
            # typing gives its line back once the field is left.
            self.message.setText("\u00a0")
            self.message.setStyleSheet("")
        else:
            self.message.setVisible(False)


class LineBinding(FieldBinding):
    def __init__(self, document: CaseDocument, path: str, label: str, placeholder: str = ""):
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        if limit := text_limit(document.case, path):  # typing stops where the file format does
            self.edit.setMaxLength(limit)
        super().__init__(document, path, self.edit, label)
        self._typing = False
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)

    def _edited(self, text: str) -> None:
        self._typing = True
        self.document.typing_in(self.path)
        # QLineEdit keeps the line breaks of pasted text: a cell copied from Excel or WPS on
        # Windows ends in CRLF, a name copied from a chat may span lines. One line it is.
        if "\r" in text or "\n" in text:
            before = one_line(text[: self.edit.cursorPosition()] + "|")[:-1]  # "|": keep the join
            text = one_line(text)
            self.edit.setText(text)
            self.edit.setCursorPosition(min(len(before), len(text)))
        self.push(text, merge=True)

    def _finished(self) -> None:
        """Focus left or Return: a held-back length problem shows now, everywhere."""
        if self._typing:
            self._typing = False
            self.document.typing_in("")

    def refresh(self) -> None:
        value = self.value() or ""
        if self.edit.text() != value:
            self.edit.setText(value)


class TextBinding(FieldBinding):
    def __init__(self, document: CaseDocument, path: str, label: str, placeholder: str = ""):
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 6)
        super().__init__(document, path, self.edit, label)
        self._quiet = False
        self.edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._quiet:
            self.push(self.edit.toPlainText(), merge=True)

    def refresh(self) -> None:
        value = self.value() or ""
        if self.edit.toPlainText() != value:
            self._quiet = True
            self.edit.setPlainText(value)
            self._quiet = False


class ComboBinding(FieldBinding):
    """A choice; ``choices`` is called again on refresh, so options can follow other fields."""

    def __init__(self, document: CaseDocument, path: str, label: str, choices: Choices):
        self.combo = QComboBox()
        self.choices = choices
        super().__init__(document, path, self.combo, label)
        self._options: list[tuple[str, Any]] = []
        self.combo.activated.connect(lambda index: self.push(self._options[index][1]))

    def refresh(self) -> None:
        options = list(self.choices())
        value = self.value()
        if value is not None and all(v != value for _, v in options):
            options.append((str(value), value))  # keep showing what the file holds
        if options != self._options:
            self._options = options
            self.combo.blockSignals(True)
            self.combo.clear()
            for text, _ in options:
                self.combo.addItem(text)
            self.combo.blockSignals(False)
        index = next((i for i, (_, v) in enumerate(options) if v == value), -1)
        if self.combo.currentIndex() != index:
            self.combo.setCurrentIndex(index)


class CheckBinding(FieldBinding):
    def __init__(self, document: CaseDocument, path: str, label: str, text: str | None = None):
        self.check = QCheckBox(text or label)
        super().__init__(document, path, self.check, label)
        self.check.clicked.connect(lambda checked: self.push(bool(checked)))

    def refresh(self) -> None:
        value = bool(self.value())
        if self.check.isChecked() != value:
            self.check.setChecked(value)


class MultiChoiceBinding(FieldBinding):
    """A list of ids chosen from ``choices`` by ticking them.

    A stored id the choices no longer have (a pack renamed or retired it) stays: it is listed,
    ticked and flagged, and kept through other edits until the user unticks it.
    """

    FILTER_FROM = 20  # a longer list (the 176 official service content types) gets a filter

    def __init__(self, document: CaseDocument, path: str, label: str, choices: Choices):
        self.list = QListWidget()
        self.choices = choices
        count = len(list(choices()))
        widget: QWidget = self.list
        self.filter: QLineEdit | None = None
        if count > self.FILTER_FROM:
            widget = QWidget()
            box = QVBoxLayout(widget)
            box.setContentsMargins(0, 0, 0, 0)
            self.filter = QLineEdit(widget)
            self.filter.setPlaceholderText(
                QCoreApplication.translate("Forms", "Type to filter the list…")
            )
            self.filter.setClearButtonEnabled(True)
            self.filter.setAccessibleName(
                QCoreApplication.translate("Forms", "Filter: {label}").format(label=label)
            )
            self.filter.textChanged.connect(self._apply_filter)
            box.addWidget(self.filter)
            box.addWidget(self.list)
        super().__init__(document, path, widget, label)
        self.list.setAccessibleName(label)
        rows = max(4, min(8, count))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * rows)
        self._quiet = False
        self.list.itemChanged.connect(self._changed)

    def _apply_filter(self, *_args) -> None:
        """Rows matching the filter stay, and so do the ticked ones (what is chosen stays seen)."""
        needle = self.filter.text().strip().casefold() if self.filter else ""
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(bool(needle) and not ticked and needle not in item.text().casefold())

    def _changed(self, _item: QListWidgetItem) -> None:
        if self._quiet:
            return
        ticked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(item.data(Qt.ItemDataRole.UserRole))
        kept = [v for v in self.value() if v in ticked]  # the stored order, unknown ids included
        self.push(kept + [v for v in ticked if v not in kept])

    def _rows(self, chosen: list) -> list[tuple[str, object, bool]]:
        """(text, value, unknown): first every chosen id no option has (so it is seen), then the
        options."""
        options = list(self.choices())
        known = {value for _, value in options}
        unknown = [value for value in chosen if value not in known]
        gone = QCoreApplication.translate(
            "MultiChoiceBinding", "{id} — no longer in the rules pack"
        )
        return [(gone.format(id=value), value, True) for value in unknown] + [
            (text, value, False) for text, value in options
        ]

    def refresh(self) -> None:
        chosen = list(self.value())
        rows = self._rows(chosen)
        self._quiet = True
        shown = [
            (self.list.item(r).text(), self.list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.list.count())
        ]
        if shown != [(text, value) for text, value, _ in rows]:
            self.list.clear()
            for text, value, unknown in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                if unknown:
                    item.setForeground(QColor("#b26a00"))
                    item.setToolTip(
                        QCoreApplication.translate(
                            "MultiChoiceBinding",
                            "Kept from an earlier rules pack, which the pack in use does not "
                            "know. Choose what replaces it, then untick it.",
                        )
                    )
                self.list.addItem(item)
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self._quiet = False
        self._apply_filter()


class FormPage(QScrollArea):
    """A scrolling page of sections; keeps its bindings in sync with the document."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bindings: list[FieldBinding] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.setWidget(body)
        document.changed.connect(lambda _path: self.refresh())
        document.derivedChanged.connect(self.show_problems)

    def section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addWidget(box)
        return form

    def add(self, form: QFormLayout, binding: FieldBinding, with_label: bool = True):
        if with_label:
            label = QLabel(binding.label)
            label.setBuddy(binding.widget)
            form.addRow(label, binding.container)
        else:
            form.addRow(binding.container)
        self.bindings.append(binding)
        if isinstance(binding, LineBinding):
            from mpreg_desktop.ui.editing.reuse_offers import offer_reuse

            binding.reuse = offer_reuse(self.document, binding)  # people and subjects again
        return binding

    def finish(self) -> None:
        self.body_layout.addStretch(1)
        self.refresh()
        self.show_problems()

    def refresh(self) -> None:
        for binding in self.bindings:
            binding.refresh()

    def show_problems(self) -> None:
        problems = self.document.derived().problems
        for binding in self.bindings:
            binding.show_problems(problems)

    def binding_for(self, path: str) -> FieldBinding | None:
        """The binding of ``path`` or of its closest parent path."""
        best = None
        for binding in self.bindings:
            covers = path == binding.path or path.startswith(binding.path + ".")
            if covers and (best is None or len(binding.path) > len(best.path)):
                best = binding
        return best

    def focus_path(self, path: str) -> bool:
        binding = self.binding_for(path)
        if binding is None or not binding.container.isVisibleTo(self):
            return False
        self.ensureWidgetVisible(binding.container)
        binding.widget.setFocus()
        return True
