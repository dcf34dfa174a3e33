"""Deadlines on screen: header countdown, banner, timeline dock, tray reminders, calendar export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog

from mpreg_desktop.domain.case import FilingStage, Step, SubjectType, new_case, now_shanghai
from mpreg_desktop.storage.cases.casefile import write_case
from tests.ui.helpers import seen_timeline


@pytest.fixture
def sms_case(tmp_path: Path) -> Path:
    """A case whose MIIT SMS arrived 22 hours ago: two hours left to verify."""
    case = new_case("短信核验案例")
    case.subject.type = SubjectType.ENTERPRISE
    case.filing.sms_received_at = now_shanghai() - timedelta(hours=22)
    path = tmp_path / "sms.mpreg"
    write_case(path, case)
    return path


def test_header_shows_countdown_and_banner_alerts(window, sms_case: Path) -> None:
    window.open_case_file(sms_case)
    header = window.case_view.header
    text = header.deadline.text()
    assert "MIIT SMS verification due" in text
    assert "h" in text and "left" in text and ("1 h" in text or "2 h" in text)
    assert window.case_view.banner.isVisibleTo(window)
    assert "MIIT SMS" in window.case_view.banner.text.text()


def test_no_banner_without_urgent_deadlines(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    assert not window.case_view.banner.isVisibleTo(window)
    assert not window.case_view.header.deadline.isVisibleTo(window)


def test_overdue_turns_red_and_states_follow_the_clock(window, qtbot, tmp_path: Path) -> None:
    case = new_case("逾期案例")
    case.filing.sms_received_at = now_shanghai() - timedelta(hours=25)
    path = tmp_path / "late.mpreg"
    write_case(path, case)
    window.open_case_file(path)
    assert "overdue" in window.case_view.header.deadline.text()
    dock = seen_timeline(window, qtbot)
    rows = [dock.topLevelItem(i) for i in range(dock.topLevelItemCount())]
    sms = next(r for r in rows if "MIIT SMS" in r.text(1))
    assert sms.text(2).startswith("overdue")
    assert sms.foreground(1).color().name() == "#c62828"
    assert any(r.text(1) == "Today" for r in rows)


def test_timeline_item_opens_its_step(window, sms_case: Path, qtbot) -> None:
    window.open_case_file(sms_case)
    dock = seen_timeline(window, qtbot)
    row = next(
        dock.topLevelItem(i)
        for i in range(dock.topLevelItemCount())
        if "MIIT SMS" in dock.topLevelItem(i).text(1)
    )
    dock.itemActivated.emit(row, 0)
    filing = list(Step).index(Step.FILING)
    qtbot.waitUntil(lambda: window.case_view.tabs.currentIndex() == filing, timeout=1000)


def test_recorded_stage_updates_timeline(window, qtbot, sample_path: Path) -> None:
    from mpreg_desktop.domain.case import StageRecord

    window.open_case_file(sample_path)
    record = StageRecord(stage=FilingStage.AUTHORITY_REVIEW, started=now_shanghai())
    window.document.set_field("filing.stages", [record])
    dock = seen_timeline(window, qtbot)
    texts = [dock.topLevelItem(i).text(1) for i in range(dock.topLevelItemCount())]
    assert "Communications authority review result" in texts


def test_tray_reminders_announce_once(window, sms_case: Path) -> None:
    window.open_case_file(sms_case)
    reminders = window.reminders
    first = reminders.check()
    assert len(first) == 1 and "MIIT SMS" in first[0]
    assert reminders.check() == []  # already announced


def test_export_calendar(window, sms_case: Path, tmp_path: Path, monkeypatch) -> None:
    window.open_case_file(sms_case)
    target = tmp_path / "deadlines"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_calendar_action.trigger()
    first = icalendar.Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    events = first.walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtend") == window.document.case.filing.sms_received_at + timedelta(
        hours=24
    )
    assert len(events[0].walk("VALARM")) == 2
    window.export_calendar_action.trigger()
    again = icalendar.Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    assert [e["uid"] for e in again.walk("VEVENT")] == [e["uid"] for e in events]


def test_bad_override_file_is_reported_not_fatal(context, qtbot, sample_path: Path) -> None:
    context.paths.config_dir.mkdir(parents=True, exist_ok=True)
    (context.paths.config_dir / "holidays.json").write_text("{broken", encoding="utf-8")
    window = context.new_window()
    window.open_case_file(sample_path)
    assert window.calendar_warning.isVisibleTo(window)
    assert "holidays.json" in window.calendar_warning.text()
    assert window.document.calendar.is_estimate_year(2027)


def test_override_file_is_used_by_the_window(context, tmp_path: Path) -> None:
    import json

    context.paths.config_dir.mkdir(parents=True, exist_ok=True)
    override = {"2027": {"days_off": ["2027-01-04"], "make_up_workdays": []}}
    (context.paths.config_dir / "holidays.json").write_text(json.dumps(override), "utf-8")
    window = context.new_window()
    case = new_case("x")
    path = tmp_path / "x.mpreg"
    write_case(path, case)
    window.open_case_file(path)
    calendar = window.document.calendar
    assert not calendar.is_estimate_year(2027) and not calendar.is_workday(date(2027, 1, 4))
    assert not window.calendar_warning.isVisibleTo(window)


def test_done_items_are_listed_before_today(window, qtbot, sample_path: Path) -> None:
    """平台初审 answered at once: done, so before 今天, though its usual time is still ahead."""
    from mpreg_desktop.domain.case import Outcome, StageRecord

    window.open_case_file(sample_path)
    started = now_shanghai() - timedelta(hours=1)
    record = StageRecord(
        stage=FilingStage.PLATFORM_REVIEW, started=started, ended=started, outcome=Outcome.PASSED
    )
    window.document.set_field("filing.stages", [record])
    dock = seen_timeline(window, qtbot)
    texts = [dock.topLevelItem(i).text(1) for i in range(dock.topLevelItemCount())]
    review = texts.index("Platform review result")
    assert review < texts.index("Today")
    assert dock.topLevelItem(review).text(2).startswith("done")


def test_banner_says_later_than_expected_for_an_authority(window, sample_path: Path) -> None:
    """通管局 past its usual time is 超出预计 (as the dock says), not 已逾期: no duty is late."""
    from mpreg_desktop.domain.case import StageRecord

    window.open_case_file(sample_path)
    record = StageRecord(
        stage=FilingStage.AUTHORITY_REVIEW, started=now_shanghai() - timedelta(days=60)
    )
    window.document.set_field("filing.stages", [record])
    now = now_shanghai()
    window.case_view.banner.show_alerts(window.document.timeline(now), now)
    text = window.case_view.banner.text.text()
    assert "Communications authority review result" in text
    assert "later than expected" in text and "overdue" not in text


def test_a_long_history_lists_the_newest_entries_and_counts_the_rest(
    window, qtbot, tmp_path
) -> None:
    """20,000 events (years of history) once froze the window for minutes in this dock."""
    from mpreg_desktop.domain.case import Event
    from mpreg_desktop.ui.docks.timeline_dock import MAX_EVENTS

    case = new_case("长历史")
    start = now_shanghai() - timedelta(days=400)
    case.events = [
        Event(at=start + timedelta(minutes=n), kind="case.created") for n in range(20_000)
    ]
    path = tmp_path / "long.mpreg"
    write_case(path, case)
    window.open_case_file(path)
    view = seen_timeline(window, qtbot)
    texts = [view.topLevelItem(i).text(1) for i in range(view.topLevelItemCount())]
    assert texts[0] == f"{20_000 - MAX_EVENTS} earlier entries not shown"
    assert view.topLevelItemCount() < MAX_EVENTS + 50
    assert "Today" in texts


def test_the_timeline_behind_the_checklist_is_listed_once_its_tab_is_chosen(
    window, qtbot, sample_path: Path
) -> None:
    """Behind the 清单 (the first layout) nobody sees the list: listing it at start-up cost ~3 ms
    before the first frame and more at every edit; it is listed when its tab is chosen."""
    window.open_case_file(sample_path)
    qtbot.waitExposed(window)
    qtbot.wait(50)
    view = window.docks["timeline"].widget()
    assert window.docks["checklist"].widget().visibleRegion().isEmpty() is False
    assert view.topLevelItemCount() == 0
    window.document.set_field("notes", "编辑不会列出看不见的时间线")
    qtbot.wait(50)
    assert view.topLevelItemCount() == 0
    assert seen_timeline(window, qtbot) is view
    assert any(view.topLevelItem(i).text(1) == "Today" for i in range(view.topLevelItemCount()))
    window.docks["checklist"].raise_()  # behind again: an edit marks it out of date only
    qtbot.waitUntil(lambda: view.visibleRegion().isEmpty())
    window.document.set_field("mini_program.name", "星光咖啡外卖")
    assert view._stale


def test_the_banner_follows_the_clock_until_dismissed(context, window, tmp_path: Path) -> None:
    """An agency keeps a case open all day: the time left moved on only in the header, and the
    banner's "18 h 35 min left" stayed as it was when the case opened."""
    from mpreg_desktop.domain.clock import SetClock

    clock = SetClock(now_shanghai())
    context.clock = clock
    case = new_case("短信核验案例")
    case.subject.type = SubjectType.ENTERPRISE
    case.filing.sms_received_at = clock.now() - timedelta(hours=22)  # 2 h left
    path = tmp_path / "sms.mpreg"
    write_case(path, case)
    window.open_case_file(path)
    banner = window.case_view.banner
    assert "2 h 0 min left" in banner.text.text() and banner.ticker.isActive()
    clock.advance(minutes=90)
    banner.ticker.timeout.emit()
    assert "0 h 30 min left" in banner.text.text()
    clock.advance(hours=1)
    banner.ticker.timeout.emit()
    assert "overdue" in banner.text.text()
    banner.close_button.click()  # dismissed: it stays so
    banner.ticker.timeout.emit()
    assert banner.isHidden() and not banner.ticker.isActive()
    now = clock.now()
    banner.show_alerts(window.document.timeline(now), now, window.document)
    assert not banner.isHidden()
    window.document.set_field("filing.sms_received_at", None)  # nothing urgent left
    banner.ticker.timeout.emit()
    assert banner.isHidden() and not banner.ticker.isActive()
