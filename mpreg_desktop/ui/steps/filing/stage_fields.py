"""The two facts the filing stages ask the user to record: the SMS's arrival and the filing number.

Both are :class:`FieldBinding` s so that problems show under them and "jump to the field" finds
them, but neither writes as the user types: the 记录 button records the value together with its
history entry (see :class:`FilingProgress`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mpreg_desktop.domain.case import FilingStage
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS, FieldBinding
from mpreg_desktop.ui.steps.durations import duration_text
from mpreg_desktop.ui.steps.filing.progress import FilingProgress
from mpreg_desktop.ui.widgets.datetime_edit import OptionalDateTimeEdit

# The time an action is recorded at, as the stepper's "When" field gives it (None: refused).
When = Callable[[], dt.datetime | None]


class SmsReceivedBinding(FieldBinding):
    """When the SMS from 12381 arrived; the verification deadline counts from it."""

    def __init__(
        self, document: CaseDocument, progress: FilingProgress, label: str, when: When
    ) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.time = OptionalDateTimeEdit(row, document.clock)
        self.record_button = QPushButton(row)
        self.resend_button = QPushButton(row)
        self.deadline = QLabel(row)
        self.deadline.setWordWrap(True)
        self.deadline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.time, 2)
        layout.addWidget(self.record_button)
        layout.addWidget(self.resend_button)
        super().__init__(document, "filing.sms_received_at", row, label)
        self.container.layout().addWidget(self.deadline)
        self.time.setAccessibleName(label)
        row.setFocusProxy(self.time.edit)
        self.progress = progress
        self.record_button.setText(
            QCoreApplication.translate("FilingStageFields", "Record the SMS")
        )
        self.record_button.setToolTip(
            QCoreApplication.translate(
                "FilingStageFields", "Record when the verification SMS arrived"
            )
        )
        self.record_button.setAccessibleName(self.record_button.toolTip())
        self.resend_button.setText(QCoreApplication.translate("FilingStageFields", "SMS resent"))
        self.resend_button.setToolTip(
            QCoreApplication.translate("FilingStageFields", "Record that a new SMS was sent")
        )
        self.resend_button.setAccessibleName(self.resend_button.toolTip())
        self.time.dateTimeEdited.connect(lambda _value: self._update_buttons())
        self.record_button.clicked.connect(self._record)
        self.resend_button.clicked.connect(self._resend)
        self.when = when

    def _stage_rule(self):
        return self.document.rules.filing.stage(FilingStage.SMS_VERIFICATION)

    def _record(self) -> None:
        received = self.time.value()
        if received is not None:
            self.progress.record_sms(received)

    def _resend(self) -> None:
        at = self.when()
        if at is not None:
            self.progress.record_resend(at)

    def _update_buttons(self) -> None:
        filing = self.document.case.filing
        open_now = self.progress.open_stage() == FilingStage.SMS_VERIFICATION
        typed = self.time.value()
        self.time.setEnabled(open_now)
        self.record_button.setEnabled(
            open_now
            and typed is not None
            and typed <= self.document.clock.now()
            and typed != filing.sms_received_at
        )
        allowed = self._stage_rule().resends or 0
        used = len(filing.sms_resent_at)
        self.resend_button.setEnabled(
            open_now and filing.sms_received_at is not None and used < allowed
        )
        self.resend_button.setVisible(allowed > 0)

    def refresh(self) -> None:
        filing = self.document.case.filing
        if filing.sms_received_at is not None:
            self.time.set_value(filing.sms_received_at)
        elif self.progress.open_stage() != FilingStage.SMS_VERIFICATION:
            self.time.set_value(None)
        self._update_buttons()
        self.deadline.setText(self._deadline_text())

    def _deadline_text(self) -> str:
        filing = self.document.case.filing
        rule = self._stage_rule()
        lines = []
        if rule.resends:
            lines.append(
                QCoreApplication.translate(
                    "FilingStageFields", "Resent {used} of {allowed} times"
                ).format(used=len(filing.sms_resent_at), allowed=rule.resends)
            )
        # The deadline as the timeline counts it (the header and the reminders show the same).
        timeline = self.document.timeline()
        item = next((i for i in timeline if i.id == "filing.sms_verification"), None)
        due = item.due if item is not None else None
        colour = SEVERITY_COLOURS["info"]
        if due is None:
            if rule.duration:
                lines.insert(
                    0,
                    QCoreApplication.translate(
                        "FilingStageFields", "Verify within {span} of receiving the SMS"
                    ).format(span=duration_text(rule.duration)),
                )
        elif self.progress.open_stage() == FilingStage.SMS_VERIFICATION:
            when = due.strftime("%Y-%m-%d %H:%M")
            if item.state == "overdue":
                colour = SEVERITY_COLOURS["error"]
                lines.insert(
                    0,
                    QCoreApplication.translate(
                        "FilingStageFields",
                        "The {span} ended at {time}: the filing will be rejected automatically",
                    ).format(span=duration_text(rule.duration), time=when),
                )
            else:
                lines.insert(
                    0,
                    QCoreApplication.translate("FilingStageFields", "Verify before {time}").format(
                        time=when
                    ),
                )
        self.deadline.setStyleSheet(f"color: {colour};")
        return "\n".join(lines)


class FilingNumberBinding(FieldBinding):
    """The filing number once 备案成功; what is typed is checked at once, recorded on request."""

    def __init__(
        self, document: CaseDocument, progress: FilingProgress, label: str, example: str, when: When
    ) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(row)
        self.edit.setPlaceholderText(example)
        self.record_button = QPushButton(row)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.record_button)
        super().__init__(document, "filing.filing_number", row, label)
        self.edit.setAccessibleName(label)
        row.setFocusProxy(self.edit)
        self.progress = progress
        self.record_button.setText(
            QCoreApplication.translate("FilingStageFields", "Record the filing number")
        )
        self.record_button.setAccessibleName(self.record_button.text())
        self._shown = ""  # the recorded value last put into the edit
        self.when = when
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._record)
        self.record_button.clicked.connect(self._record)

    def _typed(self, _text: str) -> None:
        self._update_button()
        self.show_problems(self.document.derived().problems)

    def _record(self) -> None:
        number = self.edit.text().strip()
        at = self.when() if number and number != self.value() else None
        if at is not None:
            self.progress.record_number(number, at)

    def _update_button(self) -> None:
        typed = self.edit.text().strip()
        self.record_button.setEnabled(bool(typed) and typed != self.value())

    def refresh(self) -> None:
        value = self.value()
        if self.edit.text() == self._shown and value != self._shown:
            self.edit.setText(value)  # not while the user has typed something else
        self._shown = value
        self._update_button()

    def show_problems(self, problems: list[Problem]) -> None:
        typed = self.edit.text().strip()
        if typed != self.value().strip():
            # Check what is typed, as the recorded number will be checked once recorded.
            problems = [
                Problem(
                    f"filing.number.{f.code}", f.severity, self.path, dict(f.params), f.uncertain
                )
                for f in (ids.check_filing_number(typed) if typed else [])
            ]
        super().show_problems(problems)
