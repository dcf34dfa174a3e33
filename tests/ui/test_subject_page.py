"""Step 1 主体选择 as a user drives it: questions, recommendation, 采用建议, comparison, route."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from mpreg_desktop.domain.case import Route, Step, SubjectType, new_case
from mpreg_desktop.domain.rules.provenance import UNCONFIRMED, is_official_url, shown_sources
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.steps.subject.compare import SubjectCompareDialog
from tests.ui.helpers import type_text


@pytest.fixture
def personal_path(tmp_path: Path) -> Path:
    case = new_case("张三的工具")
    case.subject.type = SubjectType.PERSONAL
    path = tmp_path / "工具.mpreg"
    write_case(path, case)
    return path


@pytest.fixture
def page(window, personal_path: Path):
    assert window.open_case_file(personal_path)
    return window.case_view.pages[Step.SUBJECT]


def choose(binding, value) -> None:
    """Pick the option holding ``value`` as a user would (the combo's activated signal)."""
    index = next(i for i, (_, v) in enumerate(binding._options) if v == value)
    binding.combo.setCurrentIndex(index)
    binding.combo.activated.emit(index)


def answer(page, *, organisation=None, licence=None, **needs: bool) -> None:
    guide = page.guide
    if organisation is not None:
        choose(guide.is_organisation, organisation)
    if licence is not None:
        choose(guide.has_licence, licence)
    for need, wanted in needs.items():
        binding = guide.official_account if need == "oa" else guide.needs[need]
        if binding.check.isChecked() != wanted:
            binding.check.click()


def problem_codes(window) -> list[str]:
    view = window.docks["problems"].widget()
    return [
        view.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).code
        for i in range(view.topLevelItemCount())
    ]


def test_unanswered_questions_give_no_recommendation(page) -> None:
    view = page.guide.view
    assert page.document.case.subject.needs.is_organisation is None
    assert page.guide.is_organisation.combo.currentText() == "Not answered"
    assert view.recommendation.subject_type is None
    assert "No recommendation yet" in view.headline.text()
    assert not view.adopt_button.isEnabled()


def test_person_needing_wechat_pay_is_told_why(window, page) -> None:
    view = page.guide.view
    answer(page, organisation=False, licence=False)
    assert view.recommendation.subject_type == SubjectType.PERSONAL
    assert "Recommendation: Individual" in view.headline.text()

    answer(page, wechat_pay=True)
    assert page.document.case.subject.needs.wechat_pay is True
    assert view.recommendation.subject_type == SubjectType.INDIVIDUAL_BUSINESS
    assert "Recommendation: Individual business" in view.headline.text()
    assert "Other options: Enterprise" in view.headline.text()
    assert (
        "Individual subjects cannot use WeChat Pay: get a licence as Individual business first, "
        "or register as Enterprise" in view.reasons.text()
    )
    fee = page.document.rules.subjects.get(SubjectType.INDIVIDUAL_BUSINESS).certification_fee_yuan
    # L.1 (2026-11 review): an individual business needs 认证 before its filing.
    assert f"WeChat certification is required, {fee} yuan a year" in view.reasons.text()
    # The type stays 个人 until the user acts: the problems dock says what it cannot do.
    assert page.document.case.subject.type == SubjectType.PERSONAL
    assert "subject.needs.unsupported" in problem_codes(window)
    assert view.indicator.isVisibleTo(page)
    assert "You chose Individual; the recommendation is Individual business" in (
        view.indicator.text()
    )
    assert view.adopt_button.isEnabled()


def test_every_reason_links_to_its_sources(page) -> None:
    answer(page, organisation=False, licence=False, wechat_pay=True)
    label = page.guide.view.reasons
    count = len(page.guide.view.recommendation.reasons)
    assert label.text().count('href="source:') == count
    capability = page.document.rules.subjects.get(SubjectType.PERSONAL).capabilities["wechat_pay"]
    tip = label.sources_tip(0)
    for shown in shown_sources(capability.source, page.document.rules, "en"):
        assert shown.title in tip
    # Research provenance (addresses of non-official pages, seed file names) is never shown.
    assert not any(s in tip for s in capability.source if not is_official_url(s))


def test_adopt_sets_the_type_in_one_undo_step(window, page) -> None:
    answer(page, organisation=False, licence=False, wechat_pay=True)
    doc = page.document
    stack_size = doc.undo_stack.count()
    page.guide.view.adopt_button.click()
    assert doc.case.subject.type == SubjectType.INDIVIDUAL_BUSINESS
    assert doc.undo_stack.count() == stack_size + 1
    assert "matches the recommendation" in page.guide.view.indicator.text()
    assert not page.guide.view.adopt_button.isEnabled()
    assert "subject.needs.unsupported" not in problem_codes(window)
    type_combo = page.binding_for("subject.type").combo
    assert type_combo.currentText() == "Individual business"

    window.undo_action.trigger()
    assert doc.case.subject.type == SubjectType.PERSONAL
    assert doc.case.subject.needs.wechat_pay is True  # the answers are separate steps
    assert type_combo.currentText() == "Individual"
    window.redo_action.trigger()
    assert doc.case.subject.type == SubjectType.INDIVIDUAL_BUSINESS


