"""A date and time in Asia/Shanghai that may be unset, as the case stores them.

Deadlines are counted in Asia/Shanghai whatever the computer's own zone is, so the editor shows
and edits Shanghai wall-clock time. It runs in UTC internally only to avoid the daylight-saving gaps
of the machine's zone (China has none); the fields shown are the Shanghai fields.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.clock import SYSTEM_CLOCK, Clock
from mpreg_desktop.domain.values import MAX_DAY, MIN_DAY
from mpreg_desktop.ui.widgets.calendar_start import CalendarStart


class OptionalDateTimeEdit(QWidget):
    """Shows ``unset_text`` (未设置, or 现在 where unset means "now") until a time is picked."""

    dateTimeEdited = Signal(object)  # an aware datetime in Asia/Shanghai, or None
    # "Not set" is the minute before the first moment a case may hold; the last is the case's too.
    _NULL = QDateTime(
        QDate(MIN_DAY.year, MIN_DAY.month, MIN_DAY.day).addDays(-1), QTime(23, 59), QTimeZone.utc()
    )
    _MAX = QDateTime(
        QDate(MAX_DAY.year, MAX_DAY.month, MAX_DAY.day), QTime(23, 59), QTimeZone.utc()
    )

    def __init__(
        self, parent: QWidget | None = None, clock: Clock = SYSTEM_CLOCK, *, unset_text: str = ""
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTimeRange(self._NULL, self._MAX)
        self.edit.setSpecialValueText(unset_text or self.tr("Not set"))
        self.edit.setDateTime(self._NULL)
        self.calendar_start = CalendarStart(
            self.edit.calendarWidget(), lambda: self.value() is None, clock.today
        )
        self.now_button = QToolButton(self)
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the current time"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the time"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        self._quiet = False
        self.edit.dateTimeChanged.connect(self._edited)
        self.now_button.clicked.connect(lambda: self.set_value(clock.now(), emit=True))
        self.clear_button.clicked.connect(lambda: self.set_value(None, emit=True))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setFocus(self) -> None:
        self.edit.setFocus()

    def value(self) -> dt.datetime | None:
        shown = self.edit.dateTime()
        if shown <= self._NULL:
            return None
        day, time = shown.date(), shown.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=SHANGHAI
        )

    def set_value(self, value: dt.datetime | None, *, emit: bool = False) -> None:
        self._quiet = not emit
        if value is None:
            self.edit.setDateTime(self._NULL)
        else:
            local = value.astimezone(SHANGHAI)
            shown = QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
            if self.edit.dateTime() <= self._NULL:
                # Open the calendar on the right month, not on 1900.
                self.edit.calendarWidget().setSelectedDate(shown.date())
            self.edit.setDateTime(shown)
        self._quiet = False

    def _edited(self) -> None:
        if not self._quiet:
            self.dateTimeEdited.emit(self.value())
