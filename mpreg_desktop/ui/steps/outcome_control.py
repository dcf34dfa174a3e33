"""Recording a result the platform gave: passed, rejected (with the reason) or resubmitted.

The buttons never edit the case themselves: they call back, and the caller records the outcome
and its history entry as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from mpreg_desktop.domain.case import Outcome
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS, FieldBinding


class OutcomeAction(StrEnum):
    PASSED = "passed"
    REJECTED = "rejected"
    RESUBMITTED = "resubmitted"


OUTCOME_COLOURS = {
    Outcome.PENDING: SEVERITY_COLOURS["info"],
    Outcome.PASSED: "#2e7d32",
    Outcome.REJECTED: SEVERITY_COLOURS["error"],
}


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """The rejection reason as the platform gave it; None if the user cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
    return text.strip() if ok else None


def outcome_words(outcome: Outcome) -> str:
    words = {
        Outcome.PENDING: QCoreApplication.translate("Outcome", "Pending"),
        Outcome.PASSED: QCoreApplication.translate("Outcome", "Passed"),
        Outcome.REJECTED: QCoreApplication.translate("Outcome", "Rejected"),
    }
    return words[outcome]


class OutcomeBinding(FieldBinding):
    """The outcome of one verification method: its state in words and the three buttons."""

    def __init__(
        self,
        document: CaseDocument,
        path: str,
        label: str,
        reason_path: str,
        record: Callable[[OutcomeAction, str], None],
    ) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(row)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pass_button = QPushButton(QCoreApplication.translate("Outcome", "Record: passed"), row)
        self.reject_button = QPushButton(
            QCoreApplication.translate("Outcome", "Record: rejected…"), row
        )
        self.resubmit_button = QPushButton(
            QCoreApplication.translate("Outcome", "Record: resubmitted"), row
        )
        layout.addWidget(self.state, 1)
        for button, tip in (
            (
                self.pass_button,
                QCoreApplication.translate("Outcome", "Record that the platform approved it"),
            ),
            (
                self.reject_button,
                QCoreApplication.translate("Outcome", "Record a rejection and its reason"),
            ),
            (
                self.resubmit_button,
                QCoreApplication.translate("Outcome", "Record that it was submitted again"),
            ),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(f"{label}: {button.text()}")
            layout.addWidget(button)
        super().__init__(document, path, row, label)
        row.setFocusProxy(self.pass_button)  # "jump to the field" lands on the first button
        self.reason_path = reason_path
        self.record = record
        self.pass_button.clicked.connect(lambda: record(OutcomeAction.PASSED, ""))
        self.reject_button.clicked.connect(self._reject)
        self.resubmit_button.clicked.connect(lambda: record(OutcomeAction.RESUBMITTED, ""))

    def _reject(self) -> None:
        reason = ask_reason(
            self.widget,
            QCoreApplication.translate("Outcome", "Rejected"),
            QCoreApplication.translate("Outcome", "{what}: the reason the platform gave").format(
                what=self.label
            ),
        )
        if reason is not None:
            self.record(OutcomeAction.REJECTED, reason)

    def refresh(self) -> None:
        outcome: Outcome = self.value()
        reason = get_path(self.document.case, self.reason_path)
        text = outcome_words(outcome)
        if outcome == Outcome.REJECTED and reason:
            text = QCoreApplication.translate("Outcome", "{outcome}: {reason}").format(
                outcome=text, reason=reason
            )
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {OUTCOME_COLOURS[outcome]};")
        self.pass_button.setEnabled(outcome != Outcome.PASSED)
        self.reject_button.setEnabled(outcome != Outcome.REJECTED)
        self.resubmit_button.setEnabled(outcome == Outcome.REJECTED)
