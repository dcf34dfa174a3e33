"""Printing: the 清单, the 材料交接单 and the 付款申请单, on paper (print preview) and as PDF.

``content`` builds each sheet's HTML without Qt; ``document`` lays it out on a printer. This module
joins them for the GUI and the ``checklist --pdf`` command.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from mpreg_desktop.domain.case import Case
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.domain.rules.model import Rules

SheetKind = Literal["checklist", "handover", "payment_request"]


def sheet_html(
    kind: SheetKind,
    case: Case,
    rules: Rules,
    timeline: list[TimelineItem],
    *,
    language: str,
    printed: datetime,
    unmasked: bool = False,
) -> str:
    from mpreg_desktop.printing.content import checklist_html, handover_html

    if kind == "payment_request":
        from mpreg_desktop.printing.payment_request import payment_request_html

        return payment_request_html(
            case, rules, timeline, language=language, printed=printed, unmasked=unmasked
        )
    if kind == "handover":
        return handover_html(case, rules, language=language, printed=printed, unmasked=unmasked)
    return checklist_html(
        case, rules, timeline, language=language, printed=printed, unmasked=unmasked
    )


def footer(case: Case, language: str):
    """The footer painter's text: "第 x 页 / 共 y 页" with the case name."""
    from mpreg_desktop.printing.content import words

    template = words()["page"]["zh" if language.startswith("zh") else "en"]

    def text(page: int, pages: int) -> str:
        number = template.format(page=page, pages=pages)
        return f"{case.name}　　{number}" if case.name else number

    return text


def export_pdf(html: str, path: Path, case: Case, language: str, inputs=()) -> int:
    """Write the sheet as PDF (never over one of ``inputs``); raises OutputError or OSError."""
    from mpreg_desktop.printing.document import write_pdf

    return write_pdf(html, path, footer(case, language), inputs)
