"""Working days across 国庆, 春节 and 调休 days, into an estimated year, and with overrides."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from mpreg_desktop.domain.workdays import WorkdayCalendar, YearOverride
from mpreg_desktop.storage.calendar_overrides import load_calendar

CAL = WorkdayCalendar()


@pytest.mark.parametrize(
    ("day", "workday"),
    [
        (date(2026, 9, 20), True),  # Sunday, 调休 for 国庆
        (date(2026, 10, 1), False),
        (date(2026, 10, 7), False),
        (date(2026, 10, 8), True),
        (date(2026, 10, 10), True),  # Saturday, 调休
        (date(2026, 2, 14), True),  # Saturday before 春节, 调休
        (date(2026, 2, 16), False),  # 春节
        (date(2026, 2, 23), False),
        (date(2026, 2, 28), True),  # Saturday, 调休
        (date(2025, 1, 26), True),  # Sunday, 调休 for 春节 2025
        (date(2025, 1, 29), False),  # 春节 2025
        (date(2025, 2, 8), True),  # Saturday, 调休
        (date(2025, 10, 8), False),  # 国庆 2025 (1–8 October)
        (date(2025, 9, 28), True),  # Sunday, 调休
        (date(2025, 10, 11), True),  # Saturday, 调休
        (date(2026, 11, 21), False),  # an ordinary Saturday
    ],
)
def test_known_days(day: date, workday: bool) -> None:
    assert CAL.is_workday(day) is workday
    assert not CAL.is_estimate_year(day.year)


def test_authority_review_20_workdays_across_national_day() -> None:
    """通管局 review from 2026-09-28: the 20th working day counts 10-10 and skips 10-1…10-7."""
    assert CAL.add_workdays(date(2026, 9, 28), 20) == date(2026, 10, 30)
    assert CAL.add_workdays(date(2026, 9, 28), 1) == date(2026, 9, 29)
    assert CAL.add_workdays(date(2026, 9, 28), 3) == date(2026, 10, 8)
    assert CAL.add_workdays(date(2026, 9, 28), 5) == date(2026, 10, 10)
    assert CAL.workdays_between(date(2026, 9, 28), date(2026, 10, 30)) == 20


def test_refund_10_workdays_across_spring_festival() -> None:
    # Paid Friday 2026-02-13: 2-14 (Sat, 调休) is the 1st working day, then 2-24 onwards.
    assert CAL.add_workdays(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert CAL.add_workdays(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert CAL.add_workdays(date(2026, 2, 13), 10) == date(2026, 3, 5)  # 2-28 is 调休 too


def test_next_workday_and_negative_counts() -> None:
    assert CAL.next_workday(date(2026, 10, 1)) == date(2026, 10, 8)
    assert CAL.next_workday(date(2026, 10, 8)) == date(2026, 10, 8)
    assert CAL.next_workday(date(2026, 10, 8), include_today=False) == date(2026, 10, 9)
    assert CAL.add_workdays(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert CAL.workdays_between(date(2026, 10, 30), date(2026, 9, 28)) == -20


def test_year_boundary_into_estimated_year() -> None:
    assert CAL.is_estimate_year(2027)
    assert CAL.is_workday(date(2027, 1, 1)) is False  # statutory New Year's Day
    assert CAL.is_workday(date(2027, 1, 4)) is True
    assert CAL.add_workdays(date(2026, 12, 30), 2) == date(2027, 1, 4)
    assert CAL.span_is_estimate(date(2026, 12, 30), date(2027, 1, 4))
    assert not CAL.span_is_estimate(date(2026, 9, 28), date(2026, 10, 30))


def test_override_takes_precedence() -> None:
    override = YearOverride(
        days_off=frozenset({date(2027, 1, 4)}), make_up_workdays=frozenset({date(2027, 1, 9)})
    )
    cal = WorkdayCalendar({2027: override})
    assert not cal.is_estimate_year(2027)
    assert cal.is_workday(date(2027, 1, 4)) is False
    assert cal.is_workday(date(2027, 1, 9)) is True  # a Saturday made a working day
    assert cal.is_workday(date(2027, 1, 1)) is True  # the override replaces the whole year


def test_override_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "holidays.json").write_text(
        '{"2027": {"days_off": ["2027-01-04"], "make_up_workdays": ["2027-01-09"]}}',
        encoding="utf-8",
    )
    loaded = load_calendar(tmp_path)
    assert loaded.error is None
    assert loaded.calendar.is_workday(date(2027, 1, 9))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"twenty": {}}',
        '{"2027": {"days_off": ["2027-13-01"]}}',
        '{"2027": {"days_off": ["2026-01-01"]}}',
        '{"2027": {"holidays": []}}',
        '{"2027": {"days_off": "2027-01-01"}}',
    ],
)
def test_malformed_override_is_reported_and_ignored(tmp_path: Path, text: str) -> None:
    path = tmp_path / "holidays.json"
    path.write_text(text, encoding="utf-8")
    loaded = load_calendar(tmp_path)
    assert loaded.error and "holidays.json" in loaded.error
    assert loaded.calendar.is_estimate_year(2027)
    assert path.read_text(encoding="utf-8") == text


def test_missing_override_file_is_fine(tmp_path: Path) -> None:
    assert load_calendar(tmp_path).error is None


def test_every_day_of_the_published_years_as_chinese_calendar_says() -> None:
    """The calendar applies chinese_calendar's rule to its tables itself (its is_workday checks
    the year against all its dates on every call); the answers must stay the same."""
    import chinese_calendar

    years = sorted({d.year for d in chinese_calendar.holidays})
    calendar = WorkdayCalendar()
    day, last = date(years[0], 1, 1), date(years[-1], 12, 31)
    while day <= last:
        assert calendar.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
