"""A material whose scan or validity has an error is not ready anywhere: its state, the 清单 dock,
the progress and the printed checklist all say it is not usable, and why."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mpreg_desktop.domain.case import (
    Attachment,
    MaterialItem,
    MaterialState,
    Route,
    ScanResult,
    Step,
    SubjectType,
    new_case,
)
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.printing.content import checklist_html
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.docks.checklist_dock import ROLE_ITEM
from mpreg_desktop.ui.steps.materials.page import STATE, UNUSABLE


def grey_scan_case():
    case = new_case("面馆小程序")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    case.subject.route = Route.OFFICIAL_SITE
    scan = Attachment(
        path="id-grey.jpg",
        size=20_000,
        sha256="0" * 64,
        added=datetime(2026, 11, 1, tzinfo=UTC),
        scan=ScanResult(format="jpg", width=300, height=200, colour=False),
    )
    case.materials = [
        MaterialItem(key="legal_rep_id", state=MaterialState.READY, attachments=[scan]),
        MaterialItem(key="business_licence", state=MaterialState.READY),
    ]
    return case


def test_domain_does_not_count_an_unusable_material() -> None:
    items = {i.id: i for i in build_checklist(grey_scan_case(), load_rules())}
    assert items["business_licence"].done
    rejected = items["legal_rep_id"]
    assert not rejected.done
    assert [p.code for p in rejected.unusable] == ["attachment.black_white"]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_printed_checklist_says_why_instead_of_a_tick(language) -> None:
    html = checklist_html(
        grey_scan_case(), load_rules(), [], language=language, printed=datetime.now(UTC)
    )
    label = (
        "法定代表人/经营者身份证" if language == "zh_CN" else "ID card of the legal representative"
    )
    line = next(part for part in html.split('<p class="item">') if label in part[:60])
    assert line.startswith("☐")
    assert ("不能使用" if language == "zh_CN" else "not usable") in line


def test_window_shows_it_not_ready(window, tmp_path: Path) -> None:
    path = tmp_path / "grey.mpreg"
    write_case(path, grey_scan_case())
    window.open_case_file(path)
    done, _total = window.document.derived().progress
    assert done == 1  # the licence only
    dock = window.docks["checklist"].widget()
    rows = [
        dock.topLevelItem(g).child(c)
        for g in range(dock.topLevelItemCount())
        for c in range(dock.topLevelItem(g).childCount())
    ]
    row = next(r for r in rows if r.data(0, ROLE_ITEM).id == "legal_rep_id")
    assert row.checkState(0) == Qt.CheckState.Unchecked
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert row.text(0).endswith("(error)") and not row.icon(0).isNull()
    assert "colour" in row.toolTip(0) or "color" in row.toolTip(0).lower()
    window.case_view.show_step(Step.MATERIALS)
    page = window.case_view.pages[Step.MATERIALS]
    index = [i.id for i in page.items].index("legal_rep_id")
    combo = page.table.cellWidget(index, STATE)
    assert combo.currentData() == UNUSABLE
    combo.setCurrentIndex(combo.findData(MaterialState.READY))
    combo.activated.emit(combo.currentIndex())  # choosing 已准备 again does not hide the error
    assert combo.currentData() == UNUSABLE
