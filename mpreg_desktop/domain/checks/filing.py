"""Checks of what the filing needs around it (reference §L): 认证 before 备案, the subject's
earlier filing and its province, who the principals must be, and the official service content
types. Called by :func:`mpreg_desktop.domain.checks.case_checks.check_case`, whose collector
they fill.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from mpreg_desktop.domain.case import Case, Outcome, SubjectType
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.workdays import WorkdayCalendar

if TYPE_CHECKING:
    from mpreg_desktop.domain.checks.case_checks import _Collector


def certified(case: Case) -> bool:
    return case.verification.certification.outcome == Outcome.PASSED


def expected_certification(
    case: Case, rules: Rules, calendar: WorkdayCalendar
) -> tuple[date, date] | None:
    """The first and last day the 认证 result can be expected, once it was submitted."""
    cert = case.verification.certification
    if cert.submitted_on is None:
        return None
    review = rules.verification.certification
    first = calendar.add_workdays(cert.submitted_on, review.review_typical.low)
    last = calendar.add_workdays(cert.submitted_on, review.review_max.max)
    return first, last


def check_certification_first(
    case: Case, rules: Rules, calendar: WorkdayCalendar, out: _Collector
) -> None:
    """L.1: an organisation's filing entry stays closed until its mini program is certified."""
    subject_type = case.subject.type
    if subject_type is None or certified(case):
        return
    if subject_type not in rules.filing.certification_required_for:
        return
    filing = case.filing
    if filing.stages:
        out.add("filing.certification.missing", "error", "verification.certification.outcome")
    if filing.planned_on is None:
        return
    expected = expected_certification(case, rules, calendar)
    if expected is None:
        out.add("filing.planned_on.certification_not_submitted", "warning", "filing.planned_on")
        return
    first, last = expected
    if filing.planned_on < first:
        out.add(
            "filing.planned_on.before_certification",
            "error",
            "filing.planned_on",
            expected=first.isoformat(),
        )
    elif filing.planned_on <= last:
        out.add(
            "filing.planned_on.certification_may_be_late",
            "warning",
            "filing.planned_on",
            expected=last.isoformat(),
        )


def check_needs_certification(case: Case, rules: Rules, out: _Collector) -> None:
    """L.3: sharing, the 小程序码 and WeChat Pay work only once the mini program is certified."""
    subject = case.subject
    if subject.type is None or certified(case):
        return
    type_rule = rules.subjects.get(subject.type)
    for need, capability in type_rule.capabilities.items():
        if (
            getattr(subject.needs, need, False)
            and capability.allowed == "yes"  # "conditional" already warns, with its conditions
            and capability.requires_certification
        ):
            out.add(
                "subject.needs.requires_certification", "info", f"subject.needs.{need}", need=need
            )


def _province_code(record_number: str, rules: Rules) -> str | None:
    """The region-code prefix of the province a filing number was issued in (粤… → 44)."""
    text = record_number.strip()
    return rules.identifiers.filing_number_province_codes.get(text[:1]) if text else None


def check_existing_filing(case: Case, rules: Rules, out: _Collector) -> None:
    """L.4: a subject files in one province on every platform."""
    filing = case.filing
    if not filing.subject_has_filing:
        return
    if not out.required("filing.subject_record_number", filing.subject_record_number):
        return
    existing = _province_code(filing.subject_record_number, rules)
    chosen = filing.province.strip()[:2]
    if existing and len(chosen) == 2 and chosen.isdigit() and chosen != existing:
        out.add(
            "filing.province.differs_from_existing",
            "error",
            "filing.province",
            existing=filing.subject_record_number.strip()[:1],
        )


def check_principals(case: Case, out: _Collector) -> None:
    """L.4: who the 主体负责人 and the 小程序负责人 may be."""
    filing = case.filing
    personal = case.subject.type == SubjectType.PERSONAL
    if not personal and not filing.subject_principal_is_legal_rep:
        out.add("filing.subject_principal.delegation", "warning", "filing.subject_principal.name")
    applet = filing.subject_principal if filing.applet_principal_same else filing.applet_principal
    path = "filing.subject_principal" if filing.applet_principal_same else "filing.applet_principal"
    admin = case.account.admin
    mine, theirs = ids.normalise(applet.id_number), ids.normalise(admin.id_number)
    if mine and theirs:
        differs = mine != theirs
    else:
        differs = bool(applet.name.strip() and admin.name.strip()) and (
            applet.name.strip() != admin.name.strip()
        )
    if differs:
        out.add("filing.applet_principal.not_admin", "warning", f"{path}.name")


def check_service_content_types(case: Case, rules: Rules, out: _Collector) -> None:
    """L.4: only second-level types of the official list; some are not advised for individuals.

    An id the list no longer has is kept in the case and named here, never dropped.
    """
    frules = rules.filing
    path = "filing.service_content_types"
    personal = case.subject.type == SubjectType.PERSONAL
    for type_id in case.filing.service_content_types:
        known = frules.service_content_type(type_id)
        if known is None:
            retired = frules.retired_service_content_type(type_id)
            if retired is not None and retired.choose_within:
                code, params = "retired_choose", {"group": retired.choose_within}
            elif retired is not None:
                code, params = "retired", {}
            else:
                code, params = "unknown", {}
            out.add(f"{path}.{code}", "warning", path, service_type=type_id, **params)
        elif known.parent is None:
            out.add(f"{path}.first_level", "error", path, service_type=type_id)
        elif personal and known.personal_not_advised:
            out.add(f"{path}.not_for_personal", "warning", path, service_type=type_id)


def migrate_service_content_types(case: Case, rules: Rules) -> tuple[list[str], list[str]]:
    """Retired ids of ``case`` that have an official replacement (L.4): the old ids and the new,
    in order. Ids without one stay in the case, for the user to choose (the check names them)."""
    old, new = [], []
    for type_id in case.filing.service_content_types:
        retired = rules.filing.retired_service_content_type(type_id)
        if retired is not None and retired.replaced_by:
            old.append(type_id)
            new.append(retired.replaced_by)
    return old, new


def migrated_types(case: Case, old: list[str], new: list[str]) -> list[str]:
    """The case's service content types with ``old`` replaced by ``new``, without duplicates."""
    mapping = dict(zip(old, new, strict=True))
    return list(dict.fromkeys(mapping.get(t, t) for t in case.filing.service_content_types))
