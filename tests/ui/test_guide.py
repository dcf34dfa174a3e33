"""帮助 → 使用指南: F1 opens the offline guide at the step on screen, in the UI's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from mpreg_desktop.domain.case import Step
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.dialogs.guide import guide_html

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_guide_has_a_section_for_every_step(language: str) -> None:
    html = guide_html(language)
    anchors = set(re.findall(r'id="([a-z_]+)"', html))
    assert {"start", *(s.value for s in Step)} <= anchors
    assert ("使用指南" in html) == (language == "zh_CN")


def visible_lines(window) -> list[str]:
    """The guide's lines in view, top to bottom."""
    browser = window._guide.browser
    QApplication.processEvents()
    height = browser.viewport().height()
    lines = [browser.cursorForPosition(QPoint(10, y)).block().text() for y in range(5, height, 8)]
    return list(dict.fromkeys(lines))


def test_f1_opens_the_guide_at_the_current_step(window, sample_path: Path) -> None:
    window.resize(1200, 800)
    window.open_case_file(sample_path)
    window.case_view.show_step(Step.FILING)
    f1 = next(
        a
        for a in window.findChildren(type(window.print_action))
        if QKeySequence(QKeySequence.StandardKey.HelpContents) in a.shortcuts()
    )
    assert f1.text() == "&User guide"
    f1.trigger()
    assert window._guide.isVisible() and window._guide.windowTitle() == "User guide"
    shown = visible_lines(window)
    assert any(line.startswith("Step 4") for line in shown)
    assert not any(line.startswith("Step 3") for line in shown)
    window.case_view.show_step(Step.MATERIALS)
    f1.trigger()
    assert visible_lines(window)[0].startswith("Step 2")  # the section starts the view
    window._guide.close()


def test_the_guide_in_chinese(window, sample_path: Path) -> None:
    i18n.set_language("zh_CN")
    try:
        window.open_case_file(sample_path)
        window.case_view.show_step(Step.VERIFICATION)
        window.show_guide()
        assert visible_lines(window)[0].startswith("第 3 步")
    finally:
        i18n.set_language("en")
        window._guide.close()
