"""Identifier checks, table-driven from the domain reference (§H, §G.6).

All numbers are the reference's public or synthetic examples; ID numbers built here use region
codes and birth dates chosen for the test, with the check digit computed by the algorithm.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from mpreg_desktop.domain.checks.identifiers import (
    Finding,
    check_email,
    check_filing_number,
    check_id_number,
    check_mobile,
    check_org_code,
    check_registration_number,
    check_subject_code,
    check_uscc,
    code_kind,
    id_birth_date,
    mask,
    normalise,
    normalise_email,
    normalise_mobile,
    uscc_category,
)

TODAY = date(2026, 5, 20)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def make_id(region: str, born: date, sequence: str = "123") -> str:
    """A synthetic 18-digit ID with the right check digit."""
    body = f"{region}{born:%Y%m%d}{sequence}"
    return body + ric.calc_check_digit(body + "0")


# --- normalise / code_kind ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("９１１１０１０８５５１３８５０８２ｑ", "91110108551385082Q"),
        ("91110108551385082q", "91110108551385082Q"),
        (" 9111 0108\u3000551385082Q ", "91110108551385082Q"),
        ("70846113－6", "708461136"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        ("", ""),
    ],
)
def test_normalise(typed: str, canonical: str) -> None:
    assert normalise(typed) == canonical


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("914403001922038216", "uscc"),
        ("440301103097413", "registration_number"),
        ("70846113-6", "org_code"),
        ("708461136", "org_code"),
        ("9144030019220382", None),
        ("", None),
    ],
)
def test_code_kind(code: str, kind: str | None) -> None:
    assert code_kind(code) == kind


# --- H.1 USCC ----------------------------------------------------------------------------

VALID_USCC = [
    "914403001922038216",
    "91110108551385082Q",
    "91440300708461136T",
    "91330100716105852F",
    "91110000600037341L",
    "91361121MAE6XY7B5L",
    "92130534MADNFAQN4R",
    "91110101799011412Q",
    "913100000747549729",
    "9133010072654578XU",
    "91440300734141160H",
    "91500000MA5U8L3U94",
    "9144030071526726XG",
    "91110000802100433B",
    "91440300192317458F",
    "9131010433262010XX",
    "91110108551385082q",
    "９１１１０１０８５５１３８５０８２ｑ",
    "9111 0108 5513 8508 2Q",
]


@pytest.mark.parametrize("code", VALID_USCC)
def test_valid_uscc(code: str) -> None:
    assert check_uscc(code) == []
    assert check_subject_code(code) == ("uscc", [])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("914403001922038217", Finding("checksum", "error", {"expected": "6"})),
        ("91440300708461136I", Finding("charset", "error", {"char": "I", "position": "18"})),
        ("91440300708461136O", Finding("charset", "error", {"char": "O", "position": "18"})),
        ("91440300S08461136T", Finding("charset", "error", {"char": "S", "position": "9"})),
        ("91440300708461136", Finding("length", "error", {"expected": "18", "length": "17"})),
        ("914403007084611366T", Finding("length", "error", {"expected": "18", "length": "19"})),
        ("91440300708461163T", Finding("checksum", "error", {"expected": "L"})),  # swapped
    ],
)
def test_invalid_uscc(code: str, expected: Finding) -> None:
    assert check_uscc(code) == [expected]


def test_uscc_org_code_part_failing_gb11714_is_a_warning() -> None:
    body = "91440300708461135"  # org-code part 70846113-5 is wrong; the USCC check still fits
    code = body + uscc.calc_check_digit(body)
    assert check_uscc(code) == [Finding("org_code_checksum", "warning")]


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("92130534MADNFAQN4R", "92"),
        ("９１４４０３００１９２２０３８２１６", "91"),
        ("70846113-6", None),
    ],
)
def test_uscc_category(code: str, category: str | None) -> None:
    assert uscc_category(code) == category


# --- H.2 注册号 / H.3 组织机构代码 / dispatch ------------------------------------------------

VALID_REGISTRATION = [
    "440301103097413",
    "110108012660422",
    "330100400015575",
    "350203200212475",
    "310115001831935",
    "110105014108491",
    "330000000074954",
]


@pytest.mark.parametrize("code", VALID_REGISTRATION)
def test_valid_registration_number(code: str) -> None:
    assert check_registration_number(code) == []
    assert check_subject_code(code) == ("registration_number", [])


@pytest.mark.parametrize(
    ("code", "code_"),
    [
        ("110108012660423", "checksum"),
        ("440300000025945", "checksum"),
        ("11010801266042A", "charset"),
        ("11010801266042", "length"),
        ("1101080126604220", "length"),
    ],
)
def test_invalid_registration_number(code: str, code_: str) -> None:
    assert codes(check_registration_number(code)) == [code_]


def test_registration_checksum_names_the_expected_digit() -> None:
    assert check_registration_number("110108012660423")[0].params == {"expected": "2"}


@pytest.mark.parametrize(
    "code", ["70846113-6", "19220382-1", "71610585-2", "55138508-2", "MAE6XY7B-5", "708461136"]
)
def test_valid_org_code(code: str) -> None:
    assert check_org_code(code) == []
    assert check_subject_code(code) == ("org_code", [])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("70846113-5", Finding("checksum", "error", {"expected": "6"})),
        ("70846131-6", Finding("checksum", "error", {"expected": "2"})),  # swapped
        ("7084611#-6", Finding("charset", "error", {"char": "#", "position": "8"})),
        ("70846113-A", Finding("charset", "error", {"char": "A", "position": "9"})),
        ("7084611-6", Finding("length", "error", {"expected": "9", "length": "8"})),
    ],
)
def test_invalid_org_code(code: str, expected: Finding) -> None:
    assert check_org_code(code) == [expected]


def test_subject_code_of_unknown_length() -> None:
    assert check_subject_code("9144030019220382") == (
        None,
        [Finding("length", "error", {"length": "16"})],
    )


@pytest.mark.parametrize("blank", ["", "   ", "\u3000", "\n\t"])
def test_blank_input_has_no_findings(blank: str) -> None:
    assert check_uscc(blank) == []
    assert check_registration_number(blank) == []
    assert check_org_code(blank) == []
    assert check_subject_code(blank) == (None, [])
    assert check_id_number(blank, today=TODAY, min_age=18) == []
    assert check_mobile(blank) == []
    assert check_email(blank) == []
    assert check_filing_number(blank) == []


# --- H.4 居民身份证 -------------------------------------------------------------------------

VALID_IDS = [
    "11010519491231002X",
    "440524188001010014",  # stdnum's ric.is_valid rejects it: 潮阳县 dates from 1983
    "360426199101010071",
    "110101199003071233",
    "310104198512314565",
    "440305200002290010",
    "510107197806150983",  # stdnum's ric.is_valid rejects it: 武侯区 dates from 1990
    "330106199510107774",
    "11010519491231002x",
    "１１０１０５１９４９１２３１００２Ｘ",
    "110101 19900307 1233",
]


@pytest.mark.parametrize("number", VALID_IDS)
def test_valid_id(number: str) -> None:
    assert check_id_number(number, today=TODAY, min_age=18) == []


@pytest.mark.parametrize(
    ("number", "code_"),
    [
        ("110105194912310020", "checksum"),
        ("110105194902300020", "birth_date"),
        ("440524800101001", "old_format"),
        ("11010519491231002", "length"),
        ("11010519491231002X1", "length"),
        ("11010519491231A02X", "charset"),
        ("11010519491231002Y", "charset"),
    ],
)
def test_invalid_id(number: str, code_: str) -> None:
    assert codes(check_id_number(number, today=TODAY)) == [code_]


def test_id_checksum_and_old_format_details() -> None:
    assert check_id_number("110105194912310020", today=TODAY)[0].params == {"expected": "X"}
    assert check_id_number("440524800101001", today=TODAY) == [Finding("old_format", "error")]


def test_id_birth_date_in_the_future() -> None:
    number = make_id("110101", date(2026, 5, 21))
    assert check_id_number(number, today=TODAY) == [
        Finding("birth_date", "error", {"reason": "future"})
    ]


def test_id_birth_date_impossible() -> None:
    assert check_id_number("110105194902300020", today=TODAY) == [
        Finding("birth_date", "error", {"reason": "invalid"})
    ]


def test_underage() -> None:
    seventeen = make_id("110101", date(2009, 5, 20))
    eighteen_tomorrow = make_id("110101", date(2008, 5, 21))
    eighteen_today = make_id("110101", date(2008, 5, 20))
    underage = Finding("underage", "error", {"min_age": "18"})
    assert check_id_number(seventeen, today=TODAY, min_age=18) == [underage]
    assert check_id_number(eighteen_tomorrow, today=TODAY, min_age=18) == [underage]
    assert check_id_number(eighteen_today, today=TODAY, min_age=18) == []
    assert check_id_number(seventeen, today=TODAY) == []


def test_unknown_region_is_only_a_warning() -> None:
    number = make_id("999999", date(1990, 3, 7))
    findings = check_id_number(number, today=TODAY, min_age=18)
    assert findings == [Finding("region_unknown", "warning")]
    assert errors(findings) == []


def test_region_newer_than_birth_date_is_accepted() -> None:
    assert check_id_number(make_id("110119", date(1960, 1, 1)), today=TODAY) == []  # 延庆区 2015


@pytest.mark.parametrize(
    ("number", "born"),
    [
        ("11010519491231002X", date(1949, 12, 31)),
        ("440305200002290010", date(2000, 2, 29)),
        ("440524800101001", date(1980, 1, 1)),
        ("110105194902300020", None),
        ("abc", None),
    ],
)
def test_id_birth_date(number: str, born: date | None) -> None:
    assert id_birth_date(number) == born


# --- H.5 mobile --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("+86 138-0013-8000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("(+86) 138.0013.8000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("13800138000", "13800138000"),
    ],
)
def test_normalise_mobile(typed: str, canonical: str) -> None:
    assert normalise_mobile(typed) == canonical


@pytest.mark.parametrize(
    "number",
    [
        "13800138000",
        "13912345678",
        "18612345678",
        "18912345678",
        "19212345678",
        "+8613800138000",
        "+86 138 0013 8000",
        "13401234567",
        "17401234567",
        "16100123456",  # 中国广电, allocated after the reference's 2020 table
    ],
)
def test_valid_mobile(number: str) -> None:
    assert check_mobile(number) == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("12012345678", Finding("invalid", "error")),
        ("1541234567", Finding("length", "error", {"expected": "11", "length": "10"})),
        ("15412345678", Finding("invalid", "error")),
        ("14012345678", Finding("invalid", "error")),
        ("17912345678", Finding("invalid", "error")),
        ("+1 415 555 0123", Finding("invalid", "error")),
        ("1380013800a", Finding("charset", "error", {"char": "A", "position": "11"})),
        ("1440012345678", Finding("iot", "error")),
        ("+86 1410012345678", Finding("iot", "error")),
        ("16512345678", Finding("virtual_operator", "warning")),
        ("16212345678", Finding("virtual_operator", "warning")),
        ("16712345678", Finding("virtual_operator", "warning")),
        ("17001234567", Finding("virtual_operator", "warning")),
        ("17112345678", Finding("virtual_operator", "warning")),
        ("14512345678", Finding("data_card", "info")),
        ("14712345678", Finding("data_card", "info")),
        ("14912345678", Finding("data_card", "info")),  # phonenumbers 9.0 calls 149 invalid
        ("17491234567", Finding("special_segment", "warning")),
        ("17410123456", Finding("special_segment", "warning")),
    ],
)
def test_mobile_findings(number: str, expected: Finding) -> None:
    assert check_mobile(number) == [expected]


# --- email -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "admin@example.com",
        "first.last+tag@mail.example.cn",
        "12345@qq.com",
        " a@b.co ",
        "ａ＠ｑｑ．ｃｏｍ",
    ],
)
def test_valid_email(address: str) -> None:
    assert check_email(address) == []


@pytest.mark.parametrize(
    "address",
    [
        "admin",
        "admin@",
        "@example.com",
        "admin@example",
        "a@@example.com",
        "a@b@example.com",
        "a b@example.com",
        "a..b@example.com",
        ".a@example.com",
        "a@-example.com",
        "a@example.c",
        "a@例子.公司",
        "a" * 65 + "@example.com",
        "a@" + ".".join(["b" * 63] * 4) + ".com",  # 261 characters
    ],
)
def test_invalid_email(address: str) -> None:
    assert check_email(address) == [Finding("format", "error")]


def test_normalise_email() -> None:
    assert normalise_email(" ａ＠ｑｑ．ｃｏｍ\n") == "a@qq.com"


# --- G.6 filing number -------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "粤B2-20090059-1626X",
        "黔ICP备2025044274号-1X",
        "苏ICP备2026036865号-1X",
        "鲁ICP备2026019556号-1X",
        "皖ICP备2023023087号-1X",
        "京ICP备2026059598号-1X",
        "粤ICP备2026041617号-1X",
        "滇ICP备2026011700号-7X",
        "蜀ICP备16059763号-2X",
        "陇ICP备202312345号-1X",
        "粤ICP备2026041617号－１ｘ",
        "粤icp备2026041617号 - 1x",
    ],
)
def test_valid_filing_number(number: str) -> None:
    assert check_filing_number(number) == []


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("京ICP备16059763号", "subject"),
        ("粤B2-20090059", "subject"),
        ("京ICP备16059763号-1", "website"),
        ("陕ICP备2024026116号-1A", "app"),
        ("沪ICP备2025152989号-1A", "app"),
    ],
)
def test_filing_number_not_of_a_mini_program(number: str, kind: str) -> None:
    assert check_filing_number(number) == [Finding("not_mini_program", "warning", {"kind": kind})]


@pytest.mark.parametrize(
    "number",
    [
        "京ICP备1605976号-1X",
        "京ICP备20260595981号-1X",
        "港ICP备2026059598号-1X",
        "京ICP证030173号",
        "京ICP备2026059598-1X",
        "京ICP备2026059598号-1K",
        "京ICP备2026059598号-X",
        "B2-20090059-1626X",
        "粤B2-2009005-1626X",
        "京ICP备٢٠٢٦٠٥٩٥٩٨号-1X",
    ],
)
def test_malformed_filing_number(number: str) -> None:
    assert check_filing_number(number) == [Finding("format", "error")]


# --- mask --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keep", "masked"),
    [
        ("110101199003071233", 4, "1101**********1233"),
        ("13800138000", 3, "138*****000"),
        ("12345678", 4, "********"),
        ("123456789", 4, "1234*6789"),
        ("abc", 0, "***"),
        ("abc", -1, "***"),
        ("", 4, ""),
    ],
)
def test_mask(text: str, keep: int, masked: str) -> None:
    assert mask(text, keep) == masked


# --- never raise -------------------------------------------------------------------------

MANY = settings(max_examples=500, deadline=None)
SIMPLE_CHECKS = [
    check_uscc,
    check_registration_number,
    check_org_code,
    check_mobile,
    check_email,
    check_filing_number,
]


@pytest.mark.parametrize("check", SIMPLE_CHECKS, ids=lambda f: f.__name__)
@MANY
@given(text=st.text())
def test_checks_never_raise(check: Callable[[str], list[Finding]], text: str) -> None:
    findings = check(text)
    assert all(isinstance(f, Finding) for f in findings)


@MANY
@given(text=st.text())
def test_subject_code_never_raises(text: str) -> None:
    kind, findings = check_subject_code(text)
    assert kind in (None, "uscc", "registration_number", "org_code")
    assert all(isinstance(f, Finding) for f in findings)


@MANY
@given(
    text=st.text() | st.from_regex(r"\A[0-9]{17}[0-9Xx]\Z"),
    today=st.dates(),
    min_age=st.none() | st.integers(-5, 200),
)
def test_id_checks_never_raise(text: str, today: date, min_age: int | None) -> None:
    assert all(isinstance(f, Finding) for f in check_id_number(text, today=today, min_age=min_age))
    assert id_birth_date(text) is None or isinstance(id_birth_date(text), date)


@pytest.mark.parametrize(
    "helper",
    [normalise, normalise_mobile, normalise_email, code_kind, uscc_category],
    ids=lambda f: f.__name__,
)
@MANY
@given(text=st.text())
def test_helpers_never_raise(helper: Callable[[str], object], text: str) -> None:
    helper(text)


@MANY
@given(text=st.text(), keep=st.integers(-3, 30))
def test_mask_never_raises_and_keeps_length(text: str, keep: int) -> None:
    masked = mask(text, keep)
    assert len(masked) == len(text)
    if len(text) <= 2 * keep:
        assert set(masked) <= {"*"}


@MANY
@given(number=st.from_regex(r"\A[0-9]{15}\Z"))
def test_registration_numbers_with_the_computed_digit_pass(number: str) -> None:
    findings = check_registration_number(number)
    fixed = number[:14] + (findings[0].params["expected"] if findings else number[14])
    assert check_registration_number(fixed) == []
