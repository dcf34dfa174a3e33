"""Step 2 — 材料准备: the materials this case needs, each with its state, notes, why and source."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import MaterialItem, MaterialState
from mpreg_desktop.domain.checklist import ChecklistItem
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.sources import sources_html


class MaterialsPage(QWidget):
    COLUMNS = 3  # material, state, notes

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.items: list[ChecklistItem] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What to prepare for this case, derived from the subject type, route, verification "
                "method, filing and service categories. Select a row to see why it is needed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, self.COLUMNS, splitter)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Material"), self.tr("State"), self.tr("Notes")]
        )
        self.table.setAccessibleName(self.tr("Materials"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        row_height = max(QComboBox().sizeHint().height(), QLineEdit().sizeHint().height()) + 4
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(splitter)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 4)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        document.derivedChanged.connect(self.refresh)
        self.refresh()

    def state_labels(self) -> list[tuple[str, MaterialState]]:
        return [
            (self.tr("Not prepared"), MaterialState.MISSING),
            (self.tr("Prepared"), MaterialState.READY),
            (self.tr("Checked"), MaterialState.CHECKED),
        ]

    def refresh(self) -> None:
        items = [i for i in self.document.derived().checklist if i.kind == "material"]
        if [i.id for i in items] != [i.id for i in self.items]:
            self._rebuild(items)
        else:
            for row, item in enumerate(items):
                self._update_row(row, item)
        self.items = items

    def _rebuild(self, items: list[ChecklistItem]) -> None:
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = QTableWidgetItem(i18n.text(item.label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip(i18n.text(item.why))
            self.table.setItem(row, 0, name)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("State of {name}").format(name=i18n.text(item.label)))
            for text, state in self.state_labels():
                combo.addItem(text, state)
            combo.activated.connect(
                lambda _i, key=item.id, c=combo: self._set(key, state=c.currentData())
            )
            self.table.setCellWidget(row, 1, combo)
            notes = QLineEdit()
            notes.setAccessibleName(self.tr("Notes on {name}").format(name=i18n.text(item.label)))
            notes.textEdited.connect(lambda text, key=item.id: self._set(key, notes=text))
            self.table.setCellWidget(row, 2, notes)
            self._update_row(row, item)

    def _update_row(self, row: int, item: ChecklistItem) -> None:
        combo = self.table.cellWidget(row, 1)
        index = combo.findData(item.state)
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)
        notes = self.table.cellWidget(row, 2)
        if notes.text() != item.notes:
            notes.setText(item.notes)

    def _set(self, key: str, **changes: object) -> None:
        materials = copy.deepcopy(self.document.case.materials)
        record = next((m for m in materials if m.key == key), None)
        if record is None:
            record = MaterialItem(key=key)
            materials.append(record)
        for name, value in changes.items():
            setattr(record, name, value)
        label = self.tr("Edit material")
        self.document.set_field("materials", materials, merge="notes" in changes, label=label)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            self.detail.clear()
            return
        item = self.items[row]
        parts = [f"<b>{i18n.text(item.label)}</b>", i18n.text(item.why)]
        if item.uncertain and item.uncertainty:
            parts.append(self.tr("Uncertain: {text}").format(text=i18n.text(item.uncertainty)))
        parts.append(
            self.tr("Source: {sources}").format(
                sources=sources_html(item.source, self.document.rules)
            )
        )
        self.detail.setText("<br>".join(parts))

    def focus_key(self, key: str) -> bool:
        for row, item in enumerate(self.items):
            if item.id == key:
                self.table.setCurrentCell(row, 1)
                self.table.cellWidget(row, 1).setFocus()
                return True
        return False
