"""A read-only case (locked by a colleague) stays as it is whatever the user does on any page
or in the docks."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from mpreg_desktop.domain.case import Step
from mpreg_desktop.storage.cases.casefile import write_case
from tests.benchmarks.cases import typical_case
from tests.ui.conftest import process_events
from tests.ui.helpers import type_text

ROWS_PER_VIEW = 4  # each list or table: its first rows selected, and their details driven


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Every dialog says yes with something to use: a scan to attach, a reason, a time."""
    scan = tmp_path / "scan.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("原因", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("原因", True))
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a, **k: True)
    return scan


def drive(widget: QWidget) -> None:
    """Do to one control what a user could: type, choose every option, click, change dates."""
    if not shiboken6.isValid(widget) or not widget.isEnabled() or not widget.isVisibleTo(None):
        return
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        type_text(widget, "改")
        widget.textEdited.emit(widget.text() + "改")
        widget.editingFinished.emit()
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        type_text(widget, "改动")
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            if shiboken6.isValid(widget):
                widget.setCurrentIndex(index)
                widget.activated.emit(index)
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime(QDate(2026, 3, 2), widget.time()))
        widget.editingFinished.emit()
    elif isinstance(widget, QAbstractSpinBox):
        widget.stepUp()
        widget.editingFinished.emit()
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
    elif isinstance(widget, QTreeWidget):
        items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
        while items:
            item = items.pop()
            items.extend(item.child(i) for i in range(item.childCount()))
            shows_a_box = item.data(0, Qt.ItemDataRole.CheckStateRole) is not None
            if shows_a_box and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.checkState(0) == Qt.CheckState.Checked
                item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                process_events()
    elif isinstance(widget, QAbstractButton):
        widget.click()
    process_events()


def check_states(tree: QTreeWidget) -> list[Qt.CheckState]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    states = []
    while items:
        item = items.pop()
        items.extend(item.child(i) for i in range(item.childCount()))
        states.append(item.checkState(0))
    return states


def drive_page(page: QWidget) -> int:
    """Every control of the page, then again for the first rows of each list or table."""
    controls = [w for w in page.findChildren(QWidget) if not isinstance(w, QAbstractItemView)]
    for control in controls:
        drive(control)
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None]
    for view in views:
        for row in range(min(ROWS_PER_VIEW, view.model().rowCount())):
            if shiboken6.isValid(view):
                view.setCurrentIndex(view.model().index(row, 0))
                process_events()
                for control in page.findChildren(QWidget):
                    if not isinstance(control, QAbstractItemView):
                        drive(control)
    return len(controls)


def test_every_control_of_every_page_leaves_a_read_only_case_alone(
    window, tmp_path: Path, answers: Path, dialogs
) -> None:
    path = tmp_path / "星光咖啡.mpreg"
    write_case(path, typical_case())
    on_disk = path.read_bytes()
    assert window.open_case_file(path)
    document = window.document
    document.read_only = "locked"
    before = document.case.model_dump_json()
    refused: list[str] = []
    document.editRefused.connect(refused.append)
    driven = 0
    for step in Step:
        window.case_view.show_step(step)
        process_events()
        driven += drive_page(window.case_view.pages[step])
    trees = [t for d in window.findChildren(QDockWidget) for t in d.findChildren(QTreeWidget)]
    ticks = [check_states(tree) for tree in trees]
    for tree in trees:  # the checklist ticks, the problems, the timeline
        tree.window().show()
        drive(tree)
    process_events()
    assert [check_states(tree) for tree in trees] == ticks  # a refused tick goes back
    assert driven > 100  # the pages were really there to drive
    assert refused, "no control tried to edit: the test drove nothing that edits"
    assert document.case.model_dump_json() == before
    assert document.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert path.read_bytes() == on_disk


def test_a_note_typed_on_a_read_only_case_is_not_left_on_screen(window, sample_path) -> None:
    assert window.open_case_file(sample_path)
    window.document.read_only = "locked"
    window.case_view.show_step(Step.MATERIALS)
    page = window.case_view.pages[Step.MATERIALS]
    process_events()
    notes = [e for e in page.findChildren(QLineEdit) if e.isVisibleTo(page)]
    before = notes[0].text()
    type_text(notes[0], "不应留下")
    notes[0].textEdited.emit(notes[0].text())
    process_events()
    assert notes[0].text() == before and window.document.case.materials == []
