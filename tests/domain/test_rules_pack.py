"""Each fact once in the rules pack: placeholders filled at load time, complete validation of any
pack (the built-in folder or a bundle file), lookups that say what they did not find."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Case,
    Subject,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import Rules, RulesError, Text, UnknownRuleId, load_rules_from
from mpreg_desktop.domain.rules.pack import (
    BUNDLE_VERSION,
    builtin_parts,
    bundle_bytes,
    fill_placeholders,
    parts_from_bundle,
    read_pack_file,
)
from mpreg_desktop.domain.workdays import WorkdayCalendar

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = ROOT / "resources" / "rules"


def copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[dict[str, Any]], Any]) -> None:
    path = folder / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def by_id(items: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(i for i in items if i["id"] == key)


def texts(rules: Rules) -> list[Text]:
    from tests.domain.test_rules import walk

    return [m for m in walk(rules) if isinstance(m, Text)]


def raw_texts(parts: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, string) for every string of the raw parts."""
    found = []

    def walk(value: Any, at: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{at}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{at}[{index}]")
        elif isinstance(value, str):
            found.append((at, value))

    walk(parts, "")
    return found


# --- one fact, one place -------------------------------------------------------------------------


def test_a_fee_and_the_transfer_deadline_changed_in_one_place_reach_every_text_and_check(
    tmp_path: Path,
) -> None:
    before = load_rules_from(RULES_DIR)
    folder = copy_pack(tmp_path)

    def change(d: dict[str, Any]) -> None:
        by_id(d["types"], "enterprise")["certification_fee_yuan"] = 350

    edit(folder, "subjects", change)
    edit(
        folder,
        "verification",
        lambda d: by_id(d["methods"], "bank_transfer")["deadline"].update(max=12),
    )
    after = load_rules_from(folder)

    # Every text naming the enterprise fee or the transfer deadline changed, nothing else did.
    old, new = texts(before), texts(after)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    fee_texts = [b for _, b in changed if "350" in b.zh]
    day_texts = [b for _, b in changed if re.search(r"12\s*天", b.zh)]
    assert len(fee_texts) >= 5 and len(day_texts) >= 4
    assert len(changed) == len(set(map(id, fee_texts)) | set(map(id, day_texts)))
    for _, text in changed:
        assert "350" in text.en or re.search(r"\b12 days", text.en), text.en
    assert "350" in after.subjects.get("enterprise").certification_note.zh
    assert "企业350元" in after.checklist.entry("wechat_certification_apply").why.zh

    # The checklist the user reads and the timeline's deadline follow.
    case = new_case("fee")
    case.subject = Subject(type=SubjectType.ENTERPRISE)
    case.verification.method = VerificationMethod.BANK_TRANSFER
    item = {i.id: i for i in build_checklist(case, after)}["bank_transfer_pay"]
    assert "12天" in item.why.zh
    case.verification.bank_transfer.submitted_on = date(2026, 11, 2)
    now = datetime(2026, 11, 3, 9, tzinfo=SHANGHAI)

    def pay_due(rules: Rules) -> date:
        items = build_timeline(case, rules, WorkdayCalendar(), now)
        return next(i for i in items if i.code == "bank_transfer.pay").due.date()

    assert (pay_due(after) - pay_due(before)).days == 2


FEE_IN_WORDS = re.compile(r"(?<![\d.])(\d+)\s*(?:元|-?yuan)")


def test_no_fee_is_written_in_prose() -> None:
    """A fee in a text must come from its field; quoted claims of sources are the exception."""
    parts = builtin_parts()
    fees = {str(t["certification_fee_yuan"]) for t in parts["subjects"]["types"]} - {"0"}
    for where, text in raw_texts(parts):
        if "contradictions" in where:
            continue  # what the sources claim, kept in their words
        unquoted = re.sub(r"「[^」]*」|'[^']*'", "", text)
        for match in FEE_IN_WORDS.finditer(unquoted):
            assert match.group(1) not in fees, f"{where}: {text}"


def test_the_id_validity_margin_is_written_in_its_field_only() -> None:
    """「证件有效期须大于1个月」 was written in seven texts: they name the field now, so a change of
    the margin reaches every one; quoted claims of sources keep their words."""
    parts = builtin_parts()
    margin = parts["filing"]["id_validity_margin"]["max"]
    written = re.compile(rf"(?:大于|超过){margin}个月|more than {margin} month|one month")
    for where, text in raw_texts(parts):
        unquoted = re.sub(r"「[^」]*」", "", text)
        if "id_validity_margin" in where:
            continue  # the field's own note quotes the source
        assert not written.search(unquoted), f"{where}: {text}"
    rules = load_rules_from(RULES_DIR)
    filled = [
        r.text.zh for r in rules.filing.certificate_rules if r.id == "validity_over_one_month"
    ]
    assert filled == [f"证件有效期须大于{margin}个月。"]


def test_braces_that_are_not_placeholders_survive() -> None:
    rules = load_rules_from(RULES_DIR)
    notes = " ".join(n.text.en for n in rules.identifiers.notes)
    assert "{province}ICP备{number}号" in notes
    assert r"\d{8,10}" in notes


# --- a broken pack is refused with its reasons ---------------------------------------------------


def _unknown_placeholder(folder: Path) -> None:
    edit(
        folder,
        "subjects",
        lambda d: d["types"][0]["label"].update(zh="个人{no_such_fee}"),
    )


def _done_when_not_in_a_case(folder: Path) -> None:
    edit(
        folder,
        "checklist",
        lambda d: by_id(d["entries"], "activate_email").update(done_when="account.activated_at"),
    )


def _unknown_timeline_code(folder: Path) -> None:
    edit(
        folder,
        "checklist",
        lambda d: by_id(d["entries"], "bank_transfer_pay").update(deadline="bank_transfer.paid"),
    )


def _duplicate_category(folder: Path) -> None:
    edit(folder, "categories", lambda d: d["categories"].append(d["categories"][0]))


def _filing_type_missing(folder: Path) -> None:
    edit(folder, "filing", lambda d: d["types"].__setitem__(2, d["types"][1]))


def _undescribed_source(folder: Path) -> None:
    edit(
        folder,
        "naming",
        lambda d: d["forbidden_keywords"][0].update(source=["999_0123456789abcdef.txt"]),
    )


def _entry_the_app_names_removed(folder: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["entries"] = [e for e in d["entries"] if e["id"] != "personal_id"]

    edit(folder, "checklist", change)


REFUSED = {
    _unknown_placeholder: "{no_such_fee}",
    _done_when_not_in_a_case: "account.activated_at",
    _unknown_timeline_code: "bank_transfer.paid",
    _duplicate_category: "duplicate category",
    _filing_type_missing: "no rule for the filing type 'cancel'",
    _undescribed_source: "999_0123456789abcdef.txt",
    _entry_the_app_names_removed: "'personal_id'",
}


@pytest.mark.parametrize("breakage", REFUSED, ids=[b.__name__.strip("_") for b in REFUSED])
def test_a_pack_that_names_what_does_not_exist_is_refused_with_the_reason(
    tmp_path: Path, breakage: Callable[[Path], None]
) -> None:
    folder = copy_pack(tmp_path)
    breakage(folder)
    with pytest.raises(RulesError) as caught:
        load_rules_from(folder)
    assert REFUSED[breakage] in str(caught.value)
    assert caught.value.reasons


def test_placeholders_name_fields_near_or_from_the_root() -> None:
    parts = {
        "pack": {},
        "subjects": {
            "types": [{"id": "a", "fee": 30, "note": {"zh": "费用{fee}元", "en": "{fee} yuan"}}],
            "note": "{types.a.fee} / {verification.days} / {{x}}",
        },
        "verification": {"days": 10},
    }
    parts |= {name: {} for name in ("registration", "naming", "categories")}
    parts |= {name: {} for name in ("checklist", "filing", "identifiers")}
    filled, errors = fill_placeholders(parts)
    assert errors == []
    assert filled["subjects"]["types"][0]["note"] == {"zh": "费用30元", "en": "30 yuan"}
    assert filled["subjects"]["note"] == "30 / 10 / {x}"
    assert parts["subjects"]["note"].startswith("{types")  # the raw parts are left alone


# --- the bundle file -----------------------------------------------------------------------------


def test_a_bundle_round_trips_and_a_newer_format_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "pack.json"
    bundle.write_bytes(bundle_bytes(builtin_parts()))
    assert read_pack_file(bundle) == load_rules_from(RULES_DIR)
    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["format_version"] = BUNDLE_VERSION + 1
    with pytest.raises(RulesError, match="newer version of the app"):
        parts_from_bundle(json.dumps(data).encode())
    with pytest.raises(RulesError, match="not a rules pack"):
        parts_from_bundle(b'{"format": "mpreg-case"}')
    with pytest.raises(RulesError, match="not a JSON file"):
        parts_from_bundle(b"PK\x03\x04")
    del data["filing"]
    data["format_version"] = BUNDLE_VERSION
    with pytest.raises(RulesError, match="missing part 'filing'"):
        parts_from_bundle(json.dumps(data).encode())


# --- lookups -------------------------------------------------------------------------------------


def test_lookups_by_an_unknown_id_say_what_they_did_not_find() -> None:
    rules = load_rules_from(RULES_DIR)
    for lookup in (
        rules.subjects.get,
        rules.registration.route,
        rules.verification.method,
        rules.filing.stage,
    ):
        with pytest.raises(UnknownRuleId, match="'gone'"):
            lookup("gone")
    assert rules.subjects.find("gone") is None
    assert rules.registration.find_route("gone") is None
    assert rules.verification.find_method("gone") is None
    assert rules.filing.find_stage("gone") is None
    assert rules.filing.find_type("gone") is None
    assert rules.categories.category("gone") is None
    assert rules.subjects.find("enterprise") is rules.subjects.get("enterprise")
    assert isinstance(Case(), Case)


def test_stored_ids_the_pack_no_longer_knows_are_flagged_not_dropped() -> None:
    from mpreg_desktop.domain.checks.case_checks import check_case

    rules = load_rules_from(RULES_DIR)
    case = new_case("ids")
    case.mini_program.categories = ["retired_category"]
    case.filing.service_content_types = ["retired_type"]
    found = {(p.code, p.severity) for p in check_case(case, rules)}
    assert ("mini_program.categories.unknown", "warning") in found
    assert ("filing.service_content_types.unknown", "warning") in found
    assert case.filing.service_content_types == ["retired_type"]


def test_the_diff_names_removed_added_and_changed_entries_and_part_values() -> None:
    from mpreg_desktop.domain.rules.diff import diff_packs, summary_lines
    from mpreg_desktop.domain.rules.pack import build_rules

    parts = json.loads(json.dumps(builtin_parts()))
    parts["pack"]["edition"] = "2027-02-01"
    removed = parts["categories"]["categories"].pop(0)
    parts["categories"]["max_categories"] = 6
    stage = by_id(parts["filing"]["stages"], "authority_review")
    stage["duration"]["max"] = 25
    new = build_rules(parts, "test")
    result = diff_packs(load_rules_from(RULES_DIR), new)
    kinds = {(c.kind, c.where, c.key) for c in result.changes}
    assert ("removed", "categories.categories", removed["id"]) in kinds
    assert ("changed", "categories", "") in kinds
    assert ("changed", "filing.stages", "authority_review") in kinds
    lines = summary_lines(result, "zh_CN")
    assert lines[0].endswith("版 → 2027-02-01 版")
    assert any("类目规则" in line and "max_categories: 5 → 6" in line for line in lines)
    assert any("duration.max: 20 → 25" in line for line in lines)
    assert diff_packs(new, new).changes == []


def test_review_times_and_the_annual_review_window_are_written_once(tmp_path: Path) -> None:
    """The filing's review times and the 年审 window live in their durations; texts follow."""
    folder = copy_pack(tmp_path)

    def change(d: dict[str, Any]) -> None:
        by_id(d["stages"], "platform_review")["duration"].update(max=3)
        by_id(d["stages"], "authority_review")["duration"].update(max=25)

    edit(folder, "filing", change)
    edit(
        folder,
        "verification",
        lambda d: d["certification"]["annual_review_window"].update(max=60),
    )
    after = load_rules_from(folder)
    joined = "\n".join(t.zh + "\n" + t.en for t in texts(after))
    assert not re.search(r"1–2(?!\d)|1–20(?!\d)|最后90天", joined)
    assert "1–3个工作日内完成初审" in joined and "1–25个工作日内完成审核" in joined
    assert "最后60天内申请年审" in joined and "last 60 days" in joined
