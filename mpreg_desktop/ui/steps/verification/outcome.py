"""Recording a verification method's result: the method's fields and a history entry, one undo step.

Each method keeps its result in its own fields (outcome, result date, reason); ``METHOD_FIELDS``
says which. A resubmission starts a new attempt: the outcome is pending again, the old result is
cleared from the form (it stays in the history) and the submission date is today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.case import Outcome, Step, VerificationMethod
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.outcome_control import OutcomeAction


@dataclass(frozen=True)
class MethodFields:
    base: str  # the method's part of the case
    result: str  # the date the result arrived
    submitted: str | None = None  # the date of the (re)submission, if the method has one
    new_attempt_clears: tuple[str, ...] = ()  # facts of the old attempt a new one must redo


METHOD_FIELDS = {
    VerificationMethod.BANK_TRANSFER: MethodFields(
        "verification.bank_transfer", "result_on", "submitted_on", ("paid_on",)
    ),
    VerificationMethod.WECHAT_CERTIFICATION: MethodFields(
        "verification.certification", "result_on", "submitted_on"
    ),
    VerificationMethod.LEGAL_REP_FACE: MethodFields("verification.face", "done_on"),
}

EVENT_KINDS = {
    OutcomeAction.PASSED: "verification.passed",
    OutcomeAction.REJECTED: "verification.rejected",
    OutcomeAction.RESUBMITTED: "verification.resubmitted",
}


def record_outcome(
    document: CaseDocument,
    method: VerificationMethod,
    action: OutcomeAction,
    reason: str = "",
    today: dt.date | None = None,
) -> None:
    """Set the method's outcome and add ``verification.<action>`` to the history, as one macro."""
    today = today or document.clock.today()
    fields = METHOD_FIELDS[method]
    case = document.case

    def path(name: str) -> str:
        return f"{fields.base}.{name}"

    label = QCoreApplication.translate("VerificationOutcome", "Record the verification result")
    with document.edit(label):
        params = {"method": method.value}
        if action == OutcomeAction.RESUBMITTED:
            document.set_field(path("outcome"), Outcome.PENDING, label=label)
            document.set_field(path(fields.result), None, label=label)
            document.set_field(path("reason"), "", label=label)
            for name in fields.new_attempt_clears:
                old = get_path(case, path(name))
                if old is not None:
                    params[name] = old.isoformat()  # the old attempt stays in the history
                document.set_field(path(name), None, label=label)
            if fields.submitted:
                document.set_field(path(fields.submitted), today, label=label)
        else:
            outcome = Outcome.PASSED if action == OutcomeAction.PASSED else Outcome.REJECTED
            document.set_field(path("outcome"), outcome, label=label)
            if get_path(case, path(fields.result)) is None:
                document.set_field(path(fields.result), today, label=label)
            document.set_field(path("reason"), reason, label=label)
        document.add_event(EVENT_KINDS[action], Step.VERIFICATION, reason, **params)


def attempts(document: CaseDocument, method: VerificationMethod) -> int:
    """How often the method was resubmitted, from the history."""
    kind = EVENT_KINDS[OutcomeAction.RESUBMITTED]
    return sum(
        1
        for event in document.case.events
        if event.kind == kind and event.params.get("method") == method.value
    )
