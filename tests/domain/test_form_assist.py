"""The filling assistant's rows: each form's fields in the pack's order, valued as it wants."""

from __future__ import annotations

from datetime import date

from mpreg_desktop.domain.assist.forms import form_rows, submit_dates
from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.rules.model import load_rules


def _case():
    case = new_case("星光")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    case.filing.province, case.filing.city, case.filing.district = "440000", "440300", "440305"
    case.filing.certificate_type = "business_licence"
    p = case.filing.subject_principal
    p.name, p.id_number, p.phone = "张三", "110101199003074514", "13800138000"
    p.id_valid_from = date(2016, 3, 1)
    p.id_long_term = True
    case.filing.description = "咖啡店线上点单与外卖配送服务"
    return case


def test_every_form_lists_its_fields_in_the_packs_order_with_its_labels():
    rules = load_rules()
    case = _case()
    case.filing.subject_principal_is_legal_rep = False
    for form in rules.forms.forms:
        rows = form_rows(case, rules, form.id)
        expected = []
        for f in form.fields:
            if f.methods or (f.subject_types and case.subject.type not in f.subject_types):
                continue
            expected.append(f.filing_field or f.id)
        assert [r.id for r in rows] == expected, form.id
    filing = form_rows(case, rules, "filing_subject")
    by_field = {f.id: f.label for f in rules.filing.fields}
    assert [r.label for r in filing] == [by_field[r.id] for r in filing]


def test_values_are_formatted_as_the_forms_want_them():
    rules = load_rules()
    case = _case()
    subject = {r.id: r.value for r in form_rows(case, rules, "filing_subject")}
    assert subject["icp_subject.base_info.type"] == "企业"
    assert subject["icp_subject.base_info.province"] == "广东省"
    assert subject["icp_subject.base_info.city"] == "深圳市"
    assert subject["icp_subject.base_info.district"] == "南山区"
    assert subject["icp_subject.organize_info.certificate_type"] == "营业执照（个人或企业）"
    principal = {r.id: r for r in form_rows(case, rules, "filing_subject_principal")}
    start = "icp_subject.principal_info.certificate_validity_date_start"
    assert principal[start].value == "2016-03-01"
    end = principal["icp_subject.principal_info.certificate_validity_date_end"]
    assert end.value == rules.forms.long_term == "长期"
    cert = principal["icp_subject.principal_info.certificate_type"]
    assert cert.value == "居民身份证"
    number = principal["icp_subject.principal_info.certificate_number"]
    assert number.private and number.value == "110101199003074514"
    assert number.shown == "1101**********4514"
    # The 小程序负责人 is the 主体负责人 unless the user says otherwise.
    applet = {r.id: r.value for r in form_rows(case, rules, "filing_applet_principal")}
    assert applet["icp_applets.principal_info.name"] == "张三"
    description = next(r for r in form_rows(case, rules, "filing_applet") if r.length is not None)
    assert description.length == (14, rules.filing.description_min, rules.filing.description_max)


def test_fields_follow_the_subject_type_and_verification_method():
    rules = load_rules()
    case = _case()
    case.verification.method = VerificationMethod.BANK_TRANSFER
    case.verification.bank_transfer.account_number = "6222020200112233445"
    ids = [r.id for r in form_rows(case, rules, "subject_info")]
    assert "bank_account" in ids and "id_name" not in ids
    bank = next(r for r in form_rows(case, rules, "subject_info") if r.id == "bank_account")
    assert bank.private and "*" in bank.shown
    case.subject.type = SubjectType.PERSONAL
    ids = [r.id for r in form_rows(case, rules, "subject_info")]
    assert ids == ["subject_type", "id_name", "id_number", "admin_phone"]
    assert "icp_subject.organize_info.certificate_type" not in [
        r.id for r in form_rows(case, rules, "filing_subject")
    ]


def test_rows_carry_the_problems_check_found_on_their_field():
    rules = load_rules()
    case = _case()
    case.filing.subject_principal.phone = "12345"
    problems = check_case(case, rules)
    row = next(
        r
        for r in form_rows(case, rules, "filing_subject_principal", problems)
        if r.id == "icp_subject.principal_info.mobile"
    )
    assert row.has_error


def test_submitting_sets_only_the_unset_dates_of_the_form():
    rules = load_rules()
    case = _case()
    assert submit_dates(case, rules.forms.form("registration")) == ["account.registered_on"]
    case.account.registered_on = date(2026, 11, 1)
    assert submit_dates(case, rules.forms.form("registration")) == []
    form = rules.forms.form("subject_info")
    assert submit_dates(case, form) == []
    case.verification.method = VerificationMethod.BANK_TRANSFER
    assert submit_dates(case, form) == ["verification.bank_transfer.submitted_on"]
