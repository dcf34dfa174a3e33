"""The library view as a user drives it: search, sort, filter, open, and the file operations."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QInputDialog

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Step,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.domain.clock import SetClock
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.library.index import ARCHIVE_FOLDER
from mpreg_desktop.ui.library.model import BROKEN, DEADLINE, NAME, end_of_week
from mpreg_desktop.ui.library.view import LibraryView
from tests.ui.helpers import Dialogs, type_text

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=SHANGHAI)  # a Wednesday


def put(path: Path, name: str, **fields) -> Path:
    case = new_case(name)
    case.subject.type = fields.get("type", SubjectType.ENTERPRISE)
    case.subject.name = fields.get("subject", f"{name}有限公司")
    case.subject.code = fields.get("code", "")
    case.account.admin.phone = fields.get("phone", "")
    case.mini_program.name = fields.get("mini_program", "")
    if "submitted" in fields:  # 对公打款 submitted: a 10-day payment deadline
        case.verification.method = VerificationMethod.BANK_TRANSFER
        case.verification.bank_transfer.submitted_on = fields["submitted"]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_case(path, case)
    return path


@pytest.fixture
def root(context) -> Path:
    folder = context.library_dir()
    put(folder / "星光咖啡.mpreg", "星光咖啡", code="914403001922038216", phone="13800138000")
    put(folder / "客户" / "青禾书店.mpreg", "青禾书店", type=SubjectType.PERSONAL,
        phone="13912345678", mini_program="青禾读书会")  # fmt: skip
    put(folder / "云帆物流.mpreg", "云帆物流", submitted=date(2026, 11, 2))  # overdue on NOW
    put(folder / "海岳茶饮.mpreg", "海岳茶饮", submitted=date(2026, 11, 16))  # due this week
    return folder


@pytest.fixture
def view(context, root: Path, qtbot, dialogs: Dialogs) -> LibraryView:
    widget = LibraryView(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.scanner.run_to_end()
    widget.tick(NOW)
    return widget


def shown(view: LibraryView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def select(view: LibraryView, name: str) -> None:
    names = shown(view)
    view.table.setCurrentIndex(view.proxy.index(names.index(name), NAME))


def test_lists_every_case_with_its_columns(view: LibraryView, root: Path) -> None:
    assert sorted(shown(view)) == sorted(["星光咖啡", "青禾书店", "云帆物流", "海岳茶饮"])
    row = shown(view).index("云帆物流")
    cells = [view.proxy.index(row, c).data() for c in range(view.proxy.columnCount())]
    # 统一社会信用代码 still empty: 主体选择 is not complete, as its tab in the case window says.
    assert cells[:4] == ["云帆物流", "云帆物流有限公司", "Enterprise", "Subject"]
    items = build_checklist(read_case(root / "云帆物流.mpreg"), load_rules())
    assert cells[4] == f"{sum(i.done for i in items)}/{len(items)}"
    # Due 2026-11-12 23:59:59, 12 days 12 hours before NOW.
    # The time left first: a narrow column cuts the end of the name, never the countdown.
    assert (
        cells[5] == "12 days overdue · Public-account transfer due (within 10 days of submitting)"
    )
    assert cells[6].startswith("20") and len(cells[6]) == len("2026-11-25 12:00")


def test_overdue_deadline_is_red(view: LibraryView) -> None:
    row = shown(view).index("云帆物流")
    brush = view.proxy.index(row, DEADLINE).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#c62828"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("星光", ["星光咖啡"]),  # case name, typed as an input method does
        ("13912345678", ["青禾书店"]),  # admin phone
        ("139 1234", ["青禾书店"]),  # phone typed in groups
        ("914403001922038216", ["星光咖啡"]),  # subject code
        ("读书会", ["青禾书店"]),  # mini program name
        ("有限公司", ["云帆物流", "星光咖啡", "海岳茶饮", "青禾书店"]),  # subject name
        ("没有这个", []),
    ],
)
def test_search_as_you_type(view: LibraryView, query: str, expected: list[str]) -> None:
    type_text(view.search, query)
    assert sorted(shown(view)) == sorted(expected)
    view.search.clear()
    assert len(shown(view)) == 4


def test_sorting_by_name_and_by_deadline(view: LibraryView, qtbot) -> None:
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    assert shown(view)[:2] == ["云帆物流", "海岳茶饮"]  # earliest due first, no deadline last
    header = view.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(DEADLINE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # turns the order
    assert shown(view)[-2:] == ["海岳茶饮", "云帆物流"]
    view.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    names = shown(view)
    select(view, "星光咖啡")
    view.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert shown(view) == list(reversed(names))
    assert view.selected().label == "星光咖啡"  # the selection stays on the same case


def test_the_stretched_deadline_column_keeps_its_title(view: LibraryView) -> None:
    """Where the columns need more room than there is (the start page of a small window), Qt
    shrinks a stretched section to the header's minimum size: that minimum holds the title."""
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(DEADLINE) == QHeaderView.ResizeMode.Stretch
    title = view.table.model().headerData(DEADLINE, Qt.Orientation.Horizontal)
    assert header.minimumSectionSize() > header.fontMetrics().horizontalAdvance(title)


