"""清单: every item to prepare or do, grouped by step, ticked where done."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from mpreg_desktop.domain.case import MaterialItem, MaterialState, Step, TaskItem
from mpreg_desktop.domain.checklist import ChecklistItem
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.steps import step_title

ROLE_ITEM = Qt.ItemDataRole.UserRole


class ChecklistView(QTreeWidget):
    """Ticking a material marks it prepared; ticking an action the app cannot see marks it done.

    Actions whose state the case shows (a date recorded, a stage passed) cannot be ticked by hand.
    """

    stepRequested = Signal(object, str)  # step, item id

    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Checklist"))
        self._quiet = False
        self.itemChanged.connect(self._ticked)
        self.itemActivated.connect(self._activated)
        document.derivedChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self._quiet = True
        expanded = {
            self.topLevelItem(i).data(0, ROLE_ITEM)
            for i in range(self.topLevelItemCount())
            if not self.topLevelItem(i).isExpanded()
        }
        self.clear()
        items = self.document.derived().checklist
        for step in Step:
            mine = [item for item in items if item.step == step]
            if not mine:
                continue
            done = sum(1 for item in mine if item.done)
            group = QTreeWidgetItem([f"{step_title(step)}  {done}/{len(mine)}"])
            group.setData(0, ROLE_ITEM, step.value)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            for item in mine:
                group.addChild(self._row(item))
            group.setExpanded(step.value not in expanded)
        self._quiet = False

    def _row(self, item: ChecklistItem) -> QTreeWidgetItem:
        row = QTreeWidgetItem([i18n.text(item.label)])
        row.setData(0, ROLE_ITEM, item)
        # The whole name too: a narrow dock cuts long ones (法定代表人/经营者身…).
        row.setToolTip(0, f"{i18n.text(item.label)}\n{i18n.text(item.why)}")
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        derived_state = item.kind == "action" and self._shown_by_case(item)
        if not derived_state:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        row.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        if item.state == MaterialState.CHECKED:
            row.setText(0, row.text(0) + self.tr(" (checked)"))
        return row

    def _shown_by_case(self, item: ChecklistItem) -> bool:
        entry = self.document.rules.checklist.entry(item.id)
        return entry is not None and entry.done_when is not None

    def _ticked(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ROLE_ITEM)
        if self._quiet or not isinstance(item, ChecklistItem):
            return
        checked = row.checkState(0) == Qt.CheckState.Checked
        case = self.document.case
        if item.kind == "material":
            materials = copy.deepcopy(case.materials)
            record = next((m for m in materials if m.key == item.id), None)
            if record is None:
                record = MaterialItem(key=item.id)
                materials.append(record)
            if checked and record.state == MaterialState.MISSING:
                record.state = MaterialState.READY
            elif not checked:
                record.state = MaterialState.MISSING
            self.document.set_field("materials", materials, label=self.tr("Tick material"))
        else:
            tasks = copy.deepcopy(case.tasks)
            task = next((t for t in tasks if t.key == item.id), None)
            if task is None:
                task = TaskItem(key=item.id)
                tasks.append(task)
            task.done = checked
            self.document.set_field("tasks", tasks, label=self.tr("Tick task"))

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ROLE_ITEM)
        if isinstance(item, ChecklistItem):
            self.stepRequested.emit(item.step, item.id)
