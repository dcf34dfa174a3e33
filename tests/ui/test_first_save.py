"""Scans attached before the first save are offered a copy beside the case (issue 16, item 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mpreg_desktop.domain.case import MaterialItem, new_case, now_shanghai
from mpreg_desktop.storage.attachments import make_reference, resolve, verify
from mpreg_desktop.storage.cases.casefile import read_case


def _new_case_with_a_scan(window, tmp_path: Path) -> Path:
    scan = tmp_path / "downloads" / "营业执照.jpg"
    scan.parent.mkdir()
    scan.write_bytes(b"\xff\xd8 licence \xff\xd9")
    case = new_case("面馆")
    case.materials = [
        MaterialItem(
            key="business_licence", attachments=[make_reference(scan, None, now_shanghai())]
        )
    ]
    window.set_document(window._document(case))
    return scan


def _answer(monkeypatch, target: Path, button: str) -> list[str]:
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    return asked


def test_first_save_offers_to_copy_the_scans_beside_the_case(window, tmp_path, monkeypatch):
    scan = _new_case_with_a_scan(window, tmp_path)
    target = tmp_path / "cases" / "面馆.mpreg"
    target.parent.mkdir()
    asked = _answer(monkeypatch, target, "Copy")
    assert window.save_as()
    assert len(asked) == 1 and "面馆 附件" in asked[0]
    saved = read_case(target)  # saved again with the copy
    (attachment,) = saved.materials[0].attachments
    assert attachment.path == "面馆 附件/营业执照.jpg"
    assert verify(attachment, target) == "ok"
    assert resolve(attachment, target).read_bytes() == scan.read_bytes()
    assert scan.exists()  # the original stays
    assert not window.isWindowModified()
    window.document.undo_stack.undo()  # one undo step puts the old path back
    assert window.document.case.materials[0].attachments[0].path == str(scan)


def test_keeping_them_where_they_are_changes_nothing(window, tmp_path, monkeypatch):
    scan = _new_case_with_a_scan(window, tmp_path)
    target = tmp_path / "面馆.mpreg"
    _answer(monkeypatch, target, "Keep where they are")
    assert window.save_as()
    assert read_case(target).materials[0].attachments[0].path == str(scan)
    assert not (tmp_path / "面馆 附件").exists()
