"""What keeps the app fast, checked without timing anything (budgets live in `make bench`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def fresh(code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_the_domain_parses_no_rules() -> None:
    found = fresh(
        "import json, mpreg_desktop.domain.checks.case_checks, mpreg_desktop.domain.flow.checklist,"
        " mpreg_desktop.domain.flow.timeline, mpreg_desktop.domain.rules.pack as r;"
        " print(json.dumps(r._builtin is None))"
    )
    assert found is True


def test_rules_are_parsed_once() -> None:
    from mpreg_desktop.domain.rules.model import load_rules

    assert load_rules() is load_rules()


def test_headless_commands_do_not_load_qt() -> None:
    found = fresh(
        "import json, sys, mpreg_desktop.cli, mpreg_desktop.report;"
        " print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))"
    )
    assert found == []


LAZY = (
    "icalendar",
    "mpreg_desktop.ocr",
    "rapidocr_onnxruntime",
    "onnxruntime",
    "cv2",
    "numpy",
    "PySide6.QtPrintSupport",
    "mpreg_desktop.printing",
    "mpreg_desktop.calendar_export",
    "mpreg_desktop.ui.dialogs.app_dialogs",
    "mpreg_desktop.ui.library",
    "mpreg_desktop.ui.window.start_page",
    "mpreg_desktop.storage.library.index",
    "difflib",
    "mpreg_desktop.ui.steps.filing.page",
    "mpreg_desktop.ui.steps.materials.page",
    "mpreg_desktop.ui.steps.verification.page",
    "mpreg_desktop.ui.steps.subject.compare",
    "mpreg_desktop.ui.app.focus_style",
    "mpreg_desktop.ui.editing.date_fields",
)


def test_main_window_imports_only_what_the_first_screen_needs() -> None:
    """Printing, calendar export, the library, dialogs and the other tabs load when first used."""
    found = fresh(
        "import json, os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        " import mpreg_desktop.ui.window.main_window;"
        f" print(json.dumps(sorted(m for m in sys.modules if m.startswith({LAZY!r}))))"
    )
    assert found == [], found


def test_logging_is_set_up_without_logging_handlers(tmp_path) -> None:
    """The app rolls its log over itself: logging.handlers (socket, pickle, …) stays out."""
    found = fresh(
        "import json, sys, pathlib; from mpreg_desktop.app import setup_logging;"
        f" setup_logging(pathlib.Path({str(tmp_path)!r}));"
        " print(json.dumps('logging.handlers' in sys.modules))"
    )
    assert found is False


CHECKER_LIBRARIES = ("phonenumbers", "holidays", "stdnum")


def test_identifier_and_workday_modules_load_no_checking_library() -> None:
    """phonenumbers, holidays and python-stdnum (10–45 ms each) load when first used."""
    found = fresh(
        "import json, sys, mpreg_desktop.domain.checks.identifiers, mpreg_desktop.domain.workdays;"
        f" print(json.dumps(sorted(m for m in sys.modules if m.startswith({CHECKER_LIBRARIES!r}))))"
    )
    assert found == [], found


def test_checking_an_id_number_does_not_parse_stdnum_numdb() -> None:
    """The region check reads only the county codes from stdnum's table (numdb parses it all)."""
    numbers = ("11010519491231002X", "999999199003071234")  # the second: a region no table has
    found = fresh(
        "import json, sys; from datetime import date;"
        " from mpreg_desktop.domain.checks.identifiers import check_id_number;"
        f" found = [[f.code for f in check_id_number(n, today=date(2026, 11, 21))]"
        f" for n in {numbers!r}]; print(json.dumps([found, 'stdnum.numdb' in sys.modules]))"
    )
    assert found == [[[], ["region_unknown"]], False]


def test_a_number_that_cannot_be_a_mobile_does_not_load_phonenumbers() -> None:
    found = fresh(
        "import json, sys; from mpreg_desktop.domain.checks.identifiers import check_mobile;"
        " found = [f.code for f in check_mobile('23800138000') + check_mobile('1380013800')];"
        " print(json.dumps(found + ['phonenumbers' in sys.modules]))"
    )
    assert found == ["invalid", "length", False]


