"""The date pickers offer exactly the dates a case may hold (domain/values.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.domain.values import MAX_DAY, MIN_DAY
from mpreg_desktop.ui.editing.date_fields import OptionalDateEdit
from mpreg_desktop.ui.widgets.datetime_edit import OptionalDateTimeEdit


def test_date_picker_range_is_the_case_range(qtbot) -> None:
    picker = OptionalDateEdit()
    qtbot.addWidget(picker)
    assert picker.edit.maximumDate() == QDate(2100, 12, 31)
    picked: list = []
    picker.dateEdited.connect(picked.append)
    picker.edit.setDate(QDate(9999, 12, 31))  # typed or scrolled past the end: held at the end
    picker.edit.setDate(QDate(1900, 1, 1))  # the first day is a date, not "not set"
    assert picked == [MAX_DAY, MIN_DAY]
    picker.clear_button.click()
    assert picker.value() is None


def test_date_time_picker_range_is_the_case_range(qtbot) -> None:
    picker = OptionalDateTimeEdit(None, SYSTEM_CLOCK)
    qtbot.addWidget(picker)
    picker.set_value(dt.datetime(9999, 12, 31, 12, 0, tzinfo=SHANGHAI))
    assert picker.value() == dt.datetime(2100, 12, 31, 23, 59, tzinfo=SHANGHAI)
    picker.set_value(dt.datetime(1900, 1, 2, 9, 30, tzinfo=SHANGHAI))
    assert picker.value() == dt.datetime(1900, 1, 2, 9, 30, tzinfo=SHANGHAI)
    picker.clear_button.click()
    assert picker.value() is None
