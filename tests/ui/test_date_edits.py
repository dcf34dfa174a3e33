"""Unset date fields open their calendar on today, not on January 1900, and choosing nothing
leaves them unset; date hints speak of the format the field shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.clock import SetClock
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.ui.editing.date_fields import OptionalDateEdit
from mpreg_desktop.ui.widgets.datetime_edit import OptionalDateTimeEdit


def open_popup(edit) -> None:
    arrow = QPoint(edit.width() - 6, edit.height() // 2)  # the drop-down arrow
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrow)


def test_unset_date_opens_on_today(qtbot) -> None:
    clock = SetClock(dt.datetime(2031, 5, 17, 9, 0, tzinfo=SHANGHAI))  # the injected clock's today
    for widget in (OptionalDateEdit(today=clock.today), OptionalDateTimeEdit(None, clock)):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        open_popup(widget.edit)
        calendar = widget.edit.calendarWidget()
        qtbot.waitUntil(calendar.isVisible, timeout=2000)
        now = clock.today()
        assert (calendar.yearShown(), calendar.monthShown()) == (now.year, now.month)
        assert widget.value() is None  # showing a month chose nothing
        calendar.window().hide()


def test_set_date_opens_on_its_own_month(qtbot) -> None:
    import datetime as dt

    widget = OptionalDateEdit()
    qtbot.addWidget(widget)
    widget.set_value(dt.date(2024, 3, 5))
    widget.show()
    qtbot.waitExposed(widget)
    open_popup(widget.edit)
    calendar = widget.edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 3)
    calendar.window().hide()


def test_date_hints_do_not_ask_for_another_format() -> None:
    rules = load_rules()
    for field in rules.filing.fields:
        if field.kind in ("date", "date_or_long_term") and field.constraint:
            for text in (field.constraint.zh, field.constraint.en):
                assert "YYYYmmdd" not in text, field.id


def test_a_date_that_follows_another_opens_on_it(window, noodle_shop, qtbot) -> None:
    import datetime as dt

    from mpreg_desktop.domain.case import Step

    window.open_case_file(noodle_shop)
    window.case_view.show_step(Step.VERIFICATION)
    window.document.set_field("account.registered_on", dt.date(2026, 3, 5))
    page = window.case_view.pages[Step.VERIFICATION]
    activated = page.binding_for("account.email_activated_on").date
    qtbot.waitExposed(activated)
    open_popup(activated.edit)
    calendar = activated.edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    assert window.document.case.account.email_activated_on is None
    calendar.window().hide()


def test_undoing_clear_gives_a_picked_date_back(window, noodle_shop) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from mpreg_desktop.domain.case import Step

    window.open_case_file(noodle_shop)
    window.case_view.show_step(Step.VERIFICATION)
    page = window.case_view.pages[Step.VERIFICATION]
    field = page.binding_for("account.registered_on").date
    field.edit.setDate(QDate(2026, 3, 5))  # picked
    field.edit.setDate(QDate(2026, 3, 6))  # stepped on a day
    field.clear_button.click()
    assert window.document.case.account.registered_on is None
    window.document.undo_stack.undo()
    assert window.document.case.account.registered_on == dt.date(2026, 3, 6)
    assert field.value() == dt.date(2026, 3, 6)
    window.document.undo_stack.undo()  # picking and stepping: one step
    assert window.document.case.account.registered_on is None
