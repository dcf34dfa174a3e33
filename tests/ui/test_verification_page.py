"""验证认证 as a user records it: the method's form, its rules, and the result with its history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QInputDialog

from mpreg_desktop.domain.case import Outcome, Step, VerificationMethod, now_shanghai
from mpreg_desktop.ui.steps.verification.page import VerificationPage


@pytest.fixture
def page(window, sample_path: Path) -> VerificationPage:
    assert window.open_case_file(sample_path)
    window.case_view.show_step(Step.VERIFICATION)
    return window.case_view.pages[Step.VERIFICATION]


def choose_method(page: VerificationPage, method: VerificationMethod) -> None:
    combo = page.binding_for("verification.method")
    index = next(i for i, (_, v) in enumerate(combo._options) if v == method)
    combo.combo.activated.emit(index)
    assert page.document.case.verification.method == method


def answer_reason(monkeypatch: pytest.MonkeyPatch, text: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def fake(parent, title, label, *args, **kwargs):
        asked.append(label)
        return text, ok

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(fake))
    return asked


def test_rejected_bank_transfer_records_reason_and_event_in_one_undo_step(
    page: VerificationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = page.document
    choose_method(page, VerificationMethod.BANK_TRANSFER)
    assert page.bank_box.isVisibleTo(page)
    outcome = page.binding_for("verification.bank_transfer.outcome")
    asked = answer_reason(monkeypatch, "  打款金额不符  ")
    events_before = len(doc.case.events)
    steps_before = doc.undo_stack.count()

    outcome.reject_button.click()

    assert asked, "the reason is asked for"
    bank = doc.case.verification.bank_transfer
    assert bank.outcome == Outcome.REJECTED
    assert bank.reason == "打款金额不符"
    assert bank.result_on == now_shanghai().date()
    event = doc.case.events[-1]
    assert (event.kind, event.step, event.note) == (
        "verification.rejected",
        Step.VERIFICATION,
        "打款金额不符",
    )
    assert event.params == {"method": "bank_transfer"}
    assert doc.undo_stack.count() == steps_before + 1
    assert "打款金额不符" in outcome.state.text()
    assert not outcome.reject_button.isEnabled() and outcome.resubmit_button.isEnabled()

    doc.undo_stack.undo()
    bank = doc.case.verification.bank_transfer
    assert (bank.outcome, bank.reason, bank.result_on) == (Outcome.PENDING, "", None)
    assert len(doc.case.events) == events_before
    assert outcome.reject_button.isEnabled()

    doc.undo_stack.redo()
    assert doc.case.verification.bank_transfer.outcome == Outcome.REJECTED
    assert doc.case.events[-1].kind == "verification.rejected"


def test_cancelling_the_reason_records_nothing(
    page: VerificationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_method(page, VerificationMethod.BANK_TRANSFER)
    steps = page.document.undo_stack.count()
    answer_reason(monkeypatch, "whatever", ok=False)
    page.binding_for("verification.bank_transfer.outcome").reject_button.click()
    assert page.document.undo_stack.count() == steps
    assert page.document.case.verification.bank_transfer.outcome == Outcome.PENDING


def test_resubmission_starts_a_new_attempt_and_keeps_the_old_one_in_history(
    page: VerificationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = page.document
    choose_method(page, VerificationMethod.BANK_TRANSFER)
    doc.set_field("verification.bank_transfer.paid_on", date(2026, 5, 3))
    answer_reason(monkeypatch, "户名不一致")
    outcome = page.binding_for("verification.bank_transfer.outcome")
    outcome.reject_button.click()

    outcome.resubmit_button.click()

    bank = doc.case.verification.bank_transfer
    today = now_shanghai().date()
    assert (bank.outcome, bank.result_on, bank.reason) == (Outcome.PENDING, None, "")
    assert bank.submitted_on == today and bank.paid_on is None
    event = doc.case.events[-1]
    assert event.kind == "verification.resubmitted"
    assert event.params == {"method": "bank_transfer", "paid_on": "2026-05-03"}

    outcome.pass_button.click()
    assert doc.case.verification.bank_transfer.outcome == Outcome.PASSED
    assert doc.case.events[-1].kind == "verification.passed"
    assert [e.kind for e in doc.case.events[-3:]] == [
        "verification.rejected",
        "verification.resubmitted",
        "verification.passed",
    ]


def test_face_check_and_certification_record_their_own_results(page: VerificationPage) -> None:
    doc = page.document
    choose_method(page, VerificationMethod.LEGAL_REP_FACE)
    assert page.face_box.isVisibleTo(page) and not page.bank_box.isVisibleTo(page)
    page.binding_for("verification.face.outcome").pass_button.click()
    face = doc.case.verification.face
    assert face.outcome == Outcome.PASSED and face.done_on == now_shanghai().date()
    assert doc.case.events[-1].params == {"method": "legal_rep_face"}

    choose_method(page, VerificationMethod.WECHAT_CERTIFICATION)
    page.binding_for("verification.certification.outcome").pass_button.click()
    assert doc.case.verification.certification.outcome == Outcome.PASSED
    # 微信认证 passing completes the checklist action that waits for it.
    items = {i.id: i for i in doc.derived().checklist}
    assert items["wechat_certification_apply"].done


def test_rules_text_comes_from_the_rules_pack(page: VerificationPage) -> None:
    rules = page.document.rules
    fee = rules.subjects.get("enterprise").certification_fee_yuan
    assert f"{fee} yuan per year" in page.cert_info.text()
    cert = rules.verification.certification
    assert f"at most {cert.review_max.max} working days" in page.cert_info.text()
    assert f"of {cert.resubmissions} times" in page.cert_info.text()

    choose_method(page, VerificationMethod.BANK_TRANSFER)
    deadline = rules.verification.method("bank_transfer").deadline
    page.document.set_field("verification.bank_transfer.submitted_on", date(2026, 5, 1))
    submitted = page.binding_for("verification.bank_transfer.submitted_on")
    due = date(2026, 5, 1) + timedelta(days=deadline.max)
    assert submitted.message.isVisibleTo(page)
    assert due.isoformat() in submitted.message.text()
    assert "working days" in page.bank_info.text()


def test_certification_validity_and_annual_review_window(page: VerificationPage) -> None:
    doc = page.document
    choose_method(page, VerificationMethod.WECHAT_CERTIFICATION)
    doc.set_field("verification.certification.result_on", date(2026, 5, 6))
    doc.set_field("verification.certification.outcome", Outcome.PASSED)
    window = doc.rules.verification.certification.annual_review_window
    hint = page.binding_for("verification.certification.result_on").message.text()
    opens = date(2027, 5, 6) - timedelta(days=window.max)
    assert "2027-05-06" in hint and opens.isoformat() in hint


def test_official_site_button_opens_the_browser(
    page: VerificationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    choose_method(page, VerificationMethod.WECHAT_CERTIFICATION)
    page.cert_site.click()
    assert [u.toString() for u in opened] == ["https://mp.weixin.qq.com/"]


def test_face_check_name_is_prefilled_from_the_legal_rep(page: VerificationPage) -> None:
    doc = page.document
    doc.set_field("subject.legal_rep.name", "马小军")
    doc.set_field("verification.face.name", "")
    doc.set_field("verification.method", VerificationMethod.LEGAL_REP_FACE)
    assert page.binding_for("verification.face.name").edit.text() == "马小军"


def test_a_hint_that_goes_keeps_its_line(page: VerificationPage) -> None:
    """Fields below do not jump when a hint disappears: its line stays (blank)."""
    doc = page.document
    doc.set_field("verification.method", VerificationMethod.BANK_TRANSFER)
    binding = page.binding_for("verification.bank_transfer.submitted_on")
    doc.set_field("verification.bank_transfer.submitted_on", date(2026, 11, 20))
    assert "Pay by" in binding.message.text()
    QApplication.processEvents()
    below = binding.message.geometry().bottom()
    doc.set_field("verification.bank_transfer.submitted_on", None)
    QApplication.processEvents()
    assert binding.message.isVisibleTo(page) and not binding.message.text().strip()
    assert binding.message.geometry().bottom() == below


def test_method_is_recommended_with_reasons_and_a_conflict_is_warned(window, noodle_shop) -> None:
    window.open_case_file(noodle_shop)
    window.case_view.show_step(Step.VERIFICATION)
    page = window.case_view.pages[Step.VERIFICATION]
    advice = page.advice
    assert "Recommended: WeChat certification" in advice.headline.text()
    reasons = advice.reasons.text()
    assert "ICP filing" in reasons and "WeChat Pay requires it" in reasons
    assert "30 yuan" in reasons
    advice.adopt_button.click()
    assert window.document.case.verification.method == VerificationMethod.WECHAT_CERTIFICATION
    assert not advice.adopt_button.isEnabled()
    method = page.binding_for("verification.method")
    window.document.set_field("verification.method", VerificationMethod.LEGAL_REP_FACE)
    assert "WeChat certification (and its fee) is still needed" in method.message.text()
    assert advice.adopt_button.isEnabled()


def test_no_method_yet_is_said_once(page: VerificationPage) -> None:
    """The required problem under the field says it; the page adds no second sentence."""
    page.document.set_field("verification.method", None)
    assert page.method_info.text() == ""
