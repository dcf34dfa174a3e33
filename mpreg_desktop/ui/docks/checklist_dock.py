"""清单: every item to prepare or do, grouped by step, ticked where done."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from mpreg_desktop.domain.case import MaterialState, Step
from mpreg_desktop.domain.flow.checklist import ChecklistItem, completing_field, tick, tickable
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.icons import severity_icon
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps import step_title

ROLE_ITEM = Qt.ItemDataRole.UserRole


class ChecklistView(QTreeWidget):
    """Ticking a material marks it prepared; ticking an action the app cannot see marks it done.

    Actions done on a day (提交注册, 激活邮箱, 打款) record today when ticked; actions whose state
    the case shows otherwise (an outcome, a stage passed) are not ticked here: activating them goes
    to the field that records them. A material with an error is not ticked either (it is unusable).

    A tick edits the case while Qt is still handling the click on that row, so a refresh never
    deletes rows then: rows are updated in place, and a change of the list's shape is rebuilt once
    the click has been handled (deleting the row under the click crashed QtWidgets).
    """

    stepRequested = Signal(object, str)  # step, item id
    fieldRequested = Signal(str)  # the path of the field that records an item

    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Checklist"))
        self._quiet = False
        self._shape: list[tuple[Step, str]] = []
        self.itemChanged.connect(self._ticked)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._clicked)
        document.derivedChanged.connect(self.refresh)
        self._rebuild()

    def refresh(self) -> None:
        items = self.document.derived().checklist
        shape = [(item.step, item.id) for item in items]
        if shape == self._shape:
            self._update_rows(items)
        else:
            QTimer.singleShot(0, self, self._rebuild)  # the clicked row may still be in use

    def _groups(self, items: list[ChecklistItem]) -> list[tuple[Step, list[ChecklistItem]]]:
        groups = [(step, [item for item in items if item.step == step]) for step in Step]
        return [(step, mine) for step, mine in groups if mine]

    def _group_title(self, step: Step, mine: list[ChecklistItem]) -> str:
        done = sum(1 for item in mine if item.done)
        return f"{step_title(step)}  {done}/{len(mine)}"

    def _update_rows(self, items: list[ChecklistItem]) -> None:
        self._quiet = True
        for index, (step, mine) in enumerate(self._groups(items)):
            group = self.topLevelItem(index)
            group.setText(0, self._group_title(step, mine))
            for child, item in enumerate(mine):
                self._fill(group.child(child), item)
        self._quiet = False

    def _rebuild(self) -> None:
        items = self.document.derived().checklist
        self._quiet = True
        collapsed = {
            self.topLevelItem(i).data(0, ROLE_ITEM)
            for i in range(self.topLevelItemCount())
            if not self.topLevelItem(i).isExpanded()
        }
        self.clear()
        for step, mine in self._groups(items):
            group = QTreeWidgetItem([self._group_title(step, mine)])
            group.setData(0, ROLE_ITEM, step.value)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            for item in mine:
                row = QTreeWidgetItem()
                self._fill(row, item)
                group.addChild(row)
            group.setExpanded(step.value not in collapsed)
        self._shape = [(item.step, item.id) for item in items]
        self._quiet = False

    def _fill(self, row: QTreeWidgetItem, item: ChecklistItem) -> None:
        text = i18n.text(item.label)
        # The whole name too: a narrow dock cuts long ones (法定代表人/经营者身…).
        tip = [i18n.text(item.label), i18n.text(item.why)]
        if item.unusable:
            text += self.tr(" (error)")  # the icon says it too; the tooltip says why
            language = i18n.current_language()
            tip += [problem_text(p, self.document.rules, language) for p in item.unusable]
        elif item.state == MaterialState.CHECKED:
            text += self.tr(" (checked)")
        row.setText(0, text)
        row.setIcon(0, severity_icon("error") if item.unusable else QIcon())
        row.setData(0, ROLE_ITEM, item)
        row.setToolTip(0, "\n".join(tip))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if tickable(self.document.case, self.document.rules, item):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        state = Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if row.data(0, Qt.ItemDataRole.CheckStateRole) is None or row.checkState(0) != state:
            row.setCheckState(0, state)

    def _ticked(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ROLE_ITEM)
        if self._quiet or not isinstance(item, ChecklistItem):
            return
        checked = row.checkState(0) == Qt.CheckState.Checked
        doc = self.document
        path, value = tick(doc.case, doc.rules, item, checked, doc.clock.today())
        labels = {"materials": self.tr("Tick material"), "tasks": self.tr("Tick task")}
        if not doc.set_field(path, value, label=labels.get(path, self.tr("Record date"))):
            # Refused (a read-only case): the tick goes back once Qt has finished this change.
            QTimer.singleShot(0, self.refresh)

    def _clicked(self, row: QTreeWidgetItem, column: int) -> None:
        # A row the user cannot tick still shows its box: a click on it goes to the field that
        # records it (as a double-click does) instead of doing nothing.
        if not row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self._activated(row, column)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ROLE_ITEM)
        if not isinstance(item, ChecklistItem):
            return
        if item.kind == "material":
            path = f"materials.{item.id}"
        else:
            path = completing_field(self.document.case, self.document.rules, item.id)
        if path is not None:  # the field that records it, or else its step
            QTimer.singleShot(0, self, lambda: self.fieldRequested.emit(path))
        else:  # after the click: see the class comment
            QTimer.singleShot(0, self, lambda: self.stepRequested.emit(item.step, item.id))
