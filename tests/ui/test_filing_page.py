"""备案 as a user works through it: the filing system's fields and the five stages."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from mpreg_desktop.domain.case import SHANGHAI, FilingStage, Outcome, Step, now_shanghai
from mpreg_desktop.domain.flow.filing import StageState, stage_view
from mpreg_desktop.ui.steps.filing.page import FilingPage
from tests.ui.helpers import seen_timeline, type_text

FILING_ITEMS = (
    "filing_fill",
    "filing_platform_review",
    "filing_sms_verify",
    "filing_authority_review",
    "filing_record_number",
)


@pytest.fixture
def page(window, sample_path: Path) -> FilingPage:
    assert window.open_case_file(sample_path)
    window.case_view.show_step(Step.FILING)
    return window.case_view.pages[Step.FILING]


def done_items(page: FilingPage) -> set[str]:
    return {i.id for i in page.document.derived().checklist if i.done}


def filing_events(page: FilingPage) -> list[tuple[str, str]]:
    return [(e.kind, e.params["stage"]) for e in page.document.case.events if e.step == Step.FILING]


def test_every_filing_field_kept_by_the_case_has_an_editor(page: FilingPage) -> None:
    fields = [f for f in page.document.rules.filing.fields if f.case_path]
    assert len(fields) > 20
    for field in fields:
        binding = page.binding_for(field.case_path)
        assert binding is not None and binding.path == field.case_path, field.id
    # Upload fields say which prepared material they are.
    uploads = {row.field.id: row for row in page.fields.uploads}
    photo = uploads["icp_subject.organize_info.certificate_photo"]
    assert "Business licence" in photo.text.text() or "营业执照" in photo.text.text()
    assert photo.button.isEnabled()


def test_enum_options_follow_the_rules_and_the_subject_type(page: FilingPage) -> None:
    rules = page.document.rules.filing
    certificates = page.binding_for("filing.certificate_type")
    values = [v for _, v in certificates._options]
    enterprise = [t.id for t in rules.subject_certificate_types if "enterprise" in t.subject_types]
    assert values == ["", *enterprise]
    person = page.binding_for("filing.subject_principal.certificate_type")
    assert len(person._options) == len(rules.person_certificate_types)
    assert person.combo.currentIndex() == 0  # "" is the first type, 居民身份证


def test_walk_through_the_five_stages(page: FilingPage) -> None:
    doc = page.document
    stages = page.stages
    assert not (set(FILING_ITEMS) & done_items(page))
    assert stages.start_button.isVisible() and not stages.pass_button.isVisible()

    stages.start_button.click()
    assert stage_view(doc.case.filing.stages, FilingStage.FILL)[0] == StageState.IN_PROGRESS
    assert not stages.reject_button.isVisible()  # filling in is the user's own work
    stages.pass_button.click()  # submitted: the platform's review starts
    assert "filing_fill" in done_items(page)
    assert doc.case.filing.stages[-1].stage == FilingStage.PLATFORM_REVIEW
    assert stages.reject_button.isVisible()

    steps = doc.undo_stack.count()
    stages.pass_button.click()  # 平台初审 passed: waiting for the SMS
    assert doc.undo_stack.count() == steps + 1
    assert "filing_platform_review" in done_items(page)

    received = now_shanghai().replace(second=0) - timedelta(hours=1)
    stages.sms.time.set_value(received, emit=True)
    assert stages.sms.record_button.isEnabled()
    stages.sms.record_button.click()
    assert doc.case.filing.sms_received_at == received
    due = (received + timedelta(hours=24)).strftime("%Y-%m-%d %H:%M")
    assert due in stages.sms.deadline.text()

    stages.pass_button.click()  # verified on beian.miit.gov.cn
    assert "filing_sms_verify" in done_items(page)
    stages.pass_button.click()  # 通管局 approved: 备案成功 waits for the number
    assert "filing_authority_review" in done_items(page)
    assert not stages.pass_button.isVisible()

    type_text(stages.number.edit, "粤ICP备2026041617号-1X")
    assert stages.number.record_button.isEnabled()
    stages.number.record_button.click()
    assert doc.case.filing.filing_number == "粤ICP备2026041617号-1X"
    assert set(FILING_ITEMS) <= done_items(page)
    assert not doc.derived().problems_at("filing.filing_number")

    records = doc.case.filing.stages
    assert [r.stage for r in records] == list(FilingStage)
    assert all(r.outcome == Outcome.PASSED and r.started and r.ended for r in records)
    assert filing_events(page) == [
        ("filing.stage_started", "fill"),
        ("filing.stage_passed", "fill"),
        ("filing.stage_started", "platform_review"),
        ("filing.stage_passed", "platform_review"),
        ("filing.stage_started", "sms_verification"),
        ("filing.sms_received", "sms_verification"),
        ("filing.stage_passed", "sms_verification"),
        ("filing.stage_started", "authority_review"),
        ("filing.stage_passed", "authority_review"),
        ("filing.stage_started", "done"),
        ("filing.number_recorded", "done"),
    ]
    for stage in FilingStage:
        assert stage_view(records, stage)[0] == StageState.DONE
    assert not stages.start_button.isVisible() and not stages.reject_button.isVisible()


def test_rejection_returns_to_filling_in_and_keeps_history(
    page: FilingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = page.document
    stages = page.stages
    stages.start_button.click()
    stages.pass_button.click()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("备注过于简单", True))
    )
    steps = doc.undo_stack.count()

    stages.reject_button.click()

    assert doc.undo_stack.count() == steps + 1
    records = doc.case.filing.stages
    assert [(r.stage, r.outcome) for r in records] == [
        (FilingStage.FILL, Outcome.PASSED),
        (FilingStage.PLATFORM_REVIEW, Outcome.REJECTED),
        (FilingStage.FILL, Outcome.PENDING),
    ]
    assert records[1].reason == "备注过于简单" and records[1].ended is not None
    rejected = next(e for e in doc.case.events if e.kind == "filing.stage_rejected")
    assert rejected.params == {"stage": "platform_review"} and rejected.note == "备注过于简单"
    assert stage_view(records, FilingStage.FILL)[0] == StageState.IN_PROGRESS
    assert stage_view(records, FilingStage.PLATFORM_REVIEW)[0] == StageState.REJECTED
    assert "备注过于简单" in stages.cards[FilingStage.PLATFORM_REVIEW].times.text()
    assert "备注过于简单" in stages.history.text()
    assert "filing_fill" not in done_items(page)

    # The next round passes the review; the rejection stays in the history.
    stages.pass_button.click()
    stages.pass_button.click()
    assert len(doc.case.filing.stages) == 5
    assert stage_view(doc.case.filing.stages, FilingStage.PLATFORM_REVIEW)[0] == StageState.DONE
    assert "备注过于简单" in stages.history.text()

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the rejection, in one step
    assert len(doc.case.filing.stages) == 2
    assert doc.case.filing.stages[-1].outcome == Outcome.PENDING
    assert not any(e.kind == "filing.stage_rejected" for e in doc.case.events)


def test_a_rejection_after_the_sms_stops_its_clock(
    page: FilingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = page.document
    stages = page.stages
    stages.start_button.click()
    stages.pass_button.click()  # submitted
    stages.pass_button.click()  # 平台初审 passed
    stages.sms.time.set_value(now_shanghai(), emit=True)
    stages.sms.record_button.click()
    stages.sms.resend_button.click()
    assert len(doc.case.filing.sms_resent_at) == 1
    assert not stages.sms.resend_button.isEnabled()  # the rules allow one resend
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", True)))
    stages.reject_button.click()
    filing = doc.case.filing
    assert filing.sms_received_at is None and filing.sms_resent_at == []
    assert filing.stages[-1].stage == FilingStage.FILL


def test_recorded_time_can_be_earlier_but_not_before_the_stage_began(page: FilingPage) -> None:
    doc = page.document
    stages = page.stages
    began = datetime(2026, 5, 10, 9, 0, tzinfo=SHANGHAI)
    stages.when.set_value(began)
    stages.start_button.click()
    assert doc.case.filing.stages[-1].started == began
    assert stages.when.value() is None  # back to "now" for the next action

    steps = doc.undo_stack.count()
    stages.when.set_value(began - timedelta(days=1))
    stages.pass_button.click()
    assert doc.undo_stack.count() == steps
    assert stages.action_message.isVisibleTo(page)
    stages.when.set_value(began + timedelta(hours=3))
    stages.pass_button.click()
    assert doc.case.filing.stages[0].ended == began + timedelta(hours=3)
    assert not stages.action_message.isVisibleTo(page)

    steps = doc.undo_stack.count()
    stages.when.set_value(now_shanghai() + timedelta(days=1))
    stages.pass_button.click()
    assert doc.undo_stack.count() == steps
    assert "future" in stages.action_message.text()


def test_filing_number_is_checked_as_typed(page: FilingPage) -> None:
    number = page.stages.number
    type_text(number.edit, "粤ICP备2026041617号")
    assert number.message.isVisibleTo(page)
    assert "mini program" in number.message.text()
    assert page.document.case.filing.filing_number == ""  # not recorded until asked
    number.edit.returnPressed.emit()
    assert page.document.case.filing.filing_number == "粤ICP备2026041617号"
    assert page.document.case.events[-1].kind == "filing.number_recorded"


def test_official_site_follows_the_stage(page: FilingPage, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    stages = page.stages
    stages.site_button.click()
    stages.start_button.click()
    stages.pass_button.click()
    stages.site_button.click()  # 平台初审 has no site of its own: the platform's
    stages.pass_button.click()
    stages.site_button.click()  # 短信核验 happens on the MIIT site
    assert [u.toString() for u in opened] == [
        "https://mp.weixin.qq.com/",
        "https://mp.weixin.qq.com/",
        "https://beian.miit.gov.cn/",
    ]


def test_without_a_browser_the_address_is_offered_to_copy(
    page: FilingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No browser answers: a message says so and 复制地址 puts the address on the clipboard."""
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        copy = next(b for b in box.buttons() if b.text() == "Copy address")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    QGuiApplication.clipboard().clear()
    page.stages.site_button.click()
    assert shown and "no web browser" in shown[0] and "https://mp.weixin.qq.com/" in shown[0]
    assert QGuiApplication.clipboard().text() == "https://mp.weixin.qq.com/"


