"""PRC working days (工作日): statutory holidays and 调休 make-up days, as Chinese offices count.

Where each year's schedule comes from, first match wins:

1. the user's override file (an agency can enter next year's schedule the day the State Council
   publishes it, see :mod:`mpreg_desktop.storage.calendar_overrides`);
2. ``chinese_calendar`` for the years it has data for (it raises ``NotImplementedError`` outside
   them, so it is never called bare);
3. otherwise an **estimate**: Monday–Friday minus the statutory days of ``holidays.China``, which
   for unpublished years silently invents holidays without any 调休 make-up days. Every date
   computed with an estimated year is flagged, and the UI says "预计，节假日安排未公布".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import chinese_calendar


@dataclass(frozen=True)
class YearOverride:
    """One year's official schedule: extra days off, and weekend days that are working days."""

    days_off: frozenset[date] = frozenset()
    make_up_workdays: frozenset[date] = frozenset()


@cache
def _chinese_calendar_years() -> range:
    years = {d.year for d in chinese_calendar.holidays}
    return range(min(years), max(years) + 1)


@cache
def _statutory_days(year: int) -> frozenset[date]:
    # Imported here: importing holidays takes 20–45 ms (it loads importlib.metadata, dateutil and
    # its calendars), and only dates in years without a published schedule need it.
    import holidays

    return frozenset(holidays.China(years=year))


@dataclass(frozen=True)
class WorkdayCalendar:
    overrides: dict[int, YearOverride] = field(default_factory=dict)

    def is_estimate_year(self, year: int) -> bool:
        return year not in self.overrides and year not in _chinese_calendar_years()

    def is_workday(self, day: date) -> bool:
        override = self.overrides.get(day.year)
        if override is not None:
            if day in override.make_up_workdays:
                return True
            return day.weekday() < 5 and day not in override.days_off
        if day.year in _chinese_calendar_years():
            # chinese_calendar.is_workday's own rule on its own tables, without the year check it
            # makes on every call (min and max over all its dates: ~20 µs, 70% of a library
            # scan's timelines); the years were checked above. Tested against it for every day.
            if day in chinese_calendar.workdays:
                return True
            return day.weekday() < 5 and day not in chinese_calendar.holidays
        return day.weekday() < 5 and day not in _statutory_days(day.year)

    def next_workday(self, day: date, *, include_today: bool = True) -> date:
        current = day if include_today else day + timedelta(days=1)
        while not self.is_workday(current):
            current += timedelta(days=1)
        return current

    def add_workdays(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (the start day itself is not counted).

        ``count`` 0 gives ``start`` unchanged; negative counts go back in time.
        """
        step = 1 if count >= 0 else -1
        remaining = abs(count)
        current = start
        while remaining:
            current += timedelta(days=step)
            if self.is_workday(current):
                remaining -= 1
        return current

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end < start:
            return -self.workdays_between(end, start)
        days = (end - start).days
        return sum(1 for n in range(1, days + 1) if self.is_workday(start + timedelta(days=n)))

    def span_is_estimate(self, start: date, end: date) -> bool:
        """True when any year between the two dates has no published schedule here."""
        low, high = sorted((start, end))
        return any(self.is_estimate_year(year) for year in range(low.year, high.year + 1))
