"""Deadlines and milestones as an iCalendar file, for the phone's or the office's calendar.

Each item keeps the same UID across exports (case id + item id), and SEQUENCE grows with the
case's modification time, so importing a newer export updates the events instead of duplicating
them. Deadlines get reminders (VALARM) a day before, and two hours before when counted in hours.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import Case
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.domain.messages import counting_text, timeline_text, timeline_word
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.rules.provenance import UNCONFIRMED, shown_sources

PRODID = f"-//MP Reg Desktop//mpreg-desktop {__version__}//ZH"


def _alarm(before: timedelta, text: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def _sources_lines(item: TimelineItem, language: str) -> list[str]:
    """Official pages by title and address; anything else as the plain 行业资料 label (§0.3)."""
    shown = shown_sources(item.source, load_rules(), language)
    return [f"{s.title} {s.url}" if s.url else s.title for s in shown]


def _event(case: Case, item: TimelineItem, language: str, stamp: datetime) -> icalendar.Event:
    title = timeline_text(item, language)
    event = icalendar.Event()
    event.add("uid", f"{case.id}.{item.id}@mpreg-desktop")
    event.add("dtstamp", stamp)
    event.add("sequence", int(case.modified.timestamp()) // 60)
    event.add("summary", f"{case.name or case.subject.name}: {title}" if case.name else title)
    if item.unit == "hours":
        event.add("dtstart", item.due - timedelta(minutes=30))
        event.add("dtend", item.due)
    else:
        event.add("dtstart", item.at.date())
        event.add("dtend", item.due.date() + timedelta(days=1))
    lines = [timeline_word(item.state, language)]
    if item.estimate:
        lines.append(timeline_word("estimate", language))
    if counting_text(item.unit, language):
        lines.append(counting_text(item.unit, language))
    if item.uncertain:
        lines.append(UNCONFIRMED.get(language))
    lines += _sources_lines(item, language)
    event.add("description", "\n".join(lines))
    event.add("categories", [item.step.value])
    if item.kind == "deadline" and item.state != "done":
        event.add_component(_alarm(timedelta(days=1), title))
        if item.unit == "hours":
            event.add_component(_alarm(timedelta(hours=2), title))
    return event


def timeline_to_ics(case: Case, items: list[TimelineItem], language: str, now: datetime) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", case.name or case.subject.name or "MP Reg Desktop")
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for item in items:
        if item.kind != "event":
            calendar.add_component(_event(case, item, language, now))
    calendar.add_missing_timezones()
    return calendar.to_ical()
