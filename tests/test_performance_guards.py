"""What keeps the app fast, checked without timing anything (budgets live in `make bench`)."""

from __future__ import annotations

import json
import subprocess
import sys


def fresh(code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_the_domain_parses_no_rules() -> None:
    found = fresh(
        "import json, mpreg_desktop.domain.checks, mpreg_desktop.domain.checklist,"
        " mpreg_desktop.domain.timeline, mpreg_desktop.domain.rules as r;"
        " print(json.dumps(r.load_rules.cache_info().currsize))"
    )
    assert found == 0


def test_rules_are_parsed_once() -> None:
    from mpreg_desktop.domain.rules import load_rules

    assert load_rules() is load_rules()


def test_headless_commands_do_not_load_qt() -> None:
    found = fresh(
        "import json, sys, mpreg_desktop.cli, mpreg_desktop.report;"
        " print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))"
    )
    assert found == []


LAZY = (
    "icalendar",
    "PySide6.QtPrintSupport",
    "mpreg_desktop.printing",
    "mpreg_desktop.calendar_export",
    "mpreg_desktop.ui.library",
    "mpreg_desktop.ui.steps.filing",
    "mpreg_desktop.ui.steps.materials",
    "mpreg_desktop.ui.steps.verification",
)


def test_main_window_imports_only_what_the_first_screen_needs() -> None:
    """Printing, calendar export, the library and the other tabs load when first used."""
    found = fresh(
        "import json, os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        " import mpreg_desktop.ui.main_window;"
        f" print(json.dumps(sorted(m for m in sys.modules if m.startswith({LAZY!r}))))"
    )
    assert found == [], found