def test_working_days_in_published_years_do_not_load_holidays() -> None:
    """holidays is only for years chinese_calendar has no schedule for."""
    found = fresh(
        "import json, sys; from datetime import date;"
        " from mpreg_desktop.domain.workdays import WorkdayCalendar;"
        " day = WorkdayCalendar().add_workdays(date(2025, 9, 28), 10);"
        " print(json.dumps([day.isoformat(), 'holidays' in sys.modules]))"
    )
    assert found == ["2025-10-17", False]


def test_importing_the_models_builds_no_validator() -> None:
    """pydantic builds a model's validator on first use (defer_build), not at import: ~30 ms for
    the case, the rules pack and the settings that only a file read needs."""
    found = fresh(
        "import json, mpreg_desktop.domain.case as c, mpreg_desktop.domain.rules.model as r,"
        " mpreg_desktop.storage.settings as s;"
        " models = [c.Case, c.Person, c.Event, r.Rules, r.Text, r.ChecklistEntry, s.Settings];"
        " print(json.dumps([m.__name__ for m in models if m.__pydantic_complete__]))"
    )
    assert found == []


def test_importing_the_main_window_builds_no_validator() -> None:
    """Only reading a file builds one (the case's, the settings'): constants such as the texts of
    domain/rules/provenance.py are built with model_construct."""
    found = fresh(
        "import json, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        " import mpreg_desktop.ui.window.main_window; from pydantic import BaseModel;"
        " subs = lambda c: [d for s in c.__subclasses__() for d in (s, *subs(s))];"
        " print(json.dumps(sorted({c.__name__ for c in subs(BaseModel)"
        " if c.__dict__.get('__pydantic_complete__')})))"
    )
    assert found == []


def test_the_app_imports_its_models_before_qt_and_loads_no_pydantic_plugin() -> None:
    """Imported before PySide6, pydantic's ~60 modules skip PySide6's import hook (which reads
    each module's source); building a validator looks for no plugin, neither in the metadata of
    every installed distribution nor by importing importlib.metadata (~12 ms)."""
    found = fresh(
        "import json, os, sys; os.environ.pop('PYDANTIC_DISABLE_PLUGINS', None);"
        " from mpreg_desktop.app import import_models; import_models();"
        " from mpreg_desktop.storage.settings import Settings; Settings.model_validate({});"
        " print(json.dumps([os.environ.get('PYDANTIC_DISABLE_PLUGINS'),"
        " 'pydantic' in sys.modules, sorted(m for m in sys.modules if m.startswith('PySide6')),"
        " 'importlib.metadata' in sys.modules]))"
    )
    assert found == ["__all__", True, [], False]


def test_pydantic_asks_its_plugin_loader_only_what_the_app_stands_in_for() -> None:
    """The app replaces pydantic's plugin loader (app.import_models): pydantic must still ask it
    for get_plugins() only, and that alone; a pydantic release that asks more fails here."""
    import ast
    import inspect

    import pydantic.plugin._schema_validator as schema_validator
    from pydantic.plugin import _loader

    asked = {
        alias.name
        for node in ast.walk(ast.parse(inspect.getsource(schema_validator)))
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader")
        for alias in node.names
    }
    assert asked == {"get_plugins"}
    assert inspect.signature(_loader.get_plugins).parameters == {}


