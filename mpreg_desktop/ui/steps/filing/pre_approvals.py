"""前置审批项: rows of (type, 审批号), added and removed by the user, or 以上都不涉及."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import PreApproval
from mpreg_desktop.domain.flow.checklist import case_industries
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import FieldBinding


class PreApprovalBinding(FieldBinding):
    """The list ``filing.pre_approvals``; every change is one undo step (typing merges)."""

    def __init__(self, document: CaseDocument, label: str) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(1, 1)
        layout.addLayout(self.rows)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(
            QCoreApplication.translate("PreApprovals", "Add a pre-approval"), box
        )
        self.add_button.setAccessibleName(self.add_button.text())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        super().__init__(document, "filing.pre_approvals", box, label)
        box.setFocusProxy(self.add_button)
        self._row_widgets: list[tuple[QComboBox, QLineEdit, QPushButton]] = []
        self.add_button.clicked.connect(self.add_row)

    # -- editing -----------------------------------------------------------------------------------
    def _types(self) -> list[tuple[str, str]]:
        options = []
        for kind in self.document.rules.filing.pre_approval_types:
            text = i18n.text(kind.label)
            if kind.uncertain:
                text += QCoreApplication.translate("PreApprovals", " (unconfirmed)")
            options.append((text, kind.id))
        return options

    def _suggested_type(self) -> str:
        """A type this case's service categories call for and not listed yet, else the first."""
        rules = self.document.rules
        used = {p.type for p in self.value()}
        industries = case_industries(self.document.case, rules)
        types = rules.filing.pre_approval_types
        for kind in types:
            if kind.industry in industries and kind.id not in used:
                return kind.id
        return next((k.id for k in types if k.id not in used), types[0].id)

    def add_row(self) -> None:
        doc = self.document
        label = QCoreApplication.translate("PreApprovals", "Add a pre-approval")
        with doc.edit(label):
            # A pre-approval contradicts 以上都不涉及: adding one unticks it.
            doc.set_field("filing.no_pre_approval", False)
            doc.append_item(self.path, PreApproval(type=self._suggested_type()))

    def _remove(self, index: int) -> None:
        label = QCoreApplication.translate("PreApprovals", "Remove a pre-approval")
        self.document.remove_item(self.path, index, label=label)

    def _set(self, index: int, *, merge: bool = False, **changes: str) -> None:
        for name, value in changes.items():
            self.document.set_field(
                f"{self.path}[{index}].{name}", value, merge=merge, label=self.label
            )

    # -- showing -----------------------------------------------------------------------------------
    def _build_rows(self, count: int) -> None:
        while self._row_widgets:
            for widget in self._row_widgets.pop():
                self.rows.removeWidget(widget)
                widget.deleteLater()
        for index in range(count):
            combo = QComboBox()
            for text, value in self._types():
                combo.addItem(text, value)
            number = QLineEdit()
            number.setPlaceholderText(
                QCoreApplication.translate("PreApprovals", "Approval number, e.g. 粤-12345号")
            )
            remove = QPushButton(QCoreApplication.translate("PreApprovals", "Remove"))
            row_number = index + 1
            combo.setAccessibleName(
                QCoreApplication.translate("PreApprovals", "Pre-approval {n}: type").format(
                    n=row_number
                )
            )
            number.setAccessibleName(
                QCoreApplication.translate(
                    "PreApprovals", "Pre-approval {n}: approval number"
                ).format(n=row_number)
            )
            remove.setAccessibleName(
                QCoreApplication.translate("PreApprovals", "Remove pre-approval {n}").format(
                    n=row_number
                )
            )
            combo.activated.connect(lambda _i, i=index, c=combo: self._set(i, type=c.currentData()))
            number.textEdited.connect(lambda text, i=index: self._set(i, merge=True, code=text))
            remove.clicked.connect(lambda _checked=False, i=index: self._remove(i))
            self.rows.addWidget(combo, index, 0)
            self.rows.addWidget(number, index, 1)
            self.rows.addWidget(remove, index, 2)
            self._row_widgets.append((combo, number, remove))

    def refresh(self) -> None:
        rows = self.value()
        if len(rows) != len(self._row_widgets):
            self._build_rows(len(rows))
        for record, (combo, number, _remove) in zip(rows, self._row_widgets, strict=True):
            index = combo.findData(record.type)
            if index < 0:  # a type the rules pack no longer has: keep showing it
                combo.addItem(record.type, record.type)
                index = combo.count() - 1
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)
            if number.text() != record.code:
                number.setText(record.code)
