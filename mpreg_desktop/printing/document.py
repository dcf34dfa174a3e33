"""Sheets on paper and in PDF: one QTextDocument, paginated so no item is split, with a footer.

Follows what novelWriter learned on Windows printers: the document's layout paints on the
printer itself (``documentLayout().setPaintDevice(printer)``), fonts are not hinted
(``PreferNoHinting``), and the page is A4 with margins in millimetres. Chinese needs a CJK font on
the system (Noto Sans CJK on Linux); without one :class:`NoChineseFontError` is raised instead of
printing boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from mpreg_desktop.printing.content import KEEP_WITH_PREVIOUS

MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_LINES = 2  # the footer's height, in lines of the body font
BODY_POINTS = 10.0
PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
    "WenQuanYi Micro Hei",
)


class NoChineseFontError(RuntimeError):
    """No installed font can draw Chinese; printing would show boxes."""


def chinese_font_family() -> str:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        raise NoChineseFontError(
            "no font for Chinese is installed (on Debian/Ubuntu: apt-get install fonts-noto-cjk)"
        )
    return next((f for f in PREFERRED_FAMILIES if f in families), families[0])


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def make_printer():
    """A printer for 打印 (print preview). Only printing may create one: constructing a QPrinter
    asks the print system (CUPS, possibly a remote print server) for its printers."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


class PrintedSheet:
    """A sheet's document laid out for one printer, ready to paint."""

    def __init__(
        self, html: str, printer: QPagedPaintDevice, footer: Callable[[int, int], str]
    ) -> None:
        self.printer = printer
        self.footer = footer
        family = chinese_font_family()
        self.font = QFont(family)
        self.font.setPointSizeF(BODY_POINTS)
        self.font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(printer)
        self.document.setDefaultFont(self.font)
        self.document.setHtml(html)
        page = printer.pageLayout().paintRectPixels(printer.logicalDpiX())
        # a line of the body font on this printer (not the first block's height: a first block
        # of many lines made the footer taller than the page)
        line = QFontMetricsF(self.font, printer).lineSpacing()
        self.footer_height = max(line, 1.0) * FOOTER_LINES
        self.page_width = page.width()
        self.page_height = page.height() - self.footer_height
        self.document.setPageSize(QSizeF(self.page_width, self.page_height))
        self.keep_items_whole()

    @property
    def title(self) -> str:
        """The sheet's ``<title>``: a PDF's Title, a print job's name."""
        return self.document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)

    # -- pagination ------------------------------------------------------------------------------
    def _page_of(self, y: float) -> int:
        return int(y // self.page_height)

    def keep_items_whole(self) -> None:
        """Move an item that would straddle a page to the next page, with what belongs to it.

        Each item is one block, and Qt would split a block at a line. Blocks go in groups that
        share a page: a heading with the block after it (a title never ends a page), and a block
        the sheet marked "keep with previous" (signature lines) with the block before it (what
        is signed never leaves them alone on a page). Repeatedly: lay the document out in full,
        find the first group that crosses a page boundary, and force a page break before it.
        """
        for _ in range(10_000):  # one pass per inserted break; bounded for safety
            self._layout_all()
            block = self._first_straddling_block()
            if block is None:
                return
            self._break_before(block)

    @staticmethod
    def _movable(block) -> bool:
        """A block a page break may go before: text outside a table (tables paginate by row)
        that does not already start a page."""
        policy = block.blockFormat().pageBreakPolicy()
        breaks = policy == QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
        return (
            bool(block.text().strip()) and not breaks and QTextCursor(block).currentTable() is None
        )

    @staticmethod
    def _group_from(block) -> list:
        """``block`` and the blocks tied to it: a heading's next block, a marked next block."""
        group = [block]
        while True:
            nxt = group[-1].next()
            if not nxt.isValid():
                return group
            if group[-1].blockFormat().headingLevel() > 0 or nxt.userState() == KEEP_WITH_PREVIOUS:
                group.append(nxt)
            else:
                return group

    def _first_straddling_block(self):
        """The first block of the first group that crosses a page boundary, or None.

        A group taller than a page cannot be kept whole: its leading blocks are let go one by
        one until the rest fits (a long note then breaks where it must, yet the signature lines
        under it stay together)."""
        layout = self.document.documentLayout()
        block = self.document.begin()
        while block.isValid():
            if not self._movable(block):
                block = block.next()
                continue
            group = self._group_from(block)
            while group:
                top = layout.blockBoundingRect(group[0]).top()
                bottom = max(layout.blockBoundingRect(b).bottom() for b in group) - 1
                if bottom - top < self.page_height:
                    if self._page_of(top) != self._page_of(bottom) and self._movable(group[0]):
                        return group[0]
                    break
                group = group[1:]
            block = self._group_from(block)[-1].next()
        return None

    def _break_before(self, block) -> None:
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(fmt)

    def _layout_all(self) -> None:
        """Lay the whole document out again after page breaks were inserted.

        Qt re-lays a changed document lazily and may stop short of the end; setting the page
        size again makes it lay out every block.
        """
        self.document.setPageSize(QSizeF(self.page_width, self.page_height))

    @property
    def page_count(self) -> int:
        self._layout_all()
        return self.document.pageCount()

    # -- painting --------------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        pages = self.page_count
        for index in range(pages):
            if index:
                self.printer.newPage()
            painter.save()
            painter.translate(0, -index * self.page_height)
            clip = QRectF(0, index * self.page_height, self.page_width, self.page_height)
            self.document.drawContents(painter, clip)
            painter.restore()
            painter.save()
            footer_font = QFont(self.font)
            footer_font.setPointSizeF(BODY_POINTS * 0.85)
            painter.setFont(footer_font)
            area = QRectF(0, self.page_height, self.page_width, self.footer_height)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.footer(index + 1, pages))
            painter.restore()

    def print_to(self) -> None:
        painter = QPainter(self.printer)
        try:
            self.paint(painter)
        finally:
            painter.end()


def pdf_writer(device: QIODevice) -> QPdfWriter:
    """A PDF writer on ``device``: A4 with the sheet's margins, fine resolution."""
    writer = QPdfWriter(device)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout())
    writer.setCreator("MP Reg Desktop")
    return writer


def pdf_bytes(html: str, footer: Callable[[int, int], str]) -> tuple[bytes, int]:
    """The sheet as a PDF, in memory, and its number of pages.

    ``QPdfWriter`` never touches the print system (a ``QPrinter`` would ask CUPS for printers);
    the bytes are then written like a case file, atomically and privately, by the caller.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    sheet = PrintedSheet(html, writer, footer)
    writer.setTitle(sheet.title)
    sheet.print_to()
    pages = sheet.page_count
    del sheet, writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(html: str, path: Path, footer: Callable[[int, int], str], inputs=()) -> int:
    """Write the sheet to ``path`` as PDF (checked, atomic, private); returns the pages."""
    from mpreg_desktop.storage.outputs import write_output

    data, pages = pdf_bytes(html, footer)
    write_output(path, data, tuple(inputs))
    return pages
