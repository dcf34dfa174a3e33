"""The 2026-11 rules (reference §L) as the user meets them in the window."""

from __future__ import annotations

from pathlib import Path

from mpreg_desktop.domain.case import Step, SubjectType, VerificationMethod, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.steps.subject.route import RouteDetails
from tests.ui.conftest import process_events


def open_step(window, path: Path, step: Step):
    assert window.open_case_file(path)
    window.case_view.show_step(step)
    return window.case_view.pages[step]


def test_l1_l2_verification_page_says_transfer_does_not_replace_certification(
    window, tmp_path: Path
) -> None:
    case = new_case("L1")
    case.subject.type = SubjectType.ENTERPRISE
    case.verification.method = VerificationMethod.BANK_TRANSFER
    path = tmp_path / "l1.mpreg"
    write_case(path, case)
    page = open_step(window, path, Step.VERIFICATION)
    assert "do not replace WeChat certification" in page.method_info.text()
    # the 认证 form shows although another method verifies the subject (L.1)
    assert page.cert_box.isVisibleTo(page)
    warnings = page.cert_warnings.text()
    assert "must pass WeChat certification before it can file" in warnings
    assert "phones the contact person" in warnings  # L.2
    assert "paid for again" in warnings


def test_l1_personal_certification_is_said_to_be_unconfirmed(window, tmp_path: Path) -> None:
    case = new_case("L1 personal")
    case.subject.type = SubjectType.PERSONAL
    path = tmp_path / "personal.mpreg"
    write_case(path, case)
    page = open_step(window, path, Step.VERIFICATION)
    assert page.cert_box.isVisibleTo(page)
    assert "not officially confirmed" in page.cert_warnings.text()
    assert "sharing" in page.cert_warnings.text()


def test_l4_earlier_filing_asks_reuse_and_flags_another_province(window, tmp_path: Path) -> None:
    case = new_case("L4")
    case.subject.type = SubjectType.ENTERPRISE
    case.filing.province = "310000"
    path = tmp_path / "l4.mpreg"
    write_case(path, case)
    page = open_step(window, path, Step.FILING)
    doc = page.document
    existing = page.existing
    assert not existing.reuse.container.isVisibleTo(page)
    existing.has_filing.check.click()
    assert doc.case.filing.subject_has_filing is True
    assert existing.reuse.container.isVisibleTo(page)
    assert existing.reuse_sms.container.isVisibleTo(page)
    doc.set_field("filing.subject_record_number", "粤ICP备2023123456号")
    process_events()
    province = page.binding_for("filing.province")
    assert province.message.isVisibleTo(page)
    assert "already filed in 「粤」" in province.message.text()
    existing.reuse.check.click()  # 手动填写: no SMS to wait for
    assert not existing.reuse_sms.container.isVisibleTo(page)


def test_l4_service_content_types_are_the_official_second_level_list(
    window, tmp_path: Path
) -> None:
    case = new_case("L4 types")
    case.subject.type = SubjectType.ENTERPRISE
    case.filing.service_content_types = ["catering"]
    path = tmp_path / "types.mpreg"
    write_case(path, case)
    page = open_step(window, path, Step.FILING)
    binding = page.binding_for("filing.service_content_types")
    texts = [binding.list.item(row).text() for row in range(binding.list.count())]
    assert "Everyday services - Tools" in texts
    assert "Everyday services" not in texts  # a first-level group cannot be chosen
    assert "Catering services (not on the official list)" in texts  # kept, shown, not dropped
    assert len(texts) == 176 + 1
    assert "choose again under" in binding.message.text()
    binding.filter.setText("lottery")  # what is ticked stays in sight
    shown = [binding.list.item(r) for r in range(binding.list.count())]
    shown = [i.text() for i in shown if not i.isHidden()]
    assert shown == [
        "Leisure and entertainment - Welfare lottery",
        "Catering services (not on the official list)",
    ]


def test_l4_retired_types_migrate_on_open_in_one_undo_step(window, tmp_path: Path) -> None:
    case = new_case("L4 migrate")
    case.subject.type = SubjectType.ENTERPRISE
    case.filing.service_content_types = ["online_games", "catering"]
    path = tmp_path / "migrate.mpreg"
    write_case(path, case)
    assert window.open_case_file(path)
    doc = window.document
    assert doc.case.filing.service_content_types == ["icp_37", "catering"]
    assert doc.case.events[-1].kind == "filing.service_types_migrated"
    assert "official list" in window.statusBar().currentMessage()
    assert doc.is_modified
    doc.undo_stack.undo()
    assert doc.case.filing.service_content_types == ["online_games", "catering"]


def test_l3_trial_mini_programs_are_shown_with_the_account_rules(window, tmp_path: Path) -> None:
    case = new_case("L3 trial")
    path = tmp_path / "trial.mpreg"
    write_case(path, case)
    page = open_step(window, path, Step.SUBJECT)
    details = page.findChild(RouteDetails)
    assert "A trial mini program lasts 14 days" in details.details.text()
