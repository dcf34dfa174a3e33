"""Checking a case the way the platform and the filing system would, before the user submits.

``check_case`` returns :class:`Problem` objects: a stable ``code`` (e.g. ``subject.code.checksum``),
a severity, the field path it is about and message parameters. The words are not here: the UI and
the CLI turn codes into Chinese or English with :mod:`mpreg_desktop.domain.messages`.

Severities: ``error`` — the platform would reject it; ``warning`` — likely trouble, or a rule the
reference could not confirm (``uncertain``); ``info`` — something still to fill in or to know.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from mpreg_desktop.domain.assist.scan_reading import Reading
from mpreg_desktop.domain.case import (
    Case,
    Person,
    Step,
    SubjectType,
    VerificationMethod,
)
from mpreg_desktop.domain.checks import filing as checks_filing
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.checks.identifiers import Finding, Severity
from mpreg_desktop.domain.checks.naming import check_name
from mpreg_desktop.domain.checks.scans import check_scans, scanned_validity
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.domain.flow.checklist import STEP_ORDER, case_industries
from mpreg_desktop.domain.flow.verification_advice import conflicts
from mpreg_desktop.domain.rules.model import Rules, UploadRules
from mpreg_desktop.domain.spans import add_months
from mpreg_desktop.domain.workdays import WorkdayCalendar

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_STEP_OF_ROOT = {
    "subject": Step.SUBJECT,
    "account": Step.SUBJECT,
    "mini_program": Step.SUBJECT,
    "name": Step.SUBJECT,
    "materials": Step.MATERIALS,
    "tasks": Step.MATERIALS,
    "verification": Step.VERIFICATION,
    "filing": Step.FILING,
}


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    path: str  # the field it is about, e.g. "filing.subject_emergency.phone"
    params: dict[str, str] = field(default_factory=dict)
    uncertain: bool = False  # the rule behind it is not confirmed: shown as such

    @property
    def step(self) -> Step:
        return _STEP_OF_ROOT.get(self.path.split(".", 1)[0], Step.SUBJECT)


class OtherCase(Protocol):
    """What cross-case limits need to know about another case in the library."""

    label: str  # how to name it to the user (case name or file name)
    admin_id_number: str
    admin_phone: str
    subject_code: str
    subject_type: SubjectType | None
    certified: bool


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, code: str, severity: Severity, path: str, uncertain: bool = False, **params: str):
        self.problems.append(Problem(code, severity, path, params, uncertain))

    def findings(self, prefix: str, path: str, found: Iterable[Finding]) -> None:
        for f in found:
            problem = Problem(f"{prefix}.{f.code}", f.severity, path, dict(f.params), f.uncertain)
            self.problems.append(problem)

    def required(self, path: str, value: object) -> bool:
        """Note an empty required field; True when the value is there to be checked further."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add("field.required", "info", path, field=path)
            return False
        return True


def _check_subject(case: Case, rules: Rules, out: _Collector) -> None:
    subject = case.subject
    if not out.required("subject.type", subject.type):
        return
    type_rule = rules.subjects.get(subject.type)
    personal = subject.type == SubjectType.PERSONAL

    if personal:
        if subject.code.strip():
            out.add("subject.code.not_for_personal", "warning", "subject.code")
    else:
        if not subject.name.strip() and subject.type == SubjectType.INDIVIDUAL_BUSINESS:
            out.add("subject.name.individual_no_name", "info", "subject.name")
        else:
            out.required("subject.name", subject.name)
        if out.required("subject.code", subject.code):
            kind, found = ids.check_subject_code(subject.code)
            out.findings("subject.code", "subject.code", found)
            errors = any(f.severity == "error" for f in found)
            if kind == "registration_number" and not errors:
                out.add("subject.code.old_registration_number", "info", "subject.code")
            category = ids.uscc_category(subject.code) if kind == "uscc" and not errors else None
            known = rules.identifiers.uscc_category(category) if category else None
            if known and subject.type not in known.subject_types:
                out.add(
                    "subject.code.type_mismatch",
                    "warning",
                    "subject.code",
                    prefix=category,
                    type=subject.type.value,
                    expected=",".join(t.value for t in known.subject_types),
                )

    for need, capability in type_rule.capabilities.items():
        if not getattr(subject.needs, need, False):
            continue
        if capability.allowed == "no":
            out.add(
                "subject.needs.unsupported",
                "error",
                f"subject.needs.{need}",
                need=need,
                type=subject.type.value,
            )
        elif capability.allowed == "conditional":
            out.add(
                "subject.needs.conditional",
                "warning",
                f"subject.needs.{need}",
                capability.uncertain,
                need=need,
                type=subject.type.value,
            )

    route = rules.registration.route(subject.route)
    # An unconfirmed route (the 公众号 route may have changed in 2023–24) only ever warns.
    severity: Severity = "warning" if route.uncertain else "error"
    if subject.type not in route.allowed_subject_types:
        out.add(
            "subject.route.type_not_allowed",
            severity,
            "subject.route",
            route.uncertain,
            route=subject.route.value,
            type=subject.type.value,
        )
    elif (
        route.requires_certified_official_account
        and not subject.needs.has_certified_official_account
    ):
        out.add("subject.route.needs_certified_account", severity, "subject.route", route.uncertain)

    method = case.verification.method
    needs_method = not personal and out.required("verification.method", method)
    if needs_method and method not in type_rule.verification_methods:
        out.add(
            "verification.method.not_allowed",
            "error",
            "verification.method",
            method=method.value,
            type=subject.type.value,
        )


