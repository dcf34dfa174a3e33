"""Signature lines never sit alone at the top of a page: they keep with the item they sign."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from mpreg_desktop.domain.case import new_case, now_shanghai
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.printing import footer, sheet_html
from mpreg_desktop.printing.content import KEPT
from mpreg_desktop.printing.document import PrintedSheet, pdf_writer, write_pdf
from tests.printing.test_pdf import page_count, pdf_text, plain
from tests.support import require_chinese_font, require_tools

SIGNATURES = ("交付方（客户）签字", "接收方签字")


@pytest.fixture(autouse=True)
def tools(qapp) -> None:
    require_tools("pdftotext", "pdfinfo")
    require_chinese_font()


def block_pages(html: str) -> list[tuple[str, int]]:
    """Each non-empty block's text and the page (from 0) it starts on, as laid out for PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    sheet = PrintedSheet(html, writer, lambda page, total: "")
    assert sheet.page_count >= 1  # lays the document out in full, as painting does
    layout = sheet.document.documentLayout()
    found, block = [], sheet.document.begin()
    while block.isValid():
        if block.text().strip():
            top = layout.blockBoundingRect(block).top()
            found.append((block.text(), int(top // sheet.page_height)))
        block = block.next()
    return found


def with_filler(html: str, count: int) -> str:
    filler = "".join(f'<p class="item">☐ 补充材料{n:02d}号</p>' for n in range(count))
    return html.replace("<body>", "<body>" + filler, 1)


def signature_page(pages: list[tuple[str, int]]) -> tuple[int, int]:
    """The first signature line's page and the page of the block before it."""
    index = next(i for i, (text, _) in enumerate(pages) if SIGNATURES[0] in text)
    return pages[index][1], pages[index - 1][1]


def test_handover_signatures_keep_with_the_last_tip(tmp_path: Path) -> None:
    """Search the filler length that, unmarked, leaves both signature lines alone on the next
    page; marked (as the sheet prints them), the last face-check tip moves there with them."""
    case = new_case()
    html = sheet_html("handover", case, load_rules(), [], language="zh_CN", printed=now_shanghai())
    assert html.count(KEPT) == 2
    unmarked = html.replace(KEPT, "")
    for count in range(60):
        sig, before = signature_page(block_pages(with_filler(unmarked, count)))
        if sig != before:
            break
    else:
        pytest.fail("no filler length puts the signatures on a page of their own")
    sheet = with_filler(html, count)
    sig, before = signature_page(block_pages(sheet))
    assert sig == before, "the signatures start a page without the item they sign"

    out = tmp_path / "handover.pdf"
    pages = write_pdf(sheet, out, footer(case, "zh_CN"))
    assert page_count(out) == pages >= 2
    last_tip = plain(load_rules().filing.face_check_tips[-1].text.zh)
    for page in range(1, pages + 1):
        text = plain(pdf_text(out, page))
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"页\s*/\s*共", line)]
        assert not all(any(s in line for s in SIGNATURES) for line in body), (
            f"page {page} holds only signature lines"
        )
        if SIGNATURES[0] in text:
            assert SIGNATURES[1] in text, "the two signature lines are split"
            assert last_tip in text.replace(" ", ""), "the last tip is not with the signatures"


def test_payment_request_signatures_stay_together(enterprise_case) -> None:
    """Three signature lines after a table: they go to the next page together, never split."""
    html = sheet_html(
        "payment_request",
        enterprise_case,
        load_rules(),
        [],
        language="zh_CN",
        printed=now_shanghai(),
    )
    assert html.count(KEPT) == 3
    labels = ("申请人", "部门负责人", "财务")
    for count in range(80):
        pages = block_pages(with_filler(html, count))
        on = {next(p for t, p in pages if t.strip().startswith(label)) for label in labels}
        assert len(on) == 1, f"signature lines split across pages with {count} filler items"
        if on != {0}:
            return
    pytest.fail("the filler never pushed the signatures to a second page")


def test_a_group_taller_than_a_page_lets_its_head_go() -> None:
    """A note taller than a page cannot stay with the signature lines under it: the note breaks
    where it must, yet the two signature lines still stay together, and pagination ends."""

    def sheet(lines: int, kept: str) -> str:
        note = "<br/>".join(f"备注第{n}行" for n in range(lines))
        return (
            f'<html><body><p class="item">{note}</p>'
            f'<p class="item" {kept}><br/><br/>签字 ____</p>'
            f'<p class="item" {kept}><br/><br/>日期 ____</p></body></html>'
        )

    for lines in range(60, 200):
        unmarked = block_pages(sheet(lines, ""))
        if unmarked[-2][1] != unmarked[-1][1]:
            break
    else:
        pytest.fail("no note length splits the unmarked signature lines")
    pages = block_pages(sheet(lines, KEPT))
    assert pages[-2][0].strip().startswith("签字") and pages[-1][0].strip().startswith("日期")
    assert pages[-2][1] == pages[-1][1], "the signature lines are split"
