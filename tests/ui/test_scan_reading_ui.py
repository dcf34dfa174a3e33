"""读取扫描件 on the materials page, with a stand-in reader (the OCR engine itself is slow): the
window never waits, Cancel is immediate, empty fields fill in one undoable step, differences show
as problems, and without the OCR extra the app says what is missing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from mpreg_desktop.domain.assist.scan_reading import LONG_TERM, Reading
from mpreg_desktop.paths import app_paths
from mpreg_desktop.storage.scan_readings import load_readings
from mpreg_desktop.ui.docks.problems_dock import ProblemsView
from tests.ui.conftest import process_events
from tests.ui.test_materials_page import colour_scan, materials, opened, select  # noqa: F401

LICENCE = Reading(
    "licence",
    {
        "name": "深圳市星光咖啡店有限公司",  # the case says 深圳市星光咖啡有限公司
        "code": "914403001922038216",
        "legal_rep": "李娜",
        "address": "南山区科技园1号",
        "term_from": "2018-05-02",
        "term_until": LONG_TERM,
    },
)


def attach_licence(window, sample_path: Path):
    page = materials(window)
    select(page, "business_licence")
    scan = colour_scan(sample_path.parent / "扫描件" / "营业执照.jpg")
    page.files.attach(page._current(), [scan])
    process_events()
    return page


def test_reading_offers_to_fill_and_shows_differences(opened, sample_path, qtbot) -> None:  # noqa: F811
    page = attach_licence(opened, sample_path)
    calls = []

    def reader(path, kind, today, say):
        calls.append((path.name, kind))
        say("reading")
        return LICENCE

    page.scan_reader.reader = reader
    page.scan_reader.available = lambda: True
    page.detail.rows[0].read_button.click()
    qtbot.waitUntil(lambda: page.scan_reader.result_box is not None, timeout=5000)
    assert calls == [("营业执照.jpg", "licence")]
    box = page.scan_reader.result_box
    assert "李娜" in box.text() and "the licence says “深圳市星光咖啡店有限公司”" in box.text()
    sha = opened.document.case.material("business_licence").attachments[0].sha256
    assert load_readings(app_paths().state_dir)[sha] == LICENCE  # cached by the file's hash
    codes = [p.code for p in opened.document.derived().problems]
    assert "scan.name_differs" in codes
    process_events()
    view = opened.findChild(ProblemsView)
    shown = [view.topLevelItem(i).text(1) for i in range(view.topLevelItemCount())]
    assert (
        "The name differs from the business licence: the licence says “深圳市星光咖啡店有限公司”"
        in shown
    )

    fill = next(b for b in box.buttons() if b.text().startswith("Fill"))
    fill.click()
    process_events()
    case = opened.document.case
    assert case.subject.legal_rep.name == "李娜"
    assert case.filing.certificate_address == "南山区科技园1号"
    assert case.material("business_licence").long_term is True
    assert case.subject.name == "深圳市星光咖啡有限公司"  # a filled field is never overwritten
    assert opened.document.undo_stack.undoText() == "Fill from the scan"
    opened.document.undo_stack.undo()
    assert case.subject.legal_rep.name == "" and case.filing.certificate_address == ""


def test_cancel_is_immediate_and_a_late_result_is_dropped(opened, sample_path, qtbot) -> None:  # noqa: F811
    page = attach_licence(opened, sample_path)
    release = threading.Event()

    def slow_reader(path, kind, today, say):
        release.wait(10)
        return LICENCE

    page.scan_reader.reader = slow_reader
    page.scan_reader.available = lambda: True
    page.detail.rows[0].read_button.click()
    progress = page.scan_reader.progress
    assert progress is not None and progress.isVisible()  # the window is not blocked: we run
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    assert page.scan_reader.progress is None and not page.scan_reader.busy
    release.set()
    qtbot.wait(200)
    assert page.scan_reader.result_box is None
    assert load_readings(app_paths().state_dir) == {}
    assert "scan.name_differs" not in [p.code for p in opened.document.derived().problems]


def test_without_the_ocr_extra_the_user_is_told(opened, sample_path, dialogs, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # as if not installed
    page = attach_licence(opened, sample_path)
    page.detail.rows[0].read_button.click()
    kind, title, text = dialogs.shown[-1]
    assert kind == "information" and "OCR" in title
    assert "mpreg-desktop[ocr]" in text
    assert page.scan_reader.progress is None


def test_the_button_is_offered_only_for_licence_and_id_images(opened, sample_path) -> None:  # noqa: F811
    page = attach_licence(opened, sample_path)
    assert page.detail.rows[0].read_button is not None
    select(page, next(i.id for i in page.items if i.id not in ("business_licence",)))
    process_events()
    assert all(r.read_button is None for r in page.detail.rows)
    assert QMessageBox  # imported for the dialogs fixture's patching


def test_an_installed_app_without_the_engine_does_not_offer_pip(
    opened,  # noqa: F811
    sample_path,
    dialogs,
    monkeypatch,
) -> None:
    """The Windows installer leaves the engine out, and its users have no pip to run."""
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    page = attach_licence(opened, sample_path)
    page.detail.rows[0].read_button.click()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "information" and "does not include the OCR component" in text
    assert "pip" not in text


def test_a_scan_the_system_refuses_says_why_in_the_users_language(
    opened,  # noqa: F811
    sample_path,
    dialogs,
    qtbot,
) -> None:
    import errno

    from mpreg_desktop.ui.app import i18n

    page = attach_licence(opened, sample_path)

    def locked_reader(path, kind, today, say):
        error = PermissionError(errno.EACCES, "Permission denied", str(path))
        error.winerror = 32  # a sync client or a viewer holds the scan open (Windows)
        raise error

    page.scan_reader.reader = locked_reader
    page.scan_reader.available = lambda: True
    i18n.set_language("zh_CN")
    try:
        page.detail.rows[0].read_button.click()
        qtbot.waitUntil(lambda: page.scan_reader.progress is None, timeout=5000)
    finally:
        i18n.set_language("en")
    text = dialogs.shown[-1][2]
    assert "文件正被其他程序使用" in text
    assert "Permission denied" not in text and "Errno" not in text


def test_a_file_that_is_no_picture_or_an_engine_failure_is_said_in_the_users_language(
    opened,  # noqa: F811
    sample_path,
    dialogs,
    qtbot,
) -> None:
    from PySide6.QtWidgets import QApplication

    from mpreg_desktop.ocr import NotAPicture
    from mpreg_desktop.ui.app import i18n

    page = attach_licence(opened, sample_path)
    page.scan_reader.available = lambda: True
    said = []
    app = QApplication.instance()
    translators = i18n.install(app, "zh_CN")  # the real translation, as the app installs it
    assert translators, "the zh_CN translation was not found (is the .qm built?)"
    try:
        for error in (NotAPicture("not an image OpenCV can read"), RuntimeError("onnx: bad")):

            def failing_reader(path, kind, today, say, error=error):
                raise error

            page.scan_reader.reader = failing_reader
            page.detail.rows[0].read_button.click()
            qtbot.waitUntil(lambda: page.scan_reader.progress is None, timeout=5000)
            said.append(dialogs.shown[-1][2])
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
    assert said[0] == "无法读取扫描件：文件内容不是图片"
    assert said[1] == "无法读取扫描件：文字识别出错停止（RuntimeError）"
