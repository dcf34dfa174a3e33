"""The shape of the code: domain and storage never import Qt; resources are found everywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mpreg_desktop import resources

ROOT = Path(__file__).resolve().parents[1]
PURE = ["mpreg_desktop/domain", "mpreg_desktop/storage", "mpreg_desktop/sharing"]


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("folder", PURE)
def test_no_qt_import_in_source(folder: str) -> None:
    for path in sorted((ROOT / folder).rglob("*.py")):
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6")}
        assert not qt, f"{path.relative_to(ROOT)} imports {qt}"
        ui = {
            m
            for m in imported_modules(path)
            if m.startswith(("mpreg_desktop.ui", "mpreg_desktop.app"))
        }
        assert not ui, f"{path.relative_to(ROOT)} imports {ui}"


def test_no_qt_loaded_when_domain_and_storage_are_used() -> None:
    code = (
        "import sys, mpreg_desktop.domain.checks.case_checks, mpreg_desktop.domain.flow.checklist, "
        "mpreg_desktop.storage.cases.casefile, mpreg_desktop.domain.rules.model as r; "
        "r.load_rules(); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_resources_found_from_checkout() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("rules", "pack.json").is_file()


def test_resources_found_in_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "rules").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        resources.resources_dir.cache_clear()


@pytest.mark.slow
def test_wheel_carries_resources_and_translations(tmp_path: Path) -> None:
    """Build the wheel (as pip would), install it alone, and find the resources from it."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheel = next(tmp_path.glob("mpreg_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mpreg_desktop/resources/rules/pack.json" in names
    assert "mpreg_desktop/resources/i18n/mpreg_zh_CN.qm" in names
    assert "mpreg_desktop/resources/messages/problems.json" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = "from mpreg_desktop.resources import resources_dir; print(resources_dir())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(target), "PATH": ""},
        cwd=tmp_path,
    )
    assert Path(result.stdout.strip()) == target / "mpreg_desktop" / "resources"


# The case document is the only writer: what edits the case or its history lives in these files.
WRITERS = {"document.py", "commands.py"}
WRITER_ONLY = {"undo_stack", "QUndoStack", "QUndoCommand", "beginMacro", "endMacro"}
WRITER_ONLY |= {"apply_change", "apply_case", "push"}


def test_only_the_document_touches_the_undo_stack() -> None:
    """Widgets edit through ``document.edit`` / ``set_field``: a direct push or macro would skip
    the read-only check and the validation (a locked case accepted edits that way)."""
    offenders = []
    for path in sorted((ROOT / "mpreg_desktop").rglob("*.py")):
        if path.name in WRITERS and path.parent.name in ("ui", "editing"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
            if isinstance(node, ast.alias):
                name = node.name
            if name in WRITER_ONLY and not (name == "push" and _is_binding_push(node)):
                offenders.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')} {name}")
    assert not offenders, offenders


def _is_binding_push(node: ast.AST) -> bool:
    """``self.push(…)`` of a field binding goes to ``document.set_field``; any other is suspect."""
    return isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "self"


# One source of "now": everything else is given a clock (tests move it past midnight).
CLOCK_CALLS = {("datetime", "now"), ("date", "today"), ("datetime", "today")}


def test_the_time_is_read_only_by_the_clock() -> None:
    offenders = []
    for path in sorted((ROOT / "mpreg_desktop").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() == "mpreg_desktop/domain/clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):
                owner = getattr(func.value, "id", None) or getattr(func.value, "attr", None)
                called = (owner, func.attr)
            else:
                called = (None, getattr(func, "id", None))
            if (
                called in CLOCK_CALLS
                or called[1] == "now_shanghai"
                or called
                == (
                    "time",
                    "time",
                )
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {called[1]}")
    assert not offenders, offenders
