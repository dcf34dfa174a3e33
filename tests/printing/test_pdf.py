"""Real PDFs: Chinese text and fonts embedded, masking, page footers, no split items."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mpreg_desktop.cli import main
from mpreg_desktop.printing.document import write_pdf
from mpreg_desktop.storage.cases.casefile import write_case
from tests.support import require_chinese_font, require_tools


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture(autouse=True)
def tools(qapp) -> None:
    require_tools("pdftotext", "pdffonts", "pdftoppm", "pdfinfo")
    require_chinese_font()


# Qt's PDF text map sends a few glyphs that Noto CJK shares with radicals to the radical's code
# point (页 comes back as ⻚). The page shows the right character; for reading it back, fold them.
RADICALS = str.maketrans(
    "⻚⻓⻅⻔⻋⻝⻛⻢⻉⻜⻬⻮⻰⻳⻄⻈⻤⻘⻩", "页长见门车食风马贝飞齐齿龙龟西讠钅青黄"
)


def plain(text: str) -> str:
    """The text as typed: compatibility forms (⼩ for 小) and radicals folded, spaces dropped."""
    return unicodedata.normalize("NFKC", text).translate(RADICALS)


@pytest.mark.parametrize("sheet", ["checklist", "handover"])
@pytest.mark.parametrize("which", ["enterprise_case", "personal_case"])
def test_sheets_via_cli(sheet, which, request, tmp_path: Path, capsys) -> None:
    case = request.getfixturevalue(which)
    source = tmp_path / "case.mpreg"
    write_case(source, case)
    out = tmp_path / f"{sheet}.pdf"
    assert (
        main(["checklist", str(source), "--pdf", str(out), "--sheet", sheet, "--lang", "zh_CN"])
        == 0
    )
    text = plain(pdf_text(out))
    title = "小程序注册清单" if sheet == "checklist" else "材料交接单"
    assert title in text
    assert re.search(r"第\s*1\s*页\s*/\s*共\s*\d+\s*页", text)
    admin = case.account.admin
    assert admin.id_number not in text and admin.id_number[:4] + "**********" in text
    assert admin.phone not in text
    if which == "enterprise_case":
        assert "营业执照" in text
    else:
        assert "身份证" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line or "Han" in line]
    assert cjk and all(" yes " in line for line in cjk), fonts
    # the PDF's Title, which viewers show in their title bar and tab
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(rf"^Title:\s+{title} — {re.escape(case.name)}$", info, re.M), info


def test_unmasked_shows_full_numbers(enterprise_case, tmp_path: Path) -> None:
    source = tmp_path / "case.mpreg"
    write_case(source, enterprise_case)
    out = tmp_path / "full.pdf"
    assert main(["checklist", str(source), "--pdf", str(out), "--unmasked", "--lang", "zh_CN"]) == 0
    text = pdf_text(out)
    assert "110101199003071233" in text and "13800138000" in text and "755912345610001" in text


def test_page_one_is_not_blank(enterprise_case, tmp_path: Path) -> None:
    source = tmp_path / "case.mpreg"
    write_case(source, enterprise_case)
    out = tmp_path / "c.pdf"
    main(["checklist", str(source), "--pdf", str(out), "--lang", "zh_CN"])
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200, "page 1 looks blank"


def test_sixty_items_break_across_pages_without_splitting(tmp_path: Path) -> None:
    """Each item is two lines; every item's two lines, and each title, stay on one page."""
    parts = []
    for section in range(4):
        parts.append(f"<h2>第{section + 1}部分</h2>")
        for n in range(15):
            number = section * 15 + n + 1
            parts.append(
                f'<p class="item">☐ 材料{number:02d}号<br/>备注：材料{number:02d}的备注行</p>'
            )
    html = "<html><body>" + "".join(parts) + "</body></html>"
    out = tmp_path / "long.pdf"
    pages = write_pdf(html, out, lambda page, total: f"第 {page} 页 / 共 {total} 页")
    assert pages >= 3 and page_count(out) == pages
    seen = []
    for page in range(1, pages + 1):
        text = plain(pdf_text(out, page))
        assert re.search(rf"第\s*{page}\s*页\s*/\s*共\s*{pages}\s*页", text), text[-200:]
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for number in re.findall(r"材料(\d\d)号", text):
            assert f"材料{number}的备注行" in text, f"item {number} split from its notes line"
            seen.append(int(number))
        body = [line for line in lines if not re.search(r"页\s*/\s*共", line)]
        assert "部分" not in body[-1], "a section title is orphaned at the bottom of a page"
    assert sorted(seen) == list(range(1, 61))


def test_pdf_export_never_touches_the_print_system(enterprise_case, tmp_path, monkeypatch) -> None:
    """Creating a QPrinter asks CUPS (localhost:631, or a remote print server) for printers: the
    PDF export must not create one, nor load Qt's print support at all."""
    import sys

    from mpreg_desktop.domain.case import now_shanghai
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.printing import export_pdf, sheet_html

    # Taken out for this test only: a second import of a Qt module already loaded would leave
    # two copies of its enums, and later Qt calls fail (print preview, in a later test).
    monkeypatch.delitem(sys.modules, "PySide6.QtPrintSupport", raising=False)

    class NoPrintSupport:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6.QtPrintSupport":
                raise AssertionError("the PDF export loaded Qt's print support")

    monkeypatch.setattr(sys, "meta_path", [NoPrintSupport(), *sys.meta_path])
    html = sheet_html(
        "handover", enterprise_case, load_rules(), [], language="zh_CN", printed=now_shanghai()
    )
    out = tmp_path / "sheet.pdf"
    assert export_pdf(html, out, enterprise_case, "zh_CN") >= 1
    assert out.read_bytes().startswith(b"%PDF") and (out.stat().st_mode & 0o777) == 0o600