def start_with_a_case(tmp_path, setup: str):
    """Start the app with a new case until its first frame; ``setup`` (Python run before the app,
    with atexit, gc, json and sys imported) prints one JSON line at exit: its value."""
    from mpreg_desktop.domain.case import new_case
    from mpreg_desktop.storage.cases.casefile import write_case

    case_file = tmp_path / "case.mpreg"
    write_case(case_file, new_case("星光咖啡"))
    code = (
        f"import atexit, gc, json, sys; from mpreg_desktop.cli import main; {setup}"
        f" sys.exit(main([{str(case_file)!r}]))"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MPREG_HOME": str(tmp_path / "home"),
        "MPREG_QUIT_WHEN_SHOWN": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_comes_up_without_garbage_collections(tmp_path) -> None:
    """Start-up keeps every object it creates; collecting while it runs only rescanned them
    (~170 collections, ~70 ms of CPU): the app collects once its first frame is drawn
    (tests/ui/test_wheel.py::test_at_start_up_the_guard_comes_with_the_first_frame)."""
    collections = start_with_a_case(
        tmp_path,
        "runs = [];"
        " gc.callbacks.append(lambda phase, info: runs.append(1) if phase == 'start' else None);"
        " atexit.register(lambda: print(json.dumps(len(runs))));",
    )
    assert collections < 40, collections  # ~170 when collecting all along


def test_working_days_skip_chinese_calendars_check_on_every_call(monkeypatch) -> None:
    """chinese_calendar.is_workday scans all its dates for their years on every call (~20 µs,
    70% of the timelines of a library scan): the calendar reads its tables directly."""
    from datetime import date

    import chinese_calendar

    from mpreg_desktop.domain.workdays import WorkdayCalendar

    def slow(day: date) -> bool:
        raise AssertionError("chinese_calendar.is_workday called")

    monkeypatch.setattr(chinese_calendar, "is_workday", slow)
    assert WorkdayCalendar().add_workdays(date(2025, 9, 28), 10) == date(2025, 10, 17)


CASE_CHECK_LIBRARIES = ("stdnum", "phonenumbers", "chinese_calendar")


def test_opening_a_case_imports_its_checks_before_qt(tmp_path) -> None:
    """Imported before PySide6 (app.import_case_checks), python-stdnum, phonenumbers,
    chinese_calendar and the domain's checks skip PySide6's import hook (~10 ms of CPU before the
    first frame)."""
    imported = start_with_a_case(  # sys.modules is in import order
        tmp_path, "atexit.register(lambda: print(json.dumps(list(sys.modules))));"
    )
    qt = next(i for i, name in enumerate(imported) if name.startswith("PySide6"))
    after_qt = [name for name in imported[qt:] if name.startswith(CASE_CHECK_LIBRARIES)]
    assert after_qt == [], after_qt
    assert imported.index("mpreg_desktop.domain.checks.case_checks") < qt
    assert {"phonenumbers.data.region_CN", "stdnum.cn.ric", "stdnum.cn.uscc"} <= set(imported)


def test_the_first_check_of_a_case_finds_its_libraries_imported(tmp_path) -> None:
    """app.import_case_checks imports every library the first problems, checklist and timeline
    of a case need (its phone and ID numbers and its USCC checked)."""
    from mpreg_desktop.storage.cases.casefile import write_case
    from tests.benchmarks.cases import typical_case  # a phone, ID numbers and a USCC

    case_file = tmp_path / "typical.mpreg"
    write_case(case_file, typical_case())
    found = fresh(
        "import json, sys; from mpreg_desktop.app import import_case_checks, import_models;"
        " import_models(); import_case_checks(); before = set(sys.modules);"
        " from mpreg_desktop.domain.case import now_shanghai;"
        " from mpreg_desktop.domain.checks.case_checks import check_case;"
        " from mpreg_desktop.domain.flow.checklist import build_checklist;"
        " from mpreg_desktop.domain.flow.timeline import build_timeline;"
        " from mpreg_desktop.domain.rules.model import load_rules;"
        " from mpreg_desktop.domain.workdays import WorkdayCalendar;"
        " from mpreg_desktop.storage.cases.casefile import read_case;"
        f" case = read_case(__import__('pathlib').Path({str(case_file)!r})); rules = load_rules();"
        " check_case(case, rules); build_checklist(case, rules);"
        " build_timeline(case, rules, WorkdayCalendar(), now_shanghai());"
        f" print(json.dumps(sorted(m for m in set(sys.modules) - before"
        f" if m.startswith({CASE_CHECK_LIBRARIES!r}))))"
    )
    assert found == [], found


def test_pysides_import_hook_reads_no_source_of_the_app(tmp_path) -> None:
    """PySide6's import hook reads the source of each module first named in an import, unless
    its feature notes already have it (~11 ms of CPU at start-up): the app notes them all
    (ui/app/feature_check.py). A module the hook read itself that does not mention PySide6 is
    noted -1, so every module with 0 was noted by the app. (Only PySide6's own imports, such as
    enum, pass before the app can note anything.)"""
    read_by_hook = start_with_a_case(
        tmp_path,
        "atexit.register(lambda: print(json.dumps(sorted(name for name in sys.modules"
        " if name.startswith(('mpreg_desktop', 'pydantic', 'stdnum', 'phonenumbers'))"
        " and sys.modules['shibokensupport.feature'].pyside_feature_dict.get(name) != 0))));",
    )
    assert read_by_hook == [], read_by_hook


def test_pyside_skips_the_source_of_a_module_the_app_noted(tmp_path) -> None:
    """What the app relies on, for the PySide6 in use: a module noted before it is imported is
    not read, and one not noted is (so the test above would see it)."""
    for name in ("noted_module", "unnoted_module"):
        (tmp_path / f"{name}.py").write_text("import PySide6  # a Qt user\n", encoding="utf-8")
    found = fresh(
        "import json, sys;"
        f" sys.path.insert(0, {str(tmp_path)!r});"
        " from mpreg_desktop.ui.app.feature_check import note_modules_for_pyside;"
        " feature = sys.modules.get('shibokensupport.feature');"
        " assert note_modules_for_pyside();"
        " feature = sys.modules['shibokensupport.feature']; read = [];"
        " check = feature._mod_uses_pyside;"
        " feature._mod_uses_pyside = lambda module: read.append(module.__name__) or check(module);"
        " import noted_module;"
        " sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != '_NoteModules'];"
        " import unnoted_module;"
        " print(json.dumps(read))"
    )
    assert found == ["unnoted_module"], found


FOCUS_STYLE_AT_FIRST_FRAME = """
import json, sys
from PySide6.QtWidgets import QApplication
from mpreg_desktop.ui.app.context import AppContext
seen = []
def style():
    return type(QApplication.style()).__name__
painted, drawn = AppContext.window_painted, AppContext._first_frame_drawn
def window_painted(self):
    seen.append(style())
    painted(self)
def first_frame_drawn(work):
    drawn(work)
    seen.append(style())
    print(json.dumps(seen))
    QApplication.quit()
AppContext.window_painted = window_painted
AppContext._first_frame_drawn = staticmethod(first_frame_drawn)
from mpreg_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_visible_focus_style_comes_with_the_first_frame(tmp_path) -> None:
    """The focus style draws every primitive through Python and names QStyle (its enums, ~5 ms):
    the app installs it once the first frame is drawn, and it is there from then on."""
    from mpreg_desktop.domain.case import new_case
    from mpreg_desktop.storage.cases.casefile import write_case

    case_file = tmp_path / "case.mpreg"
    write_case(case_file, new_case("星光咖啡"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPREG_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", FOCUS_STYLE_AT_FIRST_FRAME, str(case_file)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=60,
    )
    before, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before != "VisibleFocusStyle"
    assert after == "VisibleFocusStyle"


def test_a_double_clicked_case_builds_no_argument_parser(tmp_path) -> None:
    """`mpreg-desktop FILE` has nothing for argparse to parse; building the parser (and its help
    formatter, which imports shutil) cost ~2.5 ms of CPU before the first frame."""
    parsers = start_with_a_case(
        tmp_path,
        "import argparse; made = []; init = argparse.ArgumentParser.__init__;"
        " argparse.ArgumentParser.__init__ = lambda self, *args, **kwargs: made.append(1)"
        " or init(self, *args, **kwargs);"
        " atexit.register(lambda: print(json.dumps(len(made))));",
    )
    assert parsers == 0


def test_the_first_frame_builds_no_qt_class_it_does_not_show(tmp_path) -> None:
    """PySide6 builds a Qt class, with all its enums, when Python first names it or is handed one
    of its objects (handing it a viewport built ~40 widget classes, looking for the right one).
    QStyle (~5 ms) is named only by the focus style, installed after the first frame; the date
    edits (~1.5 ms) by the other steps' pages; the dialogs when they open."""
    built = start_with_a_case(
        tmp_path,
        "atexit.register(lambda: print(json.dumps(sorted(name for name in ('QStyle', 'QDateEdit',"
        " 'QCalendarWidget', 'QColorDialog', 'QFontDialog', 'QWizard', 'QMdiArea', 'QDial')"
        " if name in sys.modules['PySide6.QtWidgets'].__dict__))));",
    )
    assert built == [], built