def _check_person(
    person: Person, path: str, today: date, out: _Collector, *, id_min_age: int | None = None
) -> None:
    if out.required(f"{path}.name", person.name) and any(c in person.name for c in ".•・･"):
        out.add("person.name.separator", "warning", f"{path}.name")
    if out.required(f"{path}.id_number", person.id_number):
        found = ids.check_id_number(person.id_number, today=today, min_age=id_min_age)
        out.findings("id_number", f"{path}.id_number", found)
    if out.required(f"{path}.phone", person.phone):
        out.findings("phone", f"{path}.phone", ids.check_mobile(person.phone))


def _check_account(case: Case, today: date, out: _Collector) -> None:
    account = case.account
    if out.required("account.email", account.email):
        out.findings("email", "account.email", ids.check_email(account.email))
    min_age = 18 if case.subject.type == SubjectType.PERSONAL else None
    _check_person(account.admin, "account.admin", today, out, id_min_age=min_age)


def _check_mini_program(case: Case, rules: Rules, out: _Collector) -> None:
    program = case.mini_program
    if out.required("mini_program.name", program.name):
        found = check_name(program.name, rules.naming)
        out.findings("mini_program.name", "mini_program.name", found)
    cats = rules.categories
    if len(program.categories) > cats.max_categories:
        out.add(
            "mini_program.categories.too_many",
            "warning",
            "mini_program.categories",
            cats.max_categories_uncertain,
            count=str(len(program.categories)),
            max=str(cats.max_categories),
        )
    for category_id in program.categories:
        category = cats.category(category_id)
        if category is None:
            out.add(
                "mini_program.categories.unknown",
                "warning",
                "mini_program.categories",
                category=category_id,
            )
        elif case.subject.type == SubjectType.PERSONAL and not category.personal_allowed:
            out.add(
                "mini_program.categories.not_for_personal",
                "error",
                "mini_program.categories",
                category=category_id,
            )


def _check_verification(case: Case, rules: Rules, out: _Collector) -> None:
    method = case.verification.method
    still_needed = conflicts(case, rules)  # the method verifies, but 认证 is needed all the same
    if still_needed:
        pay, filing = "wechat_pay" in still_needed, "filing" in still_needed
        which = "filing_and_pay" if pay and filing else "wechat_pay" if pay else "filing"
        out.add(
            f"verification.method.certification_still_needed.{which}",
            "warning",
            "verification.method",
            method=method.value,
        )
    if method == VerificationMethod.BANK_TRANSFER:
        bank = case.verification.bank_transfer
        path = "verification.bank_transfer"
        if out.required(f"{path}.account_name", bank.account_name):
            same = _plain(bank.account_name) == _plain(case.subject.name)
            if case.subject.name.strip() and not same:
                out.add(
                    "verification.bank_transfer.account_name_mismatch",
                    "error",
                    f"{path}.account_name",
                )
        out.required(f"{path}.bank_name", bank.bank_name)
        out.required(f"{path}.account_number", bank.account_number)
    elif method == VerificationMethod.LEGAL_REP_FACE:
        out.required("verification.face.name", case.verification.face.name)
        out.required("verification.face.wechat_id", case.verification.face.wechat_id)


