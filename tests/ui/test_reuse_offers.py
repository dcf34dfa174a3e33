"""Typing a known person's ID brings up the offer; accepting it fills the rest in one edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.library.summary import summarise
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.reuse_offers import ROLE_OFFER
from mpreg_desktop.ui.steps.subject.page import SubjectPage
from tests.ui.helpers import type_text


def test_a_person_from_another_case_is_offered_and_filled(qtbot, tmp_path: Path):
    other = new_case("旧案例")
    other.subject.type = SubjectType.ENTERPRISE
    admin = other.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003074514", "13800138000"
    admin.email, admin.id_valid_from = "z@x.cn", date(2016, 3, 1)
    rules = load_rules()
    doc = CaseDocument(new_case("新案例"), rules=rules)
    doc.set_others([summarise(other, tmp_path / "旧.mpreg", rules, WorkdayCalendar())])
    page = SubjectPage(doc)
    qtbot.addWidget(page)
    binding = page.binding_for("account.admin.id_number")
    type_text(binding.edit, "110101199003074514")
    offers = binding.reuse
    assert offers.model.rowCount() == 1
    assert "张三" in offers.model.item(0).text() and "旧案例" in offers.model.item(0).text()
    assert "110101199003074514" not in offers.model.item(0).text()  # masked in the list
    offers.accept(offers.model.item(0).data(ROLE_OFFER))
    case = doc.case
    assert case.account.admin.name == "张三" and case.account.admin.phone == "13800138000"
    assert case.account.admin.email == "z@x.cn"
    assert "administers 1 other cases (at most 5)" in offers.message
    doc.undo_stack.undo()  # one step back takes the whole offer back
    assert case.account.admin.phone == "" and case.account.admin.name == ""
