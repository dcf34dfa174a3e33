"""The filing flow (备案): where each of the five stages stands, from the recorded stage history.

The one state machine of the filing. The stage cards, the 清单, the timeline and the recording
actions all ask it, so they cannot disagree (they did: after a 通管局 rejection the 清单 still
counted the old round's 平台初审 and 短信核验 as done while the cards showed them not started).

``Filing.stages`` is the whole history, oldest first: one record per time a stage was entered. A
rejection ends its record as rejected and a new round starts at 备案信息填写; only the current
round counts for what is done, and the platform moves a filing on by itself once a stage passes.
"""

from __future__ import annotations

from enum import StrEnum

from mpreg_desktop.domain.case import FilingStage, Outcome, StageRecord

ORDER = list(FilingStage)


class StageState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"


_STATES = {
    Outcome.PENDING: StageState.IN_PROGRESS,
    Outcome.PASSED: StageState.DONE,
    Outcome.REJECTED: StageState.REJECTED,
}


def current_record(records: list[StageRecord]) -> StageRecord | None:
    return records[-1] if records else None


def next_stage(stage: FilingStage) -> FilingStage | None:
    index = ORDER.index(stage)
    return ORDER[index + 1] if index + 1 < len(ORDER) else None


def current_round(records: list[StageRecord]) -> list[StageRecord]:
    """The records since the filing was last (re)started at 填写."""
    starts = [i for i, r in enumerate(records) if r.stage == FilingStage.FILL]
    return records[starts[-1] :] if starts else list(records)


def stage_view(
    records: list[StageRecord], stage: FilingStage
) -> tuple[StageState, StageRecord | None]:
    """How one stage stands now, with the record that says so.

    A stage of the current round shows its own record; one the current round has gone past
    without a record of it (a hand-made file) was passed. A stage the current round has not
    reached shows its last rejection, if the last time it was reached it was rejected (the user
    needs to see why the filing came back), else it has not started.
    """
    round_ = current_round(records)
    for record in reversed(round_):
        if record.stage == stage:
            return _STATES[record.outcome], record
    if any(ORDER.index(r.stage) > ORDER.index(stage) for r in round_):
        return StageState.DONE, None
    latest = next((r for r in reversed(records) if r.stage == stage), None)
    if latest is not None and latest.outcome == Outcome.REJECTED:
        return StageState.REJECTED, latest
    return StageState.NOT_STARTED, None


def stage_passed(records: list[StageRecord], stage: FilingStage, filing_number: str) -> bool:
    """Passed in the current round. A recorded filing number (备案成功) means every stage was."""
    if filing_number:
        return True
    return stage != FilingStage.DONE and stage_view(records, stage)[0] == StageState.DONE


def rejections(records: list[StageRecord]) -> list[StageRecord]:
    return [r for r in records if r.outcome == Outcome.REJECTED]


def startable(records: list[StageRecord]) -> FilingStage | None:
    """The stage a "start" button would open: the first, or the one after a passed stage."""
    record = current_record(records)
    if record is None:
        return FilingStage.FILL
    if record.outcome == Outcome.PASSED:
        return next_stage(record.stage)
    return None


def open_stage(records: list[StageRecord]) -> FilingStage | None:
    """The stage in progress, if any."""
    record = current_record(records)
    return record.stage if record and record.outcome == Outcome.PENDING else None


def can_pass(records: list[StageRecord]) -> bool:
    # 备案成功 ends when the filing number is recorded, not by a button.
    return open_stage(records) not in (None, FilingStage.DONE)


def can_reject(records: list[StageRecord]) -> bool:
    # Only reviews reject; 填写 is the user's own work.
    return open_stage(records) not in (None, FilingStage.FILL, FilingStage.DONE)