def test_applet_principal_defaults_to_the_subject_principal(page: FilingPage) -> None:
    name = page.binding_for("filing.applet_principal.name")
    assert not name.container.isVisibleTo(page)
    page.binding_for("filing.applet_principal_same").check.click()
    assert page.document.case.filing.applet_principal_same is False
    assert name.container.isVisibleTo(page)
    assert page.binding_for("filing.applet_emergency.name").container.isVisibleTo(page)
    page.document.undo_stack.undo()
    assert not name.container.isVisibleTo(page)


def test_pre_approvals_rows_and_none_of_the_above(page: FilingPage) -> None:
    doc = page.document
    doc.set_field("filing.no_pre_approval", True)
    editor = page.binding_for("filing.pre_approvals")
    steps = doc.undo_stack.count()
    editor.add_button.click()
    assert doc.undo_stack.count() == steps + 1
    assert doc.case.filing.no_pre_approval is False
    assert len(doc.case.filing.pre_approvals) == 1
    combo, number, remove = editor._row_widgets[0]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    type_text(number, "粤-12345号")
    record = doc.case.filing.pre_approvals[0]
    assert record.type == doc.rules.filing.pre_approval_types[2].id
    assert record.code == "粤-12345号"
    remove.click()
    assert doc.case.filing.pre_approvals == []
    doc.undo_stack.undo()
    assert doc.case.filing.pre_approvals[0].code == "粤-12345号"
    assert editor._row_widgets[0][1].text() == "粤-12345号"


