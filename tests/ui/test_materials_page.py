"""材料准备 as a user drives it: attach scans by dialog or by dropping them, see what the platform
would say about them, notice files that went missing or changed, and date ID documents."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

from mpreg_desktop.domain.case import MaterialItem, MaterialState, Step
from mpreg_desktop.storage.cases.casefile import read_case
from mpreg_desktop.ui.steps.materials.page import FILES, NAME, MaterialsPage
from tests.ui.conftest import process_events
from tests.ui.helpers import type_text


def colour_scan(path: Path, width: int = 1200, height: int = 800) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(236, 240, 244))
    painter = QPainter(image)
    painter.fillRect(width * 2 // 3, height // 6, width // 4, height // 2, QColor(214, 168, 140))
    painter.fillRect(width // 20, height // 20, width // 8, width // 8, QColor(200, 30, 40))
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    return path


def grey_scan(path: Path) -> Path:
    colour_scan(path)
    grey = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert grey.save(str(path))
    return path


def record_of(window, key: str) -> MaterialItem:
    """The material's record, or the blank one it has until first edited."""
    return window.document.case.material(key) or MaterialItem(key=key)


def attached(window, key: str) -> list:
    return record_of(window, key).attachments


def materials(window) -> MaterialsPage:
    return window.case_view.pages[Step.MATERIALS]


def row_of(page: MaterialsPage, key: str) -> int:
    return next(row for row, item in enumerate(page.items) if item.id == key)


def select(page: MaterialsPage, key: str) -> None:
    page.table.setCurrentCell(row_of(page, key), NAME)


def mime_with(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(target: QWidget, at: QPoint, mime: QMimeData) -> bool:
    """Drag ``mime`` over ``target`` and drop it at ``at``; True if the drop was accepted."""
    copy = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt 6: drag enter/move events take a QPoint, the drop event a QPointF.
    where = QPointF(at)
    enter = QDragEnterEvent(at, copy, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at, copy, mime, buttons, keys)
    QApplication.sendEvent(target, move)
    dropped = QDropEvent(where, copy, mime, buttons, keys)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def drop_on_row(page: MaterialsPage, key: str, mime: QMimeData) -> bool:
    rect = page.table.visualRect(page.table.model().index(row_of(page, key), NAME))
    return drop(page.table.viewport(), rect.center(), mime)


@pytest.fixture
def opened(window, sample_path: Path):
    assert window.open_case_file(sample_path)
    window.case_view.show_step(Step.MATERIALS)
    return window


def wait_checked(page) -> None:
    """Until the worker has read every file the page is checking (the window does not wait)."""
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + 30
    while page.hasher.pending or "checking" in page.file_states.values():
        assert time.monotonic() < deadline, "the files were never checked"
        QCoreApplication.processEvents()
        time.sleep(0.005)


def test_attach_by_dialog_stores_relative_reference_and_scan(
    opened, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = colour_scan(sample_path.parent / "扫描件" / "营业执照.jpg")
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args: asked.append(args) or ([str(scan)], "")),
    )
    page = materials(opened)
    select(page, "business_licence")
    page.detail.add_button.click()
    assert "*.jpg" in asked[0][3] and "*.pdf" in asked[0][3]  # formats from the rules pack

    record = opened.document.case.material("business_licence")
    attachment = record.attachments[0]
    assert attachment.path == "扫描件/营业执照.jpg"
    assert attachment.size == scan.stat().st_size
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert (attachment.scan.format, attachment.scan.width, attachment.scan.height) == (
        "jpg",
        1200,
        800,
    )
    assert attachment.scan.colour is True
    assert record.state == MaterialState.READY
    assert page.table.item(row_of(page, "business_licence"), FILES).text() == "1"
    row = page.detail.rows[0]
    assert "JPG · 1200×800 px · colour" in row.label.text()
    assert "Same file as when attached" in row.label.text()
    assert row.thumbnail.pixmap().width() == 72  # a preview, the longer side 72 px
    assert opened.isWindowModified()

    assert opened.document.undo_stack.count() == 1  # one step: the file and the state
    opened.undo_action.trigger()
    record = record_of(opened, "business_licence")
    assert not record.attachments and record.state == MaterialState.MISSING
    assert page.detail.rows == []
    assert page.table.item(row_of(page, "business_licence"), FILES).text() == ""

    opened.redo_action.trigger()
    assert opened.save()
    saved = read_case(sample_path).material("business_licence").attachments[0]
    assert saved.path == "扫描件/营业执照.jpg"


