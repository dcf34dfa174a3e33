"""The checklist: every thing to prepare or do for this case, derived from the rules pack.

Which entries apply follows from subject type × sub-kind × route × verification method × filing
type × the industries of the chosen service categories × the answers to the guiding questions; each
entry's ``when`` condition in ``resources/rules/checklist.json`` says which. Changing any of them
changes the list at once, because nothing here is stored: the case keeps only the state of each
item (``Case.materials`` for materials, ``Case.tasks`` for actions ticked by hand).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, get_args

from mpreg_desktop.domain.case import (
    Case,
    FilingStage,
    MaterialItem,
    MaterialState,
    Outcome,
    Step,
    TaskItem,
)
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.flow.filing import stage_passed
from mpreg_desktop.domain.rules.model import ChecklistEntry, Condition, Rules, Text

if TYPE_CHECKING:
    from mpreg_desktop.domain.checks.case_checks import Problem

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
    # Errors that make a material unusable as it is (a rejected scan, an ID expiring too soon):
    # such a material is not done, whatever state the user gave it.
    unusable: tuple[Problem, ...] = ()


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


def _item(
    entry: ChecklistEntry,
    case: Case,
    because_of: tuple[str, ...],
    unusable: tuple[Problem, ...] = (),
) -> ChecklistItem:
    if entry.kind == "material":
        record = case.material(entry.id)
        state = record.state if record else MaterialState.MISSING
        done = state != MaterialState.MISSING and not unusable
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
        unusable=unusable,
    )


def build_checklist(case: Case, rules: Rules) -> list[ChecklistItem]:
    """The items this case needs, grouped by step in the order the steps are taken."""
    industries = case_industries(case, rules)
    licensed: dict[str, list[str]] = {}
    for industry_id in sorted(industries):
        industry = rules.categories.industry(industry_id)
        for licence in industry.licences if industry else []:
            licensed.setdefault(licence.material, []).append(industry_id)

    from mpreg_desktop.domain.checks.case_checks import (
        material_problems,  # checks builds on this module
    )

    unusable: dict[str, list[Problem]] = {}
    for problem in material_problems(case, rules):
        if problem.severity == "error":
            unusable.setdefault(problem.path.split(".")[1], []).append(problem)
    items = []
    for entry in rules.checklist.entries:
        because_of = tuple(licensed.get(entry.id, ()))
        if because_of or matches(entry.when, case, industries):
            errors = tuple(unusable.get(entry.id, ())) if entry.kind == "material" else ()
            items.append(_item(entry, case, because_of, errors))
    items.sort(key=lambda item: STEP_ORDER[item.step])  # stable: rules order within a step
    return items


def records_date(case: Case, path: str) -> bool:
    """Whether the field at ``path`` is a date (a step done on a day: 提交注册, 激活邮箱, 打款…)."""
    *parents, last = path.split(".")
    owner: object = case
    for part in parents:
        owner = getattr(owner, part)
    info = type(owner).model_fields.get(last)
    return info is not None and _names_date(info.annotation)


def _names_date(annotation: object) -> bool:
    """``date`` itself, or inside ``Day | None`` / ``Annotated[date, …]`` (not a datetime)."""
    return annotation is date or any(_names_date(arg) for arg in get_args(annotation))


def completing_field(case: Case, rules: Rules, item_id: str) -> str | None:
    """The case field whose value completes an action the case shows (a date, an outcome, the
    filing number), or None for a stage of the filing, an action ticked by hand or a material."""
    entry = rules.checklist.entry(item_id)
    if entry is None or not entry.done_when or entry.done_when.startswith("filing.stage:"):
        return None
    return entry.done_when


def tickable(case: Case, rules: Rules, item: ChecklistItem) -> bool:
    """Whether a tick in the checklist can record ``item``: materials (unless an error makes them
    unusable), actions ticked by hand, and actions done on a day (the tick records today)."""
    if item.kind == "material":
        return not item.unusable
    path = completing_field(case, rules, item.id)
    entry = rules.checklist.entry(item.id)
    if path is None:
        return entry is None or not entry.done_when  # a filing stage is recorded in its form
    return records_date(case, path)


def tick(
    case: Case, rules: Rules, item: ChecklistItem, checked: bool, today: date
) -> tuple[str, object]:
    """The edit a tick makes, as (field path, new value) for the document to apply.

    A material ticked becomes prepared (a checked one stays checked), unticked not prepared; an
    action done on a day records ``today`` (correct it in its field) or clears the date; any other
    action is marked done by hand.
    """
    if item.kind == "material":
        materials = copy.deepcopy(case.materials)
        record = next((m for m in materials if m.key == item.id), None)
        if record is None:
            record = MaterialItem(key=item.id)
            materials.append(record)
        if checked and record.state == MaterialState.MISSING:
            record.state = MaterialState.READY
        elif not checked:
            record.state = MaterialState.MISSING
        return "materials", materials
    path = completing_field(case, rules, item.id)
    if path is not None and records_date(case, path):
        return path, today if checked else None
    tasks = copy.deepcopy(case.tasks)
    task = next((t for t in tasks if t.key == item.id), None)
    if task is None:
        task = TaskItem(key=item.id)
        tasks.append(task)
    task.done = checked
    return "tasks", tasks
