"""比较主体类型: the six subject types side by side, every cell from the rules pack.

Read-only. One column per type, one row per property (scope, verification options, whether 微信认证
is required, its fee, the review time, limits, and each capability). A capability reads 支持 /
不支持 / 有条件 with the rule's note as tooltip; rules the reference could not confirm are marked,
once and plainly. Where the research sources disagree is for maintainers: 帮助 → 规则版本与来源
shows it, not this dialog (reference §0.3).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import SubjectType
from mpreg_desktop.domain.rules.model import Capability, Rules, SubjectTypeRule
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.sources import sources_text, unconfirmed_sentence
from mpreg_desktop.ui.steps.durations import duration_text
from mpreg_desktop.ui.steps.subject.reasons import join, need_title, unconfirmed

CAPABILITY_COLOURS = {"yes": "#2e7d32", "no": "#c62828", "conditional": "#b26a00"}


class WrappingTable(QTableWidget):
    """A table whose rows follow their wrapped text whenever the columns change width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Stretched columns take their new widths after this event: measure the rows then.
        QTimer.singleShot(0, self.resizeRowsToContents)


class SubjectCompareDialog(QDialog):
    def __init__(
        self,
        rules: Rules,
        current: SubjectType | None = None,
        recommended: SubjectType | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.setWindowTitle(self.tr("Compare subject types"))
        layout = QVBoxLayout(self)

        self.table = WrappingTable(self)
        self.table.setAccessibleName(self.tr("Subject types compared"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # A scroll bar that came and went would change the column widths after the rows were
        # measured, and cut the last lines of the tallest cells.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.types = list(rules.subjects.types)
        self._fill(current, recommended)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Start on the button: the table is read-only, and focus there would mark a cell.
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self._size_from_font()

    # -- the table ---------------------------------------------------------------------------------
    def _fill(self, current: SubjectType | None, recommended: SubjectType | None) -> None:
        rows: list[tuple[str, Callable[[SubjectTypeRule], QTableWidgetItem]]] = [
            (self.tr("Scope"), self._scope),
            (self.tr("Verification at registration"), self._methods),
            (self.tr("WeChat certification"), self._certification),
            (self.tr("Certification fee (yuan a year)"), self._fee),
            (self.tr("Review time"), self._review),
            (self.tr("Mini programs per subject"), self._limits),
        ]
        capabilities = list(dict.fromkeys(n for t in self.types for n in t.capabilities))
        for name in capabilities:
            rows.append((need_title(name), lambda rule, name=name: self._capability(rule, name)))
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(self.types))
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        for column, rule in enumerate(self.types):
            header = QTableWidgetItem(self._column_title(rule, current, recommended))
            header.setData(Qt.ItemDataRole.UserRole, rule.id.value)
            if rule.id == current:
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
            self.table.setHorizontalHeaderItem(column, header)
            for row, (_, make) in enumerate(rows):
                self.table.setItem(row, column, make(rule))

    def _column_title(
        self, rule: SubjectTypeRule, current: SubjectType | None, recommended: SubjectType | None
    ) -> str:
        title = i18n.text(rule.label)
        marks = []
        if rule.id == current:
            marks.append(self.tr("chosen"))
        if rule.id == recommended:
            marks.append(self.tr("recommended"))
        # One mark per line: a header does not wrap, and a column is narrow.
        return "\n".join([title, *(f"({mark})" for mark in marks)])

    def _item(self, text: str, tip: str = "", uncertain: bool = False) -> QTableWidgetItem:
        if uncertain:
            text += "\n" + unconfirmed()
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if tip:
            item.setToolTip(tip)
        return item

    def _tip(self, *parts: str) -> str:
        return "\n\n".join(p for p in parts if p)

    def _sources(self, sources: list[str]) -> str:
        return self.tr("Sources: {sources}").format(sources=sources_text(sources, self.rules))

    def _scope(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        kinds = join(i18n.text(k.label) for k in rule.sub_kinds)
        tip = self._tip(
            self.tr("Sub-kinds: {kinds}").format(kinds=kinds), self._sources(rule.source)
        )
        return self._item(i18n.text(rule.scope), tip, rule.uncertain)

    def _methods(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        labels = [
            i18n.text(self.rules.verification.method(m).label) for m in rule.verification_methods
        ]
        return self._item("\n".join(labels), i18n.text(rule.certification_note))

    def _certification(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        if rule.certification_required:
            text = self.tr("Required")
        elif rule.id in self.rules.filing.certification_required_for:
            text = self.tr("Required before the filing")  # L.1
        else:
            text = self.tr("Optional")
        return self._item(text, i18n.text(rule.certification_note))

    def _fee(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        fee = rule.certification_fee_yuan
        text = self.tr("{fee} (free)").format(fee=fee) if fee == 0 else str(fee)
        item = self._item(text, i18n.text(rule.certification_note))
        item.setData(Qt.ItemDataRole.UserRole, fee)
        return item

    def _review(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        review = rule.review
        tip = self._tip(
            i18n.text(review.note),
            unconfirmed_sentence() if review.uncertain else "",
            self._sources(review.source),
        )
        return self._item(duration_text(review), tip, review.uncertain)

    def _limits(self, rule: SubjectTypeRule) -> QTableWidgetItem:
        lines = []
        if rule.max_mini_programs is not None:
            lines.append(self.tr("at most {count}").format(count=rule.max_mini_programs))
        if rule.max_certified_mini_programs is not None:
            lines.append(
                self.tr("at most {count} certified").format(count=rule.max_certified_mini_programs)
            )
        if not lines:
            return self._item("—", self.tr("The reference gives no limit for this type"))
        # L.6: the quotas come from a pre-2023 mirror and are shown as unconfirmed
        unsure = rule.quota_uncertainty
        tip = self._tip(i18n.text(unsure) if unsure else "", self._sources(rule.source))
        return self._item("\n".join(lines), tip, unsure is not None)

    def _capability(self, rule: SubjectTypeRule, name: str) -> QTableWidgetItem:
        capability: Capability | None = rule.capabilities.get(name)
        if capability is None:
            return self._item("—", self.tr("The reference says nothing about it"))
        words = {
            "yes": self.tr("Supported"),
            "no": self.tr("Not supported"),
            "conditional": self.tr("With conditions"),
        }
        tip = self._tip(
            i18n.text(capability.note),
            unconfirmed_sentence() if capability.uncertain else "",
            self._sources(capability.source),
        )
        item = self._item(words[capability.allowed], tip, capability.uncertain)
        item.setForeground(QBrush(QColor(CAPABILITY_COLOURS[capability.allowed])))
        item.setData(Qt.ItemDataRole.UserRole, capability.allowed)
        return item

    def _size_from_font(self) -> None:
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 170
        height = metrics.lineSpacing() * 52
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)