def test_override_is_allowed_and_shown(page) -> None:
    answer(page, organisation=False, licence=False, wechat_pay=True)
    page.guide.view.adopt_button.click()
    choose(page.binding_for("subject.type"), SubjectType.ENTERPRISE)
    assert page.document.case.subject.type == SubjectType.ENTERPRISE
    assert "You chose Enterprise; the recommendation is Individual business" in (
        page.guide.view.indicator.text()
    )


def test_adopt_takes_the_fast_route_with_a_certified_official_account(window, page) -> None:
    answer(page, organisation=True, licence=True, oa=True)
    view = page.guide.view
    assert view.recommendation.subject_type == SubjectType.ENTERPRISE
    assert view.recommendation.route == Route.OFFICIAL_ACCOUNT
    view.adopt_button.click()
    subject = page.document.case.subject
    assert (subject.type, subject.route) == (SubjectType.ENTERPRISE, Route.OFFICIAL_ACCOUNT)
    window.undo_action.trigger()
    assert (subject.type, subject.route) == (SubjectType.PERSONAL, Route.OFFICIAL_SITE)


def test_organisation_without_licence_is_left_to_choose(page) -> None:
    answer(page, organisation=True, licence=False)
    view = page.guide.view
    assert view.recommendation.subject_type is None
    assert "Choose among: Media, Government, Other organisation" in view.headline.text()
    assert "these questions cannot tell which" in view.reasons.text()
    assert not view.adopt_button.isEnabled()
    choose(page.binding_for("subject.type"), SubjectType.GOVERNMENT)
    assert "one of the candidates" in view.indicator.text()


