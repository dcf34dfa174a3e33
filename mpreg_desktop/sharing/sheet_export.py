"""The case library as an ``.xlsx`` sheet for Excel and WPS: one row per case, and every open
deadline across the cases on a second sheet, sorted by date.

Dates are real spreadsheet dates (in Beijing time, without a zone: sheets have none), headers
are in the user's language, the header row is frozen and columns have widths that fit Chinese
text. Personal numbers (the admin's phone) are masked unless asked for in full. openpyxl is
imported here only, when a sheet is written: never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mpreg_desktop.domain.case import SHANGHAI, Case, FilingStage, Outcome
from mpreg_desktop.domain.checks.identifiers import mask
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.messages import catalog, due_text, timeline_text, timeline_word
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.sharing.words import word
from mpreg_desktop.storage.cases.casefile import CaseFileError, read_case
from mpreg_desktop.storage.library.summary import CaseSummary

DATE_FORMAT = "yyyy-mm-dd hh:mm"
CASE_COLUMNS = (
    ("case", 24),
    ("subject", 30),
    ("subject_type", 12),
    ("code", 22),
    ("mini_program", 20),
    ("admin_phone", 15),
    ("step", 11),
    ("progress", 9),
    ("next_deadline", 34),
    ("due", 17),
    ("time_left", 16),
    ("verification", 22),
    ("filing", 22),
    ("filing_number", 24),
    ("modified", 17),
    ("file", 40),
)
DEADLINE_COLUMNS = (
    ("due", 17),
    ("deadline", 44),
    ("time_left", 16),
    ("state", 10),
    ("case", 24),
    ("subject", 30),
    ("file", 40),
)


@dataclass
class SheetReport:
    path: Path
    cases: int
    deadlines: int
    broken: int


class Percent(float):
    """A share written as a percentage cell (0.5 shows as 50%)."""


def _plain(moment: datetime | None) -> datetime | None:
    """A time as a sheet holds it: Beijing wall-clock time without a zone, whole minutes."""
    if moment is None:
        return None
    return moment.astimezone(SHANGHAI).replace(tzinfo=None, second=0, microsecond=0)


def _verification_state(case: Case, rules: Rules, language: str) -> str:
    method = case.verification.method
    if method is None:
        return word(language, "values", "not_chosen")
    label = rules.verification.method(method).label.get(language)
    outcome = {
        "bank_transfer": case.verification.bank_transfer.outcome,
        "wechat_certification": case.verification.certification.outcome,
        "legal_rep_face": case.verification.face.outcome,
    }[method.value]
    return f"{label}：{word(language, 'values', outcome.value)}"


def _filing_state(case: Case, rules: Rules, language: str) -> str:
    if case.filing.filing_number:
        return word(language, "values", "filed")
    if not case.filing.stages:
        return word(language, "values", "not_started")
    last = case.filing.stages[-1]
    if last.stage == FilingStage.DONE and last.outcome == Outcome.PASSED:
        return word(language, "values", "filed")
    label = rules.filing.stage(last.stage).label.get(language)
    return f"{label}：{word(language, 'values', last.outcome.value)}"


def _step_word(summary: CaseSummary, language: str) -> str:
    if summary.current_step is None:
        return word(language, "values", "all_done")
    return catalog()["steps"][summary.current_step.value]["zh" if language[:2] == "zh" else "en"]


def _write(sheet: Any, rows: list[list[Any]], columns: Sequence[tuple[str, int]], lang: str):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for index, (_key, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    # Printed from Excel or WPS: landscape, every column on the page's width, the header repeated.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 in the OOXML numbering
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    header = []
    for key, _width in columns:
        cell = WriteOnlyCell(sheet, value=word(lang, "columns", key))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    formats = {datetime: DATE_FORMAT, Percent: "0%"}
    for row in rows:
        # Plain values cost a third of a styled cell: only dates and shares get a format.
        cells = list(row)
        for index, value in enumerate(row):
            number_format = formats.get(type(value))
            if number_format:
                cells[index] = WriteOnlyCell(sheet, value=value)
                cells[index].number_format = number_format
        sheet.append(cells)


def export_library(
    summaries: Sequence[CaseSummary],
    target: Path,
    rules: Rules,
    calendar: WorkdayCalendar,
    now: datetime,
    *,
    language: str,
    unmasked: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> SheetReport:
    """Write the given cases (the whole library or a filtered view) to ``target`` atomically."""
    from openpyxl import Workbook

    from mpreg_desktop.storage.atomic import atomic_writer
    from mpreg_desktop.storage.library.index import MemoCalendar

    # Thousands of timelines ask about the same few hundred days: remember each answer.
    calendar = MemoCalendar(calendar.overrides)
    case_rows: list[list[Any]] = []
    deadline_rows: list[list[Any]] = []
    broken = 0
    for number, summary in enumerate(summaries, start=1):
        if progress is not None:
            progress(number, len(summaries))
        case = None
        if not summary.broken:
            try:
                case = read_case(summary.path)
            except CaseFileError:
                case = None
        if case is None:
            broken += 1
            case_rows.append(
                [summary.label, word(language, "values", "broken")]
                + [None] * 13
                + [str(summary.path)]
            )
            continue
        case_rows.append(_case_row(summary, case, rules, now, language, unmasked))
        for item in build_timeline(case, rules, calendar, now):
            if item.kind == "event" or item.state == "done":
                continue
            deadline_rows.append(
                [
                    _plain(item.due),
                    timeline_text(item, language),
                    due_text(item, now, language),  # an authority late is 超出预计
                    timeline_word(item.state, language)
                    + (f"（{word(language, 'columns', 'estimate')}）" if item.estimate else ""),
                    summary.label,
                    case.subject.name,
                    str(summary.path),
                ]
            )
    deadline_rows.sort(key=lambda row: (row[0], row[4]))

    book = Workbook(write_only=True)
    _write(book.create_sheet(word(language, "cases_sheet")), case_rows, CASE_COLUMNS, language)
    _write(
        book.create_sheet(word(language, "deadlines_sheet")),
        deadline_rows,
        DEADLINE_COLUMNS,
        language,
    )
    with atomic_writer(Path(target)) as stream:
        book.save(stream)
    return SheetReport(Path(target), len(case_rows), len(deadline_rows), broken)


def _case_row(
    summary: CaseSummary,
    case: Case,
    rules: Rules,
    now: datetime,
    language: str,
    unmasked: bool,
) -> list[Any]:
    deadline = summary.deadline
    phone = case.account.admin.phone
    kind = case.subject.type
    type_label = rules.subjects.get(kind).label.get(language) if kind else ""
    return [
        summary.label,
        case.subject.name,
        type_label,
        case.subject.code,
        case.mini_program.name,
        phone if unmasked else mask(phone),
        _step_word(summary, language),
        Percent(summary.done / summary.total) if summary.total else None,
        timeline_text(deadline, language) if deadline else "",
        _plain(deadline.due) if deadline else None,
        due_text(deadline, now, language) if deadline else "",
        _verification_state(case, rules, language),
        _filing_state(case, rules, language),
        case.filing.filing_number,
        _plain(case.modified),
        str(summary.path),
    ]
