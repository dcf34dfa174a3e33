"""帮助 → 规则版本与来源 → 导入规则包…: a newer pack changes the open window; removal restores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.domain.rules.pack import builtin_rules
from mpreg_desktop.storage import rules_store
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.ui.dialogs.app_dialogs import RulesDialog
from mpreg_desktop.ui.dialogs.rules_import import ImportPreview
from tests.rules_packs import NEW_CATEGORY, NEWER_EDITION, newer_pack


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    case = new_case("规则包")
    case.subject.type = SubjectType.ENTERPRISE
    case.mini_program.categories = [NEW_CATEGORY]
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    case.rules_edition = builtin_rules().edition
    path = tmp_path / "case.mpreg"
    write_case(path, case)
    return path


def problem_codes(window) -> list[str]:
    tree = window.docks["problems"].widget()
    role = Qt.ItemDataRole.UserRole
    return [tree.topLevelItem(i).data(0, role).code for i in range(tree.topLevelItemCount())]


def category_labels(window) -> list[str]:
    from mpreg_desktop.domain.case import Step

    binding = window.case_view.pages[Step.SUBJECT].binding_for("mini_program.categories")
    return [binding.list.item(i).text() for i in range(binding.list.count())]


def fee_line(window) -> str:
    from mpreg_desktop.domain.case import Step

    window.case_view.show_step(Step.VERIFICATION)
    return window.case_view.pages[Step.VERIFICATION].cert_info.text()


def test_import_shows_changes_then_window_and_file_follow_and_removal_restores(
    window, case_path: Path, tmp_path: Path, qtbot, monkeypatch, dialogs
) -> None:
    assert window.open_case_file(case_path)
    assert "mini_program.categories.unknown" in problem_codes(window)
    assert "300 yuan" in fee_line(window)
    header = window.case_view.header
    assert not header.rules_note.isVisibleTo(window)

    dialog = RulesDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert not dialog.actions.remove_button.isEnabled()
    shown: list[list[str]] = []
    monkeypatch.setattr(
        dialog.actions, "preview", lambda lines: shown.append(lines) or True, raising=True
    )
    assert dialog.actions.import_file(newer_pack(tmp_path))

    summary = "\n".join(shown[0])
    assert NEWER_EDITION in summary and NEW_CATEGORY in summary and "300 → 350" in summary
    assert rules_store.imported_pack_path(window.context.paths.config_dir).is_file()
    assert window.document.rules.edition.isoformat() == NEWER_EDITION
    assert "mini_program.categories.unknown" not in problem_codes(window)
    assert any("Test services-New" in label for label in category_labels(window))
    assert "350 yuan" in fee_line(window)
    assert header.rules_note.isVisibleTo(window) and NEWER_EDITION in header.rules_note.text()
    assert (
        NEWER_EDITION in dialog.actions.origin.text() and dialog.actions.remove_button.isEnabled()
    )

    # Saved, the case records the edition it was checked with; the note goes away.
    window.document.save(case_path)
    assert read_case(case_path).rules_edition.isoformat() == NEWER_EDITION
    header.refresh()
    assert not header.rules_note.isVisibleTo(window)

    # A window opened later (and the next start) uses the imported pack too.
    assert window.context.rules_choice.origin == "imported"

    dialog.actions.remove_imported()
    assert not rules_store.imported_pack_path(window.context.paths.config_dir).exists()
    assert window.document.rules is builtin_rules()
    assert "mini_program.categories.unknown" in problem_codes(window)
    assert "300 yuan" in fee_line(window)
    assert header.rules_note.isVisibleTo(window)  # saved with the newer edition, now older rules


def test_an_older_or_broken_pack_is_refused_with_the_reason(
    window, tmp_path: Path, qtbot, monkeypatch
) -> None:
    dialog = RulesDialog(window.context, window)
    qtbot.addWidget(dialog)
    refused: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialog.actions, "refuse", lambda text, details: refused.append((text, details))
    )
    monkeypatch.setattr(dialog.actions, "preview", lambda lines: pytest.fail("no preview"))

    older = newer_pack(tmp_path, edition="2020-01-01", name="older.json")
    assert not dialog.actions.import_file(older)
    assert "2020-01-01" in refused[-1][0] and "not newer" in refused[-1][0]

    broken = newer_pack(tmp_path, name="broken.json")
    data = json.loads(broken.read_text(encoding="utf-8"))
    data["checklist"]["entries"][0]["deadline"] = "no.such.item"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not dialog.actions.import_file(broken)
    assert "not a rules pack this app can use" in refused[-1][0]
    assert "no.such.item" in refused[-1][1]
    assert not rules_store.imported_pack_path(window.context.paths.config_dir).exists()
    assert window.context.rules is builtin_rules()


def test_preview_dialog_lists_the_changes(qtbot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    preview = ImportPreview(["Rules pack edition a → b", "1 added", "added category x"])
    qtbot.addWidget(preview)
    assert preview.findChild(QPlainTextEdit).toPlainText() == "added category x"
    assert preview.import_button.text() == "Import"


def test_the_library_shown_works_its_summaries_out_again_with_an_imported_pack(
    window, tmp_path: Path, qtbot, monkeypatch
) -> None:
    from datetime import date

    case = new_case("云帆物流")
    case.subject.type = SubjectType.ENTERPRISE
    case.verification.method = VerificationMethod.BANK_TRANSFER
    case.verification.bank_transfer.submitted_on = date(2026, 11, 2)
    folder = window.context.library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_case(folder / "云帆物流.mpreg", case)
    library = window.start_page.library
    library.scanner.run_to_end()

    def due() -> date:
        (summary,) = library.summaries()
        return summary.deadline.due.date()

    assert due() == date(2026, 11, 12)
    dialog = RulesDialog(window.context, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.actions, "preview", lambda lines: True)
    assert dialog.actions.import_file(newer_pack(tmp_path, transfer_days=12))
    library.scanner.run_to_end()
    assert due() == date(2026, 11, 14)


def test_an_imported_pack_this_app_cannot_read_is_not_used_and_can_be_removed(
    window, tmp_path: Path, qtbot
) -> None:
    stored = rules_store.imported_pack_path(window.context.paths.config_dir)
    stored.parent.mkdir(parents=True)
    stored.write_text('{"format": "mpreg-rules-pack", "format_version": 99}', encoding="utf-8")
    window.context.rules_changed()  # as at the next start
    assert window.context.rules is builtin_rules()
    dialog = RulesDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert "cannot read it" in dialog.actions.origin.text()
    assert "newer version of the app" in dialog.actions.origin.toolTip()
    assert dialog.actions.remove_button.isEnabled()
    dialog.actions.remove_imported()
    assert not stored.exists() and not dialog.actions.remove_button.isEnabled()