def _plain(text: str) -> str:
    """Compare names as the bank would: ignore spaces and full-width/half-width brackets."""
    return ids.normalise(text).replace("（", "(").replace("）", ")")


def _check_id_validity(person: Person, path: str, needed: date, out: _Collector) -> None:
    if person.id_long_term or person.id_valid_until is None:
        return
    if person.id_valid_until <= needed:  # valid for *more* than a month
        out.add(
            "id_document.expires",
            "error",
            f"{path}.id_valid_until",
            until=person.id_valid_until.isoformat(),
            needed=needed.isoformat(),
        )


def _check_filing(case: Case, rules: Rules, today: date, out: _Collector) -> None:
    filing = case.filing
    frules = rules.filing
    planned = filing.planned_on or today
    needed = add_months(planned, frules.id_validity_margin.max)

    _check_person(filing.subject_principal, "filing.subject_principal", today, out)
    _check_id_validity(filing.subject_principal, "filing.subject_principal", needed, out)
    people = [("filing.subject_principal", filing.subject_principal, filing.subject_emergency)]
    if not filing.applet_principal_same:
        _check_person(filing.applet_principal, "filing.applet_principal", today, out)
        _check_id_validity(filing.applet_principal, "filing.applet_principal", needed, out)
        people.append(("filing.applet_principal", filing.applet_principal, filing.applet_emergency))
    admin_phone = ids.normalise_mobile(case.account.admin.phone)
    for principal_path, principal, emergency in people:
        emergency_path = principal_path.replace("principal", "emergency")
        out.required(f"{emergency_path}.name", emergency.name)
        if out.required(f"{emergency_path}.phone", emergency.phone):
            out.findings("phone", f"{emergency_path}.phone", ids.check_mobile(emergency.phone))
            phone = ids.normalise_mobile(emergency.phone)
            if phone == ids.normalise_mobile(principal.phone):
                out.add("filing.phone.same_as_principal", "error", f"{emergency_path}.phone")
            elif phone == admin_phone:
                out.add("filing.phone.same_as_admin", "warning", f"{emergency_path}.phone", True)

    # Ids the pack does not know (retired or unknown) are checked by checks_filing (L.4).
    count = len(filing.service_content_types)
    if count > frules.max_service_content_types:
        out.add(
            "filing.service_content_types.too_many",
            "error",
            "filing.service_content_types",
            count=str(count),
            max=str(frules.max_service_content_types),
        )
    length = len(filing.description.strip())
    if out.required("filing.description", filing.description) and not (
        frules.description_min <= length <= frules.description_max
    ):
        out.add(
            "filing.description.length",
            "error",
            "filing.description",
            length=str(length),
            min=str(frules.description_min),
            max=str(frules.description_max),
        )

    needs_pre_approval = sorted(
        i
        for i in case_industries(case, rules)
        if (industry := rules.categories.industry(i)) and industry.pre_approval_type
    )
    if filing.no_pre_approval and filing.pre_approvals:
        out.add("filing.pre_approval.contradiction", "error", "filing.no_pre_approval")
    elif not filing.no_pre_approval and not filing.pre_approvals:
        out.add("filing.pre_approval.missing", "info", "filing.no_pre_approval")
    if filing.no_pre_approval and needs_pre_approval:
        out.add(
            "filing.pre_approval.needed",
            "warning",
            "filing.no_pre_approval",
            industries=",".join(needs_pre_approval),
        )
    if filing.filing_number.strip():
        out.findings(
            "filing.number", "filing.filing_number", ids.check_filing_number(filing.filing_number)
        )


_DEVICE_NAMES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(1, 10)),
    *(f"lpt{n}" for n in range(1, 10)),
}


