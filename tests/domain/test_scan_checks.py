"""The case cross-checked with what its scans say, and what a scan offers to fill."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mpreg_desktop.domain.assist.scan_reading import LONG_TERM, Reading
from mpreg_desktop.domain.case import Attachment, MaterialItem, SubjectType, new_case
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.checks.scans import fillable
from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.domain.rules.model import load_rules

LICENCE_SHA, FRONT_SHA, BACK_SHA = "a" * 64, "b" * 64, "c" * 64
READINGS = {
    LICENCE_SHA: Reading(
        "licence",
        {
            "name": "杭州青禾科技有限公司",
            "code": "91330106MA2B3C4D5E",
            "type": "有限责任公司（自然人投资或控股）",
            "legal_rep": "王伟",
            "address": "西湖区文三路1号",
            "term_from": "2019-03-02",
            "term_until": LONG_TERM,
        },
    ),
    FRONT_SHA: Reading("id_card", {"name": "王伟", "id_number": "11010519491231002X"}),
    BACK_SHA: Reading("id_card", {"valid_from": "2016-01-05", "valid_until": "2026-12-20"}),
}


def attachment(sha: str) -> Attachment:
    return Attachment(path=f"{sha[0]}.jpg", size=1000, sha256=sha, added=datetime.now(UTC))


def scanned_case():
    case = new_case("青禾")
    case.subject.type = SubjectType.ENTERPRISE
    case.materials = [
        MaterialItem(key="business_licence", attachments=[attachment(LICENCE_SHA)]),
        MaterialItem(key="legal_rep_id", attachments=[attachment(FRONT_SHA), attachment(BACK_SHA)]),
    ]
    return case


def problems(case, readings=READINGS):
    found = check_case(case, load_rules(), today=date(2026, 11, 27), readings=readings)
    return {p.code: p for p in found if p.code.startswith(("scan.", "id_document"))}


def test_a_name_one_character_off_names_the_licence() -> None:
    case = scanned_case()
    case.subject.name = "杭州青禾科技有限工司"
    found = problems(case)["scan.name_differs"]
    assert (found.severity, found.path) == ("error", "subject.name")
    assert (
        problem_text(found, load_rules(), "zh")
        == "名称与营业执照不一致：执照为「杭州青禾科技有限公司」"
    )
    assert "licence says" in problem_text(found, load_rules(), "en")


def test_matching_fields_give_no_problem_and_brackets_spaces_do_not_matter() -> None:
    case = scanned_case()
    case.subject.name = "杭州青禾科技 有限公司"
    case.subject.code = "91330106MA2B3C4D5E"
    case.subject.legal_rep.name = "王伟"
    case.subject.legal_rep.id_number = "11010519491231002X"
    assert [c for c in problems(case) if c.startswith("scan.")] == []
    assert "scan.name_differs" not in problems(case, {})  # without readings nothing is compared


def test_code_person_and_id_number_mismatches() -> None:
    case = scanned_case()
    case.subject.code = "91330106MA2B3C4D6E"
    case.subject.legal_rep.name = "王玮"
    case.subject.legal_rep.id_number = "110105194912310038"
    found = problems(case)
    assert found["scan.code_differs"].params == {"scan": "91330106MA2B3C4D5E"}
    assert found["scan.legal_rep_differs"].severity == "warning"
    assert found["scan.id_name_differs"].path == "subject.legal_rep.name"
    shown = found["scan.id_number_differs"].params["scan"]
    assert "11010519491231002X" not in shown  # a personal number is never shown whole


def test_licence_type_against_subject_type() -> None:
    case = scanned_case()
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    assert problems(case)["scan.type_mismatch"].params["scan"].startswith("有限责任公司")
    case.subject.type = SubjectType.ENTERPRISE
    assert "scan.type_mismatch" not in problems(case)


def test_the_scanned_id_validity_feeds_the_filing_validity_check() -> None:
    case = scanned_case()
    found = problems(case)["id_document.expires"]
    assert found.params["until"] == "2026-12-20"
    case.materials[1].long_term = True  # what the user recorded wins over the scan
    assert "id_document.expires" not in problems(case)


def test_unreadable_identifiers_are_said() -> None:
    readings = dict(READINGS)
    readings[FRONT_SHA] = Reading("id_card", {"name": "王伟"}, unreadable=("id_number",))
    assert problems(scanned_case(), readings)["scan.id_number_unreadable"].severity == "warning"


def test_fillable_offers_only_empty_fields() -> None:
    case = scanned_case()
    case.subject.name = "已填写的名称"
    offered = dict(fillable(case, READINGS))
    assert "subject.name" not in offered
    assert offered["subject.code"] == "91330106MA2B3C4D5E"
    assert offered["subject.legal_rep.name"] == "王伟"
    assert offered["subject.legal_rep.id_number"] == "11010519491231002X"
    assert offered["materials[business_licence].long_term"] is True
    assert offered["materials[legal_rep_id].valid_until"] == date(2026, 12, 20)
    assert offered["subject.legal_rep.id_valid_until"] == date(2026, 12, 20)
    for path in offered:
        get_path(case, path)  # every offered path names a real field


def test_every_field_a_scan_fills_has_a_name() -> None:
    from mpreg_desktop.domain.messages import field_label

    for path, _value in fillable(scanned_case(), READINGS):
        if not path.startswith("materials["):  # named with their material by the dialog
            assert field_label(path, "zh") != path, path
