"""问题: every problem of the case; activating one jumps to its field, on whichever tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.domain.messages import field_label, problem_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.icons import severity_icon
from mpreg_desktop.ui.editing.document import CaseDocument


class ProblemsView(QTreeWidget):
    fieldRequested = Signal(str)  # field path

    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Field"), self.tr("Problem")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Problems"))
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        document.derivedChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        language = i18n.current_language()
        for problem in self.document.derived().problems:
            text = problem_text(problem, self.document.rules, language)
            row = QTreeWidgetItem([field_label(problem.path, language), text])
            row.setIcon(0, severity_icon(problem.severity))
            row.setToolTip(1, text)
            row.setData(0, Qt.ItemDataRole.UserRole, problem)
            self.addTopLevelItem(row)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        problem: Problem = row.data(0, Qt.ItemDataRole.UserRole)
        # Emitted once Qt has finished with the click: moving the focus may commit an edit, whose
        # refresh deletes this row (deleting the row under a click crashes QtWidgets).
        QTimer.singleShot(0, self, lambda: self.fieldRequested.emit(problem.path))
