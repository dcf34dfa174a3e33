"""Where the calendar of an unset date opens: on today (or a date the rule suggests), not 1900.

An unset date edit holds its minimum date (1 January 1900) behind the 未设置 text, and Qt opens its
calendar popup on the date held. Each time the popup shows for an unset field, its calendar is
turned to the suggested date instead, without selecting anything: the value changes only when the
user picks a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import QCalendarWidget


class CalendarStart(QObject):
    """Turns ``calendar`` to ``suggested()`` whenever it shows while ``unset()`` is true."""

    def __init__(
        self,
        calendar: QCalendarWidget,
        unset: Callable[[], bool],
        today: Callable[[], dt.date],
        suggested: Callable[[], dt.date | None] | None = None,
    ) -> None:
        super().__init__(calendar)
        self.calendar = calendar
        self.unset = unset
        self.today = today  # the injected clock's (Shanghai) date
        self.suggested = suggested or today
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendar and event.type() == QEvent.Type.Show and self.unset():
            day = self.suggested() or self.today()
            with QSignalBlocker(self.calendar):  # showing a month is not choosing a date
                self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
            self.calendar.setCurrentPage(day.year, day.month)
        return False
