"""The rules of the 2026-11 review (reference §L), one table per rule, each citing its L-number."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Attachment,
    Case,
    FilingStage,
    MaterialItem,
    Outcome,
    ScanResult,
    StageRecord,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.checks.filing import migrate_service_content_types, migrated_types
from mpreg_desktop.domain.flow.checklist import STEP_ORDER, build_checklist
from mpreg_desktop.domain.flow.recommend import recommend
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.messages import problem_text, timeline_text
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
CALENDAR = WorkdayCalendar()
ORGANISATIONS = [t for t in SubjectType if t != SubjectType.PERSONAL]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def case_of(subject_type: SubjectType, method: VerificationMethod | None = None) -> Case:
    case = new_case("L")
    case.subject.type = subject_type
    case.verification.method = method
    return case


def codes(case: Case, rules, **kwargs) -> dict[str, str]:
    found = check_case(case, rules, today=TODAY, calendar=CALENDAR, **kwargs)
    return {p.code: p.severity for p in found}


def timeline(case: Case, rules, now: datetime = NOW):
    return {i.id: i for i in build_timeline(case, rules, CALENDAR, now)}


# --- L.1 认证 before 备案 ---


@pytest.mark.parametrize("subject_type", ORGANISATIONS)
@pytest.mark.parametrize("method", list(VerificationMethod))
def test_l1_checklist_puts_certification_before_filing_whatever_the_method(
    rules, subject_type, method
) -> None:
    items = build_checklist(case_of(subject_type, method), rules)
    ids = [i.id for i in items]
    assert "wechat_certification_apply" in ids
    certification = ids.index("wechat_certification_apply")
    first_filing = next(n for n, i in enumerate(items) if i.step == "filing")
    assert certification < first_filing
    assert STEP_ORDER[items[certification].step] < STEP_ORDER[items[first_filing].step]


def test_l1_personal_certification_is_shown_as_unconfirmed_for_the_filing(rules) -> None:
    items = {i.id: i for i in build_checklist(case_of(SubjectType.PERSONAL), rules)}
    assert "wechat_certification_apply" not in items
    personal = items["personal_certification"]
    assert personal.uncertain and personal.uncertainty is not None
    assert "分享" in personal.label.zh  # still needed for sharing (L.3)
    assert rules.filing.personal_certification.uncertain


@pytest.mark.parametrize(
    ("subject_type", "required"),
    [(t, "1") for t in ORGANISATIONS] + [(SubjectType.PERSONAL, "0")],
)
def test_l1_recommendation_says_certification_is_required(rules, subject_type, required) -> None:
    from mpreg_desktop.domain.flow.recommend import _costs

    rule = rules.subjects.get(subject_type)
    assert (subject_type in rules.filing.certification_required_for) == (required == "1")
    fee = next(r for r in _costs(rule, rules) if r.code == "certification.fee")
    assert fee.params["required"] == required


def test_l1_recommendation_for_a_company_carries_the_required_fee(rules) -> None:
    from mpreg_desktop.domain.case import Needs

    reasons = recommend(Needs(is_organisation=True, has_licence=True), rules).reasons
    fee = next(r for r in reasons if r.code == "certification.fee")
    assert fee.params == {"type": "enterprise", "fee": "300", "required": "1"}


# (submitted, planned, outcome) → the problem about the planned filing date
PLANNED = [
    (
        None,
        TODAY + timedelta(days=30),
        Outcome.PENDING,
        "filing.planned_on.certification_not_submitted",
    ),
    (TODAY, TODAY + timedelta(days=0), Outcome.PENDING, "filing.planned_on.before_certification"),
    (TODAY, date(2026, 12, 3), Outcome.PENDING, "filing.planned_on.certification_may_be_late"),
    (TODAY, date(2027, 1, 15), Outcome.PENDING, None),
    (TODAY, TODAY, Outcome.PASSED, None),
]


@pytest.mark.parametrize(("submitted", "planned", "outcome", "expected"), PLANNED)
def test_l1_planned_filing_date_before_the_certification_result(
    rules, submitted, planned, outcome, expected
) -> None:
    case = case_of(SubjectType.ENTERPRISE, VerificationMethod.BANK_TRANSFER)
    case.verification.certification.submitted_on = submitted
    case.verification.certification.outcome = outcome
    case.filing.planned_on = planned
    found = {c for c in codes(case, rules) if c.startswith("filing.planned_on.")}
    assert found == ({expected} if expected else set())


def test_l1_planned_date_error_only_when_before_the_earliest_result(rules) -> None:
    case = case_of(SubjectType.ENTERPRISE, VerificationMethod.BANK_TRANSFER)
    case.verification.certification.submitted_on = TODAY
    case.filing.planned_on = TODAY
    assert codes(case, rules)["filing.planned_on.before_certification"] == "error"


@pytest.mark.parametrize(
    ("subject_type", "expected"),
    [(t, "error") for t in ORGANISATIONS] + [(SubjectType.PERSONAL, None)],
)
def test_l1_a_started_filing_without_certification_is_an_error(
    rules, subject_type, expected
) -> None:
    case = case_of(subject_type, VerificationMethod.LEGAL_REP_FACE)
    case.filing.stages.append(StageRecord(stage=FilingStage.FILL, started=NOW))
    assert codes(case, rules).get("filing.certification.missing") == expected
    case.verification.certification.outcome = Outcome.PASSED
    assert "filing.certification.missing" not in codes(case, rules)


def test_l1_timeline_shows_the_filing_waiting_for_certification(rules) -> None:
    case = case_of(SubjectType.ENTERPRISE, VerificationMethod.BANK_TRANSFER)
    case.verification.certification.submitted_on = TODAY
    case.filing.planned_on = date(2027, 1, 15)
    items = timeline(case, rules)
    review = items["certification.review"]
    planned = items["filing.planned"]
    assert planned.code == "filing.planned_after_certification"
    assert review.due < planned.at  # the 认证 clock comes before the filing
    assert "认证" in timeline_text(planned, "zh_CN")
    case.verification.certification.outcome = Outcome.PASSED
    assert timeline(case, rules)["filing.planned"].code == "filing.planned"


def test_l1_transfer_and_face_check_do_not_replace_certification(rules) -> None:
    notes = {n.id: n for n in rules.verification.certification.notes}
    assert "不能代替" in notes["not_replaced"].text.zh
    assert "不能代替" in rules.filing.certification_prerequisite.text.zh


# --- L.2 年审 and its lapse ---


def certified_case(result_on: date) -> Case:
    case = case_of(SubjectType.ENTERPRISE, VerificationMethod.WECHAT_CERTIFICATION)
    case.verification.certification.outcome = Outcome.PASSED
    case.verification.certification.result_on = result_on
    return case


@pytest.mark.parametrize(
    ("item_id", "day"),
    [
        ("certification.reminder.3m", date(2027, 8, 1)),
        ("certification.reminder.2m", date(2027, 9, 1)),
        ("certification.reminder.1m", date(2027, 10, 1)),
        ("certification.reminder.7c", date(2027, 10, 25)),
    ],
)
def test_l2_reminders_before_expiry(rules, item_id, day) -> None:
    items = timeline(certified_case(date(2026, 11, 1)), rules)  # expires 2027-11-01
    assert items["certification.annual_review"].until.date() == date(2027, 11, 1)
    assert items["certification.annual_review"].at.date() == date(2027, 8, 3)  # 90 days
    assert items[item_id].at.date() == day


@pytest.mark.parametrize(
    ("stage", "day", "words"),
    [
        ("expired", date(2027, 11, 2), "搜索"),
        ("sharing_stops", date(2027, 12, 2), "分享"),
        ("payment_stops", date(2028, 1, 1), "支付"),
    ],
)
def test_l2_dated_escalation_after_expiry_is_an_estimate(rules, stage, day, words) -> None:
    item = timeline(certified_case(date(2026, 11, 1)), rules)[f"certification.lapse.{stage}"]
    assert item.at.date() == day
    assert item.uncertain and not item.estimate  # "estimate" is the holiday-calendar flag
    assert words in timeline_text(item, "zh_CN") and "估计" in timeline_text(item, "zh_CN")


def test_l2_auditor_call_and_three_failures_are_in_the_rules(rules) -> None:
    notes = {n.id: n for n in rules.verification.certification.notes}
    assert "电话" in notes["auditor_call"].text.zh
    assert "3 次" in notes["three_failures"].text.zh


# --- L.3 uncertified limits and WeChat Pay ---


@pytest.mark.parametrize(
    ("subject_type", "need", "certified", "expected"),
    [
        (SubjectType.ENTERPRISE, "sharing", False, "info"),
        (SubjectType.ENTERPRISE, "sharing", True, None),
        (SubjectType.PERSONAL, "sharing", False, "info"),
        # 企业's WeChat Pay is "conditional" on 认证: that warning says it (one fact, one message)
        (SubjectType.ENTERPRISE, "wechat_pay", False, None),
        (SubjectType.INDIVIDUAL_BUSINESS, "wechat_pay", True, None),
        (SubjectType.PERSONAL, "wechat_pay", False, None),  # not possible at all: an error instead
    ],
)
def test_l3_needs_check_certification_and_subject_type(
    rules, subject_type, need, certified, expected
) -> None:
    case = case_of(subject_type)
    setattr(case.subject.needs, need, True)
    if certified:
        case.verification.certification.outcome = Outcome.PASSED
    assert codes(case, rules).get("subject.needs.requires_certification") == expected


def test_l3_wechat_pay_says_certification_once(rules) -> None:
    case = case_of(SubjectType.ENTERPRISE)
    case.subject.needs.wechat_pay = True
    found = [
        p for p in check_case(case, rules, today=TODAY) if p.path == "subject.needs.wechat_pay"
    ]
    assert [p.code for p in found] == ["subject.needs.conditional"]
    note = rules.subjects.get(SubjectType.ENTERPRISE).capabilities["wechat_pay"].note
    assert "认证" in note.zh


def test_l3_personal_wechat_pay_is_refused(rules) -> None:
    case = case_of(SubjectType.PERSONAL)
    case.subject.needs.wechat_pay = True
    assert codes(case, rules)["subject.needs.unsupported"] == "error"


@pytest.mark.parametrize(
    ("subject_type", "need", "shown"),
    [
        (SubjectType.ENTERPRISE, "wechat_pay", True),
        (SubjectType.INDIVIDUAL_BUSINESS, "shop", True),
        (SubjectType.ENTERPRISE, "ads", False),
        (SubjectType.PERSONAL, "shop", False),
    ],
)
def test_l3_trading_mini_programs_are_told_about_order_shipping(
    rules, subject_type, need, shown
) -> None:
    case = case_of(subject_type)
    setattr(case.subject.needs, need, True)
    assert ("order_shipping" in {i.id for i in build_checklist(case, rules)}) is shown


def test_l3_trial_mini_programs_last_14_days(rules) -> None:
    note = next(n for n in rules.registration.account_rules if n.id == "trial_mini_program")
    assert "14 天" in note.text.zh


# --- L.4 filing rules ---


def with_scan(material: str, fmt: str, width: int, height: int, size: int = 500_000) -> Case:
    case = case_of(SubjectType.ENTERPRISE)
    scan = ScanResult(format=fmt, width=width, height=height, colour=True)
    attachment = Attachment(
        path=f"{material}.{fmt}", size=size, sha256="0" * 64, added=NOW, scan=scan
    )
    case.materials.append(MaterialItem(key=material, attachments=[attachment]))
    return case


@pytest.mark.parametrize(
    ("material", "fmt", "width", "height", "size", "expected"),
    [
        # filing uploads: ≤ 2 MB, JPG/JPEG/PNG, ≥ 720×1280
        ("filing_commitment_letter", "jpg", 720, 1280, 2_000_000, set()),
        ("filing_commitment_letter", "bmp", 720, 1280, 500_000, {"attachment.format"}),
        ("filing_commitment_letter", "gif", 1280, 720, 500_000, {"attachment.format"}),
        ("filing_commitment_letter", "png", 600, 1280, 500_000, {"attachment.too_small"}),
        ("filing_commitment_letter", "png", 720, 1000, 500_000, {"attachment.too_small"}),
        ("filing_commitment_letter", "jpeg", 800, 1400, 3_000_000, {"attachment.too_large"}),
        # registration/认证 uploads keep their own rules
        ("business_licence", "bmp", 700, 1000, 500_000, set()),
        ("business_licence", "png", 500, 1000, 500_000, {"attachment.too_small"}),
    ],
)
def test_l4_upload_checks_differ_for_filing_uploads(
    rules, material, fmt, width, height, size, expected
) -> None:
    case = with_scan(material, fmt, width, height, size)
    found = {c for c in codes(case, rules) if c.startswith("attachment.")}
    assert found == expected


@pytest.mark.parametrize(
    ("has_filing", "number", "province", "expected"),
    [
        (True, "粤ICP备2023123456号", "440000", None),
        (True, "粤ICP备2023123456号", "310000", "error"),
        (True, "", "310000", "info"),  # asked for: where the subject filed
        (False, "粤ICP备2023123456号", "310000", None),
        (True, "沪ICP备2023123456号", "", None),
    ],
)
def test_l4_a_subject_files_in_one_province(rules, has_filing, number, province, expected) -> None:
    case = case_of(SubjectType.ENTERPRISE)
    case.filing.subject_has_filing = has_filing
    case.filing.subject_record_number = number
    case.filing.province = province
    found = check_case(case, rules, today=TODAY, calendar=CALENDAR)
    if expected == "info":
        assert any(
            p.code == "field.required" and p.path == "filing.subject_record_number" for p in found
        )
    else:
        got = {p.code: p.severity for p in found}.get("filing.province.differs_from_existing")
        assert got == expected
    if expected == "error":
        problem = next(p for p in found if p.code == "filing.province.differs_from_existing")
        assert "粤" in problem_text(problem, rules, "zh_CN")


@pytest.mark.parametrize(
    ("subject_type", "is_legal_rep", "expected"),
    [
        (SubjectType.ENTERPRISE, False, "warning"),
        (SubjectType.ENTERPRISE, True, None),
        (SubjectType.PERSONAL, False, None),
    ],
)
def test_l4_delegated_subject_principal_warns(rules, subject_type, is_legal_rep, expected) -> None:
    case = case_of(subject_type)
    case.filing.subject_principal_is_legal_rep = is_legal_rep
    assert codes(case, rules).get("filing.subject_principal.delegation") == expected


@pytest.mark.parametrize(
    ("same", "principal_id", "admin_id", "expected"),
    [
        (True, "110101199003071233", "110101199003071233", None),
        (True, "310104198512314565", "110101199003071233", "warning"),
        (False, "110101199003071233", "110101199003071233", None),
        (False, "310104198512314565", "110101199003071233", "warning"),
        (True, "", "", None),
    ],
)
def test_l4_applet_principal_must_be_the_admin(
    rules, same, principal_id, admin_id, expected
) -> None:
    case = case_of(SubjectType.ENTERPRISE)
    case.filing.applet_principal_same = same
    principal = case.filing.subject_principal if same else case.filing.applet_principal
    principal.id_number = principal_id
    case.account.admin.id_number = admin_id
    assert codes(case, rules).get("filing.applet_principal.not_admin") == expected


def test_l4_reuse_sms_is_a_timeline_event(rules) -> None:
    case = case_of(SubjectType.ENTERPRISE)
    sms = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
    case.filing.subject_has_filing = True
    case.filing.reuse_sms_at = sms
    items = timeline(case, rules)
    assert items["filing.reuse_sms_confirm"].due == sms + timedelta(hours=24)
    assert items["filing.reuse_lapses"].due.date() == date(2026, 11, 26)
    case.filing.reuse_subject_info = False  # 手动填写: no SMS to confirm
    assert "filing.reuse_sms_confirm" not in timeline(case, rules)


def test_l4_anti_fraud_report_joins_the_platform_materials(rules) -> None:
    items = {i.id for i in build_checklist(case_of(SubjectType.ENTERPRISE), rules)}
    assert "filing_anti_fraud_report" in items
    platform = next(m for m in rules.filing.materials if m.id == "platform_materials")
    assert "反诈自评估报告" in platform.text.zh


def test_l4_official_pre_approval_list(rules) -> None:
    labels = {p.label.zh for p in rules.filing.pre_approval_types}
    for name in ("新闻", "出版", "教育", "医疗保健", "药品和医疗器械", "电子公告服务", "文化"):
        assert name in labels
    for name in ("广播电影电视节目", "网络预约车", "互联网金融", "校外培训"):
        assert name in labels
    assert rules.filing.pre_approval_types_as_of is not None


def test_l4_official_service_content_types_are_two_levels(rules) -> None:
    types = rules.filing.service_content_types
    groups = [t for t in types if t.parent is None]
    second = [t for t in types if t.parent is not None]
    assert len(groups) == 16 and len(second) == 176
    assert {t.label.zh for t in groups} >= {"生活服务", "餐饮", "教育", "金融业"}
    tool = rules.filing.service_content_type("icp_3")
    assert tool.label.zh == "工具" and tool.parent == "icp_500" and tool.api_type == 3
    assert rules.filing.service_content_types_as_of is not None
    assert rules.filing.max_service_content_types == 5
    for invented in ("catering", "company_showcase", "productivity_tools"):
        assert rules.filing.service_content_type(invented) is None


@pytest.mark.parametrize(
    ("subject_type", "chosen", "expected"),
    [
        (SubjectType.ENTERPRISE, ["icp_3", "icp_33"], {}),
        (
            SubjectType.ENTERPRISE,
            ["icp_500"],
            {"filing.service_content_types.first_level": "error"},
        ),
        (
            SubjectType.PERSONAL,
            ["icp_1"],
            {"filing.service_content_types.not_for_personal": "warning"},
        ),
        (SubjectType.ENTERPRISE, ["icp_1"], {}),
        (
            SubjectType.ENTERPRISE,
            ["catering"],
            {"filing.service_content_types.retired_choose": "warning"},
        ),
        (
            SubjectType.ENTERPRISE,
            ["company_showcase"],
            {"filing.service_content_types.retired": "warning"},
        ),
        (
            SubjectType.ENTERPRISE,
            ["no_such_type"],
            {"filing.service_content_types.unknown": "warning"},
        ),
        (
            SubjectType.ENTERPRISE,
            ["icp_1", "icp_2", "icp_3", "icp_4", "icp_5", "icp_6"],
            {"filing.service_content_types.too_many": "error"},
        ),
    ],
)
def test_l4_service_content_type_checks(rules, subject_type, chosen, expected) -> None:
    case = case_of(subject_type)
    case.filing.service_content_types = chosen
    found = {
        c: s for c, s in codes(case, rules).items() if c.startswith("filing.service_content_types")
    }
    assert found == expected


def test_l4_retired_ids_migrate_or_ask_never_dropped(rules) -> None:
    case = case_of(SubjectType.ENTERPRISE)
    case.filing.service_content_types = [
        "online_games",
        "catering",
        "booking",
        "productivity_tools",
    ]
    old, new = migrate_service_content_types(case, rules)
    assert old == ["online_games", "booking", "productivity_tools"]
    assert new == ["icp_37", "icp_3", "icp_3"]
    # catering has no single successor: it stays, and the check asks to choose within 餐饮
    assert migrated_types(case, old, new) == ["icp_37", "catering", "icp_3"]
    case.filing.service_content_types = migrated_types(case, old, new)
    problem = next(
        p
        for p in check_case(case, rules, today=TODAY, calendar=CALENDAR)
        if p.code == "filing.service_content_types.retired_choose"
    )
    text = problem_text(problem, rules, "zh_CN")
    assert "餐饮服务" in text and "餐饮" in text


def test_l4_every_retired_id_of_earlier_packs_is_accounted_for(rules) -> None:
    retired = {t.id for t in rules.filing.retired_service_content_types}
    assert len(retired) == 27  # every invented id the 2026-11-21 pack offered
    for old in rules.filing.retired_service_content_types:
        target = old.replaced_by or old.choose_within
        if target:
            assert rules.filing.service_content_type(target) is not None


# --- L.6 fees and quotas ---


def test_l6_quotas_are_unconfirmed(rules) -> None:
    from mpreg_desktop.domain.case import Needs

    reasons = recommend(Needs(is_organisation=True, has_licence=True), rules).reasons
    limits = [r for r in reasons if r.code.startswith("limit.")]
    assert limits and all(r.uncertain and r.uncertainty for r in limits)


def test_l6_personal_certification_exists(rules) -> None:
    personal = rules.subjects.get(SubjectType.PERSONAL)
    assert "个人也可以做微信认证" in personal.certification_note.zh
    assert personal.certification_fee_yuan == 30
