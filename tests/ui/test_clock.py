"""Time comes from one injected clock: moving it past midnight updates what depends on the date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mpreg_desktop.domain.case import SHANGHAI, new_case
from mpreg_desktop.domain.clock import SetClock
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.spans import add_months
from mpreg_desktop.storage.cases.casefile import write_case

LATE = dt.datetime(2026, 11, 20, 23, 59, tzinfo=SHANGHAI)


def expiries(document) -> list:
    return [p for p in document.derived().problems if p.code == "id_document.expires"]


def test_an_id_that_stops_being_valid_enough_at_midnight_is_flagged_without_an_edit(
    context, window, tmp_path: Path
) -> None:
    clock = SetClock(LATE)
    context.clock = clock
    margin = load_rules().filing.id_validity_margin.max
    case = new_case("到期提醒", now=LATE)
    # Valid for more than the margin today, exactly the margin from tomorrow: refused then.
    case.filing.subject_principal.id_valid_until = add_months(LATE.date(), margin) + dt.timedelta(
        days=1
    )
    path = tmp_path / "到期提醒.mpreg"
    write_case(path, case, LATE)
    assert window.open_case_file(path)
    document = window.document
    assert document.clock is clock and expiries(document) == []
    counts = window.case_view.header.problem_counts.text()
    refreshed: list[bool] = []
    document.derivedChanged.connect(lambda: refreshed.append(True))

    document.tick()  # a minute later, the same day: nothing to do
    assert refreshed == []
    clock.advance(minutes=2)  # 00:01 the next day
    document.tick()  # what the document's minute timer does
    assert refreshed == [True]
    assert [p.path for p in expiries(document)] == ["filing.subject_principal.id_valid_until"]
    assert window.case_view.header.problem_counts.text() != counts
    assert document.undo_stack.count() == 0 and not window.isWindowModified()


def test_new_history_entries_and_saves_take_the_clock_s_time(context, window, tmp_path) -> None:
    context.clock = SetClock(LATE)
    window.new_case()
    document = window.document
    assert document.case.created == LATE
    document.add_event("case.note", None)
    assert document.case.events[-1].at == LATE
    document.save(tmp_path / "新案例.mpreg")
    assert document.case.modified == LATE
