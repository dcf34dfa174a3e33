"""Printing needs a Qt GUI application (offscreen) for fonts and QPrinter."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Case,
    MaterialItem,
    MaterialState,
    SubjectType,
    VerificationMethod,
    new_case,
)


@pytest.fixture
def enterprise_case() -> Case:
    case = new_case("星光咖啡小程序")
    s = case.subject
    s.type, s.name, s.code = SubjectType.ENTERPRISE, "深圳市星光咖啡有限公司", "914403001922038216"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003071233", "13800138000"
    case.mini_program.name = "星光咖啡点单"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.bank_name, bank.account_number = s.name, "招商银行", "755912345610001"
    bank.submitted_on = date(2026, 11, 12)
    principal = case.filing.subject_principal
    principal.name, principal.id_number, principal.phone = (
        "李四",
        "310104198512314565",
        "13912345678",
    )
    case.filing.subject_emergency.name, case.filing.subject_emergency.phone = "王五", "18612345678"
    case.filing.sms_received_at = datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI)
    case.materials.append(MaterialItem(key="business_licence", state=MaterialState.CHECKED))
    return case


@pytest.fixture
def personal_case() -> Case:
    case = new_case("个人工具小程序")
    case.subject.type = SubjectType.PERSONAL
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "赵六", "440305200002290010", "18912345678"
    case.mini_program.name = "每日记账本"
    return case
