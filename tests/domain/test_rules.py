"""The rules pack in resources/rules: it loads, every entry is sourced, the numbers match the
domain reference, every case path resolves, and a broken pack is refused."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from mpreg_desktop.domain.case import Case, FilingStage, Needs
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.rules.model import (
    PACK_FILES,
    Duration,
    Rules,
    RulesError,
    Sourced,
    Text,
    load_rules_from,
)

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = ROOT / "resources" / "rules"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"  # present in CI and in the founders' workspace

SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
STAGE_PREFIX = "filing.stage:"


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules_from(RULES_DIR)


def walk(obj: Any) -> Iterator[BaseModel]:
    """Every model inside ``obj``, depth first, ``obj`` included."""
    if isinstance(obj, BaseModel):
        yield obj
        for name in type(obj).model_fields:
            yield from walk(getattr(obj, name))
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from walk(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from walk(item)


def sourced_entries(rules: Rules) -> list[Sourced]:
    return [m for m in walk(rules) if isinstance(m, Sourced)]


# --- loading and sources -------------------------------------------------------------------------


def test_pack_loads_with_a_dated_edition(rules: Rules) -> None:
    assert isinstance(rules.edition, date)
    assert rules.edition == rules.pack.edition


@pytest.mark.parametrize("name", PACK_FILES)
def test_files_are_utf8_two_space_json_with_real_chinese(name: str) -> None:
    text = (RULES_DIR / f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_every_source_is_a_seed_a_url_or_a_book(rules: Rules) -> None:
    for entry in sourced_entries(rules):
        for source in entry.source:
            assert SEED_NAME.match(source) or source.startswith(("https://", "http://", "book:")), (
                f"{source!r} in {entry!r}"
            )


OFFICIAL_HOSTS = (
    "developers.weixin.qq.com/doc/",
    "developers.weixin.qq.com/miniprogram/",
    "pay.weixin.qq.com/",
    "kf.qq.com/",
    "mp.weixin.qq.com/",
    "beian.miit.gov.cn",
)


def test_every_seed_used_is_described_and_exists(rules: Rules) -> None:
    used = {s for e in sourced_entries(rules) for s in e.source if SEED_NAME.match(s)}
    seeds = {name for name in rules.pack.sources if SEED_NAME.match(name)}
    assert used == seeds, "pack.sources must describe exactly the seeds used"
    if SEEDS_DIR.is_dir():
        for name in used:
            assert (SEEDS_DIR / name).is_file(), name


def test_uncertainty_flags_are_used_and_explained(rules: Rules) -> None:
    uncertain = [e for e in sourced_entries(rules) if e.uncertain]
    assert len(uncertain) >= 10
    for entry in uncertain:
        assert entry.uncertainty is not None
        assert entry.uncertainty.zh and entry.uncertainty.en


def test_every_text_has_chinese_and_english(rules: Rules) -> None:
    for text in (m for m in walk(rules) if isinstance(m, Text)):
        assert re.search(r"[\u4e00-\u9fff]", text.zh), text
        assert re.search(r"[A-Za-z]", text.en), text


# --- spot checks against the domain reference ----------------------------------------------------


def facts(r: Rules) -> dict[str, Any]:
    """The pack's values the reference states, by name (durations as (low, max, unit))."""

    def span(d: Duration | None) -> tuple[int, int, str] | None:
        return None if d is None else (d.low, d.max, d.unit)

    subject = r.subjects.get
    transfer = r.verification.method("bank_transfer")
    cert = r.verification.certification
    naming = r.naming
    return {
        **{f"fee {t.id}": t.certification_fee_yuan for t in r.subjects.types},
        "max certified individual_business": subject(
            "individual_business"
        ).max_certified_mini_programs,
        "max mini programs enterprise": subject("enterprise").max_mini_programs,
        "personal wechat pay": subject("personal").capabilities["wechat_pay"].allowed,
        "personal methods": subject("personal").verification_methods,
        "enterprise methods": set(subject("enterprise").verification_methods),
        "government methods": subject("government").verification_methods,
        "transfer deadline": span(transfer.deadline),
        "transfer refund": span(transfer.refund),
        "certification review": span(cert.review_typical),
        "certification review max": span(cert.review_max),
        "certification validity": span(cert.validity),
        "annual review window": span(cert.annual_review_window),
        "certification resubmissions": cert.resubmissions,
        "certification fee refundable": cert.fee_refundable,
        "platform review": span(r.filing.stage("platform_review").duration),
        "sms verification": span(r.filing.stage("sms_verification").duration),
        "sms resends": r.filing.stage("sms_verification").resends,
        "sms url": r.filing.stage("sms_verification").official_url,
        "authority review": span(r.filing.stage("authority_review").duration),
        "id validity margin": span(r.filing.id_validity_margin),
        "name units": (naming.min_units, naming.max_units, naming.cjk_units),
        "short chinese warning": naming.short_chinese_warning_below,
        "forbidden keywords": {w.word for w in naming.forbidden_keywords},
        "max service content types": r.filing.max_service_content_types,
        "description length": (r.filing.description_min, r.filing.description_max),
        "max per id": r.registration.max_mini_programs_per_id,
        "max per phone": r.registration.max_mini_programs_per_phone,
        "sms code digits": r.registration.sms_code_digits,
        "password min length": r.registration.password_min_length,
        "activation link": span(r.registration.activation_link_validity),
        "unfinished registration": span(r.registration.unfinished_registration_terminated),
        "official account monthly limit": r.registration.route("official_account").monthly_limit,
        "official account certified": (
            r.registration.route("official_account").requires_certified_official_account
        ),
        "max categories": (r.categories.max_categories, r.categories.max_categories_uncertain),
        "uscc 92": r.identifiers.uscc_category("92").subject_types,
    }


