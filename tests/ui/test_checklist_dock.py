"""The 清单 dock: every checkable row can be clicked, in both languages, without the view
deleting the row whose click Qt is still handling (a segmentation fault in QtWidgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeWidgetItem

from mpreg_desktop.domain.case import Step
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.docks.checklist_dock import ROLE_ITEM


def check_indicator_centre(view, row: QTreeWidgetItem) -> QPoint:
    index = view.indexFromItem(row)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    return rect.center()


def click_box(view, row: QTreeWidgetItem) -> None:
    """A real mouse click on the row's check box."""
    view.scrollToItem(row)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        check_indicator_centre(view, row),
    )


def checkable_ids(view) -> list[str]:
    ids = []
    for g in range(view.topLevelItemCount()):
        group = view.topLevelItem(g)
        for c in range(group.childCount()):
            row = group.child(c)
            if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                ids.append(row.data(0, ROLE_ITEM).id)
    return ids


def find_row(view, item_id: str) -> QTreeWidgetItem:
    for g in range(view.topLevelItemCount()):
        group = view.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).data(0, ROLE_ITEM).id == item_id:
                return group.child(c)
    raise AssertionError(f"{item_id} is not in the checklist")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_checkable_row_can_be_clicked(context, qtbot, noodle_shop, language) -> None:
    app = QApplication.instance()
    translators = i18n.install(app, language)
    try:
        window = context.new_window()
        window.resize(1366, 768)
        window.show()
        window.open_case_file(noodle_shop)
        dock = window.docks["checklist"]
        dock.show()
        dock.raise_()
        view = dock.widget()
        ids = checkable_ids(view)
        assert "apply_wechat_pay" in ids
        for item_id in ids:
            for _ in range(2):  # tick, then untick
                row = find_row(view, item_id)
                before = row.checkState(0)
                click_box(view, row)
                qtbot.wait(1)  # deferred work (and any deleted row) runs here
                after = find_row(view, item_id).checkState(0)
                assert after != before, item_id
        assert window.document.case.task("apply_wechat_pay") is not None
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")


def all_rows(view) -> list[QTreeWidgetItem]:
    return [
        view.topLevelItem(g).child(c)
        for g in range(view.topLevelItemCount())
        for c in range(view.topLevelItem(g).childCount())
    ]


def test_registration_steps_are_recorded_and_bring_their_deadlines(
    window, qtbot, noodle_shop
) -> None:
    from mpreg_desktop.domain.case import now_shanghai

    window.open_case_file(noodle_shop)
    view = window.docks["checklist"].widget()
    doc = window.document
    assert not [t for t in doc.timeline() if t.code == "account.activate_email"]
    for item_id in ("register_account", "activate_email"):
        row = find_row(view, item_id)
        assert row.flags() & Qt.ItemFlag.ItemIsUserCheckable, item_id
        row.setCheckState(0, Qt.CheckState.Checked)  # as a click does
        qtbot.wait(1)
    today = now_shanghai().date()
    assert doc.case.account.registered_on == today
    assert doc.case.account.email_activated_on == today
    assert find_row(view, "register_account").checkState(0) == Qt.CheckState.Checked
    codes = {t.code: t.state for t in doc.timeline()}
    assert codes["account.activate_email"] == "done"
    assert "account.registration_expires" in codes
    # The page shows the dates that were recorded, in fields of their own.
    page = window.case_view.pages[Step.VERIFICATION]
    assert page.binding_for("account.registered_on").path == "account.registered_on"
    assert page.binding_for("account.email_activated_on").date.value() == today
    find_row(view, "register_account").setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.wait(1)
    assert doc.case.account.registered_on is None


def test_every_item_is_ticked_in_place_or_has_a_field(window, noodle_shop) -> None:
    """No row looks checkable but ignores clicks, and none is left with no way to record it."""
    from mpreg_desktop.domain.flow.checklist import completing_field

    window.open_case_file(noodle_shop)
    doc = window.document
    pages = [window.case_view.pages[s] for s in (Step.SUBJECT, Step.VERIFICATION, Step.FILING)]
    for entry in doc.rules.checklist.entries:
        if entry.kind == "material" or not entry.done_when:
            continue  # ticked in place
        if entry.done_when.startswith("filing.stage:"):
            continue  # recorded by the filing progress
        path = completing_field(doc.case, doc.rules, entry.id)
        bound = [p.binding_for(path) for p in pages]
        assert any(b is not None and b.path == path for b in bound), (entry.id, path)


def test_progress_reaches_everything(window, qtbot, noodle_shop) -> None:
    """Ticking every tickable row, then recording the rest in their fields, completes the case."""
    from mpreg_desktop.domain.case import FilingStage, Outcome, StageRecord, now_shanghai

    window.open_case_file(noodle_shop)
    # L.1 (2026-11 review): an organisation's 认证 is on its checklist whatever the method;
    # recorded first, so that the 年审 it brings is ticked with the rest
    window.document.set_field("verification.certification.outcome", Outcome.PASSED)
    qtbot.wait(10)  # the dock shows the new rows
    view = window.docks["checklist"].widget()
    for row in all_rows(view):
        if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            row.setCheckState(0, Qt.CheckState.Checked)
            qtbot.wait(1)
    doc = window.document
    now = now_shanghai()
    stages = [
        StageRecord(stage=s, started=now, ended=now, outcome=Outcome.PASSED) for s in FilingStage
    ]
    doc.set_field("filing.stages", stages)
    doc.set_field("filing.filing_number", "粤ICP备12345678号-1X")
    done, total = doc.derived().progress
    assert done == total, [i.id for i in doc.derived().checklist if not i.done]


def test_activating_an_item_goes_to_the_field_that_records_it(window, qtbot, noodle_shop) -> None:
    window.open_case_file(noodle_shop)
    view = window.docks["checklist"].widget()
    view.itemActivated.emit(find_row(view, "activate_email"), 0)
    verification = list(Step).index(Step.VERIFICATION)
    qtbot.waitUntil(lambda: window.case_view.tabs.currentIndex() == verification, timeout=1000)
    page = window.case_view.pages[Step.VERIFICATION]
    field = page.binding_for("account.email_activated_on").date.edit
    qtbot.waitUntil(lambda: window.focusWidget() is field, timeout=1000)


def test_clicking_a_row_that_cannot_be_ticked_goes_to_its_field(window, qtbot, noodle_shop) -> None:
    """申请微信认证 is recorded by its outcome, not a tick: a click on its box is not ignored."""
    window.resize(1366, 768)
    window.show()
    window.open_case_file(noodle_shop)
    window.case_view.show_step(Step.FILING)
    dock = window.docks["checklist"]
    dock.show()
    view = dock.widget()
    row = find_row(view, "wechat_certification_apply")
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
    click_box(view, row)
    verification = list(Step).index(Step.VERIFICATION)
    qtbot.waitUntil(lambda: window.case_view.tabs.currentIndex() == verification, timeout=1000)
    assert find_row(view, "wechat_certification_apply").checkState(0) == Qt.CheckState.Unchecked
