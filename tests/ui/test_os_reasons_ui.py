"""The system's reason for a failed file operation is said in the UI's language.

On a Chinese Windows, Python's errno texts ("Permission denied") come from the C runtime in
English; each kind of place that shows one (a case file, a save, autosave, an export, a bundle,
the library, an attachment) must say it in Chinese.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from mpreg_desktop.storage.cases import casefile
from mpreg_desktop.storage.library.index import summarise_file
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.library.model import broken_text
from mpreg_desktop.ui.sharing.bundle_actions import ExportBundleDialog
from tests.ui import test_library_view as library_tests
from tests.ui import test_sharing_ui as sharing_tests

# Fixtures shared with the library and sharing tests.
root, view, select = library_tests.root, library_tests.view, library_tests.select
case_with_scan = sharing_tests.case_with_scan

ENGLISH = ("Permission denied", "No space left", "Read-only file system", "being used")


@pytest.fixture
def chinese(context):
    app = QApplication.instance()
    translators = i18n.install(app, "zh_CN")
    assert translators, "the zh_CN translation was not found (is the .qm built?)"
    yield
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_language("en")


def raising(error: OSError):
    def fail(*args, **kwargs):
        raise error

    return fail


def sharing_violation() -> OSError:
    """What Windows raises when another program (Excel, a sync client) holds the file open."""
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is "
                            "being used by another process")  # fmt: skip
    error.winerror = 32
    return error


def text_of(dialogs) -> str:
    assert dialogs.shown, "no message was shown"
    return dialogs.shown[-1][2]


def no_english(text: str) -> None:
    assert not [fragment for fragment in ENGLISH if fragment in text], text


def test_opening_an_unreadable_case_says_why_in_chinese(
    window, chinese, sample_path: Path, dialogs, monkeypatch
) -> None:
    monkeypatch.setattr(
        casefile, "open", raising(PermissionError(errno.EACCES, "Permission denied")), raising=False
    )
    window.open_case_file(sample_path)
    text = text_of(dialogs)
    assert "没有访问权限" in text and "无法读取" in text
    no_english(text)


def test_saving_to_a_full_disk_says_why_in_chinese(
    window, chinese, sample_path: Path, dialogs, monkeypatch
) -> None:
    from mpreg_desktop.storage.cases import case_store

    window.open_case_file(sample_path)
    window.document.set_field("mini_program.name", "星光咖啡外卖")
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(case_store, "atomic_write", raising(full))
    assert not window.save()
    text = text_of(dialogs)
    assert "磁盘空间已满" in text
    no_english(text)
    assert window.document.is_modified  # nothing lost: the changes are still in the window


def test_autosave_blocked_by_another_program_says_so_in_chinese(
    window, chinese, sample_path: Path, monkeypatch
) -> None:
    from mpreg_desktop.ui.editing import safety

    window.open_case_file(sample_path)
    window.document.set_field("mini_program.name", "星光咖啡外卖")
    monkeypatch.setattr(safety, "write_recovery", raising(sharing_violation()))
    window.safety.autosave()
    assert "正被其他程序使用" in window.safety.autosave_error
    assert "正被其他程序使用" in window.safety.status.toolTip()
    no_english(window.safety.status.toolTip())


def test_pdf_export_to_a_full_disk_says_why_in_chinese(
    window, chinese, sample_path: Path, dialogs, monkeypatch, tmp_path: Path
) -> None:
    import mpreg_desktop.printing as printing
    from mpreg_desktop.storage import atomic
    from mpreg_desktop.ui.dialogs import print_actions
    from mpreg_desktop.ui.dialogs.print_actions import PrintOptions

    window.open_case_file(sample_path)
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions())
    target = tmp_path / "清单.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        atomic.os, "replace", raising(OSError(errno.ENOSPC, "No space left on device"))
    )
    assert printing  # the real PDF writer runs; only the final placing of the file fails
    window.export_pdf_action.trigger()
    text = text_of(dialogs)
    assert "磁盘空间已满" in text
    no_english(text)
    assert not target.exists()


def test_bundle_export_to_a_read_only_disk_says_why_in_chinese(
    window,
    chinese,
    case_with_scan: Path,
    dialogs,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from mpreg_desktop.sharing import bundle_export

    window.open_case_file(case_with_scan)
    monkeypatch.setattr(ExportBundleDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    target = tmp_path / "sent.mpregz"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        bundle_export, "atomic_writer", raising(OSError(errno.EROFS, "Read-only file system"))
    )
    window.export_bundle_action.trigger()
    text = text_of(dialogs)
    assert "磁盘为只读" in text
    no_english(text)


def test_library_rename_blocked_by_another_program_says_so_in_chinese(
    view,
    root: Path,
    chinese,
    dialogs,
    monkeypatch,
) -> None:
    import os

    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("星光咖啡 南山店", True))
    monkeypatch.setattr(os, "link", raising(OSError(errno.EXDEV, "no hard links here")))
    monkeypatch.setattr(os, "rename", raising(sharing_violation()))
    select(view, "星光咖啡")
    view.case_actions.rename_action.trigger()
    text = text_of(dialogs)
    assert "正被其他程序使用" in text
    no_english(text)
    assert (root / "星光咖啡.mpreg").exists()


def test_library_lists_an_unreadable_case_with_the_reason_in_chinese(
    context, chinese, sample_path: Path, monkeypatch
) -> None:
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.domain.workdays import WorkdayCalendar

    rules = load_rules()
    monkeypatch.setattr(
        casefile, "open", raising(PermissionError(errno.EACCES, "Permission denied")), raising=False
    )
    summary = summarise_file(sample_path, rules, WorkdayCalendar())
    monkeypatch.undo()
    assert summary.broken and summary.error_os == "denied"
    text = broken_text(summary)
    assert "没有访问权限" in text
    no_english(text)


def test_an_attachment_that_cannot_be_read_says_why_in_chinese(
    window, chinese, sample_path: Path, monkeypatch, tmp_path: Path
) -> None:
    from mpreg_desktop.ui.steps.materials import edits
    from mpreg_desktop.ui.steps.materials.files import refused_text

    window.open_case_file(sample_path)
    scan = sample_path.parent / "营业执照.jpg"
    scan.write_bytes(b"\xff\xd8 a scan")
    monkeypatch.setattr(edits, "scan_file", raising(sharing_violation()))
    editor = edits.MaterialEditor(window.document, None)
    refused = editor.attach("business_licence", [scan], scan=True, label="attach")
    assert [r.reason for r in refused] == ["unreadable"]
    text = refused_text(refused[0])
    assert text.startswith("营业执照.jpg: 无法读取文件（文件正被其他程序使用")
    no_english(text)
