"""How far a case has come: the one definition of "step complete", "current step" and progress.

The case window's tabs (✓), its header (已完成 n/m) and the library's 当前步骤 column all ask
these, so a case never shows one step as complete in its window and another in the library.
"""

from __future__ import annotations

from collections.abc import Sequence

from mpreg_desktop.domain.case import Step
from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.domain.flow.checklist import ChecklistItem

STEPS = list(Step)  # the order the steps are taken in


def step_complete(
    step: Step, checklist: Sequence[ChecklistItem], problems: Sequence[Problem]
) -> bool:
    """No errors, no required field left empty, and every checklist item of the step done.

    主体选择 has no checklist items of its own: its required fields (the type first) say whether
    it is complete. Later steps may already be partly done while an earlier one is not.
    """
    for problem in problems:
        if problem.step == step and (
            problem.severity == "error" or problem.code == "field.required"
        ):
            return False
    return all(item.done for item in checklist if item.step == step)


def current_step(checklist: Sequence[ChecklistItem], problems: Sequence[Problem]) -> Step | None:
    """The first step, in the order the steps are taken, that is not complete; None when all are."""
    return next((s for s in STEPS if not step_complete(s, checklist, problems)), None)


def progress(checklist: Sequence[ChecklistItem]) -> tuple[int, int]:
    """(done, total) checklist items: the header's bar and the library's column."""
    return sum(1 for item in checklist if item.done), len(checklist)