def unsafe_attachment_path(text: str) -> bool:
    """A path a case file should never send the app to: a device, or up out of its folder.

    Case files travel between PCs and chat downloads, so a path in one is untrusted input. An
    absolute path elsewhere is fine (the user attached a file from another folder); ``..`` in a
    relative path, device files and Windows device names are not.
    """
    normal = text.replace("\\", "/")
    parts = [p for p in normal.split("/") if p]
    if normal.startswith(("/dev/", "/proc/", "/sys/", "//./", "//?/")):
        return True
    if not normal.startswith("/") and ":" not in normal[:3] and ".." in parts:
        return True
    stem = parts[-1].split(".", 1)[0].lower() if parts else ""
    return stem in _DEVICE_NAMES


def upload_rules_for(material_key: str, rules: Rules) -> UploadRules:
    """Filing uploads have their own limits (L.4); registration and 认证 uploads keep theirs."""
    entry = rules.checklist.entry(material_key)
    return (
        rules.filing.uploads if entry and entry.step == Step.FILING else rules.verification.uploads
    )


def _check_region(case: Case, out: _Collector) -> None:
    """The filing's 省份 / 城市 / 区县 are codes in use, each inside the one before, and the
    address does not name another district of the city (or repeat the region as a prefix)."""
    filing = case.filing
    codes = (filing.province.strip(), filing.city.strip(), filing.district.strip())
    if not any(codes):
        return  # the table is read only for a case that has a region
    from mpreg_desktop.domain.checks.regions import (
        other_districts_named,
        regions,
        starts_with_region,
    )

    table = regions()
    parent = None
    for path, code, level in zip(
        ("filing.province", "filing.city", "filing.district"),
        codes,
        ("province", "city", "district"),
        strict=True,
    ):
        if not code:
            parent = None
            continue
        region = table.get(code)
        if region is None or table.level(code) != level:
            out.add(f"filing.region.unknown_{level}", "error", path, value=code)
            parent = None
            continue
        if parent is not None and region.parent != parent:
            out.add(
                "filing.region.not_inside",
                "error",
                path,
                region=table.display_name(code),
                parent=table.display_name(parent),
            )
        parent = code
    address = filing.address.strip()
    if address and table.level(codes[2]) == "district":
        others = other_districts_named(address, codes[2])
        if others:
            out.add(
                "filing.address.other_district",
                "warning",
                "filing.address",
                named="、".join(r.name for r in others),
                district=table.display_name(codes[2]),
            )
    if address and starts_with_region(address, codes):
        out.add("filing.address.prefix", "info", "filing.address")


def material_problems(case: Case, rules: Rules, today: date | None = None) -> list[Problem]:
    """The problems of the materials themselves: their attached scans and their validity.

    An error here means the material cannot be used as it is, so the checklist does not count it
    as prepared whatever state the user gave it.
    """
    out = _Collector()
    _check_materials(case, rules, today or SYSTEM_CLOCK.today(), out)
    return out.problems


def _check_materials(
    case: Case,
    rules: Rules,
    today: date,
    out: _Collector,
    readings: Mapping[str, Reading] | None = None,
) -> None:
    planned = case.filing.planned_on or today
    needed = add_months(planned, rules.filing.id_validity_margin.max)
    for material in case.materials:
        until = material.valid_until
        if until is None and not material.long_term:
            until = scanned_validity(material, readings or {})[
                0
            ]  # not typed: the scan's is checked
        if until and not material.long_term and until <= needed:
            out.add(
                "id_document.expires",
                "error",
                f"materials.{material.key}",
                until=until.isoformat(),
                needed=needed.isoformat(),
            )
    _check_attachments(case, rules, out)


