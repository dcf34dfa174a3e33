"""Date fields: a date that may be unset, and its binding to a field of the case.

Apart from ``forms``: PySide6 builds QDateEdit and QCalendarWidget (with their enums) when first
named, ~1.5 ms the first screen (the subject page, without dates) does not need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.values import MAX_DAY, MIN_DAY
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import FieldBinding
from mpreg_desktop.ui.widgets.calendar_start import CalendarStart


class OptionalDateEdit(QWidget):
    """A date that may be unset: shows 未设置 until a date is picked; the button clears it."""

    dateEdited = Signal(object)  # datetime.date or None
    # "Not set" is the day before the first date a case may hold; the last is the case's too.
    _NULL = QDate(MIN_DAY.year, MIN_DAY.month, MIN_DAY.day).addDays(-1)
    _MAX = QDate(MAX_DAY.year, MAX_DAY.month, MAX_DAY.day)

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = SYSTEM_CLOCK.today
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDateRange(self._NULL, self._MAX)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(self._NULL)
        self.calendar_start = CalendarStart(
            self.edit.calendarWidget(), lambda: self.value() is None, today
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.dateChanged.connect(self._edited)
        self.clear_button.clicked.connect(self._clear)
        self._quiet = False
        # Stepping through a date (keys, the wheel on the focused field) is one undo step with the
        # edits before it; the Clear button is a step of its own, so that undo gives the date back.
        self.stepping = True

    def setFocus(self) -> None:
        self.edit.setFocus()

    def value(self) -> dt.date | None:
        qdate = self.edit.date()
        return None if qdate == self._NULL else dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        self._quiet = True
        if value is None:
            self.edit.setDate(self._NULL)
        else:
            if self.edit.date() == self._NULL:
                self.edit.calendarWidget().setSelectedDate(
                    QDate(value.year, value.month, value.day)
                )
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self._quiet = False

    def _clear(self) -> None:
        self.stepping = False
        try:
            self.edit.setDate(self._NULL)
        finally:
            self.stepping = True

    def _edited(self) -> None:
        if not self._quiet:
            self.dateEdited.emit(self.value())


class DateBinding(FieldBinding):
    """A date; ``after`` names the date this one follows (paid after submitting): while unset,
    its calendar opens on that date, else on today."""

    def __init__(self, document: CaseDocument, path: str, label: str, after: str | None = None):
        self.date = OptionalDateEdit(today=document.clock.today)
        if after is not None:
            self.date.calendar_start.suggested = lambda: get_path(document.case, after)
        super().__init__(document, path, self.date, label)
        self.date.edit.setAccessibleName(label)
        self.date.dateEdited.connect(lambda value: self.push(value, merge=self.date.stepping))

    def refresh(self) -> None:
        value = self.value()
        if self.date.value() != value:
            self.date.set_value(value)
