"""The table of materials; files dropped onto a row are attached to that material."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget

from mpreg_desktop.ui.steps.materials.edits import dropped_files


class MaterialsTable(QTableWidget):
    filesDropped = Signal(int, list)  # row, list[Path]

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)  # the row under the cursor is selected instead

    def _row_at(self, event: QDragMoveEvent | QDropEvent) -> int:
        return self.rowAt(event.position().toPoint().y())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        row = self._row_at(event)
        if row < 0 or not dropped_files(event.mimeData()):
            event.ignore()
            return
        if row != self.currentRow():
            self.selectRow(row)  # shows which material the files will go to
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self._row_at(event)
        files = dropped_files(event.mimeData())
        if row < 0 or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(row, files)