def test_drop_on_row_attaches_there_and_shows_black_and_white(
    opened, tmp_path_factory: pytest.TempPathFactory, dialogs
) -> None:
    dialogs.button = "Keep where they are"
    outside = grey_scan(tmp_path_factory.mktemp("elsewhere") / "身份证.png")
    page = materials(opened)
    select(page, "business_licence")
    assert drop_on_row(page, "legal_rep_id", mime_with(outside))

    assert page.table.currentRow() == row_of(page, "legal_rep_id")
    attachment = opened.document.case.material("legal_rep_id").attachments[0]
    assert Path(attachment.path) == outside  # not below the case's folder: absolute
    assert attachment.scan.colour is False
    codes = [p.code for p in opened.document.derived().problems_at("materials.legal_rep_id")]
    assert "attachment.black_white" in codes
    assert "black-and-white or greyscale" in page.detail.rows[0].label.text()
    assert "upload a colour scan" in page.detail.rows[0].label.text()
    # The file is the one attached, but that is no approval: nothing green next to the error.
    assert "#2e7d32" not in page.detail.rows[0].label.text()
    name = page.table.item(row_of(page, "legal_rep_id"), NAME)
    assert not name.icon().isNull()
    assert "upload a colour scan" in name.toolTip()
    assert opened.document.case.material("business_licence") is None

    opened.undo_action.trigger()
    assert not attached(opened, "legal_rep_id")
    assert page.table.item(row_of(page, "legal_rep_id"), NAME).icon().isNull()


def test_drop_on_detail_panel_attaches_to_selected(opened, sample_path: Path) -> None:
    first = colour_scan(sample_path.parent / "a.png")
    second = colour_scan(sample_path.parent / "b.png", 1300, 900)
    page = materials(opened)
    select(page, "legal_rep_id")
    assert drop(page.detail, QPoint(5, 5), mime_with(first, second))
    record = opened.document.case.material("legal_rep_id")
    assert [a.path for a in record.attachments] == ["a.png", "b.png"]
    assert opened.document.undo_stack.count() == 1
    assert len(page.detail.rows) == 2


def test_text_and_web_links_are_not_dropped(opened) -> None:
    page = materials(opened)
    select(page, "legal_rep_id")
    text = QMimeData()
    text.setText("营业执照")
    assert not drop(page.detail, QPoint(5, 5), text)
    web = QMimeData()
    web.setUrls([QUrl("https://mp.weixin.qq.com/")])
    assert not drop_on_row(page, "legal_rep_id", web)
    assert opened.document.undo_stack.count() == 0


def test_refused_files_are_explained(opened, sample_path: Path, dialogs) -> None:
    scan = colour_scan(sample_path.parent / "a.png")
    folder = sample_path.parent / "扫描件"
    folder.mkdir()
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    assert drop_on_row(page, "legal_rep_id", mime_with(scan, folder))
    assert len(opened.document.case.material("legal_rep_id").attachments) == 1
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning"
    assert "a.png: this file is already attached" in text
    assert "扫描件: this is a folder" in text


def test_non_scan_material_keeps_files_unchecked(opened, sample_path: Path) -> None:
    letter = sample_path.parent / "邮箱说明.docx"
    letter.write_bytes(b"PK\x03\x04 not a scan")
    page = materials(opened)
    assert drop_on_row(page, "registration_email", mime_with(letter))
    attachment = opened.document.case.material("registration_email").attachments[0]
    assert attachment.scan is None
    assert not opened.document.derived().problems_at("materials.registration_email")
    assert "not checked as scans" in page.detail.files_hint.text()


