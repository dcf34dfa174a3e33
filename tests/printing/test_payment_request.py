"""付款申请单 for finance: the platform's payee and amount as entered, never invented; one page."""

from __future__ import annotations

from datetime import datetime

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.printing.payment_request import payment_request_html

PRINTED = datetime(2026, 11, 17, 10, 0, tzinfo=SHANGHAI)


def _html(case, printed=PRINTED, unmasked=False) -> str:
    rules = load_rules()
    timeline = build_timeline(case, rules, WorkdayCalendar(), printed)
    return payment_request_html(
        case, rules, timeline, language="zh_CN", printed=printed, unmasked=unmasked
    )


def _with_payee(case):
    bank = case.verification.bank_transfer
    bank.payee_name = "深圳市腾讯计算机系统有限公司"
    bank.payee_bank = "中国工商银行深圳高新园南区支行"
    bank.payee_account = "4000023029200403157"
    bank.amount = "0.37"
    bank.remark = "MP12345"
    return case


def test_the_request_carries_what_the_platform_showed_and_the_deadline(enterprise_case):
    html = _html(_with_payee(enterprise_case))
    for text in ("深圳市腾讯计算机系统有限公司", "中国工商银行深圳高新园南区支行", "MP12345"):
        assert text in html
    assert "4000023029200403157" in html  # the payee is printed whole: finance types it
    assert "人民币 0.37 元" in html
    assert "755912345610001" not in html and "7559*******0001" in html  # our account masked
    # submitted 2026-11-12 + 10 days, printed on the 17th
    assert "请于 2026-11-22 前汇出（还剩 5 天）" in html
    assert "10 个工作日内原路退回" in html
    for who in ("申请人", "部门负责人", "财务"):
        assert who in html
    assert "755912345610001" in _html(enterprise_case, unmasked=True)


def test_nothing_is_invented_when_the_platforms_details_are_missing(enterprise_case):
    html = _html(enterprise_case)
    assert "尚未在「验证认证」页填写" in html
    assert html.count("未填写：请按公众平台页面手写") == 5  # payee, bank, account, amount, remark
    assert "元（须与页面所示" not in html
    late = datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    assert "已逾期 2 天" in _html(enterprise_case, printed=late)
    enterprise_case.verification.bank_transfer.submitted_on = None
    assert "提交日期未记录" in _html(enterprise_case)
