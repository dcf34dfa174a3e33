"""Which verification method the case points to, and when the chosen one leaves 认证 to do."""

from __future__ import annotations

import pytest

from mpreg_desktop.domain.case import FilingType, SubjectType, VerificationMethod, new_case
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.flow.verification_advice import advise, conflicts
from mpreg_desktop.domain.rules.model import load_rules

RULES = load_rules()


def case_of(subject_type, *, wechat_pay=False, filing=FilingType.NEW, method=None):
    case = new_case("x")
    case.subject.type = subject_type
    case.subject.needs.wechat_pay = wechat_pay
    case.filing.type = filing
    case.verification.method = method
    return case


def test_no_type_no_advice() -> None:
    advice = advise(case_of(None), RULES)
    assert advice.method is None
    assert [r.code for r in advice.reasons] == ["method.type_first"]


@pytest.mark.parametrize("subject_type", [SubjectType.GOVERNMENT, SubjectType.MEDIA])
def test_a_type_with_one_method_gets_it(subject_type) -> None:
    advice = advise(case_of(subject_type), RULES)
    assert advice.method == VerificationMethod.WECHAT_CERTIFICATION
    assert advice.reasons[0].code == "method.only_one"


@pytest.mark.parametrize("subject_type", [SubjectType.INDIVIDUAL_BUSINESS, SubjectType.ENTERPRISE])
def test_certification_is_recommended_when_filing_or_pay_need_it(subject_type) -> None:
    advice = advise(case_of(subject_type, wechat_pay=True), RULES)
    assert advice.method == VerificationMethod.WECHAT_CERTIFICATION
    needed = next(r for r in advice.reasons if r.code == "method.certification_needed")
    assert needed.params["because"] == "filing,wechat_pay"
    fee = RULES.subjects.get(subject_type).certification_fee_yuan
    assert needed.params["fee"] == str(fee)
    assert needed.source  # where the rule comes from


def test_without_filing_or_pay_the_free_quick_method_is_recommended() -> None:
    case = case_of(SubjectType.ENTERPRISE, filing=FilingType.CANCEL)
    advice = advise(case, RULES)
    assert advice.method == VerificationMethod.LEGAL_REP_FACE
    codes = [r.code for r in advice.reasons]
    assert codes == ["method.face_quick_free", "method.bank_needs_account"]


def test_face_check_with_wechat_pay_warns_that_certification_is_still_needed() -> None:
    case = case_of(
        SubjectType.INDIVIDUAL_BUSINESS, wechat_pay=True, method=VerificationMethod.LEGAL_REP_FACE
    )
    assert conflicts(case, RULES) == ("filing", "wechat_pay")
    problems = [p for p in check_case(case, RULES) if p.path == "verification.method"]
    codes = [p.code for p in problems]
    assert codes == ["verification.method.certification_still_needed.filing_and_pay"]
    assert problems[0].severity == "warning"
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    assert not conflicts(case, RULES)
    assert not [p for p in check_case(case, RULES) if p.path == "verification.method"]


def test_personal_subject_has_no_conflict() -> None:
    case = case_of(SubjectType.PERSONAL, method=VerificationMethod.WECHAT_CERTIFICATION)
    assert conflicts(case, RULES) == ()
