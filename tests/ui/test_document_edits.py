"""The document is the only writer: every edit is checked, validated and one undo step, or none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Event,
    FilingStage,
    MaterialState,
    Step,
    new_case,
)
from mpreg_desktop.domain.clock import SetClock
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.filing.progress import FilingProgress
from mpreg_desktop.ui.steps.materials.edits import MaterialEditor

MOMENT = dt.datetime(2026, 11, 20, 9, 30, tzinfo=SHANGHAI)


@pytest.fixture
def document(qapp) -> CaseDocument:
    return CaseDocument(new_case("测试", now=MOMENT), clock=SetClock(MOMENT))


def refusals(document: CaseDocument) -> list[str]:
    seen: list[str] = []
    document.editRefused.connect(seen.append)
    return seen


def test_a_read_only_case_refuses_material_edits(document: CaseDocument, tmp_path: Path) -> None:
    document.read_only = "locked"
    seen = refusals(document)
    editor = MaterialEditor(document)
    editor.update("business_license", "notes", typing=True, notes="不应写入")
    editor.update("business_license", "state", state=MaterialState.READY)
    scan = tmp_path / "licence.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    editor.attach("business_license", [scan], scan=False, label="attach")
    assert document.case.materials == []
    assert document.undo_stack.count() == 0 and not document.is_modified
    assert seen and set(seen) == {"locked"}


def test_an_overlong_note_is_refused_and_the_file_stays_readable(
    document: CaseDocument, tmp_path: Path
) -> None:
    seen = refusals(document)
    editor = MaterialEditor(document)
    editor.update("business_license", "notes", typing=True, notes="备注")
    editor.update("business_license", "notes", typing=True, notes="长" * 25_000)
    assert document.case.material("business_license").notes == "备注"
    assert seen == ["invalid"]
    path = tmp_path / "case.mpreg"
    write_case(path, document.case)
    assert read_case(path).material("business_license").notes == "备注"


def test_starting_a_filing_stage_on_a_read_only_case_leaves_no_undo_step(
    document: CaseDocument,
) -> None:
    document.read_only = "locked"
    FilingProgress(document).start(FilingStage.FILL, MOMENT)
    assert document.case.filing.stages == []
    assert document.undo_stack.count() == 0 and not document.is_modified


def test_an_edit_that_changes_nothing_is_no_undo_step(document: CaseDocument) -> None:
    with document.edit("nothing"):
        document.set_field("name", document.case.name)
        document.set_field("notes", "x")
        document.set_field("notes", "")
    assert document.undo_stack.count() == 0 and not document.is_modified


def test_an_invalid_value_takes_back_the_whole_edit(document: CaseDocument) -> None:
    with document.edit("two fields"):
        document.set_field("name", "新名字")
        document.set_field("mini_program.name", "长" * 5_000)
    assert document.case.name == "测试" and document.undo_stack.count() == 0


def test_an_exception_inside_an_edit_takes_it_back(document: CaseDocument) -> None:
    with pytest.raises(RuntimeError), document.edit("broken"):
        document.set_field("name", "新名字")
        raise RuntimeError("the widget failed half way")
    assert document.case.name == "测试" and document.undo_stack.count() == 0


def test_keyed_material_edits_undo_and_redo(document: CaseDocument) -> None:
    editor = MaterialEditor(document)
    for text in ("营", "营业", "营业执照"):
        editor.update("business_license", "notes", typing=True, notes=text)
    editor.update("id_card_front", "notes", typing=True, notes="正面")
    assert document.undo_stack.count() == 2  # typing merged per material
    assert [m.key for m in document.case.materials] == ["business_license", "id_card_front"]
    document.undo_stack.undo()
    assert document.case.material("id_card_front") is None
    document.undo_stack.undo()
    assert document.case.materials == []
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert document.case.material("business_license").notes == "营业执照"
    assert document.case.material("id_card_front").notes == "正面"


def test_an_event_is_appended_without_copying_the_history(document: CaseDocument) -> None:
    for n in range(50):
        document.case.events.append(Event(at=MOMENT, kind="case.note", note=str(n)))
    history = list(document.case.events)
    document.add_event("filing.sms_received", Step.FILING)
    assert all(a is b for a, b in zip(history, document.case.events, strict=False))
    assert document.case.events[-1].at == MOMENT  # from the document's clock
    document.undo_stack.undo()
    assert len(document.case.events) == len(history)


def test_a_full_history_refuses_one_more_event(document: CaseDocument) -> None:
    document.case.events.extend(Event(at=MOMENT, kind="case.note") for _ in range(19_998))
    assert len(document.case.events) == 19_999  # with case.created
    seen = refusals(document)
    document.add_event("case.note", None)
    assert len(document.case.events) == 20_000 and seen == []
    document.add_event("case.note", None)
    assert len(document.case.events) == 20_000 and seen == ["invalid"]