def test_upload_field_leads_to_its_material(window, page: FilingPage) -> None:
    photo = next(
        r
        for r in page.fields.uploads
        if r.field.id == "icp_subject.organize_info.certificate_photo"
    )
    photo.button.click()
    assert window.case_view.current_page() is window.case_view.pages[Step.MATERIALS]


def test_workday_spans_say_they_count_from_the_next_working_day(
    window, qtbot, page: FilingPage
) -> None:
    """通管局 1–20 工作日: from when? The card and the timeline say: the working day after."""
    from mpreg_desktop.domain.case import StageRecord

    card = page.stages.cards[FilingStage.AUTHORITY_REVIEW]
    assert "from the working day after the start" in card.duration.text()
    assert "working days" in card.duration.text()
    record = StageRecord(stage=FilingStage.AUTHORITY_REVIEW, started=now_shanghai())
    page.document.set_field("filing.stages", [record])
    dock = seen_timeline(window, qtbot)
    row = next(
        dock.topLevelItem(i)
        for i in range(dock.topLevelItemCount())
        if dock.topLevelItem(i).text(1) == "Communications authority review result"
    )
    assert "from the working day after the start" in row.toolTip(0)


def test_same_person_fills_the_principal_and_keeps_it_in_step(page: FilingPage) -> None:
    """主体负责人就是法定代表人 ticked fills name and ID; one side edited edits both; undo both."""
    doc = page.document
    doc.set_field("filing.subject_principal_is_legal_rep", False)
    doc.set_field("filing.subject_principal.name", "")
    doc.set_field("subject.legal_rep.name", "马小军")
    doc.set_field("subject.legal_rep.id_number", "11010519491231002X")
    page.binding_for("filing.subject_principal_is_legal_rep").check.click()
    name = page.binding_for("filing.subject_principal.name")
    assert name.edit.text() == "马小军"
    assert page.binding_for("filing.subject_principal.id_number").edit.text() == (
        "11010519491231002X"
    )
    doc.undo_stack.undo()  # the tick and what it filled, in one step
    assert not doc.case.filing.subject_principal_is_legal_rep
    assert doc.case.filing.subject_principal.name == ""
    doc.undo_stack.redo()
    type_text(name.edit, "马")  # typed on the filing page: the legal representative follows
    assert doc.case.subject.legal_rep.name == "马小军马"
