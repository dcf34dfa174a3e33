"""check_case and build_checklist on the scenarios of the rules issue, and on arbitrary input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from mpreg_desktop.domain.case import (
    Case,
    FilingStage,
    MaterialItem,
    MaterialState,
    Outcome,
    PreApproval,
    Route,
    StageRecord,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.domain.checks.case_checks import Problem, check_case
from mpreg_desktop.domain.checks.identifiers import id_birth_date
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.messages import catalog, problem_text
from mpreg_desktop.domain.rules.model import load_rules

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def enterprise_case() -> Case:
    """A complete, correct enterprise case: no errors expected."""
    case = new_case("星光咖啡")
    s = case.subject
    s.type, s.sub_kind = SubjectType.ENTERPRISE, "enterprise_legal_person"
    s.name, s.code = "深圳市星光咖啡有限公司", "914403001922038216"
    case.account.email = "mp@example.com"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003071233", "13800138000"
    case.mini_program.name = "星光咖啡点单"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.bank_name, bank.account_number = s.name, "招商银行", "755912345610001"
    f = case.filing
    f.planned_on = TODAY
    p = f.subject_principal
    p.name, p.id_number, p.phone, p.id_long_term = "李四", "310104198512314565", "13912345678", True
    f.subject_emergency.name, f.subject_emergency.phone = "王五", "18612345678"
    f.description = "为门店顾客提供咖啡在线点单、到店自取和会员积分查询服务。"
    f.no_pre_approval = True
    return case


def codes(problems: list[Problem], severity: str | None = None) -> set[str]:
    return {p.code for p in problems if severity is None or p.severity == severity}


def test_complete_enterprise_case_has_no_errors(rules) -> None:
    problems = check_case(enterprise_case(), rules, today=TODAY)
    assert codes(problems, "error") == set(), [p.code for p in problems]


def test_personal_needing_payment_is_an_error_with_recommendation(rules) -> None:
    case = enterprise_case()
    case.subject.type = SubjectType.PERSONAL
    case.subject.code = ""
    case.subject.needs.wechat_pay = True
    problems = check_case(case, rules, today=TODAY)
    problem = next(p for p in problems if p.code == "subject.needs.unsupported")
    assert problem.severity == "error" and problem.path == "subject.needs.wechat_pay"
    text = problem_text(problem, rules, "zh_CN")
    assert "微信支付" in text and "个体工商户" in text and "企业" in text


def test_enterprise_with_medical_category_needs_medical_licence(rules) -> None:
    case = enterprise_case()
    medical = next(c for c in rules.categories.categories if c.industry == "medical")
    before = {i.id for i in build_checklist(case, rules)}
    case.mini_program.categories = [medical.id]
    items = {i.id: i for i in build_checklist(case, rules)}
    assert "medical_institution_licence" not in before
    assert "medical_institution_licence" in items
    assert items["medical_institution_licence"].because_of == ("medical",)
    assert items["medical_institution_licence"].label.zh == "医疗机构执业许可证"


def test_individual_business_code_with_enterprise_type_is_flagged(rules) -> None:
    case = enterprise_case()
    case.subject.code = "92130534MADNFAQN4R"  # a real 个体工商户 code (reference H.1)
    problems = check_case(case, rules, today=TODAY)
    mismatch = next(p for p in problems if p.code == "subject.code.type_mismatch")
    assert mismatch.params["prefix"] == "92" and mismatch.path == "subject.code"
    assert "个体工商户" in problem_text(mismatch, rules, "zh_CN")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    assert "subject.code.type_mismatch" not in codes(check_case(case, rules, today=TODAY))


def test_same_phone_for_principal_and_emergency_is_an_error(rules) -> None:
    case = enterprise_case()
    case.filing.subject_emergency.phone = "+86 139 1234 5678"  # same number, typed differently
    problems = check_case(case, rules, today=TODAY)
    same = next(p for p in problems if p.code == "filing.phone.same_as_principal")
    assert same.severity == "error" and same.path == "filing.subject_emergency.phone"


def test_31_unit_name_is_too_long(rules) -> None:
    case = enterprise_case()
    case.mini_program.name = "星光咖啡点单星光咖啡点单星光咖a"  # 15 Chinese × 2 + 1 = 31
    problems = check_case(case, rules, today=TODAY)
    long = next(p for p in problems if p.code == "mini_program.name.too_long")
    assert long.params["units"] == "31" and long.severity == "error"


def test_superlative_in_name_is_flagged_with_reason(rules) -> None:
    case = enterprise_case()
    case.mini_program.name = "国家级咖啡点单"
    problems = check_case(case, rules, today=TODAY)
    absolute = [p for p in problems if p.code == "mini_program.name.absolute"]
    assert any(p.params["word"] == "国家级" for p in absolute)
    assert all(p.params["reason:zh"] for p in absolute)


def test_forbidden_keyword_in_name(rules) -> None:
    case = enterprise_case()
    case.mini_program.name = "星光咖啡小程序"
    assert "mini_program.name.keyword" in codes(check_case(case, rules, today=TODAY), "error")


def test_checksum_error_on_subject_code(rules) -> None:
    case = enterprise_case()
    case.subject.code = "914403001922038217"
    problem = next(p for p in check_case(case, rules, today=TODAY) if p.path == "subject.code")
    assert problem.code == "subject.code.checksum" and problem.params["expected"] == "6"


def test_lowercase_and_fullwidth_code_accepted(rules) -> None:
    case = enterprise_case()
    case.subject.code = "９１１１０１０８５５１３８５０８２ｑ"
    assert not [p for p in check_case(case, rules, today=TODAY) if p.path == "subject.code"]


def test_id_expiring_within_a_month_of_filing_is_an_error(rules) -> None:
    case = enterprise_case()
    p = case.filing.subject_principal
    p.id_long_term, p.id_valid_until = False, date(2026, 12, 10)
    problem = next(
        x for x in check_case(case, rules, today=TODAY) if x.code == "id_document.expires"
    )
    assert problem.severity == "error" and problem.params["needed"] == "2026-12-21"
    p.id_valid_until = date(2026, 12, 21)  # exactly one month: not *more* than a month
    assert "id_document.expires" in codes(check_case(case, rules, today=TODAY))
    p.id_valid_until = date(2026, 12, 22)
    assert "id_document.expires" not in codes(check_case(case, rules, today=TODAY))


def test_material_validity_checked_against_planned_date(rules) -> None:
    case = enterprise_case()
    case.filing.planned_on = date(2027, 3, 1)
    case.materials.append(MaterialItem(key="legal_rep_id", valid_until=date(2027, 3, 15)))
    problem = next(
        x for x in check_case(case, rules, today=TODAY) if x.code == "id_document.expires"
    )
    assert problem.path == "materials.legal_rep_id"


def test_personal_admin_must_be_adult(rules) -> None:
    case = enterprise_case()
    case.subject.type, case.subject.code = SubjectType.PERSONAL, ""
    body = "11010120091122123"  # born 2009-11-22: 16 years old on TODAY
    case.account.admin.id_number = body + ric.calc_check_digit(body)
    assert id_birth_date(case.account.admin.id_number) == date(2009, 11, 22)
    assert "id_number.underage" in codes(check_case(case, rules, today=TODAY), "error")
    case.subject.type = SubjectType.ENTERPRISE  # the age rule is for personal subjects only
    assert "id_number.underage" not in codes(check_case(case, rules, today=TODAY))


def test_bank_account_name_must_equal_subject_name(rules) -> None:
    case = enterprise_case()
    case.verification.bank_transfer.account_name = "深圳市星光咖啡公司"
    assert "verification.bank_transfer.account_name_mismatch" in codes(
        check_case(case, rules, today=TODAY), "error"
    )
    case.verification.bank_transfer.account_name = "深圳市星光咖啡有限公司 "
    assert "verification.bank_transfer.account_name_mismatch" not in codes(
        check_case(case, rules, today=TODAY)
    )


def test_filing_fields(rules) -> None:
    case = enterprise_case()
    case.filing.description = "太短了"
    case.filing.service_content_types = [t.id for t in rules.filing.service_content_types[:6]]
    case.filing.pre_approvals = [PreApproval(type=rules.filing.pre_approval_types[0].id)]
    found = codes(check_case(case, rules, today=TODAY), "error")
    assert {
        "filing.description.length",
        "filing.service_content_types.too_many",
        "filing.pre_approval.contradiction",
    } <= found
    case.filing.no_pre_approval, case.filing.pre_approvals = False, []
    assert "filing.pre_approval.missing" in codes(check_case(case, rules, today=TODAY))


def test_filing_number_format(rules) -> None:
    case = enterprise_case()
    case.filing.filing_number = "粤ICP备2026041617号-1X"
    assert not [p for p in check_case(case, rules, today=TODAY) if p.path == "filing.filing_number"]
    case.filing.filing_number = "粤ICP备2026041617"
    assert "filing.number.format" in codes(check_case(case, rules, today=TODAY))


def test_route_official_account_needs_certified_account_and_organisation(rules) -> None:
    case = enterprise_case()
    case.subject.route = Route.OFFICIAL_ACCOUNT
    assert "subject.route.needs_certified_account" in codes(check_case(case, rules, today=TODAY))
    case.subject.needs.has_certified_official_account = True
    assert not {p.code for p in check_case(case, rules, today=TODAY) if p.path == "subject.route"}
    case.subject.type, case.subject.code = SubjectType.PERSONAL, ""
    assert "subject.route.type_not_allowed" in codes(check_case(case, rules, today=TODAY))


def test_verification_method_must_fit_type(rules) -> None:
    case = enterprise_case()
    case.subject.type = SubjectType.GOVERNMENT
    case.subject.code = "11100000000013127D"  # any 11… code; checksum irrelevant here
    assert "verification.method.not_allowed" in codes(check_case(case, rules, today=TODAY))


@dataclass
class Other:
    label: str
    admin_id_number: str = ""
    admin_phone: str = ""
    subject_code: str = ""
    subject_type: SubjectType | None = None
    certified: bool = False


def test_limits_across_cases_name_the_other_cases(rules) -> None:
    case = enterprise_case()
    others = [Other(f"案例{i}", admin_phone="138 0013 8000") for i in range(5)]
    problem = next(p for p in check_case(case, rules, today=TODAY, others=others)
                   if p.code == "limits.admin_phone")  # fmt: skip
    assert problem.severity == "warning" and "案例0" in problem.params["cases"]
    assert "limits.admin_phone" not in codes(
        check_case(case, rules, today=TODAY, others=others[:4])
    )


def test_checklist_follows_type_method_and_stage(rules) -> None:
    case = enterprise_case()
    ids = {i.id for i in build_checklist(case, rules)}
    assert {"business_licence", "public_account_info", "bank_transfer_pay"} <= ids
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    ids = {i.id for i in build_checklist(case, rules)}
    assert "public_account_info" not in ids and "bank_transfer_pay" not in ids
    case.subject.type = SubjectType.PERSONAL
    ids = {i.id for i in build_checklist(case, rules)}
    assert "business_licence" not in ids and "personal_id" in ids


def test_checklist_state_comes_from_case(rules) -> None:
    case = enterprise_case()
    case.materials.append(MaterialItem(key="business_licence", state=MaterialState.CHECKED))
    case.verification.bank_transfer.paid_on = date(2026, 11, 5)
    case.filing.stages.append(StageRecord(stage=FilingStage.FILL, outcome=Outcome.PASSED))
    case.filing.stages.append(StageRecord(stage=FilingStage.PLATFORM_REVIEW))
    items = {i.id: i for i in build_checklist(case, rules)}
    assert items["business_licence"].done and items["business_licence"].state == "checked"
    assert items["bank_transfer_pay"].done
    assert items["filing_fill"].done and not items["filing_platform_review"].done


def test_every_produced_code_has_words(rules) -> None:
    """Walk many variations and make sure each problem code has zh and en text."""
    known = catalog()["problems"]
    seen = set()
    for case in _variations(rules):
        for problem in check_case(case, rules, today=TODAY):
            seen.add(problem.code)
            assert problem.code in known, problem.code
            for lang in ("zh_CN", "en"):
                text = problem_text(problem, rules, lang)
                assert "{" not in text, (problem.code, text)
    assert len(seen) >= 40, sorted(seen)


def _variations(rules):
    for subject_type in SubjectType:
        case = enterprise_case()
        case.subject.type = subject_type
        yield case
    bad = enterprise_case()
    bad.subject.code, bad.account.email = "9144030019220382", "bad@@x"
    bad.account.admin.id_number, bad.account.admin.phone = "11010519491231002", "16512345678"
    bad.account.admin.name = "阿凡提.买买提"
    bad.mini_program.name = "最  好的"
    bad.mini_program.categories = [c.id for c in rules.categories.categories[:7]]
    bad.filing.subject_emergency.phone = bad.account.admin.phone
    yield bad
    empty = new_case()
    yield empty
    individual = enterprise_case()
    individual.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    individual.subject.name = ""
    individual.subject.code = "110108012660422"
    individual.verification.method = VerificationMethod.LEGAL_REP_FACE
    yield individual
    personal = enterprise_case()
    personal.subject.type, personal.subject.code = SubjectType.PERSONAL, "X"
    needs = personal.subject.needs
    needs.wechat_pay = needs.shop = needs.live_streaming = needs.ads = True
    personal.subject.route = Route.OFFICIAL_ACCOUNT
    not_personal = [c.id for c in rules.categories.categories if not c.personal_allowed]
    personal.mini_program.categories = [*not_personal[:2], "no_such_category"]
    personal.mini_program.name = "微信"
    personal.account.admin.id_number = "110105194912310020"
    personal.account.admin.phone = "14012345678"
    yield personal
    wrong = enterprise_case()
    wrong.subject.code = "914403001922038217"
    wrong.subject.route = Route.OFFICIAL_ACCOUNT
    wrong.account.admin.id_number = "110105194902300020"
    wrong.account.admin.phone = "1541234567"
    wrong.verification.bank_transfer.account_name = "别的公司"
    p = wrong.filing.subject_principal
    p.id_long_term, p.id_valid_until = False, TODAY
    wrong.filing.subject_emergency.phone = p.phone
    wrong.filing.description = "短"
    wrong.filing.service_content_types = [t.id for t in rules.filing.service_content_types[:6]]
    wrong.filing.pre_approvals = [PreApproval(type=rules.filing.pre_approval_types[0].id)]
    wrong.filing.filing_number = "京ICP备16059763号-1"
    wrong.mini_program.name = "星光咖啡点单星光咖啡点单星光咖啡点单#"
    yield wrong
    org = enterprise_case()
    org.subject.code = "70846113-5"
    org.filing.filing_number = "not a number"
    org.mini_program.name = "星"
    news = next(c for c in rules.categories.categories if c.industry == "news")
    org.mini_program.categories = [news.id]
    yield org


texts = st.text(max_size=40)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=texts, code=texts, email=texts, id_number=texts, phone=texts, program=texts, number=texts
)
def test_no_input_makes_check_case_raise(
    rules, name, code, email, id_number, phone, program, number
):
    for subject_type in (SubjectType.ENTERPRISE, SubjectType.PERSONAL):
        case = new_case()
        case.subject.type, case.subject.name, case.subject.code = subject_type, name, code
        case.account.email = email
        case.account.admin.id_number, case.account.admin.phone = id_number, phone
        case.mini_program.name = program
        case.filing.filing_number = number
        case.filing.subject_emergency.phone = phone
        for problem in check_case(case, rules, today=TODAY):
            problem_text(problem, rules, "zh_CN")


def test_authorisation_letter_only_when_principal_is_not_legal_rep(rules) -> None:
    case = enterprise_case()
    assert "filing_authorization_letter" not in {i.id for i in build_checklist(case, rules)}
    case.filing.subject_principal_is_legal_rep = False
    assert "filing_authorization_letter" in {i.id for i in build_checklist(case, rules)}


def test_annual_review_only_once_certified(rules) -> None:
    case = enterprise_case()
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    assert "annual_review" not in {i.id for i in build_checklist(case, rules)}
    case.verification.certification.outcome = Outcome.PASSED
    assert "annual_review" in {i.id for i in build_checklist(case, rules)}


def test_uncertain_rules_never_give_errors(rules) -> None:
    """Where the reference could not confirm a rule, the app warns and says so."""
    case = enterprise_case()
    case.mini_program.name = "星光咖啡顶级点单"  # 顶级: 广告法 wording, not confirmed for names
    case.subject.route = Route.OFFICIAL_ACCOUNT  # the route itself is marked uncertain
    problems = check_case(case, rules, today=TODAY)
    for code in ("mini_program.name.absolute", "subject.route.needs_certified_account"):
        problem = next(p for p in problems if p.code == code)
        assert problem.severity == "warning" and problem.uncertain
        assert "未经官方确认" in problem_text(problem, rules, "zh_CN")
    assert not [p for p in problems if p.uncertain and p.severity == "error"]


def test_attachment_scan_results_are_judged(rules) -> None:
    from mpreg_desktop.domain.case import Attachment, ScanResult, now_shanghai

    def attach(name: str, size: int, **scan) -> Attachment:
        return Attachment(path=f"scans/{name}", size=size, sha256="0" * 64, added=now_shanghai(),
                          scan=ScanResult(**scan))  # fmt: skip

    case = enterprise_case()
    case.materials.append(MaterialItem(key="business_licence", attachments=[
        attach("ok.jpg", 500_000, format="jpg", width=2000, height=1400, colour=True),
        attach("grey.png", 400_000, format="png", width=2000, height=1400, colour=False),
        attach("tiny.jpg", 30_000, format="jpg", width=320, height=240, colour=True),
        attach("huge.jpg", 5_000_000, format="jpg", width=4000, height=3000, colour=True),
        attach("photo.heic", 900_000, format="heic", width=3000, height=2000, colour=True),
    ]))  # fmt: skip
    found = {
        (p.code, p.params.get("file"), p.severity) for p in check_case(case, rules, today=TODAY)
    }
    assert ("attachment.black_white", "grey.png", "error") in found
    assert ("attachment.too_small", "tiny.jpg", "warning") in found
    assert ("attachment.too_large", "huge.jpg", "warning") in found
    assert ("attachment.format", "photo.heic", "error") in found
    assert not [f for f in found if f[1] == "ok.jpg"]


@pytest.mark.parametrize(
    ("path", "unsafe"),
    [
        ("scans/licence.jpg", False),
        ("/home/user/Downloads/licence.jpg", False),
        ("C:\\Users\\li\\Desktop\\licence.jpg", False),
        ("../../etc/passwd", True),
        ("scans/../../secret.jpg", True),
        ("/dev/zero", True),
        ("/proc/self/mem", True),
        ("\\\\.\\PhysicalDrive0", True),
        ("scans/CON.jpg", True),
        ("nul", True),
    ],
)
def test_unsafe_attachment_paths(path: str, unsafe: bool) -> None:
    from mpreg_desktop.domain.checks.case_checks import unsafe_attachment_path

    assert unsafe_attachment_path(path) is unsafe


def test_unsafe_attachment_is_reported(rules) -> None:
    from mpreg_desktop.domain.case import Attachment, now_shanghai

    case = enterprise_case()
    bad = Attachment(path="../../etc/passwd", size=1, sha256="0" * 64, added=now_shanghai())
    case.materials.append(MaterialItem(key="business_licence", attachments=[bad]))
    problem = next(
        p for p in check_case(case, rules, today=TODAY) if p.code == "attachment.unsafe_path"
    )
    assert "../../etc/passwd" in problem_text(problem, rules, "zh_CN")
