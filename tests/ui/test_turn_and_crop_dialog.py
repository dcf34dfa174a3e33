"""旋转和裁剪…: the dialog over the upload list turns and crops a scan by hand; OK records it in
the case (undoable) and remakes the copy from the untouched original; Cancel changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mpreg_desktop.domain.assist.turn_and_crop import turning
from mpreg_desktop.domain.case import CropBox, HandAdjustment, MaterialItem, ScanResult, new_case
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.storage.attachments import attachments_folder, make_reference
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.ui.assistant.view import AssistantView
from mpreg_desktop.ui.editing.document import CaseDocument
from tests.test_turn_and_crop import _blue_box, _photo

STORED = (1800, 1300)  # a landscape file that the camera says to show turned (EXIF 6)
MARK = (1500, 1000, 1560, 1040)  # the blue square, in stored pixels
KEY = "filing_subject_principal_id"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def opened(qtbot, tmp_path: Path):
    """A saved case with one EXIF-turned scan in the 主体负责人 form's upload box, its copy made."""
    case_path = tmp_path / "星光.mpreg"
    photo = _photo(tmp_path / "身份证人像面.jpg", STORED, orientation=6, mark=MARK)
    case = new_case("星光")
    attachment = make_reference(photo, case_path, case.created)
    attachment.scan = ScanResult(format="jpg", colour=True)
    case.materials.append(MaterialItem(key=KEY, attachments=[attachment]))
    write_case(case_path, case)
    document = CaseDocument(case, path=case_path, rules=load_rules())
    view = AssistantView(document)
    qtbot.addWidget(view)
    view.show()  # the dialog is modal to the view's window, as over the app's window
    view.show_form("filing_subject_principal")
    view.uploads.make_copies()
    return view, photo, attachments_folder(case_path) / "身份证人像面 - 上传版.jpg"


def _open_dialog(qtbot, view):
    uploads = view.uploads
    row = next(
        i for i in range(uploads.list.count()) if "身份证人像面" in uploads.list.item(i).text()
    )
    uploads.list.setCurrentRow(row)
    assert uploads.crop_button.isEnabled()
    qtbot.mouseClick(uploads.crop_button, Qt.MouseButton.LeftButton)
    dialog = uploads.hand.dialog
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _drag(qtbot, canvas, start: QPointF, end: QPointF) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(canvas, pos=((start + end) / 2).toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def test_a_dragged_crop_and_a_turn_remake_the_copy_from_the_original(qtbot, opened):
    view, photo, copy = opened
    before = _digest(photo)
    assert _size(copy) == (1300, 1800)  # upright by EXIF
    dialog = _open_dialog(qtbot, view)
    canvas = dialog.canvas
    assert dialog.shown_crop() == (0, 0, 1300, 1800)  # the preview is upright too
    drawn = canvas.picture_rect()
    start = drawn.topLeft() + QPointF(drawn.width() * 0.1, drawn.height() * 0.05)
    end = drawn.topLeft() + QPointF(drawn.width() * 0.9, drawn.height() * 0.95)
    start, end = QPointF(start.toPoint()), QPointF(end.toPoint())  # where the mouse events are
    _drag(qtbot, canvas, start, end)
    (x0, y0), (x1, y1) = canvas.to_full(start), canvas.to_full(end)
    left, top, right, bottom = dialog.shown_crop()
    assert abs(left - x0) <= 1 and abs(top - y0) <= 1 and abs(right - x1) <= 1
    assert abs(bottom - y1) <= 1  # the preview is scaled down; the crop is in full pixels
    cut = (right - left, bottom - top)

    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_BracketRight)  # ] turns clockwise
    assert dialog.turns == 1
    qtbot.mouseClick(dialog.right_button, Qt.MouseButton.LeftButton)
    assert dialog.turns == 2  # "Rotate right" once more
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dialog.turns == 1
    assert dialog.shown_crop()[2] - dialog.shown_crop()[0] == cut[1]  # the crop turned along
    adjustment = dialog.adjustment()
    shown = dialog.shown_crop()
    qtbot.mouseClick(dialog.right_button, Qt.MouseButton.LeftButton)
    dialog.left_action.trigger()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter is OK, not "turn"

    attachment = view.document.case.material(KEY).attachments[0]
    assert attachment.adjustment == adjustment and adjustment.quarter_turns == 1
    assert _size(copy) == (cut[1], cut[0])
    # The blue square is where the user saw it inside the rectangle, in the file's pixels.
    steps = turning(*STORED, 6, 1)
    mark = steps.to_shown(MARK)
    crop = steps.to_shown(steps.to_stored(shown))
    expected = (mark[0] - crop[0], mark[1] - crop[1], mark[2] - crop[0], mark[3] - crop[1])
    assert all(abs(a - b) <= 2 for a, b in zip(_blue_box(copy), expected, strict=True))
    assert _digest(photo) == before  # the original is only read
    assert "rotated or cropped by hand" in view.uploads.list.item(0).text()
    assert view.uploads.list.currentRow() == 0 and view.uploads.crop_button.isEnabled()


