"""The user's holiday override file: next year's schedule before the app knows it.

``holidays.json`` in the config folder, one entry per year::

    {
      "2027": {
        "days_off": ["2027-01-01", "2027-02-06", "..."],
        "make_up_workdays": ["2027-02-14", "..."]
      }
    }

``days_off`` are the statutory holidays and bridge days (weekdays off); ``make_up_workdays`` are the
Saturdays and Sundays that are working days (调休上班). A year listed here replaces everything the
app knows about that year. A malformed file is reported and ignored, never fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mpreg_desktop.domain.workdays import WorkdayCalendar, YearOverride
from mpreg_desktop.storage.small_files import read_small_file

FILE_NAME = "holidays.json"
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class LoadedCalendar:
    calendar: WorkdayCalendar
    error: str | None = None  # why the override file was ignored, for the user


def _dates(value: object, year: int, where: str) -> frozenset[date]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list of dates")
    days = set()
    for item in value:
        if not isinstance(item, str):
            raise ValueError(f"{where}: {item!r} is not a date")
        try:
            day = date.fromisoformat(item)
        except ValueError:
            raise ValueError(f"{where}: {item!r} is not a YYYY-MM-DD date") from None
        if day.year != year:
            raise ValueError(f"{where}: {item} is not in {year}")
        days.add(day)
    return frozenset(days)


def parse_overrides(text: str) -> dict[int, YearOverride]:
    document = json.loads(text)
    if not isinstance(document, dict):
        raise ValueError("the file must hold an object with one entry per year")
    overrides = {}
    for key, entry in document.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise ValueError(f"{key!r} is not a year")
        year = int(key)
        if not isinstance(entry, dict) or set(entry) - {"days_off", "make_up_workdays"}:
            raise ValueError(f"{key}: expected days_off and make_up_workdays")
        off = _dates(entry.get("days_off", []), year, f"{key}.days_off")
        work = _dates(entry.get("make_up_workdays", []), year, f"{key}.make_up_workdays")
        overrides[year] = YearOverride(days_off=off, make_up_workdays=work)
    return overrides


def load_calendar(config_dir: Path) -> LoadedCalendar:
    """The working-day calendar with the user's overrides, or without them if the file is bad."""
    path = config_dir / FILE_NAME
    try:
        text = read_small_file(path, MAX_BYTES).decode("utf-8")
    except FileNotFoundError:
        return LoadedCalendar(WorkdayCalendar())
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedCalendar(WorkdayCalendar(), f"{path}: {exc}")
    try:
        return LoadedCalendar(WorkdayCalendar(parse_overrides(text)))
    except (ValueError, RecursionError) as exc:
        return LoadedCalendar(WorkdayCalendar(), f"{path}: {exc}")
