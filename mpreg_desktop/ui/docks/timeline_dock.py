"""时间线: what happened and what comes next, in one chronological list with a "today" line.

Overdue items are red, due-soon orange, estimates (a year whose holidays are not yet published)
are marked; activating an item shows its step. The list follows the clock: it is rebuilt every
minute, so "due soon" turns into "overdue" without any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.domain.messages import counting_text, timeline_text, timeline_word
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.sources import sources_text
from mpreg_desktop.ui.editing.document import CaseDocument

STATE_COLOURS = {"overdue": "#c62828", "due_soon": "#b26a00", "done": "#607d8b"}
TODAY_COLOUR = "#1565c0"
ROLE_ITEM = Qt.ItemDataRole.UserRole
MAX_EVENTS = 300  # history entries listed; older ones are counted in one row


def when_text(item: TimelineItem) -> str:
    start = item.at.astimezone(SHANGHAI)
    if item.unit in (None, "hours") or item.kind == "event":
        text = start.strftime("%Y-%m-%d %H:%M")
    else:
        text = start.strftime("%Y-%m-%d")
    if item.until is not None:
        text += " – " + item.until.astimezone(SHANGHAI).strftime("%Y-%m-%d")
    return text


class TimelineView(QTreeWidget):
    stepRequested = Signal(object)  # the Step of the activated item

    def __init__(self, document: CaseDocument, parent=None, *, when_seen: bool = False) -> None:
        """``when_seen``: while the list cannot be seen (its dock a tab behind the 清单, the window
        minimised), edits and the minute's tick only mark it out of date, and it is listed when
        next painted: ~3 ms less before the first frame, and less work at every keystroke."""
        super().__init__(parent)
        self.document = document
        self._when_seen = when_seen
        self._stale = False
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("State")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Timeline"))
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.itemActivated.connect(self._activated)
        document.derivedChanged.connect(self._changed)
        self.clock = QTimer(self)
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self._changed)
        self.clock.start()
        self._changed()

    def _changed(self) -> None:
        if self._when_seen and self.visibleRegion().isEmpty():
            # Listed when it can be seen: Qt paints a widget that comes into view. (Not
            # self.viewport(): handing Python the viewport made PySide6 build the classes of
            # ~40 other widgets, looking for its type.)
            self._stale = True
        else:
            self.refresh()

    def paintEvent(self, event) -> None:
        # Not at show: a dock tab behind another is shown too while the window comes up, and
        # hidden again once the window has laid its docks out. Only the list on screen paints.
        if self._stale:
            self.refresh()  # the rows are laid out before they are painted just below
        super().paintEvent(event)

    def refresh(self) -> None:
        self._stale = False
        language = i18n.current_language()
        now = self.document.clock.now()
        self.clear()
        items = self.document.timeline(now)
        # What is done belongs to the past, even when the usual time it was projected on (a
        # review answered early) is still ahead: it is listed before 今天, never after.
        is_past = [i.at <= now or i.state == "done" for i in items]
        past = [i for i, p in zip(items, is_past, strict=True) if p]
        # A case with years of history (20,000 events) would take minutes to list: the newest
        # history is shown, the rest counted in one row.
        events = [i for i in past if i.kind == "event"]
        hidden = {id(i) for i in events[: max(0, len(events) - MAX_EVENTS)]}
        rows = []
        if hidden:
            rows.append(
                self._note(self.tr("{count} earlier entries not shown").format(count=len(hidden)))
            )
        rows += [self._row(i, language) for i in past if id(i) not in hidden]
        rows.append(self._today(now))
        rows += [self._row(i, language) for i, p in zip(items, is_past, strict=True) if not p]
        self.addTopLevelItems(rows)

    def _row(self, item: TimelineItem, language: str) -> QTreeWidgetItem:
        state = timeline_word(item.state, language)
        if item.kind == "milestone" and item.state == "overdue":
            state = timeline_word("overdue_expected", language)  # an expectation, not a duty
        if item.estimate:
            state += " · " + timeline_word("estimate", language)
        row = QTreeWidgetItem([when_text(item), timeline_text(item, language), state])
        row.setData(0, ROLE_ITEM, item)
        colour = STATE_COLOURS.get(item.state)
        if colour and item.kind != "event":
            for column in range(3):
                row.setForeground(column, QBrush(QColor(colour)))
        if item.kind == "deadline" and item.state != "done":
            font = row.font(1)
            font.setBold(True)
            row.setFont(1, font)
        if item.estimate:
            font = row.font(0)
            font.setItalic(True)
            row.setFont(0, font)
        row.setToolTip(1, sources_text(item.source, self.document.rules))
        counting = counting_text(item.unit, language) if item.kind != "event" else ""
        if counting:  # 1–20 工作日 from when? say so where the dates are
            row.setToolTip(0, f"{when_text(item)}\n{counting}")
            row.setToolTip(2, counting)
        return row

    def _today(self, now) -> QTreeWidgetItem:
        row = QTreeWidgetItem([now.strftime("%Y-%m-%d %H:%M"), self.tr("Today"), ""])
        font = QFont(row.font(1))
        font.setBold(True)
        for column in range(3):
            row.setForeground(column, QBrush(QColor(TODAY_COLOUR)))
            row.setFont(column, font)
            row.setBackground(column, QBrush(QColor("#e3f2fd")))
        return row

    def _note(self, text: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(["", text, ""])
        row.setForeground(1, QBrush(QColor(STATE_COLOURS["done"])))
        return row

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item = row.data(0, ROLE_ITEM)
        if isinstance(item, TimelineItem):  # after the click, like ProblemsView
            QTimer.singleShot(0, self, lambda: self.stepRequested.emit(item.step))
