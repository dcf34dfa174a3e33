"""文件 → 打印清单… and 导出 PDF… from the window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from mpreg_desktop.printing import document as printing_document
from mpreg_desktop.ui.dialogs import print_actions
from mpreg_desktop.ui.dialogs.print_actions import PrintOptions, PrintOptionsDialog
from tests.support import require_chinese_font, require_tools


def test_options_dialog_defaults_to_masked_checklist(qtbot) -> None:
    dialog = PrintOptionsDialog("Print")
    qtbot.addWidget(dialog)
    assert dialog.options() == PrintOptions("checklist", False)
    dialog.handover.setChecked(True)
    dialog.unmasked.setChecked(True)
    assert dialog.options() == PrintOptions("handover", True)


def test_print_opens_preview_that_paints(window, sample_path: Path, monkeypatch, tmp_path) -> None:
    require_chinese_font()
    window.open_case_file(sample_path)
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions())
    painted: list[int] = []
    names: list[str] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        painted.append(1)
        names.append(dialog.printer().docName())  # the print job's name in the queue
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.print_action.trigger()
    assert painted and (tmp_path / "preview.pdf").stat().st_size > 1000
    assert names == [f"Mini program registration checklist — {window.document.case.name}"]


def test_export_pdf(window, sample_path: Path, monkeypatch, tmp_path: Path) -> None:
    require_tools("pdftotext")
    require_chinese_font()
    window.open_case_file(sample_path)
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions("handover", False))
    target = tmp_path / "out"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_pdf_action.trigger()
    pdf = tmp_path / "out.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Materials handover sheet" in text  # the window runs in English in tests


def test_no_chinese_font_is_said_clearly(window, sample_path: Path, monkeypatch, dialogs) -> None:
    window.open_case_file(sample_path)
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions())

    def no_font() -> str:
        raise printing_document.NoChineseFontError("no font for Chinese is installed")

    monkeypatch.setattr(printing_document, "chinese_font_family", no_font)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: pytest.fail("preview opened"))
    window.print_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical" and "No font for Chinese" in text


def test_export_pdf_suggests_the_case_name(window, monkeypatch) -> None:
    """An unsaved case suggests "<case name> checklist.pdf", not "case-checklist.pdf"."""
    window.new_case()
    window.document.set_field("name", "兰州拉面 小程序")
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions())
    asked: list[str] = []

    def fake_save(*args, **kwargs):
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    window.export_pdf_action.trigger()
    assert Path(asked[0]).name == "兰州拉面 小程序 checklist.pdf"
