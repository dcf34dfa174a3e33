"""Tray notifications while the window is minimised: a deadline overdue or due within 24 hours.

Each item is announced once per run. Where the platform has no system tray the reminders still
run (``last_messages`` records them) but nothing is shown; the banner covers the window itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from mpreg_desktop.domain.flow.timeline import alerts
from mpreg_desktop.domain.messages import due_text, timeline_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.icons import severity_icon


class TrayReminders(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = None
        self.tray: QSystemTrayIcon | None = None
        self.announced: set[str] = set()
        self.last_messages: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check)

    def watch(self, document) -> None:
        self.document = document
        self.announced.clear()

    def set_minimised(self, minimised: bool) -> None:
        if minimised:
            self.check()
            self.timer.start()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def check(self) -> list[str]:
        """Announce what newly needs attention; returns the messages (shown if there is a tray)."""
        if self.document is None:
            return []
        now = self.document.clock.now()
        language = i18n.current_language()
        fresh = [i for i in alerts(self.document.timeline(now), now) if i.id not in self.announced]
        if not fresh:
            return []
        colon = "：" if language.startswith("zh") else ": "
        messages = [
            f"{timeline_text(i, language)}{colon}{due_text(i, now, language)}" for i in fresh
        ]
        self.announced.update(i.id for i in fresh)
        self.last_messages = messages
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            title = self.document.case.name or self.tr("Deadlines need attention")
            tray.showMessage(
                title, "\n".join(messages), QSystemTrayIcon.MessageIcon.Warning, 15_000
            )
        return messages

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = severity_icon("warning")
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("MP Reg Desktop"))
            self.tray.activated.connect(lambda _reason: self.window.bring_to_front())
            self.tray.messageClicked.connect(self.window.bring_to_front)
        self.tray.show()
        return self.tray
