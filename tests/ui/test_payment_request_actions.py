"""文件 → 打印付款申请单… / export as PDF: one page, only for 对公打款, blanks only if agreed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from tests.printing.test_payment_request import _with_payee
from tests.printing.test_pdf import page_count, pdf_text
from tests.support import require_chinese_font, require_tools


def _case():
    case = new_case("星光咖啡小程序")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.bank_name, bank.account_number = case.subject.name, "招商银行", "7559"
    bank.submitted_on = date(2026, 11, 12)
    return case


def test_file_menu_exports_a_one_page_pdf(window, tmp_path: Path, monkeypatch):
    require_tools("pdftotext", "pdfinfo")
    require_chinese_font()
    enterprise_case = _case()
    path = tmp_path / "星光.mpreg"
    write_case(path, _with_payee(enterprise_case))
    window.open_case_file(path)
    target = tmp_path / "付款申请单.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.payment_pdf_action.trigger()
    assert page_count(target) == 1
    text = pdf_text(target)
    assert "4000023029200403157" in text and "深圳市腾讯计算机系统有限公司" in text


def test_the_request_is_only_for_bank_transfer_and_asks_before_blanks(
    window, tmp_path: Path, monkeypatch, dialogs
):
    enterprise_case = _case()
    enterprise_case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    path = tmp_path / "c.mpreg"
    write_case(path, enterprise_case)
    window.open_case_file(path)
    saved = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: saved.append(a) or ("", ""))
    )
    window.payment_pdf_action.trigger()
    assert dialogs.shown[-1][0] == "information" and not saved
    window.document.set_field("verification.method", VerificationMethod.BANK_TRANSFER)
    dialogs.answer = QMessageBox.StandardButton.No
    window.payment_pdf_action.trigger()
    assert dialogs.shown[-1][0] == "question" and not saved
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.payment_pdf_action.trigger()
    assert saved  # the user agreed to blanks: the file dialog opened
