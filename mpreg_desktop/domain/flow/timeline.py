"""The timeline: what happened, and what is due when, counted the way Chinese offices count.

``build_timeline(case, rules, calendar, now)`` returns the recorded events and the projected
milestones (expected results, e.g. "通管局审核 1–20 工作日") and deadlines (things the user must do
in time, e.g. the 24-hour SMS verification). Every duration comes from the rules pack with its unit;
working days come from :class:`WorkdayCalendar`, and an item computed over a year whose holidays
are not yet published is marked ``estimate``. Every time is in Asia/Shanghai, whatever the machine's
time zone.

A date-only fact (the case records "paid on 2026-11-05", not the minute) starts its clock at the
start of that day, so a deadline counted in hours is never shown later than it really is; a deadline
counted in days ends at the end of its last day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Case,
    FilingStage,
    Outcome,
    Route,
    Step,
    SubjectType,
    VerificationMethod,
)
from mpreg_desktop.domain.flow.filing import stage_passed
from mpreg_desktop.domain.rules.model import Duration, Rules
from mpreg_desktop.domain.spans import add_calendar, add_span
from mpreg_desktop.domain.workdays import WorkdayCalendar

State = Literal["done", "upcoming", "due_soon", "overdue"]
Kind = Literal["event", "milestone", "deadline"]

# How close a deadline must be to count as "due soon".
DUE_SOON = {"hours": timedelta(hours=24)}
DUE_SOON_DAYS = timedelta(days=3)
ALERT_WITHIN = timedelta(hours=24)  # the banner and tray speak up this close to a deadline


@dataclass(frozen=True)
class TimelineItem:
    id: str  # stable within a case: used for calendar UIDs
    kind: Kind
    step: Step
    code: str  # words: messages "timeline" section, or the event kind for events
    at: datetime  # when (for a range: its first day)
    until: datetime | None = None  # a range's last moment ("1–20 工作日")
    unit: str | None = None
    estimate: bool = False
    state: State = "upcoming"
    params: dict[str, str] = field(default_factory=dict)
    source: tuple[str, ...] = ()
    uncertain: bool = False
    note: str = ""

    @property
    def due(self) -> datetime:
        return self.until or self.at


def start_of_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), SHANGHAI)


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), SHANGHAI)


def _state(due: datetime, done: bool, now: datetime, unit: str | None) -> State:
    if done:
        return "done"
    if now > due:
        return "overdue"
    if due - now <= DUE_SOON.get(unit or "", DUE_SOON_DAYS):
        return "due_soon"
    return "upcoming"


class _Builder:
    def __init__(self, case: Case, rules: Rules, calendar: WorkdayCalendar, now: datetime):
        self.case, self.rules, self.calendar = case, rules, calendar
        self.now = now.astimezone(SHANGHAI)
        self.items: list[TimelineItem] = []

    def after(self, start: date, duration: Duration, amount: int) -> tuple[date, bool]:
        """The day ``amount`` units of ``duration`` after ``start``; True if it is an estimate."""
        if duration.unit == "workdays":
            day = self.calendar.add_workdays(start, amount)
            return day, self.calendar.span_is_estimate(start, day)
        day = add_calendar(start, duration.unit, amount)
        if day is not None:
            return day, False
        raise ValueError(f"{duration.unit} is not a day-based unit")

    def deadline(
        self,
        id_: str,
        step: Step,
        start: date | datetime,
        duration: Duration,
        done: bool,
        **params: str,
    ) -> None:
        if duration.unit == "hours":
            begin = start if isinstance(start, datetime) else start_of_day(start)
            due, estimate = add_span(begin.astimezone(SHANGHAI), duration), False
        else:
            day = start.astimezone(SHANGHAI).date() if isinstance(start, datetime) else start
            last, estimate = self.after(day, duration, duration.max)
            due = end_of_day(last)
        self.items.append(
            TimelineItem(
                id_,
                "deadline",
                step,
                id_.split("#")[0],
                due,
                None,
                duration.unit,
                estimate,
                _state(due, done, self.now, duration.unit),
                params,
                tuple(duration.source),
                duration.uncertain,
            )
        )

    def expected(
        self, id_: str, step: Step, start: date, duration: Duration, done: bool, **params: str
    ) -> None:
        """An expected result within a span, e.g. 1–20 工作日 after the review started."""
        first, estimate_first = self.after(start, duration, duration.low)
        last, estimate_last = self.after(start, duration, duration.max)
        at, until = start_of_day(first), end_of_day(last)
        self.items.append(
            TimelineItem(
                id_,
                "milestone",
                step,
                id_.split("#")[0],
                at,
                until if last != first else None,
                duration.unit,
                estimate_first or estimate_last,
                _state(until, done, self.now, duration.unit),
                params,
                tuple(duration.source),
                duration.uncertain,
            )
        )

    # -- the parts of a case ----------------------------------------------------------------------
    def events(self) -> None:
        for index, event in enumerate(self.case.events):
            self.items.append(
                TimelineItem(
                    f"event.{index}",
                    "event",
                    event.step or Step.SUBJECT,
                    event.kind,
                    event.at.astimezone(SHANGHAI),
                    state="done",
                    params=dict(event.params),
                    note=event.note,
                )
            )

    def registration(self) -> None:
        account = self.case.account
        if account.registered_on is None:
            return
        reg = self.rules.registration
        self.deadline(
            "account.activate_email",
            Step.VERIFICATION,
            account.registered_on,
            reg.activation_link_validity,
            account.email_activated_on is not None,
        )
        self.deadline(
            "account.registration_expires",
            Step.VERIFICATION,
            account.registered_on,
            reg.unfinished_registration_terminated,
            self.registration_complete(),
        )

    def registration_complete(self) -> bool:
        verification = self.case.verification
        if self.case.subject.type == SubjectType.PERSONAL:
            task = self.case.task("admin_scan_verify")
            scanned = task is not None and task.done
            return scanned or verification.certification.outcome == Outcome.PASSED
        method = verification.method
        outcome = (
            {
                VerificationMethod.BANK_TRANSFER: verification.bank_transfer.outcome,
                VerificationMethod.WECHAT_CERTIFICATION: verification.certification.outcome,
                VerificationMethod.LEGAL_REP_FACE: verification.face.outcome,
            }.get(method)
            if method
            else None
        )
        return outcome == Outcome.PASSED

    def bank_transfer(self) -> None:
        bank = self.case.verification.bank_transfer
        if self.case.verification.method != VerificationMethod.BANK_TRANSFER:
            return
        rule = self.rules.verification.method(VerificationMethod.BANK_TRANSFER)
        if bank.submitted_on and rule.deadline:
            self.deadline(
                "bank_transfer.pay",
                Step.VERIFICATION,
                bank.submitted_on,
                rule.deadline,
                bank.paid_on is not None,
                days=str(rule.deadline.max),
            )
        if bank.paid_on and rule.refund:
            self.expected(
                "bank_transfer.refund",
                Step.VERIFICATION,
                bank.paid_on,
                rule.refund,
                bank.refunded_on is not None,
                days=str(rule.refund.max),
            )

    def certification(self) -> None:
        cert = self.case.verification.certification
        rules = self.rules.verification.certification
        decided = cert.result_on is not None or cert.outcome != Outcome.PENDING
        if cert.submitted_on:
            self.expected(
                "certification.review",
                Step.VERIFICATION,
                cert.submitted_on,
                rules.review_typical,
                decided,
            )
            self.deadline(
                "certification.review_max",
                Step.VERIFICATION,
                cert.submitted_on,
                rules.review_max,
                decided,
                days=str(rules.review_max.max),
            )
        if cert.outcome == Outcome.PASSED and cert.result_on:
            expiry_day, _ = self.after(cert.result_on, rules.validity, rules.validity.max)
            expiry = end_of_day(expiry_day)
            window = rules.annual_review_window
            opens_day, _ = self.after(expiry_day, window, -window.max)
            opens = start_of_day(opens_day)
            if self.now > expiry:
                state: State = "overdue"
            elif self.now >= opens:
                state = "due_soon"
            else:
                state = "upcoming"
            self.items.append(
                TimelineItem(
                    "certification.annual_review",
                    "deadline",
                    Step.VERIFICATION,
                    "certification.annual_review",
                    opens,
                    expiry,
                    window.unit,
                    False,
                    state,
                    {"days": str(window.max)},
                    tuple(window.source),
                    window.uncertain,
                )
            )
            self.annual_review_reminders(expiry_day)
            self.lapse(expiry_day)

    def annual_review_reminders(self, expiry: date) -> None:
        """The platform's reminders before the certification expires (L.2)."""
        review = self.rules.verification.certification
        for reminder in review.reminders:
            day = add_calendar(expiry, reminder.unit, -reminder.max)
            if day is None:  # a reminder in hours or 工作日: not one the platform sends
                continue
            self.items.append(
                TimelineItem(
                    f"certification.reminder.{reminder.max}{reminder.unit[0]}",
                    "milestone",
                    Step.VERIFICATION,
                    f"certification.reminder.{reminder.unit}",
                    start_of_day(day),
                    None,
                    reminder.unit,
                    False,
                    "done" if self.now > end_of_day(day) else "upcoming",
                    {"count": str(reminder.max)},
                    tuple(reminder.source),
                    reminder.uncertain,
                )
            )

    def lapse(self, expiry: date) -> None:
        """What stops after the certification expired, dated: an estimate from secondary sources
        (L.2), shown only while no renewed certification is recorded."""
        for stage in self.rules.verification.certification.lapse:
            day, _ = self.after(expiry, stage.after, stage.after.max)
            self.items.append(
                TimelineItem(
                    f"certification.lapse.{stage.id}",
                    "milestone",
                    Step.VERIFICATION,
                    "certification.lapse",
                    start_of_day(day + timedelta(days=1)),
                    None,
                    stage.after.unit,
                    False,  # not a holiday-calendar estimate: its words say "估计" and why
                    "overdue" if self.now > start_of_day(day + timedelta(days=1)) else "upcoming",
                    {"stage": stage.id, "text:zh": stage.text.zh, "text:en": stage.text.en},
                    tuple(stage.after.source),
                    stage.after.uncertain,
                )
            )

    def filing_after_certification(self) -> None:
        """L.1: an organisation's filing opens once 认证 passed; while it is pending the planned
        filing date is shown with the 认证 result it has to wait for."""
        case = self.case
        filing = case.filing
        # A planned date already passed says nothing new: the user moves it or starts the filing.
        if filing.planned_on is None or filing.stages or filing.planned_on < self.now.date():
            return
        waits = (
            case.subject.type in self.rules.filing.certification_required_for
            and case.verification.certification.outcome != Outcome.PASSED
        )
        self.items.append(
            TimelineItem(
                "filing.planned",
                "milestone",
                Step.FILING,
                "filing.planned_after_certification" if waits else "filing.planned",
                start_of_day(filing.planned_on),
                None,
                "calendar_days",
                False,
                "upcoming",
                {},
                tuple(self.rules.filing.certification_prerequisite.source)
                if waits and self.rules.filing.certification_prerequisite
                else (),
            )
        )

    def reuse_subject_sms(self) -> None:
        """L.4: reusing the subject's filed details sends the 主体负责人 an SMS to confirm."""
        filing = self.case.filing
        rules = self.rules.filing
        if not (filing.subject_has_filing and filing.reuse_subject_info and filing.reuse_sms_at):
            return
        confirmed = any(r.stage != FilingStage.FILL for r in filing.stages)
        for code, duration in (
            ("filing.reuse_sms_confirm", rules.reuse_sms_confirm),
            ("filing.reuse_lapses", rules.reuse_lapse),
        ):
            if duration is not None:
                self.deadline(
                    code,
                    Step.FILING,
                    filing.reuse_sms_at,
                    duration,
                    confirmed,
                    count=str(duration.max),
                )

    def filing(self) -> None:
        filing = self.case.filing
        stages = self.rules.filing
        latest: dict[FilingStage, int] = {}
        for index, record in enumerate(filing.stages):
            latest[record.stage] = index
        counts: dict[FilingStage, int] = {}
        for index, record in enumerate(filing.stages):
            counts[record.stage] = counts.get(record.stage, 0) + 1
            rule = stages.stage(record.stage)
            if rule.duration is None or record.started is None or rule.duration.unit == "hours":
                continue
            done = record.ended is not None or record.outcome != Outcome.PENDING
            if latest[record.stage] != index and not done:
                continue  # superseded by a later round
            suffix = "" if counts[record.stage] == 1 else f"#{counts[record.stage]}"
            self.expected(
                f"filing.{record.stage.value}{suffix}",
                Step.FILING,
                record.started.astimezone(SHANGHAI).date(),
                rule.duration,
                done,
            )
        if filing.sms_received_at is not None:
            rule = stages.stage(FilingStage.SMS_VERIFICATION)
            if rule.duration is not None:
                self.deadline(
                    "filing.sms_verification",
                    Step.FILING,
                    filing.sms_received_at,
                    rule.duration,
                    self.sms_done(),
                    hours=str(rule.duration.max),
                    resends=str(rule.resends or 0),
                )

    def sms_done(self) -> bool:
        """Verified in the current round: only records since the last return to 填写 count."""
        filing = self.case.filing
        return stage_passed(filing.stages, FilingStage.SMS_VERIFICATION, filing.filing_number)

    def official_account_quota(self) -> None:
        if self.case.subject.route != Route.OFFICIAL_ACCOUNT:
            return
        route = self.rules.registration.route(Route.OFFICIAL_ACCOUNT)
        if route.monthly_limit is None:
            return
        today = self.now.date()
        first = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        self.items.append(
            TimelineItem(
                "official_account.quota_resets",
                "milestone",
                Step.SUBJECT,
                "official_account.quota_resets",
                start_of_day(first),
                None,
                "months",
                False,
                "upcoming",
                {"limit": str(route.monthly_limit)},
                tuple(route.source),
                route.uncertain,
            )
        )


