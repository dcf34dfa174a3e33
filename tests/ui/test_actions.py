"""Every menu item does something; dialogs open; the window speaks Chinese under zh_CN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
)

from mpreg_desktop.domain.case import Step
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.dialogs.app_dialogs import PreferencesDialog, RulesDialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch):
    """Record dialogs instead of running them."""
    seen: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a: seen.append("about")))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (seen.append("open") or "", "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (seen.append("save") or "", "")),
    )
    return seen


def menu_actions(window) -> dict[str, object]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator() and action.menu() is None:
                found[action.text()] = action
    return found


def test_every_menu_item_has_an_effect(window, sample_path: Path, opened: list[str]) -> None:
    window.open_case_file(sample_path)
    actions = menu_actions(window)
    actions["&Open…"].trigger()
    assert opened[-1] == "open"
    actions["Save &as…"].trigger()
    assert opened[-1] == "save"
    actions["&Preferences…"].trigger()
    assert opened[-1] == "PreferencesDialog"
    actions["Rules edition and &sources"].trigger()
    assert opened[-1] == "RulesDialog"
    actions["&About"].trigger()
    assert opened[-1] == "about"
    actions["4 Filing"].trigger()
    assert window.case_view.tabs.currentIndex() == list(Step).index(Step.FILING)
    actions["Problems"].trigger()
    assert window.docks["problems"].isHidden()
    before = len(window.context.windows)
    actions["&New case"].trigger()
    assert len(window.context.windows) == before + 1
    window.document.set_field("notes", "x")
    actions["&Undo"].trigger()
    assert window.document.case.notes == ""
    actions["&Redo"].trigger()
    assert window.document.case.notes == "x"
    actions["&Save"].trigger()
    assert not window.isWindowModified()
    assert {"&Close window", "E&xit"} <= set(actions)


def test_preferences_save_language_and_folder(context, qtbot, tmp_path: Path, dialogs) -> None:
    dialog = PreferencesDialog(context)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.library.setText(str(tmp_path / "cases"))
    dialog.accept()
    assert context.settings.language == "zh_CN"
    assert context.library_dir() == tmp_path / "cases"
    assert '"language": "zh_CN"' in context.paths.settings_file.read_text(encoding="utf-8")
    # A changed language says when it applies; the same language again says nothing.
    assert [kind for kind, *_ in dialogs.shown] == ["information"]
    assert "next time the app starts" in dialogs.shown[0][2]
    again = PreferencesDialog(context)
    qtbot.addWidget(again)
    again.accept()
    assert len(dialogs.shown) == 1


def test_rules_dialog_lists_edition_and_sources(context, qtbot) -> None:
    rules = load_rules()
    dialog = RulesDialog(context)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert rules.edition.isoformat() in text
    assert "001_4ea2a61ab241226e.txt" not in text  # research provenance only on request
    dialog.details.click()
    assert "001_4ea2a61ab241226e.txt" in dialog.findChild(QTextBrowser).toPlainText()


def test_qt_file_dialog_speaks_chinese(qtbot) -> None:
    """Qt's own Chinese leaves two labels of its file dialog in English; the app's fills them."""
    app = QApplication.instance()
    translators = i18n.install(app, "zh_CN")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert not [t for t in labels if re.search("[A-Za-z]{2,}", t)], labels
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")


def test_window_speaks_chinese(context, qtbot, sample_path: Path, dialogs) -> None:
    app = QApplication.instance()
    translators = i18n.install(app, "zh_CN")
    try:
        assert translators, "the zh_CN translation was not found (is the .qm built?)"
        window = context.new_window()
        window.open_case_file(sample_path)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
        assert window.windowTitle() == "星光咖啡小程序[*] — 小程序注册助手"
        assert window.case_view.tabs.tabText(0).startswith("1 主体选择")
        assert window.docks["checklist"].windowTitle() == "清单"
        problems = window.docks["problems"].widget()
        assert problems.headerItem().text(1) == "问题"
        texts = [problems.topLevelItem(i).text(1) for i in range(problems.topLevelItemCount())]
        assert any(t.startswith("请填写") for t in texts)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