def test_cancel_changes_nothing(qtbot, opened):
    view, photo, copy = opened
    copied, original = _digest(copy), _digest(photo)
    steps = view.document.undo_stack.count()
    dialog = _open_dialog(qtbot, view)
    drawn = dialog.canvas.picture_rect()
    _drag(qtbot, dialog.canvas, drawn.center(), drawn.bottomRight())
    dialog.right_action.trigger()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert view.document.case.material(KEY).attachments[0].adjustment is None
    assert view.document.undo_stack.count() == steps and not view.document.is_modified
    assert _digest(copy) == copied and _digest(photo) == original


def test_a_crop_below_the_minimum_resolution_is_said_before_ok(qtbot, opened):
    view, *_ = opened
    dialog = _open_dialog(qtbot, view)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.warning.text()
    drawn = dialog.canvas.picture_rect()
    _drag(qtbot, dialog.canvas, drawn.topLeft(), drawn.center())  # 650×900: below 720×1280
    assert not ok.isEnabled() and dialog.warning.isVisible()
    assert "650×900 pixels is below the 720×1280 the form requires" in dialog.warning.text()
    dialog.reset_button.click()
    assert ok.isEnabled() and not dialog.warning.text() and dialog.adjustment() is None


def test_the_wheel_over_the_dialog_changes_nothing(qtbot, opened):
    view, *_ = opened
    dialog = _open_dialog(qtbot, view)
    before = (dialog.turns, dialog.shown_crop())
    centre = dialog.canvas.rect().center()
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(dialog.canvas.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(dialog.canvas, wheel)
    assert (dialog.turns, dialog.shown_crop()) == before


def test_undo_and_redo_remake_the_copy_and_the_choice_survives_save_and_reopen(
    qtbot, opened, tmp_path
):
    view, _photo, copy = opened
    dialog = _open_dialog(qtbot, view)
    bottom_handle = dialog.canvas.handle_rects()["bottom"].center()
    drawn = dialog.canvas.picture_rect()
    _drag(qtbot, dialog.canvas, bottom_handle, bottom_handle - QPointF(0, drawn.height() / 4))
    dialog.right_action.trigger()
    _ok(dialog)
    made = _size(copy)
    assert abs(made[0] - 1350) <= 3 and made[1] == 1300  # the bottom quarter cut, then turned
    document = view.document
    assert document.undo_stack.undoText() == "Rotate and crop 身份证人像面.jpg"
    document.undo_stack.undo()
    assert document.case.material(KEY).attachments[0].adjustment is None
    assert _size(copy) == (1300, 1800)
    document.undo_stack.redo()
    assert _size(copy) == made

    case_path = tmp_path / "星光.mpreg"
    write_case(case_path, document.case)
    copy.unlink()
    reopened = CaseDocument(read_case(case_path), path=case_path, rules=load_rules())
    again = AssistantView(reopened)
    qtbot.addWidget(again)
    again.show_form("filing_subject_principal")
    again.uploads.make_copies()  # e.g. after a rules change: the hand adjustment is kept
    assert _size(copy) == made
    reopened_dialog = _open_dialog(qtbot, again)
    left, top, right, bottom = reopened_dialog.shown_crop()
    assert reopened_dialog.turns == 1 and (right - left, bottom - top) == made
    assert (left, right) == (1800 - made[0], 1800)  # the cut bottom, turned, is on the left


def test_the_too_small_warning_speaks_chinese(qtbot, opened):
    from mpreg_desktop.ui.app import i18n

    app = QApplication.instance()
    translators = i18n.install(app, "zh_CN")
    try:
        assert translators, "the zh_CN translation was not found (is the .qm built?)"
        view, *_ = opened
        dialog = _open_dialog(qtbot, view)
        assert dialog.windowTitle() == "旋转和裁剪：身份证人像面.jpg"
        drawn = dialog.canvas.picture_rect()
        _drag(qtbot, dialog.canvas, drawn.topLeft(), drawn.center())
        text = dialog.warning.text()
        assert text.startswith("太小，无法上传：") and "×900 像素" in text
        assert text.endswith("低于表单要求的 720×1280。请框选更大的区域。")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")


def test_a_file_that_is_not_a_picture_says_why_it_cannot_be_turned(qtbot, opened, dialogs):
    view, photo, _copy = opened
    data = b"%PDF-1.7\n not a picture"
    photo.write_bytes(data)  # the attached file was replaced by something else
    view.uploads.hand.open(0)
    assert view.uploads.hand.dialog is None
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("information", "Cannot rotate or crop")
    assert text.startswith("身份证人像面.jpg cannot be turned or cropped: not a picture")
    assert photo.read_bytes() == data


def test_a_text_file_named_jpg_is_called_no_picture_without_a_format_name(qtbot, opened, dialogs):
    view, photo, _copy = opened
    photo.write_text("this is not a picture at all\n")  # seen under Xvfb: "…图片（unknown）"
    view.uploads.hand.open(0)
    [(_kind, _title, text)] = dialogs.shown
    assert text == (
        "身份证人像面.jpg cannot be turned or cropped: "
        "not a picture (the file's content is in no picture format)"
    )


def test_a_read_only_case_keeps_its_copy_as_it_was(qtbot, opened):
    view, _photo, copy = opened
    copied = _digest(copy)
    view.document.read_only = "locked"  # open in another window: edits are refused
    dialog = _open_dialog(qtbot, view)
    dialog.right_action.trigger()
    with qtbot.waitSignal(view.document.editRefused):
        _ok(dialog)
    assert view.document.case.material(KEY).attachments[0].adjustment is None
    assert _digest(copy) == copied  # no copy that the case does not record


def test_a_turn_during_a_drag_keeps_the_crop_inside_the_picture(qtbot, opened):
    # Seen under Xvfb: a tall crop held by the mouse, turned with ] mid-drag, then moved, stood
    # out of the (now wide) picture, and the dialog gave the copy a size larger than the picture.
    view, *_ = opened
    dialog = _open_dialog(qtbot, view)
    canvas = dialog.canvas
    drawn = canvas.picture_rect()
    _drag(qtbot, canvas, drawn.topLeft() + QPointF(20, 2), drawn.bottomRight() - QPointF(20, 2))
    inside = canvas.to_screen(canvas.crop()).center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=inside)
    dialog.right_action.trigger()  # ] pressed while the mouse button is held
    qtbot.mouseMove(canvas, pos=inside + QPoint(15, 25))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=inside + QPoint(30, 50))
    width, height = STORED  # turned once more: the upright portrait shown wide
    left, top, right, bottom = dialog.shown_crop()
    assert 0 <= left < right <= width and 0 <= top < bottom <= height
    assert canvas.crop() == (left, top, right, bottom)
    assert dialog.size_label.text() == f"The copy: {right - left} × {bottom - top} pixels"


def test_a_crop_recorded_for_a_larger_file_is_shown_cut_to_the_picture(qtbot, opened):
    # The file was replaced by a smaller scan after it was cropped (使用现在的文件): the dialog
    # shows what the copy is made of, the crop cut to the picture, and its true size.
    view, *_ = opened
    attachment = view.document.case.material(KEY).attachments[0]
    attachment.adjustment = HandAdjustment(
        crop=CropBox(left=1000, top=600, right=3000, bottom=2500)
    )
    dialog = _open_dialog(qtbot, view)
    left, top, right, bottom = dialog.shown_crop()
    assert 0 <= left < right <= 1300 and 0 <= top < bottom <= 1800  # upright by EXIF
    assert (right - left) * (bottom - top) == 800 * 700  # stored 1000–1800 × 600–1300
    assert dialog.size_label.text() == f"The copy: {right - left} × {bottom - top} pixels"
