"""The library in the window: the start page lists cases, limits across cases reach open ones."""

from __future__ import annotations

from pathlib import Path

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case


def library_case(folder: Path, n: int) -> Path:
    case = new_case(f"案例{n}")
    case.subject.type = SubjectType.ENTERPRISE
    case.account.admin.name = "张三"
    case.account.admin.phone = "13800138000"
    path = folder / f"案例{n}.mpreg"
    write_case(path, case)
    return path


def scan(window) -> None:
    library = window.start_page.library
    library.refresh()
    while library.scanner.running:
        library.scanner.step()


def test_limits_across_the_library_reach_an_open_case(context, dialogs) -> None:
    folder = context.library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths = [library_case(folder, n) for n in range(6)]
    start = context.new_window()
    scan(start)
    assert len(context.library_summaries) == 6
    start.open_case_file(paths[0])
    problem = next(p for p in start.document.derived().problems if p.code == "limits.admin_phone")
    assert "案例1" in problem.params["cases"] and "案例0" not in problem.params["cases"]
    problems = start.docks["problems"].widget()
    texts = [problems.topLevelItem(i).text(1) for i in range(problems.topLevelItemCount())]
    assert any("6" in t and "5" in t for t in texts)


def test_library_menu_shows_the_start_page(window, sample_path: Path, dialogs) -> None:
    window.open_case_file(sample_path)
    before = len(window.context.windows)
    window.library_action.trigger()
    assert len(window.context.windows) == before + 1
    other = window.context.windows[-1]
    assert other.document is None and other.stack.currentWidget() is other.start_page


def test_open_from_the_library_list(window, context, dialogs) -> None:
    folder = context.library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = library_case(folder, 1)
    scan(window)
    window.start_page.library.openRequested.emit(path)
    assert window.document is not None and window.document.path == path


def test_opening_a_case_does_not_build_the_library(context, sample_path: Path, dialogs) -> None:
    """A double-clicked case: the window shows it without building the start page, the library
    or its scan; asking for the library later builds them, in a window without a case."""
    context.open_path(sample_path)
    window = context.window_for(sample_path)
    assert window.isVisible() and window.document is not None
    assert window._start_page is None
    assert window.stack.currentWidget() is window.case_view
    window.show_library()
    other = next(w for w in context.windows if w is not window)
    assert other.isVisible() and other.stack.currentWidget() is other.start_page
    assert other.start_page._library is not None
    assert window._start_page is None
