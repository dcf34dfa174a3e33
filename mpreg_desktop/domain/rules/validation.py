"""Everything a rules pack must satisfy beyond its schema, checked whenever a pack is loaded.

The built-in pack and a newer one from a file go through the same checks: every id the app or
another part names exists, ids are unique, every case path and timeline code is one the app knows,
every source is described, and the pack covers every subject type, route, method, filing type and
stage the case format has. :func:`pack_problems` lists what is wrong, in words a maintainer can act
on (the part and the entry).
"""

from __future__ import annotations

import re

from mpreg_desktop.domain.case import (
    Case,
    FilingStage,
    FilingType,
    Needs,
    Route,
    SubjectType,
    VerificationMethod,
)
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.rules.model import Rules

STAGE_PREFIX = "filing.stage:"
_ID = re.compile(r"[a-z][a-z0-9_]*")
_SEED = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")

# Checklist entries the app's code names (the steps and the printed sheets look them up).
ENTRIES_THE_APP_NAMES = (
    "admin_scan_verify",
    "business_licence",
    "filing_applet_principal_id",
    "filing_authorization_letter",
    "filing_residence_permit",
    "filing_subject_principal_id",
    "personal_id",
)


def _timeline_codes() -> set[str]:
    from mpreg_desktop.domain.messages import timeline_catalog

    return set(timeline_catalog()["items"])


def _case_path_problem(path: str, where: str, case: Case) -> str | None:
    if path.startswith(STAGE_PREFIX):
        stage = path.removeprefix(STAGE_PREFIX)
        known = {s.value for s in FilingStage}
        return None if stage in known else f"{where}: unknown filing stage {stage!r}"
    try:
        get_path(case, path)
    except (AttributeError, KeyError, IndexError, TypeError, ValueError):
        return f"{where}: {path!r} is not a field of a case"
    return None


def _ids(rules: Rules) -> dict[str, list[str]]:
    return {
        "subject type": [t.id for t in rules.subjects.types],
        "sub-kind": [k.id for t in rules.subjects.types for k in t.sub_kinds],
        "registration step": [s.id for s in rules.registration.steps],
        "route": [r.id for r in rules.registration.routes],
        "verification method": [m.id for m in rules.verification.methods],
        "category": [c.id for c in rules.categories.categories],
        "industry": [i.id for i in rules.categories.industries],
        "checklist entry": [e.id for e in rules.checklist.entries],
        "filing type": [t.id for t in rules.filing.types],
        "filing field": [f.id for f in rules.filing.fields],
        "filing stage": [s.id for s in rules.filing.stages],
        "service content type": [s.id for s in rules.filing.service_content_types],
        "pre-approval type": [p.id for p in rules.filing.pre_approval_types],
        "subject certificate type": [c.id for c in rules.filing.subject_certificate_types],
        "person certificate type": [c.id for c in rules.filing.person_certificate_types],
        "USCC category": [c.prefix for c in rules.identifiers.uscc_categories],
    }


def _unique_and_complete(rules: Rules, out: list[str]) -> None:
    ids = _ids(rules)
    for kind, values in ids.items():
        seen: set[str] = set()
        for value in values:
            if value in seen:
                out.append(f"duplicate {kind} id {value!r}")
            seen.add(value)
            if kind not in ("filing field", "USCC category") and not _ID.fullmatch(value):
                out.append(f"{kind} id {value!r} is not lower_snake_case")
    wanted = {
        "subject type": SubjectType,
        "route": Route,
        "verification method": VerificationMethod,
        "filing type": FilingType,
        "filing stage": FilingStage,
    }
    for kind, enum in wanted.items():
        for member in enum:
            if member.value not in ids[kind]:
                out.append(f"no rule for the {kind} {member.value!r}")
    for entry_id in ENTRIES_THE_APP_NAMES:
        if entry_id not in ids["checklist entry"]:
            out.append(f"checklist entry {entry_id!r}, which the app uses, is missing")


def _references(rules: Rules, out: list[str]) -> None:
    case = Case()
    timeline = _timeline_codes()
    needs = set(Needs.model_fields)
    for entry in rules.checklist.entries:
        where = f"checklist entry {entry.id!r}"
        if entry.done_when and (problem := _case_path_problem(entry.done_when, where, case)):
            out.append(problem)
        if entry.deadline and entry.deadline not in timeline:
            out.append(f"{where}: unknown timeline item {entry.deadline!r}")
        for name in entry.when.needs or []:
            if name not in needs:
                out.append(f"{where}: unknown guiding answer {name!r}")
    for field in rules.filing.fields:
        if field.case_path and (
            problem := _case_path_problem(field.case_path, f"filing field {field.id!r}", case)
        ):
            out.append(problem)
    prefixes = {c.prefix: c for c in rules.identifiers.uscc_categories}
    for subject in rules.subjects.types:
        for prefix in subject.uscc_categories:
            category = prefixes.get(prefix)
            if category is None or subject.id not in category.subject_types:
                out.append(f"subject type {subject.id!r}: USCC category {prefix!r} disagrees")
    for industry in rules.categories.industries:
        gated = any(licence.gate == "pre_approval" for licence in industry.licences)
        if gated != (industry.pre_approval_type is not None):
            out.append(
                f"industry {industry.id!r}: a pre-approval licence needs a pre-approval type"
            )


def _sources(rules: Rules, sources: set[str], out: list[str]) -> None:
    described = set(rules.pack.sources)
    used: set[str] = set()
    for source in sorted(sources):
        if _SEED.match(source):
            used.add(source)
        elif not source.startswith(("https://", "http://", "book:")):
            out.append(f"source {source!r} is neither a described file, a URL nor a book")
    for name in sorted(used - described):
        out.append(f"source {name!r} is not described in pack.sources")


def pack_problems(rules: Rules, sources: set[str]) -> list[str]:
    """What is wrong with a pack that its schema cannot see; empty when the pack is sound.

    ``sources`` are the ``source`` entries of every part (collected while the pack is read).
    """
    out: list[str] = []
    _unique_and_complete(rules, out)
    _references(rules, out)
    _sources(rules, sources, out)
    return out
