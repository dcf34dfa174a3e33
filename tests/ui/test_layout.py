"""Every page and dialog in both languages, and no clipped text even when every string doubles.

The doubled pseudo-translation (the TRANS_SCALE idea) stands in for languages longer than the
source: a layout that survives it survives a real translation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

from mpreg_desktop.domain.case import Step
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.storage.cases.compare import diff_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.dialogs.app_dialogs import PreferencesDialog, RulesDialog
from mpreg_desktop.ui.dialogs.compare import DiffDialog
from mpreg_desktop.ui.dialogs.history import HistoryDialog
from mpreg_desktop.ui.dialogs.print_actions import PrintOptionsDialog
from mpreg_desktop.ui.dialogs.rules_import import ImportPreview
from mpreg_desktop.ui.steps.subject.compare import SubjectCompareDialog


class DoublingTranslator(QTranslator):
    """Every string twice: "Save" → "SaveSave"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source + source if source else source


def clipped(root: QWidget) -> list[str]:
    """Visible widgets whose text does not fit where the layout put it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 2:
                    found.append(
                        f"QLabel height {widget.height()} < {need}: {widget.text()[:60]!r}"
                    )
            elif "<" not in widget.text():
                text = widget.text().replace("&", "")
                need = max(
                    widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")
                )
                if need > widget.contentsRect().width() + 2:
                    found.append(f"QLabel width {widget.width()} < {need}: {text[:60]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if widget.width() + 2 < hint.width() or widget.height() + 2 < hint.height():
                found.append(f"{type(widget).__name__} {widget.size()} < {hint}: {widget.text()!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title())
            if need > widget.width():
                found.append(f"QGroupBox title: {widget.title()!r}")
    return found


def dialogs_of(window, context) -> list[QDialog]:
    rules = load_rules()
    document = window.document
    return [
        PreferencesDialog(context, window),
        RulesDialog(context, window),
        ImportPreview(
            ["Rules pack edition 2026-11-21 → 2027-01-15", "1 added", "• added x"], window
        ),
        HistoryDialog(document, context.paths.state_dir, window),
        PrintOptionsDialog("Print", window),
        DiffDialog(diff_text(b'{"a": 1}\n', b'{"a": 2}\n'), window),
        SubjectCompareDialog(rules, window),
    ]


def show_everything(window, context, qtbot, check) -> list[str]:
    problems = []
    window.show()
    for step in Step:
        window.case_view.show_step(step)
        QApplication.processEvents()
        page = window.case_view.pages[step]
        problems += [f"{step.value}: {p}" for p in check(page)]
    problems += [f"header: {p}" for p in check(window.case_view.header)]
    for dialog in dialogs_of(window, context):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += [f"{type(dialog).__name__}: {p}" for p in check(dialog)]
        dialog.close()
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_and_dialog_opens_in_both_languages(
    language, context, qtbot, sample_path: Path, dialogs
) -> None:
    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        window = context.new_window()
        window.open_case_file(sample_path)
        problems = show_everything(window, context, qtbot, clipped)
        assert problems == [], "\n".join(problems)
        title = window.case_view.tabs.tabText(0)
        assert ("主体选择" in title) == (language == "zh_CN")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")


def test_doubled_strings_are_not_clipped(context, qtbot, sample_path: Path, dialogs) -> None:
    app = QApplication.instance()
    doubling = DoublingTranslator(app)
    app.installTranslator(doubling)
    try:
        window = context.new_window()
        window.open_case_file(sample_path)
        assert window.case_view.tabs.tabText(0).count("Subject") == 2
        problems = show_everything(window, context, qtbot, clipped)
        assert problems == [], "\n".join(problems)
    finally:
        app.removeTranslator(doubling)


def test_fits_1366_by_768(context, sample_path: Path, dialogs) -> None:
    window = context.new_window()
    window.open_case_file(sample_path)
    window.show()
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768


def test_geometry_and_docks_are_restored(context, sample_path: Path, dialogs) -> None:
    window = context.new_window()
    window.open_case_file(sample_path)
    window.show()
    window.resize(1000, 650)
    window.docks["problems"].hide()
    window.close()
    again = context.new_window()
    again.show()
    assert again.size().width() == 1000 and again.size().height() == 650
    assert all(dock.isHidden() for dock in again.docks.values())  # no case: nothing to dock
    again.open_case_file(sample_path)
    assert again.docks["problems"].isHidden() and not again.docks["checklist"].isHidden()


def test_usable_at_200_percent() -> None:
    """The same checks in a fresh process whose screen has a device pixel ratio of 2."""
    env = {**os.environ, "MPREG_TEST_SCREEN": "hidpi"}
    tests = [
        f"{__file__}::test_doubled_strings_are_not_clipped",
        f"{__file__}::test_fits_1366_by_768",
        f"{__file__}::test_every_page_and_dialog_opens_in_both_languages",
        f"{__file__}::test_screen_is_hidpi_when_asked",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_screen_is_hidpi_when_asked(qapp) -> None:
    expected = 2.0 if os.environ.get("MPREG_TEST_SCREEN") == "hidpi" else 1.0
    assert qapp.primaryScreen().devicePixelRatio() == expected
    assert qapp.primaryScreen().geometry().width() == 1366


def test_the_clipping_check_catches_clipping(qtbot) -> None:
    """The check above must be able to fail: squeeze a label, a wrapped label and a button."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("a label that is much too long for its box")
    wrapped = QLabel("a wrapped label " * 20)
    wrapped.setWordWrap(True)
    button = QPushButton("a button with a long text")
    for widget in (label, wrapped, button):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    assert clipped(root) == []
    label.setFixedWidth(30)
    wrapped.setFixedSize(120, 20)
    button.setFixedWidth(30)
    QApplication.processEvents()
    found = clipped(root)
    assert len(found) == 3, found


