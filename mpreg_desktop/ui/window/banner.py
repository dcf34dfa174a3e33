"""A non-modal banner over the case: what is overdue or due within 24 hours, when the case opens."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from mpreg_desktop.domain.case import Step
from mpreg_desktop.domain.flow.timeline import TimelineItem, alerts
from mpreg_desktop.domain.messages import due_text, timeline_text
from mpreg_desktop.ui.app import i18n


class AlertBanner(QFrame):
    stepRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "#alertBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #8e1b1b;")
        self.text.linkActivated.connect(lambda step: self.stepRequested.emit(Step(step)))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the alert"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.items: list[TimelineItem] = []
        self.hide()

    def show_alerts(self, timeline: list[TimelineItem], now: datetime) -> bool:
        """Show the banner if anything is overdue or due within 24 hours of ``now``; True if so."""
        self.items = alerts(timeline, now)
        if not self.items:
            self.hide()
            return False
        language = i18n.current_language()
        colon = "：" if language.startswith("zh") else ": "
        lines = [
            f'<a href="{item.step.value}">{timeline_text(item, language)}</a>{colon}'
            f"{due_text(item, now, language)}"
            for item in self.items
        ]
        title = self.tr("Deadlines need attention:")
        self.text.setText(f"<b>{title}</b><br>" + "<br>".join(lines))
        self.show()
        return True
