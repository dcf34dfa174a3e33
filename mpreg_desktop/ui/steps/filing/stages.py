"""The five filing stages as a stepper: each stage's rule duration, recorded times and state, and
the buttons that record what happened (start, passed, rejected), the SMS and the filing number.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import SHANGHAI, FilingStage, StageRecord
from mpreg_desktop.domain.flow.filing import ORDER, StageState, rejections, stage_view
from mpreg_desktop.domain.messages import counting_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS, FieldBinding
from mpreg_desktop.ui.steps.durations import duration_text
from mpreg_desktop.ui.steps.filing.progress import FilingProgress
from mpreg_desktop.ui.steps.filing.stage_fields import FilingNumberBinding, SmsReceivedBinding
from mpreg_desktop.ui.steps.official_site import OfficialSiteButton
from mpreg_desktop.ui.steps.outcome_control import ask_reason
from mpreg_desktop.ui.widgets.datetime_edit import OptionalDateTimeEdit

STATE_COLOURS = {
    StageState.NOT_STARTED: SEVERITY_COLOURS["info"],
    StageState.IN_PROGRESS: "#1565c0",
    StageState.DONE: "#2e7d32",
    StageState.REJECTED: SEVERITY_COLOURS["error"],
}


def shown_time(moment: dt.datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if moment else ""


class StageCard(QFrame):
    """One stage: number and name, how long it takes by the rules, its state and its times."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.duration = QLabel(self)
        self.state = QLabel(self)
        self.times = QLabel(self)
        self.times.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.duration, self.state, self.times):
            label.setWordWrap(True)  # long English stage names must not widen one card
            layout.addWidget(label)
        # Stages without a set duration keep the line, so the cards' rows stay aligned.
        self.duration.setMinimumHeight(self.duration.fontMetrics().height())
        layout.addStretch(1)
        self.number = number
        # Equal shares of the row, whatever each stage's name; never narrower than a time stamp.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 00:00") * 3 // 4)

    def show_stage(
        self, name: str, duration: str, state: StageState, record: StageRecord | None
    ) -> None:
        self.title.setText(f"<b>{self.number}. {name}</b>")
        self.duration.setText(duration)
        words = {
            StageState.NOT_STARTED: self.tr("Not started"),
            StageState.IN_PROGRESS: self.tr("In progress"),
            StageState.DONE: self.tr("Done"),
            StageState.REJECTED: self.tr("Rejected"),
        }
        self.state.setText(words[state])
        self.state.setStyleSheet(f"color: {STATE_COLOURS[state]}; font-weight: bold;")
        lines = []
        if record is not None and record.started:
            lines.append(self.tr("Started {time}").format(time=shown_time(record.started)))
        if record is not None and record.ended:
            lines.append(self.tr("Ended {time}").format(time=shown_time(record.ended)))
        if state == StageState.REJECTED and record is not None and record.reason:
            lines.append(self.tr("Reason: {reason}").format(reason=record.reason))
        self.times.setText("\n".join(lines))
        self.setAccessibleName(f"{name}: {words[state]}")
        self.setStyleSheet(
            "StageCard { border: 2px solid #1565c0; }" if state == StageState.IN_PROGRESS else ""
        )