def test_every_input_has_an_accessible_name(window, sample_path: Path) -> None:
    """Screen readers name every field: an accessible name, or the text of the control itself."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    window.open_case_file(sample_path)
    unnamed = []
    for step in Step:
        page = window.case_view.pages[step]
        inputs = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)
        for widget in page.findChildren(QWidget):
            if widget.window() is not window:
                continue  # a combo's or calendar's popup: named by its owner
            if not isinstance(widget, inputs) or isinstance(widget.parentWidget(), inputs):
                continue  # parts of a compound control (a combo's line edit, a view's editor)
            if not widget.accessibleName().strip():
                unnamed.append(f"{step.value}: {type(widget).__name__} {widget.objectName()}")
        for widget in page.findChildren(QAbstractButton):
            if widget.window() is not window or isinstance(widget.parentWidget(), inputs):
                continue  # popups, and a line edit's own clear button
            if not widget.isVisibleTo(page):
                continue  # e.g. the stepper's buttons get their words when a stage is active
            if not (widget.text().strip() or widget.accessibleName().strip()):
                where = f"{type(widget.parentWidget()).__name__} {widget.toolTip()!r}"
                unnamed.append(f"{step.value}: {type(widget).__name__} in {where}")
    assert unnamed == [], "\n".join(unnamed)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_start_page_at_1366_by_768(language, context, qtbot, tmp_path: Path) -> None:
    """First start: no empty left half (no recent cases yet), and the library fits the width."""
    from mpreg_desktop.domain.case import new_case
    from mpreg_desktop.storage.cases.casefile import write_case

    library = context.library_dir()
    library.mkdir(parents=True, exist_ok=True)
    write_case(library / "兰州拉面馆.mpreg", new_case("兰州拉面馆"))
    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        window = context.new_window()
        window.resize(1366, 740)
        window.show()
        page = window.start_page
        page.set_recent([])
        qtbot.waitUntil(lambda: page.library.model.rowCount() == 1, timeout=5000)
        QApplication.processEvents()
        assert not page.recent_box.isVisible()
        table = page.library.table
        assert table.width() > 1200  # the whole width
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        page.set_recent([str(library / "兰州拉面馆.mpreg")])
        QApplication.processEvents()
        assert page.recent_box.isVisible() and page.recent_box.width() < window.width() // 3
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
