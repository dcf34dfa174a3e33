"""The 清单 dock: every checkable row can be clicked, in both languages, without the view
deleting the row whose click Qt is still handling (a segmentation fault in QtWidgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeWidgetItem

from mpreg_desktop.domain.case import Route, SubjectType, new_case
from mpreg_desktop.storage.casefile import write_case
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.docks.checklist_dock import ROLE_ITEM


@pytest.fixture
def noodle_shop(tmp_path: Path) -> Path:
    case = new_case("面馆小程序")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    case.subject.route = Route.OFFICIAL_SITE
    case.subject.needs.wechat_pay = True
    path = tmp_path / "面馆.mpreg"
    write_case(path, case)
    return path


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
                view.scrollToItem(row)
                QTest.mouseClick(
                    view.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    check_indicator_centre(view, row),
                )
                qtbot.wait(1)  # deferred work (and any deleted row) runs here
                after = find_row(view, item_id).checkState(0)
                assert after != before, item_id
        assert window.document.case.task("apply_wechat_pay") is not None
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n._current = "en"
