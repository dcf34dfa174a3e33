"""Date arithmetic with the rules' durations: the one place a span is added to a day or a time.

A duration keeps its unit (工作日 is not a calendar day): spans in working days need the PRC
working-day calendar and are counted by ``domain/flow/timeline.py`` with it; here is the calendar
part.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from mpreg_desktop.domain.rules.model import Duration


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), the month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_calendar(day: date, unit: str, amount: int) -> date | None:
    """``day`` moved by ``amount`` calendar units; None for hours and working days."""
    if unit == "calendar_days":
        return day + timedelta(days=amount)
    if unit == "months":
        return add_months(day, amount)
    if unit == "years":
        return add_months(day, 12 * amount)
    return None


def add_span(moment: datetime, duration: Duration) -> datetime | None:
    """``moment`` plus the longest value of a duration in hours or days; None for 工作日 etc."""
    if duration.unit == "hours":
        return moment + timedelta(hours=duration.max)
    if duration.unit == "calendar_days":
        return moment + timedelta(days=duration.max)
    return None