class FilingStagesWidget(QGroupBox):
    """备案进度: the stepper; ``bindings`` are the fields the page keeps in step with the case."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Filing progress"))
        self.document = document
        self.progress = FilingProgress(document)
        layout = QVBoxLayout(self)

        cards = QHBoxLayout()
        self.cards: dict[FilingStage, StageCard] = {}
        for index, stage in enumerate(ORDER):
            if index:
                arrow = QLabel("→", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cards.addWidget(arrow)
            card = StageCard(index + 1, self)
            self.cards[stage] = card
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        actions = QWidget(self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.when = OptionalDateTimeEdit(actions, document.clock, unset_text=self.tr("Now"))
        self.when.now_button.hide()  # unset already means "now"
        self.when.clear_button.setText(self.tr("Now"))
        self.when.clear_button.setToolTip(self.tr("Record with the current time"))
        self.when.setAccessibleName(self.tr("Time to record"))
        self.when.setToolTip(self.tr("When it happened; leave at Now to use the current time"))
        # The reset button only matters once another time was picked.
        self.when.clear_button.setVisible(False)
        self.when.dateTimeEdited.connect(
            lambda value: self.when.clear_button.setVisible(value is not None)
        )
        self.start_button = QPushButton(actions)
        self.pass_button = QPushButton(actions)
        self.reject_button = QPushButton(actions)
        self.site_button = OfficialSiteButton("", actions)
        row.addWidget(self.when, 1)
        for button in (self.start_button, self.pass_button, self.reject_button, self.site_button):
            row.addWidget(button)
        when_label = QLabel(self.tr("When"), self)
        when_label.setBuddy(self.when.edit)
        form.addRow(when_label, actions)
        self.action_message = QLabel(self)
        self.action_message.setWordWrap(True)
        self.action_message.setStyleSheet(f"color: {SEVERITY_COLOURS['error']};")
        self.action_message.setVisible(False)
        form.addRow(self.action_message)

        self.sms = SmsReceivedBinding(
            document, self.progress, self.tr("SMS received at"), self._recorded_at
        )
        self._add(form, self.sms)
        self.number = FilingNumberBinding(
            document,
            self.progress,
            self.tr("Filing number"),
            self.tr("e.g. 粤ICP备2026041617号-1X"),
            self._recorded_at,
        )
        self._add(form, self.number)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.history)
        self.bindings: list[FieldBinding] = [self.sms, self.number]

        self.start_button.clicked.connect(self._start)
        self.pass_button.clicked.connect(self._pass)
        self.reject_button.clicked.connect(self._reject)

    def _add(self, form: QFormLayout, binding: FieldBinding) -> None:
        label = QLabel(binding.label, self)
        label.setBuddy(binding.widget)
        form.addRow(label, binding.container)

    # -- actions ---------------------------------------------------------------------------------
    def _at(self) -> dt.datetime | None:
        """The time to record, or None (with a message) when it is before the open stage began."""
        now = self.document.clock.now()
        at = self.when.value() or now
        record = self.document.case.filing.stages[-1] if self.document.case.filing.stages else None
        problem = ""
        if at > now:
            problem = self.tr("The time is in the future.")
        elif record is not None and record.started and at < record.started and not record.ended:
            problem = self.tr("The time is before this stage started ({time}).").format(
                time=shown_time(record.started)
            )
        self.action_message.setText(problem)
        self.action_message.setVisible(bool(problem))
        return None if problem else at

    def _recorded_at(self) -> dt.datetime | None:
        """The time for the SMS resend and the filing number, which also reset the field."""
        at = self._at()
        if at is not None:
            self._done_recording()
        return at

    def _done_recording(self) -> None:
        self.when.set_value(None)
        self.when.clear_button.setVisible(False)

    def _start(self) -> None:
        stage = self.progress.startable()
        at = self._at()
        if stage is not None and at is not None:
            self.progress.start(stage, at)
            self._done_recording()

    def _pass(self) -> None:
        at = self._at()
        if at is not None and self.progress.can_pass():
            self.progress.pass_current(at)
            self._done_recording()

    def _reject(self) -> None:
        at = self._at()
        stage = self.progress.open_stage()
        if at is None or stage is None or not self.progress.can_reject():
            return
        name = self._name(stage)
        reason = ask_reason(
            self,
            self.tr("Rejected"),
            self.tr("{stage} rejected: the reason given (the filing goes back to {fill})").format(
                stage=name, fill=self._name(FilingStage.FILL)
            ),
        )
        if reason is not None:
            self.progress.reject_current(at, reason)
            self._done_recording()

    # -- showing -----------------------------------------------------------------------------------
    def _name(self, stage: FilingStage) -> str:
        return i18n.text(self.document.rules.filing.stage(stage).label)

    def refresh(self) -> None:
        rules = self.document.rules.filing
        records = self.document.case.filing.stages
        for stage, card in self.cards.items():
            rule = rules.stage(stage)
            state, record = stage_view(records, stage)
            duration = ""
            if rule.duration:
                counting = counting_text(rule.duration.unit, i18n.current_language())
                duration = duration_text(rule.duration) + (f"\n({counting})" if counting else "")
            card.show_stage(i18n.text(rule.label), duration, state, record)

        open_stage = self.progress.open_stage()
        startable = self.progress.startable()
        focus = open_stage or startable or ORDER[-1]
        rule = rules.stage(focus)
        self.detail.setText(i18n.text(rule.detail))
        fallback = next((s.official_url for s in rules.stages if s.official_url), "")
        self.site_button.set_url(rule.official_url or fallback)

        self.start_button.setVisible(startable is not None)
        if startable is not None:
            self.start_button.setText(self.tr("Start: {stage}").format(stage=self._name(startable)))
        self.pass_button.setVisible(self.progress.can_pass())
        self.reject_button.setVisible(self.progress.can_reject())
        if open_stage is not None:
            passed = (
                self.tr("{stage}: submitted")
                if open_stage == FilingStage.FILL
                else self.tr("{stage}: passed")
            )
            self.pass_button.setText(passed.format(stage=self._name(open_stage)))
            self.reject_button.setText(
                self.tr("{stage}: rejected…").format(stage=self._name(open_stage))
            )
        for button in (self.start_button, self.pass_button, self.reject_button):
            button.setAccessibleName(button.text())
        self.when.setEnabled(startable is not None or open_stage is not None)
        self.history.setText(self._history_text(records))

    def _history_text(self, records: list[StageRecord]) -> str:
        lines = [
            self.tr("{time} {stage} rejected: {reason}").format(
                time=shown_time(r.ended or r.started),
                stage=self._name(r.stage),
                reason=r.reason or self.tr("no reason recorded"),
            )
            for r in rejections(records)
        ]
        if not lines:
            return ""
        return "\n".join([self.tr("Rejections so far:"), *lines])