def put_subject_done(path: Path) -> None:
    """A case whose 主体选择 step is complete (every field it asks for is filled in)."""
    put(
        path,
        "主体已填",
        code="914403001922038216",
        phone="13800138000",
        mini_program="主体已填点单",
    )
    case = read_case(path)
    case.subject.sub_kind = "enterprise_legal_person"
    case.subject.legal_rep.name, case.subject.legal_rep.id_number = "陈一", "510107197806150983"
    case.account.email = "mp@example.com"
    case.account.admin.name, case.account.admin.id_number = "张三", "110101199003071233"
    write_case(path, case)


def test_step_filter(view: LibraryView, root: Path) -> None:
    put(root / "未选类型.mpreg", "未选类型", type=None)
    put_subject_done(root / "主体已填.mpreg")
    view.scanner.run_to_end()
    combo = view.step_filter
    combo.setCurrentIndex(combo.findData(Step.SUBJECT))  # fields of step 1 still empty
    assert "主体已填" not in shown(view) and len(shown(view)) == 5
    combo.setCurrentIndex(combo.findData(Step.MATERIALS))
    assert shown(view) == ["主体已填"]
    combo.setCurrentIndex(combo.findData(Step.FILING))
    assert shown(view) == []
    combo.setCurrentIndex(0)
    assert len(shown(view)) == 6


def test_overdue_and_this_week_filters(view: LibraryView) -> None:
    assert end_of_week(NOW) == datetime(2026, 11, 29, 23, 59, 59, tzinfo=SHANGHAI)
    view.overdue.setChecked(True)
    assert shown(view) == ["云帆物流"]
    view.this_week.setChecked(True)
    assert sorted(shown(view)) == ["云帆物流", "海岳茶饮"]
    view.overdue.setChecked(False)
    assert shown(view) == ["海岳茶饮"]
    view.tick(datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI))  # next Monday: it is late now
    assert shown(view) == []
    view.overdue.setChecked(True)
    assert sorted(shown(view)) == ["云帆物流", "海岳茶饮"]


def test_double_click_and_enter_open(view: LibraryView, qtbot, root: Path) -> None:
    view.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    row = shown(view).index("星光咖啡")
    rect = view.table.visualRect(view.proxy.index(row, NAME))
    with qtbot.waitSignal(view.openRequested) as signal:
        # A real double click is click + double-click event; QTest's mouseDClick sends only the
        # second half, which the view ignores without the first press.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [root / "星光咖啡.mpreg"]
    select(view, "云帆物流")
    view.table.setFocus()
    with qtbot.waitSignal(view.openRequested) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [root / "云帆物流.mpreg"]


def test_watcher_picks_up_new_changed_and_deleted_files(view: LibraryView, root: Path) -> None:
    assert str(root) in view.scanner.watcher.directories()
    assert str(root / "客户") in view.scanner.watcher.directories()
    put(root / "客户" / "新客户.mpreg", "新客户")
    (root / "星光咖啡.mpreg").unlink()
    view.scanner.watcher.directoryChanged.emit(str(root))  # as the OS would report it
    assert view.scanner.debounce.isActive()
    view.scanner.debounce.stop()
    view.scanner.rescan()  # what the debounce timer calls
    view.scanner.run_to_end()
    assert "新客户" in shown(view) and "星光咖啡" not in shown(view)
    assert view.index.reads == 5  # four at the start, then only the new one


