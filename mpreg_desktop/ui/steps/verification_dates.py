"""Dates that follow from a verification's recorded dates and the rules' durations.

Only calendar units are counted here (days, months, years); a span in 工作日 needs the working-day
calendar and is shown as words instead.
"""

from __future__ import annotations

import datetime as dt

from mpreg_desktop.domain.checks import add_months
from mpreg_desktop.domain.rules import Duration


def add_calendar(day: dt.date, duration: Duration, *, backwards: bool = False) -> dt.date | None:
    """``day`` moved by the longest value of ``duration``; None for hours and working days."""
    amount = -duration.max if backwards else duration.max
    if duration.unit == "calendar_days":
        return day + dt.timedelta(days=amount)
    if duration.unit == "months":
        return add_months(day, amount)
    if duration.unit == "years":
        return add_months(day, 12 * amount)
    return None
