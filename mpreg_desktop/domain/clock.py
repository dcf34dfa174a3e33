"""The one source of the current time.

Everything that needs "now" asks a ``Clock`` it was given (the app context holds one, each case
document has it), so tests move time by hand (past midnight, past a deadline) instead of
depending on the hour they run. The app reads the time nowhere else
(``tests/test_architecture.py``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")  # the platform's time: deadlines count in 北京时间


class Clock:
    """The computer's clock, in Shanghai time, to the second."""

    def now(self) -> datetime:
        return datetime.now(SHANGHAI).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    def instant(self) -> datetime:
        """Now to the microsecond, in UTC: names that must differ between two saves in a second."""
        return datetime.now(UTC)


class SetClock(Clock):
    """A clock that shows the time it was set to, until moved (tests, benchmarks, demos)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment.astimezone(SHANGHAI)

    def now(self) -> datetime:
        return self.moment

    def instant(self) -> datetime:
        return self.moment.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


SYSTEM_CLOCK = Clock()
