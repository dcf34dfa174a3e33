"""填报助手: copying field by field, the cleared clipboard, errors asked about, 已提交 recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.domain.messages import event_text
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.ui.assistant.view import COL_STATE, AssistantView
from mpreg_desktop.ui.editing.document import CaseDocument


def _view(qtbot) -> AssistantView:
    case = new_case("星光")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    p = case.filing.subject_principal
    p.name, p.id_number, p.phone = "张三", "110101199003074514", "13800138000"
    view = AssistantView(CaseDocument(case, rules=load_rules()))
    qtbot.addWidget(view)
    view.show_form("filing_subject_principal")
    return view


def test_a_new_assistant_shows_the_first_forms_rows(qtbot):
    case = new_case("x")
    case.account.email = "mp@example.cn"
    view = AssistantView(CaseDocument(case, rules=load_rules()))
    qtbot.addWidget(view)
    assert view.form_id == "registration"
    assert [r.value for r in view.rows()] == ["mp@example.cn"]


def test_personal_numbers_are_masked_unless_revealed_and_copied_whole(qtbot):
    view = _view(qtbot)
    assert "110101199003074514" not in view.table.item(2, 1).text()  # 主体负责人证件号码
    view.reveal.setChecked(True)
    assert "110101199003074514" in view.table.item(2, 1).text()
    view.reveal.setChecked(False)
    assert view.copy_row(2)
    assert QGuiApplication.clipboard().text() == "110101199003074514"
    assert view.table.item(2, COL_STATE).text() == "Copied"


def test_the_clipboard_is_cleared_after_the_delay_only_if_it_still_holds_the_value(qtbot):
    view = _view(qtbot)
    view.clipboard.seconds = 0  # no waiting in tests: the timer fires on the next event loop
    view.copy_row(0)
    assert QGuiApplication.clipboard().text() == "张三"
    with qtbot.waitSignal(view.clipboard.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""
    view.copy_row(0)
    QGuiApplication.clipboard().setText("something the user copied since")
    qtbot.wait(50)
    view.clipboard.clear_if_unchanged()
    assert QGuiApplication.clipboard().text() == "something the user copied since"


def test_copy_and_next_walks_the_form_top_to_bottom(qtbot):
    view = _view(qtbot)
    view.table.setCurrentCell(0, 1)
    copied = []
    for _ in range(3):
        view.copy_and_next()
        copied.append(QGuiApplication.clipboard().text())
    assert copied == ["张三", "居民身份证", "110101199003074514"]
    assert view.table.currentRow() == 3
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.table.currentRow() == 4  # an empty row is passed by
    view.table.setCurrentCell(0, 1)
    QGuiApplication.clipboard().setText("")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter copies and stays
    assert QGuiApplication.clipboard().text() == "张三"
    assert view.table.currentRow() == 0


def test_a_value_with_an_error_is_copied_only_after_asking(qtbot, dialogs):
    view = _view(qtbot)
    view.document.set_field("filing.subject_principal.phone", "12345")
    row = next(i for i, r in enumerate(view.rows()) if r.value == "12345")
    assert "\n" in view.table.item(row, 1).text()  # the problem is shown under the value
    QGuiApplication.clipboard().setText("before")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not view.copy_row(row)
    assert QGuiApplication.clipboard().text() == "before"
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert view.copy_row(row)
    assert QGuiApplication.clipboard().text() == "12345"
    assert [kind for kind, *_ in dialogs.shown] == ["question", "question"]


def test_mark_as_submitted_records_an_event_and_the_dates_in_one_undo_step(qtbot):
    view = _view(qtbot)
    doc = view.document
    view.show_form("registration")
    events = len(doc.case.events)
    view.mark_submitted()
    assert doc.case.account.registered_on == doc.clock.now().date()
    event = doc.case.events[-1]
    assert event.kind == "assist.submitted" and len(doc.case.events) == events + 1
    assert "Registration" in event_text(event, "en")
    assert "submitted" in view.form_choice.currentText()
    assert any(item.code == "assist.submitted" for item in doc.timeline())
    doc.undo_stack.undo()
    assert doc.case.account.registered_on is None and len(doc.case.events) == events
    doc.case.account.registered_on = date(2026, 1, 1)


def test_the_assistant_is_a_dock_that_can_become_an_always_on_top_window(window, sample_path):
    window.context.open_path(sample_path, near=window)
    win = next(w for w in window.context.windows if w.document is not None)
    dock = win.docks["assistant"]
    assert isinstance(dock.widget(), AssistantView)
    dock.widget().on_top.setChecked(True)
    assert dock.isFloating()
    assert dock.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert win.context.settings.assistant_on_top
    dock.widget().on_top.setChecked(False)
    assert not dock.isFloating()


def test_upload_boxes_get_copies_beside_the_case_or_say_why_not(qtbot, tmp_path, dialogs):
    from mpreg_desktop.domain.case import MaterialItem
    from mpreg_desktop.storage.attachments import attachments_folder, make_reference
    from mpreg_desktop.storage.cases.casefile import write_case
    from tests.benchmarks.photos import document_photo

    case_path = tmp_path / "星光.mpreg"
    big = document_photo(tmp_path / "身份证人像面.jpg", (3000, 2000), orientation=6)
    small = document_photo(tmp_path / "身份证国徽面.jpg", (500, 800))
    case = new_case("星光")
    now = case.created
    case.materials.append(
        MaterialItem(
            key="filing_subject_principal_id",
            attachments=[make_reference(f, case_path, now) for f in (big, small)],
        )
    )
    write_case(case_path, case)
    doc = CaseDocument(case, path=case_path, rules=load_rules())
    view = AssistantView(doc)
    qtbot.addWidget(view)
    view.show_form("filing_subject_principal")
    uploads = view.uploads
    texts = [uploads.list.item(i).text() for i in range(uploads.list.count())]
    assert any("no upload-ready copy yet" in t for t in texts)
    assert any("Authorisation letter: no file attached yet" in t for t in texts)
    uploads.make_copies()
    copy = attachments_folder(case_path) / "身份证人像面 - 上传版.jpg"
    assert copy.is_file() and copy.stat().st_size <= 2 * 1024 * 1024
    rows = [uploads.list.item(i) for i in range(uploads.list.count())]
    ready = next(r for r in rows if "ready to upload" in r.text())
    refused = next(r for r in rows if "cannot be used" in r.text())
    assert "500×800 pixels is below the 720×1280" in refused.text()
    assert not (attachments_folder(case_path) / "身份证国徽面 - 上传版.jpg").exists()
    urls = uploads.list.mimeData([ready]).urls()
    assert [u.toLocalFile() for u in urls] == [str(copy)]
    assert big.is_file() and small.is_file()  # originals stay where they were
    view.show_form("registration")
    assert uploads.isHidden()  # a form without upload boxes shows none