def test_broken_file_is_grey_with_its_error(view: LibraryView, root: Path) -> None:
    (root / "坏文件.mpreg").write_text("{ not json", encoding="utf-8")
    view.refresh()
    view.scanner.run_to_end()
    row = shown(view).index("坏文件.mpreg")
    index = view.proxy.index(row, NAME)
    assert "not valid JSON" in index.data(Qt.ItemDataRole.ToolTipRole)
    grey = view.palette().color(view.palette().ColorGroup.Disabled, view.palette().ColorRole.Text)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == grey
    assert len(shown(view)) == 5  # the others are still listed
    view.step_filter.setCurrentIndex(view.step_filter.findData(BROKEN))
    assert shown(view) == ["坏文件.mpreg"]
    select(view, "坏文件.mpreg")
    assert view.case_actions.open_action.isEnabled()
    assert not view.case_actions.rename_action.isEnabled()
    assert "1 cannot be read" in view.status.text()


def test_duplicate_selects_the_copy(view: LibraryView, root: Path) -> None:
    select(view, "星光咖啡")
    view.case_actions.duplicate_action.trigger()
    view.scanner.run_to_end()
    copy = root / "星光咖啡 副本.mpreg"
    assert read_case(copy).id != read_case(root / "星光咖啡.mpreg").id
    assert view.selected().path == copy and "星光咖啡 副本" in shown(view)


def test_rename_asks_for_the_name(view: LibraryView, root: Path, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("星光咖啡 南山店", True))
    select(view, "星光咖啡")
    view.case_actions.rename_action.trigger()
    view.scanner.run_to_end()
    assert read_case(root / "星光咖啡 南山店.mpreg").name == "星光咖啡 南山店"
    assert "星光咖啡 南山店" in shown(view) and "星光咖啡" not in shown(view)


def test_rename_onto_another_case_is_refused(view, root: Path, monkeypatch, dialogs) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("云帆物流", True))
    select(view, "星光咖啡")
    view.case_actions.rename_action.trigger()
    assert dialogs.shown and "already exists" in dialogs.shown[-1][2]
    assert read_case(root / "星光咖啡.mpreg").name == "星光咖啡"


def test_archive_hides_the_case_until_archived_are_shown(view: LibraryView, root: Path) -> None:
    select(view, "青禾书店")
    assert view.case_actions.archive_action.text() == "Archive"
    view.case_actions.archive_action.trigger()
    view.scanner.run_to_end()
    assert (root / ARCHIVE_FOLDER / "青禾书店.mpreg").exists()
    assert "青禾书店" not in shown(view) and "moved to the archive" in view.status.text()
    view.archived.setChecked(True)
    assert "青禾书店 (archived)" in shown(view)
    select(view, "青禾书店 (archived)")
    assert view.case_actions.archive_action.text() == "Restore from archive"
    view.case_actions.archive_action.trigger()
    view.scanner.run_to_end()
    assert (root / "青禾书店.mpreg").exists() and "青禾书店" in shown(view)


def test_open_case_is_not_archived(view, root: Path, context, dialogs, window) -> None:
    assert window.open_case_file(root / "星光咖啡.mpreg")
    select(view, "星光咖啡")
    view.case_actions.archive_action.trigger()
    assert dialogs.shown[-1][0] == "information" and "open in a window" in dialogs.shown[-1][2]
    assert (root / "星光咖啡.mpreg").exists()


def test_reveal_opens_the_folder(view: LibraryView, root: Path, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select(view, "青禾书店")
    view.case_actions.reveal_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(root / "客户"))]


def test_context_menu_offers_every_action(view: LibraryView) -> None:
    rect = view.table.visualRect(view.proxy.index(0, NAME))
    view.table.customContextMenuRequested.emit(rect.center())
    texts = [a.text() for a in view.context_menu.actions()]
    assert texts[:3] == ["Open", "Duplicate as new case", "Rename…"]
    assert "Show in file manager" in texts and "Refresh" in texts
    view.context_menu.close()


