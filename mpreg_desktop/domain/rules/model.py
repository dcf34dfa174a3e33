"""The rules pack: what the platform and the filing system require, as data with sources.

The built-in pack lives in ``resources/rules/*.json`` (one file per part, see :data:`PACK_FILES`);
``rules_pack.py`` reads a pack, fills its placeholders and validates it with these pydantic models
and ``rules_validation.py``; :func:`load_rules` returns the pack this run uses. Texts take
placeholders such as ``{certification_fee_yuan}`` so that each number is written once. Every entry
carries ``source`` (a seed file name such as ``001_4ea2a61ab241226e.txt`` or a public URL) and,
where the reference could not confirm a claim or the sources disagree, ``uncertain: true`` with a
note: the app then says it is uncertain (a warning, never a hard error) instead of silently picking
one reading.

Durations keep their unit (hours, calendar days, 工作日, months, years) because offices count them
differently.
"""

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mpreg_desktop.domain.case import (
    FilingStage,
    FilingType,
    Route,
    Step,
    SubjectType,
    VerificationMethod,
)

PACK_FILES = (
    "pack",
    "subjects",
    "registration",
    "verification",
    "naming",
    "categories",
    "checklist",
    "filing",
    "identifiers",
    "forms",
)


class RulesError(Exception):
    """A rules pack is broken or unknown to this app; ``reasons`` lists every problem found."""

    def __init__(self, message: str, reasons: list[str] | None = None) -> None:
        super().__init__(message)
        self.reasons = list(reasons) if reasons else [message]


class UnknownRuleId(LookupError):
    """A lookup by an id the rules pack does not have (says which id, and where it looked)."""


def _by_id(items: list, key: object, what: str):
    for item in items:
        if item.id == key:
            return item
    raise UnknownRuleId(f"the rules pack has no {what} {key!r}")


def _find(items: list, key: object):
    return next((item for item in items if item.id == key), None)


