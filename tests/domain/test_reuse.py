"""People and subjects from other cases: matched by name, ID, phone or code; empty fields filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mpreg_desktop.domain.assist.reuse import admin_uses, edits, offered_at, offers
from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.library.summary import summarise


def _other(name: str, tmp: Path):
    case = new_case(name)
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    case.subject.legal_rep.name = "王五"
    case.filing.address = "科技园南区 8 号"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003074514", "13800138000"
    admin.email, admin.id_valid_from, admin.id_long_term = "z@x.cn", date(2016, 3, 1), True
    return summarise(case, tmp / f"{name}.mpreg", load_rules(), WorkdayCalendar())


def test_a_person_is_offered_by_name_id_or_phone_and_fills_only_empty_fields(tmp_path):
    others = [_other("甲", tmp_path), _other("乙", tmp_path)]
    by_name = offers("person", "name", "张三", others)
    assert len(by_name) == 1 and by_name[0].cases == ("甲", "乙")
    assert offers("person", "id_number", "110101199003074514", others)
    assert offers("person", "phone", "+86 138 0013 8000", others)
    assert not offers("person", "name", "张", others)  # one character is not a match yet
    assert not offers("person", "phone", "13900000000", others)
    case = new_case("new")
    case.filing.subject_principal.phone = "13911112222"  # typed by the user: kept
    changes = dict(edits(case, by_name[0], "filing.subject_principal"))
    assert changes["filing.subject_principal.id_number"] == "110101199003074514"
    assert changes["filing.subject_principal.id_valid_from"] == date(2016, 3, 1)
    assert changes["filing.subject_principal.id_long_term"] is True
    assert "filing.subject_principal.phone" not in changes
    uses = admin_uses(by_name[0], others, load_rules())
    assert uses == [("id", 2, 5), ("phone", 2, 5)]


def test_a_subject_is_offered_by_name_or_code_with_its_details(tmp_path):
    others = [_other("甲", tmp_path)]
    found = offers("subject", "code", "914403001922038216", others)
    assert len(found) == 1
    changes = dict(edits(new_case("x"), found[0]))
    assert changes["subject.legal_rep.name"] == "王五"
    assert changes["filing.address"] == "科技园南区 8 号"
    assert changes["subject.type"] == "enterprise"
    assert offers("subject", "name", "深圳市星光", others)


def test_which_fields_offer():
    assert offered_at("account.admin.id_number") == ("person", "id_number", "account.admin")
    assert offered_at("subject.code") == ("subject", "code", "")
    assert offered_at("account.admin.email") is None
    assert offered_at("mini_program.name") is None
