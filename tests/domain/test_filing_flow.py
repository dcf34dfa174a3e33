"""The filing flow is one state machine: the stage cards, the 清单 and the timeline agree on it."""

from __future__ import annotations

import datetime as dt

import pytest

from mpreg_desktop.domain.case import SHANGHAI, FilingStage, Outcome, StageRecord, new_case
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.filing import StageState, stage_passed, stage_view
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar

START = dt.datetime(2026, 10, 8, 9, 0, tzinfo=SHANGHAI)


def record(stage: FilingStage, day: int, outcome: Outcome, ends: bool = True) -> StageRecord:
    started = START + dt.timedelta(days=day)
    ended = started + dt.timedelta(hours=20) if ends else None
    return StageRecord(stage=stage, started=started, ended=ended, outcome=outcome)


@pytest.fixture
def rejected_by_the_authority():
    """Filled in, passed 平台初审 and 短信核验, then rejected by 通管局: back to 填写."""
    case = new_case("备案被驳回", now=START)
    case.filing.stages = [
        record(FilingStage.FILL, 0, Outcome.PASSED),
        record(FilingStage.PLATFORM_REVIEW, 1, Outcome.PASSED),
        record(FilingStage.SMS_VERIFICATION, 2, Outcome.PASSED),
        record(FilingStage.AUTHORITY_REVIEW, 3, Outcome.REJECTED),
        record(FilingStage.FILL, 5, Outcome.PENDING, ends=False),
    ]
    case.filing.stages[3].reason = "网站名称与主体不符"
    return case


def test_after_an_authority_rejection_the_checklist_agrees_with_the_stage_cards(
    rejected_by_the_authority,
) -> None:
    case, rules = rejected_by_the_authority, load_rules()
    records = case.filing.stages
    by_stage = {
        item.id: item for item in build_checklist(case, rules) if item.step.value == "filing"
    }
    for entry in rules.checklist.entries:
        if not (entry.done_when or "").startswith("filing.stage:"):
            continue
        stage = FilingStage(entry.done_when.split(":", 1)[1])
        card, _record = stage_view(records, stage)
        assert by_stage[entry.id].done == (card == StageState.DONE), stage
    # The new round has to pass 平台初审 and 短信核验 again: neither is done.
    assert stage_view(records, FilingStage.PLATFORM_REVIEW)[0] == StageState.NOT_STARTED
    assert not stage_passed(records, FilingStage.PLATFORM_REVIEW, "")
    assert not stage_passed(records, FilingStage.SMS_VERIFICATION, "")
    assert stage_view(records, FilingStage.AUTHORITY_REVIEW)[0] == StageState.REJECTED


def test_the_timeline_counts_the_sms_of_the_current_round_only(rejected_by_the_authority) -> None:
    case = rejected_by_the_authority
    case.filing.sms_received_at = START + dt.timedelta(days=2, hours=1)
    now = START + dt.timedelta(days=5, hours=2)
    timeline = build_timeline(case, load_rules(), WorkdayCalendar(), now)
    sms = next(i for i in timeline if i.code == "filing.sms_verification")
    assert sms.state != "done"


def test_a_stage_passed_in_the_current_round_is_done_everywhere() -> None:
    case = new_case("进行中", now=START)
    case.filing.stages = [
        record(FilingStage.FILL, 0, Outcome.PASSED),
        record(FilingStage.PLATFORM_REVIEW, 1, Outcome.PASSED),
        record(FilingStage.SMS_VERIFICATION, 2, Outcome.PENDING, ends=False),
    ]
    records = case.filing.stages
    assert stage_passed(records, FilingStage.PLATFORM_REVIEW, "")
    assert not stage_passed(records, FilingStage.SMS_VERIFICATION, "")
    assert stage_passed(records, FilingStage.DONE, "ICP备2026000001号-1X") is True
    rules = load_rules()
    items = {i.id: i for i in build_checklist(case, rules)}
    done = {
        entry.done_when.split(":", 1)[1]
        for entry in rules.checklist.entries
        if (entry.done_when or "").startswith("filing.stage:") and items[entry.id].done
    }
    assert done == {"fill", "platform_review"}
