"""The timeline on fixed dates: SMS 24 hours, 通管局 working days, 春节, 2027, overrides."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Case,
    FilingStage,
    Outcome,
    Route,
    StageRecord,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.domain.flow.timeline import alerts, build_timeline, most_urgent
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar, YearOverride

CAL = WorkdayCalendar()


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def enterprise() -> Case:
    case = new_case("测试")
    # Created before every moment these tests use, not at the wall clock's now: a case created
    # "today" would sort after a deadline that falls earlier today.
    case.created = case.modified = case.events[0].at = at(2026, 1, 5, 9)  # the case.created event
    case.subject.type = SubjectType.ENTERPRISE
    case.verification.method = VerificationMethod.BANK_TRANSFER
    return case


def item(items, id_):
    return next(i for i in items if i.id == id_)


def test_sms_deadline_24_hours(rules) -> None:
    case = enterprise()
    case.filing.sms_received_at = at(2026, 11, 20, 10, 0)
    sms = item(build_timeline(case, rules, CAL, at(2026, 11, 21, 8, 0)), "filing.sms_verification")
    assert sms.at == at(2026, 11, 21, 10, 0) and sms.unit == "hours"
    assert sms.state == "due_soon" and sms.params["resends"] == "1"
    later = build_timeline(case, rules, CAL, at(2026, 11, 21, 10, 1))
    assert item(later, "filing.sms_verification").state == "overdue"
    assert most_urgent(later).id == "filing.sms_verification"
    assert [a.id for a in alerts(later, at(2026, 11, 21, 10, 1))] == ["filing.sms_verification"]
    case.filing.stages.append(
        StageRecord(stage=FilingStage.SMS_VERIFICATION, outcome=Outcome.PASSED)
    )
    done = build_timeline(case, rules, CAL, at(2026, 11, 21, 10, 1))
    assert item(done, "filing.sms_verification").state == "done"


def test_deadline_is_in_shanghai_whatever_the_clock_zone(rules) -> None:
    case = enterprise()
    case.filing.sms_received_at = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 +08
    now_utc = datetime(2026, 11, 21, 0, 0, tzinfo=UTC)  # 08:00 +08
    sms = item(build_timeline(case, rules, CAL, now_utc), "filing.sms_verification")
    assert sms.at == at(2026, 11, 21, 10, 0) and sms.at.utcoffset().total_seconds() == 8 * 3600
    assert sms.state == "due_soon"


def test_authority_review_across_national_day(rules) -> None:
    case = enterprise()
    case.filing.stages.append(
        StageRecord(stage=FilingStage.AUTHORITY_REVIEW, started=at(2026, 9, 28, 9, 0))
    )
    review = item(
        build_timeline(case, rules, CAL, at(2026, 10, 9, 12, 0)), "filing.authority_review"
    )
    assert review.kind == "milestone" and review.unit == "workdays"
    assert review.at.date() == date(2026, 9, 29)  # 1st working day
    assert review.until.date() == date(2026, 10, 30)  # 20th, counting 10-10 and skipping 国庆
    assert review.state == "upcoming" and not review.estimate


def test_platform_review_one_to_two_workdays(rules) -> None:
    case = enterprise()
    case.filing.stages.append(
        StageRecord(stage=FilingStage.PLATFORM_REVIEW, started=at(2026, 9, 30, 16, 0))
    )
    review = item(
        build_timeline(case, rules, CAL, at(2026, 9, 30, 17, 0)), "filing.platform_review"
    )
    assert (review.at.date(), review.until.date()) == (date(2026, 10, 8), date(2026, 10, 9))


def test_bank_transfer_window_across_spring_festival(rules) -> None:
    case = enterprise()
    bank = case.verification.bank_transfer
    bank.submitted_on = date(2026, 2, 10)
    items = build_timeline(case, rules, CAL, at(2026, 2, 18, 12, 0))
    pay = item(items, "bank_transfer.pay")
    assert pay.at == at(2026, 2, 20, 23, 59, 59)  # 10 calendar days: holidays do not stop it
    assert pay.state == "due_soon" and pay.unit == "calendar_days"
    bank.paid_on = date(2026, 2, 13)
    items = build_timeline(case, rules, CAL, at(2026, 2, 18, 12, 0))
    assert item(items, "bank_transfer.pay").state == "done"
    refund = item(items, "bank_transfer.refund")
    assert refund.due.date() == date(2026, 3, 5)  # 10 working days, 春节 skipped, 调休 counted


def test_estimate_in_2027_and_override_changes_it(rules) -> None:
    case = enterprise()
    case.filing.stages.append(
        StageRecord(stage=FilingStage.AUTHORITY_REVIEW, started=at(2026, 12, 21, 9, 0))
    )
    review = item(build_timeline(case, rules, CAL, at(2026, 12, 22)), "filing.authority_review")
    assert review.estimate and review.until.date() == date(2027, 1, 19)
    override = YearOverride(days_off=frozenset({date(2027, 1, 4), date(2027, 1, 5)}))
    calendar = WorkdayCalendar({2027: override})
    review = item(
        build_timeline(case, rules, calendar, at(2026, 12, 22)), "filing.authority_review"
    )
    assert not review.estimate and review.until.date() == date(2027, 1, 20)


def test_certification_review_expiry_and_annual_window(rules) -> None:
    case = enterprise()
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    cert = case.verification.certification
    cert.submitted_on = date(2026, 11, 2)
    items = build_timeline(case, rules, CAL, at(2026, 11, 3))
    review = item(items, "certification.review")
    assert (review.at.date(), review.until.date()) == (date(2026, 11, 3), date(2026, 11, 9))
    assert item(items, "certification.review_max").at.date() == date(2026, 11, 23)
    cert.outcome, cert.result_on = Outcome.PASSED, date(2026, 11, 6)
    annual = item(build_timeline(case, rules, CAL, at(2027, 8, 1)), "certification.annual_review")
    assert annual.until.date() == date(2027, 11, 6) and annual.at.date() == date(2027, 8, 8)
    assert annual.state == "upcoming"
    annual = item(build_timeline(case, rules, CAL, at(2027, 9, 1)), "certification.annual_review")
    assert annual.state == "due_soon"
    annual = item(build_timeline(case, rules, CAL, at(2027, 11, 7)), "certification.annual_review")
    assert annual.state == "overdue"


def test_registration_clocks(rules) -> None:
    case = enterprise()
    case.account.registered_on = date(2026, 11, 1)
    items = build_timeline(case, rules, CAL, at(2026, 11, 1, 12))
    assert item(items, "account.activate_email").state == "due_soon"
    expires = item(items, "account.registration_expires")
    assert expires.at.date() == date(2026, 12, 1) and expires.state == "upcoming"
    case.account.email_activated_on = date(2026, 11, 1)
    case.verification.bank_transfer.outcome = Outcome.PASSED
    items = build_timeline(case, rules, CAL, at(2026, 12, 5))
    assert item(items, "account.activate_email").state == "done"
    assert item(items, "account.registration_expires").state == "done"


def test_rejection_and_resubmission_rounds(rules) -> None:
    case = enterprise()
    stages = case.filing.stages
    stages.append(
        StageRecord(
            stage=FilingStage.PLATFORM_REVIEW,
            started=at(2026, 11, 2, 9),
            ended=at(2026, 11, 3, 9),
            outcome=Outcome.REJECTED,
            reason="地址不符",
        )
    )
    stages.append(StageRecord(stage=FilingStage.FILL, started=at(2026, 11, 3, 9)))
    stages.append(StageRecord(stage=FilingStage.PLATFORM_REVIEW, started=at(2026, 11, 5, 9)))
    items = build_timeline(case, rules, CAL, at(2026, 11, 5, 10))
    first, second = item(items, "filing.platform_review"), item(items, "filing.platform_review#2")
    assert first.state == "done" and second.state == "upcoming"
    assert second.code == "filing.platform_review"


def test_official_account_quota_resets_monthly(rules) -> None:
    case = enterprise()
    case.subject.route = Route.OFFICIAL_ACCOUNT
    quota = item(
        build_timeline(case, rules, CAL, at(2026, 12, 20)), "official_account.quota_resets"
    )
    assert quota.at == at(2027, 1, 1) and quota.params["limit"] == "5"


def test_events_are_included_in_order(rules) -> None:
    case = enterprise()
    case.filing.sms_received_at = at(2026, 11, 20, 10)
    items = build_timeline(case, rules, CAL, at(2026, 11, 20, 11))
    assert items[0].kind == "event" and items[0].code == "case.created"
    assert [i.at for i in items] == sorted(i.at for i in items)


def test_sms_of_a_new_round_is_not_done_by_an_old_one(rules) -> None:
    case = enterprise()
    stages = case.filing.stages
    stages.append(StageRecord(stage=FilingStage.FILL, outcome=Outcome.PASSED))
    stages.append(StageRecord(stage=FilingStage.SMS_VERIFICATION, outcome=Outcome.PASSED))
    stages.append(StageRecord(stage=FilingStage.AUTHORITY_REVIEW, outcome=Outcome.REJECTED))
    stages.append(StageRecord(stage=FilingStage.FILL, started=at(2026, 11, 18, 9)))
    case.filing.sms_received_at = at(2026, 11, 20, 10)
    sms = item(build_timeline(case, rules, CAL, at(2026, 11, 21, 8)), "filing.sms_verification")
    assert sms.state == "due_soon"


def test_event_words_show_labels(rules) -> None:
    from mpreg_desktop.domain.case import Event
    from mpreg_desktop.domain.messages import event_text

    event = Event(
        at=at(2026, 11, 21), kind="filing.stage_passed", params={"stage": "platform_review"}
    )
    assert "平台初审" in event_text(event, "zh_CN")
    event = Event(
        at=at(2026, 11, 21), kind="verification.passed", params={"method": "bank_transfer"}
    )
    assert "对公打款" in event_text(event, "zh_CN")