EXPECTED = {
    "fee personal": 30,
    "fee individual_business": 30,
    "fee enterprise": 300,
    "fee media": 300,
    "fee government": 0,
    "fee other_org": 300,
    "max certified individual_business": 5,
    "max mini programs enterprise": 50,
    "personal wechat pay": "no",
    "personal methods": ["wechat_certification"],
    "enterprise methods": {"bank_transfer", "wechat_certification", "legal_rep_face"},
    "government methods": ["wechat_certification"],
    "transfer deadline": (10, 10, "calendar_days"),
    "transfer refund": (10, 10, "workdays"),
    "certification review": (1, 5, "workdays"),
    "certification review max": (15, 15, "workdays"),
    "certification validity": (1, 1, "years"),
    "annual review window": (90, 90, "calendar_days"),
    "certification resubmissions": 3,
    "certification fee refundable": False,
    "platform review": (1, 2, "workdays"),
    "sms verification": (24, 24, "hours"),
    "sms resends": 1,
    "sms url": "https://beian.miit.gov.cn/",
    "authority review": (1, 20, "workdays"),
    "id validity margin": (1, 1, "months"),
    "name units": (4, 30, 2),
    "short chinese warning": 4,
    "forbidden keywords": {"小程序", "微信", "腾讯"},
    "max service content types": 5,
    "description length": (20, 200),
    "max per id": 5,
    "max per phone": 5,
    "sms code digits": 6,
    "password min length": 8,
    "activation link": (24, 24, "hours"),
    "unfinished registration": (30, 30, "calendar_days"),
    "official account monthly limit": 5,
    "official account certified": True,
    "max categories": (5, True),
    "uscc 92": ["individual_business"],
}


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items(), ids=list(EXPECTED))
def test_values_match_the_reference(rules: Rules, name: str, expected: Any) -> None:
    assert facts(rules)[name] == expected


