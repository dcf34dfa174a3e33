"""时间线: the case's history (recorded events) in order, with today marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from mpreg_desktop.domain.case import SHANGHAI, now_shanghai
from mpreg_desktop.domain.messages import event_text
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument


class TimelineView(QTreeWidget):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("Timeline"))
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, path: str) -> None:
        if path == "events":
            self.refresh()

    def refresh(self) -> None:
        self.clear()
        language = i18n.current_language()
        events = sorted(self.document.case.events, key=lambda e: e.at)
        for event in events:
            when = event.at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
            self.addTopLevelItem(QTreeWidgetItem([when, event_text(event, language)]))
        today = QTreeWidgetItem([now_shanghai().strftime("%Y-%m-%d"), self.tr("Today")])
        for column in (0, 1):
            today.setForeground(column, QBrush(QColor("#1565c0")))
        self.addTopLevelItem(today)
        self.resizeColumnToContents(0)