def _check_attachments(case: Case, rules: Rules, out: _Collector) -> None:
    """Judge each attached scan as the platform would, from what the scan check recorded."""
    for material in case.materials:
        uploads = upload_rules_for(material.key, rules)
        unsure = uploads.uncertain
        path = f"materials.{material.key}"
        for attachment in material.attachments:
            scan = attachment.scan
            name = attachment.path.replace("\\", "/").rsplit("/", 1)[-1]
            if unsafe_attachment_path(attachment.path):
                out.add("attachment.unsafe_path", "warning", path, file=attachment.path)
                continue
            if scan is None:
                continue
            if scan.damaged:
                out.add("attachment.damaged", "error", path, file=name)
                continue  # its size and colour say nothing about the file it should have been
            if scan.format and scan.format not in uploads.formats:
                pdf = scan.format == "pdf"
                out.add(
                    "attachment.format",
                    "warning" if pdf else "error",
                    path,
                    pdf,
                    file=name,
                    format=scan.format.upper(),
                    formats="/".join(f.upper() for f in uploads.formats),
                )
            if attachment.size > uploads.max_bytes:
                out.add(
                    "attachment.too_large",
                    "warning",
                    path,
                    unsure,
                    file=name,
                    size=f"{attachment.size / 1048576:.1f}",
                    max=f"{uploads.max_bytes / 1048576:g}",
                )
            short = min(scan.width or 0, scan.height or 0)
            long = max(scan.width or 0, scan.height or 0)
            long_min = uploads.min_long_side_px or 0  # filing uploads: 720×1280 (L.4)
            if short and (short < uploads.min_short_side_px or long < long_min):
                out.add(
                    "attachment.too_small",
                    "warning",
                    path,
                    unsure,
                    file=name,
                    width=str(scan.width),
                    height=str(scan.height),
                    min=f"{uploads.min_short_side_px}×{long_min}"
                    if long_min
                    else str(uploads.min_short_side_px),
                )
            if uploads.colour_required and scan.colour is False:
                out.add("attachment.black_white", "error", path, file=name)


def _check_limits(case: Case, rules: Rules, others: Sequence[OtherCase], out: _Collector) -> None:
    """Limits across cases: one ID / one phone administers at most N mini programs."""
    reg = rules.registration
    admin = case.account.admin
    id_number = ids.normalise(admin.id_number)
    phone = ids.normalise_mobile(admin.phone)
    sharing = [
        (
            "id",
            id_number,
            reg.max_mini_programs_per_id,
            "account.admin.id_number",
            lambda o: ids.normalise(o.admin_id_number),
        ),
        (
            "phone",
            phone,
            reg.max_mini_programs_per_phone,
            "account.admin.phone",
            lambda o: ids.normalise_mobile(o.admin_phone),
        ),
    ]
    for what, value, limit, path, key in sharing:
        if not value:
            continue
        same = [o.label for o in others if key(o) == value]
        if len(same) + 1 > limit:
            out.add(
                "limits.admin_" + what,
                "warning",
                path,
                limit=str(limit),
                count=str(len(same) + 1),
                cases="、".join(same),
            )
    code = ids.normalise(case.subject.code)
    if code and case.subject.type:
        type_rule = rules.subjects.get(case.subject.type)
        limit = type_rule.max_certified_mini_programs or type_rule.max_mini_programs
        same = [o.label for o in others if o.certified and ids.normalise(o.subject_code) == code]
        if limit is not None and len(same) + 1 > limit:
            out.add(
                "limits.subject",
                "warning",
                "subject.code",
                type_rule.quota_uncertainty is not None,
                limit=str(limit),
                count=str(len(same) + 1),
                cases="、".join(same),
            )


def check_case(
    case: Case,
    rules: Rules,
    *,
    today: date | None = None,
    others: Sequence[OtherCase] | None = None,
    calendar: WorkdayCalendar | None = None,
    readings: Mapping[str, Reading] | None = None,
) -> list[Problem]:
    """All problems of ``case``, errors first; ``others`` are the library's other cases;
    ``readings`` what its scans say, by attachment hash (cross-checked with the fields)."""
    today = today or SYSTEM_CLOCK.now().date()
    calendar = calendar or WorkdayCalendar()
    out = _Collector()
    _check_subject(case, rules, out)
    checks_filing.check_needs_certification(case, rules, out)
    _check_account(case, today, out)
    _check_mini_program(case, rules, out)
    _check_verification(case, rules, out)
    _check_filing(case, rules, today, out)
    checks_filing.check_certification_first(case, rules, calendar, out)
    checks_filing.check_existing_filing(case, rules, out)
    checks_filing.check_principals(case, out)
    checks_filing.check_service_content_types(case, rules, out)
    _check_region(case, out)
    _check_materials(case, rules, today, out, readings or {})
    if readings:
        check_scans(case, readings, out)
    if others:
        _check_limits(case, rules, others, out)
    return sorted(out.problems, key=lambda p: (SEVERITY_ORDER[p.severity], STEP_ORDER[p.step]))
