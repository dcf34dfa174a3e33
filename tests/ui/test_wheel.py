"""The mouse wheel scrolls forms and tables; it never changes an unfocused choice, number, date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from mpreg_desktop.domain.case import MaterialState, Step, SubjectType
from tests.ui.test_main_window import binding


def wheel(widget: QWidget, notches: int = -1, at: QPointF | None = None) -> None:
    """One real-looking wheel event over ``widget`` (negative: scroll down), the pointer ``at`` a
    global position (default: the middle of ``widget``)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        at if at is not None else QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_a_form_scrolls_and_changes_no_field(window, sample_path: Path) -> None:
    window.resize(1366, 768)
    window.open_case_file(sample_path)
    page = window.case_view.pages[Step.SUBJECT]
    subject_type = binding(window, Step.SUBJECT, "subject.type")
    page.ensureWidgetVisible(subject_type.combo)
    QApplication.processEvents()
    before = page.verticalScrollBar().value()
    for _ in range(3):
        wheel(subject_type.combo)
    assert window.document.case.subject.type == SubjectType.ENTERPRISE
    assert not window.isWindowModified()
    assert page.verticalScrollBar().value() > before  # the page scrolled instead


def test_wheel_changes_a_focused_combo(window, sample_path: Path, qtbot) -> None:
    window.open_case_file(sample_path)
    subject_type = binding(window, Step.SUBJECT, "subject.type")
    subject_type.combo.setFocus()
    qtbot.waitUntil(subject_type.combo.hasFocus, timeout=1000)
    index = subject_type.combo.currentIndex()
    wheel(subject_type.combo, 1 if index > 0 else -1)
    assert subject_type.combo.currentIndex() != index


def test_page_scrolling_a_focused_combo_under_a_still_pointer_leaves_it_alone(
    window, sample_path: Path, qtbot
) -> None:
    """Tabbed into a combo, the user scrolls with the pointer at rest: the page carries the combo
    under the pointer, and the next notches keep scrolling the page instead of changing it."""
    window.resize(1366, 768)
    window.open_case_file(sample_path)
    page = window.case_view.pages[Step.SUBJECT]
    subject_type = binding(window, Step.SUBJECT, "subject.type")
    subject_type.combo.setFocus()
    qtbot.waitUntil(subject_type.combo.hasFocus, timeout=1000)
    index = subject_type.combo.currentIndex()
    pointer = QPointF(subject_type.combo.mapToGlobal(subject_type.combo.rect().center()))
    before = page.verticalScrollBar().value()
    wheel(page.viewport(), at=pointer)  # the notch that started over the page
    for notches in (-1, 1, -1):
        wheel(subject_type.combo, notches, at=pointer)
    assert subject_type.combo.currentIndex() == index
    assert page.verticalScrollBar().value() > before
    assert not window.isWindowModified()
    wheel(subject_type.combo, 1 if index > 0 else -1, at=pointer + QPointF(5, 0))  # pointer moved
    assert subject_type.combo.currentIndex() != index


def test_wheel_over_a_date_or_table_combo_changes_nothing(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.case_view.show_step(Step.VERIFICATION)
    dates = binding(window, Step.VERIFICATION, "verification.certification.submitted_on")
    page = window.case_view.pages[Step.VERIFICATION]
    for field in page.findChildren(QWidget):
        if field.isVisibleTo(page):
            wheel(field)
    assert dates.date.value() is None
    window.case_view.show_step(Step.MATERIALS)
    materials = window.case_view.pages[Step.MATERIALS]
    state = materials.table.cellWidget(0, 1)
    for notches in (-1, 1, -1):
        wheel(state, notches)
    assert all(m.state == MaterialState.MISSING for m in window.document.case.materials)
    assert not window.isWindowModified()


def test_at_start_up_the_guard_comes_with_the_first_frame(
    qapp, qtbot, sample_path: Path, dialogs, monkeypatch
) -> None:
    """Guarding from the start handed every event's object to Python while the window was built
    (~20 ms of enums): the app installs the guard once its first frame is drawn, and fields made
    before then get the same focus rule."""
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.ui.app import wheel_guard
    from mpreg_desktop.ui.app.context import AppContext

    monkeypatch.setattr(wheel_guard, "_guard", None)
    drawn: list[bool] = []
    context = AppContext(app_paths(), after_first_frame=lambda: drawn.append(True))
    window = context.new_window()
    try:
        window.open_case_file(sample_path)
        combo = binding(window, Step.SUBJECT, "subject.type").combo
        combo.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # as Qt gives a combo box
        assert wheel_guard._guard is None and not drawn
        window.show()
        qtbot.waitUntil(lambda: drawn == [True])
        assert wheel_guard._guard is not None
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        if wheel_guard._guard is not None:
            qapp.removeEventFilter(wheel_guard._guard)
        window.document = None
        window.close()
