"""Case bundles and sheets in the window: export, open by every route, the import dialog."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from mpreg_desktop.domain.case import SHANGHAI, MaterialItem
from mpreg_desktop.sharing.bundle_export import export_bundle
from mpreg_desktop.storage.attachments import make_reference
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.ui.sharing.bundle_actions import ExportBundleDialog
from mpreg_desktop.ui.sharing.sheet_dialogs import ExportSheetDialog, ImportSheetDialog

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def case_with_scan(sample_path: Path) -> Path:
    scan = sample_path.parent / "营业执照.jpg"
    scan.write_bytes(b"\xff\xd8 a scan")
    case = read_case(sample_path)
    case.materials = [
        MaterialItem(key="business_licence", attachments=[make_reference(scan, sample_path, NOW)])
    ]
    write_case(sample_path, case)
    return sample_path


def _save_as(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


def test_export_bundle_from_the_menu(window, case_with_scan: Path, monkeypatch, tmp_path) -> None:
    window.open_case_file(case_with_scan)
    shown = []

    def accept(dialog: ExportBundleDialog) -> int:
        shown.append(dialog.list.count())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportBundleDialog, "exec", accept)
    target = tmp_path / "out" / "sent"
    target.parent.mkdir()
    _save_as(monkeypatch, target)
    window.export_bundle_action.trigger()
    assert shown == [1]
    assert (target.parent / "sent.mpregz").is_file()  # the suffix is added


def test_export_dialog_leaves_out_unticked_scans(qtbot) -> None:
    dialog = ExportBundleDialog([("a.jpg", "a.jpg"), ("b.jpg", "b.jpg")])
    qtbot.addWidget(dialog)
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.left_out() == {"b.jpg"}


def _bundle(case_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "received.mpregz"
    export_bundle(read_case(case_path), case_path, target, NOW)
    return target


def test_opening_a_bundle_unpacks_it_into_the_library(
    window, context, case_with_scan: Path, tmp_path: Path
) -> None:
    bundle = _bundle(case_with_scan, tmp_path)
    context.open_path(bundle, near=window)
    opened = window.document
    assert opened is not None and opened.path.parent.parent == context.library_dir()
    assert (opened.path.parent / "附件" / "营业执照.jpg").read_bytes() == b"\xff\xd8 a scan"


def test_same_case_asks_open_existing_or_copy(
    window, context, case_with_scan: Path, tmp_path: Path, monkeypatch
) -> None:
    bundle = _bundle(case_with_scan, tmp_path)
    context.open_path(bundle, near=window)
    first = window.document.path
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.storage.library.index import LibraryIndex

    summaries = LibraryIndex(context.paths.state_dir, load_rules(), context.calendar.calendar).scan(
        context.library_dir()
    )
    context.update_library(summaries)
    answers = ["Import as a copy"]

    def click(box: QMessageBox) -> int:
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    context.open_path(bundle)
    copies = sorted(context.library_dir().glob("*/*.mpreg"))
    assert len(copies) == 2
    ids = {read_case(p).id for p in copies}
    assert len(ids) == 2 and read_case(first).id in ids


def test_a_hostile_bundle_gets_a_message(window, context, tmp_path: Path, dialogs) -> None:
    bad = tmp_path / "bad.mpregz"
    bad.write_bytes(b"PK\x03\x04 truncated")
    context.open_path(bad, near=window)
    assert window.document is None
    assert dialogs.shown and "damaged" in dialogs.shown[-1][2]


def test_dropping_a_case_file_opens_it(window, sample_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document is not None and window.document.path == sample_path


def test_import_dialog_maps_previews_and_ticks(qtbot, tmp_path: Path) -> None:
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.sharing.sheet_import import read_sheet

    path = tmp_path / "clients.xlsx"
    book = Workbook()
    book.active.append(["客户名称", "主体类型", "统一社会信用代码", "手机号"])
    book.active.append(["甲有限公司", "企业", "91350100M000100Y43", "13800138000"])
    book.active.append(["乙有限公司", "企业", "91350100M000100Y44", "13800138000"])
    book.active.append(["丙" * 300, "企业", "", ""])
    book.save(path)
    dialog = ImportSheetDialog(read_sheet(path), load_rules(), "zh_CN")
    qtbot.addWidget(dialog)
    assert [c.currentData() for c in dialog.combos] == [
        "subject.name",
        "subject.type",
        "subject.code",
        "account.admin.phone",
    ]
    assert [r.number for r in dialog.chosen()] == [2]  # the wrong code is unticked, 丙… refused
    assert not dialog.table.item(2, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.combos[2].setCurrentIndex(0)  # don't import the code column: 乙 becomes clean
    assert [r.number for r in dialog.chosen()] == [2, 3]


def test_export_sheet_dialog_counts_one_case_in_the_singular(qtbot) -> None:
    one = ExportSheetDialog(total=1, shown=1)
    qtbot.addWidget(one)
    assert one.all.text() == "The 1 case"
    assert one.filtered.text() == "The 1 case shown (search and filters)"
    many = ExportSheetDialog(total=3, shown=2)
    qtbot.addWidget(many)
    assert many.all.text() == "All 3 cases"
    assert many.filtered.text() == "The 2 cases shown (search and filters)"