G4_FIELDS = [
    "icp_subject.base_info.type",
    "icp_subject.base_info.name",
    "icp_subject.base_info.province",
    "icp_subject.base_info.city",
    "icp_subject.base_info.district",
    "icp_subject.base_info.address",
    "icp_subject.base_info.comment",
    "icp_subject.base_info.record_number",
    "icp_subject.personal_info.residence_permit",
    "icp_subject.organize_info.certificate_type",
    "icp_subject.organize_info.certificate_number",
    "icp_subject.organize_info.certificate_address",
    "icp_subject.organize_info.certificate_photo",
    *(
        f"{part}.principal_info.{name}"
        for part in ("icp_subject", "icp_applets")
        for name in (
            "name",
            "mobile",
            "email",
            "emergency_contact",
            "certificate_type",
            "certificate_number",
            "certificate_validity_date_start",
            "certificate_validity_date_end",
            "certificate_photo_front",
            "certificate_photo_back",
            "authorization_letter",
            "verify_task_id",
        )
    ),
    "icp_subject.legal_person_info.name",
    "icp_subject.legal_person_info.certificate_number",
    "icp_applets.base_info.appid",
    "icp_applets.base_info.name",
    "icp_applets.base_info.service_content_types",
    "icp_applets.base_info.nrlx_details",
    "icp_applets.base_info.comment",
    "icp_applets.base_info.record_number",
]


@pytest.mark.parametrize("field_id", G4_FIELDS)
def test_every_filing_field_of_the_reference_is_present(rules: Rules, field_id: str) -> None:
    assert field_id in {f.id for f in rules.filing.fields}


def test_filing_field_limits(rules: Rules) -> None:
    fields = {f.id: f for f in rules.filing.fields}
    assert len(fields) == len(rules.filing.fields), "duplicate filing field ids"
    comment = fields["icp_applets.base_info.comment"]
    assert (comment.min_length, comment.max_length) == (20, 200)
    assert fields["icp_applets.base_info.service_content_types"].max_items == 5


REQUIRED_ENTRIES = [
    "registration_email",
    "admin_identity",
    "business_licence",
    "legal_rep_id",
    "public_account_info",
    "org_code_certificate",
    "institution_certificate",
    "social_org_certificate",
    "private_non_enterprise_certificate",
    "foundation_certificate",
    "religious_affairs_approval",
    "foreign_office_approval",
    "government_authorization_letter",
    "broadcast_licence",
    "newspaper_licence",
    "periodical_licence",
    "internet_news_licence",
    "audiovisual_licence",
    "medical_institution_licence",
    "school_licence",
    "drug_info_licence",
    "drug_business_licence",
    "publishing_licence",
    "culture_licence",
    "ride_hailing_licence",
    "religion_licence",
    "food_licence",
    "finance_licence",
    "filing_subject_principal_id",
    "filing_emergency_contact",
    "filing_applet_principal_id",
    "filing_authorization_letter",
    "filing_face_photo",
    "filing_commitment_letter",
    "filing_authenticity_form",
    "filing_residence_permit",
    "personal_id",
    "register_account",
    "activate_email",
    "fill_subject_info",
    "admin_scan_verify",
    "bank_transfer_pay",
    "bank_transfer_refund",
    "wechat_certification_apply",
    "legal_rep_face_check",
    "official_account_authorize",
    "set_name_and_categories",
    "filing_fill",
    "filing_platform_review",
    "filing_sms_verify",
    "filing_authority_review",
    "filing_record_number",
    "annual_review",
]


@pytest.mark.parametrize("entry_id", REQUIRED_ENTRIES)
def test_checklist_has_the_entries_the_app_refers_to(rules: Rules, entry_id: str) -> None:
    assert rules.checklist.entry(entry_id) is not None


# --- references into the case and across the pack ------------------------------------------------


def case_paths(rules: Rules) -> list[str]:
    done = [e.done_when for e in rules.checklist.entries if e.done_when]
    fields = [f.case_path for f in rules.filing.fields if f.case_path]
    return sorted(set(done + fields))


def test_every_done_when_and_case_path_resolves_on_a_default_case(rules: Rules) -> None:
    case = Case()
    stages = {s.value for s in FilingStage}
    paths = case_paths(rules)
    assert len(paths) > 20
    for path in paths:
        if path.startswith(STAGE_PREFIX):
            assert path.removeprefix(STAGE_PREFIX) in stages, path
        else:
            get_path(case, path)  # raises AttributeError when the path is wrong


def test_stage_done_when_covers_every_stage_with_a_review(rules: Rules) -> None:
    used = {
        e.done_when.removeprefix(STAGE_PREFIX)
        for e in rules.checklist.entries
        if e.done_when and e.done_when.startswith(STAGE_PREFIX)
    }
    assert used == {"fill", "platform_review", "sms_verification", "authority_review"}