def build_timeline(
    case: Case, rules: Rules, calendar: WorkdayCalendar, now: datetime
) -> list[TimelineItem]:
    """Recorded events and projected milestones and deadlines, in chronological order."""
    builder = _Builder(case, rules, calendar, now)
    builder.events()
    builder.registration()
    builder.bank_transfer()
    builder.certification()
    builder.filing_after_certification()
    builder.filing()
    builder.reuse_subject_sms()
    builder.official_account_quota()
    return sorted(builder.items, key=lambda item: (item.at, item.kind != "event"))


def most_urgent(items: list[TimelineItem]) -> TimelineItem | None:
    """The deadline to show in the header: the earliest overdue, else the nearest open one."""
    open_items = [i for i in items if i.kind == "deadline" and i.state != "done"]
    overdue = [i for i in open_items if i.state == "overdue"]
    if overdue:
        return min(overdue, key=lambda i: i.due)
    return min(open_items, key=lambda i: i.due, default=None)


def alerts(items: list[TimelineItem], now: datetime) -> list[TimelineItem]:
    """What the banner and tray must mention: overdue, or due within 24 hours."""
    return [
        i
        for i in items
        if i.kind != "event"
        and i.state != "done"
        and (i.state == "overdue" or i.due - now <= ALERT_WITHIN)
    ]
