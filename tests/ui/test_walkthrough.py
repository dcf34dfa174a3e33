"""Whole cases through all four steps, as a user drives the window: an enterprise paying by
对公打款, and a 个人 subject. After each step the checklist, problems and history are checked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from mpreg_desktop.domain.case import Outcome, Step, SubjectType, VerificationMethod, now_shanghai
from mpreg_desktop.storage.cases.casefile import read_case
from tests.ui.helpers import type_text
from tests.ui.test_materials_page import colour_scan, drop_on_row, mime_with
from tests.ui.test_subject_page import answer, choose


def step_problems(window, step: Step, severity: str = "error") -> list[str]:
    return [
        p.code
        for p in window.document.derived().problems
        if p.step == step and p.severity == severity
    ]


def checklist(window) -> dict[str, bool]:
    return {item.id: item.done for item in window.document.derived().checklist}


def fill(page, path: str, text: str) -> None:
    binding = page.binding_for(path)
    binding.edit.setText("")
    type_text(binding.edit, text)


def set_date(page, path: str, day: date) -> None:
    page.binding_for(path).date.edit.setDate(day)


@pytest.fixture
def new_window(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    window.new_case()
    target = tmp_path / "案例.mpreg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save()  # saved first, so attachments can be stored next to it
    return window


def test_enterprise_paying_by_public_account(new_window, tmp_path: Path) -> None:
    window = new_window
    view = window.case_view
    # 1 主体选择: the questions lead to 企业; fill the subject, account and mini program.
    subject = view.pages[Step.SUBJECT]
    answer(subject, organisation=True, licence=True, wechat_pay=True)
    subject.guide.view.adopt_button.click()
    assert window.document.case.subject.type == SubjectType.ENTERPRISE
    fill(subject, "name", "星光咖啡点单")
    fill(subject, "subject.name", "深圳市星光咖啡有限公司")
    fill(subject, "subject.code", "914403001922038216")
    fill(subject, "account.email", "mp@example.com")
    fill(subject, "account.admin.name", "张三")
    fill(subject, "account.admin.id_number", "110101199003071233")
    fill(subject, "account.admin.phone", "13800138000")
    fill(subject, "mini_program.name", "星光咖啡点单")
    assert step_problems(window, Step.SUBJECT) == []
    items = checklist(window)
    assert {"business_licence", "legal_rep_id", "registration_email"} <= set(items)

    # 3 验证认证 first chooses 对公打款, which adds the account to the materials.
    verification = view.pages[Step.VERIFICATION]
    view.show_step(Step.VERIFICATION)
    choose(verification.binding_for("verification.method"), VerificationMethod.BANK_TRANSFER)
    assert "public_account_info" in checklist(window)
    fill(verification, "verification.bank_transfer.account_name", "深圳市星光咖啡有限公司")
    fill(verification, "verification.bank_transfer.bank_name", "招商银行")
    fill(verification, "verification.bank_transfer.account_number", "755912345610001")
    today = now_shanghai().date()
    set_date(verification, "verification.bank_transfer.submitted_on", today - timedelta(days=2))
    set_date(verification, "verification.bank_transfer.paid_on", today - timedelta(days=1))
    assert step_problems(window, Step.VERIFICATION) == []
    assert checklist(window)["bank_transfer_pay"]
    verification.binding_for("verification.bank_transfer.outcome").pass_button.click()
    assert window.document.case.verification.bank_transfer.outcome == Outcome.PASSED
    assert window.document.case.events[-1].kind == "verification.passed"

    # 2 材料准备: colour scans dropped on their rows mark them prepared.
    materials = view.pages[Step.MATERIALS]
    view.show_step(Step.MATERIALS)
    folder = window.document.path.parent
    licence = colour_scan(folder / "营业执照.png")
    card = colour_scan(folder / "法人身份证.png", 1000, 700)
    assert drop_on_row(materials, "business_licence", mime_with(licence))
    assert drop_on_row(materials, "legal_rep_id", mime_with(card))
    items = checklist(window)
    assert items["business_licence"] and items["legal_rep_id"]
    assert step_problems(window, Step.MATERIALS) == []
    stored = window.document.case.material("business_licence").attachments[0]
    assert stored.path == "营业执照.png" and stored.scan.colour is True

    # 4 备案: people, description, pre-approval, then the five stages to the filing number.
    filing = view.pages[Step.FILING]
    view.show_step(Step.FILING)
    fill(filing, "filing.subject_principal.name", "李四")
    fill(filing, "filing.subject_principal.id_number", "310104198512314565")
    fill(filing, "filing.subject_principal.phone", "13912345678")
    filing.binding_for("filing.subject_principal.id_long_term").check.click()
    fill(filing, "filing.subject_emergency.name", "王五")
    fill(filing, "filing.subject_emergency.phone", "13912345678")  # the same number: wrong
    assert "filing.phone.same_as_principal" in step_problems(window, Step.FILING)
    fill(filing, "filing.subject_emergency.phone", "18612345678")
    description = filing.binding_for("filing.description")
    description.edit.setPlainText("为门店顾客提供咖啡在线点单、到店自取和会员积分查询服务。")
    filing.binding_for("filing.no_pre_approval").check.click()
    assert "filing.phone.same_as_principal" not in step_problems(window, Step.FILING)
    stages = filing.stages
    stages.start_button.click()
    stages.pass_button.click()  # submitted
    stages.pass_button.click()  # 平台初审 passed
    stages.sms.time.set_value(now_shanghai().replace(second=0), emit=True)
    stages.sms.record_button.click()
    assert "MIIT SMS" in view.header.deadline.text()  # the tests run in English
    stages.pass_button.click()  # SMS verified
    stages.pass_button.click()  # 通管局 approved
    type_text(stages.number.edit, "粤ICP备2026041617号-1X")
    stages.number.record_button.click()
    items = checklist(window)
    for key in ("filing_fill", "filing_sms_verify", "filing_record_number"):
        assert items[key], key
    kinds = [e.kind for e in window.document.case.events]
    assert kinds[0] == "case.created" and "filing.number_recorded" in kinds

    assert window.save()
    saved = read_case(window.document.path)
    assert saved.filing.filing_number == "粤ICP备2026041617号-1X"
    assert saved.subject.type == SubjectType.ENTERPRISE


def test_personal_subject(new_window) -> None:
    window = new_window
    view = window.case_view
    subject = view.pages[Step.SUBJECT]
    answer(subject, organisation=False, licence=False)
    subject.guide.view.adopt_button.click()
    assert window.document.case.subject.type == SubjectType.PERSONAL
    fill(subject, "account.email", "me@example.com")
    fill(subject, "account.admin.name", "赵六")
    fill(subject, "account.admin.id_number", "440305200002290010")
    fill(subject, "account.admin.phone", "18912345678")
    fill(subject, "mini_program.name", "每日记账本")
    assert step_problems(window, Step.SUBJECT) == []
    items = checklist(window)
    assert "personal_id" in items and "business_licence" not in items
    # A person cannot take WeChat Pay: asking for it is an error that says what to do instead.
    answer(subject, wechat_pay=True)
    assert "subject.needs.unsupported" in step_problems(window, Step.SUBJECT)
    window.undo_action.trigger()
    assert "subject.needs.unsupported" not in step_problems(window, Step.SUBJECT)
    # No subject verification for a person: nothing required on 验证认证.
    assert not [p for p in window.document.derived().problems if p.path == "verification.method"]
    # 备案 of a person: the principal is the person, with another person as emergency contact.
    filing = view.pages[Step.FILING]
    fill(filing, "filing.subject_principal.name", "赵六")
    fill(filing, "filing.subject_principal.id_number", "440305200002290010")
    fill(filing, "filing.subject_principal.phone", "18912345678")
    fill(filing, "filing.subject_emergency.name", "赵七")
    fill(filing, "filing.subject_emergency.phone", "13800138000")
    assert step_problems(window, Step.FILING) == []
    assert window.save()
    assert read_case(window.document.path).account.admin.name == "赵六"
