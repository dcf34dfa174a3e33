"""Fields that follow an edit (domain/flow/linked.py): nothing typed twice."""

from __future__ import annotations

from datetime import date

from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.domain.flow.linked import linked_edits
from mpreg_desktop.domain.rules.model import load_rules

RULES = load_rules()


def noodle_shop():
    case = new_case("兰州拉面")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    case.subject.legal_rep.name = "马小军"
    case.subject.legal_rep.id_number = "11010519491231002X"
    case.subject.legal_rep.id_valid_until = date(2035, 1, 1)
    return case


def test_ticking_same_person_copies_the_legal_reps_identity() -> None:
    case = noodle_shop()
    case.filing.subject_principal_is_legal_rep = False
    edits = dict(linked_edits(case, RULES, "filing.subject_principal_is_legal_rep", True))
    assert edits["filing.subject_principal.name"] == "马小军"
    assert edits["filing.subject_principal.id_number"] == "11010519491231002X"
    assert edits["filing.subject_principal.id_valid_until"] == date(2035, 1, 1)


def test_ticking_with_only_the_principal_filled_copies_the_other_way() -> None:
    case = new_case("x")
    case.filing.subject_principal_is_legal_rep = False
    case.filing.subject_principal.name = "李四"
    edits = dict(linked_edits(case, RULES, "filing.subject_principal_is_legal_rep", True))
    assert edits == {"subject.legal_rep.name": "李四"}


def test_while_ticked_either_side_edits_both() -> None:
    case = noodle_shop()
    assert linked_edits(case, RULES, "subject.legal_rep.id_number", "X") == [
        ("filing.subject_principal.id_number", "X")
    ]
    assert linked_edits(case, RULES, "filing.subject_principal.name", "马大军")[0] == (
        "subject.legal_rep.name",
        "马大军",
    )
    case.filing.subject_principal_is_legal_rep = False
    assert linked_edits(case, RULES, "subject.legal_rep.id_number", "X") == []
    assert linked_edits(case, RULES, "subject.legal_rep.phone", "138") == []  # not identity


def test_face_check_name_is_prefilled_and_follows() -> None:
    case = noodle_shop()
    edits = linked_edits(case, RULES, "verification.method", VerificationMethod.LEGAL_REP_FACE)
    assert ("verification.face.name", "马小军") in edits
    case.verification.face.name = "马小军"
    assert ("verification.face.name", "马大军") in linked_edits(
        case, RULES, "subject.legal_rep.name", "马大军"
    )
    case.verification.face.name = "别人"  # typed by hand: kept
    assert all(
        p != "verification.face.name"
        for p, _ in linked_edits(case, RULES, "subject.legal_rep.name", "马大军")
    )


def test_a_one_option_choice_is_made() -> None:
    case = new_case("x")
    fitting = [
        t.id
        for t in RULES.filing.subject_certificate_types
        if t.subject_types is None or SubjectType.INDIVIDUAL_BUSINESS in t.subject_types
    ]
    assert len(fitting) == 1  # 个体工商户: 营业执照 only
    edits = linked_edits(case, RULES, "subject.type", SubjectType.INDIVIDUAL_BUSINESS)
    assert ("filing.certificate_type", fitting[0]) in edits