def test_compare_dialog_shows_the_six_types_from_the_rules(page, monkeypatch) -> None:
    opened: list[SubjectCompareDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    page.guide.view.compare_button.click()
    assert len(opened) == 1
    table = opened[0].table
    assert table.columnCount() == 6
    rules = page.document.rules
    ids = [table.horizontalHeaderItem(c).data(Qt.ItemDataRole.UserRole) for c in range(6)]
    assert ids == [t.id.value for t in rules.subjects.types]
    fee_row = next(
        r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text().startswith("Cert")
    )
    fees = {ids[c]: table.item(fee_row, c).data(Qt.ItemDataRole.UserRole) for c in range(6)}
    assert fees["enterprise"] == 300
    assert fees["individual_business"] == 30
    assert fees["government"] == 0
    assert fees == {t.id.value: t.certification_fee_yuan for t in rules.subjects.types}
    assert table.item(fee_row, ids.index("government")).text() == "0 (free)"
    # Capabilities: 个人 cannot take WeChat Pay, with the rule's note as tooltip.
    pay_row = next(
        r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == "WeChat Pay"
    )
    cell = table.item(pay_row, ids.index("personal"))
    assert cell.text() == "Not supported"
    note = rules.subjects.get(SubjectType.PERSONAL).capabilities["wechat_pay"].note
    assert note.en in cell.toolTip()
    # Uncertain rules are marked once, plainly; where research sources disagree is not shown.
    ads_row = next(
        r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text().startswith("Ads")
    )
    assert "not officially confirmed" in table.item(ads_row, 0).text()
    tips = [table.item(r, c).toolTip() for r in range(table.rowCount()) for c in range(6)]
    assert UNCONFIRMED.en in "".join(tips)
    assert not any(n.text.en[:40] in "".join(tips) for n in rules.subjects.contradictions)
    # L.6: the per-subject quotas come from a pre-2023 source and are marked unconfirmed.
    limit_cell = next(
        table.item(r, ids.index("enterprise"))
        for r in range(table.rowCount())
        if "at most" in table.item(r, ids.index("enterprise")).text()
    )
    assert "not officially confirmed" in limit_cell.text()
    assert "pre-2023" in limit_cell.toolTip()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_compare_dialog_fits_a_small_screen(qapp, page) -> None:
    dialog = SubjectCompareDialog(page.document.rules)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width()
    assert dialog.height() <= available.height()
    dialog.deleteLater()


def test_route_conditions_follow_the_case(page) -> None:
    details = page.route_details
    assert details.status_of("any_subject") == "met"  # 官网注册 takes every type
    choose(page.binding_for("subject.route"), Route.OFFICIAL_ACCOUNT)
    assert details.status_of("certified_account") == "unmet"
    assert details.status_of("account_type") == "unmet"  # 个人 cannot take this route
    assert details.status_of("monthly_limit") == "info"
    limit = page.document.rules.registration.route(Route.OFFICIAL_ACCOUNT).monthly_limit
    assert f"At most {limit} mini programs a month" in details.details.text()
    assert "✗" in details.details.text()

    answer(page, oa=True)
    assert details.status_of("certified_account") == "met"
    choose(page.binding_for("subject.type"), SubjectType.ENTERPRISE)
    assert details.status_of("account_type") == "met"
    assert "✗" not in details.details.text()
    assert "not officially confirmed" in details.details.text()  # the route may have changed
    page.document.undo_stack.undo()
    assert details.status_of("account_type") == "unmet"


def test_official_site_button_opens_the_platform(page, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    page.route_details.site_button.click()
    assert opened == ["https://mp.weixin.qq.com/"]


def test_name_counter_counts_chinese_twice_as_typed(page) -> None:
    binding = page.binding_for("mini_program.name")
    type_text(binding.edit, "星光")
    assert page.name_counter.text().startswith("Length 4 of 4–30")
    type_text(binding.edit, "最佳")
    assert page.name_counter.text().startswith("Length 8 of")
    assert binding.message.isVisibleTo(page)  # the superlative is flagged while typing
    assert page.name_counter.isVisibleTo(page)  # and the counter stays


def test_changing_the_type_brings_the_sub_kind_along(window, page) -> None:
    doc = page.document
    choose(page.binding_for("subject.type"), SubjectType.ENTERPRISE)
    choose(page.binding_for("subject.sub_kind"), "enterprise_legal_person")
    before = doc.undo_stack.count()
    choose(page.binding_for("subject.type"), SubjectType.MEDIA)
    assert (doc.case.subject.type, doc.case.subject.sub_kind) == (SubjectType.MEDIA, "")
    assert doc.undo_stack.count() == before + 1  # type and sub-kind in one step
    choose(page.binding_for("subject.type"), SubjectType.PERSONAL)
    only = page.document.rules.subjects.get(SubjectType.PERSONAL).sub_kinds
    assert len(only) == 1
    assert doc.case.subject.sub_kind == only[0].id  # nothing to choose: taken
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert doc.case.subject.sub_kind == "enterprise_legal_person"


def test_code_kind_stays_shown_with_its_problems(page) -> None:
    choose(page.binding_for("subject.type"), SubjectType.ENTERPRISE)
    binding = page.binding_for("subject.code")
    type_text(binding.edit, "924403001922038217")  # a 个体工商户 code, wrong check character
    assert page.code_kind.isVisibleTo(page)
    assert page.code_kind.text().startswith("Recognised as a unified social credit code (18)")
    label = page.document.rules.identifiers.uscc_category("92").label.en
    assert f"it starts with 92: {label}" in page.code_kind.text()
    assert binding.message.isVisibleTo(page)  # the checksum problem shows underneath


def test_one_fact_one_message_for_a_short_name(page) -> None:
    """「面」 is too short: one line says so, not a second one calling it allowed."""
    binding = page.binding_for("mini_program.name")
    type_text(binding.edit, "面")
    lines = binding.message.text().splitlines()
    assert len(lines) == 1 and "at least 4" in lines[0]


def test_a_code_length_problem_waits_for_the_user_to_leave_the_field(window, page) -> None:
    """No flashing "has 7 characters" on every keystroke of a USCC: it shows on leaving."""
    choose(page.binding_for("subject.type"), SubjectType.ENTERPRISE)
    binding = page.binding_for("subject.code")
    type_text(binding.edit, "9144030")
    assert page.document.case.subject.code == "9144030"  # the edit went through
    assert "7 characters" not in binding.message.text() or not binding.message.isVisibleTo(page)

    def length_problems() -> list:
        return [p for p in page.document.derived().problems if p.code.endswith(".length")]

    # Not in the problems dock, the header's count or the tab's either (they all ask the document).
    assert length_problems() == []
    binding.edit.editingFinished.emit()  # focus leaves (or Return)
    assert binding.message.isVisibleTo(page) and "7 characters" in binding.message.text()
    assert [p.path for p in length_problems()] == ["subject.code"]
    # Typing on, the complete code shows a wrong check digit at once (not a length problem).
    type_text(binding.edit, "0MA5DXXX0X1")
    assert len(page.document.case.subject.code) == 18
    assert binding.message.isVisibleTo(page)
    assert "The code has" not in binding.message.text()  # the check digit, not the length


def test_a_too_short_name_is_said_once_on_screen(page) -> None:
    """The counter and the problem both said 「面」 is too short: now only the problem does."""
    binding = page.binding_for("mini_program.name")
    type_text(binding.edit, "面")
    shown = [page.name_counter.text(), *binding.message.text().splitlines()]
    assert sum("at least 4" in t or "of 4–30" in t for t in shown) == 1


def test_an_empty_name_is_said_once(page) -> None:
    """Empty, only "required" speaks: no "Length 0 of 4–30" beside it."""
    assert not page.document.case.mini_program.name
    assert not page.name_counter.text().strip()
