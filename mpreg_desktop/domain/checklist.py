"""The checklist: every thing to prepare or do for this case, derived from the rules pack.

Which entries apply follows from subject type × sub-kind × route × verification method × filing
type × the industries of the chosen service categories × the answers to the guiding questions; each
entry's ``when`` condition in ``resources/rules/checklist.json`` says which. Changing any of them
changes the list at once, because nothing here is stored: the case keeps only the state of each
item (``Case.materials`` for materials, ``Case.tasks`` for actions ticked by hand).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mpreg_desktop.domain.case import (
    Case,
    FilingStage,
    MaterialState,
    Outcome,
    Step,
    get_path,
)
from mpreg_desktop.domain.filing import stage_passed
from mpreg_desktop.domain.rules import ChecklistEntry, Condition, Rules, Text

STEP_ORDER = {step: index for index, step in enumerate(Step)}


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    kind: str  # "material" or "action"
    step: Step
    label: Text
    why: Text
    source: tuple[str, ...]
    state: MaterialState | None  # materials only
    done: bool
    notes: str = ""
    uncertain: bool = False
    uncertainty: Text | None = None
    official_url: str | None = None
    id_document: bool = False
    scan: bool = False
    # Industries whose licences brought this entry in, for "why" (ids from the rules pack).
    because_of: tuple[str, ...] = field(default_factory=tuple)
    deadline: str | None = None  # the timeline item code that gives its due date


def case_industries(case: Case, rules: Rules) -> set[str]:
    """The industries touched by the chosen service categories."""
    found = set()
    for category_id in case.mini_program.categories:
        category = rules.categories.category(category_id)
        if category is not None and category.industry:
            found.add(category.industry)
    return found


def matches(condition: Condition, case: Case, industries: set[str]) -> bool:
    subject = case.subject
    checks = (
        (condition.subject_types, subject.type),
        (condition.sub_kinds, subject.sub_kind or None),
        (condition.routes, subject.route),
        (condition.methods, case.verification.method),
        (condition.filing_types, case.filing.type),
    )
    for allowed, value in checks:
        if allowed is not None and value not in allowed:
            return False
    if condition.industries is not None and not industries.intersection(condition.industries):
        return False
    if condition.needs is not None and not any(
        getattr(subject.needs, need, False) for need in condition.needs
    ):
        return False
    flags = (
        (condition.applet_principal_differs, not case.filing.applet_principal_same),
        (condition.principal_is_legal_rep, case.filing.subject_principal_is_legal_rep),
        (condition.certified, case.verification.certification.outcome == Outcome.PASSED),
    )
    return all(wanted is None or wanted == actual for wanted, actual in flags)


def is_done(case: Case, done_when: str | None) -> bool:
    if not done_when:
        return False
    if done_when.startswith("filing.stage:"):
        stage = FilingStage(done_when.split(":", 1)[1])
        return stage_passed(case.filing.stages, stage, case.filing.filing_number)
    value = get_path(case, done_when)
    if isinstance(value, Outcome):
        return value == Outcome.PASSED
    return bool(value)


def _item(entry: ChecklistEntry, case: Case, because_of: tuple[str, ...]) -> ChecklistItem:
    if entry.kind == "material":
        record = case.material(entry.id)
        state = record.state if record else MaterialState.MISSING
        done = state != MaterialState.MISSING
        notes = record.notes if record else ""
    else:
        task = case.task(entry.id)
        state = None
        done = is_done(case, entry.done_when) or bool(task and task.done)
        notes = task.notes if task else ""
    return ChecklistItem(
        id=entry.id,
        kind=entry.kind,
        step=entry.step,
        label=entry.label,
        why=entry.why,
        source=tuple(entry.source),
        state=state,
        done=done,
        notes=notes,
        uncertain=entry.uncertain,
        uncertainty=entry.uncertainty,
        official_url=entry.official_url,
        id_document=entry.id_document,
        scan=entry.scan,
        because_of=because_of,
        deadline=entry.deadline,
    )


def build_checklist(case: Case, rules: Rules) -> list[ChecklistItem]:
    """The items this case needs, grouped by step in the order the steps are taken."""
    industries = case_industries(case, rules)
    licensed: dict[str, list[str]] = {}
    for industry_id in sorted(industries):
        industry = rules.categories.industry(industry_id)
        for licence in industry.licences if industry else []:
            licensed.setdefault(licence.material, []).append(industry_id)

    items = []
    for entry in rules.checklist.entries:
        because_of = tuple(licensed.get(entry.id, ()))
        if because_of or matches(entry.when, case, industries):
            items.append(_item(entry, case, because_of))
    items.sort(key=lambda item: STEP_ORDER[item.step])  # stable: rules order within a step
    return items