def test_missing_and_changed_files_are_flagged(opened, sample_path: Path, context) -> None:
    kept = colour_scan(sample_path.parent / "kept.png", 1200, 800)
    changed = colour_scan(sample_path.parent / "changed.png", 1210, 800)
    lost = colour_scan(sample_path.parent / "lost.png", 1220, 800)
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(kept, changed, lost))
    assert opened.save()

    changed.write_bytes(changed.read_bytes()[:-1] + b"\x00")
    lost.unlink()
    page.check_files()  # what showing the page does
    wait_checked(page)
    texts = [row.label.text() for row in page.detail.rows]
    assert "Same file as when attached" in texts[0]
    assert "File changed since it was attached" in texts[1]
    assert "File not found" in texts[2]
    files = page.table.item(row_of(page, "legal_rep_id"), FILES)
    assert not files.icon().isNull()
    assert "lost.png: not found" in files.toolTip()
    assert not page.detail.rows[2].open_button.isEnabled()

    # Opening the case again checks the files at once.
    opened.document = None
    opened.close()
    other = context.new_window()
    assert other.open_case_file(sample_path)
    again = materials(other)
    wait_checked(again)
    states = [again.state_of(a) for a in other.document.case.material("legal_rep_id").attachments]
    assert states == ["ok", "changed", "missing"]


def test_showing_the_page_checks_files_again(opened, sample_path: Path) -> None:
    scan = colour_scan(sample_path.parent / "a.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    opened.case_view.show_step(Step.SUBJECT)
    scan.unlink()
    type_text(opened.case_view.pages[Step.SUBJECT].binding_for("subject.name").edit, "分店")
    assert page.detail.rows[0].state == "ok"  # not looked at while typing elsewhere
    opened.case_view.show_step(Step.MATERIALS)
    process_events()
    assert page.detail.rows[0].state == "missing"


def test_changed_file_can_be_taken_as_it_is_now(opened, sample_path: Path) -> None:
    scan = colour_scan(sample_path.parent / "a.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    before = opened.document.case.material("legal_rep_id").attachments[0]
    grey_scan(scan)
    page.check_files()
    page.detail.rows[0].update_button.click()
    after = opened.document.case.material("legal_rep_id").attachments[0]
    assert after.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert after.scan.colour is False
    assert page.detail.rows[0].state == "ok"
    opened.undo_action.trigger()
    assert opened.document.case.material("legal_rep_id").attachments[0] == before


def test_missing_file_can_be_located(
    opened, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = colour_scan(sample_path.parent / "a.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    moved = sample_path.parent / "归档" / "a.png"
    moved.parent.mkdir()
    scan.rename(moved)
    page.check_files()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(moved), ""))
    )
    page.detail.rows[0].update_button.click()
    assert opened.document.case.material("legal_rep_id").attachments[0].path == "归档/a.png"
    assert page.detail.rows[0].state == "ok"


def test_remove_is_undoable(opened, sample_path: Path) -> None:
    scan = colour_scan(sample_path.parent / "a.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    page.detail.rows[0].remove_button.click()
    assert not opened.document.case.material("legal_rep_id").attachments
    assert scan.exists()  # the file itself is never deleted
    opened.undo_action.trigger()
    assert len(opened.document.case.material("legal_rep_id").attachments) == 1
    assert len(page.detail.rows) == 1


def test_open_uses_the_system_viewer(
    opened, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = colour_scan(sample_path.parent / "扫描件" / "a.png")
    opened_urls = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened_urls.append(url) or True)
    )
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    page.detail.rows[0].open_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(scan))]


def test_id_validity_near_planned_date_is_flagged(opened) -> None:
    document = opened.document
    document.set_field("filing.planned_on", date(2025, 6, 1))
    page = materials(opened)
    select(page, "legal_rep_id")
    detail = page.detail
    assert detail.validity.isVisibleTo(page)
    assert "at least until 2025-07-01" in detail.validity_hint.text()

    detail.valid_until.edit.setDate(QDate(2025, 6, 15))  # as the user picks it
    record = document.case.material("legal_rep_id")
    assert record.valid_until == date(2025, 6, 15)
    codes = [p.code for p in document.derived().problems_at("materials.legal_rep_id")]
    assert codes == ["id_document.expires"]
    assert detail.problems.isVisibleTo(page)
    assert "valid until 2025-06-15" in detail.problems.text()
    assert not page.table.item(row_of(page, "legal_rep_id"), NAME).icon().isNull()

    detail.long_term.click()
    assert document.case.material("legal_rep_id").long_term
    assert not document.derived().problems_at("materials.legal_rep_id")
    assert not detail.problems.isVisibleTo(page)
    assert not detail.valid_until.isEnabled()

    document.undo_stack.undo()
    assert detail.long_term.isChecked() is False
    assert detail.problems.isVisibleTo(page)
    document.undo_stack.undo()
    assert record_of(opened, "legal_rep_id").valid_until is None
    assert detail.valid_until.value() is None