def test_every_condition_needs_a_real_answer(rules: Rules) -> None:
    names = set(Needs.model_fields)
    used = [n for e in rules.checklist.entries for n in e.when.needs or []]
    assert used, "at least one entry should depend on a guiding answer"
    assert set(used) <= names


def test_subject_uscc_prefixes_agree_with_identifiers(rules: Rules) -> None:
    for subject in rules.subjects.types:
        for prefix in subject.uscc_categories:
            category = rules.identifiers.uscc_category(prefix)
            assert category is not None, prefix
            assert subject.id in category.subject_types, (subject.id, prefix)
    for category in rules.identifiers.uscc_categories:
        for subject_type in category.subject_types:
            assert category.prefix in rules.subjects.get(subject_type).uscc_categories


def test_every_pre_approval_licence_has_a_pre_approval_type(rules: Rules) -> None:
    for industry in rules.categories.industries:
        gates = {licence.gate for licence in industry.licences}
        assert ("pre_approval" in gates) == (industry.pre_approval_type is not None), industry.id


def test_licences_are_not_listed_for_everyone(rules: Rules) -> None:
    """A licence comes in through its industry; its own ``when`` must not match every case."""
    licences = {lic.material for i in rules.categories.industries for lic in i.licences}
    for entry_id in licences:
        entry = rules.checklist.entry(entry_id)
        assert entry.kind == "material", entry_id
        assert any(v is not None for v in entry.when.model_dump().values()), entry_id


def test_personal_categories_need_no_licence(rules: Rules) -> None:
    personal = [c for c in rules.categories.categories if c.personal_allowed]
    assert personal
    for category in personal:
        assert not category.requires_qualification and category.industry is None, category.id
    assert len(rules.categories.categories) >= 25


def test_free_certification_sub_kinds(rules: Rules) -> None:
    free = {k.id for t in rules.subjects.types for k in t.sub_kinds if k.free_certification}
    assert free == {"foundation", "foreign_government_office"}


# --- a broken pack is refused --------------------------------------------------------------------


def _delete_required_key(folder: Path) -> None:
    _edit(folder, "naming", lambda d: d.pop("min_units"))


def _add_unknown_key(folder: Path) -> None:
    _edit(folder, "subjects", lambda d: d["types"][0].update(colour="red"))


def _unknown_licence_material(folder: Path) -> None:
    _edit(
        folder,
        "categories",
        lambda d: d["industries"][0]["licences"][0].update(material="no_such_entry"),
    )


def _invalid_json(folder: Path) -> None:
    (folder / "filing.json").write_text('{"types": [', encoding="utf-8")


def _uncertain_without_reason(folder: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["certification"]["uncertain"] = True
        d["certification"].pop("uncertainty", None)

    _edit(folder, "verification", change)


def _edit(folder: Path, name: str, change: Callable[[dict[str, Any]], Any]) -> None:
    path = folder / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


BREAKAGES = [
    _delete_required_key,
    _add_unknown_key,
    _unknown_licence_material,
    _invalid_json,
    _uncertain_without_reason,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__.strip("_") for b in BREAKAGES])
def test_a_broken_pack_is_refused(tmp_path: Path, breakage: Callable[[Path], None]) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    load_rules_from(folder)  # the untouched copy is fine
    breakage(folder)
    with pytest.raises(RulesError):
        load_rules_from(folder)


def test_described_public_sources_are_used_and_marked_official_only_when_they_are(
    rules: Rules,
) -> None:
    """The 2026-11 review's sources (reference §L) are described in pack.sources with whether
    they are official pages (§0.3); a secondary page is never marked official."""
    used = {s for e in sourced_entries(rules) for s in e.source}
    for key, info in rules.pack.sources.items():
        if SEED_NAME.match(key):
            continue
        assert key in used, f"{key} is described but no rule uses it"
        assert info.url == key
        official = any(host in key for host in OFFICIAL_HOSTS) and "/community/" not in key
        assert (info.kind == "official") == official, key