class Strict(BaseModel):
    """Base of every part of the pack: unknown fields are refused, nothing changes once read.

    JSON types are taken as they are (no "3" for 3); validators are built on first use.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Text(Strict):
    """A user-facing text in both languages."""

    zh: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]

    def get(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


class Sourced(Strict):
    source: Annotated[list[str], Field(min_length=1)]
    uncertain: bool = False
    uncertainty: Text | None = None  # why it is uncertain; required when uncertain

    @model_validator(mode="after")
    def _says_why(self) -> Self:
        if self.uncertain and self.uncertainty is None:
            raise ValueError("an uncertain rule must say why (uncertainty)")
        return self


Unit = Literal["hours", "calendar_days", "workdays", "months", "years"]
MAX_SPAN = 1000  # in any unit: beyond any rule, and a case date plus it stays a computable date


class Duration(Sourced):
    """A span such as "1–20 工作日": ``min`` is None for a single value (then it equals ``max``)."""

    min: Annotated[int, Field(ge=0, le=MAX_SPAN)] | None = None
    max: Annotated[int, Field(ge=0, le=MAX_SPAN)]
    unit: Unit
    note: Text | None = None

    @property
    def low(self) -> int:
        return self.max if self.min is None else self.min


class Note(Sourced):
    """A rule stated in words: shown to the user as guidance, with its source."""

    id: str
    text: Text


# --- A: subject types ----------------------------------------------------------------------------


class SubKind(Strict):
    id: str
    label: Text
    group: Text | None = None  # e.g. 免费类型 / 社会团体 / 事业单位
    free_certification: bool = False


class Capability(Sourced):
    """Whether a subject type may use a capability; ``conditional`` comes with its conditions."""

    allowed: Literal["yes", "no", "conditional"]
    note: Text | None = None
    # Works only once the mini program is certified (L.3: sharing, 小程序码, WeChat Pay).
    requires_certification: bool = False


CapabilityName = Literal[
    "wechat_pay", "shop", "live_streaming", "ads", "virtual_payment", "sharing"
]


class SubjectTypeRule(Sourced):
    id: SubjectType
    label: Text
    scope: Text
    sub_kinds: Annotated[list[SubKind], Field(min_length=1)]
    api_verify_type: int | None = None  # getcategoriesbytype.verify_type
    api_customer_type: int | None = None  # 认证 customer_type
    registration_materials: list[str]  # checklist entry ids needed to register
    verification_methods: Annotated[list[VerificationMethod], Field(min_length=1)]
    certification_required: bool
    certification_note: Text
    certification_fee_yuan: Annotated[int, Field(ge=0)]  # per application, renewed yearly; 0 = free
    review: Duration  # registration / certification review time
    max_mini_programs: int | None = None  # per subject
    max_certified_mini_programs: int | None = None
    quota_uncertainty: Text | None = None  # why the quotas above are not confirmed (L.6)
    capabilities: dict[CapabilityName, Capability]
    uscc_categories: list[str]  # the USCC's first two characters that fit this type, e.g. ["92"]


class SubjectRules(Strict):
    types: Annotated[list[SubjectTypeRule], Field(min_length=6, max_length=6)]
    contradictions: list[Note] = Field(default_factory=list)

    def get(self, subject_type: SubjectType | str) -> SubjectTypeRule:
        return _by_id(self.types, subject_type, "subject type")

    def find(self, subject_type: SubjectType | str) -> SubjectTypeRule | None:
        return _find(self.types, subject_type)


# --- B and D: registration, account rules, routes ------------------------------------------------


class RegistrationStep(Sourced):
    id: str
    label: Text
    detail: Text
    official_url: str | None = None


class RouteRule(Sourced):
    id: Route
    label: Text
    conditions: list[Note]
    allowed_subject_types: list[SubjectType]
    requires_certified_official_account: bool = False
    monthly_limit: int | None = None  # mini programs per 公众号 per month
    benefits: list[Note] = Field(default_factory=list)
    caveats: list[Note] = Field(default_factory=list)


class RegistrationRules(Strict):
    steps: Annotated[list[RegistrationStep], Field(min_length=5)]
    account_rules: list[Note]
    max_mini_programs_per_id: int
    max_mini_programs_per_phone: int
    sms_code_digits: int
    password_min_length: int
    activation_link_validity: Duration
    unfinished_registration_terminated: Duration
    routes: Annotated[list[RouteRule], Field(min_length=2)]
    contradictions: list[Note] = Field(default_factory=list)

    def route(self, route: Route | str) -> RouteRule:
        return _by_id(self.routes, route, "registration route")

    def find_route(self, route: Route | str) -> RouteRule | None:
        return _find(self.routes, route)


# --- C: verification and certification -----------------------------------------------------------


class MethodRule(Sourced):
    id: VerificationMethod
    label: Text
    description: Text
    subject_types: list[SubjectType]
    deadline: Duration | None = None  # e.g. 对公打款 within 10 calendar days
    refund: Duration | None = None  # e.g. refunded within 10 工作日
    notes: list[Note] = Field(default_factory=list)


class UploadRules(Sourced):
    """What the platforms accept as an uploaded document image (checked before the user uploads)."""

    formats: Annotated[list[str], Field(min_length=1)]  # lower-case file types, e.g. "jpg"
    max_bytes: Annotated[int, Field(gt=0)]
    min_short_side_px: Annotated[int, Field(gt=0)]  # smaller scans are hard to read
    min_long_side_px: Annotated[int, Field(gt=0)] | None = None
    colour_required: bool
    notes: list[Note] = Field(default_factory=list)


class LapseStage(Strict):
    """What stops working some time after the certification expired (L.2)."""

    id: str
    after: Duration  # after the expiry
    text: Text


class CertificationRules(Sourced):
    review_typical: Duration
    review_max: Duration
    validity: Duration
    annual_review_window: Duration  # before the validity ends
    reminders: list[Duration] = Field(default_factory=list)  # the platform's, before expiry
    lapse: list[LapseStage] = Field(default_factory=list)
    resubmissions: int
    fee_refundable: bool
    payment: Text
    notes: list[Note] = Field(default_factory=list)


class VerificationRules(Strict):
    methods: Annotated[list[MethodRule], Field(min_length=3)]
    certification: CertificationRules
    uploads: UploadRules  # registration and 认证 uploads (the filing has its own, L.4)
    certification_materials: dict[SubjectType, list[str]]  # checklist entry ids
    contradictions: list[Note] = Field(default_factory=list)

    def method(self, method: VerificationMethod | str) -> MethodRule:
        return _by_id(self.methods, method, "verification method")

    def find_method(self, method: VerificationMethod | str) -> MethodRule | None:
        return _find(self.methods, method)


# --- E: names ------------------------------------------------------------------------------------


class WordRule(Sourced):
    word: Annotated[str, Field(min_length=1)]
    reason: Text
    severity: Literal["error", "warning"]


class NamingRules(Sourced):
    min_units: int
    max_units: int
    cjk_units: int  # a Chinese character counts this many units
    short_chinese_warning_below: int  # fewer Chinese characters than this: review may object
    allowed: Text  # description of the allowed characters
    allowed_punctuation: str  # besides letters, digits, Chinese and spaces
    forbidden_keywords: list[WordRule]
    absolute_words: list[WordRule]
    notes: list[Note] = Field(default_factory=list)


# --- F: categories and industries ----------------------------------------------------------------


class Licence(Sourced):
    material: str  # checklist entry id of the licence
    gate: Literal["category", "pre_approval"]  # WeChat category qualification or ICP 前置审批


class Industry(Sourced):
    id: str
    label: Text
    licences: Annotated[list[Licence], Field(min_length=1)]
    pre_approval_type: str | None = None  # the 前置审批 type id when the filing needs one


class Category(Sourced):
    id: str
    label: Text  # "一级-二级", as the platform shows it
    industry: str | None = None
    personal_allowed: bool = False
    requires_qualification: bool = False


class CategoryRules(Strict):
    categories: Annotated[list[Category], Field(min_length=1)]
    industries: Annotated[list[Industry], Field(min_length=1)]
    max_categories: int
    max_categories_uncertain: bool = True
    notes: list[Note] = Field(default_factory=list)

    def category(self, category_id: str) -> Category | None:
        return _find(self.categories, category_id)

    def industry(self, industry_id: str) -> Industry | None:
        return _find(self.industries, industry_id)


# --- the checklist catalogue ---------------------------------------------------------------------


class Condition(Strict):
    """When a checklist entry applies. Every given list must match; an absent list matches all."""

    subject_types: list[SubjectType] | None = None
    routes: list[Route] | None = None
    methods: list[VerificationMethod] | None = None
    filing_types: list[FilingType] | None = None
    industries: list[str] | None = None  # any of these industries (from the chosen categories)
    sub_kinds: list[str] | None = None
    needs: list[str] | None = None  # any of these answers true (Needs field names)
    applet_principal_differs: bool | None = None
    principal_is_legal_rep: bool | None = None  # the 主体负责人 is the 法定代表人
    certified: bool | None = None  # 微信认证 has passed


class ChecklistEntry(Sourced):
    id: str
    kind: Literal["material", "action"]
    step: Step
    label: Text
    why: Text
    when: Condition = Field(default_factory=Condition)
    id_document: bool = False  # its validity must cover the planned filing date + margin
    scan: bool = False  # an image or PDF is uploaded: colour, resolution, format, size rules apply
    official_url: str | None = None
    # A case path whose value shows the entry is done (a date set, an outcome passed, a flag true),
    # or "filing.stage:<stage>" for a filing stage that ended in success. None: ticked by hand.
    done_when: str | None = None
    # The timeline item (code) that gives this entry its due date, e.g. "bank_transfer.pay".
    deadline: str | None = None


class ChecklistRules(Strict):
    entries: Annotated[list[ChecklistEntry], Field(min_length=10)]

    def entry(self, entry_id: str) -> ChecklistEntry | None:
        return _find(self.entries, entry_id)


# --- G: filing -----------------------------------------------------------------------------------


class FilingTypeRule(Sourced):
    id: FilingType
    label: Text
    description: Text


FieldKind = Literal[
    "text",
    "name",
    "id_number",
    "phone",
    "email",
    "date",
    "date_or_long_term",
    "region",
    "enum",
    "list",
    "image",
    "description",
]


class FilingField(Sourced):
    id: str  # the filing system's field, e.g. "icp_subject.principal_info.mobile"
    group: Literal["subject", "subject_principal", "applet", "applet_principal"]
    label: Text
    kind: FieldKind
    required: Literal["yes", "no", "conditional"]
    condition: Text | None = None  # when conditional
    case_path: str | None = None  # where the case keeps it, if it does
    min_length: int | None = None
    max_length: int | None = None
    max_items: int | None = None
    constraint: Text | None = None


class StageRule(Sourced):
    id: FilingStage
    label: Text
    duration: Duration | None = None
    detail: Text
    official_url: str | None = None
    resends: int | None = None  # e.g. one SMS resend


class PreApprovalType(Sourced):
    id: str
    label: Text
    industry: str | None = None
    api_type: int | None = None  # the filing system's own number for it


class ServiceContentType(Sourced):
    """One entry of the official two-level list: a first-level group has no ``parent``; only
    second-level types can be submitted (L.4)."""

    id: str
    label: Text
    parent: str | None = None
    api_type: int | None = None
    note: Text | None = None  # what the type covers, from the official list
    personal_not_advised: bool = False  # 「个人备案：不建议选择」


class RetiredServiceContentType(Strict):
    """An id earlier packs used that is not on the official list, and where a case holding it goes:
    ``replaced_by`` the closest official type, else the user chooses (within a group if given)."""

    id: str
    label: Text
    replaced_by: str | None = None
    choose_within: str | None = None


class CertificateType(Sourced):
    id: str
    label: Text
    subject_types: list[SubjectType] | None = None  # for subject certificates: who holds one


class FilingRules(Strict):
    types: Annotated[list[FilingTypeRule], Field(min_length=3)]
    materials: list[Note]
    fields: Annotated[list[FilingField], Field(min_length=20)]
    stages: Annotated[list[StageRule], Field(min_length=5, max_length=5)]
    pre_approval_types: list[PreApprovalType]
    pre_approval_types_as_of: date | None = None
    service_content_types: list[ServiceContentType]
    service_content_types_as_of: date | None = None
    service_content_types_note: Note | None = None
    retired_service_content_types: list[RetiredServiceContentType] = Field(default_factory=list)
    # L.1: who must pass 微信认证 before filing, and what is known for the others
    certification_required_for: list[SubjectType] = Field(default_factory=list)
    certification_prerequisite: Note | None = None
    personal_certification: Note | None = None
    reuse_sms_confirm: Duration | None = None  # 复用主体资料: confirm the SMS within
    reuse_lapse: Duration | None = None  # … and the reuse lapses after
    subject_certificate_types: Annotated[list[CertificateType], Field(min_length=1)]
    person_certificate_types: Annotated[list[CertificateType], Field(min_length=1)]
    uploads: UploadRules
    id_validity_margin: Duration  # ID documents valid for more than this after filing
    description_min: int
    description_max: int
    max_service_content_types: int
    face_check_tips: list[Note]
    certificate_rules: list[Note]
    notes: list[Note] = Field(default_factory=list)

    def stage(self, stage: FilingStage | str) -> StageRule:
        return _by_id(self.stages, stage, "filing stage")

    def find_stage(self, stage: FilingStage | str) -> StageRule | None:
        return _find(self.stages, stage)

    def find_type(self, filing_type: FilingType | str) -> FilingTypeRule | None:
        return _find(self.types, filing_type)

    def service_content_type(self, type_id: str) -> ServiceContentType | None:
        return next((t for t in self.service_content_types if t.id == type_id), None)

    def retired_service_content_type(self, type_id: str) -> RetiredServiceContentType | None:
        return next((t for t in self.retired_service_content_types if t.id == type_id), None)


# --- H: identifiers ------------------------------------------------------------------------------


class UsccCategory(Sourced):
    prefix: Annotated[str, Field(pattern=r"^[0-9A-Y]{2}$")]
    label: Text
    subject_types: Annotated[list[SubjectType], Field(min_length=1)]


class IdentifierRules(Strict):
    uscc_categories: list[UsccCategory]
    filing_number_provinces: str  # the province abbreviations accepted, aliases included
    # abbreviation → the first two digits of the province's region code (粤 → 44)
    filing_number_province_codes: dict[str, str] = Field(default_factory=dict)
    notes: list[Note] = Field(default_factory=list)

    def uscc_category(self, prefix: str) -> UsccCategory | None:
        return next((c for c in self.uscc_categories if c.prefix == prefix), None)


# --- the official web forms, as the filling assistant lists them --------------------------------

FormValueKind = Literal[
    "text",
    "name",
    "id_number",
    "phone",
    "email",
    "account_number",
    "date",
    "date_or_long_term",
    "region",
    "enum",
    "list",
    "description",
    "subject_type",
    "verification_method",
]


class FormField(Strict):
    """One field of an official form, in the form's order: its own words, or a filing field's."""

    id: str | None = None
    filing_field: str | None = None  # takes label, case path, kind and source from filing.fields
    label: Text | None = None
    case_path: str | None = None
    kind: FormValueKind | None = None
    private: bool | None = None  # shown masked; None: by kind (ID and phone numbers)
    note: Text | None = None
    subject_types: list[SubjectType] | None = None  # only for these subjects
    methods: list[VerificationMethod] | None = None  # only for these verification methods
    # only when the 主体负责人 is not the 法定代表人 (the filing then asks for the latter)
    only_if: Literal["principal_is_not_legal_rep"] | None = None
    source: list[str] = Field(default_factory=list)
    uncertain: bool = False
    uncertainty: Text | None = None

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.filing_field is None and not (
            self.id and self.label and self.case_path and self.kind and self.source
        ):
            raise ValueError(
                "a form field needs filing_field, or id, label, case_path, kind, source"
            )
        if self.uncertain and self.uncertainty is None:
            raise ValueError("an uncertain rule must say why (uncertainty)")
        return self


class FormRecord(Strict):
    """The date 标记为已提交 sets on the case (when unset), for these methods only if given."""

    path: str
    methods: list[VerificationMethod] | None = None


class UploadSlot(Strict):
    """An upload box of a form, the rule it follows and the checklist materials that fill it."""

    id: str
    label: Text
    rule: Literal["filing"]  # whose upload rules apply: the filing system's (filing.uploads)
    materials: Annotated[list[str], Field(min_length=1)]


class OfficialForm(Sourced):
    id: str
    label: Text
    step: Step
    date_format: str  # strftime pattern of the dates the form expects
    fields: Annotated[list[FormField], Field(min_length=1)]
    records: list[FormRecord] = Field(default_factory=list)
    uploads: list[UploadSlot] = Field(default_factory=list)


class FormRules(Strict):
    long_term: str  # what the forms take for a long-term ID document (长期)
    long_term_source: Annotated[list[str], Field(min_length=1)]
    forms: Annotated[list[OfficialForm], Field(min_length=1)]

    def form(self, form_id: str) -> OfficialForm:
        return _by_id(self.forms, form_id, "form")

    def find(self, form_id: str) -> OfficialForm | None:
        return _find(self.forms, form_id)


# --- the pack ------------------------------------------------------------------------------------


class SourceInfo(Strict):
    title: str  # for maintainers (帮助 → 规则版本与来源, details), never in the guidance itself
    url: str | None = None
    reliability: Literal["high", "medium", "low"]
    # What users may see of it (reference §0.3): an official page is linked by ``label``;
    # anything else shows as 行业资料（非官方）.
    kind: Literal["official", "secondary"] = "secondary"
    label: Text | None = None

    @model_validator(mode="after")
    def _official_is_linked(self) -> Self:
        if self.kind == "official" and (self.label is None or not self.url):
            raise ValueError("an official source needs the page's url and its label")
        return self


class PackInfo(Strict):
    edition: date
    description: Text
    sources: dict[str, SourceInfo]  # every seed file name used as a source, with what it is
    # Titles of the official pages cited by address, shown instead of the address.
    official_pages: dict[str, Text] = Field(default_factory=dict)


class Rules(Strict):
    pack: PackInfo
    subjects: SubjectRules
    registration: RegistrationRules
    verification: VerificationRules
    naming: NamingRules
    categories: CategoryRules
    checklist: ChecklistRules
    filing: FilingRules
    identifiers: IdentifierRules
    forms: FormRules

    @property
    def edition(self) -> date:
        return self.pack.edition

    @model_validator(mode="after")
    def _references_exist(self) -> Self:
        """Every id one part of the pack uses must exist in the part that defines it."""
        entries = {e.id for e in self.checklist.entries}
        industries = {i.id for i in self.categories.industries}
        sub_kinds = {k.id for t in self.subjects.types for k in t.sub_kinds}
        pre_approvals = {p.id for p in self.filing.pre_approval_types}
        broken: list[str] = []

        def need(kind: str, value: str, known: set[str]) -> None:
            if value not in known:
                broken.append(f"unknown {kind} {value!r}")

        for t in self.subjects.types:
            for m in t.registration_materials:
                need("checklist entry", m, entries)
        for materials in self.verification.certification_materials.values():
            for m in materials:
                need("checklist entry", m, entries)
        for industry in self.categories.industries:
            for licence in industry.licences:
                need("checklist entry", licence.material, entries)
            if industry.pre_approval_type:
                need("pre-approval type", industry.pre_approval_type, pre_approvals)
        for category in self.categories.categories:
            if category.industry:
                need("industry", category.industry, industries)
        for entry in self.checklist.entries:
            for i in entry.when.industries or []:
                need("industry", i, industries)
            for k in entry.when.sub_kinds or []:
                need("sub-kind", k, sub_kinds)
        filing_fields = {f.id for f in self.filing.fields}
        for form in self.forms.forms:
            for form_field in form.fields:
                if form_field.filing_field:
                    need("filing field", form_field.filing_field, filing_fields)
            for slot in form.uploads:
                for m in slot.materials:
                    need("checklist entry", m, entries)
        for p in self.filing.pre_approval_types:
            if p.industry:
                need("industry", p.industry, industries)
        types = {t.id: t for t in self.filing.service_content_types}
        for t in self.filing.service_content_types:
            if t.parent is not None and (t.parent not in types or types[t.parent].parent):
                broken.append(f"service content type {t.id!r}: {t.parent!r} is not a group")
        for old in self.filing.retired_service_content_types:
            if old.id in types:
                broken.append(f"retired service content type {old.id!r} is still listed")
            for target in (old.replaced_by, old.choose_within):
                if target is not None:
                    need("service content type", target, set(types))
        if len(entries) != len(self.checklist.entries):
            broken.append("duplicate checklist entry ids")
        if broken:
            raise ValueError("; ".join(broken))
        return self


def load_rules_from(folder: Path) -> Rules:
    """Load and validate a pack kept as one file per part; raises RulesError with every reason."""
    from mpreg_desktop.domain.rules.pack import build_rules, parts_from_folder

    return build_rules(parts_from_folder(folder), str(folder))


def load_rules() -> Rules:
    """The rules pack this run uses (built-in unless another was chosen, see rules_pack)."""
    from mpreg_desktop.domain.rules.pack import rules_in_use

    return rules_in_use()
