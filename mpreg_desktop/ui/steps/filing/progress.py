"""The five filing stages as recorded facts: where the filing stands and the actions that move it.

``Filing.stages`` is the whole history, oldest first: one record per time a stage was entered. A
rejection ends its record as rejected and opens a new 备案信息填写 record, so every round stays in
the file. Each action below is one undo step and adds its history entry (``filing.*`` events).

The platform moves a filing on by itself once a stage passes (submitted → 平台初审 → 短信核验 …), so
recording a pass also records the start of the next stage at the same moment.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Event,
    FilingStage,
    Outcome,
    StageRecord,
    Step,
)
from mpreg_desktop.domain.flow import filing as filing_flow
from mpreg_desktop.domain.flow.filing import next_stage
from mpreg_desktop.ui.editing.document import CaseDocument


class FilingProgress:
    """The recording actions; each is one undo macro with its history entries."""

    def __init__(self, document: CaseDocument) -> None:
        self.document = document

    @property
    def records(self) -> list[StageRecord]:
        return self.document.case.filing.stages

    # -- what may be done now (the domain's filing flow decides) ---------------------------------
    def startable(self) -> FilingStage | None:
        return filing_flow.startable(self.records)

    def open_stage(self) -> FilingStage | None:
        return filing_flow.open_stage(self.records)

    def can_pass(self) -> bool:
        return filing_flow.can_pass(self.records)

    def can_reject(self) -> bool:
        return filing_flow.can_reject(self.records)

    # -- actions -----------------------------------------------------------------------------------
    def start(self, stage: FilingStage, at: dt.datetime) -> None:
        with self._macro(QCoreApplication.translate("FilingProgress", "Start a filing stage")) as (
            stages,
            events,
        ):
            self._open(stage, at, stages, events)

    def pass_current(self, at: dt.datetime) -> None:
        if not self.can_pass():
            return
        with self._macro(
            QCoreApplication.translate("FilingProgress", "Record a filing stage as passed")
        ) as (stages, events):
            record = stages[-1]
            record.outcome = Outcome.PASSED
            record.ended = at
            events.append(self._event(at, "filing.stage_passed", record.stage))
            following = next_stage(record.stage)
            if following is not None:
                self._open(following, at, stages, events)

    def reject_current(self, at: dt.datetime, reason: str) -> None:
        if not self.can_reject():
            return
        with self._macro(
            QCoreApplication.translate("FilingProgress", "Record a filing rejection")
        ) as (stages, events):
            record = stages[-1]
            record.outcome = Outcome.REJECTED
            record.ended = at
            record.reason = reason
            events.append(self._event(at, "filing.stage_rejected", record.stage, reason))
            self._open(FilingStage.FILL, at, stages, events)
            # The old round's SMS no longer counts: its 24 hours must not be shown as running.
            self.document.set_field("filing.sms_received_at", None)
            self.document.set_field("filing.sms_resent_at", [])

    def record_sms(self, received: dt.datetime) -> None:
        with self._macro(
            QCoreApplication.translate("FilingProgress", "Record the verification SMS")
        ) as (_stages, events):
            self.document.set_field("filing.sms_received_at", received)
            events.append(
                self._event(
                    received,
                    "filing.sms_received",
                    FilingStage.SMS_VERIFICATION,
                    received=received.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"),
                )
            )

    def record_resend(self, at: dt.datetime) -> None:
        with self._macro(QCoreApplication.translate("FilingProgress", "Record a resent SMS")) as (
            _stages,
            events,
        ):
            resent = [*self.document.case.filing.sms_resent_at, at]
            self.document.set_field("filing.sms_resent_at", resent)
            events.append(self._event(at, "filing.sms_resent", FilingStage.SMS_VERIFICATION))

    def record_number(self, number: str, at: dt.datetime) -> None:
        with self._macro(
            QCoreApplication.translate("FilingProgress", "Record the filing number")
        ) as (stages, events):
            self.document.set_field("filing.filing_number", number)
            last = stages[-1] if stages else None
            if last and last.stage == FilingStage.DONE and last.outcome == Outcome.PENDING:
                last.outcome = Outcome.PASSED
                last.ended = at
            events.append(
                self._event(at, "filing.number_recorded", FilingStage.DONE, number=number)
            )

    # -- helpers -----------------------------------------------------------------------------------
    def _open(
        self, stage: FilingStage, at: dt.datetime, stages: list[StageRecord], events: list[Event]
    ) -> None:
        stages.append(StageRecord(stage=stage, started=at))
        events.append(self._event(at, "filing.stage_started", stage))

    @staticmethod
    def _event(
        at: dt.datetime, kind: str, stage: FilingStage, note: str = "", **params: str
    ) -> Event:
        return Event(
            at=at, kind=kind, step=Step.FILING, params={"stage": stage.value, **params}, note=note
        )

    @contextmanager
    def _macro(self, label: str) -> Iterator[tuple[list[StageRecord], list[Event]]]:
        """Collects stage and event changes, then writes them as one edit (with any others)."""
        document = self.document
        with document.edit(label):
            stages = copy.deepcopy(document.case.filing.stages)  # a handful of records
            events: list[Event] = []
            yield stages, events
            document.set_field("filing.stages", stages)
            for event in events:
                document.append_item("events", event)
