"""The main window as a user drives it: open, edit, undo, save, reopen, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from mpreg_desktop.domain.case import Step, SubjectType
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.settings import load_settings
from mpreg_desktop.ui.editing.forms import LineBinding
from tests.ui.helpers import Dialogs, type_text


def binding(window, step: Step, path: str):
    return window.case_view.pages[step].binding_for(path)


def test_starts_on_start_page(window) -> None:
    assert window.document is None
    assert window.stack.currentWidget() is window.start_page
    assert not window.save_action.isEnabled()
    assert window.windowTitle() == "MP Reg Desktop"


def test_open_shows_case(window, sample_path: Path) -> None:
    assert window.open_case_file(sample_path)
    assert window.windowTitle() == "星光咖啡小程序[*] — MP Reg Desktop"
    assert not window.isWindowModified()
    name = binding(window, Step.SUBJECT, "subject.name")
    assert name.edit.text() == "深圳市星光咖啡有限公司"
    assert window.case_view.header.case_name.text() == "星光咖啡小程序"
    assert str(sample_path.resolve()) in window.context.settings.recent_files


def test_the_recent_list_is_written_after_the_case_shows(window, sample_path: Path, qtbot) -> None:
    """Writing settings waits for the disk: opening a case shows it first, then writes once."""
    settings_file = window.context.paths.settings_file
    window.open_case_file(sample_path)
    assert str(sample_path.resolve()) not in load_settings(settings_file).recent_files
    qtbot.waitUntil(
        lambda: load_settings(settings_file).recent_files == [str(sample_path.resolve())]
    )


def test_edit_marks_modified_and_undo_clears(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    name: LineBinding = binding(window, Step.SUBJECT, "subject.name")
    type_text(name.edit, "分店")
    assert window.document.case.subject.name == "深圳市星光咖啡有限公司分店"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.case.subject.name == "深圳市星光咖啡有限公司"
    assert name.edit.text() == "深圳市星光咖啡有限公司"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert name.edit.text() == "深圳市星光咖啡有限公司分店"


def test_pasted_line_breaks_become_one_line(window, sample_path: Path) -> None:
    """A cell copied from Excel/WPS on Windows ends in CRLF; a name from a chat spans lines."""
    window.open_case_file(sample_path)
    name: LineBinding = binding(window, Step.SUBJECT, "subject.name")
    name.edit.selectAll()
    QApplication.clipboard().setText("深圳市星光咖啡\r\n有限公司\r\n")
    name.edit.paste()
    assert window.document.case.subject.name == "深圳市星光咖啡 有限公司"
    assert name.edit.text() == "深圳市星光咖啡 有限公司"
    assert name.edit.cursorPosition() == len(name.edit.text())
    type_text(name.edit, "分店")
    assert window.document.case.subject.name == "深圳市星光咖啡 有限公司分店"


def test_typing_merges_into_one_undo_step(window, sample_path: Path, qtbot) -> None:
    window.open_case_file(sample_path)
    email = binding(window, Step.SUBJECT, "account.email")
    qtbot.keyClicks(email.edit, "mp@example.com")
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.case.account.email == ""


def test_save_writes_file_and_reopen_shows_value(window, context, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    type_text(binding(window, Step.SUBJECT, "mini_program.name").edit, "旗舰店")
    assert window.save()
    assert not window.isWindowModified()
    assert read_case(sample_path).mini_program.name == "星光咖啡点单旗舰店"

    window.document = None  # forget it, then open again in a fresh window
    window.close()
    other = context.new_window()
    assert other.open_case_file(sample_path)
    assert binding(other, Step.SUBJECT, "mini_program.name").edit.text() == "星光咖啡点单旗舰店"


def test_combo_edit_is_undoable(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    combo = binding(window, Step.SUBJECT, "subject.type")
    index = next(i for i, (_, v) in enumerate(combo._options) if v == SubjectType.PERSONAL)
    combo.combo.activated.emit(index)
    assert window.document.case.subject.type == SubjectType.PERSONAL
    window.undo_action.trigger()
    assert window.document.case.subject.type == SubjectType.ENTERPRISE
    assert combo.combo.currentText() == combo._options[combo.combo.currentIndex()][0]


def test_close_with_changes_asks_and_cancel_keeps_window(
    window, sample_path: Path, dialogs: Dialogs
) -> None:
    window.open_case_file(sample_path)
    type_text(binding(window, Step.SUBJECT, "subject.name").edit, "X")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert dialogs.shown and dialogs.shown[-1][0] == "question"
    assert window.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert read_case(sample_path).subject.name == "深圳市星光咖啡有限公司"


def test_close_with_changes_save_writes(window, sample_path: Path, dialogs: Dialogs) -> None:
    window.open_case_file(sample_path)
    type_text(binding(window, Step.SUBJECT, "subject.name").edit, "X")
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert read_case(sample_path).subject.name == "深圳市星光咖啡有限公司X"


def test_close_without_changes_does_not_ask(window, sample_path: Path, dialogs: Dialogs) -> None:
    window.open_case_file(sample_path)
    assert window.close()
    assert dialogs.shown == []


def test_bad_file_shows_message_and_is_untouched(window, tmp_path: Path, dialogs: Dialogs) -> None:
    bad = tmp_path / "broken.mpreg"
    bad.write_bytes(b'{"format": "mpreg-case", ')
    assert not window.open_case_file(bad)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "broken.mpreg" in text and "not valid JSON" in text
    assert "The file was not changed." in text
    assert bad.read_bytes() == b'{"format": "mpreg-case", '
    assert window.document is None


def test_new_case_save_as_adds_suffix(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_case()
    assert window.document is not None and window.document.path is None
    type_text(binding(window, Step.SUBJECT, "name").edit, "新客户")
    target = tmp_path / "新客户"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save()
    saved = tmp_path / "新客户.mpreg"
    assert read_case(saved).name == "新客户"
    assert window.windowTitle().startswith("新客户[*]") and not window.isWindowModified()


def test_new_case_from_open_window_opens_second_window(window, context, sample_path) -> None:
    window.open_case_file(sample_path)
    window.new_case()
    assert len(context.windows) == 2
    assert context.windows[1].document.path is None


def test_opening_same_file_twice_reuses_window(window, context, sample_path: Path) -> None:
    context.open_path(sample_path, near=window)
    context.open_path(sample_path, near=window)
    assert len(context.windows) == 1 and window.document.path == sample_path


def test_recent_menu_lists_and_opens(window, context, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.refresh_recent()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [sample_path.name]
    assert window.start_page.recent.count() == 1


def test_missing_recent_is_reported_and_removed(window, tmp_path: Path, dialogs: Dialogs) -> None:
    gone = tmp_path / "gone.mpreg"
    window.context.settings.recent_files = [str(gone)]
    window.open_recent(gone)
    assert dialogs.shown[-1][0] == "warning"
    assert window.context.settings.recent_files == []


def test_problem_click_focuses_field_on_its_tab(window, sample_path: Path, qtbot) -> None:
    window.open_case_file(sample_path)
    window.case_view.show_step(Step.FILING)
    problems = window.docks["problems"].widget()
    row = next(
        problems.topLevelItem(i)
        for i in range(problems.topLevelItemCount())
        if problems.topLevelItem(i).data(0, 256).path == "account.email"
    )
    problems.itemClicked.emit(row, 0)
    qtbot.waitUntil(lambda: window.case_view.tabs.currentIndex() == 0, timeout=1000)
    email = binding(window, Step.SUBJECT, "account.email")
    qtbot.waitUntil(lambda: email.edit.hasFocus() or not window.isActiveWindow(), timeout=1000)
    assert window.focusWidget() is email.edit


def test_problems_show_next_to_field_as_typed(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    code = binding(window, Step.SUBJECT, "subject.code")
    code.edit.setText("")
    type_text(code.edit, "914403001922038217")
    window.document.set_field("subject.code", "914403001922038217")
    assert code.message.isVisibleTo(window)
    assert "check character" in code.message.text()


def test_derived_views_not_recomputed_without_change(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    document = window.document
    count = document.compute_count
    window.case_view.update_tab_titles()
    window.case_view.header.refresh()
    document.derived()
    assert document.compute_count == count
    document.set_field("notes", "x")
    assert document.compute_count == count + 1


def test_tab_titles_show_state(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.document.set_field("subject.code", "914403001922038217")
    assert "(" in window.case_view.tabs.tabText(0)


def test_a_value_no_file_could_hold_is_refused_and_nothing_is_lost(
    window, sample_path: Path, tmp_path: Path
) -> None:
    """Pasted text beyond the file format's limit is not kept, the user is told, and the case
    still saves and reads back."""
    window.open_case_file(sample_path)
    document = window.document
    page = window.case_view.pages[Step.SUBJECT]
    name = page.binding_for("subject.name").edit
    assert name.maxLength() == 200  # a line field stops typing at the format's limit
    notes = page.binding_for("notes").edit
    before, steps = document.case.notes, document.undo_stack.count()
    notes.setPlainText("备" * 20_001)  # one character over the limit of a long text
    assert document.case.notes == before
    assert document.undo_stack.count() == steps
    assert notes.toPlainText() == before  # the view shows what is kept
    assert "Not kept" in window.statusBar().currentMessage()
    document.add_event("test.event", None, note="ok")
    target = tmp_path / "saved.mpreg"
    write_case(target, document.case)
    assert read_case(target).events[-1].note == "ok"


def test_header_counts_say_one_warning_not_one_warnings(window, sample_path) -> None:
    window.open_case_file(sample_path)
    doc = window.document

    def expected() -> str:
        problems = doc.derived().problems
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = sum(1 for p in problems if p.severity == "warning")
        return (
            f"{errors} error{'' if errors == 1 else 's'}, "
            f"{warnings} warning{'' if warnings == 1 else 's'}"
        )

    seen = set()
    for name in ("", "星", "星光咖啡点单", "最好的咖啡"):  # no error, one, none, one warning…
        doc.set_field("mini_program.name", name)
        text = window.case_view.header.problem_counts.text()
        assert text == expected()
        seen.add(text)
    assert any("1 error," in t or t.endswith(" 1 warning") for t in seen)


def test_a_saved_case_without_a_name_is_called_by_its_file(window, tmp_path: Path) -> None:
    """The header said 「未命名案例」 after saving; the title and the library used the file name."""
    window.new_case()
    header = window.case_view.header
    assert header.case_name.text() == "Untitled case"
    window.document.save(tmp_path / "张记面馆.mpreg")
    assert header.case_name.text() == "张记面馆"


def test_a_message_that_goes_while_typing_keeps_its_line_until_the_field_is_left(
    window, qtbot
) -> None:
    """「请填写主体名称」 went at the first letter and 主体代码 jumped up from under the pointer."""
    window.resize(1366, 768)
    window.show()
    window.new_case()
    window.document.set_field("subject.type", SubjectType.INDIVIDUAL_BUSINESS)
    name: LineBinding = binding(window, Step.SUBJECT, "subject.name")
    assert name.message.isVisibleTo(name.container) and name.message.text().strip()
    type_text(name.edit, "张记面馆")
    qtbot.waitUntil(name.edit.hasFocus, timeout=1000)
    assert name.message.isVisibleTo(name.container) and not name.message.text().strip()
    assert name.container.sizeHint().height() > name.edit.sizeHint().height()  # a line kept
    name.edit.clearFocus()
    qtbot.waitUntil(lambda: not name.message.isVisibleTo(name.container), timeout=1000)
