"""A non-modal banner over the case: what is overdue or due within 24 hours, from when the case
opens until it is dismissed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
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
        self._document = None
        # An agency keeps a case open all day: while the banner shows, what needs attention and
        # how long is left follow the clock (in minutes, as the header's countdown).
        self.ticker = QTimer(self)
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self._retell)
        self.hide()

    def show_alerts(self, timeline: list[TimelineItem], now: datetime, document=None) -> bool:
        """Show the banner if anything is overdue or due within 24 hours of ``now``; True if so.
        With the case's ``document``, it is told again every half minute until dismissed."""
        self.items = alerts(timeline, now)
        self._document = document
        if not self.items:
            self.ticker.stop()
            self.hide()
            return False
        self._tell(now)
        self.show()
        if document is not None:
            self.ticker.start()
        return True

    def _retell(self) -> None:
        if self._document is None or self.isHidden():
            self.ticker.stop()  # dismissed: it stays so
            return
        now = self._document.clock.now()
        self.items = alerts(self._document.timeline(now), now)
        if not self.items:  # all of it done meanwhile
            self.ticker.stop()
            self.hide()
            return
        self._tell(now)

    def _tell(self, now: datetime) -> None:
        language = i18n.current_language()
        colon = "：" if language.startswith("zh") else ": "
        lines = [
            f'<a href="{item.step.value}">{timeline_text(item, language)}</a>{colon}'
            f"{due_text(item, now, language)}"
            for item in self.items
        ]
        title = self.tr("Deadlines need attention:")
        self.text.setText(f"<b>{title}</b><br>" + "<br>".join(lines))