def test_others_for_gives_limits_peers(view: LibraryView, root: Path) -> None:
    own = root / "星光咖啡.mpreg"
    others = view.others_for(own, read_case(own).id)
    assert sorted(o.label for o in others) == ["云帆物流", "海岳茶饮", "青禾书店"]


def test_empty_library_says_so(context, qtbot, dialogs) -> None:
    widget = LibraryView(context)
    qtbot.addWidget(widget)
    widget.scanner.run_to_end()
    assert widget.model.rowCount() == 0 and "No cases yet" in widget.status.text()
    assert not widget.case_actions.open_action.isEnabled()


def test_saved_case_is_listed_without_reading_it(view: LibraryView, root: Path) -> None:
    path = root / "星光咖啡.mpreg"
    case = read_case(path)
    case.name = "星光咖啡（改名）"
    write_case(path, case)
    reads = view.index.reads
    view.note_saved(path, case)
    assert "星光咖啡（改名）" in shown(view) and view.index.reads == reads
    view.scanner.run_to_end()  # the watcher's rescan then finds nothing new to read
    assert "星光咖啡（改名）" in shown(view) and view.index.reads == reads


def test_the_minute_timer_takes_the_time_from_the_context_clock(context, root, qtbot) -> None:
    clock = SetClock(NOW)
    context.clock = clock
    widget = LibraryView(context)
    qtbot.addWidget(widget)
    assert widget.model.now == NOW
    clock.advance(days=3)
    widget.clock.timeout.emit()  # what the view's minute timer does (it crashed here)
    assert widget.model.now == NOW + timedelta(days=3) and widget.proxy.now == widget.model.now


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_rows_found_step_by_step_take_their_place_without_sorting_every_row(qapp, order) -> None:
    """A cold library of 5,000 arrives in hundreds of scan steps: sorting every row (and the
    filter going through every row) after each made listing it take seconds. New rows are put
    where the order wants them; the table ends as a sort would leave it."""
    from mpreg_desktop.storage.library.index import CaseSummary
    from mpreg_desktop.ui.library.model import MODIFIED, LibraryModel

    model = LibraryModel(load_rules(), datetime(2026, 11, 21, 9, tzinfo=SHANGHAI))
    model.sort(MODIFIED, order)
    sorted_again: list[bool] = []
    model.layoutChanged.connect(lambda *_: sorted_again.append(True))
    start = datetime(2026, 1, 1, tzinfo=SHANGHAI)
    days = [5, 1, 9, 1, 7, 3, 3, 8, 0, 6, 2, 4]  # equal times keep the order they came in
    summaries = [
        CaseSummary(
            path=Path(f"/lib/{n}.mpreg"),
            size=1,
            mtime_ns=n,
            name=f"案例{n}",
            modified=start + timedelta(days=day),
        )
        for n, day in enumerate(days)
    ]
    for step in range(0, len(summaries), 5):
        model.upsert(summaries[step : step + 5])
    descending = order == Qt.SortOrder.DescendingOrder
    expected = sorted(summaries, key=lambda s: s.modified, reverse=descending)
    assert model.summaries() == expected
    assert [model.row_of(s.path) for s in expected] == list(range(len(expected)))
    assert sorted_again == []


def test_rows_found_while_the_list_shows_join_it_at_most_four_times_a_second(
    view: LibraryView, root: Path, qtbot
) -> None:
    """Each join repaints the table: joining after every scan step made a cold list of 5,000
    take seconds longer. The first rows join at once (an empty list fills immediately)."""
    from mpreg_desktop.storage.library.index import CaseSummary
    from mpreg_desktop.ui.library.view import JOIN_MS

    before = view.model.rowCount()
    for n in range(3):  # three scan steps in a row
        view.scanner.found.emit([CaseSummary(path=root / f"新{n}.mpreg", size=1, mtime_ns=n)])
    assert view.model.rowCount() == before
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 3, timeout=JOIN_MS * 4)