def test_validity_is_not_shown_for_other_materials(opened) -> None:
    page = materials(opened)
    select(page, "filing_commitment_letter")
    assert not page.detail.validity.isVisibleTo(page)


def test_notes_typed_on_two_materials_are_two_undo_steps(opened) -> None:
    page = materials(opened)
    first = page.table.cellWidget(row_of(page, "legal_rep_id"), 3)
    second = page.table.cellWidget(row_of(page, "business_licence"), 3)
    type_text(first, "原件")
    type_text(first, "在老板处")
    type_text(second, "副本")
    assert opened.document.undo_stack.count() == 2
    opened.undo_action.trigger()
    assert record_of(opened, "business_licence").notes == ""
    assert opened.document.case.material("legal_rep_id").notes == "原件在老板处"


def test_save_as_elsewhere_keeps_attachments_found(
    opened, sample_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch
) -> None:
    scan = colour_scan(sample_path.parent / "扫描件" / "a.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    assert opened.save()
    target = tmp_path_factory.mktemp("backup") / "copy.mpreg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    assert opened.save_as()
    process_events()
    attachment = opened.document.case.material("legal_rep_id").attachments[0]
    assert Path(attachment.path) == scan
    assert page.state_of(attachment) == "ok"
    assert not opened.isWindowModified()  # the save itself wrote the corrected paths
    assert Path(read_case(target).material("legal_rep_id").attachments[0].path) == scan


def test_a_file_outside_the_case_folder_is_copied_beside_the_case(
    opened, sample_path: Path, tmp_path_factory: pytest.TempPathFactory, dialogs
) -> None:
    """Scans from Downloads go into 「<case name> 附件」 beside the case, stored relative."""
    outside = colour_scan(tmp_path_factory.mktemp("Downloads") / "身份证.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(outside))
    kind, _title, text = dialogs.shown[-1]
    assert kind == "box" and "星光咖啡 附件" in text
    attachment = opened.document.case.material("legal_rep_id").attachments[0]
    assert attachment.path == "星光咖啡 附件/身份证.png"
    assert (
        sample_path.parent / "星光咖啡 附件" / "身份证.png"
    ).read_bytes() == outside.read_bytes()
    # The same scan for a second material is the same copy, not a second one.
    assert drop_on_row(page, "business_licence", mime_with(outside))
    assert opened.document.case.material("business_licence").attachments[0].path == (
        attachment.path
    )
    assert len(list((sample_path.parent / "星光咖啡 附件").iterdir())) == 1


def test_one_scan_serves_two_materials(opened, sample_path: Path, monkeypatch) -> None:
    """The legal rep's ID card, attached once, is chosen for a second material: no re-upload."""
    scan = colour_scan(sample_path.parent / "身份证.png")
    page = materials(opened)
    assert drop_on_row(page, "legal_rep_id", mime_with(scan))
    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):
        offered.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    select(page, "business_licence")
    page.detail.reuse_button.click()
    assert offered and offered[0][0].startswith("身份证.png — ")
    reused = opened.document.case.material("business_licence").attachments[0]
    assert reused.path == "身份证.png"
    assert reused.sha256 == opened.document.case.material("legal_rep_id").attachments[0].sha256


def test_undoing_clear_gives_a_picked_validity_date_back(opened) -> None:
    """Pick a date, click 清除, undo: the date is back (the clear merged with the pick before)."""
    document = opened.document
    page = materials(opened)
    select(page, "legal_rep_id")
    detail = page.detail
    detail.valid_until.edit.setDate(QDate(2030, 6, 15))  # as the user picks it
    detail.valid_until.edit.setDate(QDate(2030, 6, 16))  # and steps it on a day
    detail.valid_until.clear_button.click()
    assert record_of(opened, "legal_rep_id").valid_until is None
    document.undo_stack.undo()
    assert record_of(opened, "legal_rep_id").valid_until == date(2030, 6, 16)
    assert detail.valid_until.value() == date(2030, 6, 16)
    document.undo_stack.undo()  # picking and stepping: one step
    assert record_of(opened, "legal_rep_id").valid_until is None
